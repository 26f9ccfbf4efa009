"""Issue 7 (speed): merging tags titles and sentences the walks tagged already (a title by extraction's
`_tells_no_act`, then by merging's title tests); the pipeline keeps the tags memo for it when it lets the
analyses go, so no word sequence of a build of small articles is run through the tagger twice, and the timeline
is the one a build without the memo makes."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from timeline_app.core import grammar, pipeline
from timeline_app.core.export import timeline_json
from timeline_app.core.pipeline import build_timeline

FIXTURES = Path(__file__).parent / "fixtures"
# Small articles whose titles and sentences merging tags again (each had repeats before the memo was kept).
FOLDERS = ["headline_titles", "reaction_acts", "follow_ups", "same_day_happenings", "older_dated_lines"]


@pytest.fixture(autouse=True)
def _serial_and_uncached(monkeypatch):
    monkeypatch.setenv("TIMELINE_APP_CACHE", "0")
    grammar.release_caches()
    yield
    grammar.release_caches()


@pytest.mark.parametrize("folder", FOLDERS)
def test_no_word_sequence_is_tagged_twice_in_a_build(folder: str, monkeypatch) -> None:
    tagged: Counter[tuple[str, ...]] = Counter()
    real = grammar._tags

    def counting(words: list[str]) -> list[str]:
        tagged[tuple(words)] += 1
        return real(words)

    monkeypatch.setattr(grammar, "_tags", counting)
    timeline = build_timeline([FIXTURES / folder], workers=1, cache=False)
    assert timeline.events and tagged
    assert [words for words, n in tagged.items() if n > 1] == []
    # Merging's end empties the memo with the other sentence caches (its peak is past the titles).
    assert not grammar._TAG_MEMO.by_sentence and grammar.analyse_sentence.cache_info().currsize == 0


@pytest.mark.parametrize("folder", FOLDERS)
def test_the_kept_tags_give_the_timeline_a_fresh_tagging_gives(folder: str, monkeypatch) -> None:
    kept = timeline_json(build_timeline([FIXTURES / folder], workers=1, cache=False))

    def release_all(**_options: bool) -> None:
        grammar.release_caches()
        from timeline_app.core import extraction
        extraction.release_caches()

    monkeypatch.setattr(pipeline, "_release_sentence_analyses", release_all)
    fresh = timeline_json(build_timeline([FIXTURES / folder], workers=1, cache=False))
    assert kept == fresh and '"title"' in kept


def test_only_the_analyses_go_when_the_tags_are_kept() -> None:
    sentence = "The council voted on Friday to close the plant, officials said."
    grammar.analyse_sentence(sentence)
    pipeline._release_sentence_analyses(keep_tags=True)
    assert sentence in grammar._TAG_MEMO.by_sentence
    assert grammar.analyse_sentence.cache_info().currsize == 0 and grammar._tag_cached.cache_info().currsize == 0
    pipeline._release_sentence_analyses()  # (before a big document's candidates are filed: everything goes)
    assert not grammar._TAG_MEMO.by_sentence


@pytest.mark.parametrize("budget, kept", [(128 * 1024, True), (200, False)],
                         ids=["small articles", "an article longer than the memos' budget"])
def test_the_tags_are_kept_for_merging_only_when_every_article_is_small(budget: int, kept: bool,
                                                                        monkeypatch) -> None:
    """A document longer than the memos' budget fills the memo with its own sentences (and its filing is the run's
    peak): every release then empties the tags memo too, as before it was kept."""
    asked: list[bool] = []
    real = pipeline._release_sentence_analyses

    def releasing(*, keep_tags: bool = False) -> None:
        asked.append(keep_tags)
        real(keep_tags=keep_tags)

    monkeypatch.setattr(pipeline, "_MEMO_CHARS", budget)
    monkeypatch.setattr(pipeline, "_release_sentence_analyses", releasing)
    folder = FIXTURES / "headline_titles"
    assert max(len(p.read_text(encoding="utf-8")) for p in folder.iterdir() if p.is_file()) > 200
    assert build_timeline([folder], workers=1, cache=False).events
    assert asked and all(keep is kept for keep in asked)
