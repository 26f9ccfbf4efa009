"""False merges across articles found in an audit of the events that TBAQ and the TimeLine trial articles
report from two or more sources. Each fixture folder (fixtures/merges/) holds two invented articles modelled
on one such false merge; the named mention must stay in an event of its own article."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from timeline_app.core import merging
from timeline_app.core.pipeline import build_timeline

MERGES = Path(__file__).parent / "fixtures" / "merges"

# folder -> (article, mention text, sentence start, date): where given, that mention's event and its date
FALSE_MERGES = {
    # "Revenue rose 11%" of one company and "Revenue rose 24%" of another, both at their articles' shared
    # publication date: a common word capitalised only because it opens the sentence names nobody.
    "an opening common word is no name": ("opening_word", None),
    # A 1999 article's "easing the trade sanctions against Norland" is no mention of the 1990 invasion the
    # 1998 article dates: from another article, and years later, one name in common is not enough.
    "one name, years later": ("one_name_years_later", None),
    # "has given the union until noon Thursday to sign" is how things stand on 12 June, not the contract left
    # unsigned on 7 June that another article dates.
    "a present perfect names no earlier happening": (
        "present_perfect", ("ultimatum", "has given", "In a new ultimatum", dt.date(2023, 6, 12))),
    # "still had not signed a contract" on Wednesday dates nothing that happened: two days later, the board's
    # "rejected a contract" (the same kind, the same names) is the day's news, not a mention of it.
    "a negated happening attracts no news": (
        "negated_target", ("ultimatum", "rejected", "PORTLAND -- The Norvale", dt.date(2023, 6, 9))),
    # "King Tarek ... met Vostria's Omar Monday" and "officials have sized up Omar Tarek" share "Omar" and
    # "Tarek", but the first article gives "Tarek" to two people (Omar Tarek, King Tarek): alone, it is no name
    # the two share.
    "a family name two people share": ("ambiguous_surname", None),
}


@pytest.mark.parametrize("folder, mention", FALSE_MERGES.values(), ids=FALSE_MERGES.keys())
def test_two_articles_of_different_happenings_share_no_event(folder: str, mention: tuple | None) -> None:
    path = MERGES / folder
    events = build_timeline([path]).events
    assert [e for e in events if len({m.document for m in e.mentions}) > 1] == []
    if mention is not None:
        doc_id, text, sentence, date = mention
        body = (path / f"{doc_id}.txt").read_text(encoding="utf-8")
        holding = [e for e in events for m in e.mentions
                   if m.document == doc_id and m.text == text and body[m.sentence_start:].startswith(sentence)]
        assert [e.first for e in holding] == [date]


@pytest.mark.parametrize("text, name, opens_only", [
    ("Revenue rose 9%. Revenue rose 4% over the year.", "Revenue", True),
    ("Revenue rose 12%. The revenue of Acme rose too.", "Revenue", True),  # lower case inside: still no name
    ("Apple rose 12%. Shares of Apple fell.", "Apple", False),  # printed inside a sentence: a name
    ("\u201cNet fell,\u201d he said. Net rose later.", "Net", True),  # a quotation mark before it
])
def test_a_common_word_printed_only_to_open_sentences(text: str, name: str, opens_only: bool) -> None:
    from timeline_app.core.documents import document_from_text

    doc = document_from_text(text, id="a")
    assert merging._only_at_sentence_starts(doc, name) is opens_only


@pytest.mark.parametrize("text, ambiguous", [
    # a given name and a title never printed before it, printed in one sentence with it: two people
    ("Omar Tarek spoke. Later King Tarek, who met Omar on Monday, arrived.", {"Tarek"}),
    # a title printed apart from the given names: how an article names one person again
    ("Omar Tarek spoke. Later King Tarek arrived.", set()),
    ("Donna Shalala spoke. Secretary Shalala said so.", set()),
    # a word that is a noun only in lower case before a family name is a title, no given name, where an article
    # prints it as one: in lower case, or before a full name
    ("Helmut Kohl spoke. Chancellor Kohl said so, the chancellor's office said.", set()),
    ("Chancellor Helmut Kohl spoke. Chancellor Kohl said so.", set()),
    ("Helmut Kohl met Chancellor Kohl of Vell. The chancellor left.", {"Kohl"}),
    # printed neither way, a noun-only word is a given name ("Victor", "Heather", "Hunter"): two people
    ("Victor Lund spoke on Monday. Later, Ana Lund arrived in Vell.", {"Lund"}),
    ("Heather Lund spoke on Monday. Later, Ana Lund arrived in Vell.", {"Lund"}),
    ("Hunter Lund spoke on Monday. Later, Ana Lund arrived in Vell.", {"Lund"}),
    # two given names: two people
    ("Lazaro Ruiz spoke. Juan Miguel Ruiz arrived.", {"Ruiz"}),
    # a title printed before the given name somewhere, a short form, a middle name, an abbreviated title: one
    ("President Omar Tarek spoke. President Tarek arrived.", set()),
    ("Tim Cole spoke. Timothy Cole arrived.", set()),
    ("James Carl Kopp fled. James Kopp hid.", set()),
    ("George Bush spoke. Mr. Bush arrived.", set()),
    # no given name: a word that opens a sentence, or one that ends the sentence before
    ("But Reno said so. Janet Reno arrived.", set()),
    ("Omar Tarek flew in from Vell. Tarek left.", set()),
    # a family name is a name's last word: "Foreign" of "Foreign Minister" is none
    ("The Iraqi Foreign Minister spoke. The Soviet Foreign Minister arrived.", set()),
    # nor is a place's or a paper's last word a family name
    ("North Korea fired a missile. South Korea protested.", set()),
    ("Voters in North Carolina and South Carolina went to the polls.", set()),
    ("The New York Times and the Los Angeles Times reported it.", set()),
    # nor two words both common in lower case: a street's, a station's name
    ("Wall Street fell. Shops on Main Street closed.", set()),
    ("Talk Radio and Real Radio aired it.", set()),
    # but a family name that is an adjective in lower case is no thing's head noun: two common given names
    ("Jack White sang. Meg White drummed.", {"White"}),
    ("George Bush spoke. Jeb Bush arrived.", {"Bush"}),
    # a family name the article also writes in lower case is two people's still
    ("George Bush spoke. Jeb Bush arrived to see a bush fire.", {"Bush"}),
    ("Condoleezza Rice and Susan Rice ate rice. Gordon Brown wore brown; James Brown did not.", {"Rice", "Brown"}),
    # a short form is a prefix of the name: two given names that only begin alike are two people
    ("Mark Tarek spoke. Maria Tarek arrived.", {"Tarek"}),
])
def test_a_family_name_an_article_gives_two_people(text: str, ambiguous: set[str]) -> None:
    from timeline_app.core.documents import document_from_text

    assert merging._surnames_table([document_from_text(text, id="a")]).get("a", frozenset()) == ambiguous


def test_a_title_printed_before_a_given_name_in_another_article_is_one_persons() -> None:
    from timeline_app.core.documents import document_from_text

    one = document_from_text("President Omar Tarek spoke in Vell.", id="one")
    other = document_from_text("Omar Tarek spoke. Later President Tarek arrived to see Omar.", id="other")
    alone = document_from_text("Omar Tarek spoke. Later President Tarek arrived to see Omar.", id="alone")
    # (the pair "President Omar" is read from the first article; without it, the title is another person's)
    assert merging._surnames_table([one, other]) == {}
    assert merging._surnames_table([alone]) == {"alone": frozenset({"Tarek"})}


@pytest.mark.parametrize("texts", [
    ("The chancellor spoke in Vell.", "Chancellor Kohl arrived."),
    ("Chancellor Kohl arrived.", "The chancellor spoke in Vell."),
])
def test_a_title_printed_in_lower_case_in_any_article_is_a_title_whatever_their_order(texts: tuple[str, str]) -> None:
    from timeline_app.core.documents import document_from_text

    documents = [document_from_text(text, id=f"d{i}") for i, text in enumerate(texts)]
    assert merging._printed_titles(documents) == {"Chancellor"}


class _CountedPairs(set):
    """The article's (given name, middle name) pairs, counting the look-ups made in them."""
    looked = 0

    def __contains__(self, pair: object) -> bool:
        self.looked += 1
        return super().__contains__(pair)


@pytest.mark.parametrize("size", [200, 2_000])
def test_family_names_compare_each_given_name_with_few_people(size: int) -> None:
    # `size` given names of one family, none a short form of another: the count of two people stops the
    # comparisons, so the look-ups of pairs are as many for 2,000 names as for 200 (each name compared with
    # every person found before it would be quadratic; each with one, linear)
    letters = "abcdefghijklmnopqrst"
    names = {"Q" + a + b + c for a in letters for b in letters for c in letters}
    names = set(sorted(names)[:size])
    together = _CountedPairs()
    assert merging._two_people({"Smith": names}, {}, together) == {"Smith"}
    assert together.looked <= 4
