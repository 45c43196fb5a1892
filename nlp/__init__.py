"""Concern extraction for tsunagu: which consultation fields, compound patterns and
crises a resident's message shows, with the words behind each label.

    >>> from nlp import extract
    >>> extract("母の介護と子育てが重なって、お金もありません").fields
    ('care', 'child', 'hardship')

The lexicon is data (``nlp/data/lexicon.tsv``); see ``nlp.lexicon`` for its format.
"""

from nlp.extractor import Extractor, extract
from nlp.model import CRISES, FIELDS, PATTERNS, Evidence, Extraction

__all__ = ["CRISES", "FIELDS", "PATTERNS", "Evidence", "Extraction", "Extractor", "extract"]
