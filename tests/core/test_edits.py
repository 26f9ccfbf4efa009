"""The edits layer: each kind of edit, edits in sequence, and edits that no longer find their passage."""
from __future__ import annotations

import datetime as dt
import random
from dataclasses import replace

import pytest

from timeline_app.core.edits import (Edit, apply_edits, date_value, describe_edit, document_hash, event_edit,
                                     follow_changed_documents,
                                     event_keys, mention_key, mention_title, merge_edit, new_event_edit,
                                     split_edit)
from timeline_app.core.model import Document, Event, Mention, Precision, Sentence, Timeline

D = dt.date

VISIT_TEXT = ("On 19 June 2024 Putin visited Pyongyang. It was his first visit since 2000. "
              "A defence pact was signed on 19 June 2024. Talks went on until 20 June 2024.")
REPORT_TEXT = "Kim met Putin in Pyongyang on June 19, 2024. Their last meeting was in September 2023."


def _sentences(text: str) -> tuple[Sentence, ...]:
    out, start = [], 0
    for i, ch in enumerate(text):
        if ch == "." and (i + 1 == len(text) or text[i + 1] == " "):
            out.append(Sentence(start, i + 1))
            start = i + 2
    return tuple(out)


VISIT = Document("visit", "/news/visit.txt", VISIT_TEXT, "Putin visits", D(2024, 6, 20), _sentences(VISIT_TEXT))
REPORT = Document("report", "/news/report.txt", REPORT_TEXT, "Kim meets Putin", D(2024, 6, 21),
                  _sentences(REPORT_TEXT))


def _mention(document: Document, phrase: str, nth: int = 0) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = document.text.index(phrase, start + 1)
    end = start + len(phrase)
    sentence = document.sentence_at(start)
    return Mention(document.id, start, end, phrase, sentence.start, sentence.end)


VISIT_M1 = _mention(VISIT, "19 June 2024")
REPORT_M1 = _mention(REPORT, "June 19, 2024")
PACT_M = _mention(VISIT, "19 June 2024", 1)
SINCE_M = _mention(VISIT, "2000")
TALKS_M = _mention(VISIT, "20 June 2024")
LAST_M = _mention(REPORT, "September 2023")

EVENTS = {
    "since": Event("ev-since", "Putin visited North Korea", D(2000, 1, 1), D(2000, 12, 31), Precision.YEAR,
                   (SINCE_M,), inferred=True, explanation="24 years before"),
    "last": Event("ev-last", "Kim and Putin last met", D(2023, 9, 1), D(2023, 9, 30), Precision.MONTH, (LAST_M,)),
    # The pact's mention also reports the visit (an agreement signed during a visit).
    "pact": Event("ev-pact", "Defence pact signed", D(2024, 6, 19), D(2024, 6, 19), Precision.DAY, (PACT_M,)),
    "visit": Event("ev-visit", "Putin visits Pyongyang", D(2024, 6, 19), D(2024, 6, 19), Precision.DAY,
                   (VISIT_M1, REPORT_M1, PACT_M)),
    "talks": Event("ev-talks", "Talks end", D(2024, 6, 20), D(2024, 6, 20), Precision.DAY, (TALKS_M,)),
}
TIMELINE = Timeline((VISIT, REPORT), tuple(EVENTS.values()))


def _by_title(edited, title: str) -> Event:
    [event] = [e for e in edited.timeline.events if e.title == title]
    return event


def _by_id(events, event_id: str) -> Event:
    [event] = [e for e in events if e.id == event_id]
    return event


def test_keys_are_content_hash_and_offsets():
    h = document_hash(VISIT)
    assert len(h) == 64 and h == document_hash(replace(VISIT, id="other", path="/elsewhere.txt"))
    assert h != document_hash(REPORT)
    assert mention_key(VISIT, VISIT_M1) == (h, VISIT_M1.start, VISIT_M1.end)
    assert event_keys(TIMELINE, EVENTS["visit"]) == (
        (h, VISIT_M1.start, VISIT_M1.end), (document_hash(REPORT), REPORT_M1.start, REPORT_M1.end),
        (h, PACT_M.start, PACT_M.end))


def test_no_edits_is_the_timeline_itself():
    edited = apply_edits(TIMELINE, [])
    assert edited.timeline is TIMELINE and edited.hidden == () and edited.unapplied == ()


