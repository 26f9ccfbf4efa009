"""core/elide.py: one way to shorten a title or passage for a label."""
from __future__ import annotations

import pytest

from timeline_app.core.elide import elide, fit_words


@pytest.mark.parametrize("text, limit, whole_words, expected", [
    ("Short title", 40, False, "Short title"),
    ("A  title\nover   lines", 40, False, "A title over lines"),  # flattened, then measured
    ("President hosts his counterpart for talks", 20, False, "President hosts his…"),
    ("President hosts his counterpart for talks", 21, False, "President hosts his…"),  # no space before "…"
    ("President hosts his counterpart for talks", 23, False, "President hosts his co…"),
    ("President hosts his counterpart for talks", 23, True, "President hosts his…"),  # a word cut in two dropped
    # The last character that fits ends a whole word: kept (a split at the space before it would drop it).
    ("President hosts his counterpart for talks", 20, True, "President hosts his…"),
    ("Transcontinental-railroad-completion", 10, True, "Transcont…"),  # one long word: cut all the same
    ("Talks end, leaders say more", 11, True, "Talks end…"),  # no comma before the ellipsis
    ("Talks end, leaders say more", 10, True, "Talks end…"),  # a word whose comma is past the cut: kept
    ("A pact replaces old deals", 5, True, "A pa…"),  # "A pact…" does not fit: cut all the same
])
def test_elide(text: str, limit: int, whole_words: bool, expected: str) -> None:
    out = elide(text, limit, whole_words=whole_words)
    assert out == expected and len(out) <= limit


def _ten_px_a_char(text: str) -> float:
    return 10.0 * len(text)


@pytest.mark.parametrize("title, room, expected", [
    ("Putin and Kim Forge Strategic Alliance", 1000, "Putin and Kim Forge Strategic Alliance"),
    ("Putin and Kim Forge Strategic Alliance", 130, "Putin and…"),  # whole words, not "Putin and Ki…"
    ("Putin and Kim Forge Strategic Alliance", 99, "Putin…"),
    ("Putin and Kim Forge Strategic Alliance", 30, "Putin…"),  # the first word stays whole: never "Pu…"
    ("Putin: Kim Forge", 80, "Putin…"),  # the cut's punctuation goes
    ("A pact replaces old deals", 30, "A pact…"),  # a short first word takes the next along
    ("  Leaders\n meet   today ", 1000, "Leaders meet today"),
    ("2024-06-19-korea-visit-and-the-pact.txt", 150, "2024-06-19-kor…"),  # one long token: what fits
    ("2024-06-19-korea-visit-and-the-pact.txt", 20, "2024-06…"),  # ... never under 8 characters (the cut's "-" dropped)
    ("", 50, ""),
])
def test_fit_words_names_a_title_by_its_first_words(title, room, expected):
    assert fit_words(title, room, _ten_px_a_char) == expected


def test_fit_words_measures_a_bounded_part_of_a_huge_title():
    measured: list[int] = []

    def measure(text: str) -> float:
        measured.append(len(text))
        return 10.0 * len(text)

    assert fit_words("word " * 100_000, 100, measure) == "word word…"
    assert max(measured) <= 500 and len(measured) < 100


_LONG_TITLES = [
    "Harbour pilots end their strike after the port authority agrees to hire forty more crew for the night shift "
    "and to review the rosters that kept ships waiting in the roads for days on end",
    "Council votes to rebuild the old tram depot as a library, a market hall and two hundred flats by 2031",
    "Flooding closes the valley road; the ferry runs every hour until the bridge reopens, officials say",
]


@pytest.mark.parametrize("title", _LONG_TITLES)
@pytest.mark.parametrize("room", [60, 150, 400, 900])
def test_fit_words_measured_gives_the_widths_it_measured(title, room):
    from timeline_app.core.elide import fit_words_measured

    shown, shown_w, whole_w = fit_words_measured(title, room, _ten_px_a_char)
    assert shown == fit_words(title, room, _ten_px_a_char)
    assert shown_w == _ten_px_a_char(shown) and whole_w == _ten_px_a_char(" ".join(title.split()))
    # The most whole words that fit: one word more does not.
    words = shown.rstrip("…").split(" ")
    flat = " ".join(title.split()).split(" ")
    if len(words) < len(flat) and shown_w <= room:
        longer = " ".join(flat[:len(words) + 1]).rstrip(" ,;:-–—") + "…"
        assert _ten_px_a_char(longer) > room


@pytest.mark.parametrize("title", _LONG_TITLES)
@pytest.mark.parametrize("room", [300, 600, 900])
def test_fit_words_takes_a_few_measurements_however_many_words_fit(title, room):
    """Trying word after word measured once per word shown: the timeline measures hundreds of labels at a time."""
    calls: list[str] = []

    def measure(text: str) -> float:
        calls.append(text)
        return _ten_px_a_char(text)

    fit_words(title, room, measure)
    assert len(calls) <= 2 + len(title.split()).bit_length()
