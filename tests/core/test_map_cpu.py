"""The per-document map's faster paths give exactly what the definitions they replace give (issue 7 speed)."""
from __future__ import annotations

import random
import re

import pytest

from timeline_app.core import extraction


def _long_article(sentences: int) -> str:
    """An article of more distinct dated and undated sentences than the caches of tokens and analyses hold."""
    rng = random.Random(11)
    people = ["Ana Ruiz", "Li Wei", "Omar Haddad", "Kim Berg", "Ravi Nair", "Eva Novak"]
    places = ["Oslo", "Lima", "Hanoi", "Cairo", "Quito", "Accra"]
    months = ["January", "March", "May", "July", "September", "November"]
    body = []
    for n in range(sentences):
        person, place = rng.choice(people), rng.choice(places)
        if n % 3:
            body.append(f"{person} visited {place} on {rng.choice(months)} {rng.randint(1, 28)}, "
                        f"{rng.randint(1990, 2020)}, for talks number {n}.")
        else:
            body.append(f"{person} opened a school in {place} with {n} pupils.")
    return "Talks in the capital\nThursday, June 20, 2024\n\n" + "\n\n".join(body)


def test_each_sentence_of_a_long_article_is_tagged_once(monkeypatch):
    """Extraction and news read a document in step (`analysis.analyse_document`), each tagging the sentences it
    reads: with more sentences than the caches of tokens and analyses (512) and the tags memo (2,048) hold, no
    sentence is run through the tagger twice."""
    from timeline_app.core import grammar
    from timeline_app.core.analysis import analyse_document
    from timeline_app.core.documents import document_from_text

    grammar._tag_cached.cache_clear()
    grammar.analyse_sentence.cache_clear()
    grammar._TAG_MEMO.clear()
    tagged: dict[tuple[str, ...], int] = {}
    real = grammar._tags

    def counting(words: list[str]) -> list[str]:
        tagged[tuple(words)] = tagged.get(tuple(words), 0) + 1
        return real(words)

    monkeypatch.setattr(grammar, "_tags", counting)
    doc = document_from_text(_long_article(3600), id="long")  # 2,400 dated sentences
    assert analyse_document(doc).candidates
    assert len(tagged) > 3600
    assert max(tagged.values()) == 1
    # Released with the caches (as the pipeline releases them before merging).
    assert grammar._TAG_MEMO.by_sentence and grammar.analyse_sentence.cache_info().currsize > 0
    grammar.release_caches()
    assert not grammar._TAG_MEMO.by_sentence and grammar._tag_cached.cache_info().currsize == 0
    assert grammar.analyse_sentence.cache_info().currsize == 0


def test_a_remembered_sentence_gets_the_tags_the_tagger_gives():
    from timeline_app.core import grammar

    sentences = [f"The {w} council, which met on Friday, voted {n} to 2 against it." for n, w in
                 enumerate(["city", "county", "Running", "late", "can", "iron"])] + ["", "?!", "Don't go."]
    grammar._tag_cached.cache_clear()
    grammar._TAG_MEMO.clear()  # (a build before this test may keep its tags for merging: `release_analyses`)
    first = [grammar._tag_cached.__wrapped__(s) for s in sentences]  # tagged, remembered
    assert len(grammar._TAG_MEMO.by_sentence) == len([s for s in sentences if s])
    again = [grammar._tag_cached.__wrapped__(s) for s in sentences]  # from the memo
    grammar._TAG_MEMO.clear()
    fresh = [grammar._tag_cached.__wrapped__(s) for s in sentences]
    assert first == again == fresh
    assert any(len(t) > 5 for t in first)


def test_the_main_group_is_found_once_per_analysis(monkeypatch):
    from timeline_app.core import grammar, news

    sentence = "The council, which met on Friday, voted to close the plant, officials said."
    a = grammar.SentenceAnalysis(grammar._tag_cached.__wrapped__(sentence))
    found: list[int] = []
    real = news._main_group

    def counting(analysis):
        found.append(1)
        return real(analysis)

    monkeypatch.setattr(news, "_main_group", counting)
    first = news.main_group(a)
    assert first is not None and first.text == "voted"
    assert news.main_group(a) is first and len(found) == 1
    other = grammar.SentenceAnalysis(list(a.tokens))
    assert news.main_group(other) == first and len(found) == 2  # another analysis: not the memo's