@pytest.mark.parametrize("kind, value, expected", [
    ("title", {"title": "  Putin in Pyongyang "}, {"title": "Putin in Pyongyang", "edited": True}),
    ("date", date_value(D(2024, 6, 18), D(2024, 6, 19), "day"),
     {"first": D(2024, 6, 18), "last": D(2024, 6, 19), "precision": Precision.DAY, "edited": True}),
    ("date", date_value(D(2024, 6, 1), D(2024, 6, 30), Precision.MONTH),
     {"first": D(2024, 6, 1), "precision": Precision.MONTH, "edited": True}),
    ("note", {"note": "check with the embassy"}, {"note": "check with the embassy", "edited": False}),
    ("star", {"starred": True}, {"starred": True, "edited": False}),
])
def test_each_event_edit_sets_its_field(kind, value, expected):
    edited = apply_edits(TIMELINE, [event_edit(TIMELINE, EVENTS["visit"], kind, value)])
    event = _by_id(edited.timeline.events, "ev-visit")
    assert {k: getattr(event, k) for k in expected} == expected
    assert edited.unapplied == ()
    others = [e for e in edited.timeline.events if e.id != "ev-visit"]
    assert others == [e for e in TIMELINE.events if e.id != "ev-visit"]


def test_a_date_edit_clears_inferred_and_resorts():
    edit = event_edit(TIMELINE, EVENTS["since"], "date", date_value(D(2025, 1, 1), D(2025, 12, 31), "year"))
    edited = apply_edits(TIMELINE, [edit])
    assert [e.id for e in edited.timeline.events] == ["ev-last", "ev-pact", "ev-visit", "ev-talks", "ev-since"]
    moved = edited.timeline.events[-1]
    assert (moved.inferred, moved.edited, moved.first) == (False, True, D(2025, 1, 1))


def test_one_key_finds_the_event_when_the_others_are_gone():
    key = mention_key(REPORT, REPORT_M1)
    edited = apply_edits(TIMELINE, [Edit("title", (("0" * 64, 1, 2), key), {"title": "Summit"})])
    assert _by_id(edited.timeline.events, "ev-visit").title == "Summit"


def test_a_shared_mention_finds_the_event_the_edit_named():
    # The pact's one mention also reports the visit: its keys name the pact, the visit's keys the visit.
    edits = [event_edit(TIMELINE, EVENTS["pact"], "title", {"title": "Pact"}),
             event_edit(TIMELINE, EVENTS["visit"], "title", {"title": "Visit"})]
    edited = apply_edits(TIMELINE, edits)
    assert _by_id(edited.timeline.events, "ev-pact").title == "Pact"
    assert _by_id(edited.timeline.events, "ev-visit").title == "Visit"


def test_edits_apply_in_sequence():
    edits = [event_edit(TIMELINE, EVENTS["talks"], "title", {"title": "First"}),
             event_edit(TIMELINE, EVENTS["talks"], "note", {"note": "a"}),
             event_edit(TIMELINE, EVENTS["talks"], "title", {"title": "Second"}),
             event_edit(TIMELINE, EVENTS["talks"], "note", {"note": ""}),
             event_edit(TIMELINE, EVENTS["talks"], "star", {"starred": True}),
             event_edit(TIMELINE, EVENTS["talks"], "star", {"starred": False})]
    talks = _by_id(apply_edits(TIMELINE, edits).timeline.events, "ev-talks")
    assert (talks.title, talks.note, talks.starred, talks.edited) == ("Second", "", False, True)


def test_hide_then_unhide():
    hide = event_edit(TIMELINE, EVENTS["since"], "hide")
    edited = apply_edits(TIMELINE, [hide])
    assert "ev-since" not in {e.id for e in edited.timeline.events}
    assert [e.id for e in edited.hidden] == ["ev-since"]
    # A hidden event can still be edited, and comes back with the edit.
    rename = event_edit(TIMELINE, EVENTS["since"], "title", {"title": "Putin's 2000 visit"})
    unhide = event_edit(TIMELINE, EVENTS["since"], "unhide")
    edited = apply_edits(TIMELINE, [hide, rename, unhide])
    assert edited.hidden == () and _by_id(edited.timeline.events, "ev-since").title == "Putin's 2000 visit"
    assert [e.id for e in edited.timeline.events] == [e.id for e in TIMELINE.events]


