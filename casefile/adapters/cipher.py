"""Encryption at rest, switched on by `CASEFILE_CIPHER_KEY` (base64 of 16, 24 or 32 bytes).

Events: the `eventsourcing` library encrypts each event's state with AES-GCM (its
`eventsourcing.cryptography:AESCipher`); event type names, aggregate ids (UUIDs) and
versions stay readable, as the library needs them.

Read models: their text columns hold case ids, names, urls and titles, so with a key they
are sealed too (`SealedText`). Sealing is deterministic (AES-SIV, under a key derived from
`CASEFILE_CIPHER_KEY`): equal values seal equally, which keeps primary keys and lookups by
equality working, and reveals only which values are equal, never what they are. Without a
key, values are stored as plain text.
"""

from __future__ import annotations

import base64
import binascii
import os
from collections.abc import Callable
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from sqlalchemy import Text
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.ciphers.aead import AESSIV

KEY_VARIABLE = "CASEFILE_CIPHER_KEY"
_SEALED = "sealed:"


class CipherKeyError(ValueError):
    """The cipher key is malformed, missing for an encrypted store, or not this store's."""


def cipher_key() -> str | None:
    """The configured key (checked), or None when the store is not to be encrypted."""
    key = os.environ.get(KEY_VARIABLE, "").strip()
    if not key:
        return None
    _key_bytes(key)
    return key


def events_cipher_env(key: str) -> dict[str, str]:
    """The `eventsourcing` settings that encrypt every event's state with `key`."""
    return {"CIPHER_TOPIC": "eventsourcing.cryptography:AESCipher", "CIPHER_KEY": key}


def new_key() -> str:
    """A fresh random key, in the form `CASEFILE_CIPHER_KEY` takes."""
    return base64.b64encode(os.urandom(32)).decode("ascii")


@lru_cache(maxsize=4)
def _key_bytes(key: str) -> bytes:
    try:
        raw = base64.b64decode(key, validate=True)
    except binascii.Error:
        raise CipherKeyError(f"{KEY_VARIABLE} is not base64 text") from None
    if len(raw) not in (16, 24, 32):
        raise CipherKeyError(f"{KEY_VARIABLE} must encode 16, 24 or 32 bytes, not {len(raw)}")
    return raw


@lru_cache(maxsize=4)
def _read_model_cipher(key: str) -> AESSIV:
    # Imported here: a store without a key never needs them, and they slow every start.
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.ciphers.aead import AESSIV
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    # A key of its own for the read models, so the two uses never share a key.
    derived = HKDF(
        algorithm=hashes.SHA256(), length=64, salt=None, info=b"casefile read models"
    ).derive(_key_bytes(key))
    return AESSIV(derived)


def seal(value: str) -> str:
    """`value` sealed under the configured key (as it is, without a key)."""
    key = cipher_key()
    return value if key is None else _sealed(key, value)


def _sealed(key: str, value: str) -> str:
    sealed = _read_model_cipher(key).encrypt(value.encode("utf-8"), None)
    return _SEALED + base64.urlsafe_b64encode(sealed).decode("ascii")


def unseal(stored: str) -> str:
    if not stored.startswith(_SEALED):
        return stored
    key = cipher_key()
    if key is None:
        raise CipherKeyError(f"the store is encrypted: set {KEY_VARIABLE} to its key")
    from cryptography.exceptions import InvalidTag

    try:
        data = base64.urlsafe_b64decode(stored[len(_SEALED) :])
        return _read_model_cipher(key).decrypt(data, None).decode("utf-8")
    except (InvalidTag, binascii.Error, ValueError):
        raise CipherKeyError(
            f"{KEY_VARIABLE} is not the key this store was encrypted with"
        ) from None


def key_marker(sealed: bool = True) -> str:
    """What a store records of how it is sealed: under the configured key, or plain."""
    return seal("casefile") if sealed else "casefile"


def implied_marker(sample: str | None) -> str | None:
    """What a store written before it recorded its key implies of it, from one value of a
    sealed column (None: nothing stored, nothing implied): the value itself if sealed (it
    checks the key as a marker does), else the plain marker. Versions from the cipher's
    arrival until the marker's sealed those columns as today's do."""
    if sample is None:
        return None
    return sample if sample.startswith(_SEALED) else key_marker(sealed=False)


def check_key_marker(stored: str) -> None:
    """Fail unless the configured key (or its absence) is the one the store was written with."""
    if cipher_key() and not stored.startswith(_SEALED):
        raise CipherKeyError(f"the store was written without a key: unset {KEY_VARIABLE}")
    unseal(stored)


class SealedText(TypeDecorator[str]):
    """A text column sealed at rest when a cipher key is configured."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> str | None:
        return None if value is None else seal(value)

    def process_result_value(self, value: Any, dialect: Dialect) -> str | None:
        return None if value is None else unseal(value)

    def statement_bind_processor(self) -> Callable[[Any], str | None] | None:
        """The bind processor for one statement's values (`driver`): the key looked up
        once for all of them, not once per value; None (values as they are) without a key."""
        key = cipher_key()
        if key is None:
            return None
        return lambda value: None if value is None else _sealed(key, value)

    def result_processor(self, dialect: Dialect, coltype: Any) -> Any:
        # The same as `process_result_value`, without the wrapping layers: `cases` reads
        # every row of a table of such columns. Plain text is returned as it is.
        impl = self.impl_instance.result_processor(dialect, coltype)

        def process(value: Any) -> str | None:
            if impl is not None:
                value = impl(value)
            if value is None or not value.startswith(_SEALED):
                return value
            return unseal(value)

        return process
