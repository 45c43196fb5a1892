"""Encryption at rest for message text and platform ids (Fernet / MultiFernet).

The first key encrypts; every key decrypts, so keys can be rotated: add a new key in
front, run ``tsunagu keys rotate``, then drop the old one. Without explicit keys, one
key is derived from ``SECRET_KEY`` so that a demo needs no extra setup.

Platform user ids are also stored as a keyed hash (:func:`lookup_hash`) so a resident
can be found without decrypting every row.
"""

from __future__ import annotations

import base64
import hashlib
import hmac

from cryptography.fernet import Fernet, InvalidToken, MultiFernet


class DecryptionError(Exception):
    """Stored data could not be decrypted with any configured key."""


class Cipher:
    """Encrypts and decrypts short texts with the configured keys."""

    def __init__(self, keys: list[str], *, lookup_secret: str) -> None:
        if not keys:
            raise ValueError("at least one key is needed")
        self._fernet = MultiFernet([Fernet(k.encode()) for k in keys])
        self._lookup_secret = lookup_secret.encode()

    @classmethod
    def from_secret(cls, secret: str, extra_keys: list[str] | None = None) -> Cipher:
        derived = base64.urlsafe_b64encode(
            hashlib.sha256(b"tsunagu-data:" + secret.encode()).digest()
        )
        keys = list(extra_keys or []) or [derived.decode()]
        return cls(keys, lookup_secret=secret)

    def encrypt(self, text: str) -> str:
        return self._fernet.encrypt(text.encode()).decode()

    def decrypt(self, token: str) -> str:
        try:
            return self._fernet.decrypt(token.encode()).decode()
        except InvalidToken as exc:
            raise DecryptionError(
                "stored text cannot be decrypted with the configured keys"
            ) from exc

    def rotate(self, token: str) -> str:
        """Re-encrypt under the newest key."""
        return self._fernet.rotate(token.encode()).decode()

    def lookup_hash(self, value: str) -> str:
        """A stable keyed hash for finding a row by a secret value."""
        return hmac.new(self._lookup_secret, value.encode(), hashlib.sha256).hexdigest()


_current: Cipher | None = None


def configure(cipher: Cipher) -> None:
    """Install the process-wide cipher used by encrypted columns."""
    global _current
    _current = cipher


def current() -> Cipher:
    if _current is None:
        raise RuntimeError("encryption is not configured: call intake.crypto.configure() first")
    return _current