def test_actors_are_the_same_set_cached_or_not():
    text = "Shares of Acme fell on the New York Stock Exchange, and Putin met Xi in Beijing on Monday's summit."
    assert extraction.actors_in(text) == extraction._actors_in(text) == extraction.actors_in(text)
    long_text = text * 40  # a run-on "sentence": read, never kept
    extraction._sentence_actors.cache_clear()
    assert extraction.actors_in(long_text) == extraction._actors_in(long_text)
    assert extraction._sentence_actors.cache_info().currsize == 0


# --- kinds: the "step down"/"took office" scan is skipped where no word can open it (stop 12) ---------------
@pytest.mark.parametrize("text, expected", [
    ("The minister stepped down on Friday.", "resignation"),
    ("The minister Stepped  Down on Friday.", "resignation"),
    ("She took office in 2004.", "resignation"),
    ("She TAKES office in 2004.", "resignation"),
    ("He will step down in May.", "resignation"),
    ("The minister stepped\ndown on Friday.", "resignation"),
    ("The minister footstepped down on Friday.", "event"),  # no word boundary before "stepped"
    ("The minister stepped downward on Friday.", "event"),
    ("The troops stepped up the attack on Friday.", "conflict"),
    ("She took the office in 2004.", "event"),
    # IGNORECASE reads the long s as an "s" and the Kelvin sign as a "k": still a match, as before
    ("The minister ſtepped down on Friday.", "resignation"),
    ("She ta\u212ae office in 2004.", "resignation"),
    ("Talks on trade began on Friday.", "economy"),  # "trade" is nearer than "Talks"
])
def test_kind_near_multiword_phrases(text, expected):
    day = text.index("on Friday") if "Friday" in text else text.index("in ")
    assert extraction.kind_near(text, day, day + 9, 0, len(text)) == expected


class _OpenerInEveryWindow(frozenset):
    """`_MULTIWORD_OPENERS` that says every window holds an opener: kind_near then scans every window for
    the multi-word pattern, as before the opener check."""

    def isdisjoint(self, other) -> bool:  # noqa: ARG002 - every window "has" an opener
        return False


def test_kind_near_is_what_scanning_every_window_gives(monkeypatch):
    """Random texts of the openers, their look-alikes and separators, random windows cutting words: the
    kinds found with the opener check are those found scanning every window."""
    words = ("step stepped steps Step STEPPED steped down Down took take takes TAKES office Office ſtep "
             "ta\u212ae xstep stepx 2step step_ é visit met said 2004 resigned elected killed").split()
    seps = [" ", "  ", ",", ", ", ";", "-", "\n", "_", "é"]
    rng = random.Random(12)
    cases = []
    for _ in range(20000):
        text = "".join(rng.choice(words) + rng.choice(seps) for _ in range(rng.randint(1, 12)))
        n = len(text)
        start = rng.randint(0, n)
        end = rng.randint(start, n)
        lo = rng.randint(0, n)
        hi = rng.randint(lo, n)
        cases.append((text, start, end, lo, hi))
    checked = [extraction.kind_near(*case) for case in cases]
    with monkeypatch.context() as patch:
        patch.setattr(extraction, "_MULTIWORD_OPENERS", _OpenerInEveryWindow(extraction._MULTIWORD_OPENERS))
        for case, kind in zip(cases, checked):
            assert extraction.kind_near(*case) == kind, case
    # (the cases do depend on the multi-word scan: without its matches, some kinds differ)
    monkeypatch.setattr(extraction, "_KIND_MULTIWORD", re.compile(r"(?!)"))
    assert any(extraction.kind_near(*case) != kind for case, kind in zip(cases, checked))


