"""build_timeline: progress in characters through every stage, prompt cancellation, per-document failures."""
from __future__ import annotations

import re

import pytest

from timeline_app.core import documents, extraction, merging, pipeline, temporal
from timeline_app.core.model import Problem
from timeline_app.core.pipeline import build_timeline
from timeline_app.core.progress import PROGRESS_STEP, Cancelled

ARTICLE = ("{title}\n\nPublished June 20, 2024\n\n"
           "On June 19, 2024, the two leaders signed a defence pact in the capital. "
           "The treaty replaces an agreement signed in 1961.\n")
# One dated sentence in ten: dates throughout, but little for extraction to do, so the tests stay quick.
SENTENCE = ("On March 3, 2023, the ministers met in the capital and agreed to meet again in 2025.\n"
            + "The delegations talked at length about trade, roads and the weather in the old capital.\n" * 9)


@pytest.fixture
def folder(tmp_path):
    root = tmp_path / "articles"
    root.mkdir()
    (root / "a.txt").write_text(ARTICLE.format(title="Leaders sign a pact"), encoding="utf-8")
    (root / "b.txt").write_text(ARTICLE.format(title="Ministers meet"), encoding="utf-8")
    return root


@pytest.fixture
def big_folder(folder):
    # A few PROGRESS_STEPs of dated sentences: each long stage reports several times inside this one file.
    text = "A long record\n\n" + SENTENCE * (2 * PROGRESS_STEP // len(SENTENCE) + 3)
    (folder / "big.txt").write_text(text, encoding="utf-8")
    return folder


def test_progress_is_in_characters_across_every_stage_and_moves_within_a_large_file(big_folder):
    calls: list[tuple[int, int, str]] = []
    timeline = build_timeline([big_folder], progress=lambda d, t, label: calls.append((d, t, label)))
    assert len(timeline.documents) == 3 and timeline.events
    dones = [d for d, _t, _l in calls]
    assert dones == sorted(dones), "progress never goes back"
    assert all(0 <= d <= t for d, t, _l in calls)
    assert calls[-1][0] == calls[-1][1]  # finished is 100 %
    labels = [label for _d, _t, label in calls]
    assert any(label.startswith("Reading big.txt") for label in labels)
    for stage in ("Finding dates in big.txt", "Finding events in big.txt"):
        inside = [(d, label) for d, _t, label in calls if label.startswith(stage)]
        assert len({d for d, _l in inside}) >= 3, (stage, inside)  # the bar moves during the one file
        for _d, label in inside:
            assert re.fullmatch(rf"{stage} — [\d.]+ of [\d.]+ (KB|MB)", label), label
    assert any(label.startswith("Merging") for label in labels)
    # Reading every file comes first, then each document is tagged and then has its events found, then merging.
    order = [next(i for i, label in enumerate(labels) if label.startswith(s))
             for s in ("Reading", "Finding dates", "Finding events", "Merging")]
    assert order == sorted(order)


def test_the_bar_moves_between_reports_while_reading_analysing_and_merging(big_folder, monkeypatch):
    # Reading one file and merging report no progress of their own (a 10 MB article: ~10 s and ~100 s of a still
    # bar), and the analysis reports every PROGRESS_STEP characters (~0.5 s of CPU on dense news, seconds on a busy
    # machine): the build's checks for Cancel move it meanwhile, toward the step's end (the analysis' next report),
    # never past it, never back.
    from timeline_app.core import pipeline

    monkeypatch.setattr(pipeline, "PULSE_SECONDS", 0.0)  # (a pulse at every check: no waiting on the clock)
    calls: list[tuple[int, int, str]] = []
    build_timeline([big_folder], progress=lambda d, t, label: calls.append((d, t, label)), workers=1, cache=False)
    dones = [d for d, _t, _l in calls]
    assert dones == sorted(dones) and calls[-1][0] == calls[-1][1]
    big = [d for d, _t, label in calls if label.startswith("Reading big.txt")]
    assert len(set(big)) >= 3, big  # within the one file
    for stage in ("Finding dates in big.txt", "Finding events in big.txt"):
        inside = [(d, label) for d, _t, label in calls if label.startswith(stage)]
        # (each report names how far it is: a move under the same name is the checks' between two reports)
        assert len({d for d, _l in inside}) >= 3 * len({label for _d, label in inside}), (stage, inside)
    merge_start = next(i for i, (_d, _t, label) in enumerate(calls) if label.startswith("Dating the undated news"))
    merging = {d for d, t, _label in calls[merge_start:-1] if d < t}
    assert len(merging) >= 10, sorted(merging)


def test_reading_moves_the_bar_by_each_files_listed_size_without_stating_it_again(big_folder, monkeypatch):
    # The listing stat'ed every file already; the reading callback stat'ed each once more for its size.
    from timeline_app.core import pipeline

    restats: list[str] = []
    monkeypatch.setattr(pipeline, "_size", lambda path, limit: restats.append(path) or 0)
    calls: list[tuple[int, str]] = []
    build_timeline([big_folder], progress=lambda d, _t, label: calls.append((d, label)), workers=1, cache=False)
    reading: dict[str, int] = {}  # each file's first report (the bar may move on within a file: `creep_to`)
    for d, label in calls:
        if label.startswith("Reading"):
            reading.setdefault(re.match(r"Reading (\S+) — file", label)[1], d)
    reading = [(d, name) for name, d in reading.items()]
    sizes = {p.name: p.stat().st_size for p in big_folder.iterdir()}
    assert sorted(name for _d, name in reading) == sorted(sizes)
    before = 0
    for done, name in reading:  # each file's report stands where the files before it took the bar
        assert done == before, name
        before += sizes[name]
    assert restats == []


def _cancel_when(predicate):
    state = {"cancel": False, "after": 0}

    def progress(done: int, total: int, label: str) -> None:
        if state["cancel"]:
            state["after"] += 1  # a report after Cancel means work went on
        if predicate(label):
            state["cancel"] = True

    return state, progress, lambda: state["cancel"]


@pytest.mark.parametrize("when", [
    "Reading a.txt",  # while reading: must not go on to extract what was read
    "Finding dates in a.txt",  # between documents of a stage, with documents too small to report inside
    "Finding events in b.txt",
    "Merging",
])
def test_cancel_stops_between_documents_and_stages(folder, when):
    state, progress, cancelled = _cancel_when(lambda label: label.startswith(when))
    with pytest.raises(Cancelled):
        build_timeline([folder], progress=progress, cancelled=cancelled)
    assert state["cancel"] and state["after"] == 0


@pytest.mark.parametrize("when", ["Finding dates in big.txt", "Finding events in big.txt"])
def test_cancel_stops_inside_a_large_document(big_folder, when):
    seen: list[str] = []

    def progress(done: int, total: int, label: str) -> None:
        seen.append(label)

    def cancelled() -> bool:
        # Cancel once the stage has moved inside the big file.
        return sum(label.startswith(when) for label in seen) >= 2

    with pytest.raises(Cancelled):
        build_timeline([big_folder], progress=progress, cancelled=cancelled)
    assert sum(label.startswith(when) for label in seen) == 2


def _raise_for(doc_name: str, real):
    def fake(doc_or_text, *args, **kwargs):
        text = getattr(doc_or_text, "text", doc_or_text)
        if "Ministers meet" in text:
            raise RuntimeError(f"{doc_name} boom")
        return real(doc_or_text, *args, **kwargs)

    return fake


@pytest.mark.parametrize(("module", "name", "message"), [
    (extraction, "MentionWalk", "could not find events"),  # what analysis runs extraction by
    (temporal, "tag_stream", "could not find dates"),  # what analysis runs the tagger by
])
def test_a_failing_stage_on_one_document_is_that_documents_problem(folder, monkeypatch, module, name, message):
    monkeypatch.setattr(module, name, _raise_for("b", getattr(module, name)))
    timeline = build_timeline([folder])
    assert [d.id for d in timeline.documents] == ["a"]
    assert timeline.events and all(e.sources == ("a",) for e in timeline.events)
    [problem] = timeline.problems
    assert problem.path.endswith("b.txt") and problem.level == Problem.ERROR
    assert problem.message.startswith(f"{message}: RuntimeError: b boom")


def test_a_loader_failure_on_one_path_is_that_paths_problem(folder, tmp_path, monkeypatch):
    other = tmp_path / "other"
    other.mkdir()
    (other / "c.txt").write_text(ARTICLE.format(title="Third"), encoding="utf-8")
    real = documents.load_paths

    def fake(paths, **kwargs):
        if any(str(p).endswith("other") for p in paths):
            raise OSError("the disk went away")
        return real(paths, **kwargs)

    monkeypatch.setattr(documents, "load_paths", fake)
    timeline = build_timeline([folder, other])
    assert sorted(d.id for d in timeline.documents) == ["a", "b"]
    assert [p.path for p in timeline.problems] == [str(other)]
    assert "the disk went away" in timeline.problems[0].message


def _failing(*_args, **_kwargs):
    raise ValueError("cannot merge")


@pytest.mark.parametrize("step", ["add", "finish"])
def test_a_merge_failure_across_documents_still_shows_each_documents_events(folder, monkeypatch, step):
    # The merge across documents files candidates during the map (`add`) and builds the events after it
    # (`finish`): a failure in either falls back to each document merged on its own (`merging.merge`).
    monkeypatch.setattr(merging.Merger, step, _failing)
    timeline = build_timeline([folder], cache=False)
    assert sorted(d.id for d in timeline.documents) == ["a", "b"]
    assert {s for e in timeline.events for s in e.sources} == {"a", "b"}
    assert len({e.id for e in timeline.events}) == len(timeline.events)
    [problem] = timeline.problems
    assert "cannot merge" in problem.message and problem.level == Problem.WARNING


def test_a_merge_failure_everywhere_names_each_document(folder, monkeypatch):
    monkeypatch.setattr(merging.Merger, "finish", _failing)
    monkeypatch.setattr(merging, "merge", _failing)
    timeline = build_timeline([folder], cache=False)
    assert len(timeline.documents) == 2 and not timeline.events
    assert sorted(p.path.rsplit("/", 1)[-1] for p in timeline.problems if p.level == Problem.ERROR) == \
        ["a.txt", "b.txt"]


def _finish_failing_then(state: dict):
    def finish(*_args, **_kwargs):
        state["merge failed"] = True
        raise MemoryError("the merge ran out of memory")

    return finish


def test_a_document_whose_analysis_fails_again_after_the_merge_failed_is_its_own_problem(folder, monkeypatch):
    # The merger frees each document's candidates as it files them: a failed finish analyses the documents again
    # to show their events per article. One that fails then (memory is likely short) costs that document alone.
    from timeline_app.core import document_map

    state = {"merge failed": False}
    real = document_map.analyse_document

    def analyse(doc, **kwargs):
        if state["merge failed"] and doc.id == "b":
            raise MemoryError("still short of memory")
        return real(doc, **kwargs)

    monkeypatch.setattr(merging.Merger, "finish", _finish_failing_then(state))
    monkeypatch.setattr(document_map, "analyse_document", analyse)
    timeline = build_timeline([folder], cache=False, workers=1)
    assert sorted(d.id for d in timeline.documents) == ["a", "b"]
    assert timeline.events and {s for e in timeline.events for s in e.sources} == {"a"}
    warning, problem = timeline.problems
    assert warning.level == Problem.WARNING and "could not be merged across articles" in warning.message
    assert problem.path == str(folder / "b.txt") and problem.level == Problem.ERROR
    assert "still short of memory" in problem.message


@pytest.mark.parametrize("step", ["add", "finish"])
def test_merging_per_article_after_a_failed_merge_moves_the_bar_forward_as_merging(big_folder, monkeypatch, step):
    monkeypatch.setattr(merging.Merger, step, _finish_failing_then({}))
    calls: list[tuple[int, int, str]] = []
    timeline = build_timeline([big_folder], progress=lambda d, t, label: calls.append((d, t, label)),
                              cache=False, workers=1)
    assert {s for e in timeline.events for s in e.sources} == {"a", "b", "big"}
    dones = [d for d, _t, _l in calls]
    assert dones == sorted(dones), "progress never goes back"
    assert calls[-1][0] == calls[-1][1]
    merging_from = next(i for i, (_d, _t, label) in enumerate(calls) if label.startswith("Merging"))
    after = [label for _d, _t, label in calls[merging_from:-1]]
    assert all(label.startswith("Merging") for label in after), after
    per_article = [label for label in after if label.startswith("Merging events per article: big.txt")]
    # Analysed again (the candidates were freed), the big file moves the bar within its share of merging.
    assert len({d for d, _t, label in calls if label in per_article}) >= (3 if step == "finish" else 1)


def test_cancel_stops_inside_a_document_analysed_again_after_the_merge_failed(big_folder, monkeypatch):
    monkeypatch.setattr(merging.Merger, "finish", _finish_failing_then({}))
    seen = {"big": 0}

    def inside_big(label: str) -> bool:
        seen["big"] += label.startswith("Merging events per article: big.txt")
        return seen["big"] == 2  # within the file, not between documents

    state, progress, cancelled = _cancel_when(inside_big)
    with pytest.raises(Cancelled):
        build_timeline([big_folder], progress=progress, cancelled=cancelled, cache=False, workers=1)
    assert state["cancel"] and state["after"] == 0


def test_phrases_a_stage_could_not_read_are_counted_as_one_warning_per_document(folder, monkeypatch):
    """A phrase that fails in the tagger or in extraction is skipped; the user is told how many, per file."""
    real_tag = temporal.tag_stream  # what analysis runs the tagger by

    def tag_failing_twice(text, reference=None, *, on_error=None, **options):
        # (the tagger's other options passed through as they come: this test is about the errors)
        if on_error is not None and "Leaders" in text:
            on_error(3, ValueError("year -976 is out of range"))
            on_error(9, OverflowError("date value out of range"))
        return real_tag(text, reference, on_error=on_error, **options)

    monkeypatch.setattr(temporal, "tag_stream", tag_failing_twice)
    timeline = build_timeline([folder])
    warnings = [p for p in timeline.problems if p.level == Problem.WARNING]
    assert [p.path for p in warnings] == [str(folder / "a.txt")]
    assert "2 passages could not be read for dates" in warnings[0].message
    assert len(timeline.documents) == 2 and timeline.events


def test_an_event_whose_date_leaves_the_calendar_is_left_out_with_a_warning(tmp_path):
    (tmp_path / "a.txt").write_text("Visit\nJune 20, 2024\n\n"
                                   "It was his first visit to the island in 99999 years, officials said.\n",
                                   encoding="utf-8")
    timeline = build_timeline([tmp_path])
    assert [d.path for d in timeline.documents] == [str(tmp_path / "a.txt")]
    assert [(p.level, p.message) for p in timeline.problems] == [
        (Problem.WARNING, "1 event with a date outside the calendar (before year 1 or after 9999) was left out")]


# Two articles whose only events are their undated news (the day's happening, dated by the publication date).
NEWS_ARTICLES = {
    "a.txt": "Council approves harbour budget\n\nPublished June 20, 2024\n\n"
             "The city council approved the new budget for the harbour by six votes to two.\n",
    "b.txt": "Ministers meet over fishing quotas\n\nPublished June 20, 2024\n\n"
             "The fisheries ministers agreed new quotas for the northern waters after long talks.\n",
}


@pytest.fixture
def news_folder(tmp_path):
    root = tmp_path / "news"
    root.mkdir()
    for name, text in NEWS_ARTICLES.items():
        (root / name).write_text(text, encoding="utf-8")
    return root


class _FailingFor(dict):
    """An article's news items whose reading fails for one article (`failing`): a stand-in for any bug there."""

    def __init__(self, items: dict, failing: str) -> None:
        super().__init__(items)
        self.failing = failing

    def get(self, key, default=None):
        if key == self.failing:
            raise TypeError("unsupported operand type(s) for -: 'NoneType' and 'datetime.date'")
        return super().get(key, default)


def test_a_failure_in_one_articles_news_costs_that_articles_news_alone_and_names_its_file(news_folder, monkeypatch):
    from timeline_app.core import news

    real = news.resolve_news
    monkeypatch.setattr(news, "resolve_news", lambda items, *args, **kwargs: real(_FailingFor(items, "b"), *args,
                                                                                 **kwargs))
    timeline = build_timeline([news_folder], cache=False)
    assert {s for e in timeline.events for s in e.sources} == {"a"}  # a's news kept
    [problem] = timeline.problems
    assert problem.path.endswith("b.txt") and problem.level == Problem.WARNING
    assert "TypeError" in problem.message and "undated news" in problem.message


def test_an_article_whose_merge_fails_shows_its_candidates_unmerged(news_folder, monkeypatch):
    # The merge across articles fails, and then the per-article merge of b (a TypeError in one step that joins
    # candidates): b's candidates are shown each as its own event rather than b showing nothing.
    real = merging.merge

    def merge(candidates, documents, **kwargs):
        candidates = list(candidates)
        if documents[0].id == "b" and len(candidates) > 1:
            raise TypeError("'NoneType' object is not iterable")
        return real(candidates, documents, **kwargs)

    monkeypatch.setattr(merging.Merger, "finish", _failing)
    monkeypatch.setattr(merging, "merge", merge)
    timeline = build_timeline([news_folder], cache=False)
    assert {s for e in timeline.events for s in e.sources} == {"a", "b"}
    assert len({e.id for e in timeline.events}) == len(timeline.events)
    [problem] = [p for p in timeline.problems if p.path.endswith("b.txt")]
    assert "TypeError" in problem.message and "shown unmerged" in problem.message
    assert problem.level == Problem.WARNING  # (loaded, with a caveat: not counted as a file that failed)


def test_a_wait_for_the_pools_workers_moves_the_bar_toward_the_steps_end():
    # The pool's waits check for Cancel through `_Progress.check` (document_map: a big document's pieces, other
    # documents' tasks): at 10 MB in pieces the bar stood still for up to 13 s while the workers read a piece.
    shown: list[int] = []
    meter = pipeline._Progress(lambda done, total, label: shown.append(done), lambda: False, 1000)
    meter.report(10, "Finding events")
    meter.creep_to(500)
    for _ in range(3):
        meter._shown_at -= pipeline.PULSE_SECONDS  # (as if that long went by with no report)
        meter.check()
    assert shown[0] == 10 and len(shown) == 4 and shown[1] < shown[2] < shown[3] <= 500
    stop = pipeline._Progress(None, lambda: True, 1000)
    with pytest.raises(Cancelled):
        stop.check()
