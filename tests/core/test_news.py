"""The news of each article (core/news.py): undated happenings dated by the publication date, and only those."""
from __future__ import annotations

import datetime as dt
import json
from functools import lru_cache
from pathlib import Path

import pytest

from timeline_app.core import grammar, news, reported
from timeline_app.core.documents import document_from_text
from timeline_app.core.export import timeline_json
from timeline_app.core.model import Precision, Timeline
from timeline_app.core.pipeline import build_timeline
from timeline_app.core.temporal import tag

from .news_helpers import body_news, council_reported_words

LEADS = Path(__file__).parent / "fixtures" / "leads"


def _main_happening(sentence: str, headline: bool = False) -> bool:
    a = grammar.analyse_sentence(sentence)
    group = news.main_group(a)
    return group is not None and news.happening_group(a.tokens, group, headline=headline)


@pytest.mark.parametrize("sentence, expected", [
    ("Apple has released an application that limits the volume of its players.", True),
    ("The last surviving member of the team that first conquered Everest has died.", True),
    ("The minister resigned after a week of protests.", True),
    ("Three men were arrested outside the embassy.", True),
    ("The Dow Jones industrial average fell 232 points.", True),
    ("The two countries agreed to restore full diplomatic relations.", True),
    ("Nashua announced the Reiss request after the market closed.", True),
    ("Jobs said the company would grow.", False),            # "said" alone is not an event
    ("The phone has two cameras.", False),                    # a state
    ("Pamela Pak owns eight condominiums here.", False),
    ("The company hopes to sell more phones.", False),
    ("The new model will be available in stores.", False),    # future
    ("The merger could cost thousands of jobs.", False),      # modal
    ("Turkey had demanded an apology.", False),               # past perfect: background
    ("He did not say why.", False),                           # negated
    ("The store is selling digital music tracks.", False),    # progressive
    ("He is 40.", False),
    # A speech verb done to something is a happening; framing words it is not.
    ("A police official denied a newspaper report that more arrests had been made.", True),
    ("Gov. Jeb Bush also asked President Clinton to reverse the order.", True),
    ("The statement specifically warned against all travel to Pakistan.", True),
    ("He warned that prices would rise.", False),
    ("He asked whether the report was true.", False),
])
def test_which_main_verbs_report_a_happening(sentence: str, expected: bool) -> None:
    assert _main_happening(sentence) is expected


# The same table: a sentence whose main verb reports a happening always passes the screen that spares the
# others their clause analysis; "..., he said", "has", "could cost" ... (no past word that is a happening, no
# simple past reporting verb that may frame a statement) never do.
@pytest.mark.parametrize("sentence, expected", [
    ("Apple has released an application that limits the volume of its players.", True),
    ("The minister resigned after a week of protests.", True),
    ("Three men were arrested outside the embassy.", True),
    ("The Dow Jones industrial average fell 232 points.", True),
    ("A police official denied a newspaper report that more arrests had been made.", True),
    ("Gov. Jeb Bush also asked President Clinton to reverse the order.", True),
    ("Jobs said the company would grow.", True),  # a statement of the day may be news (`_body_statement`)
    ("The phone has two cameras.", False),
    ("The merger could cost thousands of jobs.", False),
    ("The store is selling digital music tracks.", False),
    ("He is 40, the company said.", False),
])
def test_only_a_sentence_with_a_past_happening_word_is_analysed_for_news(sentence: str, expected: bool) -> None:
    assert news._may_report(sentence) is expected
    assert expected or not _main_happening(sentence)


def test_an_undated_body_sentence_without_one_is_tagged_but_never_analysed(monkeypatch) -> None:
    analysed: list[str] = []
    analyse = grammar.analyse_sentence.__wrapped__

    def spy(sentence: str) -> grammar.SentenceAnalysis:
        analysed.append(sentence)
        return analyse(sentence)

    monkeypatch.setattr(grammar, "analyse_sentence", spy)
    items = _news("Police widen search\nMay 7, 1999\n\nPolice have widened the search for the suspect.\n\n"
                  "The suspect is 40, a spokesman said.\n\nOfficers searched the woods near the lake.\n")
    assert [i.candidate.mention.text for i in items if i.role == "body"] == ["searched"]
    assert "The suspect is 40, a spokesman said." not in analysed
    assert "Officers searched the woods near the lake." in analysed