def test_merge_keeps_the_first_event_and_every_mention():
    edited = apply_edits(TIMELINE, [merge_edit(TIMELINE, [EVENTS["talks"], EVENTS["last"]])])
    ids = [e.id for e in edited.timeline.events]
    assert "ev-last" not in ids and len(ids) == len(TIMELINE.events) - 1
    merged = _by_id(edited.timeline.events, "ev-talks")
    assert (merged.title, merged.first, merged.edited) == ("Talks end", D(2024, 6, 20), True)
    assert set(merged.mentions) == {TALKS_M, LAST_M}
    assert merged.sources == ("report", "visit")  # mentions in (document, offset) order


def test_merge_of_an_event_whose_only_mention_is_shared():
    # The pact's only mention is one of the visit's: the sizes say which keys were which event.
    edited = apply_edits(TIMELINE, [merge_edit(TIMELINE, [EVENTS["visit"], EVENTS["pact"]])])
    assert "ev-pact" not in {e.id for e in edited.timeline.events}
    assert set(_by_id(edited.timeline.events, "ev-visit").mentions) == set(EVENTS["visit"].mentions)


def test_merge_without_group_sizes_covers_the_keys_with_the_best_fitting_events():
    keys = event_keys(TIMELINE, EVENTS["pact"]) + event_keys(TIMELINE, EVENTS["talks"])
    edited = apply_edits(TIMELINE, [Edit("merge", keys)])
    ids = {e.id for e in edited.timeline.events}
    assert "ev-visit" in ids and "ev-talks" not in ids
    assert set(_by_id(edited.timeline.events, "ev-pact").mentions) == {PACT_M, TALKS_M}


def test_merge_joins_notes_and_stars():
    edits = [event_edit(TIMELINE, EVENTS["talks"], "note", {"note": "one"}),
             event_edit(TIMELINE, EVENTS["last"], "note", {"note": "two"}),
             event_edit(TIMELINE, EVENTS["last"], "star", {"starred": True}),
             merge_edit(TIMELINE, [EVENTS["talks"], EVENTS["last"]])]
    merged = _by_id(apply_edits(TIMELINE, edits).timeline.events, "ev-talks")
    assert (merged.note, merged.starred) == ("one\n\ntwo", True)


def test_merge_then_split():
    merged_timeline = apply_edits(TIMELINE, [merge_edit(TIMELINE, [EVENTS["talks"], EVENTS["last"]])]).timeline
    merged = _by_id(merged_timeline.events, "ev-talks")
    # The UI builds the split from what it shows: the merged event.
    split = split_edit(merged_timeline, merged, LAST_M)
    edited = apply_edits(TIMELINE, [merge_edit(TIMELINE, [EVENTS["talks"], EVENTS["last"]]), split])
    talks = _by_id(edited.timeline.events, "ev-talks")
    [new] = [e for e in edited.timeline.events if e.id.startswith("ev-split-")]
    assert talks.mentions == (TALKS_M,) and new.mentions == (LAST_M,)
    assert (new.title, new.first, new.edited) == ("Talks end", D(2024, 6, 20), True)
    # An edit naming the split-off passage now finds the new event.
    renamed = apply_edits(TIMELINE, [merge_edit(TIMELINE, [EVENTS["talks"], EVENTS["last"]]), split,
                                     event_edit(edited.timeline, new, "title", {"title": "Last met"})])
    assert _by_id(renamed.timeline.events, new.id).title == "Last met"


FLOOD_TEXT = "Flood closes bridge\nThe river flooded the main bridge, officials said. Police closed two roads nearby."
FLOOD = Document("flood", "/news/flood.txt", FLOOD_TEXT, "Flood closes bridge", D(2024, 3, 2),
                 (Sentence(0, 19), Sentence(20, 70), Sentence(71, len(FLOOD_TEXT))))


@pytest.mark.parametrize("document, phrase, nth, expected", [
    (VISIT, "19 June 2024", 0, "Putin visits Pyongyang"),
    (VISIT, "19 June 2024", 1, "A defence pact was signed"),  # the same date, its own sentence's title
    (REPORT, "June 19, 2024", 0, "Kim meets Putin in Pyongyang"),
    (FLOOD, "closed", 0, "Police close two roads nearby"),  # undated news: news' title of its sentence
    (VISIT, "his first visit", 0, "his first visit"),  # nothing found there (added by hand): its text
])
def test_a_passage_is_titled_as_its_article_alone_titles_it(document, phrase, nth, expected):
    assert mention_title(document, _mention(document, phrase, nth)) == expected


