"""The event store's transcoder: the library's JSON format, written and read with orjson.

The library's `JSONTranscoder` encodes each event's state with the standard `json` module
and a `default` hook for datetimes; for the nine or so events of an article that was a
tenth of the time spent saving it. This transcoder writes the same bytes, with orjson: the
values `json` and orjson write identically (text, whole numbers, booleans, null, lists and
objects with text keys) go to orjson, after datetimes and the other registered types are
turned into the library's `{"_type_": ..., "_data_": ...}` objects. Anything else (floats,
whose text can differ; subclasses; numbers orjson cannot hold) is left to the library's
encoder. Reading is the library's too, for any text orjson refuses and any number that is not a
whole number of 64 bits (orjson would read a bigger one as a float). So stores written
before this transcoder and after it read the same, with it or with the library's own
(`tests/reliability/test_schema_evolution.py`, `tests/unit/test_transcoder.py`).

Selected by `store.eventsourcing_env` (`TRANSCODER_TOPIC`).
"""

from __future__ import annotations

from typing import Any

import orjson
from eventsourcing.persistence import JSONTranscoder

_PLAIN = frozenset({str, int, bool, type(None)})
_NESTED = frozenset({dict, list})


class _Unsupported(Exception):
    """A value only the library's encoder writes as it always has."""


class OrjsonTranscoder(JSONTranscoder):
    def encode(self, obj: Any) -> bytes:
        try:
            return orjson.dumps(self._plain(obj))
        except (_Unsupported, orjson.JSONEncodeError):
            return super().encode(obj)

    def decode(self, data: bytes) -> Any:
        try:
            obj = orjson.loads(data)
            return self._restore(obj) if type(obj) in _NESTED else _not_float(obj)
        except (_Unsupported, orjson.JSONDecodeError):
            return super().decode(data)

    def _plain(self, value: Any) -> Any:
        kind = type(value)
        if kind in _PLAIN:
            return value
        if kind is dict:
            plain = {}
            for key, item in value.items():
                if type(key) is not str:
                    raise _Unsupported
                plain[key] = item if type(item) in _PLAIN else self._plain(item)
            return plain
        if kind is list or kind is tuple:
            return [self._plain(item) for item in value]
        transcoding = self.types.get(kind)
        if transcoding is None:
            raise _Unsupported
        # As the library's `default` hook: the type's name and its encoded data.
        return {"_type_": transcoding.name, "_data_": self._plain(transcoding.encode(value))}

    def _restore(self, value: Any) -> Any:
        # As `json`'s object hook: innermost objects first.
        if type(value) is list:
            return [
                self._restore(item) if type(item) in _NESTED else _not_float(item) for item in value
            ]
        for key, item in value.items():
            if type(item) in _NESTED:
                value[key] = self._restore(item)
            elif type(item) is float:
                raise _Unsupported
        return self._decode_obj(value)


def _not_float(value: Any) -> Any:
    # orjson reads a whole number beyond 64 bits as a float, silently: the library's decoder
    # reads it exactly (and any number with a fraction as `json` does).
    if type(value) is float:
        raise _Unsupported
    return value
