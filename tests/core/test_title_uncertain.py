"""A title that names no one doing what it tells is flagged (`Event.title_uncertain`): the rule on the grammar's
reading of the title, an edit of the title clearing it (also after a project file is reopened), and the flag in the
`extract` JSON and CSV."""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

import pytest

from timeline_app.core.edits import event_edit
from timeline_app.core.export import CSV_COLUMNS, event_dict, timeline_csv, timeline_json
from timeline_app.core.grammar import names_no_actor
from timeline_app.core.model import Document, Event, Mention, Precision, Sentence, Timeline
from timeline_app.core.pipeline import build_timeline
from timeline_app.core.project import Project

D = dt.date


@pytest.mark.parametrize("title, expected", [
    # no subject before the verb
    ("was her second Wimbledon final", True),
    ("Will receive only partial dividends", True),
    # only a pronoun, an expletive or a demonstrative
    ("He resigned", True),
    ("It was the first time", True),
    ("They arrest two men in connection with the bomb factory", True),
    ("There were no injuries", True),
    ("This is VOA", True),
    ("Finally today, we learned that the agency had changed course", True),
    # only one common noun, with no determiner; or a gerund or fronted participle alone
    ("Figures release show", True),
    ("Lesson was brought home", True),
    ("Sales rise 8% to $368.5 million", True),
    ("Following are statements made Friday and Thursday", True),
    # a saying's frame naming no one: what was said decides
    ("He says he received information from the guerrillas", True),
    ("Officials say", True),
    ("Officials say the Aurel Space Agency has postponed the launch", False),
    ("Economists say the wage increase was not enough", False),
    # a quotation opening the title: its speaker after it
    ("“We would rather be late than lose the mission,” the agency's director general said", False),
    # no verb, a preposition opening the fragment
    ("Until this week", True),
    ("After touring the Tanzanian capital", True),
    # someone named: a name, a determiner or a modifier
    ("Putin visits Pyongyang", False),
    ("Apple releases the program in response to complaints", False),
    ("Jobs resigns from his post as CEO", False),
    ("The victims were taken to hospital", False),
    ("Oil prices have come down", False),
    ("Neither company makes any official statement", False),
    ("Smith, the mayor, resigned", False),
    ("Smith, 54, resigned", False),
    # a noun phrase names its happening
    ("The 1996 Olympic bombing", False),
    ("World War II", False),
    ("", False),
])
def test_a_title_names_no_actor(title, expected):
    assert names_no_actor(title) is expected


TEXT = "He resigned on 3 May 2024. The council met on 4 May 2024."
CUT = TEXT.index(". ") + 1
DOC = Document("a", "/news/a.txt", TEXT, "Mayor quits", D(2024, 5, 5), (Sentence(0, CUT), Sentence(CUT + 1, len(TEXT))))
M1 = Mention("a", TEXT.index("3 May"), TEXT.index("3 May") + 10, "3 May 2024", 0, CUT)
M2 = Mention("a", TEXT.index("4 May"), TEXT.index("4 May") + 10, "4 May 2024", CUT + 1, len(TEXT))
UNSURE = Event("ev-1", "He resigned", D(2024, 5, 3), D(2024, 5, 3), Precision.DAY, (M1,), title_uncertain=True)
SURE = Event("ev-2", "The council met", D(2024, 5, 4), D(2024, 5, 4), Precision.DAY, (M2,))
TIMELINE = Timeline((DOC,), (UNSURE, SURE))


def test_merging_flags_the_events_whose_titles_name_no_one(tmp_path: Path):
    article = tmp_path / "council.txt"
    article.write_text("Storm report\n\nMay 5, 2024\n\nThe storm hit the coast on 4 May 2024. There were no "
                       "injuries on 4 May 2024. Jane Roe resigned on 3 May 2024.\n", encoding="utf-8")
    flags = {e.title: e.title_uncertain for e in build_timeline([article]).events}
    assert flags == {"The storm hits the coast": False, "There were no injuries": True, "Jane Roe resigns": False}


def test_the_extract_json_and_csv_carry_the_flag():
    assert [event_dict(e)["title_uncertain"] for e in TIMELINE.events] == [True, False]
    assert [e["title_uncertain"] for e in json.loads(timeline_json(TIMELINE))["events"]] == [True, False]
    rows = list(csv.reader(io.StringIO(timeline_csv(TIMELINE))))
    assert tuple(rows[0]) == CSV_COLUMNS and CSV_COLUMNS[-2:] == ("origin", "title_uncertain")
    assert [r[-1] for r in rows[1:]] == ["true", "false"]


def test_an_edit_of_the_title_clears_the_flag_and_a_reopened_project_keeps_it(tmp_path: Path):
    path = tmp_path / "story.timeline.sqlite"
    with Project.create(path, TIMELINE, [str(tmp_path)]) as project:
        assert [e.title_uncertain for e in project.view().timeline.events] == [True, False]
    with Project.open(path) as project:  # (stored with the event: it comes back as it was made)
        assert [e.title_uncertain for e in project.view().timeline.events] == [True, False]
        assert [e.title_uncertain for e in project.results().events] == [True, False]
        # (another edit, a date or a star, leaves the title as it was: still flagged)
        project.add_edit(event_edit(TIMELINE, UNSURE, "date", {"first": "2024-05-02", "last": "2024-05-02",
                                                                 "precision": "day"}))
        assert [e.title_uncertain for e in project.view().timeline.events] == [True, False]
        project.add_edit(event_edit(TIMELINE, UNSURE, "title", {"title": "Mayor Jane Roe resigned"}))
        assert [e.title_uncertain for e in project.view().timeline.events] == [False, False]
    with Project.open(path) as project:
        events = project.view().timeline.events
        assert [(e.title, e.title_uncertain) for e in events] == [("Mayor Jane Roe resigned", False),
                                                                  ("The council met", False)]
    # (a title the user writes that still names no one is theirs: not flagged either)
    with Project.open(path) as project:
        project.add_edit(event_edit(project.view().timeline, project.view().timeline.events[0], "title",
                                    {"title": "She quit"}))
    with Project.open(path) as project:
        assert [(e.title, e.title_uncertain) for e in project.view().timeline.events][0] == ("She quit", False)
