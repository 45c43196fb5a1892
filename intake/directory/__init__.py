"""Windows directory: each municipality's consultation windows and the national lines.

Data lives in ``intake/directory/data/*.toml`` (one file per municipality plus
``national.toml``); see ``intake/directory/README.md``.
"""

from .loader import DATA_DIR, DirectoryError, load_directory
from .model import (
    CRISIS_KINDS,
    FIELD_LABELS,
    FIELDS,
    LINE_KINDS,
    PATTERN_LABELS,
    PATTERNS,
    ROLES,
    AltNumber,
    Contact,
    Directory,
    Municipality,
    NationalLine,
    Service,
    SourceRef,
)

__all__ = [
    "CRISIS_KINDS",
    "DATA_DIR",
    "FIELDS",
    "FIELD_LABELS",
    "LINE_KINDS",
    "PATTERNS",
    "PATTERN_LABELS",
    "ROLES",
    "AltNumber",
    "Contact",
    "Directory",
    "DirectoryError",
    "Municipality",
    "NationalLine",
    "Service",
    "SourceRef",
    "load_directory",
]
