"""news.NewsWalk's lead: the first sentence below the headline that tells a happening. Merging's running-text lead
(`merging.lead_index`, the one function both read) bounds it: a sentence of running text before that one which
tells no happening (a page's tagline, a paywall line) is not the lead, nor is a photo caption whose only verb is
a subordinate clause's. (A line before it that tells a happening, or a deck, still is: see news.py.)"""
from __future__ import annotations

import pytest

from timeline_app.core import grammar, merging, news, temporal
from timeline_app.core.documents import document_from_text

# (headline, lines between it and the story, the story's lead, a second sentence)
PAGES = [
    ("Storm closes mountain pass",  # a wiki's tagline whose relative clause has a subject and verb
     "From Openpress, the news site anyone can edit!",
     "A late spring storm has closed the mountain pass to all traffic.",
     "Snowploughs are expected to work through the night."),
    ("Ferry operator cancels island crossings",
     "From Harbourwire, the community paper you help to write!",
     "The island's only ferry operator has cancelled every crossing until further notice.",
     "Passengers were offered refunds."),
    ("Library reopens after flood repairs",  # a paywall's lines, none of them about the story
     "If you are a member, please log in to keep reading.\n\nMembers get unlimited access to every story.",
     "The central library has reopened after eight months of repairs to its flooded basement.",
     "Staff moved the archive back over the weekend."),
    ("Rail strike halts commuter trains",  # a photo caption whose only verb is its "before" clause's
     "The main concourse before the strike began.",
     "A strike by signal workers has halted commuter trains across the region.",
     "Union leaders said talks would resume next week."),
]


def _page(headline: str, between: str, lead: str, second: str) -> str:
    return f"{headline}\n\nPublished June 20, 2024\n\n{between}\n\n{lead} {second}\n"


@pytest.mark.parametrize(("headline", "between", "lead", "second"), PAGES)
def test_the_news_lead_is_the_story_s_first_sentence_past_a_tagline_paywall_or_caption(headline, between, lead,
                                                                                      second):
    doc = document_from_text(_page(headline, between, lead, second), id="page")
    walk = news.NewsWalk(doc, temporal.tag(doc.text, reference=doc.published))
    for _ in walk.steps():
        pass
    found = doc.sentences[walk.lead]
    assert doc.text[found.start:found.end] == lead


@pytest.mark.parametrize(("headline", "between", "lead", "second"), PAGES[:2])
def test_news_and_merging_take_one_lead(headline, between, lead, second):
    # One function decides it for both: merging's headline-lead join and news' own lead.
    doc = document_from_text(_page(headline, between, lead, second), id="page")
    walk = news.NewsWalk(doc, temporal.tag(doc.text, reference=doc.published))
    for _ in walk.steps():
        pass
    assert walk.lead == merging.lead_index(doc, walk.head)


@pytest.mark.parametrize(("sentence", "subordinate"), [
    ("The harbour front before the storm arrived.", True),  # a caption
    ("Crowds on the quay after the ferry docked.", True),
    ("Similarly, while warning of early reports, the spokesman said the attack went well.", False),
    ("The council approved the budget before the mayor left.", False),
    ("Before the storm arrived, the council met.", False),
    ("Residents who fled the floods returned on Monday.", False),
    ("The day after the vote the mayor resigned.", False),  # "after" a preposition's: a main clause
    ("Officials as well as residents fled the town.", False),
])
def test_a_sentence_whose_only_verb_is_a_subordinate_clause_s_tells_no_happening_of_its_own(sentence, subordinate):
    a = grammar.analyse_sentence(sentence)
    assert news._subordinate(a, news.main_group(a)) is subordinate
