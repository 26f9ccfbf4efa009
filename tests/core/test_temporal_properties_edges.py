"""More property-based probes of the tagger (issue 7): mixed scripts and non-ASCII digits, digits and dates
glued to words, very long numbers, dates at the calendar's edges (0001, 9999 and beyond), eras (B.C., BCE,
A.D.), with reference dates at the edges too. tag() never raises, no rule fails, every expression is exact
and well formed (`check`, shared with test_temporal_properties)."""
from __future__ import annotations

import datetime as dt

from hypothesis import given, settings, strategies as st

from tests.core.test_temporal_properties import check

_SCRIPTS = ("Москва", "東京", "القاهرة", "नई दिल्ली", "Αθήνα", "서울", "İstanbul", "ﬁnal", "Straße")
_DIGITS = ("٢٠٢٤", "۲۰۲۴", "२०२४", "２０２４", "𝟐𝟎𝟐𝟒", "²⁰²⁴", "2024", "0001", "9999", "10000", "0", "00")
_EDGE_DATES = ("January 1, 0001", "Jan. 1, 1", "December 31, 9999", "Dec 31 9999", "9999-12-31", "0001-01-01",
               "0000-00-00", "31 December 9999", "1 January 10000", "10000-01-01", "the year 9999",
               "the 9990s", "the 100th century", "9999 years ago", "10,000 years from now", "1 A.D.",
               "500 B.C.", "44 BC", "300 BCE", "AD 1066", "the 5th century B.C.", "1000 B.C.E.",
               "2 million years ago", "Q4 9999", "week 53 of 9999", "the winter of 9999", "9999 fiscal year")
_GLUED = ("May4,2024", "2024年3月5日", "3rd-quarter", "1990sera", "FY2024Q3", "on2024-06-19at", "Jan2024",
          "24-7", "9/11", "7-Eleven", "1.5.2024", "12.31.9999", "x2024y", "2024-2025-2026", "Q5", "W54",
          "24:60", "25:00", "31/02/2024", "29 February 2023", "30 Feb", "Monday, 32 May")
_LONG = st.from_regex(r"[1-9]\d{5,80}|0{3,40}\d|\d{1,3}(?:,\d{3}){4,20}", fullmatch=True)
_WORDS = ("on", "in", "since", "by", "until", "ago", "later", "the", "year", "years", "days", "century", "last",
          "next", "of", "before", "after", "between", "and", "from", "to", "about", "early", "late", "mid")
_TOKEN = st.one_of(st.sampled_from(_SCRIPTS), st.sampled_from(_DIGITS), st.sampled_from(_EDGE_DATES),
                   st.sampled_from(_GLUED), _LONG, st.sampled_from(_WORDS))
_SEP = st.sampled_from([" ", " ", ", ", "-", "", ". ", "\u200b", "\u202e", "\u00a0", "/"])
TEXTS = st.lists(st.tuples(_TOKEN, _SEP), min_size=1, max_size=12).map(lambda ts: "".join(a + b for a, b in ts))
REFERENCES = st.one_of(st.none(), st.sampled_from([dt.date(1, 1, 1), dt.date(1, 12, 31), dt.date(9999, 12, 31),
                                                   dt.date(9999, 1, 1), dt.date(2024, 2, 29)]),
                       st.dates(dt.date(1, 1, 1), dt.date(9999, 12, 31)))


@settings(max_examples=150, deadline=None)
@given(TEXTS, REFERENCES)
def test_tag_on_scripts_glued_digits_long_numbers_and_calendar_edges(text: str, reference: dt.date | None) -> None:
    check(text, reference)