@pytest.mark.parametrize("headline, expected", [
    ("Airbus launches world's largest passenger plane", True),   # a headline's present is a past happening
    ("Minister is arrested in bribery inquiry", True),
    ("Apple to lower UK iTunes prices", False),                   # "to" + verb: a future
    ("Why the euro still matters", False),
])
def test_headline_tense(headline: str, expected: bool) -> None:
    items = _news(f"{headline}\nMarch 22, 2007\n\nThe board met in Paris.\n")
    assert any(i.role == "headline" for i in items) is expected


def _news(text: str) -> list:
    doc = document_from_text(text, id="d")
    return news.find_news(doc, tag(doc.text, reference=doc.published))


def test_headline_and_lead_are_one_happening_at_the_publication_date() -> None:
    items = _news("Airbus launches world's largest passenger plane\nMarch 22, 2007\n\n"
                  "Airbus has unveiled the A380, the largest passenger aircraft ever built, at a ceremony in "
                  "Toulouse.\n")
    assert [i.role for i in items] == ["headline", "lead"]
    assert {i.candidate.title for i in items} == {"Airbus launches world's largest passenger plane"}
    for i in items:
        c = i.candidate
        assert c.reported and (c.first, c.last, c.precision) == (dt.date(2007, 3, 22), dt.date(2007, 3, 22),
                                                                 Precision.DAY)
        assert not c.mention.dated
        assert c.explanation == ("reported on 22 March 2007 in “Airbus launches world's largest passenger "
                                 "plane”: the article gives no date for it")


def test_a_date_that_the_lead_verb_governs_adds_nothing() -> None:
    # Extraction makes the event "on Monday"; the news module must not duplicate it.
    items = _news("Apple unveils iPhone\nJanuary 10, 2007\n\nApple unveiled the iPhone on Monday in San "
                  "Francisco.\n")
    assert [i.role for i in items if i.role != "headline"] == []


def test_body_happenings_take_the_day_of_the_articles_dated_news() -> None:
    items = _news("Apple unveils iPhone 4\nJune 8, 2010\n\nYesterday, at the developers conference, Steve Jobs "
                  "unveiled iPhone 4.\n\nDuring the keynote, Jobs demoed the new gyroscope.\n\n"
                  "The phone has two cameras.\n")
    body = [i for i in items if i.role == "body"]
    assert [i.candidate.mention.text for i in body] == ["demoed"]
    assert body[0].candidate.first == dt.date(2010, 6, 7)
    assert body[0].candidate.explanation == ("told in “Apple unveils iPhone 4”, whose news is of 7 June 2010 "
                                             "(“Yesterday”): the sentence gives no date of its own")
    assert all(i.role != "headline" for i in items)  # the lead's dated event is the headline's news


@pytest.mark.parametrize("sentence", [
    "Kopp vanished after the shooting, and his car was found at the airport in December.",  # another clause dated
    "When Jobs first introduced the phone, he praised its antenna.",  # dated by another happening
    "When Acme chief Jane Doe first presented Widget 4, she praised its battery.",  # its verb read as a participle
    "Kopp has eluded the police since the shooting.",                  # a state since then
    "\u201cWe have lost a visionary,\u201d the statement ended.",      # a quotation
    "The issue, which is puttable back to the company in 1999, was priced at 110 basis points.",  # relative
    "Friday's trading volume totaled 132.8 million shares.",          # the subject carries the date
])
def test_body_sentences_dated_otherwise_add_nothing(sentence: str) -> None:
    items = _news(f"Police widen search\nMay 7, 1999\n\nPolice have widened the search for the suspect.\n\n"
                  f"{sentence}\n")
    assert [i.role for i in items if i.role != "headline"] == ["lead"]


