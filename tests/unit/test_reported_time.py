from datetime import UTC, date, datetime

import pytest

from casefile.domain.reported_time import InvalidTime, ReportedTime, as_of_bound


@pytest.mark.parametrize(
    ("raw", "instant", "date_only", "local_date"),
    [
        ("2021-10-26", datetime(2021, 10, 26, tzinfo=UTC), True, date(2021, 10, 26)),
        (
            "2021-10-26T14:33-04:00",
            datetime(2021, 10, 26, 18, 33, tzinfo=UTC),
            False,
            date(2021, 10, 26),
        ),
        (
            "2021-10-26T23:30-04:00",
            datetime(2021, 10, 27, 3, 30, tzinfo=UTC),
            False,
            date(2021, 10, 26),
        ),
        ("2021-10-26T09:00", datetime(2021, 10, 26, 9, tzinfo=UTC), False, date(2021, 10, 26)),
        ("2021-10-26T09:00Z", datetime(2021, 10, 26, 9, tzinfo=UTC), False, date(2021, 10, 26)),
    ],
)
def test_publication_times_normalise_to_utc(raw, instant, date_only, local_date):
    reported = ReportedTime.parse(raw)
    assert reported.at == instant
    assert reported.date_only is date_only
    assert reported.local_date == local_date


def test_a_date_only_publication_is_known_all_that_day():
    published = ReportedTime.parse("2021-10-26").at
    assert published <= as_of_bound("2021-10-26")
    assert published <= as_of_bound("2021-10-26T00:00Z")
    assert published > as_of_bound("2021-10-25")


def test_an_as_of_date_means_the_end_of_that_day():
    assert as_of_bound("2021-10-26") == datetime(2021, 10, 26, 23, 59, 59, 999999, tzinfo=UTC)


def test_estimated_times_say_so():
    assert (
        ReportedTime.parse("2021-10-26T08:00-04:00", estimated=True)
        .describe()
        .endswith("(estimated)")
    )


@pytest.mark.parametrize("raw", ["2021-02-30", "yesterday", "26/10/2021", "2021-13-01T00:00"])
def test_impossible_or_unreadable_times_are_rejected(raw):
    with pytest.raises(InvalidTime):
        ReportedTime.parse(raw)


NEW_YORK = __import__("zoneinfo").ZoneInfo("America/New_York")


def test_a_date_only_publication_counts_from_the_start_of_the_day_in_the_zone():
    published = ReportedTime.parse("2025-03-14", zone=NEW_YORK)
    assert published.at == datetime(2025, 3, 14, 4, tzinfo=UTC)  # 00:00 EDT
    assert published.local_date == date(2025, 3, 14)
    assert published.at > as_of_bound("2025-03-13", NEW_YORK)
    assert published.at <= as_of_bound("2025-03-14T00:00", NEW_YORK)


def test_a_time_without_offset_is_read_in_the_zone_and_one_with_an_offset_is_not():
    assert ReportedTime.parse("2025-01-10T09:00", zone=NEW_YORK).at == datetime(
        2025, 1, 10, 14, tzinfo=UTC
    )
    assert ReportedTime.parse("2025-01-10T09:00+01:00", zone=NEW_YORK).at == datetime(
        2025, 1, 10, 8, tzinfo=UTC
    )


def test_an_as_of_date_ends_with_its_day_in_the_zone():
    assert as_of_bound("2025-03-14", NEW_YORK) == datetime(
        2025, 3, 15, 3, 59, 59, 999999, tzinfo=UTC
    )
