"""Issue 9's "must hold", in the core: edit the seeds' timeline, save, reopen, add an article, re-read."""
from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from timeline_app.core.edits import EditedTimeline, date_value, event_edit, merge_edit
from timeline_app.core.model import Event, Mention, Precision, Timeline
from timeline_app.core.pipeline import build_timeline, seeds_dir
from timeline_app.core.project import Project

NEW_ARTICLE = """Lavrov Arrives in Pyongyang for Follow-Up Talks

Russian Foreign Minister Sergei Lavrov arrived in Pyongyang on 12 October 2024 for talks with his North
Korean counterpart. The two ministers signed a protocol on cultural exchanges on 13 October 2024.
"""


@pytest.fixture(scope="module")
def seeds_copy(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Timeline]:
    folder = tmp_path_factory.mktemp("articles")
    for f in seeds_dir().iterdir():
        shutil.copy(f, folder / f.name)
    return folder, build_timeline([folder])


def _holding(view: EditedTimeline, mention: Mention, hidden: bool = False) -> list[Event]:
    events = view.hidden if hidden else view.timeline.events
    return [e for e in events if mention in e.mentions]


def _five_edits(timeline: Timeline) -> dict[str, Event]:
    events = timeline.events
    # The visit: the event most articles report (not the most mentions: one article names the agreement
    # signed during it seven times, and its dated sentence is the visit's too).
    return {"title": max(events, key=lambda e: len(e.sources)), "date": events[0], "hide": events[-1],
            "merge": events[1], "merge_with": events[2], "note": events[3]}


def _check_five(view: EditedTimeline, chosen: dict[str, Event]) -> None:
    assert view.unapplied == ()
    [titled] = [e for e in _holding(view, chosen["title"].mentions[0]) if len(e.mentions) > 1]
    assert titled.title == "Putin in Pyongyang" and titled.edited
    [dated] = _holding(view, chosen["date"].mentions[0])
    assert (dated.first, dated.last, dated.precision) == (dt.date(1940, 1, 1), dt.date(1940, 12, 31),
                                                          Precision.YEAR)
    assert _holding(view, chosen["hide"].mentions[0]) == []
    assert [e.id for e in _holding(view, chosen["hide"].mentions[0], hidden=True)] == [chosen["hide"].id]
    [merged] = _holding(view, chosen["merge"].mentions[0])
    assert set(chosen["merge_with"].mentions) <= set(merged.mentions) and merged.id == chosen["merge"].id
    [noted] = _holding(view, chosen["note"].mentions[0])
    assert noted.note == "Ask the agency which deal this was."


def test_five_edits_survive_reopening_and_rereading_with_an_added_article(seeds_copy, tmp_path: Path):
    folder, timeline = seeds_copy
    chosen = _five_edits(timeline)
    assert len({e.id for e in chosen.values()}) == 6
    path = tmp_path / "seeds.timeline.sqlite"
    with Project.create(path, timeline, [str(folder)]) as project:
        project.add_edit(event_edit(timeline, chosen["title"], "title", {"title": "Putin in Pyongyang"}))
        project.add_edit(event_edit(timeline, chosen["date"], "date",
                                    date_value(dt.date(1940, 1, 1), dt.date(1940, 12, 31), "year")))
        project.add_edit(event_edit(timeline, chosen["hide"], "hide"))
        project.add_edit(merge_edit(timeline, [chosen["merge"], chosen["merge_with"]]))
        project.add_edit(event_edit(timeline, chosen["note"], "note",
                                    {"note": "Ask the agency which deal this was."}))
        _check_five(project.view(), chosen)

    with Project.open(path) as project:  # quit and relaunch
        assert project.sources == (str(folder.resolve()),) and len(project.edits()) == 5
        _check_five(project.view(), chosen)
        (folder / "005_lavrov.txt").write_text(NEW_ARTICLE, encoding="utf-8")
        try:
            reread = build_timeline(project.sources)
        finally:
            (folder / "005_lavrov.txt").unlink()  # the module's copy stays the seeds
        view = project.replace_results(reread)
        _check_five(view, chosen)
        new_events = [e for e in view.timeline.events if any(m.document.startswith("005_") for m in e.mentions)]
        assert {e.first for e in new_events} >= {dt.date(2024, 10, 12), dt.date(2024, 10, 13)}
        assert len(view.timeline.documents) == 6

    with Project.open(path) as project:  # the re-read results were stored
        assert len(project.results().documents) == 6
        _check_five(project.view(), chosen)