@pytest.mark.parametrize("sentence, word", [
    ("The Communist Party daily Granma compared Elian with Che Guevara.", "compared"),  # a frequency, no date
    ("The weekly council of ministers approved the budget.", "approved"),
])
def test_a_frequency_dates_no_happening(sentence: str, word: str) -> None:
    items = _news(f"Police widen search\nMay 7, 1999\n\nPolice have widened the search for the suspect.\n\n"
                  f"{sentence}\n")
    assert [i.candidate.mention.text for i in items if i.role == "body"] == [word]


@lru_cache(maxsize=1)
def _leads() -> Timeline:
    return build_timeline([LEADS])


def test_apology_is_reported_on_its_publication_day_not_at_the_year_of_the_raid() -> None:
    t = _leads()
    apology = [e for e in t.events if e.reported and any(m.document == "apology" for m in e.mentions)]
    first = next(e for e in apology if "Turkey" in e.title)
    assert (first.first, first.precision) == (dt.date(2013, 3, 22), Precision.DAY)
    doc = t.document("apology")
    assert doc is not None
    assert [doc.text[m.sentence_start:m.sentence_end][:20] for m in first.mentions] == ["Israel's prime minis"]
    assert first.title == "Israel's prime minister apologised to Turkey for the deaths of nine activists…"
    # "agreed" is news of that day too; "had demanded" is background.
    assert any("agree" in e.title for e in apology)
    assert not any("demanded" in e.title for e in apology)


def test_obituary_death_is_reported_not_placed_in_1953() -> None:
    t = _leads()
    died = [e for e in t.events if any(m.document == "obituary" and m.text in ("has died", "dies")
                                       for m in e.mentions)]
    assert len(died) == 1 and died[0].reported and died[0].first == dt.date(2012, 6, 25)


def test_a_lead_naming_a_happening_dated_elsewhere_is_an_undated_mention_of_it() -> None:
    t = _leads()
    visit = [e for e in t.events if e.first == dt.date(2024, 6, 19) and e.kind == "visit"]
    assert len(visit) == 1
    assert {m.document for m in visit[0].mentions if not m.dated} >= {"analysis"}
    assert not visit[0].reported
    # An analysis piece about an earlier happening adds nothing at its own date.
    assert not [e for e in t.events if e.first == dt.date(2024, 7, 11)]


def test_reported_is_in_the_json_contract() -> None:
    data = json.loads(timeline_json(_leads()))
    assert all(isinstance(e["reported"], bool) for e in data["events"])
    assert any(e["reported"] for e in data["events"])


@pytest.mark.parametrize("before, kept", [
    ("In 2004, Jobs underwent surgery for cancer.", False),          # an earlier story: its sequel is not news
    ("The update will ship to customers next summer.", True),        # a plan for later dates nothing reported
    ("Apple showed the phone to analysts on Thursday.", True),       # a day of the article's news: the same news
])
def test_an_earlier_dated_neighbour_tells_another_story(before: str, kept: bool) -> None:
    items = _news(f"Apple shows new phone\nMay 7, 2010\n\nApple has shown a new phone to developers.\n\n"
                  f"{before}\n\nHe demoed the new gyroscope to the audience.\n")
    assert any(i.candidate.mention.text == "demoed" and not i.dated_nearby for i in items) is kept


def test_background_after_a_report_does_not_make_it_old() -> None:
    items = _news("Apple shows new phone\nMay 7, 2010\n\nApple has shown a new phone to developers.\n\n"
                  "He demoed the new gyroscope to the audience.\n\nIn 2004, Jobs underwent surgery for cancer.\n")
    assert any(i.candidate.mention.text == "demoed" and not i.dated_nearby for i in items)


@pytest.mark.parametrize("sentence, kept", [
    ("He demoed the new gyroscope to the audience.", False),  # a simple past goes on with the earlier story
    ("Developers have downloaded the new kit 200,000 times.", True),  # a present perfect reaches up to the report
])
def test_a_present_perfect_after_an_earlier_dated_sentence_is_still_news(sentence: str, kept: bool) -> None:
    items = _news(f"Apple shows new phone\nMay 7, 2010\n\nApple has shown a new phone to developers.\n\n"
                  f"On May 3, Jobs met the developers. {sentence}\n")
    word = sentence.split()[2] if kept else "demoed"
    assert any(word in i.candidate.mention.text and i.candidate.reported and not i.dated_nearby
               for i in items) is kept