# --- kinds of titles: read from the title's start, the first kind word is the nearest (issue 7) --------------
@pytest.mark.parametrize("title, expected", [
    ("Putin visits Beijing for trade talks", "visit"),  # the first kind word, not a later one
    ("Smith took office after the election", "resignation"),  # a two-word kind before a one-word one
    ("Jones, who won the vote, stepped down", "election"),  # a comma weighs, but the first word is still nearest
    ("The minister ſtepped down after the vote", "resignation"),  # the long s read as an "s", as kind_near does
    ("The bridge opens to traffic", "founding"),
    ("Officials say little", "event"),
    ("", "event"),
])
def test_title_kind(title, expected):
    assert extraction.title_kind(title) == expected == extraction.kind_near(title, 0, 0, 0, len(title))


def test_title_kind_is_kind_near_from_the_start():
    """Random titles of kind words, two-word kinds, their look-alikes and separators, some longer than
    kind_near's reach of 160 characters: `title_kind`'s reading of a title's words (`_title_kind`; `title_kind`
    reads a reporting frame's content first) gives what `kind_near(title, 0, 0, 0, len(title))` gives."""
    words = ("step stepped Steps down took TAKES office ſtep ta\u212ae xstep 2step visit visited met talks said "
             "2004 resigned elected killed attack the a Smith").split()
    seps = [" ", "  ", ",", ", ", ";", "-", "\n", "é"]
    rng = random.Random(7)
    for _ in range(20000):
        title = "".join(rng.choice(words) + rng.choice(seps) for _ in range(rng.randint(0, 40)))
        assert extraction._title_kind(title) == extraction.kind_near(title, 0, 0, 0, len(title)), title


# --- news: a body sentence's past verbs are judged once per word (stop 12) ------------------------------------
@pytest.mark.parametrize("sentence, expected", [
    ("The company closed the plant.", True),
    ("The mayor said the plant was old.", True),  # a reporting verb may frame a statement (its state is refused later)
    ("The plant was old, the mayor said.", False),  # a reporting verb that frames nothing, and a state
    ("He had two cars.", False),
    ("The ministry denied the report.", True),  # a speech act reports a happening
    ("The police warned residents.", True),
    ("Prices are high.", False),  # no past form
    ("Officials believed the claim.", False),
    ("Rebels attacked the town and burned houses.", True),
])
def test_may_report(sentence, expected):
    from timeline_app.core import news

    assert news._may_report(sentence) is expected


def test_may_report_word_is_bounded_and_answers_as_the_lemmas_say():
    from timeline_app.core import news

    assert news._may_report_word.cache_info().maxsize == 4096
    for word in ("said", "told", "was", "had", "denied", "warned", "closed", "fled", "believed", "Said"):
        lemmas = news._lemmas(word)
        expected = not (lemmas & (news.REPORTING_LEMMAS | news.STATIVE_LEMMAS)) \
            or bool(lemmas & news._SPEECH_ACT_LEMMAS)
        assert news._may_report_word(word) is expected, word


# --- share_strings: the loop inlined (stop 12) -----------------------------------------------------------------
def test_share_strings_makes_equal_values_one_object():
    from timeline_app.core.extraction import Candidate, share_strings
    from timeline_app.core.model import Mention, Precision
    import datetime as dt

    def fresh(s: str) -> str:
        return "".join(list(s))  # an equal string, another object

    def cand(n: int) -> Candidate:
        m = Mention("d", n, n + 4, fresh("2004"), 0, 40, dated=True, inferred=False)
        return Candidate(m, dt.date(2004, 1, 1), dt.date(2004, 12, 31), Precision.YEAR, "event",
                         fresh("Ana visits Oslo"), fresh("Ana visited Oslo in 2004."), frozenset({fresh("Ana")}),
                         explanation=fresh(""))
    a, b = cand(1), cand(2)
    before = (a, b)
    assert a.title is not b.title and a.mention.text is not b.mention.text
    share_strings([a, b])
    assert (a, b) == before
    for name in ("title", "sentence", "explanation", "actors"):
        assert getattr(a, name) is getattr(b, name), name
    assert a.mention.text is b.mention.text
    c, d = cand(3), cand(4)
    share_strings([c, d], phrases=False, fields=("title",))
    assert c.title is d.title and c.sentence is not d.sentence and c.mention.text is not d.mention.text
    seen: dict = {}
    share_strings([c], seen)
    share_strings([d], seen)  # carried over calls
    assert c.sentence is d.sentence and c.mention.text is d.mention.text
