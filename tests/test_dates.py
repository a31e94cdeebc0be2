"""Event dates against the publication date: the news usage rules and the reference cases."""
from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, strategies as st

from civcas.extract.dates import find_dates, resolve


def span(expr: str, published: str | None, anchor: str | None = None):
    d = resolve(expr, published, anchor=anchor)
    return None if d is None else (d.date_start, d.date_end)


# --- the reference cases --------------------------------------------------------------------------

# published on a Tuesday
@pytest.mark.parametrize("expr, anchor, expected", [
    ("on Tuesday", None, ("2016-10-25", "2016-10-25")),
    ("During the past three days", None, ("2016-10-22", "2016-10-25")),
    ("October 21", None, ("2016-10-21", "2016-10-21")),
    ("On the following day", "2016-10-21", ("2016-10-22", "2016-10-22")),
    ("last Friday", None, ("2016-10-21", "2016-10-21")),
    ("since March 2011", None, ("2011-03", "2016-10-25")),
    ("Last week", None, ("2016-10-17", "2016-10-23")),
])
def test_reference_case_published_2016_10_25(expr, anchor, expected):
    assert span(expr, "2016-10-25", anchor) == expected


@pytest.mark.parametrize("expr, expected", [
    ("last month", ("2017-03-01", "2017-03-31")),
    ("On March 17", ("2017-03-17", "2017-03-17")),
    ("on Sunday", ("2017-04-02", "2017-04-02")),
])
def test_reference_case_published_2017_04_02(expr, expected):
    assert span(expr, "2017-04-02") == expected


# published on a Wednesday
@pytest.mark.parametrize("expr, expected", [
    ("in June", ("2017-06-01", "2017-06-30")),
    ("since 2014", ("2014", "2017-07-12")),
    ("since the war began there in 2014", ("2014", "2017-07-12")),
    ("last month", ("2017-06-01", "2017-06-30")),
    ("On Wednesday", ("2017-07-12", "2017-07-12")),
    ("on Monday", ("2017-07-10", "2017-07-10")),
])
def test_reference_case_published_2017_07_12(expr, expected):
    assert span(expr, "2017-07-12") == expected


def test_a_whole_article_resolves_its_following_day_from_the_date_before_it():
    text = ("The ministry spoke on Tuesday. It said a jet struck a school on October 21. "
            "On the following day two more strikes hit the outskirts. The war there began in "
            "March 2011, and since March 2011 it has not stopped.")
    got = [(d.text, d.date_start, d.date_end, d.kind) for d in find_dates(text, "2016-10-25")]
    assert got == [
        ("on Tuesday", "2016-10-25", "2016-10-25", "point"),
        ("on October 21", "2016-10-21", "2016-10-21", "point"),
        ("On the following day", "2016-10-22", "2016-10-22", "point"),
        ("in March 2011", "2011-03", "2011-03", "period"),
        ("since March 2011", "2011-03", "2016-10-25", "since"),
    ]


def test_the_previous_month_counts_back_from_the_month_just_named():
    text = "The monitor counted the deaths in June, double the previous month's tally."
    got = [(d.text, d.date_start, d.date_end) for d in find_dates(text, "2017-07-12")]
    assert got == [("in June", "2017-06-01", "2017-06-30"),
                   ("the previous month", "2017-05-01", "2017-05-31")]


# --- the news usage rules -------------------------------------------------------------------------

