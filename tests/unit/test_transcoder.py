"""The orjson transcoder writes exactly the bytes the library's JSON transcoder writes, and
reads back what either wrote, so stores written before it and after it read the same."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal
from uuid import UUID

import pytest
from eventsourcing.persistence import (
    DatetimeAsISO,
    DecimalAsStr,
    JSONTranscoder,
    TranscodingNotRegisteredError,
    UUIDAsHex,
)
from hypothesis import given, settings
from hypothesis import strategies as st

from casefile.adapters.transcoder import OrjsonTranscoder
from casefile.application.tracker import CaseTracker


def transcoders() -> tuple[JSONTranscoder, OrjsonTranscoder]:
    made = (JSONTranscoder(), OrjsonTranscoder())
    for transcoder in made:
        for transcoding in (UUIDAsHex(), DecimalAsStr(), DatetimeAsISO()):
            transcoder.register(transcoding)
    return made


LIBRARY, ORJSON = transcoders()

datetimes = st.datetimes(
    timezones=st.sampled_from([None, UTC, timezone(timedelta(hours=-4))]),
)
scalars = (
    st.none()
    | st.booleans()
    | st.integers()  # beyond 64 bits too: orjson cannot, the library's encoder can
    | st.floats()  # NaN, infinities, exponents: left to the library's encoder
    | st.text()
    | datetimes
    | st.uuids()
    | st.decimals(allow_nan=False)
)
values = st.recursive(
    scalars,
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(st.text(max_size=8), inner, max_size=4)
        | st.tuples(inner, inner)
    ),
    max_leaves=20,
)


@settings(max_examples=400)
@given(st.dictionaries(st.text(max_size=12), values, max_size=8))
def test_the_bytes_are_the_librarys_and_read_back_the_same(state):
    written = ORJSON.encode(state)
    assert written == LIBRARY.encode(state)
    assert _same(ORJSON.decode(written), LIBRARY.decode(written))


def test_an_event_state_with_datetimes_and_nested_objects():
    state = {
        "timestamp": datetime(2021, 10, 26, 13, 0, tzinfo=UTC),
        "evidence": {"quote": "Jose Cajigas, 27, of Hartford — “arrested”", "start": 0, "end": 9},
        "fact_versions": [3, 4],
        "fields": {"amount": 2_000_000, "prior": True, "date": None},
        "id": UUID(int=7),
        "bond": Decimal("2000000.50"),
        "big": 2**70,
    }
    written = ORJSON.encode(state)
    assert written == LIBRARY.encode(state)
    assert b'"timestamp":{"_type_":"datetime_iso","_data_":"2021-10-26T13:00:00+00:00"}' in written
    assert ORJSON.decode(written) == state


def test_text_orjson_refuses_is_read_as_the_library_reads_it():
    for raw in (b'{"a":NaN}', b'{"a":"\\ud800"}', b'{"a":123456789012345678901234567890}'):
        assert _same(ORJSON.decode(raw), LIBRARY.decode(raw))


def test_a_type_without_a_transcoding_is_refused_as_the_library_refuses_it():
    with pytest.raises(TranscodingNotRegisteredError):
        ORJSON.encode({"when": datetime(2021, 1, 1).date()})


def test_the_store_uses_it(sqlite_url):
    tracker = CaseTracker.open(sqlite_url)
    try:
        assert type(tracker.mapper.transcoder) is OrjsonTranscoder
    finally:
        tracker.close()


def _same(a, b) -> bool:  # type: ignore[no-untyped-def]
    """Equal, NaN included."""
    if isinstance(a, float) and isinstance(b, float) and a != a:
        return b != b
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(_same(a[k], b[k]) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    return type(a) is type(b) and a == b