def test_since_opening_a_perfect_sentence_makes_it_a_state() -> None:
    items = _news("Store passes milestone\nJanuary 9, 2008\n\nThe store has lowered its prices.\n\n"
                  "Since its launch the store has sold more than 3 billion songs.\n")
    assert [i.role for i in items if i.role != "headline"] == ["lead"]


@pytest.mark.parametrize("explanation, date, note", [
    ("reported on 22 March 2013 in “Israel apologises…”: the article gives no date for it",
     "reported on 22 March 2013", reported.REPORTED_NOTE),
    ("told in “Apple unveils iPhone 4”, whose news is of 22 March 2013 (“Yesterday”): the sentence gives no "
     "date of its own", "news of 22 March 2013", reported.STORY_NOTE),
])
def test_how_the_window_words_a_reported_date(explanation: str, date: str, note: str) -> None:
    from timeline_app.core.model import Event
    day = dt.date(2013, 3, 22)
    event = Event("r", "Israel apologises", day, day, Precision.DAY, (), explanation=explanation, reported=True)
    assert (reported.reported_date(event), reported.reported_note(event)) == (date, note)


@pytest.mark.parametrize("body, date", [
    # a simple past right after a sentence opened by its date, in the same paragraph: the account goes on
    ("In 2004, the mayor closed the old bridge. Engineers demolished its piers.", dt.date(2004, 1, 1)),
    ("In March, the firm lost its biggest client. It demoted the sales director.", dt.date(2010, 3, 1)),
    # ... and on, through each sentence that continues it
    ("In 2004, the mayor closed the bridge. The council sold the land. Builders demolished the piers.",
     dt.date(2004, 1, 1)),
    # a blank line between them: another paragraph, another account
    ("In 2004, the mayor closed the old bridge.\n\nEngineers demolished it within weeks.", None),
    # the date ends its sentence: it dates that detail, not an account
    ("The mayor closed the old bridge in 2004. Engineers demolished it within weeks.", None),
    # the date names the subject's time ("Revenue for 2004 rose"), not the account's
    ("Revenue for 2004 rose sharply. Engineers demolished it within weeks.", None),
    # a present perfect tells of now, not of then
    ("In 2004, the mayor closed the old bridge. Engineers have demolished it.", None),
    # a time phrase of its own, even one the tagger cannot place, starts another time
    ("In 2004, the mayor closed the old bridge. Two years after the vote, engineers demolished it.", None),
    # a day of the article's news (within a week before publication) goes on wherever it stood
    ("The mayor closed the old bridge on Thursday. Engineers demolished its piers.", dt.date(2010, 5, 6)),
    # ... also when it dates a past clause other than the main one
    ("The bridge, which the mayor closed on Thursday, lost its last tenant. Engineers demolished its piers.",
     dt.date(2010, 5, 6)),
    # a day a month before publication, ending the main clause, is the account's occasion all the same
    # (a month or a year there dates one detail: see the 2004 row above)
    ("The mayor closed the old bridge on April 2. Engineers demolished its piers.", dt.date(2010, 4, 2)),
    # ... but not one followed by another verb, a later step told in the same breath
    ("The mayor closed the old bridge on April 2 and sold it in May. Engineers demolished its piers.", None),
])
def test_a_past_account_goes_on_at_the_date_that_opened_it(body: str, date: dt.date | None) -> None:
    items = _news(f"Town loses bridge\nMay 7, 2010\n\nThe town has lost its last bridge.\n\n{body}\n")
    last = [i.candidate for i in items if i.candidate.mention.text.split()[-1] in ("demolished", "demoted")]
    if date is None:
        assert all(c.reported or c.first == dt.date(2010, 5, 7) for c in last), last
        return
    assert len(last) == 1 and last[0].first == date and not last[0].reported, last
    assert news.CARRIED_NOTE in last[0].explanation


def test_a_when_clause_inside_the_sentence_does_not_date_its_main_verb() -> None:
    items = _news("Police widen search\nMay 7, 1999\n\nPolice have widened the search for the suspect.\n\n"
                  "The detective showed photographs of the car when parked near the house.\n")
    assert [i.candidate.mention.text for i in items if i.role == "body"] == ["showed"]