def test_an_edit_follows_a_changed_article_or_is_listed(seeds_copy, tmp_path: Path):
    _seeds, timeline = seeds_copy
    folder = tmp_path / "articles"
    shutil.copytree(_seeds, folder)
    timeline = build_timeline([folder])
    pact = next(d for d in timeline.documents if d.id.startswith("004_"))
    singles = [e for e in timeline.events if {m.document for m in e.mentions} == {pact.id}]
    near, later = singles[0], singles[-1]  # two events reported only by that article
    path = tmp_path / "p.timeline.sqlite"
    with Project.create(path, timeline, [str(folder)]) as project:
        project.add_edit(event_edit(timeline, near, "note", {"note": "kept"}))
        project.add_edit(event_edit(timeline, later, "star", {"starred": True}))
        # The article gains a paragraph at the top, and the sentence of `later` is reworded.
        text = Path(pact.path).read_text(encoding="utf-8")
        title, body = text.split("\n\n", 1)
        reworded = body.replace(later.mentions[0].text, f"{later.mentions[0].text} (corrected)", 1)
        assert reworded != body
        Path(pact.path).write_text(f"{title}\n\nEditor's note: updated on 1 July 2024.\n\n{reworded}",
                                   encoding="utf-8")
        view = project.replace_results(build_timeline(project.sources))
        [(unapplied, reason)] = view.unapplied
        assert unapplied.kind == "star" and "no longer among the sources, or its text has changed" in reason
        [noted] = [e for e in view.timeline.events if e.note == "kept"]
        assert noted.title == near.title and noted.mentions[0].text == near.mentions[0].text
    with Project.open(path) as project:  # the followed key was stored
        assert [e.note for e in project.view().timeline.events if e.note] == ["kept"]


# ---- a feed's entries are found again by their ids, wherever the feed moved them ----

FERRY = ("tag:example.org,2024:ferry", "Ferry service resumes",
         "The harbour ferry resumed service on 3 March 2024 after repairs to its hull.")
SCHOOL = ("tag:example.org,2024:school", "New school opens",
          "The new primary school opened on 8 April 2024 with 300 pupils.")
BRIDGE = ("tag:example.org,2024:bridge", "Bridge closes for works",
          "The old river bridge closed on 15 May 2024 for six months of repairs.")


def _feed(*entries: tuple[str, str, str]) -> str:
    items = "".join(f"<entry><id>{i}</id><title>{t}</title><link href='https://example.org/{i.rsplit(':', 1)[1]}'/>"
                    f"<updated>2024-06-01T00:00:00Z</updated><content type='text'>{b}</content></entry>"
                    for i, t, b in entries)
    return ("<?xml version='1.0'?><feed xmlns='http://www.w3.org/2005/Atom'><title>City</title><id>urn:city</id>"
            f"<updated>2024-06-01T00:00:00Z</updated>{items}</feed>")


def _event_of(timeline: Timeline, phrase: str) -> Event:
    return next(e for e in timeline.events if any(m.text == phrase for m in e.mentions))


@pytest.mark.parametrize("reopen", [False, True])
def test_an_edit_of_a_feed_entry_follows_that_entry_when_entries_are_added_and_it_changes(
        tmp_path: Path, reopen: bool) -> None:
    feed = tmp_path / "city.atom"
    feed.write_text(_feed(FERRY, SCHOOL, BRIDGE), encoding="utf-8")
    timeline = build_timeline([feed])
    school = _event_of(timeline, "8 April 2024")
    assert [timeline.document(m.document).part_key for m in school.mentions] == [f"id {SCHOOL[0]}"]
    path = tmp_path / "city.timeline.sqlite"
    project = Project.create(path, timeline, [str(feed)])
    try:
        project.add_edit(event_edit(timeline, school, "title", {"title": "School opens (checked)"}))
        if reopen:  # quit and relaunch: the entries' keys come from the project file
            project.close()
            project = Project.open(path)
            assert f"id {SCHOOL[0]}" in {d.part_key for d in project.results().documents}
        # A new entry at the top that quotes the school's sentence word for word, and the school's entry
        # updated: entry 2 is now entry 3, and its sentence is in two changed entries of the file.
        quoting = ("tag:example.org,2024:roundup", "Week in review", f"In case you missed it: {SCHOOL[2]}")
        updated = (*SCHOOL[:2], SCHOOL[2] + " Parents praised the new library.")
        feed.write_text(_feed(quoting, FERRY, updated, BRIDGE), encoding="utf-8")
        view = project.replace_results(build_timeline(project.sources))
    finally:
        project.close()
    assert view.unapplied == ()
    [titled] = [e for e in view.timeline.events if e.title == "School opens (checked)"]
    assert {view.timeline.document(m.document).part_key for m in titled.mentions} == {f"id {SCHOOL[0]}"}
    assert [view.timeline.document(m.document).id for m in titled.mentions] == ["city-3"]


def test_an_edit_of_a_dropped_entry_never_moves_to_another_entry_quoting_it(tmp_path: Path) -> None:
    feed = tmp_path / "city.atom"
    feed.write_text(_feed(FERRY, SCHOOL, BRIDGE), encoding="utf-8")
    timeline = build_timeline([feed])
    bridge = _event_of(timeline, "15 May 2024")
    path = tmp_path / "city.timeline.sqlite"
    with Project.create(path, timeline, [str(feed)]) as project:
        project.add_edit(event_edit(timeline, bridge, "note", {"note": "Call the council."}))
        # The bridge's entry leaves the feed; the ferry's entry, now the last, quotes its sentence.
        feed.write_text(_feed(SCHOOL, (*FERRY[:2], FERRY[2] + " " + BRIDGE[2])), encoding="utf-8")
        view = project.replace_results(build_timeline(project.sources))
        [(edit, _reason)] = view.unapplied
        assert edit.kind == "note"
        assert not [e for e in view.timeline.events if e.note]
        assert len(project.edits()) == 1  # kept, to apply again if the entry comes back