@pytest.mark.parametrize("expr, published, expected, precision, kind", [
    ("Oct. 21", "2016-10-25", ("2016-10-21", "2016-10-21"), "day", "point"),
    ("21 October 2016", None, ("2016-10-21", "2016-10-21"), "day", "point"),
    ("the 21st of October", "2016-10-25", ("2016-10-21", "2016-10-21"), "day", "point"),
    ("2016-10-21", None, ("2016-10-21", "2016-10-21"), "day", "point"),
    ("Tuesday, Oct. 18", "2016-10-25", ("2016-10-18", "2016-10-18"), "day", "point"),
    ("March 17, 2017", None, ("2017-03-17", "2017-03-17"), "day", "point"),
    ("December 30", "2017-01-04", ("2016-12-30", "2016-12-30"), "day", "point"),  # year before
    ("Tuesday", "2016-10-25", ("2016-10-25", "2016-10-25"), "day", "point"),
    ("on Thursday", "2016-10-25", ("2016-10-20", "2016-10-20"), "day", "point"),
    ("last Tuesday", "2016-10-25", ("2016-10-18", "2016-10-18"), "day", "point"),
    ("on Monday night", "2016-10-25", ("2016-10-24", "2016-10-24"), "day", "point"),
    ("early on Sunday", "2016-10-25", ("2016-10-23", "2016-10-23"), "day", "point"),
    ("Saturday's", "2016-10-25", ("2016-10-22", "2016-10-22"), "day", "point"),
    ("yesterday", "2016-10-25", ("2016-10-24", "2016-10-24"), "day", "point"),
    ("today", "2016-10-25", ("2016-10-25", "2016-10-25"), "day", "point"),
    ("three days ago", "2016-10-25", ("2016-10-22", "2016-10-22"), "day", "point"),
    ("overnight", "2016-10-25", ("2016-10-24", "2016-10-25"), "day", "point"),
    ("over the past few days", "2016-10-25", ("2016-10-22", "2016-10-25"), "day", "period"),
    ("in the last 48 hours", "2016-10-25", ("2016-10-23", "2016-10-25"), "day", "period"),
    ("over the past two weeks", "2016-10-25", ("2016-10-11", "2016-10-25"), "week", "period"),
    ("earlier this week", "2016-10-27", ("2016-10-24", "2016-10-26"), "week", "period"),
    ("this month", "2017-04-12", ("2017-04-01", "2017-04-12"), "month", "period"),
    ("last year", "2017-04-12", ("2016-01-01", "2016-12-31"), "year", "period"),
    ("at the weekend", "2016-10-25", ("2016-10-22", "2016-10-23"), "day", "period"),
    ("in 2014", None, ("2014", "2014"), "year", "period"),
    ("2014's", None, ("2014", "2014"), "year", "period"),
    ("from 2014 to 2016", None, ("2014", "2016"), "range", "period"),
    ("October 21-23", "2016-10-25", ("2016-10-21", "2016-10-23"), "range", "period"),
    ("in May", "2017-04-02", ("2016-05-01", "2016-05-31"), "month", "period"),  # last year's May
    ("in August of 2015", "2017-03-20", ("2015-08", "2015-08"), "month", "period"),
    ("two days after Thanksgiving", "2017-01-25", ("2016-11-26", "2016-11-26"), "day", "point"),
    ("the previous month", "2017-04-02", ("2017-03-01", "2017-03-31"), "month", "period"),
    ("since the beginning of the year", "2017-04-02", ("2017-01-01", "2017-04-02"), "year", "since"),
    ("since 2014", None, ("2014", None), "year", "since"),
    ("since last Tuesday", "2016-10-25", ("2016-10-18", "2016-10-25"), "day", "since"),
    ("21/10/2016", None, ("2016-10-21", "2016-10-21"), "day", "point"),
    ("10/21/2016", None, ("2016-10-21", "2016-10-21"), "day", "point"),
])
def test_rules(expr, published, expected, precision, kind):
    d = resolve(expr, published)
    assert d is not None
    assert ((d.date_start, d.date_end), d.precision, d.kind) == (expected, precision, kind)


@pytest.mark.parametrize("expr, anchor, expected", [
    ("the next day", "2016-10-21", "2016-10-22"),
    ("two days later", "2016-10-21", "2016-10-23"),
    ("the day before", "2016-10-21", "2016-10-20"),
    ("the same day", "2016-10-21", "2016-10-21"),
])
def test_days_counted_from_an_anchor(expr, anchor, expected):
    assert span(expr, "2016-10-25", anchor) == (expected, expected)


def test_last_friday_on_a_friday_is_a_week_back():
    assert span("last Friday", "2016-10-28") == ("2016-10-21", "2016-10-21")


def test_last_week_published_on_a_sunday():
    assert span("last week", "2016-10-30") == ("2016-10-17", "2016-10-23")


# --- what is not resolved -------------------------------------------------------------------------

@pytest.mark.parametrize("expr", [
    "on Tuesday", "last month", "yesterday", "October 21", "in June", "over the past three days",
])
def test_relative_dates_need_a_publication_date(expr):
    assert resolve(expr, None) is None


def test_a_month_only_publication_date_is_not_a_day_to_count_from():
    assert resolve("on Tuesday", "2016-10") is None


def test_the_following_day_needs_an_anchor():
    assert resolve("On the following day", "2016-10-25") is None
    assert find_dates("On the following day jets returned.", "2016-10-25") == []


