"""Merging reads each member of a group a bounded number of times however large the group grows (issue 10:
time linear in the articles). Counted, never timed."""
from __future__ import annotations

import datetime as dt

import pytest

import timeline_app.core.merging as merging
from timeline_app.core.extraction import Candidate
from timeline_app.core.model import Document, Mention, Precision

_FINE = "Weber launched the flagship boutique in Rome on June 19, 2024."
_COARSE = "Weber launched the flagship boutique in Rome in mid 2024."


def _candidate(doc_id: str, sentence: str, phrase: str, first: dt.date, last: dt.date, precision: Precision,
               **kw) -> Candidate:
    start = sentence.index(phrase)
    mention = Mention(doc_id, start, start + len(phrase), phrase, 0, len(sentence))
    return Candidate(mention, first, last, precision, "event", "Weber launches boutique", sentence,
                     frozenset({"Weber"}), **kw)


def _doc(doc_id: str) -> Document:
    return Document(doc_id, "", "x" * 80, "t", published=dt.date(2024, 7, 1))


def test_coarse_reports_fold_into_a_large_event_reading_it_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # One launch dated to the day by `fine` articles, and `coarse` articles dating it only roughly, each to
    # a window of its own (so each is a group of its own that folds into the day). Before, every fold read
    # the topic words of all the day's members again: fine × coarse passages; now each is read a few times.
    fine, coarse = 60, 60
    day = dt.date(2024, 6, 19)
    candidates = [_candidate(f"d{i}", _FINE, "June 19, 2024", day, day, Precision.DAY) for i in range(fine)]
    candidates += [_candidate(f"e{i}", _COARSE, "mid 2024", day - dt.timedelta(days=10 + i),
                              day + dt.timedelta(days=10 + i), Precision.MONTH, inferred=True)
                   for i in range(coarse)]
    read = []
    real = merging._topics
    monkeypatch.setattr(merging, "_topics", lambda text: read.append(text) or real(text))
    events = merging.merge(candidates, [_doc(f"d{i}") for i in range(fine)] + [_doc(f"e{i}") for i in range(coarse)])
    # All of them are one event (the folds happened), on the day.
    assert [(e.first, len(e.mentions)) for e in events] == [(day, fine + coarse)]
    assert len(read) <= 4 * (fine + coarse)


def test_the_anchors_segment_tree_gives_the_largest_row_of_any_range() -> None:
    # The most reported anchor among a name's groups within a range of dates (`_Anchors.best_remote`):
    # the tree that replaced a sparse table (n log n rows per common name) answers as a scan does.
    import random

    rng = random.Random(7)
    for n in (1, 2, 3, 5, 8, 13, 64, 100):
        scores = [(rng.randrange(4), rng.randrange(4), -k) for k in range(n)]
        tree = merging._max_tree(scores)
        for i in range(n):
            for j in range(i + 1, n + 1):
                assert merging._tree_max(tree, n, i, j) == max(scores[i:j])


def test_the_echo_of_a_date_in_a_run_on_sentence_reads_only_the_words_near_it(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # A pasted schedule with no full stop is one "sentence" of 100 KB holding thousands of dates: each date's
    # echo (the words printed beside it) copied and scanned that whole sentence, time quadratic in its length.
    from timeline_app.core.documents import document_from_text
    from timeline_app.core.extraction import extract_mentions
    from timeline_app.core.temporal import tag

    near = "Acme signed the supply deal with Boeing in Paris on June 3, 2024 after two years of talks"
    filler = "and the buses ran " * 3000
    text = "Deal\n\nJune 20, 2024\n\n" + filler + near + " " + filler + "."
    doc = document_from_text(text, id="run-on")
    found = [c for c in extract_mentions(doc, tag(doc.text, reference=doc.published))
             if c.mention.text == "June 3, 2024"]
    assert len(found) == 1 and found[0].mention.sentence_end - found[0].mention.sentence_start > 100_000
    run_on = found[0]
    short_doc = document_from_text("Deal\n\nJune 20, 2024\n\n" + near + ".", id="short")
    short = [c for c in extract_mentions(short_doc, tag(short_doc.text, reference=short_doc.published))
             if c.mention.text == "June 3, 2024"][0]
    expected = merging._echo(short)
    assert expected is not None

    def whole_sentence(self: Candidate) -> str:
        raise AssertionError("the echo copied the whole run-on sentence")

    monkeypatch.setattr(Candidate, "sentence", property(whole_sentence))
    assert merging._echo(run_on) == expected  # the same words, read from a window around the date


def test_one_persons_statements_in_one_article_are_not_compared_pairwise(
        tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Every statement by one person in one article shares the saying word and the name ("Dovan announced
    # Monday"): each new one was refused one by one against all the earlier ones under that pair (n² / 2
    # `_said_apart` calls, issue 7). They stay apart, as before, with a bounded number of calls each.
    from timeline_app.core import grammar
    from timeline_app.core.pipeline import build_timeline

    n = 200
    verbs = sorted(w for w in grammar._brill().lexicon.words_tagged(frozenset({"VB"}))
                   if w.isalpha() and w.islower() and len(w) > 4)[:n]
    assert len(verbs) == n
    (tmp_path / "a.txt").write_text("Minister sets out plans\n\nMarch 4, 2024\n\n" + "\n\n".join(
        f"Dovan announced Monday that the council would {verb} it." for verb in verbs) + "\n", encoding="utf-8")
    calls = []
    real = merging._said_apart
    monkeypatch.setattr(merging, "_said_apart", lambda *args: calls.append(1) or real(*args))
    events = build_timeline([tmp_path], cache=False).events
    assert len(events) >= n - n // 10
    assert len(calls) <= 4 * n


def test_an_articles_opening_sentences_are_found_once_per_merge(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Every group's title asks whether a member opens its article (`_title_score`): the article's headline
    # and lead were searched again for each group of several members, n such events of one article n searches.
    from timeline_app.core.pipeline import build_timeline

    n = 60
    (tmp_path / "a.txt").write_text("Vell council meets\n\nMarch 4, 2024\n\n" + "\n\n".join(
        f"Ara Dovan{i} visited Vell on March {1 + i % 28}, {1900 + i}. Dovan{i} was welcomed in Vell on March "
        f"{1 + i % 28}, {1900 + i}." for i in range(n)) + "\n", encoding="utf-8")
    calls = []
    real = merging._opening_starts
    monkeypatch.setattr(merging, "_opening_starts", lambda doc: calls.append(doc.id) or real(doc))
    events = build_timeline([tmp_path], cache=False).events
    assert len(events) >= n // 2
    assert len(calls) <= 4, len(calls)
