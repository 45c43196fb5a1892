"""Concern extraction for tsunagu: which consultation fields, compound patterns and
crises a resident's message shows, with the words behind each label.

    >>> from nlp import extract
    >>> extract("母の介護と子育てが重なって、お金もありません").fields
    ('care', 'child', 'hardship')

The lexicon is data (``nlp/data/lexicon.tsv``); see ``nlp.lexicon`` for its format.
"""

from nlp import native

# The mypyc-compiled modules, when built from exactly these sources, come first
# (see nlp.native); otherwise the pure Python below runs.
_compiled = native.usable_compiled_dir()
if _compiled is not None:
    __path__.insert(0, str(_compiled))
COMPILED = _compiled is not None

from nlp.extractor import Extractor, extract  # noqa: E402
from nlp.model import CRISES, FIELDS, PATTERNS, Evidence, Extraction  # noqa: E402

__all__ = [
    "COMPILED",
    "CRISES",
    "FIELDS",
    "PATTERNS",
    "Evidence",
    "Extraction",
    "Extractor",
    "extract",
]