def test_a_passage_of_a_long_article_is_titled_by_its_text_without_analysing_it(monkeypatch):
    """Splitting happens on the GUI thread: an article past `TITLE_ANALYSIS_CHARS` is not analysed again (seconds
    for a megabyte), its passage keeps its own words."""
    import timeline_app.core.analysis as analysis
    import timeline_app.core.edits as edits

    def refuse(*_args, **_kwargs):
        raise AssertionError("a long article was analysed on an edit")

    monkeypatch.setattr(analysis, "analyse_document", refuse)
    text = FLOOD_TEXT + " The water kept rising." * (edits.TITLE_ANALYSIS_CHARS // 20)
    long_flood = Document("flood-long", "/news/flood-long.txt", text, "Flood closes bridge", D(2024, 3, 2),
                          (Sentence(0, 19), Sentence(20, 70), Sentence(71, len(text))))
    assert mention_title(long_flood, _mention(long_flood, "closed", 0)) == "closed"
    # (the short article is analysed: the refusal above would raise)
    with pytest.raises(AssertionError, match="analysed on an edit"):
        mention_title(FLOOD, _mention(FLOOD, "closed", 0))


def test_split_with_a_title_and_date_of_its_own():
    split = split_edit(TIMELINE, EVENTS["visit"], REPORT_M1,
                       {"title": "Kim meets Putin", **date_value(D(2024, 6, 19), D(2024, 6, 19), "day")})
    edited = apply_edits(TIMELINE, [split])
    new = _by_title(edited, "Kim meets Putin")
    assert new.mentions == (REPORT_M1,) and REPORT_M1 not in _by_id(edited.timeline.events, "ev-visit").mentions


def test_split_of_an_only_mention_is_unapplied():
    edited = apply_edits(TIMELINE, [split_edit(TIMELINE, EVENTS["talks"], TALKS_M)])
    assert edited.timeline.events == TIMELINE.events
    [(edit, reason)] = edited.unapplied
    assert edit.kind == "split" and "only one" in reason


def test_add_an_event_from_a_span():
    start = VISIT_TEXT.index("Talks went on")
    edit = new_event_edit(VISIT, start, start + len("Talks went on"), "Talks begin", D(2024, 6, 19),
                          D(2024, 6, 19), "day")
    edited = apply_edits(TIMELINE, [edit])
    new = _by_title(edited, "Talks begin")
    [m] = new.mentions
    assert (m.document, m.text, m.dated) == ("visit", "Talks went on", False)
    assert VISIT_TEXT[m.sentence_start:m.sentence_end] == "Talks went on until 20 June 2024."
    assert new.edited and new.id.startswith("ev-user-") and new.sentence == "Talks went on until 20 June 2024."
    # Added events take edits like any other, found by their span.
    note = event_edit(edited.timeline, new, "note", {"note": "from the wire"})
    assert _by_title(apply_edits(TIMELINE, [edit, note]), "Talks begin").note == "from the wire"


def test_add_of_a_passage_that_already_reports_an_event_is_unapplied():
    edit = new_event_edit(VISIT, TALKS_M.start, TALKS_M.end, "Talks", D(2024, 6, 20), D(2024, 6, 20), "day")
    [(_edit, reason)] = apply_edits(TIMELINE, [edit]).unapplied
    assert "already reports “Talks end”" in reason


CHANGED_VISIT = replace(VISIT, text=VISIT_TEXT.replace("Putin visited", "Putin flew to"))


@pytest.mark.parametrize("make_edit, reason", [
    (lambda: event_edit(TIMELINE, EVENTS["talks"], "title", {"title": "x"}), "no longer among the sources"),
    (lambda: event_edit(TIMELINE, EVENTS["since"], "hide"), "no longer among the sources"),
    (lambda: merge_edit(TIMELINE, [EVENTS["talks"], EVENTS["since"]]), "fewer than two"),
    (lambda: split_edit(TIMELINE, EVENTS["visit"], VISIT_M1), "no longer among the sources"),
    (lambda: new_event_edit(VISIT, 0, 2, "On", D(2024, 1, 1), D(2024, 1, 1), "day"),
     "no longer among the sources"),
])
def test_an_edit_whose_mentions_vanished_is_listed_with_a_reason(make_edit, reason):
    # The visit article changed: its hash differs, so none of its keys match any more.
    changed = Timeline((CHANGED_VISIT, REPORT), (EVENTS["last"],))
    edit = make_edit()
    edited = apply_edits(changed, [edit])
    assert edited.unapplied == ((edit, edited.unapplied[0][1]),)
    assert reason in edited.unapplied[0][1]
    assert edited.timeline.events == (EVENTS["last"],)


def test_an_event_gone_from_an_unchanged_article_has_its_own_reason():
    fewer = Timeline(TIMELINE.documents, (EVENTS["last"],))
    [(_edit, reason)] = apply_edits(fewer, [event_edit(TIMELINE, EVENTS["talks"], "hide")]).unapplied
    assert reason == "no event is reported by that passage any more"


@pytest.mark.parametrize("edit, reason", [
    (Edit("title", (mention_key(VISIT, TALKS_M),), {"title": " "}), "the new title is empty"),
    (Edit("date", (mention_key(VISIT, TALKS_M),), {"first": "2024-06-20", "last": "2024-06-01",
                                                    "precision": "day"}), "ends (2024-06-01) before"),
    (Edit("date", (mention_key(VISIT, TALKS_M),), {"first": "June", "last": "2024-06-01",
                                                    "precision": "day"}), "the date is not valid"),
    (Edit("date", (mention_key(VISIT, TALKS_M),), {"first": "2024-06-01", "last": "2024-06-01",
                                                    "precision": "fortnight"}), "the date is not valid"),
    (Edit("star", (mention_key(VISIT, TALKS_M),), {"starred": "yes"}), "neither on nor off"),
    (Edit("note", (mention_key(VISIT, TALKS_M),), {"note": 3}), "not text"),
    (Edit("paint", (mention_key(VISIT, TALKS_M),), {}), "not a kind of edit"),
    (Edit("title", (["x"],), {"title": "y"}), "not valid"),  # what a hostile file could hold
])
def test_an_invalid_edit_is_unapplied_and_the_rest_apply(edit, reason):
    star = event_edit(TIMELINE, EVENTS["last"], "star", {"starred": True})
    edited = apply_edits(TIMELINE, [edit, star])
    [(bad, why)] = edited.unapplied
    assert bad is edit and reason in why
    assert _by_id(edited.timeline.events, "ev-last").starred
    assert _by_id(edited.timeline.events, "ev-talks") == EVENTS["talks"]


ALL_KINDS = [
    lambda t: event_edit(t, EVENTS["visit"], "title", {"title": "Summit in Pyongyang"}),
    lambda t: event_edit(t, EVENTS["since"], "date", date_value(D(2000, 7, 19), D(2000, 7, 20), "day")),
    lambda t: event_edit(t, EVENTS["last"], "hide"),
    lambda t: merge_edit(t, [EVENTS["talks"], EVENTS["pact"]]),
    lambda t: split_edit(t, EVENTS["visit"], REPORT_M1, {"title": "Kim meets Putin"}),
    lambda t: event_edit(t, EVENTS["talks"], "note", {"note": "two days?"}),
    lambda t: event_edit(t, EVENTS["since"], "star", {"starred": True}),
    lambda t: new_event_edit(VISIT, 0, 2, "Opening", D(2024, 6, 19), D(2024, 6, 19), "day"),
]


def test_ids_stay_stable_and_unique_whatever_the_order_of_events():
    edits = [make(TIMELINE) for make in ALL_KINDS]
    edited = apply_edits(TIMELINE, edits)
    assert edited.unapplied == ()
    ids = [e.id for e in edited.timeline.events + edited.hidden]
    assert len(ids) == len(set(ids)) == len(TIMELINE.events) + 1  # -1 merged, +1 split, +1 added
    events = list(TIMELINE.events)
    for seed in range(5):
        random.Random(seed).shuffle(events)
        again = apply_edits(replace(TIMELINE, events=tuple(events)), edits)
        assert set(again.timeline.events) == set(edited.timeline.events) and again.hidden == edited.hidden


def test_edited_events_take_their_place_among_many_untouched_ones():
    # 300 events of the report, which no edit names, around the visit article's edited ones.
    many = [Event(f"ev-{i:03d}", f"Event {i}", D(1990 + i // 10, 1 + i % 12, 1), D(1990 + i // 10, 1 + i % 12, 1),
                  Precision.DAY, (LAST_M,)) for i in range(300)]
    timeline = Timeline(TIMELINE.documents, tuple(sorted(many + list(TIMELINE.events),
                                                         key=lambda e: (e.first, e.last, e.title))))
    edits = [event_edit(timeline, EVENTS["since"], "date", date_value(D(2011, 7, 1), D(2011, 7, 1), "day")),
             event_edit(timeline, EVENTS["talks"], "title", {"title": "A talk"}),
             new_event_edit(VISIT, 0, 2, "Opening", D(1995, 3, 1), D(1995, 3, 1), "day"),
             event_edit(timeline, EVENTS["pact"], "hide")]
    shown = apply_edits(timeline, edits).timeline.events
    assert list(shown) == sorted(shown, key=lambda e: (e.first, e.last, e.title))
    assert len(shown) == 300 + len(TIMELINE.events) + 1 - 1  # one added, one hidden
    assert [e.title for e in shown if e.first == D(2011, 7, 1)] == ["Event 210", "Putin visited North Korea"]


def test_every_edited_event_is_flagged_and_the_others_are_untouched():
    edited = apply_edits(TIMELINE, [make(TIMELINE) for make in ALL_KINDS])
    flagged = {e.title for e in edited.timeline.events if e.edited}
    assert flagged == {"Summit in Pyongyang", "Putin visited North Korea", "Talks end", "Kim meets Putin",
                       "Opening"}
    assert _by_id(edited.timeline.events, "ev-since").starred


def test_a_split_id_never_collides_with_an_existing_one():
    split = split_edit(TIMELINE, EVENTS["visit"], REPORT_M1)
    first = apply_edits(TIMELINE, [split])
    [new] = [e for e in first.timeline.events if e.id.startswith("ev-split-")]
    taken = replace(TIMELINE, events=TIMELINE.events + (replace(EVENTS["talks"], id=new.id, mentions=()),))
    again = apply_edits(taken, [split])
    ids = [e.id for e in again.timeline.events]
    assert len(ids) == len(set(ids)) and f"{new.id}-2" in ids


@pytest.mark.parametrize("make_edit, words", [
    (lambda: event_edit(TIMELINE, EVENTS["talks"], "title", {"title": "Talks"}), "Rename to “Talks”"),
    (lambda: event_edit(TIMELINE, EVENTS["talks"], "date", date_value(D(1961, 1, 1), D(1961, 12, 31), "year")),
     "Set date to 1961"),
    (lambda: merge_edit(TIMELINE, [EVENTS["talks"], EVENTS["last"]]), "Merge 2 events"),
    (lambda: event_edit(TIMELINE, EVENTS["talks"], "star", {"starred": False}), "Unstar"),
    (lambda: new_event_edit(VISIT, 0, 2, "Opening", D(2024, 6, 19), D(2024, 6, 19), "day"),
     "New event “Opening” on 19 June 2024"),
])
def test_describe_edit(make_edit, words):
    assert describe_edit(make_edit()) == words


# ---- following passages into a changed document ----

def _reread(text: str, path: str = VISIT.path) -> Document:
    return Document("visit2", path, text, "Putin visits", D(2024, 6, 20), _sentences(text))


TALKS_TITLE = event_edit(TIMELINE, EVENTS["talks"], "title", {"title": "Talks"})


@pytest.mark.parametrize("new_text, moved_by", [
    ("Updated. " + VISIT_TEXT, len("Updated. ")),  # a sentence added before: the passage moves
    (VISIT_TEXT.replace("It was his first visit", "It was, they said, his first visit"), len(", they said,")),
    (VISIT_TEXT + " A correction was added.", 0),  # after it: same offsets, new hash
    (VISIT_TEXT.replace("Talks went on", "Talks went on and on"), None),  # its own sentence changed
    (VISIT_TEXT + " " + VISIT_TEXT, None),  # its sentence now twice: which one is unknowable
])
def test_a_passage_follows_its_sentence_into_a_changed_document(new_text, moved_by):
    new = _reread(new_text)
    moved = follow_changed_documents([replace(TALKS_TITLE, id=7)], [VISIT, REPORT], [new, REPORT])
    if moved_by is None:
        assert moved == []
        return
    [edit] = moved
    assert edit.id == 7 and edit.targets == ((document_hash(new), TALKS_M.start + moved_by, TALKS_M.end + moved_by),)
    assert new.text[edit.targets[0][1]:edit.targets[0][2]] == "20 June 2024"


def test_only_changed_documents_of_the_same_path_are_followed():
    edits = [TALKS_TITLE, split_edit(TIMELINE, EVENTS["visit"], REPORT_M1)]
    assert follow_changed_documents(edits, [VISIT, REPORT], [VISIT, REPORT]) == []  # unchanged
    assert follow_changed_documents(edits, [VISIT, REPORT], [REPORT]) == []  # removed
    elsewhere = _reread("Updated. " + VISIT_TEXT, path="/other/visit.txt")
    assert follow_changed_documents(edits, [VISIT, REPORT], [elsewhere, REPORT]) == []  # another file


def test_a_split_follows_with_the_keys_of_its_event():
    new = _reread("Updated. " + VISIT_TEXT)
    split = split_edit(TIMELINE, EVENTS["visit"], REPORT_M1)
    [moved] = follow_changed_documents([split], [VISIT, REPORT], [new, REPORT])
    assert moved.targets == split.targets  # the report did not change
    assert [k[0] for k in moved.value["event"]] == [document_hash(new), document_hash(REPORT), document_hash(new)]


def test_the_same_text_at_two_paths_is_one_passage_for_edits():
    copy = replace(VISIT, id="visit-copy", path="/mirror/visit.txt")
    talks_copy = replace(TALKS_M, document="visit-copy")
    both = Event("ev-talks", "Talks end", D(2024, 6, 20), D(2024, 6, 20), Precision.DAY, (TALKS_M, talks_copy))
    timeline = Timeline((VISIT, copy, REPORT), (EVENTS["since"], both))
    edited = apply_edits(timeline, [event_edit(timeline, both, "title", {"title": "Talks"})])
    assert _by_id(edited.timeline.events, "ev-talks").title == "Talks"
    # Split off by key: the mention in either copy is that passage.
    split = apply_edits(timeline, [split_edit(timeline, both, talks_copy)])
    assert split.unapplied == ((split_edit(timeline, both, talks_copy), split.unapplied[0][1]),)
    assert "only one" in split.unapplied[0][1]


FEED = "/news/city.atom"
UPDATED_VISIT = "Updated. " + VISIT_TEXT
QUOTING = "In case you missed it: Talks went on until 20 June 2024. More soon."


def _entry(doc_id: str, text: str, key: str) -> Document:
    return Document(doc_id, FEED, text, doc_id, D(2024, 6, 20), _sentences(text), part_key=key)


@pytest.mark.parametrize("old_keys, new_entries, follows_to", [
    # The edited entry ("a") moved down under a new entry and changed: found by its key.
    (("a", "b"), (("n", QUOTING, "n"), ("a", UPDATED_VISIT, "a"), ("b", REPORT_TEXT, "b")), "a"),
    # The same, the new entry last (a path alone would pick it).
    (("a", "b"), (("a", UPDATED_VISIT, "a"), ("b", REPORT_TEXT, "b"), ("n", QUOTING, "n")), "a"),
    # The edited entry left the feed: never into another entry that quotes its sentence.
    (("a", "b"), (("b", REPORT_TEXT, "b"), ("n", QUOTING, "n")), None),
    # A project saved before keys: the one changed entry of the file that holds the sentence.
    (("", ""), (("n", REPORT_TEXT + " More.", "n"), ("a", UPDATED_VISIT, "a")), "a"),
    # ... and none when two of them hold it.
    (("", ""), (("n", QUOTING, "n"), ("a", UPDATED_VISIT, "a")), None),
    # Two entries with one id (a broken feed): as without keys.
    (("a", "a"), (("n", REPORT_TEXT + " More.", "n"), ("a", UPDATED_VISIT, "a")), "a"),
])
def test_a_passage_follows_its_own_entry_of_a_many_document_file(old_keys, new_entries, follows_to):
    old = [_entry("city-1", VISIT_TEXT, old_keys[0]), _entry("city-2", REPORT_TEXT, old_keys[1])]
    new = [_entry(f"city-{k}", text, key) for k, (_name, text, key) in enumerate(new_entries, 1)]
    moved = follow_changed_documents([replace(TALKS_TITLE, id=7)], old, new)
    if follows_to is None:
        assert moved == []
        return
    [target] = [d for d, (name, _t, _k) in zip(new, new_entries) if name == follows_to]
    [edit] = moved
    assert edit.targets[0][0] == document_hash(target)
    assert target.text[edit.targets[0][1]:edit.targets[0][2]] == "20 June 2024"


def test_a_text_hash_is_the_sha256_of_its_utf8_whatever_the_slices(monkeypatch):
    # Hashed a slice at a time (no UTF-8 copy of a whole large text): the digest stays that of the whole text,
    # across non-BMP characters and lone surrogates (which encode alone with surrogatepass) at a slice's edge.
    import hashlib

    from timeline_app.core import edits, model

    text = "a\U0001F600b\ud83d\ude00c\udcff" * 5 + "é" * 7
    whole = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
    for chars in (1, 2, 3, 7, len(text), len(text) + 1):
        monkeypatch.setattr(model, "_DIGEST_CHARS", chars)
        digest = hashlib.sha256()
        model.digest_text(digest, text)
        assert digest.hexdigest() == whole
        edits._text_hash.cache_clear()
        assert edits.document_hash(replace(VISIT, text=text)) == whole


def test_text_hashes_come_from_the_memo_then_the_timeline_and_only_the_rest_are_hashed(monkeypatch):
    # Hashes known where the timeline was made (a cache, a project) were hashed again by apply_edits without
    # document_hashes, and by the window's key lookup.
    from timeline_app.core import edits

    star = event_edit(TIMELINE, EVENTS["talks"], "star", {"starred": True})
    expected = apply_edits(TIMELINE, [star])
    truth = {d.id: document_hash(d) for d in TIMELINE.documents}
    hashed: list[str] = []
    monkeypatch.setattr(edits, "_text_hash", lambda text: hashed.append(text) or "not used")
    known = replace(TIMELINE, text_hashes=truth)
    assert edits.text_hashes(known) == truth and hashed == []
    assert apply_edits(known, [star]).timeline.events == expected.timeline.events and hashed == []
    # The memo first, then the timeline's hashes; the rest hashed into the memo, which is returned.
    memo = {VISIT.id: truth[VISIT.id]}
    partly = replace(TIMELINE, text_hashes={})
    assert edits.text_hashes(partly, memo) is memo and hashed == [REPORT.text]
    assert memo == {VISIT.id: truth[VISIT.id], REPORT.id: "not used"}
    # Only the documents asked for.
    hashed.clear()
    assert edits.text_hashes(TIMELINE, {}, documents=(REPORT,)) == {REPORT.id: "not used"}
    assert hashed == [REPORT.text]


OTHER_TEXT = "Floods hit the coast on 18 June 2024. Rain returned on 21 June 2024. A storm came in May 2023."
OTHER = Document("other", "/news/other.txt", OTHER_TEXT, "Floods", D(2024, 6, 22), _sentences(OTHER_TEXT))
WITH_OTHER = Timeline((VISIT, REPORT, OTHER), tuple(sorted(
    TIMELINE.events + (
        Event("ev-floods", "Floods hit the coast", D(2024, 6, 18), D(2024, 6, 18), Precision.DAY,
              (_mention(OTHER, "18 June 2024"),)),
        Event("ev-rain", "Rain returns", D(2024, 6, 21), D(2024, 6, 21), Precision.DAY,
              (_mention(OTHER, "21 June 2024"),)),
        Event("ev-storm", "Storm", D(2023, 5, 1), D(2023, 5, 31), Precision.MONTH, (_mention(OTHER, "May 2023"),)),
        # A mention of a document the timeline does not hold: no edit can name it.
        Event("ev-lost", "Lost", D(2024, 6, 19), D(2024, 6, 19), Precision.DAY,
              (Mention("gone", 0, 4, "June", 0, 10),))),
    key=lambda e: (e.first, e.last, e.title))))


@pytest.mark.parametrize("make_edits", [
    lambda t: [event_edit(t, EVENTS["talks"], "title", {"title": "Zebra talks end"})],
    lambda t: [event_edit(t, EVENTS["since"], "date", date_value(D(2024, 6, 18), D(2024, 6, 18), Precision.DAY))],
    lambda t: [event_edit(t, EVENTS["visit"], "hide")],
    lambda t: [merge_edit(t, [EVENTS["talks"], EVENTS["last"]]),
               event_edit(t, EVENTS["pact"], "title", {"title": "Aardvark pact"})],
    lambda t: [event_edit(t, [e for e in t.events if e.id == "ev-rain"][0], "title", {"title": "A rain"}),
               event_edit(t, EVENTS["last"], "hide")],
])
def test_events_found_through_a_stores_index_give_the_same_view(make_edits):
    """`rows_with_documents` (a window's index of the events by document) only spares looking at every event:
    the view is the same, event for event, in the same order."""
    from timeline_app.core.event_store import EventStore

    edits = make_edits(WITH_OTHER)
    rows_of = EventStore.build(WITH_OTHER).rows_with_documents()
    assert rows_of(["other"]).tolist() == [k for k, e in enumerate(WITH_OTHER.events) if "other" in e.sources]
    plain = apply_edits(WITH_OTHER, edits)
    indexed = apply_edits(WITH_OTHER, edits, rows_with_documents=rows_of)
    assert indexed.timeline.events == plain.timeline.events
    assert (indexed.hidden, indexed.unapplied) == (plain.hidden, plain.unapplied)