@pytest.mark.parametrize("text", [
    "The strike killed 2014 people.",            # a bare year-like number is no date
    "Officials said 2014 was a hard year.",
    "They may return next Tuesday.",             # the future is no event date
    "Residents march to the square.",            # "march" and "may" lower-case are verbs
    "The bulletin is updated 3/4/2017.",         # day and month could be either way round
    "The clinic opened at 8:30.",
])
def test_not_dates(text):
    assert find_dates(text, "2017-04-02") == []


def test_dateparser_reads_what_the_rules_do_not():
    assert span("March the 17th", "2017-04-02") == ("2017-03-17", "2017-03-17")


# --- properties -----------------------------------------------------------------------------------

@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2030, 12, 31)),
       st.sampled_from(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                        "Sunday"]))
def test_a_weekday_is_that_weekday_in_the_week_up_to_publication(pub, weekday):
    d = resolve(f"on {weekday}", pub.isoformat())
    got = date.fromisoformat(d.date_start)
    assert got.strftime("%A") == weekday
    assert pub - timedelta(days=6) <= got <= pub


@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2030, 12, 31)))
def test_a_written_day_with_its_year_needs_no_publication_date(day):
    assert span(day.strftime("%B %d, %Y"), None) == (day.isoformat(), day.isoformat())


@given(st.text(max_size=120))
def test_spans_slice_the_text_in_order(text):
    found = find_dates(text, "2016-10-25")
    for d in found:
        assert text[d.start:d.end] == d.text
    for a, b in zip(found, found[1:]):
        assert a.end <= b.start


def test_a_year_before_a_comma_is_a_date():
    from civcas.extract.dates import find_dates
    ds = find_dates("In 2014, nearly half of the occupants killed in crashes were unrestrained.", "2017-03-25")
    assert [(d.date_start, d.kind) for d in ds] == [("2014", "period")]
    assert find_dates("killed in 2,014 strikes", "2017-03-25") == []


@pytest.mark.parametrize("expr, published, expected", [
    ("on New Year's Eve", "2017-01-03", ("2016-12-31", "2016-12-31")),
    ("on NYE", "2017-01-04", ("2016-12-31", "2016-12-31")),
    ("on Christmas", "2017-01-06", ("2016-12-25", "2016-12-25")),
    ("Christmas Day", "2016-12-26", ("2016-12-25", "2016-12-25")),
    ("on Thanksgiving", "2016-12-01", ("2016-11-24", "2016-11-24")),
    ("on Memorial Day", "2016-06-10", ("2016-05-30", "2016-05-30")),
    ("on the Fourth of July", "2016-07-05", ("2016-07-04", "2016-07-04")),
    ("on Martin Luther King Jr. Day", "2017-03-03", ("2017-01-16", "2017-01-16")),
    ("on MLK Day", "2017-01-20", ("2017-01-16", "2017-01-16")),
    ("on Mother's Day", "2017-05-20", ("2017-05-14", "2017-05-14")),
])
def test_a_holiday_is_its_last_day_before_publication(expr, published, expected):
    assert span(expr, published) == expected


def test_a_holiday_season_dates_nothing():
    assert find_dates("They went shopping before Christmas, during the Christmas season.", "2017-01-06") == []


def test_a_holiday_party_days_before_the_holiday_is_not_last_years_holiday():
    # a Sunday story of a shooting "during Halloween party": the party was this weekend, not 2015-10-31
    assert find_dates("Four shot during Halloween party at nightclub", "2016-10-30") == []
    assert find_dates("He was shot on Halloween.", "2016-10-30") == []         # the coming one
    assert span("on Halloween", "2016-11-05") == ("2016-10-31", "2016-10-31")
    assert span("on Halloween", "2017-10-10") == ("2016-10-31", "2016-10-31")  # weeks before: last year's


@pytest.mark.parametrize("expr, published, expected", [
    ("Last summer, one man was killed", "2016-08-22", ("2015-06-01", "2015-08-31")),  # said in the summer
    ("last summer", "2016-09-03", ("2016-06-01", "2016-08-31")),
    ("this spring", "2016-05-10", ("2016-03-01", "2016-05-31")),
    ("last winter", "2016-03-01", ("2015-12-01", "2016-02-29")),
    ("last winter", "2016-01-20", ("2014-12-01", "2015-02-28")),
])
def test_a_season_is_its_months(expr, published, expected):
    (d,) = find_dates(expr, published)
    assert (d.date_start, d.date_end, d.precision) == (*expected, "range")
