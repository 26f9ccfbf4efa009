"""The per-document map's faster paths give exactly what the definitions they replace give (issue 7 speed)."""
from __future__ import annotations

import random

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
    """Extraction tags the dated sentences, then news tags them all: with more sentences than the caches of
    tokens and analyses hold (2,048), the tags memo keeps the tagger from running on one sentence twice."""
    from timeline_app.core import grammar, news
    from timeline_app.core.documents import document_from_text
    from timeline_app.core.temporal import tag

    grammar._tag_cached.cache_clear()
    grammar.analyse_sentence.cache_clear()
    tagged: dict[tuple[str, ...], int] = {}
    real = grammar._tags

    def counting(words: list[str]) -> list[str]:
        tagged[tuple(words)] = tagged.get(tuple(words), 0) + 1
        return real(words)

    monkeypatch.setattr(grammar, "_tags", counting)
    doc = document_from_text(_long_article(3600), id="long")  # 2,400 dated sentences
    expressions = tag(doc.text, reference=doc.published)
    extraction.extract_mentions(doc, expressions)
    news.find_news(doc, expressions)
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