@pytest.fixture
def analysed_sentences(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every sentence given to grammar.analyse_sentence while the test runs."""
    seen: list[str] = []
    real = grammar.analyse_sentence

    def spy(sentence: str) -> grammar.SentenceAnalysis:
        seen.append(sentence)
        return real(sentence)

    monkeypatch.setattr(grammar, "analyse_sentence", spy)
    return seen


@pytest.mark.parametrize("quote, analysed", [
    # after the lead, an undated quotation reports nothing: it is not analysed at all
    ('"We rebuilt the bridge in record time," the mayor said.', False),
    # a dated one may still be analysed (its date may govern the verb)
    ('"We rebuilt the bridge on Monday," the mayor said.', True),
])
def test_an_undated_quotation_after_the_lead_is_not_analysed(quote: str, analysed: bool,
                                                             analysed_sentences: list[str]) -> None:
    seen = analysed_sentences
    items = _news(f"Town rebuilds bridge\nMay 7, 2010\n\nThe town has rebuilt its last bridge.\n\n{quote}\n")
    assert [i.role for i in items] == ["headline", "lead"]
    assert any(quote in s for s in seen) is analysed


def test_an_undated_quotation_can_still_be_the_lead() -> None:
    items = _news('Town rebuilds bridge\nMay 7, 2010\n\n"We rebuilt the bridge," the mayor said.\n\n'
                  "Engineers finished the work.\n")
    # the quotation is the lead (it reports nothing itself), so the next sentence is body, not lead
    assert [i.role for i in items] == ["headline", "body"]


@pytest.mark.parametrize("lead, analysed", [
    # the lead's news is a month old: the body is background and is not read at all
    ("On April 2, 2010, the town rebuilt its last bridge.", False),
    # yesterday's news: the body's happenings are that day's, so it is read
    ("On May 6, 2010, the town rebuilt its last bridge.", True),
])
def test_the_body_of_old_news_is_not_analysed(lead: str, analysed: bool, analysed_sentences: list[str]) -> None:
    body = "Engineers painted the railings."
    seen = analysed_sentences
    items = _news(f"Town rebuilds bridge\nMay 7, 2010\n\n{lead}\n\n{body}\n")
    assert any(body in s for s in seen) is analysed
    assert [i.role for i in items] == (["body"] if analysed else [])


@pytest.mark.parametrize("text, roles", [
    # No headline line: the first sentence titles the article and is its lead; the next one is body.
    ("January 8, 1998\n\nAcme fired its chief executive.\n\nThe board named a successor.\n", ["headline", "body"]),
    # A wire dateline is no headline either.
    ("January 8, 1998\n\nBOSTON (AP) _\n\nAcme fired its chief executive.\n\nThe board named a successor.\n",
     ["headline", "body"]),
    # A headline line (no full stop): the first sentence under it is the lead.
    ("Acme fires its chief\nJanuary 8, 1998\n\nAcme fired its chief executive.\n\nThe board named a successor.\n",
     ["lead", "body"]),
])
def test_an_article_without_a_headline_line_leads_with_its_first_sentence(text: str, roles: list[str]) -> None:
    assert [i.role for i in _news(text)] == roles


def test_a_span_of_days_is_no_happening_an_undated_sentence_can_name(tmp_path: Path) -> None:
    # "less than two weeks ago" dates the conference to a span of days; a later article's undated "before the
    # press conference" with the same names is not a mention of it (it names no one day).
    (tmp_path / "a.txt").write_text("Apple conference\n\nJune 16, 2024\n\nApple CEO Tim Cook spoke at the Apple "
                                    "developer conference in Cupertino less than two weeks ago.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Free cases\n\nJuly 17, 2024\n\nApple's bumpers were priced at $29 before "
                                    "the press conference of Tim Cook at Apple.\n", encoding="utf-8")
    t = build_timeline([tmp_path])
    span = [e for e in t.events if e.first == dt.date(2024, 6, 2) and e.last == dt.date(2024, 6, 16)]
    assert len(span) == 1 and {m.document for m in span[0].mentions} == {"a"}


@pytest.mark.parametrize("body, reported", [
    # the middle sentence of a quotation is still the speaker's words
    ('The statement reads: "Apple has lost a visionary. Those of us who knew him have lost a friend. '
     'His spirit will stay."', []),
    ("The statement reads: \u201cApple has lost a visionary. Those of us who knew him have lost a friend. "
     "His spirit will stay.\u201d", []),
    # a quotation closed before it leaves the next sentence the article's own report
    ('"We have lost a visionary," the statement said. The company has lowered its flags.', ["has lowered"]),
])
def test_a_quotation_running_over_sentences_reports_nothing(body: str, reported: list[str]) -> None:
    items = _news(f"Founder dies\nOctober 6, 2011\n\nThe founder of Apple has died.\n\n{body}\n")
    assert [i.candidate.mention.text for i in items if i.role == "body"] == reported


@pytest.mark.parametrize("sentence, reported", [
    # a length of time says how long, not when: the announcement is still the day's news
    ("Jobs announced that 2 million copies had sold in the 6 weeks that it has been available.", True),
    # counted from something, or back from now, it sets a time of its own
    ("The suspect was arrested two days after the shooting.", False),
    ("Workers lost earning power to inflation in the last decade.", False),
])
def test_a_length_of_time_dates_a_clause_only_when_it_counts_from_something(sentence: str, reported: bool) -> None:
    items = _news(f"Keynote opens\nJune 6, 2005\n\nApple has opened its developers conference.\n\n{sentence}\n")
    assert any(i.role == "body" for i in items) is reported


def test_a_plural_read_as_a_verb_does_not_take_the_date_from_the_clause() -> None:
    # "minutes" (read VBZ) makes no clause of its own: "on Friday" dates "occurred"
    items = _news("Embassies bombed\nAugust 8, 1998\n\nBombs have wrecked two embassies.\n\n"
                  "The car bombings occurred 700 kilometers from each other but just minutes apart on Friday.\n")
    assert [i.role for i in items if i.role == "body"] == []


def test_a_headline_naming_the_days_own_dated_happening_keeps_its_body(tmp_path: Path) -> None:
    # the headline is the lead's "today" launch, not an earlier story: the body still reports that day
    (tmp_path / "a.txt").write_text(
        "June 9, 2008\n\nApple launches 3G iPhone\n\nApple Computer launched a 3G version of its iPhone "
        "today. Steve Jobs, the Apple chief executive, announced the development at a developers' "
        "conference in San Francisco.\n", encoding="utf-8")
    t = build_timeline([tmp_path])
    announced = [e for e in t.events for m in e.mentions if m.text == "announced"]
    assert len(announced) == 1 and announced[0].first == dt.date(2008, 6, 9)


def test_news_reads_a_documents_sentences_as_the_loaders_offsets_or_as_a_tuple() -> None:
    """The loader's sentences (documents.SentenceSpans) hand news their starts as one array; a document built
    with a plain tuple of sentences (tests, tools) is read the same way, with the same news."""
    from dataclasses import replace

    fixtures = Path(__file__).parent / "fixtures" / "news"
    for path in sorted(fixtures.glob("*.txt"))[:4]:
        doc = document_from_text(path.read_text(encoding="utf-8"), id=path.stem)
        as_tuple = replace(doc, sentences=tuple(doc.sentences))
        assert type(doc.sentences) is not tuple and as_tuple.sentences == doc.sentences
        expressions = tag(doc.text, reference=doc.published)
        found = news.find_news(doc, expressions)
        assert found and news.find_news(as_tuple, expressions) == found, path.name


# --- the lead's news (an article's own happening, dated only by its dateline) -----------------------------------
# Invented leads of a wire story with no headline line (the dateline, then the text): what the lead reports reaches
# the timeline at the publication date, through the words that carry it; background, opinion, plans and states
# do not. The body's only sentence is dated, so nothing else of the article is news.
@pytest.mark.parametrize("lead, word", [
    # a reporting verb's complement reports the happening
    ("Harbor Mills Inc. said shareholders approved its sale to Dunmore Group for $12 a share.", "approved"),
    ("Northgate Bank said Ellen Varga resigned as chief financial officer to pursue other interests.", "resigned"),
    ("Calloway Tools Corp., Dayton, Ohio, said it bought 1.2 million of its shares from a former director.",
     "bought"),
    ("Orchard Foods said that a Chicago investor has made an offer for the company.", "has made"),
    ("Westbrook Mining said it tentatively agreed to sell its copper unit.", "agreed"),
    # the statement itself is the news: a plan or a stance announced on the day
    ("Greystone Corp. said it will close two plants and cut 800 jobs.", "said"),
    ("The prime minister says he is ready to call an early election.", "says"),
    ("Lakeside Savings has said it expects a loss.", "has said"),
    # "recently" puts it shortly before publication, as the dateline does
    ("The state government recently announced new rules for rural clinics.", "announced"),
    ("The state government lately announced new rules for rural clinics.", "announced"),
    ("The state government more\nrecently announced new rules for rural clinics.", "announced"),  # (wrapped)
    # what a clause says it followed does not move the lead off its dateline
    ("Marlow Shipping was merged into Baltic Lines after shareholders approved the deal, the companies said.",
     "was merged"),
    # a present perfect reaches up to the dateline, whatever a relative clause dates
    ("The police have released one of two men who were questioned last week about the fire.", "have released"),
])
def test_a_leads_news_reaches_the_dateline(lead: str, word: str) -> None:
    items = _news(f"January 8, 1998\n\n{lead}\n\nThe board met on Tuesday.\n")
    news_items = [i for i in items if i.role != "fallback"]
    assert [i.candidate.mention.text for i in news_items] == [word]
    c = news_items[0].candidate
    assert c.reported and c.first == c.last == dt.date(1998, 1, 8) and not c.mention.dated
    assert lead.startswith(c.sentence)


@pytest.mark.parametrize("lead", [
    "The company has long been a favourite of small investors.",          # a state
    "The government's new housing plan is a mistake.",                    # opinion
    "Pamela Chen owns eight bakeries in the city.",                        # a state
    "The company plans to open three stores in Asia.",                    # a plan, no news
    "Westbrook Mining is planning to sell its copper unit.",              # a plan in the progressive
    "The new trains will carry 900 passengers an hour.",                  # a future
    "Shares could rise sharply if the deal goes ahead, analysts said.",   # a modal
    "Analysts did not say whether the merger would go ahead.",            # negated
    "The company had agreed to the sale before the crash.",               # past perfect: background
    "Castro has ruled Cuba since the revolution.",                        # a state since then
    "The mill employed 300 people until recently.",                       # "until recently": a time of its own
    "The family once owned half the valley.",                             # "once": background
    "\u201cWe will rebuild the bridge,\u201d the mayor said.",            # a quotation
    "Officials said Monday that the bridge was closed.",                  # its date is extraction's
])
def test_background_opinion_and_plans_in_a_lead_stay_off_the_dateline(lead: str) -> None:
    items = _news(f"January 8, 1998\n\n{lead}\n\nThe board met on Tuesday.\n")
    assert [i.candidate.mention.text for i in items if i.role != "fallback"] == []


@pytest.mark.parametrize("sentence, word", [
    ("Acme said it sold its trucking unit to a rival.", "sold"),        # a reported happening, in the body too
    ("Acme said it will sell its trucking unit.", "said"),              # a plan: the statement of the day is news
    ("Acme has said it will sell its trucking unit.", None),            # said some time before: no news
    ("Acme says it will sell its trucking unit.", None),                # a body's present: what is held now
    ("Acme said on Monday that it sold its trucking unit.", None),      # dated: extraction's
    ("Acme said its trucking unit is for sale.", None),                 # a state
    ("Officers recently searched the woods near the lake.", "searched"),  # "recently": shortly before publication
])
def test_a_body_sentence_reports_what_a_reporting_verb_says_happened(sentence: str, word: str | None) -> None:
    items = _news(f"Police widen search\nMay 7, 1999\n\nPolice have widened the search for the suspect.\n\n"
                  f"{sentence}\n")
    assert [i.candidate.mention.text for i in items if i.role == "body"] == ([word] if word else [])


def test_a_reported_happening_is_titled_with_who_reported_it() -> None:
    items = _news("January 8, 1998\n\nCalloway Tools Corp. said it bought 1.2 million of its shares.\n")
    assert items[0].candidate.title == "Calloway Tools Corp. says it bought 1.2 million of its shares"


@pytest.mark.parametrize("texts, vanished_before", [
    # every sentence undated, none reporting a happening: the lead still stands for the article, at its dateline
    ({"a.txt": "January 8, 1998\n\nThe city is a quiet place by the sea.\n\nIts people are friendly.\n"}, True),
    # a headline line titles it
    ({"a.txt": "A quiet city\nJanuary 8, 1998\n\nThe city is a quiet place by the sea.\n"}, True),
])
def test_an_article_with_no_event_still_contributes_its_lead(tmp_path: Path, texts: dict[str, str],
                                                              vanished_before: bool) -> None:
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    t = build_timeline([tmp_path])
    assert len(t.events) == 1
    e = t.events[0]
    assert e.reported and e.first == dt.date(1998, 1, 8) and e.mentions[0].document == "a"
    assert e.mentions[0].text == "is"
    doc = t.document("a")
    assert doc is not None and e.title in (doc.title, "The city is a quiet place by the sea")


def test_the_lead_stands_in_only_for_an_article_with_no_event(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("January 8, 1998\n\nThe city is a quiet place by the sea.\n\n"
                                    "Its harbour was built in 1890.\n", encoding="utf-8")
    t = build_timeline([tmp_path])
    assert [(e.first, e.reported) for e in t.events] == [(dt.date(1890, 1, 1), False)]


@pytest.mark.parametrize("sentence, reported", [
    # a date opening the sentence before its subject, with no comma, dates the main verb: nothing more is added
    ("Three weeks ago inspectors closed the plant for repairs.", []),
    ("Six months ago investors sold the shares at a loss.", []),
    # (undated, the same sentence is the day's news)
    ("Inspectors closed the plant for repairs.", ["closed"]),
])
def test_a_date_opening_the_sentence_without_a_comma_dates_its_verb(sentence: str, reported: list[str]) -> None:
    assert council_reported_words(sentence) == reported


@pytest.mark.parametrize("deck", [
    "",  # (no deck: the lead's day dates the body)
    "Storm-hit trawler towed to port as crew recover\n",
    "Coastguard praises volunteers in overnight operation\n\n",
])
def test_a_deck_under_the_headline_is_not_the_lead(deck: str) -> None:
    # The lead after the deck dates the article's news: the body's undated happening is of that day.
    template = ("Fishermen rescued off Cape Arlo\n" + deck + "Published: Monday, March 3, 2025\n\n"
                "Lifeboat crews rescued six fishermen from a sinking trawler off Cape Arlo on Saturday.\n\n"
                "\u201cThe sea was wild,\u201d the skipper said.\n\n{}\n")
    items = body_news("A helicopter lifted two injured men to hospital.", template)
    assert [(i.candidate.mention.text, i.candidate.first) for i in items] == [("lifted", dt.date(2025, 3, 1))]


@pytest.mark.parametrize("lead, quotation", [
    # the lead lost its full stop when scraped: still the lead, not a deck
    ("Lifeboat crews rescued six fishermen from a sinking trawler off Cape Arlo on Saturday", ""),
    # the lead introduces a block quotation
    ("Lifeboat crews rescued six fishermen off Cape Arlo on Saturday, the coastguard said in a statement:",
     "\u201cThe crews worked through the night in a heavy swell.\u201d\n\n"),
])
def test_a_lead_without_a_full_stop_is_no_deck(lead: str, quotation: str) -> None:
    # Only the line right under the headline may be its deck: the lead after the dateline dates the news.
    template = ("Fishermen rescued off Cape Arlo\nPublished: Monday, March 3, 2025\n\n" + lead + "\n\n" + quotation
                + "\u201cThe sea was wild,\u201d the skipper said.\n\n{}\n")
    items = body_news("A helicopter lifted two injured men to hospital.", template)
    assert [(i.candidate.mention.text, i.candidate.first) for i in items] == [("lifted", dt.date(2025, 3, 1))]
