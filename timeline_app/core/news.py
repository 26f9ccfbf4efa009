"""The news of each article: what its headline and lead report, and the undated happenings of its body.

Most of what a news article reports happened on, or shortly before, its publication date, and it says so
with no date phrase at all: "Airbus launches world's largest passenger plane", "Apple has released an
application that limits the volume ...", "Shares fell 232 points". Extraction only sees sentences with a
time expression, so this module adds those happenings (issue 8, part 1). Each candidate's date is, in order:

1. an explicit date in the sentence that its main verb governs: extraction already made that event, so
   nothing is added here;
2. a happening that another sentence (in this article or another) dates, and that this one clearly names
   (the same kind of happening, two or more of the same named participants, dated within two months before
   publication): the candidate becomes an undated mention of that event, like "Putin's visit follows ...";
3. otherwise the publication date, with precision "on or shortly before": `Candidate.reported` is True,
   the event is drawn hollow and explained ("reported on 22 March 2013 in “Israel apologises …”: the
   article gives no date for it").

Which sentences report a happening is decided on the grammar (`core/grammar.py`: Brill tags, finite verb
groups, subjects, clauses), never on word lists, except for one small table of verb lemmas that a tag
cannot tell apart: reporting verbs and states ("said" alone is not an event; "has", "owns", "hopes" are
not happenings). Tense decides the rest:

* a headline's simple present reports a past happening ("Apple launches ..."); its "to" infinitive is a
  future ("Apple to lower UK iTunes prices") and adds nothing;
* in the lead and the body, the simple past ("resigned", "fell 232 points"), the present perfect ("has
  died"), its progressive ("have been falling") and the past passive ("was arrested") report a happening; the
  past perfect is background, the progressive and the present are states, and future and modal groups ("will
  be available", "could") are not dated by the publication date; a negated group ("has not yet said")
  reports nothing; a stretch or a habit is no happening of the day: a perfect over weeks or more ("has complained
  for a number of years"), a simple past measured by a year or more ("served as a councillor for more than 11
  years"), a frequency ("inspected the depot every month", "regularly visited", "has long opposed"); a past tense of a state of mind or a purpose ("was pleased with", "was aimed at", "was well
  prepared"; not with its agent, "was designed by Foster") is a state, and so no happening, as is a stance
  told by its holder ("said they opposed the road"; told as the main clause, "the Senate opposed the bill",
  it is an act);
* tense also decides which date can be a verb's: a time still to come is not a present perfect's ("has invited
  the ministers to a ceremony on March 12": the inviting is the day's news), nor a future relative clause's the
  main clause's; a day weeks gone before a present's verb is not its ("With the finding of a rifle 11 days ago,
  the authorities say ...");
* a reporting verb reports what its complement clause says happened ("Acme said it bought 2.7 million shares",
  "Acme said that an investor has made an offer"), in the body too when the sentence has no date; in the body,
  a statement told in the simple past is news itself when its clause says no happening and no state of things
  ("Jobs said that the phones can be returned": made on the day of the article's news; not "officials say",
  "has said", "said the stock remains convertible"; but "said it plans to buy back shares", an intention, tells
  what is to come as "will" does; "said it couldn't comment" says nothing), and is never carried on from an
  earlier date before it (nor dropped for one that only dates a detail of the sentence before: "He fought
  cancer in 2004 ... Jobs ... said he will still be CEO"); its clause is found after "that", after a quotation
  that opens it ('said "a few buyers" were having problems') or after where or to whom it was said ("said in a
  statement that", "told regulators that");
  after a negated verb, the subject's coordinated second verb may be the news ("has not yet said why, but
  said he will stay");
  and in an undated lead (the first sentence of running text) the statement itself is the news ("Acme said it will cut
  jobs", a broadcast's "The president says he is committed to ..."; not one of a past state or opinion, "said
  the plan was a mistake"), as is a happening after an "after/when"
  clause, and a present perfect whatever a relative clause dates ("has released one of two men who were
  sought last week"); "recently" dates nothing but "on or shortly before" (not "until recently", "once").

A crime or court story reports the latest stage of its case (charged, in court, convicted, sentenced: `_CASE_STAGES`)
as the day's news; an undated body sentence telling an earlier stage than its headline's or lead's (the crime, "Holm
was stabbed at his home"; the arrest before a charge) happened before, and is not put on the news day (nor carried
to a day of the news told just before it). A happening told "according to a report on Monday" (an earlier source's
day) is put on that source's day, not the report's (`NewsWalk._after_source_day`).

An article that would have no event at all (every sentence undated, none reporting a happening) keeps its
lead as its news at the publication date, titled by its headline line if it has one: it never leaves the
timeline without a trace.

A sentence is left alone when something else dates it: a date in another past clause, a relative clause
or the subject ("Kopp vanished after the shooting, and his car was found ... in December", "Friday's
volume totaled ..."), a "when/while/after" clause (not one after a relative clause, whose time it tells:
"criticized Vacco for dismantling the office, which investigated threats, when he became ..."), a "since" with
a perfect ("has eluded police since"), or a neighbouring sentence whose main verb an earlier date governs (one
more than `STORY_FRESH` before publication: a day of the article's news tells the same news) or that names a
happening dated elsewhere. A participle's phrase about the subject has a time of its own, not the main verb's:
"The company, founded in 1990, announced ...", "Founded in 1990, the company announced ..." (an opening one
only before a statement or an announcement; before another main clause it sets the account's time: "Born in
1933, Lopez spent her childhood ...").
When that earlier date opens the sentence just before, in the same paragraph ("In 2004, Jobs underwent
surgery. He recovered ..."), a simple past with no time phrase of its own goes on with that account and takes
its date (not `reported`; explained "dated by “In 2004” in the sentence before"), and so does the next such
sentence. So it does after a day that ends the main clause of the sentence before, an occasion ("The storm hit
the coast on March 3. Three fishermen drowned."; not after "then" or "later", nor after a day of a relative
clause or one that another verb follows: "indicted him on Oct. 3, and he pleaded not guilty later that
month"; nor after a report's, an announcement's, a state's or a passive's day, "reported its earnings on
March 3. Sales rose ...", "was born on May 5, 1913. He studied law ..."), and past the sentences between that
report no happening of their own, in the past ("In March, Acme received an offer. It was also considering a
restructuring. Pension funds urged ..."; a present, a modal or a quotation ends the account). A day of the
article's news (within `STORY_FRESH` before publication) is carried so wherever it stands in the sentence
before, even in another past clause of it ("Anheuser shares plunged $4.375 yesterday. The stock closed at
$38.50"), and one step across a paragraph's break when it governs the act of the sentence before and goes on
to an act (wire copy gives each sentence a paragraph; not on from a sentence it was carried to, nor from a
statement's day, "said on Saturday", nor to a report, "Investigators said ...", which opens another source's
account). An act done "also" again a few sentences after one that a date governs, in the same paragraph,
takes that date ("Jobs announced today that ... Jobs also announced ..."). An older date is neither carried to,
nor makes another story of, a sentence that names the article's own news again: two or more of its headline's
and lead's names that the sentence before does not name ("In April, Gizmodo obtained a prototype. While
introducing iPhone 4 at the conference, Jobs started by hinting at the incident" is the keynote's), unless it
says it tells a later step ("Bush then sent troops"). Quotations are the speaker's words,
not the article's report; but their saying, when the speaker is the subject of the sentence before, goes with
that sentence's news: on its statement's day ("Eitan said Sunday that ... ``We will defend our north,'' said
Eitan"; not a day after the publication, which dates what was said, "said he would raise it on Wednesday": then the
article's news of its day), or as a mention of its happening ("Albright accepted the papers ... ``Hallelujah,'' Albright
exclaimed"). So does an undated statement that goes on with the saying before it, by the same speaker: on that
saying's day, a day of the article's news ("NATO has decided to admit Poland, an official said on Wednesday. The
official said that the accession was planned for early March"), or with its item; and what the same speaker
says next in turn. Not after an announcement, an act of its own ("announced a reward on Monday. She told the
envoys ..."), nor after an act ("lost its case today. Apple Corps argued that ...": argued before). An undated headline or lead whose happening the body tells again with a recent day of its own (the same subject
doing the same act, or a subject that names the happening: "Earthquake in China Kills 7 People" over "The earthquake
struck Sunday afternoon") takes that day, not the report's. So does an undated happening of the lead or the body that
a sentence within the next two tells again on a recent day: its subject the act's noun ("The verdict came on Monday"
after "A jury has found him guilty", the case's stage; "The crash happened yesterday" after "have died in a crash", a
happening it names), a day's noun ("Sunday's attack"), or the same verb the day governs ("Most of the victims were
killed on Saturday night" after "Floods have killed 40 people"; not one more, "also arrested a second man on Sunday",
nor a saying's or a state's day). When the
headline or lead itself is dated ("Yesterday, ... Jobs unveiled iPhone 4"), that day is the day of the article's
news: the body's undated happenings take it (the event reads "news of 7 June 2010"), and when it lies more
than a week before publication, or the lead names a happening another article dates (an analysis piece weeks
later), the body adds nothing. An article with no publication date adds nothing.

Linear: each sentence is tagged once (the grammar module caches the analysis), and the cross-article step
looks candidates up in an index keyed by (kind, participant) with a bisected date window.
"""
from __future__ import annotations

import bisect
from array import array
import datetime as dt
import re
from collections import deque
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache, partial
from itertools import compress, count, takewhile
from operator import attrgetter, itemgetter
from typing import NamedTuple

from timeline_app.core import coref, grammar
from timeline_app.core.documents import SentenceSpans, without_kicker
from timeline_app.core.elide import elide
from timeline_app.core.extraction import (_NAME_RE, _QUOTE_PAIRS, _SAME_PERSON_WORDS, KIND_NEAR_REACH, Candidate,
                                          actors_in, first_kind, in_attribution, is_figures_period, kind_near,
                                          kind_of_word, pronoun_person, resolve_title_pronoun)
# (the dates that extraction reads as no clause's happening, read the same way for the day's news)
from timeline_app.core.extraction import as_of_or_labelled, rescheduled_thing, rescheduling_goal_word
from timeline_app.core.extraction import noun_date_cued, noun_of_or_from_date
from timeline_app.core.extraction import is_bare_year, year_modifies_an_object
from timeline_app.core.extraction import _LABEL_PARTS, _RESCHEDULING_PARTS  # (the words those tests need)
from timeline_app.core.extraction import _GENDER_TITLES  # ("Mr", "Mrs": which of he/she a person is)
from timeline_app.core.extraction import STORY_FRESH, is_news_day  # (shared with the titles of a news day)
from timeline_app.core.extraction import _FIRED_NOUNS  # (what a weapon fires: the noun of a shooting's act)
from timeline_app.core.extraction import FIGURES_REPORT_LEMMAS  # (one set: what extraction reads before figures)
from timeline_app.core.merging import lead_index, names_happening
from timeline_app.core.merging import _pronoun_subject as pronoun_subject  # (a title opening on the tagger's PRP/PRP$)
from timeline_app.core.model import Document, Mention, Precision, Sentence, TimeExpression, TimexType, human_date
from timeline_app.core.model import merge_spans
from timeline_app.core.progress import PROGRESS_STEP, CharProgress, check_every
from timeline_app.core.temporal_lexicon import DAY_WORDS, WEEKDAYS
# Worded apart (the window imports them without the tagger).
from timeline_app.core.reported import STORY_PREFIX

# One sentence's tokens, clauses, verb groups and subjects, analysed once and cached by the grammar module
# (its indexes answer "which clause/group holds token i" by bisection; the public functions rescan).
SentenceAnalysis = grammar.SentenceAnalysis

# Reporting verbs and states: defined with the grammar (the tagger and extraction read them too), named here too.
REPORTING_LEMMAS, STATIVE_LEMMAS = grammar.REPORTING_LEMMAS, grammar.STATIVE_LEMMAS
# Stances: in what someone said of themselves ("residents said they opposed the road", "the union said it
# supported the strike") an opinion, not an act; but told as the main clause they are often acts ("The Senate
# opposed the tax bill by a vote of 52 to 48", "Farmers opposed the new road"), so only `_past_state` (a
# reporting verb's complement) reads them as states, not `happening_group`.
_STANCE_LEMMAS = frozenset({
    "oppose", "support", "favor", "favour", "sympathize", "sympathise", "admire", "respect", "trust", "dislike",
    "hate", "worry", "regret"})
# Participles that after "was/were" name a state of mind or a purpose, not something done ("was pleased with",
# "was aimed at helping", "was based on"): a passive's tag cannot tell them from "was arrested".
STATIVE_PARTICIPLE_LEMMAS = frozenset({
    "please", "concern", "disappoint", "satisfy", "delight", "surprise", "interest", "infatuate", "aim", "design",
    "base", "convince", "entitle"})
# Adverbs of degree, which make a participle an adjective ("was well prepared", "were deeply divided"), unlike
# adverbs of manner ("was badly damaged").
_DEGREE_ADVERBS = frozenset({"well", "very", "too", "so", "quite", "deeply", "extremely", "highly", "increasingly",
                             "more", "most", "less", "least", "rather", "fairly", "sufficiently", "equally"})
# How long before publication a happening may lie for an article to name it without a date.
NAMED_WINDOW = dt.timedelta(days=60)
# A sentence below the headline whose reported verb is not in the simple past (a present perfect, a present:
# "has resigned", "have frightened away travelers") names only a happening this recent (`resolve_news`): it tells
# how things stand at writing, and an older happening sharing its kind and names is another one.
NOT_SIMPLE_PAST_REACH = dt.timedelta(days=3)
_NEGATION = frozenset({"not", "n't", "n’t", "never", "no"})
_HAVE = frozenset({"has", "have", "'ve", "’ve"})
_PAST_BE = frozenset({"was", "were"})
# Kinds too general to say two sentences name the same happening.
_VAGUE_KINDS = frozenset({"event", "announcement", "economy", "period"})
_FAMILY = {"death": "harm", "conflict": "harm", "disaster": "harm", "visit": "occasion", "meeting": "occasion"}
_HARM_KINDS = frozenset(k for k, family in _FAMILY.items() if family == "harm")  # (a death's circumstances: kept)
MAX_TITLE = 90
MAX_SENTENCE = 2000  # characters; longer "sentences" are run-on pages, lists or noise
_DANGLING = frozenset({"IN", "CC", "DT", "TO", "PRP$", "POS", "WDT", "WP", "MD", ",", ":"})


@dataclass(frozen=True, slots=True)  # slots: an item per ~600 characters of dense news, alive until merging
class NewsItem:
    """A happening that one sentence reports without a date phrase, before the cross-article step."""

    candidate: Candidate  # dated at the publication date, `reported` True
    index: int  # the sentence's position in the document's sentences
    dated_nearby: bool  # a neighbouring sentence dates its story with an explicit date
    role: str = "body"  # "headline", "lead", "body", or "fallback" (the lead of an article with no other news)
    simple_past: bool = False  # its main verb is a simple past or past passive (not a perfect, a headline's present)
    statement: bool = False  # a statement itself, whose reporting verb reports no happening (`_sentence_news`)
    quoting: bool = False  # the saying of a quotation, part of the sentence before's news (`NewsWalk._quotation`)
    # The candidate's own verb group is a simple past or past passive (`_simple_past` at its verb: "resigned" of
    # "Acme says Miller resigned", where `simple_past` reads "says"): `resolve_news` asks, long after the walk
    # has let go of the sentence's analysis, so the walk answers it.
    own_simple_past: bool = False


# The verb lemmas of a form (lemminflect's guess for a word its dictionary lacks; else the word itself).
_lemmas = partial(grammar.verb_lemmas, guess=True)


# The lemmas `_is_reporting_or_state` looks for, joined once (not a new set for every verb it is asked about).
_REPORTING_OR_STATIVE = REPORTING_LEMMAS | STATIVE_LEMMAS


def _is_reporting_or_state(word: str) -> bool:
    return not _lemmas(word).isdisjoint(_REPORTING_OR_STATIVE)


@lru_cache(maxsize=4096)
def _may_report_word(word: str) -> bool:
    """Can a past form of this word be the main verb of a happening: no reporting verb or state, or a speech
    act? (Cached by the word, as `_lemmas` is: a body's past verbs are a small vocabulary, "said" above all.)"""
    return not _is_reporting_or_state(word) or not _lemmas(word).isdisjoint(_SPEECH_ACT_LEMMAS)


def _body_statement(frame: grammar.VerbGroup) -> bool:
    """Is what a reporting verb in the body says, when it reports no happening ("Jobs said that the phones can be
    returned", "acknowledged that users were experiencing ..."), itself news: a statement made on the article's
    news day? Only in the simple past, the account of what was said then: not "has said" (said at some time
    before), nor a present ("officials say": what is held now). `_reporting_frame` has left out what says how
    things stand ("said the stock remains convertible")."""
    return not frame.auxiliaries and frame.main.pos in ("VBD", "VBN")  # (a past read as VBN after its subject)


_MAY_REPORT_TAGS = frozenset({"VBD", "VBN", "VBG"})  # the tags `_may_report` reads a word of
_TOKEN_POS = itemgetter(3)  # Token.pos
_TOKEN_TEXT = itemgetter(0)  # Token.text


def _may_report(text: str) -> bool:
    """Can the sentence's main verb report a happening (in the body: not a headline)? `happening_group` says
    yes only to a main verb tagged VBD or VBN (or VBG after "been") that is not a reporting verb or state (or is
    a speech act): a sentence with no such word cannot, whatever its clauses, so its words are tagged but its
    clauses, verb groups and subjects are never built (most undated body sentences: "..., he said", "It is ...").
    A reporting verb in the simple past with words after it passes too: its statement may be news
    (`_body_statement`)."""
    tokens = grammar.tag_words(text)
    # (A perfect progressive's "been falling" too; and a simple past reporting verb with words after it, which
    # may frame a statement: "Jobs said that ...", not "..., the company said.") Only the verbs of those tags
    # are read, picked out in C: most of a sentence's words are none.
    return any((t.pos != "VBG" or k > 0 and tokens[k - 1].text.lower() == "been")
               and (_may_report_word(t.text) or t.pos == "VBD" and k + 1 < len(tokens)
                    and (tokens[k + 1].text[:1].isalnum() or tokens[k + 1].text in _QUOTE_TOKENS)
                    and not _lemmas(t.text).isdisjoint(REPORTING_LEMMAS))
               for k in compress(count(), map(_MAY_REPORT_TAGS.__contains__, map(_TOKEN_POS, tokens)))
               for t in (tokens[k],))


def happening_group(tokens: Sequence[grammar.Token], group: grammar.VerbGroup, *, headline: bool) -> bool:
    """Does this finite verb group report a happening that the publication date may date?

    Simple past, present perfect and past passive do; a headline's simple present does too. Modal,
    future, negated, past perfect, progressive and (outside headlines) present groups do not, nor do
    reporting verbs and states (but a denial, warning or request done to something is a happening)."""
    if not group.finite or _negated(tokens, group):
        return False
    aux = [w for w in group.auxiliaries]
    main = group.main
    if _perfect_progressive(group):
        # "oil prices have been falling", "have recently been ceding market share": a doing that goes on up to
        # the time of writing, as a present perfect's act reaches it (`_sentence_news` refuses one that a length
        # of time makes a stretch: "has been working there for 20 years"). Not of a state: "have been considering".
        return not _is_reporting_or_state(main.text)
    if _modal(group) or main.pos == "VBG" or main.pos == "VB" and not aux:
        return False
    if _is_reporting_or_state(main.text) and not _speech_act(tokens, group):
        return False
    if refuses_to_tell(tokens, group):
        return False  # "declined to comment", "refused to say whether ...": a non-answer, nothing happened
    if not aux:
        if main.pos == "VBD" or main.pos == "VBN":
            return True  # "resigned", "fell 232 points" (a past read as VBN after its subject)
        return headline and main.pos in ("VBZ", "VBP")  # "Airbus launches ..."
    first = aux[0].text.lower()
    if main.pos != "VBN":
        return False  # "does go", "did sign" (emphatic) are rare; "is going" is progressive
    if first in _HAVE:
        return True  # "has died", "has been arrested"
    if first in _PAST_BE:
        return not _stative_passive(tokens, group)  # "was arrested"; not "was pleased with", "was well prepared"
    if headline and first in ("is", "are"):
        return True  # headline passive: "Minister is arrested"
    return False  # "had agreed" (background), "is expected", "did"


def _perfect_progressive(group: grammar.VerbGroup) -> bool:
    """A present perfect progressive: "has been falling", "have been demonstrating"."""
    aux = group.auxiliaries
    return group.main.pos == "VBG" and len(aux) == 2 and aux[0].text.lower() in _HAVE \
        and aux[1].text.lower() == "been"


def _stative_passive(tokens: Sequence[grammar.Token], group: grammar.VerbGroup) -> bool:
    """Is "was/were + participle" a state rather than something done to the subject: a participle of mind or
    purpose ("was pleased with the result", "was aimed at helping banks"), or one an adverb of degree makes an
    adjective ("was well prepared", "were deeply divided")?"""
    main = group.main
    after = group.last + 1
    if after < len(tokens) and tokens[after].text.lower() == "by":
        return False  # an agent does it: "The plant was designed by Foster", "was well prepared by the staff"
    if not _lemmas(main.text).isdisjoint(STATIVE_PARTICIPLE_LEMMAS):
        return True
    k = group.last - 1  # the word before the participle (an adverb inside the group: "was well prepared")
    return 0 <= k < len(tokens) and tokens[k] is not main and tokens[k].text.lower() in _DEGREE_ADVERBS


def _agentless_past_passive_sentence(doc: Document, i: int) -> bool:
    """Is sentence i's main verb a past passive ("was built", "were founded") that names no agent ("by ...")?"""
    sent = doc.sentences[i]
    a = grammar.analyse_sentence(doc.text[sent.start:sent.end])
    group = main_group(a)
    if group is None:
        return False
    aux = group.auxiliaries
    after = group.last + 1
    return group.main.pos == "VBN" and len(aux) == 1 and aux[0].text.lower() in _PAST_BE \
        and not (after < len(a.tokens) and a.tokens[after].text.lower() == "by")


def _negated(tokens: Sequence[grammar.Token], group: grammar.VerbGroup) -> bool:
    """Is the verb group negated, by one of its words, the word right after it ("did not say", "is not") or a
    "never" right before it ("he never dreamed")?"""
    following = group.last + 1
    return any(w.text.lower() in _NEGATION for w in group.words) \
        or following < len(tokens) and tokens[following].text.lower() in _NEGATION \
        or group.first > 0 and tokens[group.first - 1].text.lower() == "never" \
        or _negative_subject(tokens, group)


# Words that negate the clause from its subject: "No one has claimed responsibility", "None of those doctors were
# killed", "Nobody was hurt", "Neither man was charged".
_NEGATIVE_SUBJECT_WORDS = frozenset({"no", "none", "nobody", "nothing", "neither"})
_SUBJECT_RUN_TAGS = grammar.NOUN_PHRASE_TAGS | {"IN"}
_SUBJECT_RUN_MAX = 12  # tokens: a subject's noun phrase with its "of" phrase; bounds the walk


def _negative_subject(tokens: Sequence[grammar.Token], group: grammar.VerbGroup) -> bool:
    """Does the noun phrase right before the group, its subject, open with a negative word ("None of those
    doctors were killed")? The phrase is the run of noun-phrase words and prepositions before the verb (a
    comma, a verb or a clause's opener ends it), read from its first word."""
    k = grammar._previous_word(tokens, group.first)
    first = -1
    while k >= 0 and group.first - k <= _SUBJECT_RUN_MAX and tokens[k].pos in _SUBJECT_RUN_TAGS \
            and tokens[k].text.lower() not in ("that", "which", "who"):
        first = k
        k -= 1
    return first >= 0 and tokens[first].text.lower() in _NEGATIVE_SUBJECT_WORDS


# Speech verbs that, done to something, are a happening themselves: a denial, a warning, a request, an
# admission ("denied a newspaper report", "warned against all travel", "asked Clinton to reverse the order").
_SPEECH_ACT_LEMMAS = frozenset({"deny", "warn", "ask", "caution", "claim", "confirm", "admit", "acknowledge",
                                "describe", "respond", "reply"})  # ("described the new range as 'a wonder'": said of
# something; "responded to the criticism", "replied to the letter": done in answer to something)
# Answers: a speech act only with what they answer ("to" and its object), not "responded that ...".
_ANSWER_LEMMAS = frozenset({"respond", "reply"})
_OBJECT_TAGS = frozenset({"DT", "NN", "NNS", "NNP", "NNPS", "PRP$", "CD", "JJ"})
# Reporting verbs that own to something or gainsay it: what they frame is an act of the speaker's, news of the
# day even when it tells how things stand or stood (`_reporting_frame`).
_OWNING_LEMMAS = frozenset({"admit", "acknowledge", "confirm", "deny"})


def _object_at(tokens: Sequence[grammar.Token], k: int) -> bool:
    """Does an object (a noun phrase, not the "that"/"this" of a clause) begin at token k?"""
    return k < len(tokens) and tokens[k].pos in _OBJECT_TAGS and tokens[k].text.lower() not in ("that", "this")


# Nouns of asking for words: an answer to one is speech ("responded to questions", "a request for comment").
_ASKING_NOUN_LEMMAS = frozenset({"question", "query", "inquiry", "enquiry", "request"})


def _asks_for_words(tokens: Sequence[grammar.Token], k: int) -> bool:
    """Is the noun phrase at token k, up to its head noun, something asked ("questions from reporters", "a
    reporter's query", "a request for comment")?"""
    j = k
    while j < len(tokens) and j < k + 5 and tokens[j].pos in _OBJECT_TAGS | {"POS", "NNP", "NNPS"}:
        if tokens[j].pos in ("NN", "NNS") and not _ASKING_NOUN_LEMMAS.isdisjoint(
                grammar.all_lemmas(tokens[j].text.lower()).get("NOUN", (tokens[j].text.lower(),))) \
                and not (j + 1 < len(tokens) and tokens[j + 1].pos in ("NN", "NNS")):
            return True  # the head noun (not "question" of "the question period")
        j += 1
    return False


def _speech_act(tokens: Sequence[grammar.Token], group: grammar.VerbGroup) -> bool:
    """Does the speech verb act on an object ("denied a report", "asked Bush to act", "warned against
    travel") rather than frame words ("warned that ...", "..., he warned")? "ask" needs its request ("to")."""
    lemmas = _lemmas(group.main.text)
    if not lemmas & _SPEECH_ACT_LEMMAS:
        return False
    k = group.last + 1
    while k < len(tokens) and tokens[k].pos in ("RB", "RBR"):
        k += 1
    if k >= len(tokens):
        return False
    nxt = tokens[k]
    if "ask" in lemmas:
        # "asked President Clinton to reverse ...": the object, then its request
        j = k
        while j < len(tokens) and j < k + 6 and tokens[j].pos in ("NNP", "NNPS", "NN", "NNS", "DT", "PRP", "JJ"):
            j += 1
        return j > k and j < len(tokens) and tokens[j].text.lower() == "to"
    if not lemmas.isdisjoint(_ANSWER_LEMMAS):
        # "Gates responded to Jobs' death with a statement", "replied to the letter": a reaction, done (not
        # "responded that ...", "..., he replied", "responded by saying", which frame words)
        # (Not an answer to what asks for words, "responded to questions from reporters", "replied to a
        # request for comment": that frames the words too.)
        return nxt.text.lower() == "to" and _object_at(tokens, k + 1) and not _asks_for_words(tokens, k + 1)
    if nxt.text.lower() == "against":
        return True  # "warned against all travel"
    return _object_at(tokens, k)


# Verbs that give out what one knows beyond the reporting verbs: refused or not done, they are a non-answer
# ("declined to specify what prompted the moves", "couldn't estimate the size of the charge").
_DISCLOSING_LEMMAS = frozenset({"specify", "disclose", "elaborate", "reveal", "discuss", "detail", "identify",
                                "speculate", "estimate", "predict", "forecast"})
_TELLING_LEMMAS = REPORTING_LEMMAS | _DISCLOSING_LEMMAS
# Verbs of refusing: what they refuse is a decision when it is an act ("The court declined to hear the case",
# "refused to pay the fine"), a non-answer when it is a telling ("declined to comment", "declined further comment").
_REFUSING_LEMMAS = frozenset({"decline", "refuse"})
_REFUSING_OR_REPORTING_LEMMAS = _REFUSING_LEMMAS | REPORTING_LEMMAS
_REFUSED_NOUN_TAGS = frozenset({"DT", "JJ", "JJR"})  # before a refused noun: "any", "further", "immediate"
# Determiners that point at a particular thing, the articles and demonstratives (a closed class): what is refused
# after them is someone's thing, turned down ("refused the estimate", "declined this report"), not a telling
_POINTING_DETERMINERS = frozenset({"a", "an", "the", "this", "that", "these", "those"})


def _tells_what_is_known(word: str) -> bool:
    """Is the verb one of telling or giving out what one knows ("say", "comment", "specify", "estimate")?"""
    return not _lemmas(word).isdisjoint(_TELLING_LEMMAS)


def may_refuse_or_report(a: SentenceAnalysis) -> bool:
    """Has any verb group of the sentence a main verb that refuses or reports? `refuses_to_tell` and
    `says_nothing` say no to every group of a sentence without one: extraction asks this once per dated sentence
    before asking them date by date."""
    return any(map(refuses_or_reports, a.groups))


def refuses_or_reports(group: grammar.VerbGroup) -> bool:
    """Does the group's main verb refuse or report? `refuses_to_tell` and `says_nothing` say no to a group whose
    verb does neither: extraction asks this of a date's group before the tokens around the date."""
    return not _lemmas(group.main.text).isdisjoint(_REFUSING_OR_REPORTING_LEMMAS)


def refuses_to_tell(tokens: Sequence[grammar.Token], group: grammar.VerbGroup, at: int | None = None) -> bool:
    """Does the verb group refuse to tell ("declined to comment", "refused to say whether ...", "declined
    further comment"): a non-answer, which no timeline reader wants? Not a refusal to act ("declined to hear the
    case", "refused to pay the fine"): that is a decision, news. `at` is where what is refused begins when a
    phrase stands between (a date: "declined on Tuesday to comment"); the token after the group by default.
    Extraction asks this of a dated refusal too."""
    if _lemmas(group.main.text).isdisjoint(_REFUSING_LEMMAS):
        return False
    k = group.last + 1 if at is None else at
    if k + 1 < len(tokens) and tokens[k].text.lower() == "to" and tokens[k + 1].pos == "VB":
        return _tells_what_is_known(tokens[k + 1].text)
    while k < len(tokens) and tokens[k].pos in _REFUSED_NOUN_TAGS:
        if tokens[k].text.lower() in _POINTING_DETERMINERS:
            return False
        k += 1
    # The refused noun, a reporting verb's own word ("comment"; the tagger may read "declined comment" as a
    # participle, so the word's noun lemmas are read whatever its tag). Not one of a verb that gives out a figure
    # or a finding: an estimate, a forecast, a detail are things one turns down ("Court refuses estimate").
    if k >= len(tokens) or not tokens[k].text.isalpha():
        return False
    word = tokens[k].text.lower()
    return not REPORTING_LEMMAS.isdisjoint(grammar.all_lemmas(word).get("NOUN", (word,)))


# The mark that closes a quotation opened by each mark (a typewriter's ``...'' too).
_CLOSING_QUOTE = {**dict(_QUOTE_PAIRS), "‘": "’", "«": "»"}


def _after_quotation(text: str) -> int | None:
    """Where the quotation that opens `text` ends (the offset after its closing mark), if it opens with one."""
    body = text.lstrip()
    opening = "``" if body.startswith("``") else body[:1]
    closing = _CLOSING_QUOTE.get(opening)
    if closing is None:
        return None
    at = text.find(closing, len(text) - len(body) + len(opening))
    return None if at < 0 else at + len(closing)


def _quotation_telling(a: SentenceAnalysis, text: str) -> grammar.VerbGroup | None:
    """The verb group of a sentence that opens with a quotation, when what follows the quotation is its telling
    to an audience (`_telling`): "``We will not leave,'' the mayor told reporters." None otherwise ("..., he
    said": a saying is no happening of its own; "said Walter Rowe": no audience)."""
    after = _after_quotation(text)
    if after is None:
        return None
    group = next((g for g in a.groups if g.start >= after), None)
    if group is None or not _telling(a.tokens, group):
        return None
    subject = a.subject_of(group)
    # Its own subject, between the quotation and the verb ("the mayor told"), not one inside the quotation.
    return group if subject is not None and a.tokens[subject[0]].start >= after else None


_SPEAKER_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS", "PRP"})


def _quotation_frame(a: SentenceAnalysis, text: str) -> tuple[grammar.VerbGroup, Sequence[grammar.Token]] | None:
    """The verb that frames a quotation opening the sentence, in the simple past or present, and its speaker's
    words: "``...,'' said Eitan, the science minister" → (said, Eitan), "``...,'' Albright exclaimed" →
    (exclaimed, Albright). The speaker stands between the quotation and the verb, or after the verb up to a
    comma ("said spokesman Kenneth Bacon"). None when no such frame follows."""
    after = _after_quotation(text)
    if after is None:
        return None
    tokens = a.tokens
    group = next((g for g in a.groups if g.start >= after), None)
    if group is None or not group.finite or group.auxiliaries or group.main.pos not in ("VBD", "VBZ", "VBP") \
            or _negated(tokens, group):
        return None
    subject = a.subject_of(group)
    if subject is not None and tokens[subject[0]].start >= after:
        words = tokens[subject[0]:subject[1]]
    else:  # inverted: "said Eitan, the science minister"
        end = group.last + 1
        while end < len(tokens) and tokens[end].text not in (",", ".", ";", ":") and end - group.last <= 6:
            end += 1
        words = tokens[group.last + 1:end]
    return (group, words) if any(t.pos in _SPEAKER_TAGS for t in words) else None


def _quotation_title(text: str, frame: grammar.VerbGroup, speaker: str, plural: bool) -> str | None:
    """A headline for a quotation that opens `text` and its frame (`_quotation_frame`): the speaker (`plural`
    or not), the verb in the present and the quotation, as in: Eitan says ``We will defend our north''."""
    verb = grammar.headline_verb(frame, plural)
    after = _after_quotation(text)
    if verb is None or after is None:
        return None
    body = text.lstrip()
    opening = "``" if body.startswith("``") else body[:1]
    closing = _CLOSING_QUOTE[opening]
    words = " ".join(body[len(opening):len(body) - (len(text) - after) - len(closing)].split()).rstrip(",;: ")
    if not words:
        return None
    return f"{speaker[:1].upper()}{speaker[1:]} {verb.lower()} {opening}{words}{closing}"


# Personal pronouns that, framing a quotation, stand for the subject of the sentence before ("Diaz said ...
# ``...,'' he said").
_SPEAKER_PRONOUNS = frozenset({"he", "she", "they"})


_NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS"})
# A title that tells a person's sex ("Mrs. Lopez"): a pronoun of the other sex is someone else.
_TITLE_PRONOUN = {"mr": "he", "mrs": "she", "ms": "she", "miss": "she"}


def _first_phrase(words: Sequence[grammar.Token]) -> Sequence[grammar.Token]:
    """The words of a noun phrase up to its first preposition, comma or relative pronoun: "an analyst" of "an
    analyst at a rival company", "Eitan" of "Eitan, the science minister"."""
    for k, t in enumerate(words):
        if t.pos in ("IN", "TO", "WP", "WDT") or t.text in (",", ";", ":", "--"):
            return words[:k]
    return words


# The name of a day that wire copy sets between a subject and its verb ("President Bill Clinton Saturday vowed",
# "the company yesterday said"), which the subject's words may take in: no head of the noun phrase.
_DAY_NAMES = frozenset(WEEKDAYS) | frozenset(DAY_WORDS)


def _head(words: Sequence[grammar.Token]) -> grammar.Token | None:
    """The head of a noun phrase (`_first_phrase`): its last noun, name or pronoun (not a day's name after it)."""
    return next((t for t in reversed(_first_phrase(words))
                 if t.pos in _SPEAKER_TAGS and t.text.lower() not in _DAY_NAMES), None)


def _same_speaker(speaker: Sequence[grammar.Token], subject: Sequence[grammar.Token],
                  surnames: frozenset[str] | Callable[[], frozenset[str]] = frozenset(), text: str = "",
                  at: int | None = None) -> bool:
    """Is a quotation's speaker (`_quotation_frame`) the subject of the sentence before? The heads of their noun
    phrases are one word ("said Eitan" after "Cabinet minister Michael Eitan said", "the company said" after
    "The company said"; not "said an analyst at a rival company" after "The company said"), a name the subject
    ends in ("Albright exclaimed" after "Secretary of State Madeleine Albright accepted"), or the role the speaker
    has before a name ("said spokesman Kenneth Bacon" after "A Pentagon spokesman said"; "the fire chief said"
    after "The mayor said" is another speaker). A personal pronoun alone may stand for it: he or she for a person
    (a family name the document gives a person, `surnames` of its `text`, not of the other sex's title; never an
    organisation: "he said" after "The Justice Department said"), they for a plural.
    A role noun stands for the most recent person the text names with it before offset `at` (`coref`): "the
    president said" after "Clinton said" when the text wrote "President Bill Clinton", "he added" after "the
    spokesman said" when it wrote "spokesman Kenneth Bacon".
    `surnames` may be a function of none, called only when a branch reads the names: the document's tables (its
    family names, `coref.role_holders`) are built by the first comparison that needs them, not for every
    speaker compared (most are answered by the two heads alone)."""
    head, own = _head(speaker), _head(subject)
    if head is None or own is None:
        return False
    said, by = head.text.lower(), own.text.lower()
    has_holders = bool(text) and at is not None
    if head.pos == "PRP":
        if by == said:
            return True
        if said == "they":
            return own.pos in ("NNS", "NNPS")
        if said not in ("he", "she"):
            return False
        person = own.text
        if own.pos == "NN" and has_holders:
            # "The spokesman said ... He added": the spokesman's name, when the text shows no other sex for him
            role = [t.text for t in _first_phrase(subject) if t.pos in ("JJ", "NN", "NNP")]
            person = coref.pronoun_holder(text, " ".join(role or [by]), at, said.capitalize()) or ""
        if person not in (surnames() if callable(surnames) else surnames):
            return False
        title = re.search(rf"\b(Mrs?|Ms|Miss)\.?\s+{re.escape(person)}\b", text)
        return title is None or _TITLE_PRONOUN[title.group(1).lower()] == said
    if by == said:
        return True
    if callable(surnames):
        surnames = surnames()
    if head.text in surnames and subject[-1].text == head.text:
        return True
    if has_holders and (head.pos == "NN" and own.text in surnames or own.pos == "NN" and head.text in surnames):
        holders = coref.role_holders(text)
        if head.pos == "NN" and own.text in surnames and holders.holds(own.text, said, at) \
                or own.pos == "NN" and head.text in surnames and holders.holds(head.text, by, at):
            return True  # "Clinton said ... The president said", "The president said ... Clinton added"
    # A role before the speaker's name: the subject's own head ("spokesman Kenneth Bacon" for "A ... spokesman").
    phrase = _first_phrase(speaker)
    roles = [t.text.lower() for t in phrase if t.pos in ("NN", "NNS") or t.pos in _NOUN_TAGS and t.text.islower()]
    return head.pos in ("NNP", "NNPS") and roles[-1:] == [by]


def _says(word: str) -> bool:
    """Is the verb one of saying ("said", "told", "added"), not of an announcement, which is an act of its own
    ("announced a reward on Monday. She told the envoys ..." may tell of another meeting)?"""
    return not _lemmas(word).isdisjoint(REPORTING_LEMMAS)


def _statement_verb(word: str) -> bool:
    """Does the verb report what was said ("said", "told", "announced", "reported")?"""
    return not _lemmas(word).isdisjoint(REPORTING_LEMMAS) or kind_of_word(word.lower()) == "announcement"


def _telling(tokens: Sequence[grammar.Token], group: grammar.VerbGroup) -> bool:
    """Is the verb group a telling done to an audience, in the simple past, with nothing after its audience
    but the end of the sentence: "told reporters", "told a news conference", "told his cabinet" (not "told
    reporters that prices rose", whose complement is what is reported, nor "was told", "did not tell")? The
    speaker's meeting with that audience is what the article reports of the day."""
    if not group.finite or group.auxiliaries or group.main.pos not in ("VBD", "VBN") \
            or "tell" not in _lemmas(group.main.text) or _negated(tokens, group):
        return False
    k = group.last + 1
    if not _object_at(tokens, k):
        return False
    # The audience runs to the sentence's full stop (the loader may run the next quotation on after it), or to
    # an aside about it or the telling ("..., who came to offer condolences", "..., referring to his son"),
    # with no verb of a complement ("told reporters the talks had failed") before.
    for j in range(k + 1, len(tokens)):
        t = tokens[j]
        if t.text in (".", "!", "?"):
            return True
        if t.text == "," and j + 1 < len(tokens) and tokens[j + 1].pos in ("VBG", "WP", "WDT"):
            return True
        if t.pos.startswith(("VB", "MD")) or t.text.lower() == "that" or t.text in _QUOTE_TOKENS:
            return False
    return True


def _may_tell(text: str) -> bool:
    """Can an undated quotation's sentence hold a telling (`_telling`)? A past form of "tell" somewhere in
    it: only then are its clauses analysed (see `NewsWalk._sentence`)."""
    return any(t.pos in ("VBD", "VBN") and "tell" in _lemmas(t.text) for t in grammar.tag_words(text))


def _reporting_frame(a: SentenceAnalysis, tokens: Sequence[grammar.Token], group: grammar.VerbGroup, *,
                     present_states: bool = True) -> tuple[grammar.VerbGroup, grammar.VerbGroup] | None:
    """What a sentence whose main verb is a reporting verb reports, or None. News is often what a company or
    an official said: "Acme said shareholders approved the merger", "Acme said it bought 2.7 million shares"
    (the complement's past, present perfect or past passive is the happening), "Acme said it will cut 1,100
    jobs", "The president says he is committed to ..." (the statement, made on or shortly before the dateline,
    is the news: the caller takes that only from a lead). So a reporting verb in the simple past, the present
    perfect or (a broadcast's) simple present gives its complement's verb group when that reports a happening,
    else itself. Nothing when it is negated, modal or progressive ("did not say", "would say", "is saying"), or
    when it frames no clause ("..., he said"). `present_states` False: nothing either when the complement tells
    how things stand now ("said the stock remains convertible", "said it has 109 stores") or what had been
    before (a past perfect), which in the body is commentary, not a statement of the day (a lead's is its news).
    Given as (that group or the reporting verb's, the complement clause's verb group): a statement's title must
    carry its complement (`_carries`)."""
    if not group.finite or not _lemmas(group.main.text) & REPORTING_LEMMAS or _negated(tokens, group):
        return None
    aux = group.auxiliaries
    main = group.main
    if aux:
        if not (aux[0].text.lower() in _HAVE and main.pos in ("VBN", "VBD") and len(aux) == 1):  # ("has said/VBD")
            return None  # only "has said": "would say", "is saying", "was told" are no statement of the day
    elif main.pos not in ("VBD", "VBN", "VBZ", "VBP"):
        return None
    # Its complement clause: the next verb group, whose subject follows the reporting verb at once or after
    # "that" ("said [that] shareholders approved ..."). Without one the verb frames nothing ("..., he said").
    k = bisect.bisect_right(a.group_firsts, group.last)
    if k >= len(a.groups):
        return None
    # (Past a relative clause set inside the complement's subject: "said actor Bill Paxton, who played an
    # astronaut in “Apollo 13,” died from complications" reports the death, not the role: the next group
    # whose subject ends where the relative clause's antecedent does.)
    if _in_relative_clause(a, a.groups[k]):
        after = next((j for j in range(k + 1, len(a.groups)) if not _in_relative_clause(a, a.groups[j])), None)
        inner, outer = a.subject_of(a.groups[k]), a.subject_of(a.groups[after]) if after is not None else None
        if inner is not None and outer is not None and outer[1] == inner[1] and outer[0] <= inner[0]:
            k = after
    complement = a.groups[k]
    subject = a.subject_of(complement)
    opens = _complement_opens(tokens, group, complement.first)
    if subject is not None and opens < subject[0] and not _lemmas(main.text).isdisjoint(grammar.TELLING_VERBS) \
            and all(t.pos in _HEARER_TAGS for t in tokens[opens:subject[0]]):
        # "told the court the boy had been coached", "warned investors the company would …": the hearer of a
        # reporting verb that takes one before its clause (the grammar's telling verbs), then the clause's subject
        opens = subject[0]
    if subject is None or subject[0] != opens or not _relative_between(a, subject[1], complement.first) and any(
            t.pos not in ("RB", "RBR") and t.text not in _QUOTE_TOKENS for t in tokens[subject[1]:complement.first]):
        # (adverbs and a quotation mark may come between: "it tentatively agreed", 'it "intends')
        # A "that" marks the clause even where its subject is not found: one holding a relative clause ("said
        # that those who had bought one will receive a refund") or a quotation ('acknowledged that "a few
        # users" were ...'). Its verb is the first group after "that" that opens no relative clause. So does
        # a quotation that opens the clause and closes before its verb, the subject's own words ('said "a few
        # buyers" were having problems'; not 'said "we will fight"', the speaker's clause in his words).
        # So does a noun phrase right after "say", a subject that a phrase or a clause of its own lengthens
        # ("said a plan to sell its branches fell through", "said two men who robbed the store were arrested").
        complement = _that_clause_verb(a, tokens, k, opens) \
            if opens > group.last + 1 and tokens[opens - 1].text.lower() == "that" \
            or opens < len(tokens) and tokens[opens].text in _QUOTE_TOKENS \
            or _clause_subject_opens(tokens, group, opens) else None
        if complement is None or tokens[opens].text in _QUOTE_TOKENS and sum(
                t.text in _QUOTE_TOKENS for t in tokens[opens:complement.first]) % 2:
            return None
    # An admission, a confirmation or a denial is an act whatever it owns to ("Jobs admitted that the share of
    # dropped calls was slightly greater", "confirmed that it has 109 stores"): not a view of how things stand.
    owned = not _lemmas(main.text).isdisjoint(_OWNING_LEMMAS)
    if _past_state(tokens, complement) and not owned:
        # "said the plan was a mistake", "said he was pleased", "said they opposed the road": a view of what was,
        # not news of the day. (Asked first: a stance is a happening as a main clause, `_STANCE_LEMMAS`.)
        return None
    if happening_group(tokens, complement, headline=False) or _backshifted(tokens, group, complement):
        return complement, complement
    if not present_states and not owned and (_present_state(complement) and not _intention(tokens, complement)
                                             or complement.words[0].text.lower() == "had"):
        # (the body's "said the stock remains convertible", "said it has 109 stores": how things stand; "said
        # earlier deals had often fallen short": background, as a past perfect is)
        return None
    return group, complement


def _relative_between(a: SentenceAnalysis, start: int, end: int) -> bool:
    """Are tokens[start:end] a relative clause set off by commas after the subject ("Paxton, who played an
    astronaut in “Apollo 13,” died"): a comma, the relative word opening a clause, and a comma (or a closing
    quotation mark after one) right before the verb?"""
    tokens = a.tokens
    if end - start < 4 or tokens[start].text != "," or not grammar._is_relative(tokens[start + 1]):
        return False
    last = end - 1
    if tokens[last].text in _QUOTE_TOKENS and tokens[last - 1].text == ",":
        last -= 1
    clause = a.clause_at(start + 1)
    return tokens[last].text == "," and clause is not None and clause[0] == start + 1


def _in_relative_clause(a: SentenceAnalysis, group: grammar.VerbGroup) -> bool:
    """Is the group the verb of a relative clause ("who played an astronaut", "which opened in 1990")?"""
    clause = a.clause_at(group.first)
    return clause is not None and clause[0] > 0 and grammar._is_relative(a.tokens[clause[0]])


# The words that open a noun phrase which may be a clause's subject (a pronoun's clause is found whole).
_NOUN_PHRASE_OPENERS = frozenset({"DT", "PRP$", "CD", "JJ", "NN", "NNS", "NNP", "NNPS"})
# The words of a telling verb's hearer before its clause with no "that" ("told the court the boy …", "told him the
# plan …"): a noun phrase, a pronoun's and a possessive's words too.
_HEARER_TAGS = _NOUN_PHRASE_OPENERS | {"PRP", "POS"}


def _clause_subject_opens(tokens: Sequence[grammar.Token], frame: grammar.VerbGroup, opens: int) -> bool:
    """Does a noun phrase open right after "say" (no "that", no phrase between), so that it is the subject of its
    complement clause however long it runs ("said a plan to sell its branches fell through")? Only "say": it
    takes a clause and next to no object, where the other reporting verbs take one ("noted the importance that
    ...", "adds full support for ...") or their hearer ("told reporters ...")."""
    return opens == frame.last + 1 < len(tokens) and tokens[opens].pos in _NOUN_PHRASE_OPENERS \
        and "say" in _lemmas(frame.main.text)


def _backshifted(tokens: Sequence[grammar.Token], frame: grammar.VerbGroup, complement: grammar.VerbGroup) -> bool:
    """Is the complement of a simple past reporting verb a past perfect that only shifts back the speaker's own
    past or perfect ("Moskal said one of the men had been located, interviewed and released", "officials said
    they had decided to issue a warrant": told that day as "has been released", "we decided")? Then it reports a
    happening as the simple past would. Not with an adverb in it ("had often fallen short", "had already left",
    "had gradually dwindled": background), negated, of a state or a reporting verb ("had been a member", "had
    said"), nor after "has said" or "says" (their past perfect is a past before a past)."""
    words = complement.words
    if frame.auxiliaries or frame.main.pos not in ("VBD", "VBN") or len(words) < 2 \
            or words[0].text.lower() != "had" or complement.main.pos != "VBN":
        return False
    if any(w.pos.startswith("RB") for w in words) or _negated(tokens, complement):
        return False
    if _is_reporting_or_state(complement.main.text) and not _speech_act(tokens, complement):
        return False
    if len(words) == 3 and words[1].text.lower() == "been":
        return not _stative_passive(tokens, complement)  # "had been arrested"; not "had been pleased with"
    return len(words) == 2  # "had decided"


# What may stand between a reporting verb and the "that" of its clause: where or how it was said, or to whom ("said
# in a statement that", "told reporters at a news conference that", "said on its website that").
_BEFORE_THAT_TAGS = frozenset({"IN", "DT", "JJ", "NN", "NNS", "NNP", "NNPS", "PRP", "PRP$", "CD", "POS", "RB"})
_BEFORE_THAT_REACH = 8  # tokens


def _complement_opens(tokens: Sequence[grammar.Token], verb: grammar.VerbGroup, end: int) -> int:
    """Where the complement clause's subject begins, the reporting verb being `verb` and the clause's verb group
    at token `end`: after a "that" right after the verb, or after one that a phrase of where, how or to whom it
    was said leads to ("said in a statement that the widget was recalled", "told him that", "told regulators
    that"); else right after the verb. (Not a relative "that", one a verb follows, "said in a statement that was
    released", or one after the verb's object, "noted the importance that younger voters have had": only
    "tell" has its hearer for an object.)"""
    after = verb.last + 1
    if after >= len(tokens) or tokens[after].text.lower() == "that":
        return after + 1
    if not (tokens[after].pos in ("IN", "PRP") or "tell" in _lemmas(verb.main.text)):
        return after
    for k in range(after, min(end, after + _BEFORE_THAT_REACH)):
        t = tokens[k]
        if t.text.lower() == "that":
            if k > after and k + 1 < len(tokens) and not tokens[k + 1].pos.startswith(("VB", "MD")):
                return k + 1
            break
        if t.pos not in _BEFORE_THAT_TAGS:
            break
    return after


# Verbs of intention or expectation: in the present with a "to" infinitive they tell what is to come, as "will"
# does ("said it plans to buy back shares", "said it expects to borrow the money"), not how things stand.
_INTENTION_LEMMAS = frozenset({"plan", "intend", "expect", "hope", "seek", "aim"})  # (not "want": a wish, often
# one that others read into someone, "analysts said Mr. Stronach wants to resume a role")


def _intention(tokens: Sequence[grammar.Token], group: grammar.VerbGroup) -> bool:
    """Is the verb group a present of intention with its "to" infinitive ("plans to purchase", "expects to
    borrow")?"""
    k = group.last + 1
    return k + 1 < len(tokens) and tokens[k].text.lower() == "to" and tokens[k + 1].pos == "VB" \
        and not _lemmas(group.main.text).isdisjoint(_INTENTION_LEMMAS) and not _negated(tokens, group)


def _carries(title: str, tokens: Sequence[grammar.Token], complement: grammar.VerbGroup) -> bool:
    """Does a statement's title (before `_shorten` cuts it for length) say what was said: its complement's verb
    group and a word after it, or the group where its clause ends in the sentence (`tokens`: "Price said his
    client would appeal.", "... would intensify and that ...")? A title cut short where a condition, a quotation
    or an "and" interrupts the clause ("Castro says", "Mr. Vaux says", "A Reuters spokesman says the departure
    reflects", "Miranda says Elian's father will be") says nothing."""
    after = complement.last + 1
    whole = after >= len(tokens) or tokens[after].text in (".", "!", "?", ";") or tokens[after].pos == "CC"
    words = [w.lower() for w in grammar.token_texts(title)]  # (only the words: the title is not tagged)
    last = complement.words[-1].text.lower()
    return any(w == last and (whole or any(x[:1].isalnum() and x not in _NEGATION for x in words[k + 1:]))
               for k, w in enumerate(words))


def _opens_the_complement(title: str, tokens: Sequence[grammar.Token], frame: grammar.VerbGroup,
                          complement: grammar.VerbGroup) -> bool:
    """Does a reported clause's own title open where the reporting verb's complement clause opens (after
    "that", if any), on its subject's first word?"""
    opens = _complement_opens(tokens, frame, complement.first)
    words = grammar.token_texts(title)
    return bool(words) and opens < len(tokens) and words[0].lower() == tokens[opens].text.lower()


_AND_BUT = frozenset({"and", "but"})  # (grammar's `_COORDINATORS` are those that open a clause: "but", "yet")


def _report(a: SentenceAnalysis, tokens: Sequence[grammar.Token], group: grammar.VerbGroup, *, lead: bool,
            undated_lead: bool) -> tuple[grammar.VerbGroup, grammar.VerbGroup, grammar.VerbGroup] | None:
    """(the reporting verb, what it reports, its complement's verb group) when the reporting verb `group` gives
    news (`_reporting_frame`): a happening it reports; or the statement itself, in an undated lead or told in
    the body's simple past (`_body_statement`). None otherwise. `lead`: the sentence is the lead, whose
    statement of how things stand is its news too."""
    framed = _reporting_frame(a, tokens, group, present_states=lead)
    if framed is None:
        return None
    reported, complement = framed
    if reported is group and not (undated_lead or _body_statement(group)):
        return None
    if reported is group and _tells_nothing(a, complement):
        return None  # "said it couldn't comment on the suit", "said they couldn't estimate the charge": nothing was said
    return group, reported, complement


def _tells_nothing(a: SentenceAnalysis, complement: grammar.VerbGroup) -> bool:
    """Is a statement's complement a negated telling by one who cannot or will not tell ("couldn't comment",
    "would not say why", "could not estimate the charge") or by the speaker's pronoun ("said it did not
    disclose the price"): a statement that nothing was told? Not a report that another had told nothing ("said
    a suspect had not admitted any role"): that is news."""
    tokens = a.tokens
    if not _negated(tokens, complement) or not _tells_what_is_known(complement.main.text):
        return False
    subject = a.subject_of(complement)
    return any(w.pos == "MD" for w in complement.words) \
        or subject is not None and subject[1] - subject[0] == 1 and tokens[subject[0]].pos == "PRP"


def says_nothing(a: SentenceAnalysis, group: grammar.VerbGroup) -> bool:
    """Does the reporting verb group state only that nothing could or would be told ("said on Monday it couldn't
    comment on the suit"): a non-answer, as `_report` reads it? Extraction asks this of a dated statement."""
    if _lemmas(group.main.text).isdisjoint(REPORTING_LEMMAS):
        return False
    framed = _reporting_frame(a, a.tokens, group)
    return framed is not None and framed[0] is group and _tells_nothing(a, framed[1])


def _coordinated(a: SentenceAnalysis, tokens: Sequence[grammar.Token], main: grammar.VerbGroup
                 ) -> grammar.VerbGroup | None:
    """The main verb's coordinated second verb, which shares its subject: the first finite group after it with
    no subject but the main verb's, right after "and" or "but" (adverbs between: "but then said"). None when there is
    none, or a relative pronoun or a complementizer "that" stands before the coordinator (its verb would be
    of that inner clause: "the company, which makes chips and has cut jobs", "said that ... and ...")."""
    k = bisect.bisect_right(a.group_firsts, main.last)
    shared = a.subject_of(main)
    for g in a.groups[k:k + 4]:
        subject = a.subject_of(g)
        if not g.finite or subject is not None and subject != shared:
            continue
        j = grammar._previous_word(tokens, g.first)
        if j <= main.last or tokens[j].text.lower() not in _AND_BUT:
            continue
        if any(grammar._is_relative(t) or grammar._complementizer(t) for t in tokens[main.last + 1:j]):
            return None
        return g
    return None


_JOINED_SUBJECT_TAGS = _NOUN_PHRASE_OPENERS | {"IN", "RB", "POS"}  # (an "about" or "nearly" before a number too)


def _joined_happening(a: SentenceAnalysis, tokens: Sequence[grammar.Token], main: grammar.VerbGroup
                      ) -> grammar.VerbGroup | None:
    """The verb group of a second main clause that "and" or "but" joins to the main verb's, with a subject of its
    own, when it tells a happening in the simple past or the past passive ("kept watch outside and about 25
    officers were scattered throughout the crowd"). None when the next finite group is no such clause: one
    inside a relative or complement clause ("said that ... and ...", "the firm, which ... and ..."), or one
    of the main verb's own subject (`_coordinated` reads those)."""
    k = bisect.bisect_right(a.group_firsts, main.last)
    if k >= len(a.groups):
        return None
    g = a.groups[k]
    subject = a.subject_of(g)
    if subject is None or subject == a.subject_of(main) or subject[0] <= main.last:
        return None
    # The "and" or "but" before the subject's noun phrase, whose words the subject found may leave out
    # ("and about 25 undercover officers": its head noun).
    j = subject[0] - 1
    while j > main.last and tokens[j].pos in _JOINED_SUBJECT_TAGS and tokens[j].text.lower() not in _AND_BUT:
        j -= 1
    if j <= main.last or tokens[j].text.lower() not in _AND_BUT:
        return None
    if any(grammar._is_relative(t) or grammar._complementizer(t) or t.text in _QUOTE_TOKENS
           for t in tokens[main.last + 1:j]):
        return None
    if _present_perfect_group(g) or not _past(g) or not happening_group(tokens, g, headline=False):
        return None
    return g


def _present_tense(group: grammar.VerbGroup) -> bool:
    """A simple present or a present progressive ("sells", "has two cameras", "is selling"), not a perfect nor
    a modal: in the body it tells how things stand, no happening. Its subject's coordinated present perfect
    does ("The store sells music tracks, and more recently has begun to sell TV episodes", "Acme employs 900
    people and has opened an office in Dublin": what has changed up to the time of writing)."""
    return group.words[0].pos in ("VBZ", "VBP") and not _modal(group) and not _present_perfect_group(group)


# Adverbs that make a present perfect a stretch of time up to now ("has grown steadily", "has long opposed").
_LASTING_ADVERBS = frozenset({"always", "ever", "long", "steadily", "continuously", "constantly", "consistently"})


def _lasting(a: SentenceAnalysis, tokens: Sequence[grammar.Token], group: grammar.VerbGroup,
             dates: Sequence[TimeExpression], offset: int) -> bool:
    """Does the present perfect `group` go on over a stretch of time up to now rather than tell a change: a
    length of time or a "since" after it in its clause ("has grown for a decade", "has grown since 1990") or
    an adverb of lasting in it or right after it ("has always", "has grown steadily")? `dates` are the
    sentence's time expressions, `offset` where the sentence starts in their text."""
    clause = a.clause_at(group.first)
    end = clause[1] if clause is not None else len(tokens)
    k = group.last + 1
    while k < end and tokens[k].pos in ("RB", "RBR"):
        k += 1
    if any(t.text.lower() in _LASTING_ADVERBS for t in tokens[group.first:k]):
        return True
    if any(t.text.lower() == "since" for t in tokens[group.last + 1:end]):
        return True
    return any(e.type == TimexType.DURATION and group.last < bisect.bisect_right(a.token_ends, e.start - offset) < end
               for e in dates)


# What counts a happening's repetitions ("twice", "several times", "on three occasions"): a frequency adverb, or
# a plural noun of occasions counted by a number or a quantifier (closed classes of English, not guessed wording).
_REPETITION_ADVERBS = frozenset({"twice", "thrice", "repeatedly"})
_OCCASION_NOUNS = frozenset({"times", "occasions"})  # (counted "times" in a perfect only: see `_repeated`)
_QUANTIFIERS = frozenset({"several", "many", "numerous", "multiple", "countless", "various"})
# What follows a multiple, not a count: "three times as large", "twice the size", "five times more".
_MULTIPLE_FOLLOWERS = frozenset({"as", "more", "less", "fewer", "the", "that", "what"})
_COUNTING_WORDS = _REPETITION_ADVERBS | _OCCASION_NOUNS  # (`_repeated` finds a count only at one of them)


def _spelled_count(tokens: Sequence[grammar.Token], j: int) -> bool:
    """Is the number ending at token `j` a small count spelled out ("three", "two other"), not a figure ("have
    downloaded the kit 200,000 times", "1.5 million times": a tally of many doers, the day's statistic)? News
    style spells out the small numbers, which count one doer's repetitions."""
    while j >= 0 and tokens[j].pos == "CD":
        if not tokens[j].text.isalpha() or tokens[j].text.lower() in _LARGE_NUMBER_WORDS:
            return False
        j -= 1
    return True


_LARGE_NUMBER_WORDS = frozenset({"hundred", "thousand", "million", "billion", "trillion", "dozens", "hundreds",
                                 "thousands", "millions"})


def _then_apposition(tokens: Sequence[grammar.Token], text: str) -> bool:
    """Does an aside of sentence `text` (its `tokens`) name what someone was "then" ("Vacco, then the U.S.
    attorney, ...", "Olsen, then a deckhand, ...")? "then" right after a comma and before a noun phrase is "at that
    time": the sentence tells of an earlier time, whose date it does not give; no happening of the day."""
    if "then" not in text.lower():
        return False  # (the cheap test first: the tokens are the text's words, and most sentences have no "then")
    return any(t.text.lower() == "then" and tokens[k - 1].text == "," and k + 1 < len(tokens)
               and tokens[k + 1].pos in ("DT", "PRP$", "NNP", "NNPS", "JJ", "NN", "CD")
               for k, t in enumerate(tokens) if k > 0)


def _repeated(a: SentenceAnalysis, tokens: Sequence[grammar.Token], group: grammar.VerbGroup) -> bool:
    """Does `group`'s clause count its happening's repetitions ("have met several times", "has visited the port
    twice", "won a prize and was shortlisted on three other occasions", "have repeatedly clashed")? Then it
    tells a record of the past (an experiential or habitual aspect), not one happening: with no date of its own
    it is not the day's news. The clause runs from the group over the verbs sharing its subject, up to the
    first verb with a subject of its own (a relative or a reported clause counts its own happening)."""
    if _COUNTING_WORDS.isdisjoint(map(str.lower, map(_TOKEN_TEXT, tokens[group.first:]))):
        return False  # (no counting word after the verb: the clause's end is not worth finding; most sentences)
    subject = a.subject_of(group)
    end = len(tokens)
    for g in a.groups:
        if g.first > group.last and g.finite:
            own = a.subject_of(g)
            if own is not None and own != subject:
                end = min(g.first, own[0])
                break
    clause = a.clause_at(group.first)
    if clause is not None:
        end = min(end, clause[1])
    # A simple past's "stabbed him several times", "rang twice", "repeatedly struck" count the blows of one
    # episode; a perfect's count is an experience of the past ("has visited the port twice"), as separate
    # "occasions" are in any tense.
    perfect = group.words[0].text.lower() in _HAVE_OR_HAD
    for k in range(group.first, end):
        word = tokens[k].text.lower()
        after = tokens[k + 1] if k + 1 < len(tokens) else None
        if after is not None and (after.text.lower() in _MULTIPLE_FOLLOWERS or after.pos in ("JJR", "RBR")):
            continue  # a multiple ("twice the size", "three times as many"), no count of happenings
        if word in _REPETITION_ADVERBS and tokens[k].pos == "RB" and perfect:
            return True
        if word in _OCCASION_NOUNS and tokens[k].text.islower() and (perfect or word == "occasions"):
            j = k - 1
            while j >= 0 and tokens[j].pos == "JJ" and tokens[j].text.lower() not in _QUANTIFIERS:
                j -= 1  # "three other occasions"
            if j >= group.last and (tokens[j].pos == "CD" and _spelled_count(tokens, j)
                                    or tokens[j].text.lower() in _QUANTIFIERS):
                return True  # (not "in recent times", "for the fifth time": no count)
    return False


# A stretch of time reaching up to the report: "in recent weeks", "over the past few months", "during the last two
# years". The plural units only from a week up: "in recent days", "in the past 24 hours" are the day's news.
_STRETCH_PREPOSITIONS = frozenset({"in", "over", "during", "throughout", "for"})
_STRETCH_OPENERS = frozenset({"recent", "past", "last"})
_STRETCH_UNITS = frozenset({"weeks", "months", "years", "decades"})


def _stretch_up_to_now(tokens: Sequence[grammar.Token], group: grammar.VerbGroup, end: int) -> bool:
    """Does the perfect `group` tell what went on over a stretch up to now, of weeks or longer ("have carried out
    similar operations in recent weeks", "has risen over the past few months"), in its clause (up to token `end`)?
    Then it sums up that stretch, an experience of the past; with no date of its own it is not the day's news."""
    if group.words[0].text.lower() not in _HAVE_OR_HAD:
        return False
    for k in range(group.last + 1, end):
        if tokens[k].text.lower() not in _STRETCH_OPENERS:
            continue
        j = k + 1
        while j < end and (tokens[j].pos == "CD" or tokens[j].text.lower() in ("few", "several", "couple", "of")):
            j += 1  # "the past few weeks", "the last two years", "the past couple of months"
        if j >= end or tokens[j].text.lower() not in _STRETCH_UNITS:
            continue
        before = k - 1
        if before > group.last and tokens[before].text.lower() == "the":
            before -= 1
        if before > group.last and tokens[before].text.lower() in _STRETCH_PREPOSITIONS:
            return True
    return False


# Adverbials that measure a perfect up to the time of writing: "has won most of the prizes so far", "has
# refused every request to date" (a closed class of English: the perfect's "up to now").
_UP_TO_NOW = frozenset({("so", "far"), ("to", "date"), ("thus", "far"), ("up", "to", "now"), ("until", "now"),
                        ("till", "now")})
# A length of time measures a stretch of the past from a week up ("for 20 years", "spent five months"): the
# value's unit (TIMEX3: weeks, months, years, decades, centuries, millennia; "PXY" for "years").
_LONG_UNITS = ("W", "M", "Y", "DE", "CE", "ML")
_LENGTH_OPENERS = frozenset({"for", "over", "throughout"})


def _long_length(e: TimeExpression) -> bool:
    """Is `e` a length of a week or longer ("20 years", "half a decade", "months"), not of days or hours?"""
    value = e.value
    return e.type == TimexType.DURATION and value.startswith("P") and not value.startswith("PT") \
        and value.endswith(_LONG_UNITS) and not value.endswith("D")  # ("PXDE" ends in "DE", "P3D" in "D")


# A length of a year or longer ("for more than 11 years", "for decades"): what a simple past measures so is a stretch
# of the past (a career, a term), never one happening of the report's day; a shorter one may be the day's doing
# ("questioned him for three hours", "searched the river for two weeks").
_YEARS_UNITS = ("Y", "DE", "CE", "ML")


def _perfect_over_a_stretch(a: SentenceAnalysis, tokens: Sequence[grammar.Token], group: grammar.VerbGroup,
                            dates: Sequence[TimeExpression], offset: int) -> bool:
    """Does the perfect `group` sum up a stretch of the past up to the time it speaks of, rather than tell one
    happening: measured by a length of a week or longer ("has served on the board for 20 years", "has spent
    five years at sea", "has complained for a number of years") or by an adverbial of "up to now" ("has picked up
    most of the prizes so far", "has refused every request to date")? Then it is a record of the past, a career or
    a season's tally: with no date of its own it is no happening of the day. Not a passive's length ("has been
    banned for five years": the penalty, the day's news), nor an "up to now" beside a counted figure ("have
    arrested 12 people so far": the running toll of the story's happening). `dates` are the sentence's time
    expressions, `offset` where the sentence starts in their text."""
    if group.words[0].text.lower() not in _HAVE_OR_HAD or _modal(group):
        return False
    end = _own_clause_end(a, tokens, group)
    if end is None:
        return False
    words = [t.text.lower() for t in tokens]
    passive = group.main.pos == "VBN" and group.main.text.lower() != "been" \
        and any(w.text.lower() == "been" for w in group.words[1:-1])
    if not passive and _length_measures_the_doing(a, tokens, group, dates, offset, end, _LONG_UNITS,
                                                  copula=group.main.text.lower() == "been"):
        return True
    for k in range(group.first + 1, end):  # (in the group too: "has thus far refused")
        for phrase in _UP_TO_NOW:
            if tuple(words[k:k + len(phrase)]) == phrase:
                return not any(t.pos == "CD" for t in tokens[group.last + 1:end])
    return False


def _past_over_years(a: SentenceAnalysis, tokens: Sequence[grammar.Token], group: grammar.VerbGroup,
                     dates: Sequence[TimeExpression], offset: int) -> bool:
    """Does the simple past `group` tell a stretch of years rather than one happening: measured by a length of a
    year or longer ("served as a councillor for more than 11 years", "was mayor for a decade", "lived in Lagos
    for many years")? It tells a career or a term whose ends the sentence does not give: no happening of the
    report's day. Not a passive's length ("was jailed for 11 years": the sentence, the day's news), nor a length
    after a direct object ("banned him for five years": the result's) or as the object ("got one year on
    probation": a penalty), nor one of days or weeks ("questioned him for three hours")."""
    if len(group.words) != 1 or group.main.pos not in ("VBD", "VBN"):  # (a lone "VBN": the tagger's simple past)
        return False
    end = _own_clause_end(a, tokens, group)
    return end is not None and _length_measures_the_doing(
        a, tokens, group, dates, offset, end, _YEARS_UNITS, copula=group.main.text.lower() in _PAST_BE,
        as_object=False)


def _over_a_stretch(a: SentenceAnalysis, tokens: Sequence[grammar.Token], group: grammar.VerbGroup,
                    dates: Sequence[TimeExpression], offset: int) -> bool:
    """A perfect's record up to now (`_perfect_over_a_stretch`) or a simple past's stretch of years
    (`_past_over_years`): a record of the past, no happening of the day."""
    return _perfect_over_a_stretch(a, tokens, group, dates, offset) or _past_over_years(a, tokens, group, dates, offset)


def _own_clause_end(a: SentenceAnalysis, tokens: Sequence[grammar.Token], group: grammar.VerbGroup) -> int | None:
    """Where the words that `group` itself governs end (its clause, up to the next verb group: a coordinated or
    inner clause measures its own); None for a relative clause's group, taken for want of a main verb with a subject
    ("There was growing apprehension outside the home where the boy has lived for five months"): it does not tell
    what the sentence is."""
    subject = a.subject_of(group)
    opener = (subject[0] if subject is not None else group.first) - 1
    if opener >= 0 and tokens[opener].pos in _RELATIVE_TAGS | {"WRB"}:
        return None
    clause = a.clause_at(group.first)
    end = clause[1] if clause is not None else len(tokens)
    k = bisect.bisect_right(a.group_firsts, group.last)
    if k < len(a.groups):
        end = min(end, a.groups[k].first)
    return end


def _quantity_word(tokens: Sequence[grammar.Token], j: int) -> bool:
    """Is token j a word of a length's quantity before its unit: a determiner, an adverb, an adjective, a number
    ("for the past two years", "for almost a decade", "for many years"), or the "a number of" / "a couple of" of a
    quantity told by a noun ("for a number of years": the tagger's length is "years" alone)?"""
    t = tokens[j]
    if t.pos in ("DT", "RB", "JJ", "CD"):
        return True
    if t.text.lower() == "of":
        return j > 0 and tokens[j - 1].pos == "NN"
    return t.pos == "NN" and j + 1 < len(tokens) and tokens[j + 1].text.lower() == "of" \
        and j > 0 and tokens[j - 1].pos == "DT"


def _length_measures_the_doing(a: SentenceAnalysis, tokens: Sequence[grammar.Token], group: grammar.VerbGroup,
                               dates: Sequence[TimeExpression], offset: int, end: int, units: tuple[str, ...], *,
                               copula: bool, as_object: bool = True) -> bool:
    """Is there a length of time (its unit one of `units`) after `group` in its own words (up to token `end`) that
    measures the doing itself: the verb's object ("has spent five years at sea"), or after "for/over/throughout"
    with no direct object before it ("has served on the board for 20 years", "have cooperated for decades") or
    after a copula ("has been in office for a decade")? A length after a direct object may be the result's ("has
    banned him for five years", "has suspended the hearing for two weeks": the day's decision); a length as a
    noun's modifier ("a five-year contract") measures the noun. Without `as_object` a length as the verb's object is
    not taken: a simple past's may be a penalty handed down ("got one year on probation", the day's verdict)."""
    words = [t.text.lower() for t in tokens]
    for e in dates:
        if not _long_length(e) or not e.value.endswith(units):
            continue
        k = bisect.bisect_right(a.token_ends, e.start - offset)  # the length's first token
        if not group.last < k < end:
            continue
        j = k - 1
        while j > group.last and words[j] not in _LENGTH_OPENERS and _quantity_word(tokens, j):
            j -= 1  # "for the past two years", "for almost a decade", "for a number of years"
        last = bisect.bisect_left(a.token_ends, e.end - offset)  # the length's last token
        modifier = last + 1 < len(tokens) and tokens[last + 1].pos in ("NN", "NNS") \
            and not tokens[last].pos.startswith("NN")
        if modifier:
            continue
        if j == group.last:
            if as_object:
                return True
            continue
        if "," in words[group.last + 1:j]:
            continue  # an aside's: "fell to 3.8 percent, the lowest figure for almost two decades" measures the figure
        if words[j] in _LENGTH_OPENERS and (copula or tokens[group.last + 1].pos not in _HEARER_TAGS):
            return True
    return False


# Adverbs of frequency, which make a past or a perfect a habit ("regularly visited the site", "has often criticised
# the board"): a closed class of English. ("always", "long", "steadily": `_LASTING_ADVERBS`, a stretch up to now.)
_NOUN_PHRASE_WORD_TAGS = frozenset({"JJ", "JJR", "JJS", "DT", "PDT", "CD", "PRP$", "RBS", "RBR"})
_FREQUENCY_ADVERBS = frozenset({"often", "regularly", "usually", "frequently", "routinely", "habitually",
                                "typically", "normally", "sometimes", "occasionally", "seldom", "rarely"})


def _habitual(a: SentenceAnalysis, tokens: Sequence[grammar.Token], group: grammar.VerbGroup,
              dates: Sequence[TimeExpression], offset: int) -> bool:
    """Does the past or perfect `group` tell a habit or a lasting stretch rather than one happening: a frequency in
    its own words ("inspected the warehouse every month", "have complained about the smoke every summer"), an adverb
    of frequency ("regularly visited the site", "has often criticised the board") or, in a perfect, of lasting ("has
    long complained", "has always opposed")? It is no happening of the report's day. (A frequency that modifies a
    noun says which thing, "declared a quarterly dividend"; one of an inner verb is that verb's, "voted to strike
    every Friday".) `dates` are the sentence's time expressions, `offset` where the sentence starts in their
    text."""
    if _modal(group):
        return False
    end = _own_clause_end(a, tokens, group)
    if end is None:
        return False
    # (An inner verb's infinitive or an aside's comma ends the words the group's own frequency may stand in:
    # "pledged to consult each other regularly", "Basulto, of a group that frequently rescues refugees, called".)
    for k in range(group.last + 1, end):
        if tokens[k].text == "," or tokens[k].pos == "TO" and k + 1 < end and tokens[k + 1].pos == "VB":
            end = k
            break
    first = group.first
    while first > 0 and tokens[first - 1].pos.startswith("RB"):
        first -= 1  # "regularly visited": the adverbs right before the group
    perfect = group.words[0].text.lower() in _HAVE_OR_HAD
    for k in range(first, end):
        t = tokens[k]
        if not t.pos.startswith("RB"):
            continue
        low = t.text.lower()
        # A lasting adverb is the perfect's own, in or right before its group ("has long complained"); after the
        # group an adverb after an adjective, a determiner or a number modifies a noun phrase's word, not the verb
        # ("have won the first ever shield", "named its most often delayed ferry").
        if (low in _FREQUENCY_ADVERBS or perfect and k <= group.last and low in _LASTING_ADVERBS) \
                and not (k > group.last and tokens[k - 1].pos in _NOUN_PHRASE_WORD_TAGS):
            return True
    for e in dates:
        if e.type != TimexType.SET:
            continue
        k = bisect.bisect_right(a.token_ends, e.start - offset)  # the frequency's first token
        last = bisect.bisect_left(a.token_ends, e.end - offset)  # its last
        if group.last < k < end and not (last + 1 < len(tokens) and tokens[last + 1].pos in ("NN", "NNS")):
            return True
    return False


# Adjectives of recency in a subject ("a most recent statement", "the latest figures"): what it tells is the newest
# of the story, on or shortly before the report, not of the earlier day the headline or lead gives.
_LATEST_ADJECTIVES = frozenset({"recent", "latest", "newest"})


def _told_as_latest(c: Candidate) -> bool:
    """Is the subject of the verb that candidate `c` (a happening the article reports with no date) stands at told
    as the latest ("a most recent statement on his fan site declared ...", "The latest survey found ...")? Then it
    is no happening of the story's earlier day: it stays on or shortly before the publication."""
    sentence = c.sentence
    if not any(word in sentence for word in _LATEST_ADJECTIVES):  # (the cheap test first: few sentences say so)
        return False
    a = grammar.analyse_sentence(sentence)
    # (its own verb's subject, or the reporting frame's: "The latest bulletin said that he had undergone surgery")
    for group in (_owner(a, bisect.bisect_right(a.token_ends, c.start - c.sentence_start)), main_group(a)):
        subject = a.subject_of(group) if group is not None else None
        if subject is not None and any(t.pos.startswith("JJ") and t.text.lower() in _LATEST_ADJECTIVES
                                       for t in a.tokens[subject[0]:subject[1]]):
            return True
    return False


def _past_habit(tokens: Sequence[grammar.Token], group: grammar.VerbGroup) -> bool:
    """Is `group` the past habit's "used to" before a bare verb ("used to sail the route every winter", "used
    to be a teacher")? It tells how things were over a past time, no happening: not the day's news. (Not the
    verb "use": "used tear gas to disperse", "were used to buy weapons".)"""
    k = group.last
    return len(group.words) == 1 and group.main.text.lower() == "used" and k + 2 < len(tokens) \
        and tokens[k + 1].text.lower() == "to" and tokens[k + 2].pos == "VB"


def _present_state(group: grammar.VerbGroup) -> bool:
    """A present tense of a state ("remains", "expects", "is a step", "has 109 stores", "has had"), not modal."""
    if _modal(group) or group.words[0].pos not in ("VBZ", "VBP"):
        return False
    return _is_reporting_or_state(group.main.text) and group.main.pos != "VBG" or group.main is group.words[0] \
        and group.main.text.lower() in ("is", "are", "'s", "'re")


_THAT_CLAUSE_REACH = 20  # tokens after "that" within which its clause's verb is looked for


_RELATIVE_TAGS = frozenset({"WP", "WDT", "WP$"})


def _that_clause_verb(a: SentenceAnalysis, tokens: Sequence[grammar.Token], k: int, opens: int
                      ) -> grammar.VerbGroup | None:
    """The finite verb group of the clause a reporting verb's "that" opens (its subject starting at token
    `opens`), from the groups `a.groups[k:]`: the first one not right after a relative pronoun ("those who
    had bought one will receive a refund": "will receive") nor of a subordinate clause ("if no agreement is
    reached, other buyers will be sought": "will be sought"), within `_THAT_CLAUSE_REACH` tokens. None when
    there is none, or a punctuation mark or conjunction ends the subject first (no clause of one piece)."""
    asides = a.asides
    for g in a.groups[k:k + 4]:
        if g.first - opens > _THAT_CLAUSE_REACH or not g.finite:
            return None
        if any(opens <= start < g.first and g.last < end for start, end in asides):
            continue  # an aside's ("said one of the men -- he did not know which -- had been released")
        j = grammar._previous_word(tokens, g.first)
        # (by its tag, not `grammar._is_relative`'s words: "who", "what", and a word the tagger takes for one)
        if j >= opens and tokens[j].pos in _RELATIVE_TAGS:
            continue  # the relative clause's verb: the clause's own comes after it
        subject = a.subject_of(g)
        if subject is not None and subject[0] > opens \
                and tokens[subject[0] - 1].text.lower() in _CLAUSE_SUBORDINATORS:
            continue  # a condition's or a time's verb ("when the plant opens, it has ..."): the clause's own follows
        if any(t.text in (";", ":") or t.pos == "CC" for t in tokens[opens:g.first]):
            return None
        return g
    return None


def _past_state(tokens: Sequence[grammar.Token], group: grammar.VerbGroup) -> bool:
    """A past tense that tells a state or an opinion ("the plan was a mistake", "they opposed the road", "he was
    pleased with the result"), not negated: what a statement says of it is commentary, not the day's news."""
    if not _past(group) or _negated(tokens, group):
        return False
    first = group.words[0].text.lower()
    if first in _PAST_BE and len(group.words) > 1 and group.main.pos == "VBN":
        return _stative_passive(tokens, group)
    if len(group.words) == 1 and group.main.text.lower() in _PAST_BE:
        k = group.last + 1
        while k < len(tokens) and tokens[k].pos in ("RB", "RBR"):
            k += 1
        # "was a mistake", "was too low" judge; "was in talks with two buyers" tells how things stand (news)
        return not (k < len(tokens) and tokens[k].pos == "IN")
    lemmas = _lemmas(group.main.text)
    return (not lemmas.isdisjoint(_REPORTING_OR_STATIVE) or not lemmas.isdisjoint(_STANCE_LEMMAS)) \
        and not _speech_act(tokens, group)


# Adverbs of recency, which put a happening on or shortly before publication ("recently announced"): the time
# a reported happening has anyway, no other. ("Until recently", "once", "in the past" set a time of their own.)
# (The temporal tagger's phrases of the kind, lower-cased: it has no "just recently" or "most recently".)
_RECENTLY = frozenset({"recently", "more recently", "lately"})
_QUOTE_TOKENS = frozenset({'"', "“", "”", "``", "''"})
# The words that open a subordinate clause: the relatives but "whereby", "that", and the grammar's subordinators,
# those that open a clause before a main one included (`grammar._OPENING_SUBORDINATORS`), but the rare "till".
_SUBORDINATE_OPENERS = grammar._RELATIVES - {"whereby"} | {"that"} | grammar._SUBORDINATORS \
    | grammar._OPENING_SUBORDINATORS - {"till"}
# What opens a subordinate clause inside a "that" clause (the "that" itself opens the clause: not one of them).
_CLAUSE_SUBORDINATORS = _SUBORDINATE_OPENERS - {"that"}


def main_group(a: SentenceAnalysis) -> grammar.VerbGroup | None:
    """The main clause's verb group: the first with a subject whose clause is not a relative or
    subordinate one ("which", "because", "when" ...) nor a reporting verb set between commas inside the clause
    it attributes ("Acme, the sources said, has closed ..."); failing that the first group with a subject.
    Found once per analysis (the sentence's news, its tense and its neighbours' checks all ask)."""
    if a.main is grammar.UNREAD:
        a.main = _main_group(a)
    return a.main  # type: ignore[return-value]


def _subordinate(a: SentenceAnalysis, group: grammar.VerbGroup) -> bool:
    """Is the group the verb of a subordinate clause inside a noun phrase ("The square before violence erupted.":
    a photo caption), with no main clause around it? (`main_group` takes it for want of another.)"""
    tokens = a.tokens
    # (Not the clause's opener, as `main_group` reads it: an opening "While ..., the government said ..." is
    # read as one clause, its main verb's. Only the plain case below.)
    # A subordinator inside what is read as the group's subject ("The square before violence erupted": the
    # tagger reads "before" as a preposition, and neither the clause nor the subject is split there): the group's
    # subject is the words after it, and the words before it have no verb.
    # (Only when one noun phrase stands between it and the group: "the day after the vote the mayor resigned"
    # is a main clause, its "after" a preposition's.)
    subject = a.subject_of(group)
    if subject is None:
        return False
    end = min(subject[1], group.first)
    at = next((k for k in range(end - 1, subject[0], -1) if tokens[k].text.lower() in _INNER_SUBORDINATORS), None)
    if at is None or at + 1 >= end or not tokens[end - 1].pos.startswith("NN"):
        return False
    between = tokens[at + 1:end]
    return all(t.pos in _NP_WORDS for t in between) and sum(t.pos in _NP_OPENERS for t in between) <= 1


# Subordinators that open a clause inside a noun phrase's run of words (not "as", as in "officials as well as
# residents", nor the relatives, whose clause tells of the subject: "residents who fled returned").
_INNER_SUBORDINATORS = grammar._OPENING_SUBORDINATORS - {"as"}
_NP_OPENERS = frozenset({"DT", "PRP$", "PDT", "POS"})  # a determiner or possessive opens a noun phrase
_NP_WORDS = _NP_OPENERS | {"JJ", "JJR", "JJS", "CD", "NN", "NNS", "NNP", "NNPS"}  # one noun phrase's (no comma, no "of")


def _counts_subject(tokens: Sequence[grammar.Token]) -> bool:
    """Does the sentence's opening preposition bound a number ("About 300", "Over 40", "At least 12", "Up to
    300") rather than open a phrase of its own ("In a Wednesday media event, ...", "In 2019, ...")?"""
    return grammar.bounds_number(tokens, 0)


def _main_group(a: SentenceAnalysis) -> grammar.VerbGroup | None:
    tokens = a.tokens
    fallback = None
    quotes = list(compress(count(), map(_QUOTE_TOKENS.__contains__, map(_TOKEN_TEXT, tokens))))
    # (Its first comma only for a sentence opening with a preposition: no group ends before -2. Not one
    # before a number, which counts the subject: "About 1.1 million warrants were issued, the company said",
    # "At least 40 people died, police said".)
    first_comma = next((i for i, t in enumerate(tokens) if t.text == ","), -1) \
        if tokens and tokens[0].pos == "IN" and not _counts_subject(tokens) else -2
    asides = a.asides if len(a.groups) > 1 else ()
    aside = None  # the first group inside a dashed or bracketed aside, when no other will do
    for g in a.groups:
        if quotes and bisect.bisect_left(quotes, g.first) % 2:
            continue  # inside a quotation: the speaker's verb, not the report's
        if any(opens < g.first and g.last < closes for opens, closes in asides):
            # an aside's ("One of the two men -- police did not say which one -- was arrested")
            aside = aside or g
            continue
        if g.last + 1 == first_comma:
            continue  # the opening phrase ("In a Wednesday media event, ..." with "event" read as a verb)
        if a.subject_of(g) is None:
            continue
        if _parenthetical_frame(a, tokens, g):
            continue  # "Acme, the sources said, has closed the plant": the clause around it is the sentence's
        clause = a.clause_at(g.first)
        opener = tokens[clause[0]].text.lower() if clause else ""
        if opener not in _SUBORDINATE_OPENERS:
            return g
        subject = a.subject_of(g)
        if fallback is None and subject is not None and not (
                subject[1] - subject[0] == 1 and tokens[subject[0]].text.lower() in _SUBORDINATE_OPENERS):
            fallback = g
    if fallback is None and aside is not None and a.subject_of(aside) is not None:
        return aside
    return fallback


def _parenthetical_frame(a: SentenceAnalysis, tokens: Sequence[grammar.Token], g: grammar.VerbGroup) -> bool:
    """Is the group a reporting verb set between commas inside the clause it attributes, with a finite verb
    group right after its closing comma that has a subject ("Acme, the sources said, has closed the plant",
    "For now, officials said, the company closed the plant")? It is an aside, as a trailing "..., officials
    said" is: the clause around it tells what happened. (Not "said, ``...''" before a quotation, nor a frame
    with a hearer or an object before the comma, "told reporters, ...": the comma must follow the verb.)"""
    after = g.last + 1
    subject = a.subject_of(g)
    if subject is None or subject[0] < 1 or tokens[subject[0] - 1].text != "," or after + 1 >= len(tokens) \
            or tokens[after].text != "," or g.auxiliaries or _lemmas(g.main.text).isdisjoint(REPORTING_LEMMAS):
        return False
    k = bisect.bisect_right(a.group_firsts, g.last)
    if k >= len(a.groups):
        return False
    nxt = a.groups[k]
    return nxt.finite and a.subject_of(nxt) is not None and nxt.first > after \
        and tokens[after + 1].text not in _QUOTE_TOKENS


def _governs(a: SentenceAnalysis, tokens: Sequence[grammar.Token], group: grammar.VerbGroup, start: int, end: int) -> bool:
    """Does the date at sentence offsets [start, end) date the group's happening? It does when it stands in
    the group's clause as an adverbial ("on Monday", "in 2010", "yesterday"), not inside a noun phrase
    ("the 2010 raid", "last year's profit") nor as a comparison ("best since 1993")."""
    d0 = bisect.bisect_right(a.token_ends, start)
    if d0 >= len(tokens):
        return False
    d1 = max(d0, bisect.bisect_right(a.token_ends, end - 1))
    d1 = min(d1, len(tokens) - 1)
    if _participle_aside(tokens, group, d0):
        return False  # "The company, founded in 1990, announced ...": the participle's time, not the verb's
    clause = a.clause_at(group.first)
    owner = _owner(a, d0)
    if owner is not None and (owner.first == group.first or owner.first > group.last and owner.main.pos in (
            "VBZ", "VBP") and len(owner.words) == 1 and a.subject_of(owner) is None):
        # "tumbled 5.39, or 1.2% to 452.76 on Friday": a verbless stretch after the verb; or one whose only
        # "verb" has no subject, a plural read as a verb ("occurred ... but just minutes/VBZ apart on Friday")
        clause = None
    elif clause is None or not (clause[0] <= d0 < clause[1]):
        # A date before the subject, in the sentence's opening adverbial ("On Monday, Apple ..."), counts.
        if not (d0 < group.first and (clause is None or d0 < clause[0]) and _opening_adverbial(tokens, d0)):
            return False
    before = tokens[d0 - 1] if d0 > 0 else None
    after = tokens[d1 + 1] if d1 + 1 < len(tokens) else None
    if before is not None and before.text.lower() in ("since", "than", "until", "till", "before", "by"):
        return False  # a comparison or a bound, not when it happened
    if _since_nouns_date(tokens, a.token_ends, start):
        return False  # "the first vote since independence 40 years ago": independence's date, not the vote's
    subject = a.subject_of(group)
    if subject is not None and d1 < subject[0] and (tokens[0].pos == "IN" or d0 == 0) and _opening_adverbial(tokens, d0):
        # "In a Wednesday media event, Apple released ...": the opening phrase dates the clause; so does a date
        # that opens the sentence before its subject without a comma ("Three weeks ago inspectors closed ...").
        return True
    if after is not None and after.pos in ("POS", "NN", "NNS"):
        return False  # "last year's profit", "the 2010 raid", "third-quarter results"
    if before is not None and before.pos in ("DT", "PRP$", "POS") and tokens[d0].pos == "CD":
        return False
    return True


def _adverbial(a: SentenceAnalysis, tokens: Sequence[grammar.Token], start: int, end: int) -> bool:
    """Does the time expression at [start, end) date some clause of the sentence (not a noun phrase's
    modifier like "the 2010 raid" or "your Oct. 23 item", not a comparison like "best since 1993")?"""
    d0 = bisect.bisect_right(a.token_ends, start)
    if d0 >= len(tokens):
        return False
    d1 = min(max(d0, bisect.bisect_right(a.token_ends, end - 1)), len(tokens) - 1)
    before = tokens[d0 - 1] if d0 > 0 else None
    after = tokens[d1 + 1] if d1 + 1 < len(tokens) else None
    if after is not None and (after.pos in ("POS", "NN", "NNS")
                              or after.pos in ("NNP", "NNPS") and tokens[d1].pos in ("CD", "NNP")):
        return False  # "the 2010 raid", "a three-year rift", "your Oct. 23 Centennial Journal item"
    if before is not None and before.pos in ("DT", "PRP$", "POS") and tokens[d0].pos in ("CD", "NNP"):
        return False
    if before is not None and before.text.lower() in ("since", "than"):
        return False
    return not _since_nouns_date(tokens, a.token_ends, start)  # "since the war in 1945": the war's date


def _since_nouns_date(tokens: Sequence[grammar.Token], token_ends: Sequence[int], start: int) -> bool:
    """Is the date at sentence offset `start` (of the sentence `tokens` are, ending at `token_ends`) the date of
    a "since" noun's happening (`grammar.since_object_before`: "the first vote since independence 40 years ago",
    "since the war in 1945"), no time of the sentence's clauses?"""
    return grammar.since_object_before(tokens, bisect.bisect_right(token_ends, start)) is not None


_RELATIVE_OPENERS = frozenset({"which", "who", "whom", "whose", "where"})
# Subordinators of a clause that gives a reason or a contrast, not a time: its own date is its own
# ("Police searched the farm because the suspect had lived there in 1990").
# (grammar's subordinators but a condition's, a question's and "while", which may tell a time)
_REASON_OPENERS = grammar._SUBORDINATORS - {"if", "unless", "whether", "while"}


def _dates_a_past_clause(a: SentenceAnalysis, tokens: Sequence[grammar.Token], main: grammar.VerbGroup, start: int, end: int,
                         *, relative_clause_counts: bool = True, background: bool = False) -> bool:
    """Does the time expression date a past happening of the sentence other than its main verb's? A date in
    the main clause, or in a clause whose verb is past, does; one in a future or modal complement
    ("announced that Leopard would be released in 2007"), a clause with no finite verb, a noun phrase or a
    comparison does not. One in a relative clause does unless `relative_clause_counts` is False (for a
    lead's present perfect, which reaches up to publication whatever its relative clause dates).

    `background`: the date lies long before the article's news (`_background`). Then a clause that only
    describes someone or something the main clause names, a wh- relative clause or a participle's aside ("The
    bank, which was founded in 1890, closed its last branch", "The company, founded in 1990, announced ..."),
    or one that gives a reason or a contrast ("because ..."), tells its own old time, not the main clause's:
    the dated clause is extraction's event at its date, and the main clause may still be the day's news. (A
    recent date there is often the sentence's own time: "gains came in construction, which added 92,000 jobs
    in January", "Williams shares, which were delisted yesterday, closed at $23.25". A relative "that" keeps
    dating the sentence: measured on the development sets, one right event and one judged wrong.)"""
    if not _adverbial(a, tokens, start, end):
        return False
    d0 = bisect.bisect_right(a.token_ends, start)
    clause = a.clause_at(d0)
    main_clause = a.clause_at(main.first)
    if clause is None or clause == main_clause:
        return not (background and _participle_aside(tokens, main, d0))
    g = _owner(a, d0)
    opener = tokens[clause[0]].text.lower()
    if opener in _RELATIVE_OPENERS:
        # It dates the thing the sentence is about ("The issue, which is puttable ... in 1999"); not when it tells
        # what that thing will do ("NATO, which will celebrate its anniversary next month"): a time to come.
        return relative_clause_counts and not background and not (g is not None and _modal(g))
    if g is None or background and opener in _REASON_OPENERS:
        return False
    return _past(g)


def _background(text: str, e: TimeExpression, base: int, published: dt.date) -> bool:
    """Is `e` (in sentence `text` at offset `base`) a past time that began well before the article's news (over
    `NAMED_WINDOW` before publication: "in 1890", "last year", "Dec. 2, 1956"), not a day or month of it
    ("Friday", "in January" of a February report) nor one reaching up to or past publication ("the 1980s" in
    1989, "in 1999"), nor a comparison's yardstick ("costs, compared with a year ago, were boosted": the
    figures' own time is the report's)? (`_sentence_news` asks it only of a simple past's sentence: beside a
    present perfect an old date sets where its stretch up to now began, "Jobs, born in 1955, has built ...".)"""
    return _long_past(e, published) and not _yardstick(text, e, base)


# The share of a decade or a century that its "early" and "mid" part covers, counted from its start.
_PART_OF_SPAN = {"START": 0.5, "MID": 0.75}


def _last_day(e: TimeExpression) -> dt.date:
    """The last day `e` may stand for: of a decade's or a century's early or middle part, a day well inside it
    ("the early 1980s" ends before 1989, when the 1980s still ran: a toy maker "whose stock peaked in the early
    1980s" tells an old time). A year's part stays the whole year ("earlier this year" may be last month)."""
    assert e.first is not None and e.last is not None
    part = _PART_OF_SPAN.get(e.mod) if e.precision in (Precision.DECADE, Precision.CENTURY) else None
    if part is None:
        return e.last
    return e.first + (e.last - e.first) * part


def _yardstick(text: str, e: TimeExpression, base: int) -> bool:
    """Is `e` (in sentence `text` at offset `base`) a comparison's yardstick, standing alone ("compared with a
    year ago", "than in 2005") or closing its far side ("fell 8.4% from a year ago", "compared with $3 million
    a year earlier")? It is no time of the sentence's own (as extraction's `is_comparison`/`compared_side`)."""
    if not _may_hold_a_yardstick(text):
        return False
    start, end = e.start - base, e.end - base
    return grammar.is_comparison_baseline(text, start, end) or grammar.comparison_far_side(text, start, end) is not None


@lru_cache(maxsize=4)
def _may_hold_a_yardstick(text: str) -> bool:
    """Does the sentence hold a word that every yardstick needs (`grammar.YARDSTICK_PARTS`)? Once per sentence,
    not a search per date: most sentences hold none, and their dates are asked about up to three times, one
    after another (a few sentences kept: no long page's text is held)."""
    return grammar.may_hold(text, 0, len(text), grammar.YARDSTICK_PARTS)


def _participle_aside(tokens: Sequence[grammar.Token], main: grammar.VerbGroup, d0: int) -> bool:
    """Is token `d0` inside an aside between commas, after the subject has begun and before the main verb,
    that a participle opens ("The company, founded in 1990, announced ...", "The mill, bought by the Pratt family
    in 1950, was sold ..."), or in a past participle's phrase that opens the sentence ("Founded in 1990, the
    company announced ...")? What the participle tells of the subject has its own time. (Not an adverbial
    aside of the main verb: "Apple, on Monday, announced ...")"""
    if d0 >= main.first:
        return False
    left = next((k for k in range(d0 - 1, -1, -1) if tokens[k].text == ","), 0)
    if not any(tokens[k].text == "," for k in range(d0 + 1, main.first)):
        return False  # no comma closes the aside before the main verb
    k = left + 1 if left else 0
    while k < d0 and tokens[k].pos in ("RB", "RBR"):
        k += 1
    if left == 0:
        # The phrase opens the sentence: a past participle's ("Founded in 1990, the company announced ...",
        # "Having left in 2009, Doe said ...") tells what was done to or by the subject before a statement or
        # an announcement. Before any other main clause it sets the time of the account it opens ("Born in
        # Porto in 1933, Lopez spent her childhood ...", "Hired in 2005, Doe led the unit for a decade"). (Not
        # a present participle's: "Speaking on Thursday, Doe said ..." is when the saying was.)
        if k < d0 and tokens[k].text.lower() == "having":
            k += 1
        return k < d0 and tokens[k].pos == "VBN" and _statement_verb(main.main.text)
    return tokens[k].pos in ("VBN", "VBG")


def _later_future_owner(a: SentenceAnalysis, tokens: Sequence[grammar.Token], group: grammar.VerbGroup, start: int,
                        *, headline: bool) -> bool:
    """Is the date at sentence offset `start` the time of a later future or modal verb group of the sentence,
    not of its main verb's act ("Boric declared a state of emergency and said he would travel to the area on
    Thursday": Thursday is the travel's)? Only past acts are read so: the date then stays with the future
    verb (extraction's event at that day), while the act is the day's news. (A statement's frame, "said he
    would travel on Thursday", is left as it was: its saying is not news of its own.)"""
    d0 = bisect.bisect_right(a.token_ends, start)
    owner = _owner(a, d0)
    # (The future verb stands between the act and the date: in "was announced ... several months ago and will
    # replace ...", the date is the act's.)
    return owner is not None and group.last < owner.first and owner.last < d0 and _modal(owner) \
        and not _modal(group) and _past(group) and happening_group(tokens, group, headline=headline)


def _modal(g: grammar.VerbGroup) -> bool:
    """A future or modal group ("will celebrate", "could be"): it tells of what is to come or may be."""
    return g.main.pos == "MD" or any(w.pos == "MD" for w in g.auxiliaries)


def _present_perfect_group(g: grammar.VerbGroup) -> bool:
    """A present perfect ("has invited", "have been arrested"): an act done by the time of writing."""
    return len(g.words) > 1 and g.words[0].text.lower() in _HAVE and g.main.pos in ("VBN", "VBD")


def _past(g: grammar.VerbGroup) -> bool:
    """A simple past, a present perfect or a past passive ("found", "has found", "was found"); not a
    future, a modal, a present or a progressive ("we're launching")."""
    first = g.words[0]
    if first.pos == "VBD" and not (len(g.words) > 1 and g.main.pos == "VBG"):
        return True
    # (a present perfect, as `_present_perfect_group` says, of a participle; or a lone participle, a past read
    # as one after its subject)
    return g.main.pos == "VBN" and (_present_perfect_group(g) or len(g.words) == 1)


def _owner(a: SentenceAnalysis, d0: int) -> grammar.VerbGroup | None:
    """The finite verb group a date at token `d0` belongs to: the nearest in its clause, else (a verbless
    clause, "..., or 1.2% to 452.76 on Friday") the nearest before it."""
    clause = a.clause_at(d0)
    k = bisect.bisect_right(a.group_firsts, d0) - 1
    if clause is not None:
        inside = [g for g in a.groups[max(0, k - 1):k + 2] if clause[0] <= g.first < clause[1]]
        if inside:
            return min(inside, key=lambda g: abs(g.first - d0))
    return a.groups[k] if k >= 0 else None


def _opening_noun_date(a: SentenceAnalysis, tokens: Sequence[grammar.Token], group: grammar.VerbGroup,
                       start: int) -> bool:
    """Is the date at sentence offset `start` a year or day modifying a noun before the main verb, with no
    verb group between ("A 1996 law named for him and Sen. Helms strengthened ...", where the tagger may take
    a later name for the subject)? The thing it dates is what the sentence is about."""
    d0 = bisect.bisect_right(a.token_ends, start)
    if not 0 < d0 < group.first or d0 + 1 >= len(tokens) or any(g.first < group.first for g in a.groups):
        return False
    return tokens[d0 - 1].pos in ("DT", "PRP$", "POS") and tokens[d0].pos == "CD" \
        and tokens[d0 + 1].pos in ("NN", "NNS")


def _opening_adverbial(tokens: Sequence[grammar.Token], d0: int) -> bool:
    """The date sits in the sentence's first stretch, before any verb: "On Monday, Apple said ..."."""
    return not any(t.pos.startswith(("VB", "MD")) for t in tokens[:d0])


def _calendar(e: TimeExpression) -> bool:
    return e.type in (TimexType.DATE, TimexType.TIME) and e.first is not None


class _Excluded:
    """Boilerplate spans answered by bisection (a document may have thousands)."""

    def __init__(self, spans: Sequence[tuple[int, int]]) -> None:
        self.spans = sorted(spans)
        self.ends = [e for _, e in self.spans]

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_right(self.ends, start)
        return i < len(self.spans) and self.spans[i][0] < end

    def holds(self, start: int, end: int) -> bool:
        """Does one span hold all of [start, end)? (A document's spans are sorted and disjoint: then every
        stretch of at least one character inside [start, end) `overlaps`.)"""
        i = bisect.bisect_right(self.ends, start)
        return i < len(self.spans) and self.spans[i][0] <= start and end <= self.spans[i][1]


def _headline_index(doc: Document, excluded: _Excluded, title: str | None = None, first: int = 0) -> int | None:
    """The sentence that is the headline `title` (the document's, else a later story's: `StoriesNewsWalk`) among the
    first sentences from `first`."""
    title = (doc.title if title is None else title).strip().lower()
    if not title:
        return None
    for i, s in enumerate(doc.sentences[first:first + 12], first):
        text = doc.text[s.start:s.end].strip().lower()
        if text and (text == title or text.startswith(title) or title.startswith(text) and len(text) > 20):
            return i
    return None


_LOWER_WORD = re.compile(r"\b[a-z][a-z'’-]*\b")


def _as_printed(line: str, doc: Document) -> str:
    """A headline line as a title: a capital first, and in a line the page printed all in lower case ("arsenal beat
    chelsea in london derby") each name as the article prints it: a word it writes capitalised mid-sentence
    (`grammar.document_names`) that the lexicon knows in lower case as no common word ("Chelsea", "London"; not
    "march", "may" or "bill", which a body may also print capitalised as a month, a modal's name or a person's:
    "farmers march to Delhi as talks may resume"). A line with a capital of its own is left as printed."""
    if any(ch.isupper() for ch in line):
        return grammar.capitalised(line)
    names = grammar.document_names(doc.text)

    def printed(m: re.Match[str]) -> str:
        word = m.group(0)
        name = word[:1].upper() + word[1:]
        if name in names and grammar.lexicon_tag(word) in _NAME_OR_UNKNOWN:
            return name
        return word

    return grammar.capitalised(_LOWER_WORD.sub(printed, line))


# The lexicon's tag of a lower-case word that may be a name: none (a word it does not know) or a name's.
_NAME_OR_UNKNOWN = frozenset({None, "NNP", "NNPS"})


def _shorten(title: str) -> str:
    title = grammar.without_wire_slug(" ".join(title.split()).rstrip(" .,;:"))  # (no "UPDATE 3-" of a wire's headline)
    if len(title) <= MAX_TITLE:
        return title
    words = title[:MAX_TITLE].split()[:-1]  # whole words only
    # A title never ends on a word that needs what was cut ("... activists in the…"). Each shorter title
    # is tagged afresh: a word's tag depends on what follows it ("for all" ends on DT alone, not before more).
    while len(words) > 3 and grammar.tag_words(" ".join(words))[-1].pos in _DANGLING:
        words.pop()
    return " ".join(words).rstrip(" ,;:") + "…"


CARRIED_NOTE = "the account goes on with no new date"


def explanation(doc: Document) -> str:
    assert doc.published is not None
    return (f"reported on {human_date(doc.published, doc.published, Precision.DAY)} in "
            f"“{elide(doc.title, 60)}”: the article gives no date for it")


def find_news(doc: Document, expressions: Iterable[TimeExpression], *,
              progress: CharProgress | None = None) -> list[NewsItem]:
    """The happenings this article reports with no date phrase, each dated at its publication date.

    `expressions` are the document's time expressions (the tagger's). When the article's news itself is
    dated (its headline or lead has a date governing its verb: "Yesterday, ... Jobs unveiled iPhone 4"),
    that is the day the story tells: the headline and the body's undated happenings are dated by it
    instead ("Jobs demoed the gyroscope" during that keynote), and when it lies more than `STORY_FRESH`
    before publication the body is background and adds nothing. The cross-article step (`resolve_news`)
    then turns those that name a happening dated elsewhere into undated mentions of it."""
    walk = NewsWalk(doc, expressions, progress=progress)
    for _ in walk.steps():
        pass
    return walk.result()


class _Continuation(NamedTuple):
    """A saying that goes on with the statement before (`NewsWalk._statement_continues`)."""
    date: TimeExpression | None  # the day it was said (None: the article's day)
    speaker: Sequence[grammar.Token]  # who says it, for the next sentence's saying to go on with
    text: str  # the sentence
    group: grammar.VerbGroup  # its reporting verb
    title: str  # its headline clause, before a pronoun is resolved


class NewsWalk:
    """`find_news` in steps, so that extraction can walk the document alongside (`core/analysis.py`):
    `steps()` reads the sentences in order and yields after each (its start offset), `result()` then settles
    what the sentences around each item say. Each sentence's expressions are taken off the walk's queue as
    it is read: none is held per sentence beyond the items found and the dates governing main verbs."""

    # What the walk's attributes are to a walk in pieces (core/split.py): every attribute not named here is
    # state a later sentence's reading may depend on, compared whole at each cut (`split.carried_state`). A new
    # attribute is such state unless it is named here. "output": only written as the walk goes (`result` reads
    # it; a piece's are joined to the others'); "fixed": the document's, the same in every piece; "input": the
    # piece's own expressions not yet read; "memo": an answer kept by the sentence's index, the same whoever asks.
    PIECE_ROLES = {
        "out": "output", "kept_governed": "output", "kept_told": "output", "another_time": "output",
        "old_sentences": "output", "kept_bridged": "output", "again": "output", "perfect": "output",
        "recent_perfect": "output", "told_items": "output", "acts_after_news_day": "output", "life_steps": "output",
        "case_steps": "output", "earlier_stages": "output", "death_days": "output", "deaths_told": "output",
        "act_days": "output", "body_act_days": "output", "deaths_before_rites": "output", "find_days": "output",
        "in_old_section": "output", "quoted": "output",
        "doc": "fixed", "progress": "fixed", "_excluded": "fixed", "_starts": "fixed", "_headline": "fixed",
        "_first": "fixed",
        "_queue": "input", "_index": "input", "_source": "input", "_source_days": "input", "after_source": "output",
        "_words": "memo",
    }

    def __init__(self, doc: Document, expressions: Iterable[TimeExpression], *,
                 progress: CharProgress | None = None, streamed: bool = False,
                 headline: str | None = None, first: int = 0) -> None:
        """`streamed`: `expressions` come sorted by start (`temporal.tag_stream`'s) and are read as the walk
        goes, up to the first of a later sentence than the one being read, not all up front (the answers are
        the same). `headline`, `first`: a later story of a page of several (`StoriesNewsWalk`), its headline's
        words and its first sentence (the document's title and 0 for an article's own)."""
        self.doc = doc
        self.progress = progress
        self._headline = headline
        self._first = first
        self._queue: deque[TimeExpression] = deque()
        self._index: deque[int] = deque()  # each queued expression's sentence
        self._source: Iterator[TimeExpression] | None = None  # streamed: the expressions not yet read
        self._words: tuple[int, tuple[bool, bool, bool]] | None = None  # (`_words_of`: the last sentence's)
        # The day of the source a sentence's happening is told from ("according to a report on Monday"), by the
        # sentence, as the expressions are read (`_sentence_dated` leaves it out: it dates no happening); taken off
        # as each sentence is read. And of the items, those told so (`_after_source_day`), which `result` reads.
        self._source_days: dict[int, TimeExpression] = {}
        self.after_source: dict[int, TimeExpression] = {}
        self.out: list[NewsItem] = []
        # Per sentence: the explicit date governing its main verb, and a news day dating a past clause other
        # than the main one. The walk keeps the last few sentences' (`_told_again` looks back that far) and
        # copies to `kept_*` those of the sentences just before an item, all `result` reads.
        self.governed: dict[int, TimeExpression] = {}
        self.told: dict[int, TimeExpression] = {}
        self.kept_governed: dict[int, TimeExpression] = {}
        self.kept_told: dict[int, TimeExpression] = {}
        self.another_time: set[int] = set()  # items' sentences with a time phrase of their own (`_another_time`)
        # The last sentences read whose every time phrase (not a frequency) ends long before publication, with
        # those phrases (the cheap test, per sentence with dates); and, of those beside an item, the ones that
        # tell only of long-past times (`_settle_old`), all `result` reads.
        self.old_dates: dict[int, list[TimeExpression]] = {}
        self.old_sentences: set[int] = set()
        # Sentences that report no happening of their own but may go on with the account before them, in its past
        # tense ("It was also considering a restructuring."): a date carried on passes over them (`_bridge`). Only
        # the walk's cheap tests are made here (undated, no item, in the body); whether such a sentence is a
        # bridge is asked by `result`, for the few items whose date it may carry (of 1,677 sentences asked on
        # TimeBank + AQUAINT, 63 are read).
        self.may_bridge: set[int] = set()
        # An item's sentence → the sentence before the ones between that may be its bridges, with its governing
        # date (`result` checks that they are: `_bridges_between`).
        self.kept_bridged: dict[int, tuple[int, TimeExpression]] = {}
        self.again: dict[int, TimeExpression] = {}  # an item's sentence: the date `_told_again` finds for it
        # What `result` asks of an item's sentence and the one before, answered as the walk finds the item, while
        # their analyses are in grammar's memo (`result` runs once the walk is past them: a long article's had left
        # it, and were analysed again): the items whose main verb is a present perfect (`_present_perfect`), those
        # whose happening a past reporting verb told (`_told`), and those that tell an act right after a sentence
        # telling one, dated by a day of the article's news (`_acts` of both: `result` asks only when that
        # sentence's own date governs it).
        self.perfect: set[int] = set()
        self.recent_perfect: set[int] = set()  # ... and those whose main verb is a "recently" perfect (`_recent_perfect`)
        self.told_items: set[int] = set()
        self.acts_after_news_day: set[int] = set()
        # The person whose death the headline and lead report (`_deceased`, read as the lead is found), and the items
        # whose main clause tells of them (`_of_the_deceased`, asked as the walk finds each): an obituary's life story.
        self.deceased: _Deceased | None = None
        self.life_steps: set[int] = set()
        # The person a legal step of the headline and lead is taken against (`_defendant`, read as the lead is found),
        # and the items in which someone else tells what that person did (`_told_of_the_defendant`): the case.
        self.defendant: _Person | None = None
        self.case_steps: set[int] = set()
        # The latest stage of a crime's case the headline and lead report (`_lead_case_stage`, read as the lead is
        # found: charged, in court, convicted, sentenced), and the items that tell an earlier stage of it
        # (`_item_case_stage`: the crime, the arrest): they happened before the day's news.
        self.case_stage: int | None = None
        self.earlier_stages: set[int] = set()
        # The body sentences that tell the deceased's death again with a day of its own ("The legend died peacefully
        # yesterday"), with that day (`_death_retold`): the day of the death an undated headline or lead reports.
        self.death_days: dict[int, TimeExpression] = {}
        self.deaths_told: set[int] = set()  # ... and the items that tell it again with no day ("He died at home")
        # The sentence right after the lead when it names the lead's act by its noun on a day of the news ("The
        # resignation was announced ... at the start of Thursday's parliamentary sitting"), with that day
        # (`_act_told_by_its_noun`): the day of the act an undated headline and lead report.
        # (with whether that day governs its main verb: `_act_told_by_its_noun`'s `governs`)
        self.act_days: dict[int, tuple[TimeExpression, bool]] = {}
        # The same for an undated happening of the body (`_act_told_by_its_noun` of a sentence within the next two):
        # the item's sentence -> that day; and the last item's sentence so dated (the first day found is its).
        self.body_act_days: dict[int, TimeExpression] = {}
        self._last_act_dated = -1
        # The body sentences that tell a study's work made public in a journal on a day ("Their findings, published
        # on Oct 29 in Current Biology, ...": `_study_published`), with that day: the day of the find an undated
        # headline or lead reports (`result` reads the first).
        self.find_days: dict[int, TimeExpression] = {}
        # The sentences telling a death with no day of their own ("The leader of the church has died") right before
        # one that dates the deceased's funeral rites before the news ("Services were held on Tuesday"): the death
        # came before those rites, not on the report's day (`_rites_before_news`).
        self.deaths_before_rites: set[int] = set()
        # Quotations whose speaker is the subject of the sentence before (`_quotation`): the date of that
        # sentence's statement, or None to take the date its item is given.
        self.quoted: dict[int, TimeExpression | None] = {}
        # What the walk itself reads of `out` and `quoted` (`result` reads them whole): the last items kept (the
        # sentence before's, `_quotation`; those beside a sentence, `_settle_old`) and the last sentence registered
        # in `quoted` with its date. So `out` and `quoted` are only written as the walk goes, and the state a
        # sentence's reading depends on stays bounded (core/split.py compares it at a cut between pieces).
        self._recent_items: tuple[NewsItem, ...] = ()
        self._quoted_last: tuple[int, TimeExpression | None] | None = None
        # The last of those sayings and its speaker's words (a name before a pronoun): a statement that goes on
        # from it is the same speaker's (`_statement_goes_on`).
        self._speaker: tuple[int, Sequence[grammar.Token]] | None = None
        self.head: int | None = None
        self.lead = -1
        self.story: TimeExpression | None = None  # the date of the article's own news, when its headline/lead gives it
        self.lead_has_no_news = False  # the lead reports nothing (`result` then may fall back on it: `_fallback`)
        # Whether the last heading line of the body read (`_heading_line`) dates its section long before the news
        # ("Robbie Fowler, Alan Shearer and Tony Yeboah, September 23, 1995" in a feature on this week's games), and
        # the items read under such a heading: what they tell is of the section's time, not the day's news.
        self._old_section = False
        self.in_old_section: set[int] = set()
        self._headline_title = ""  # the headline's item's title, which the lead's takes (`steps`)
        self.ended = False  # the walk stopped reading (an old story: `steps`), or read the last sentence
        if doc.published is None or not doc.sentences:
            self._excluded = None
            return
        self._excluded = _Excluded(doc.excluded)
        sentences = doc.sentences
        # 8 bytes a sentence for the whole walk (a list of int objects was 40: 0.6 bytes per character of
        # news); the loader's SentenceSpans hands its starts over as an array, a plain tuple is read here.
        self._starts = sentences.starts() if isinstance(sentences, SentenceSpans) \
            else array("q", (s.start for s in sentences))
        if streamed:
            self._source = iter(expressions)
            return
        held: list[TimeExpression] = []
        indexes: list[int] = []  # each held expression's sentence
        for e in expressions:
            i = self._sentence_dated(e)
            if i >= 0:
                held.append(e)
                indexes.append(i)
        self._starts = array("q")  # (read up front: not needed any more)
        if indexes != sorted(indexes):  # (the tagger's come by start: one C-level pass finds them in order)
            order = sorted(range(len(held)), key=indexes.__getitem__)  # by sentence; within one, as given
            held, indexes = [held[k] for k in order], [indexes[k] for k in order]
        self._queue = deque(held)
        self._index = deque(indexes)

    def _sentence_dated(self, e: TimeExpression) -> int:
        """The index of the sentence `e` dates something of, or -1 when it dates nothing the walk reads."""
        doc, excluded = self.doc, self._excluded
        if e.value == "PRESENT_REF" or excluded.overlaps(e.start, e.end):  # type: ignore[union-attr]
            return -1  # "on sale now" dates nothing
        if e.value == "PAST_REF" and " ".join(e.text.lower().split()) in _RECENTLY:
            return -1  # "recently announced": on or shortly before publication, what a reported date says
        starts, sentences = self._starts, doc.sentences
        i = bisect.bisect_right(starts, e.start) - 1
        if i < 0:
            return -1
        sent = sentences[i]
        # Nor does "a third-quarter net loss" date its report (looked for within e's own sentence, as
        # extraction does), nor "according to a report Friday" the sentence's happening (it dates the source).
        if e.start >= sent.end or is_figures_period(doc.text, e, sent.start):
            return -1
        attribution, labelled, rescheduling = self._words_of(i, sent)
        if attribution and in_attribution(doc.text, sent.start, e.start):
            if e.type != TimexType.SET and e.first is not None and doc.published is not None \
                    and e.first < doc.published:
                self._source_days.setdefault(i, e)  # (an earlier source's day: `_after_source_day`)
            return -1
        if labelled and as_of_or_labelled(doc.text, sent.start, e) \
                or rescheduling and _rescheduling_goal(doc, sent, e):  # ("best-before dates up to July 15")
            return -1
        if _names_a_nouns_time(doc, sent, e):
            return -1  # "extended the deadline of June 30", "a complaint about a post from 2012"
        if is_bare_year(e) and sent.end - sent.start <= MAX_SENTENCE:
            a = grammar.analyse_sentence(doc.text[sent.start:sent.end])
            if year_modifies_an_object(a, bisect.bisect_left(a.token_starts, e.start - sent.start), e):
                return -1  # "the company forecast 2008 profit": which profit, not when it was forecast
        return i

    def _words_of(self, i: int, sent: Sentence) -> tuple[bool, bool, bool]:
        """Whether sentence i holds the word "according", a word of `_LABEL_PARTS` and a stem of
        `_RESCHEDULING_PARTS` (in any case), which `in_attribution`, `as_of_or_labelled` and
        `_rescheduling_goal` need in the window before a date of the sentence: tested once per sentence, so that
        the many dates of a sentence with none of them are not searched date by date. Exact: each window lies
        inside the sentence, and a sentence that is not ASCII throughout says True to all three (`may_hold`'s
        caveat: re's IGNORECASE folds a few letters that lower-casing does not). The last sentence's answer is
        kept: its dates come together."""
        last = self._words
        if last is not None and last[0] == i:
            return last[1]
        sentence = self.doc.text[sent.start:sent.end]
        if sentence.isascii():
            low = sentence.lower()
            words = ("according" in low, any(map(low.__contains__, _LABEL_PARTS)),
                     any(map(low.__contains__, _RESCHEDULING_PARTS)))
        else:
            words = (True, True, True)
        self._words = i, words
        return words

    def _dates(self, i: int) -> Sequence[TimeExpression]:
        """Sentence i's expressions, taken off the queue. `steps` asks for every sentence in order from 0 and
        the queue is sorted by sentence, so none of an earlier sentence can be left at its head. Streamed, the
        queue is filled up to the first expression of a later sentence (they come by start, so by sentence)."""
        queue, index = self._queue, self._index
        source = self._source
        if source is not None and (not index or index[-1] <= i):
            for e in source:
                k = self._sentence_dated(e)
                if k >= 0:
                    queue.append(e)
                    index.append(k)
                    if k > i:
                        break
            else:
                self._source = None
        source_days = self._source_days
        while source_days and next(iter(source_days)) < i:  # (an earlier sentence's: read, `_keep` asked)
            del source_days[next(iter(source_days))]
        dates: list[TimeExpression] = []
        while index and index[0] == i:
            index.popleft()
            dates.append(queue.popleft())
        return dates or ()

    def steps(self, start: int = 0, stop: int | None = None, *, settle: bool = False) -> Iterator[int]:
        """Reads the sentences in order, yielding each one's start once it is read. `start`, `stop`: only the
        sentences [start, stop), the walk's state being that after sentence start - 1 (core/split.py walks a
        document in pieces: `stop` None is the end of the document, where the walk's end is settled; `settle`:
        settled at `stop`, the end of a story of a page of several, `StoriesNewsWalk`)."""
        doc, excluded, progress = self.doc, self._excluded, self.progress
        if excluded is None or self.ended:
            return
        assert doc.published is not None
        head = self.head = _headline_index(doc, excluded, self._headline, self._first)
        first_body = (head + 1) if head is not None else 0
        # An article with no headline line is titled by its first sentence: that sentence is its lead too.
        head_is_lead = \
            head is not None and _ends_sentence(doc.text[doc.sentences[head].start:doc.sentences[head].end])
        # Below a headline line, the running-text lead merging takes (`lead_index`: the first of running text
        # that tells the headline's story, past a page's tagline or subscription notice): a sentence before it
        # is the lead only if it tells a happening (below); the tagline had been taken for it.
        lead_from = 0
        if head is not None and not head_is_lead:
            found_lead = lead_index(doc, head)
            if found_lead is not None:
                lead_from = found_lead
        why = explanation(doc)
        governed, told, old_dates = self.governed, self.told, self.old_dates
        sentences = doc.sentences
        end = len(sentences) if stop is None else min(stop, len(sentences))
        next_report = PROGRESS_STEP
        for i in range(start, end):
            sent = sentences[i]
            if progress is not None and sent.start >= next_report:
                progress(sent.start)
                next_report = sent.start + PROGRESS_STEP
            dates = self._dates(i)
            if dates:
                points = [e for e in dates if e.type != TimexType.SET]
                if points and all(_long_past(e, doc.published) for e in points):
                    old_dates[i] = points
            if i < first_body and i != head:
                yield sent.start
                continue  # dateline, kicker: before the headline
            if head is not None and i == head + 1 and not head_is_lead and _deck(doc, i):
                # The headline's summary under it ("Late header sinks the holders"), not the lead, whose day
                # dates the article's news.
                yield sent.start
                continue
            story = self.story
            if self.lead >= 0 and story is not None and story.first is not None \
                    and doc.published - story.first > STORY_FRESH:
                self.ended = True
                break  # the news is old: the body is background and adds nothing (see below), so is not read
            # (only where the answer could change the section's: a heading with a date, or any after an old one)
            if (dates or self._old_section) and i > first_body and _heading_line(doc, i, sent):
                points = [e for e in dates if e.type != TimexType.SET
                          and not _compared_in_heading(doc.text, sent.start, e)]
                self._old_section = bool(points) and all(_long_past(e, doc.published) for e in points)
            # The lead is the first sentence of running text with a main verb: this one, if it has one.
            # (A line before it that tells a happening, a deck or a first paragraph that shares no word with the
            # headline, is still the lead: taking the running-text lead's date instead moved a deck's undated news
            # to the lead's "Wednesday", and a page's first sentence lost its news.)
            is_lead = (i != head or head_is_lead) and self.lead < 0
            item = self._sentence(i, sent, dates, head, why, lead=is_lead)
            if (item is None or item[0] is None and item[1] is None) and 0 <= self.lead < i:
                quotation = self._quotation(i, sent, dates, why)
                if quotation is None:
                    quotation = self._statement_goes_on(i, sent, dates, why)
                if quotation is not None:
                    item = quotation, None, False
            elif item is not None and item[2] and 0 <= self.lead < i:
                # A statement of the body (`_sentence_news`) that goes on with a saying that itself went on so
                # ("She told the envoys that ... She also said ..."): said on that one's day. (Its own title and
                # date are kept otherwise. Not after a sentence its own date governs, where the statement stays
                # one of its own, as `result` settles it: "Gonzalez said in the letter, dated Monday. In the
                # letter, Gonzalez said ...".)
                going_on = self._statement_continues(i, sent, dates, chained_only=True)
                if going_on is not None:
                    # Only the chain is carried on: the next sentence's saying may go on with this one's speaker
                    # (on the chain's day, when it has one). The item keeps its own title.
                    if going_on.date is not None:
                        self._quote(i, going_on.date)
                    self._speaker = i, going_on.speaker
            if item is not None:
                if is_lead and (i >= lead_from or item[0] is not None or item[1] is not None
                                or not _ends_sentence(doc.text[sent.start:sent.end])):
                    # (Before the running-text lead merging takes, a sentence of running text that tells no
                    # happening, with no candidate nor date, is not the lead: a page's tagline, "From ..., the free
                    # news source you can write!", whose only verb is a relative clause's. A deck line still is.)
                    self.lead = i
                    self.deceased = _deceased(doc, [k for k in (head, i) if k is not None])
                    self.defendant = _defendant(doc, [k for k in (head, i) if k is not None])
                    self.case_stage = _lead_case_stage(doc, [k for k in (head, i) if k is not None])
                candidate, date, statement = item
                if date is not None:
                    governed[i] = date
                    if (i == head or is_lead) and story is None and date.precision == Precision.DAY \
                            and date.first is not None and date.first <= doc.published:
                        self.story = date
                elif candidate is None:
                    if is_lead:
                        self.lead_has_no_news = True
                    if dates:
                        text = doc.text[sent.start:sent.end]
                        day = _told_day(doc, sent, text, dates)
                        if day is not None:
                            told[i] = day
                else:
                    if i == head:
                        self._headline_title = candidate.title
                    elif is_lead and self._headline_title:
                        # The lead reports the headline's news: one happening, in the headline's own words.
                        candidate = replace(candidate, title=self._headline_title)
                    self._keep(i, dates, candidate.start)
                    if self._old_section and not is_lead:
                        self.in_old_section.add(i)
                    text = doc.text[sent.start:sent.end]
                    self._add_item(NewsItem(candidate, i, False, "headline" if i == head else "lead" if is_lead else "body",
                                        simple_past=_simple_past(text), statement=statement, quoting=self._quoted(i),
                                        own_simple_past=_simple_past(text, candidate.start - sent.start)))
            if (item is None or item[0] is None and item[1] is None) and not dates and i > first_body:
                self.may_bridge.add(i)  # (a bridge if `_bridge` says so: asked where read, in `result`)
            if self.deceased is None and 0 <= self.lead == i - 1 and _tells_a_death(doc, self.lead):
                # A lead whose death names no one ("A major figure in the City of London has passed away"): the next
                # sentence may name the deceased ("David Eades, the city's longest serving mayor, died Tuesday
                # evening"), and its day is the lead's death's.
                self.deceased = _deceased(doc, [self.lead, i])
            if dates and i > 0 and _same_paragraph(doc, i) and _rites_before_news(doc, i, dates) \
                    and _tells_a_death(doc, i - 1):  # (a death with a day of its own is no reported item: `result`)
                self.deaths_before_rites.add(i - 1)
            # (the first such sentence's day is the act's: `result` reads `act_days` in order)
            # (`governs`: the one date governs the sentence's main verb, not a statement's: "were killed on
            # Saturday", not "said on Monday")
            governs = item is not None and item[1] is not None and not item[2]
            # (its one date, a length beside it apart: "The verdict came on Monday after two days of deliberation")
            points = [e for e in dates if e.type != TimexType.DURATION] if len(dates) > 1 else dates
            if 0 <= self.lead and i - 2 <= self.lead < i and len(points) == 1 \
                    and _act_told_by_its_noun(doc, self.lead, i, points[0], governs=governs):
                self.act_days[i] = points[0], governs  # (its one date: "Thursday's ... sitting" dates no verb)
            elif 0 <= self.lead < i and (public := next((e for e in dates if _find_made_public(doc, i, e)), None)):
                # (of its dates, the one by "published": "The study, published Wednesday in Nature, dates the
                # paintings to 40,000 years ago")
                self.find_days[i] = public
            elif 0 <= self.lead and len(points) == 1 and self._recent_items:
                # The same for an undated happening of the body that a sentence within the next two dates as the
                # same act ("A footbridge collapsed in the town centre. The collapse happened early on Sunday"):
                # the first such sentence's day, `result` reads.
                for earlier in reversed(self._recent_items):
                    k = earlier.index
                    if self.lead < k < i and i - k <= 2 and earlier.role == "body" and k != self._last_act_dated \
                            and earlier.candidate.reported and not earlier.statement \
                            and _act_told_by_its_noun(doc, k, i, points[0], governs=governs):
                        self.body_act_days[k] = points[0]
                        self._last_act_dated = k
                        break
            if dates and self.deceased is not None and 0 <= self.lead < i:
                day = _death_retold(doc, i, dates, self.deceased)
                if day is not None:
                    self.death_days[i] = day
            if i - 1 in old_dates:  # (`_settle_old` does nothing for a sentence with no long-past phrases)
                self._settle_old(i - 1)  # (every sentence around sentence i - 1 is read now)
            self._forget(i)
            yield sent.start
        else:
            if end < len(sentences) and not settle:
                return  # (a piece: the walk goes on from sentence `end`)
            self.ended = True
        for j in sorted(self.old_dates):
            self._settle_old(j)
        self._queue.clear()  # (the sentences after a break are not read)
        self._index.clear()
        self._source = None

    def _add_item(self, item: NewsItem) -> None:
        self.out.append(item)
        self._recent_items = (*self._recent_items[-2:], item)

    def _quote(self, i: int, date: TimeExpression | None) -> None:
        self.quoted[i] = date
        self._quoted_last = i, date

    def _quoted(self, i: int) -> bool:
        """Is sentence i (the one being read or the one before) in `quoted`? (Sentences are registered in order.)"""
        return self._quoted_last is not None and self._quoted_last[0] == i

    def stop(self) -> None:
        """Lets go of the expressions not yet read (after a failure: the walk is read no more)."""
        self._queue.clear()
        self._index.clear()
        self._source = None

    def _settle_old(self, j: int) -> None:
        """Whether sentence j tells only of long-past times (`_old_times`), asked once the sentences around it
        are read, and only when an item stands beside it (`result` asks of no other): its time phrases are
        let go of either way."""
        points = self.old_dates.pop(j, None)
        if points is not None and any(j - 1 <= item.index <= j + 1 for item in self._recent_items) \
                and _old_times(self.doc, self.doc.sentences[j], points):
            self.old_sentences.add(j)

    def _after_source_day(self, item: NewsItem) -> NewsItem:
        """`item`, whose happening its sentence tells from an earlier source ("The firm cut 200 jobs, according to a
        report on Monday": `after_source`), at that source's day, on or shortly before which it happened, not at the
        article's news day; kept off the news day when the source's time is no day ("according to a 2014 study")."""
        day = self.after_source.get(item.index)
        c = item.candidate
        if day is None or not c.reported or c.first is None or day.first is None or day.first >= c.first:
            return item
        if day.precision != Precision.DAY:
            return replace(item, dated_nearby=True)
        because = f"told from a source of {human_date(day.first, day.first, Precision.DAY)} (“{day.text}”): " \
                  "the sentence gives no date of its own"
        return replace(item, candidate=replace(c, first=day.first, last=day.first, explanation=because))

    def _fallback(self) -> NewsItem | None:
        """The lead as the article's news whatever its verb ("Castro is the ultimate political survivor"):
        kept only for an article that would otherwise have no event at all (`result`, `resolve_news`), so
        that no article leaves the timeline without a trace. Titled by its headline line when it has one."""
        doc, head, i = self.doc, self.head, self.lead
        sent = doc.sentences[i]
        text = doc.text[sent.start:sent.end]
        a = grammar.analyse_sentence(text)
        group = main_group(a)  # (`_sentence_news` found one: it is the lead)
        if group is None:
            return None
        if head is not None and head != i:
            h = doc.sentences[head]
            title = _shorten(_as_printed(doc.text[h.start:h.end], doc))
        else:
            title = grammar.headline_clause(text, group.start, group.end, names=grammar.document_names(doc.text)) \
                or text
            # A statement titled by its own clause must say what was said, as `_sentence_news` asks ("Castro
            # says" is no trace of the article).
            framed = _reporting_frame(a, a.tokens, group)
            if framed is not None and framed[0] is group and not _carries(title, a.tokens, framed[1]):
                return None
            title = _shorten(title)
        return NewsItem(_publication_candidate(doc, sent, text, group, title, explanation(doc)),
                        i, False, "fallback")

    def _keep(self, i: int, dates: Sequence[TimeExpression], start: int) -> None:
        """What `result` reads for an item of sentence i whose happening's verb starts at offset `start`: the
        sentence's before it, its own time phrases, the date of the act it does "also" again (found now, while
        the sentences before it are at hand), and what `result` asks of its analysis and its neighbour's."""
        if i - 1 in self.governed:
            self.kept_governed[i - 1] = self.governed[i - 1]
        if i - 1 in self.told:
            self.kept_told[i - 1] = self.told[i - 1]
        # The sentence before the bridges: sentences that may be bridges are undated and tell no item, so never
        # governed, and j is only kept when each one between is a bridge, which `result` checks when it reads j.
        j = i - 1
        while j in self.may_bridge and i - j <= _TOLD_AGAIN_BACK:
            j -= 1
        if j < i - 1 and j in self.governed:
            self.kept_bridged[i] = j, self.governed[j]
        if any(_another_time(self.doc.text, e) for e in dates):
            self.another_time.add(i)
        if i != self.head and i != self.lead:  # (`result` asks for the others)
            again = _told_again(self.doc, i, self.governed)
            if again is not None:
                self.again[i] = again
        doc = self.doc
        if _present_perfect(doc, i):
            self.perfect.add(i)
        if _recent_perfect(doc, i):
            self.recent_perfect.add(i)
        if _told(doc, i, start):
            self.told_items.add(i)
        before = self.governed.get(i - 1)
        if before is not None and _news_day(doc, before) and _acts(doc, i - 1) and _acts(doc, i):
            self.acts_after_news_day.add(i)
        if self.deceased is not None and i != self.head and i != self.lead and _of_the_deceased(doc, i, self.deceased):
            self.life_steps.add(i)
        if self.defendant is not None and i != self.head and i != self.lead \
                and _told_of_the_defendant(doc, i, self.defendant):
            self.case_steps.add(i)
        source_day = self._source_days.get(i)
        if source_day is not None and i != self.head:
            self.after_source[i] = source_day
        if self.case_stage is not None and i != self.head and i != self.lead:
            stage = _item_case_stage(doc, i, start)
            if stage is not None and stage < self.case_stage:
                self.earlier_stages.add(i)
        if self.deceased is not None and i != self.head and i != self.lead \
                and _deaths_of_the_deceased(doc, i, self.deceased)[1]:
            self.deaths_told.add(i)

    def _forget(self, i: int) -> None:
        """Lets go of what no later item can read (it looks back `_TOLD_AGAIN_BACK` sentences at most)."""
        old = i - 1 - _TOLD_AGAIN_BACK
        self.governed.pop(old, None)
        self.told.pop(old, None)
        self.may_bridge.discard(old)
        # Sentence i + 1 reads the items of sentences i - 1 and i at most (`_settle_old` of sentence i, `_quotation`),
        # and the saying registered for sentence i (`_quoted`, `_speaker`): what is older goes, so that the state a
        # sentence's reading depends on is what it reads (a walk in pieces compares it: core/split.py).
        if self._recent_items and self._recent_items[0].index < i - 1:
            self._recent_items = tuple(item for item in self._recent_items if item.index >= i - 1)
        if self._quoted_last is not None and self._quoted_last[0] < i:
            self._quoted_last = None
        if self._speaker is not None and self._speaker[0] < i:
            self._speaker = None

    def _quotation(self, i: int, sent: Sentence, dates: Sequence[TimeExpression], why: str) -> Candidate | None:
        """The saying of an undated quotation that opens sentence `i`, when its speaker is the subject of the
        sentence before (`_same_speaker`) and that sentence is a statement its day governs ("Eitan said Sunday
        that ... ``We will defend our north,'' said Eitan."), or an act of the article's news on such a day, or
        a happening the walk keeps as an item ("Albright accepted the papers ... ``Hallelujah,'' Albright
        exclaimed."): the words were said then, as part of it. (A split quotation went with the sentence before
        until the loader read ``...'' as opening a sentence.) Not after an old date that is no statement's:
        "Lopez was born in 1984. ``I think ...,'' she said" tells the reporter now. A date inside the quotation
        is the speaker's words ("``We will stay for the foreseeable future,'' said spokesman Kenneth Bacon")."""
        doc = self.doc
        date = self.governed.get(i - 1)
        if date is None and not (self._recent_items and self._recent_items[-1].index == i - 1):
            return None  # (nothing before to go with: the quotation is not analysed)
        text = doc.text[sent.start:sent.end]
        if text.lstrip()[:1] not in _QUOTES or len(text) > MAX_SENTENCE:
            return None
        after = _after_quotation(text)
        # (A frequency dates nothing: "said in his weekly radio address".)
        if after is None or any(e.end > sent.start + after and e.type != TimexType.SET for e in dates):
            return None
        before = doc.sentences[i - 1]
        b = grammar.analyse_sentence(doc.text[before.start:before.end])  # (cached: the walk read it)
        group = main_group(b)
        subject = b.subject_of(group) if group is not None else None
        if group is None or subject is None:
            return None
        said_by = b.tokens[subject[0]:subject[1]]
        # Only a frame that may name that speaker is analysed (most quotations' are another's).
        frame_words = {w.strip(".,;:").lower() for w in text[after:].split()}
        if frame_words.isdisjoint(t.text.lower() for t in said_by if t.pos in _SPEAKER_TAGS) \
                and frame_words.isdisjoint(_SPEAKER_PRONOUNS):
            return None
        # A day after the publication is no saying's, which the article reports done: it dates what was said ("said
        # he would raise the case in the Commons on Wednesday. ``...,'' he said" was not said on Wednesday). The
        # quotation is then the article's news of its day, as a saying with no date of its own is.
        ahead = date is not None and date.precision == Precision.DAY and doc.published is not None \
            and date.first > doc.published  # type: ignore[operator]
        if date is not None and not ahead:
            # (The day of the saying itself, not of a relative clause after it: "``...,'' said Patricia Hurt,
            # the prosecutor, who created the task force on Tuesday"; nor a longer time, which tells of an
            # earlier announcement, not of these words: "Hewlett announced last week that ... ``...,'' he said.")
            d0 = bisect.bisect_right(b.token_ends, date.start - before.start)
            if date.precision != Precision.DAY \
                    or not (_statement_verb(group.main.text) or _news_day(doc, date) and _act_group(b) is not None) \
                    or any(t.pos.startswith("W") for t in b.tokens[group.last + 1:d0]):
                return None
        a = grammar.analyse_sentence(text)
        found = _quotation_frame(a, text)
        if found is None or not _same_speaker(found[1], said_by, partial(grammar.person_surnames, doc.text), doc.text, sent.start):
            return None
        frame, speaker = found
        # A pronoun speaker is the subject before, by name ("she said" after "Reno said ...": "Reno says ...").
        who, where = (said_by, before.start) if speaker[-1].pos == "PRP" else (speaker, sent.start)
        name = doc.text[where + who[0].start:where + who[-1].end]
        if len(who) == 1 and who[0].pos == "PRP":
            # "She said ... . ``...,'' she said": the person that pronoun of the sentence before stands for.
            name = pronoun_person(doc, before, name) or name
        title = _quotation_title(text, frame, name, who[-1].pos in ("NNS", "NNPS") or who[-1].text.lower() == "they")
        if title is None:
            return None
        if not ahead:
            self._quote(i, date)
        self._speaker = i, said_by if speaker[-1].pos == "PRP" else speaker
        return _publication_candidate(doc, sent, text, frame, _shorten(title), why)

    def _statement_goes_on(self, i: int, sent: Sentence, dates: Sequence[TimeExpression],
                           why: str) -> Candidate | None:
        """The saying of sentence `i` as a news item when it goes on with the statement before
        (`_statement_continues`), registered in `quoted` and `_speaker` as `_quotation` does."""
        going_on = self._statement_continues(i, sent, dates)
        if going_on is None:
            return None
        doc, group = self.doc, going_on.group
        title = resolve_title_pronoun(going_on.title, doc, sent, (group.start, group.end),
                                      partial(_retitled, group, group, grammar.document_names(doc.text)))
        self._quote(i, going_on.date)
        self._speaker = i, going_on.speaker
        return _publication_candidate(doc, sent, going_on.text, group, _shorten(title), why, kind="announcement")

    def _statement_continues(self, i: int, sent: Sentence, dates: Sequence[TimeExpression], *,
                             chained_only: bool = False) -> _Continuation | None:
        """Whether the saying of undated sentence `i` goes on with the statement of the sentence before, by the
        same speaker (`_same_speaker`): "NATO has decided to admit Poland, an official said on Wednesday. The
        official said that the accession was planned for early March. He added that ...": one statement, told
        over several sentences, made on its day (or part of the news item that sentence is). As `_quotation`
        does for a quotation: the sentence before is a saying that a day of the article's news governs (its main
        verb's or its closing attribution's), or a statement the walk keeps as an item, or itself a saying that
        goes on so (a quotation's too). Only a reporting verb in the simple past with a clause of what was said
        ("He said Elian was ``surrounded by two drunks.''"); not another's ("Analysts said ..." after "Acme said
        ..."), which opens that source's account, nor one with a time phrase of its own or one of an earlier
        time in what was said (a later one is what was said: "said the accession was planned for early March").
        `chained_only`: only after a saying that goes on so. Only looks: registers nothing."""
        doc = self.doc
        chained = self._speaker is not None and self._speaker[0] == i - 1
        if chained_only and not chained:
            return None
        date = self.governed.get(i - 1)
        if date is None and not chained:
            recent = self._recent_items
            last = recent[-1] if recent and recent[-1].index == i - 1 else None
            # (an item's statement, or its telling to an audience: "``...,'' Alarcon told reporters in Havana")
            if last is None or not (last.statement or _says(last.candidate.phrase.split()[-1])):
                return None  # (nothing before to go on with: the sentence is not analysed)
        text = doc.text[sent.start:sent.end]
        if len(text) > MAX_SENTENCE or text.lstrip()[:1] in _QUOTES or not _prose(text) \
                or _inside_quotation(doc, i):
            return None
        a = grammar.analyse_sentence(text)
        tokens = a.tokens
        group = main_group(a)
        if group is None or not group.finite or group.auxiliaries or group.main.pos != "VBD" \
                or _lemmas(group.main.text).isdisjoint(REPORTING_LEMMAS) or _negated(tokens, group):
            return None
        subject = a.subject_of(group)
        k = bisect.bisect_right(a.group_firsts, group.last)  # the clause of what was said
        dates = [e for e in dates if e.type != TimexType.SET]  # (a frequency dates nothing: "weekly address")
        if subject is None or subject[1] > group.first or k >= len(a.groups) or any(
                e.start < sent.start + group.end
                or _governs(a, tokens, group, e.start - sent.start, e.end - sent.start) for e in dates):
            return None
        speaker = tokens[subject[0]:subject[1]]
        if chained:
            assert self._speaker is not None
            said_by = self._speaker[1]
            date = self._quoted_last[1] if self._quoted_last is not None and self._quoted_last[0] == i - 1 else None
        else:
            before = doc.sentences[i - 1]
            before_text = doc.text[before.start:before.end]
            b = grammar.analyse_sentence(before_text)  # (cached: the walk read it)
            framed = _quotation_frame(b, before_text) if before_text.lstrip()[:1] in _QUOTES else None
            if framed is not None:  # (a quotation's speaker: its main group may be a verb inside the quotation)
                g, said_by = framed
            else:
                g = main_group(b)
                last_group = b.groups[-1] if b.groups else None
                if g is not None and last_group is not None and last_group is not g \
                        and not _says(g.main.text) and _says(last_group.main.text):
                    # The attribution that closes the sentence, its saying: "NATO has decided to admit Poland, an
                    # official said on Wednesday."
                    said = b.subject_of(last_group)
                    if said is not None and said[0] > 0 and b.tokens[said[0] - 1].text == "," \
                            and said[1] == last_group.first:
                        g = last_group
                said = b.subject_of(g) if g is not None else None
                if g is None or said is None:
                    return None
                said_by = b.tokens[said[0]:said[1]]
            if date is not None:
                # (The saying's own day, as `_quotation` asks: not a longer time, nor a relative clause's; and a
                # day of the article's news: an older statement is background, what is said after it the day's.
                # Not an act's day, as a quotation's may be: "lost its case today. Apple Corps argued that ..."
                # tells what was argued before.)
                d0 = bisect.bisect_right(b.token_ends, date.start - before.start)
                if date.precision != Precision.DAY or not _news_day(doc, date) or not _says(g.main.text) \
                        or any(t.pos.startswith("W") for t in b.tokens[g.last + 1:d0]):
                    return None
        if not _same_speaker(speaker, said_by, partial(grammar.person_surnames, doc.text), doc.text, sent.start):
            return None
        said_on = date.first if date is not None else doc.published
        if any(e.last is not None and said_on is not None and e.last < said_on for e in dates):
            # What is said tells of an earlier time ("... as laid down by the Feb. 23 accord"): the sentence is
            # of that time as much as of the saying, as `_sentence_news` reads a dated past clause.
            return None
        title = grammar.headline_clause(text, group.start, group.end, names=grammar.document_names(doc.text))
        if not title or not _carries(title, tokens, a.groups[k]):
            return None  # the title says nothing of what was said
        # (a pronoun's speaker is the one it stands for)
        return _Continuation(date, said_by if speaker[-1].pos == "PRP" else speaker, text, group, title)

    def _sentence(self, i: int, sent: Sentence, dates: Sequence[TimeExpression], head: int | None, why: str, *,
                  lead: bool) -> tuple[Candidate | None, TimeExpression | None, bool] | None:
        """`_sentence_news` for sentence i, or None when the sentence is not one to read. `lead`: sentence i
        is the lead should it have a main verb (`steps` settles that from the answer)."""
        doc, found_lead = self.doc, self.lead
        text = doc.text[sent.start:sent.end]
        if i != head and not _prose(text) or len(text) > MAX_SENTENCE:
            return None  # not running text; or a run-on "sentence" with no full stop, which reports nothing clear
        assert self._excluded is not None
        if self._excluded.holds(sent.start, sent.end):
            # Page furniture whole (an author's bio, a comment): whatever verb `_sentence_news` found as its main
            # one would be inside it, so it would answer None; it is not analysed.
            return None
        if found_lead >= 0 and i != head and not dates and _inside_quotation(doc, i):
            return None  # a later sentence of a quotation opened before it: still the speaker's words
        if found_lead >= 0 and i != head and not dates and text.lstrip()[:1] in _QUOTES:
            # An undated quotation after the lead yields nothing (`_sentence_news` answers None or
            # (None, None)) but its telling to an audience (`_telling`); before the lead it may still be the
            # lead, so only then is it analysed.
            if not _may_tell(text):
                return None
        elif found_lead >= 0 and i != head and not dates and not _may_report(text):
            return None  # an undated body sentence can only add a happening (see `_may_report`)
        return _sentence_news(doc, sent, text, dates, self._excluded, headline=i == head, why=why, lead=lead)

    def at_story_day(self, c: Candidate) -> Candidate:
        """`c`, a happening the article reports with no date of its own (`Candidate.reported`), at the day its
        headline or lead gives when that is not the publication date (call once `steps` is done)."""
        story = self.story
        if story is None or story.first is None or story.first == self.doc.published or _told_as_latest(c):
            return c
        day = story.first
        because = (f"{STORY_PREFIX} “{elide(self.doc.title, 60)}”, whose news is of {human_date(day, day, Precision.DAY)} "
                   f"(“{story.text}”): the sentence gives no date of its own")
        return replace(c, first=day, last=day, explanation=because)

    def without_deck_repeats(self, candidates: list[Candidate]) -> list[Candidate]:
        """`candidates` less the dated ones of the headline's deck (`_deck`: a standfirst, "… as union warns of
        further strikes in March") whose dates hold a date the body gives a happening of its own ("would strike
        again on March 3 and 4"): the deck sums up the body, which tells the same more fully; a second event at the
        deck's coarser date would repeat it. (Call once `steps` is done; a deck holds a few dates at most.)"""
        doc, head = self.doc, self.head
        if head is None or head + 1 >= len(doc.sentences) or not _deck(doc, head + 1):
            return candidates
        deck = doc.sentences[head + 1]
        # (every candidate of the article: read with checks for Cancel, as below)
        in_deck = [c for c in check_every(candidates, 1024) if c.first is not None and deck.start <= c.start < deck.end]
        if not in_deck:
            return candidates
        body = [(c.first, c.last) for c in check_every(candidates, 1024) if c.first is not None and c.last is not None
                and c.start >= deck.end and not c.reported]
        repeats = {id(c) for c in in_deck if c.last is not None
                   and any(c.first <= first and last <= c.last for first, last in body)}  # type: ignore[operator]
        return [c for c in check_every(candidates, 1024) if id(c) not in repeats] if repeats else candidates

    def result(self) -> list[NewsItem]:
        """The items found, settled by what the sentences around them say (call once `steps` is done)."""
        doc, out, head, lead, story = self.doc, self.out, self.head, self.lead, self.story
        governed, told, another_time = self.kept_governed, self.kept_told, self.another_time
        old = self.old_sentences.__contains__  # (sentence i tells only of long-past times: `_settle_old`)
        if doc.published is None or not doc.sentences:
            return []
        if story is not None and story.first != doc.published:
            assert story.first is not None
            # The headline's news is the lead's, which extraction dates: adding it again would duplicate it.
            out = [item for item in out if item.role != "headline"]
            if doc.published - story.first > STORY_FRESH:
                out = [item for item in out if item.role != "body"]
            out = [replace(item, candidate=self.at_story_day(item.candidate)) for item in check_every(out)]

        # A neighbour with an explicit earlier date governing its main verb dates the story told there.
        def elsewhere(item: NewsItem, date: TimeExpression | None) -> bool:
            # Only an earlier time tells another story ("In 2004, Jobs underwent surgery. He recovered ...");
            # a plan for later ("... next summer") does not date what was just reported.
            return date is not None and date.last is not None and date.last < item.candidate.first  # type: ignore[operator]

        # The names of the article's own news, its headline's and its lead's (`_tells_the_news`).
        news_texts = [doc.text[doc.sentences[k].start:doc.sentences[k].end] for k in (head, lead)
                      if k is not None and k >= 0]
        news_names = frozenset().union(*map(actors_in, news_texts))
        news_words: frozenset[str] | None = None  # (its happening's words: read when first asked)

        def older_account(i: int, k: int, date: TimeExpression | None, later: Callable[[], bool]) -> bool:
            """Does sentence `i` go on with the account of sentence `k`, dated `date`, and not tell the article's
            own news again (`_tells_the_news`; `later`: `_later_step` of sentence `i`, asked when needed)? A day
            of the article's news is that news whatever it names."""
            if date is None:
                return False
            if _news_day(doc, date):
                return True

            def happening() -> frozenset[str]:
                nonlocal news_words
                if news_words is None:
                    news_words = frozenset().union(*map(_event_lemmas, news_texts))
                return news_words
            return not _tells_the_news(doc, i, k, news_names, happening, later)

        # The narrative goes on: a simple past right after a sentence dated that way, in the same paragraph,
        # tells what happened next at that time ("In 2004, Jobs underwent surgery. He recovered ..."), and
        # carries the date on to the next such sentence.
        carried: dict[int, TimeExpression] = {}

        def carried_from(item: NewsItem, before: TimeExpression | None, day: TimeExpression | None
                         ) -> tuple[int, TimeExpression] | None:
            """(the sentence, the date) whose account the item's simple past goes on with, if any: the sentence
            just before it, in the same paragraph or (a news day) across a paragraph's break, or the one before
            the bridges between (`_bridge`) in the same paragraph."""
            i = item.index
            if not item.simple_past or i in another_time:
                return None
            later_memo: list[bool] = []

            def later() -> bool:  # (asked once, when a branch below must)
                if not later_memo:
                    later_memo.append(_later_step(doc, i))
                return later_memo[0]
            # A date that opens the sentence before, or a day its act ends on, sets the account's time; a day of
            # the article's news is carried wherever it stands.
            # (The cheap tests first: whether the sentence tells the news again reads its words.)
            if elsewhere(item, day) and _same_paragraph(doc, i) and (
                    i - 1 in carried or _news_day(doc, day) or before is not None and (
                        _opens(doc, i - 1, before) or _dates_the_act(doc, i - 1, before) and not later())) \
                    and older_account(i, i - 1, day, later):
                assert day is not None
                return i - 1, day
            # Across a paragraph's break (wire copy gives each sentence its own paragraph) a day of the article's
            # news goes on one step, from a sentence whose own date governs its act to an act: not on from a
            # sentence it was carried to ("Rabin arrived on Monday. / Security closed the streets. / Israel and
            # the PLO drafted the accord in Oslo." is no longer Monday's), nor from a statement's day ("said on
            # Saturday"), nor to a report ("Local sources said that the plan took three months", which opens
            # another source's account). (A passive's day is an occasion here: "Six people were killed on Friday. /
            # The two bombings happened minutes apart.")
            # (`_news_day(doc, before)` and `_acts` of both sentences: `acts_after_news_day`, settled by the walk)
            # ("then" is the next step of that day's occasion: "Police arrested two men on Friday. / Officers
            # then searched their homes." A gap, "later", "eventually", is another time.)
            if i - 1 in governed and elsewhere(item, before) and i in self.acts_after_news_day \
                    and not _later_step(doc, i, next_step_too=False):
                assert before is not None
                return i - 1, before
            # So does it after any sentence (a statement too) whose day opens it in a phrase naming an occasion,
            # when "then" tells the occasion's next step ("After the verdict on Friday, the judge said ... / The
            # judge then remanded him": the remanding is Friday's, not the publication day's).
            if i - 1 in governed and before is not None and elsewhere(item, before) and _news_day(doc, before) \
                    and _then_step(doc, i) and _acts(doc, i) and _opens_with_an_occasion(doc, i - 1, before):
                return i - 1, before
            bridged = self.kept_bridged.get(i)
            if bridged is None or not _same_paragraph(doc, i) or not _bridges_between(doc, bridged[0], i):
                return None
            k, before = bridged
            before = before or carried.get(k)
            if elsewhere(item, before) and not later() and (
                    k in carried or _news_day(doc, before) or _opens(doc, k, before) or _dates_the_act(doc, k, before)) \
                    and older_account(i, k, before, later):
                assert before is not None
                return k, before
            return None

        result: list[NewsItem] = []
        # The sentences left off the day's news as steps of an older account (a life story's, a past told between
        # past dates): a feature's next simple past goes on with that account (below).
        in_old_account: set[int] = set()
        # The day the body gives the deceased's death, told again ("The legend died peacefully yesterday"): the
        # first such sentence's.
        death_day = self.death_days[min(self.death_days)] if self.death_days else None
        # The first sentence after the lead naming its act on a day (`act_days`, in order): where, its day, and
        # whether that day governs its main verb.
        act_at, (act_day, act_governs) = next(iter(self.act_days.items()), (-1, (None, False)))
        # The day the body says a study's work was made public in a journal (`find_days`, the first), when the
        # headline or the lead tells a find (`_tells_a_find`): the find's day, and the body's undated acts are the
        # study's work and findings (below).
        find_day = self.find_days[min(self.find_days)] if self.find_days else None
        finds = {k for k in (head, lead)
                 if find_day is not None and k is not None and k >= 0 and _tells_a_find(doc, k)}
        # The scene of an undated lead's act dated before the report's day by a day-noun after it ("Police have
        # fatally shot a suspect ... following Friday night's gunfire"): the sentence naming it, its day, and the
        # last sentence read after it (`_scene_goes_on`): the undated moments told in sequence after it ("Police
        # say an officer made a traffic stop", "Two other officers arrived") are of that night, not the report's.
        scene: list[tuple[int, TimeExpression]] = []
        scene_read = -1

        def scene_goes_on(i: int) -> bool:
            """Is item sentence `i` still in the lead's scene: every sentence read since dated only by its day or
            by the report's day in a state then ("was recovering Saturday": `_state_on_the_day`)? (The sentences
            are read once, in order.)"""
            nonlocal scene_read
            published = doc.published
            for j in range(max(scene_read + 1, scene[0][0] + 1), i):
                date = governed.get(j)
                if date is not None and date.first != scene[0][1].first and not (
                        published is not None and date.first == date.last == published
                        and _state_on_the_day(doc, j, date)):
                    scene.clear()
                    return False
            scene_read = i
            return True
        for item in check_every(out):
            if scene and item.index > scene[0][0] and not (
                    item.candidate.reported and item.own_simple_past and not item.statement
                    and item.index not in another_time and scene_goes_on(item.index)
                    and not _later_step(doc, item.index, next_step_too=False)):
                # (a step told "later" is another time: "The judge later remanded Lee")
                if item.candidate.reported or item.index in governed \
                        and governed[item.index].first != scene[0][1].first:
                    scene.clear()  # (a present, a statement, another day: the scene's account has ended)
            elif scene and item.index > scene[0][0]:
                day = scene[0][1]
                because = f"dated by “{day.text}”: a moment of the scene told after the lead's act, dated there"
                result.append(replace(item, candidate=replace(
                    item.candidate, first=day.first, last=day.last, precision=day.precision,
                    reported=False, explanation=because)))
                continue
            if item.index in (head, lead):
                if death_day is not None and item.candidate.reported and _tells_a_death(doc, item.index):
                    # An undated headline or lead reporting the death ("Jack Charlton has died aged 85") reports the
                    # death the body dates: it happened on that day, not on the report's.
                    because = f"dated by “{death_day.text}” where the article tells the same death again"
                    item = replace(item, candidate=replace(
                        item.candidate, first=death_day.first, last=death_day.last, precision=death_day.precision,
                        reported=False, explanation=because))
                elif act_day is not None and item.candidate.reported \
                        and _tells_the_act_of(doc, item.index, act_at, act_day, subject_too=act_at == lead + 1,
                                              governs=act_governs):
                    # An undated headline or lead ("Keke resigns", "Keke has resigned from Cabinet") whose act the
                    # next sentence dates by its noun ("The resignation was announced ... Thursday's sitting").
                    # (the scene's moments follow an act a noun names there, "following Friday night's gunfire";
                    # not one only told again by its verb, "Cobb was charged on Tuesday evening": the sentences
                    # after it are no moments of it)
                    if item.index == lead and doc.published is not None and act_day.first is not None \
                            and act_day.first < doc.published \
                            and _tells_the_act_of(doc, item.index, act_at, act_day, subject_too=act_at == lead + 1):
                        scene[:] = [(act_at, act_day)]
                    because = f"dated by “{act_day.text}” where the article names the same act by its noun"
                    item = replace(item, candidate=replace(
                        item.candidate, first=act_day.first, last=act_day.last, precision=act_day.precision,
                        reported=False, explanation=because))
                elif find_day is not None and item.candidate.reported and item.index in finds:
                    # An undated headline or lead telling a find ("YNU research team discovers new species") whose
                    # study the body dates by its publication ("Their findings, published on Oct 29 in Current
                    # Biology, ..."): the find was made public that day, not on the report's (merging joins the
                    # publication's mention to it and titles the find by the lead's group, who found what:
                    # `merging._join_page_retellings`, `merging._title_finds_by_their_lead`).
                    because = f"dated by “{find_day.text}” {STUDY_PUBLICATION_NOTE}"
                    item = replace(item, candidate=replace(
                        item.candidate, first=find_day.first, last=find_day.last, precision=find_day.precision,
                        reported=False, explanation=because))
                result.append(self._after_source_day(item))
                continue
            if item.index in self.after_source and item.candidate.reported:
                result.append(self._after_source_day(item))
                continue
            if item.index in self.quoted:
                # The speaker's words of the sentence before (`_quotation`): said on its statement's day, or
                # when the item of that sentence is dated.
                said = self.quoted[item.index]
                if said is not None:
                    carried[item.index] = said
                    because = f"the words of the statement in the sentence before, dated by “{said.text}”"
                    result.append(replace(item, candidate=replace(
                        item.candidate, first=said.first, last=said.last, precision=said.precision,
                        reported=False, explanation=because)))
                elif result and result[-1].index == item.index - 1:
                    # (Its title and kind too: merging makes it a mention of that sentence's happening, not a
                    # happening of its own.)
                    told_with = result[-1]
                    result.append(replace(item, dated_nearby=told_with.dated_nearby, candidate=replace(
                        item.candidate, first=told_with.candidate.first, last=told_with.candidate.last,
                        precision=told_with.candidate.precision, reported=told_with.candidate.reported,
                        explanation=told_with.candidate.explanation, title=told_with.candidate.title,
                        kind=told_with.candidate.kind)))
                continue
            if finds and item.role == "body" and item.candidate.reported and not item.statement \
                    and not item.quoting and (item.simple_past or item.index in self.perfect
                                              or _tells_a_finding(doc, item.index)):
                # A science report's body after a find dated by its study's publication: its undated acts ("The
                # team collaborated with scientists from ...", "Advanced techniques allowed the researchers to
                # analyze ...") and findings ("The analysis revealed that ...", "The data show that ...") are the
                # study's, done before it was made public: no happenings of the report's day. (What someone says
                # of it stays the day's.)
                result.append(replace(item, dated_nearby=True))
                continue
            if item.index in self.deaths_before_rites and item.candidate.reported:
                # A death told with no day right before its funeral rites, dated before the news ("The leader of
                # the church has died. Services were held on Tuesday"): it came before them, on a day the page does
                # not give, not on the report's day.
                result.append(replace(item, dated_nearby=True))
                continue
            if death_day is not None and item.index in self.deaths_told and item.candidate.reported:
                # The deceased's death told again with no day ("He died from Alzheimer's Disease at the care home"):
                # of the day the article gives it.
                because = f"dated by “{death_day.text}” where the article tells the same death"
                result.append(replace(item, candidate=replace(
                    item.candidate, first=death_day.first, last=death_day.last, precision=death_day.precision,
                    reported=False, explanation=because)))
                continue
            body_day = self.body_act_days.get(item.index)
            if body_day is not None and item.candidate.reported:
                # An undated happening of the body whose act a sentence within the next two dates ("A footbridge
                # collapsed in the town centre. The collapse happened early on Sunday"): of that day, not the
                # report's (merging makes it a mention of that sentence's event).
                because = f"dated by “{body_day.text}” where the article tells the same act again"
                result.append(replace(item, candidate=replace(
                    item.candidate, first=body_day.first, last=body_day.last, precision=body_day.precision,
                    reported=False, explanation=because)))
                continue
            again = self.again.get(item.index)  # `_told_again`, asked as the walk found the item
            if again is not None and again.first != item.candidate.first:
                # "Jobs announced today that ... He said ... Jobs also announced that ...": the same act again, on
                # the day that sentence gave it (not the article's story day nor its publication date).
                carried[item.index] = again
                because = f"dated by “{again.text}” a sentence before, where the same is done: {CARRIED_NOTE}"
                result.append(replace(item, candidate=replace(
                    item.candidate, first=again.first, last=again.last, precision=again.precision,
                    reported=False, explanation=because)))
                continue
            if item.index in self.case_steps:
                # After a headline or lead reporting a legal step against someone ("Kilpatrick was convicted",
                # "A jury convicted Nagin"), what another says that person did ("Witnesses said Kilpatrick got
                # bribes", "Prosecutors claimed that he accepted $60,000") is the case that led up to the step,
                # told with no date of its own: not the day's news. (What the day's speakers say of others stays:
                # "His attorney said jurors made the wrong decision".)
                result.append(replace(item, dated_nearby=True))
                continue
            before = governed.get(item.index - 1) or carried.get(item.index - 1)
            # Failing that, a news day that dates another past clause of the sentence before ("Williams shares,
            # which were delisted yesterday, closed at $23.25. Primerica closed at $28.25").
            day = before if before is not None else told.get(item.index - 1)
            # A time phrase of its own, even one the tagger cannot place ("two years after her promotion"),
            # starts another time.
            if item.statement and (elsewhere(item, before) or elsewhere(item, day)):
                # A statement is no step of an account: not carried on from the sentence before ("In a July 16
                # press conference, Jobs said ... The sources claimed that ..." is not of July 16), nor the news
                # of the day when the sentence before tells of an earlier time: one that opens it and so sets
                # the time of its account, one carried on to it, or a recent day ("Gonzalez said in the letter,
                # dated Monday. In the letter, Gonzalez said ..."). An old date there that dates one detail of
                # it ("He fought cancer in 2004 and took six months off in early 2009. Jobs ... said he will
                # stay CEO") sets no time for what is said next: the statement is the day's.
                if before is None or item.index - 1 in carried or _news_day(doc, before) \
                        or _opens(doc, item.index - 1, before):
                    result.append(replace(item, dated_nearby=True))
                else:
                    result.append(item)
            elif item.index in self.earlier_stages and not item.statement and (
                    (source := carried_from(item, before, day)) is None or _news_day(doc, source[1])):
                # After a headline or lead that reports a later stage of a crime's case ("was charged on Tuesday
                # with murder", "was jailed for life"), an earlier stage told with no date of its own, the crime
                # or the arrest ("Holm was stabbed at his home", "Police arrested Morrow nearby"), happened before
                # that news: not on its day (a mention of that stage where another sentence dates it). (An older
                # day the sentence before gives it is still carried on, below.)
                result.append(replace(item, dated_nearby=True))
            elif (source := carried_from(item, before, day)) is not None:
                k, day = source
                carried[item.index] = day
                where = "in the sentence before" if k == item.index - 1 else "a few sentences before"
                because = f"dated by “{day.text}” {where}: {CARRIED_NOTE}"
                result.append(replace(item, candidate=replace(
                    item.candidate, first=day.first, last=day.last, precision=day.precision,
                    reported=False, explanation=because)))
            elif item.simple_past and not item.statement and _life_stage(item.candidate.sentence, doc.text):
                # "The boy left school at 14", "As a child she sang in the choir": a time of someone's life, told
                # with no date, is a step of a life story (a profile's, an obituary's), not the day's news.
                in_old_account.add(item.index)
                result.append(replace(item, dated_nearby=True))
            elif not item.statement and item.candidate.kind not in _HARM_KINDS \
                    and (item.simple_past or item.index in self.perfect) and item.index in self.life_steps:
                # An obituary's life story: after a headline or lead that reports someone's death, a past or a
                # perfect whose subject is that person, with no date of its own and no word of the death ("Dole
                # worked with the late Sen. George McGovern", "Over the years he has served on most committees"),
                # tells their life, not the day's news: no event on the death's day, nor when a time phrase of its
                # own could not be placed ("during World War II"). (Others' acts stay the
                # day's: "Starmer paid tribute"; so do sayings, and the death's own telling, "He died at home".)
                in_old_account.add(item.index)
                result.append(replace(item, dated_nearby=True))
            elif self.lead_has_no_news and item.simple_past and not item.statement \
                    and item.index - 1 in in_old_account and item.index not in another_time \
                    and _same_paragraph(doc, item.index) and not _later_step(doc, item.index) \
                    and _tells_of_a_person(item.candidate.sentence):
                # A feature's flashback goes on: in an article whose lead reports no news of the day (a profile's
                # "At 81, he still walks to his workshop"), a simple past of someone's (a he/she word) right after a
                # step of an older account, in its paragraph, is the next step of it ("He was born in 1943. He
                # built his first boat in the shed. His father sold it to a neighbour."), not the publication day's
                # news. (A company's figures after an old one, "Net fell 16%", are left to the rules above.)
                in_old_account.add(item.index)
                result.append(replace(item, dated_nearby=True))
            elif item.simple_past and not item.statement and (
                    item.index not in another_time and old(item.index - 1) and old(item.index + 1)
                    or old(item.index) and (old(item.index - 1) or old(item.index + 1))
                    and _agentless_past_passive_sentence(doc, item.index)):
                # Between two sentences that tell only of long-past times, a simple past with no time of its own
                # tells of theirs ("... voted to close the library, in 1996 and again in 2008. Both times,
                # residents fought back. In 1996 about 800 people signed a petition."), not of the day's news;
                # so does a past passive with no agent whose own times are long past too, beside such a sentence:
                # "The town was built around the copper mine, which opened in 1887 and closed in 1979. The railway
                # station shut in 1983." tells how things came to be. (Alone, an old aside leaves the main clause
                # the day's: "The mill, bought by the Pratt family in 1950, was sold to a developer.")
                in_old_account.add(item.index)
                result.append(replace(item, dated_nearby=True))
            elif item.index in self.recent_perfect and not item.statement:
                # "All patients have recently visited the city", "The man had recently travelled abroad": what was
                # done some while before the news, its background (a perfect tells it done by then, "recently"
                # that it was not the day's), with no date of its own: not the day's news.
                result.append(replace(item, dated_nearby=True))
            elif item.index in self.in_old_section and item.simple_past and not item.statement:
                # Under a heading line that dates its section long before the news ("Robbie Fowler, Alan Shearer
                # and Tony Yeboah, September 23, 1995"), a simple past tells of the section's time ("Steve
                # McManaman set up Fowler to curl home his fourth"), not of the day's news.
                in_old_account.add(item.index)
                result.append(replace(item, dated_nearby=True))
            elif elsewhere(item, before) and not _news_day(doc, before) \
                    and item.index not in self.perfect \
                    and older_account(item.index, item.index - 1, before,  # type: ignore[arg-type]
                                      partial(_later_step, doc, item.index)) \
                    and not (item.index in self.told_items and item.index - 1 not in carried
                             and not _opens(doc, item.index - 1, before)):  # type: ignore[arg-type]
                # (A neighbour dated to a day of the article's news tells the same news: no other story. The
                # sentence after does not count: the background that follows a report does not make it old. A
                # present perfect reaches up to the report: "Seismologists have recorded 200 aftershocks in all"
                # after "An aftershock the following day ..." is news of the publication day. A happening that a
                # source tells, "Pathway said in a statement that the site was knocked off-line", opens that
                # source's account, as a statement does: only a date that sets the time of the account before
                # it, one opening that sentence or carried on to it, makes it old.)
                in_old_account.add(item.index)
                result.append(replace(item, dated_nearby=True))
            else:
                result.append(item)
        if not result and self.lead_has_no_news:
            # (Built only now, for the few articles that need it; `resolve_news` keeps it only if extraction
            # found nothing either.)
            fallback = self._fallback()
            if fallback is not None:
                result.append(fallback)
        return result


def story_documents(doc: Document) -> list[tuple[int, Document]]:
    """A page of several stories (`Document.story_days`) as its stories read it: (the story's first offset, the
    document as that story reads it: its day the publication date), the page's first story first (`doc` itself).
    A page of one story: [(0, doc)]."""
    return [(0, doc), *((at, doc.as_story_at(k)) for k, (at, _day) in enumerate(doc.story_days))]


class StoriesNewsWalk:
    """`NewsWalk` over a page of several stories, each under its own date line (`Document.story_days`): one walk per
    story, each reading only its story's sentences (the rest is as the page's furniture to it) with its story's day as
    the publication date, so each story has its own headline, lead and news day. The same interface as `NewsWalk`'s
    for `core/analysis.py`. The page's expressions are read up front (such a page is never walked in pieces: see
    `document_map`); each story's walk takes those of its stretch."""

    def __init__(self, doc: Document, expressions: Iterable[TimeExpression], *,
                 progress: CharProgress | None = None) -> None:
        self.doc = doc
        stories = story_documents(doc)
        bounds = [at for at, _d in stories] + [len(doc.text)]
        held = sorted(expressions, key=lambda e: e.start)
        starts = [e.start for e in held]
        sentences = doc.sentences
        sentence_starts = [s.start for s in sentences]
        excluded = doc.excluded
        excluded_starts = [a for a, _b in excluded]
        excluded_ends = [b for _a, b in excluded]
        self.walks: list[tuple[NewsWalk, int, int]] = []  # (the story's walk, its first sentence, its end sentence)
        for k, (at, story) in enumerate(stories):
            end = bounds[k + 1]
            # The story's walk sees only its stretch: the rest is furniture to it. (Only the page's furniture within
            # the stretch is copied: the spans are sorted and disjoint.)
            within = excluded[bisect.bisect_right(excluded_ends, at):bisect.bisect_left(excluded_starts, end)]
            outside = [span for span in ((0, at), (end, len(doc.text))) if span[0] < span[1]]
            seen = replace(story, excluded=merge_spans((*within, *outside)))
            first = bisect.bisect_left(sentence_starts, at)
            last = bisect.bisect_left(sentence_starts, end)
            mine = held[bisect.bisect_left(starts, at):bisect.bisect_left(starts, end)]
            line_end = doc.text.find("\n", at)
            headline = None if k == 0 else doc.text[at:line_end if line_end >= 0 else end]
            self.walks.append((NewsWalk(seen, mine, progress=progress, headline=headline, first=first), first, last))
        self.out: list[NewsItem] = []  # the stories' items as their walks find them (what analysis reads as it goes)

    def steps(self) -> Iterator[int]:
        """Each story's sentences read by its walk, in order, yielding each one's start once it is read."""
        out = self.out
        for walk, first, last in self.walks:
            taken = 0
            for at in walk.steps(first, last, settle=True):
                if len(walk.out) > taken:
                    out.extend(walk.out[taken:])
                    taken = len(walk.out)
                yield at
            out.extend(walk.out[taken:])

    def stop(self) -> None:
        for walk, _f, _l in self.walks:
            walk.stop()

    def _walk_at(self, offset: int) -> NewsWalk:
        return self.walks[self.doc.story_index_at(offset) + 1][0]

    def at_story_day(self, c: Candidate) -> Candidate:
        return self._walk_at(c.start).at_story_day(c)

    def without_deck_repeats(self, candidates: list[Candidate]) -> list[Candidate]:
        for walk, _f, _l in self.walks:
            candidates = walk.without_deck_repeats(candidates)
        return candidates

    def result(self) -> list[NewsItem]:
        return [item for walk, _f, _l in self.walks for item in walk.result()]


def news_walk(doc: Document, expressions: Iterable[TimeExpression], *, progress: CharProgress | None = None,
              streamed: bool = False) -> NewsWalk | StoriesNewsWalk:
    """The walk that finds `doc`'s undated news: story by story on a page of several (`StoriesNewsWalk`)."""
    if doc.story_days and doc.published is not None and doc.sentences:
        return StoriesNewsWalk(doc, expressions, progress=progress)
    return NewsWalk(doc, expressions, progress=progress, streamed=streamed)


# A stage of someone's life named for a time ("at the age of 14", "as a child", "in her teens", "when he was nine").
# (Not "aged 9", which says who someone is: "A boy aged 9 was hurt"; nor, for the same reason, a decade of life
# right after a noun, "A woman in her sixties died", nor a role's noun, "testified as a child psychologist": see
# `_life_stage`. Checked only on a body item's own sentence.)
_AGE = r"(?:\d{1,2}|(?!an?\b)[a-z]+(?:-[a-z]+)?)"  # (a word: `grammar.number_value` tells whether it is a number)
_LIFE_STAGE = re.compile(
    rf"\b(?:at\s+the\s+age\s+of\s+(?P<age>{_AGE})\b"
    r"|as\s+an?\s+(?:(?:small|little)\s+)?(?P<role>child|boy|girl|teenager|teen|youngster|toddler|schoolboy|schoolgirl"
    r"|student|undergraduate|young\s+(?:man|woman))\b"
    r"|(?P<decade>in)\s+(?:his|her|their|my|our)\s+(?:early\s+|mid-?|late\s+)?(?:youth|childhood|boyhood|girlhood|teens|"
    r"twenties|thirties|forties|fifties|sixties|seventies|eighties)\b"
    rf"|when\s+(?:he|she|they|I|we|[A-Z][a-z]+)\s+(?:was|were)\s+(?:(?P<when_age>{_AGE})\b|an?\s+(?:child|boy|girl|teenager|student)\b)"
    # a span of someone's life measured in years: "during her 33-year career", "over his two-decade tenure",
    # "throughout their decades-long partnership" (what it tells took years, not the news day)
    r"|(?:during|throughout|over)\s+(?:his|her|their)\s+(?:(?:\d+|[a-z]+)-(?:year|decade)(?:-long)?(?![\w-])|(?:years|decades)-long\b))",
    re.IGNORECASE)
# "left school at 14", "married at 19 and moved": a number of 13 or more (a clock's hours are fewer: checked by
# `grammar.number_value`), ending its clause (no unit nor figure after it: "at 14:00", "at 14 degrees"), said of a
# person (`_person_subject`: "The vote was tied at 50", "Shares closed at 14" are no one's age).
_AT_AGE = re.compile(r"\bat\s+(?P<age>\d{2}|(?!an?\b)[a-z]+(?:-[a-z]+)?)(?=\s*(?:[,;]|\.(?!\d)|$|\s+(?:and|but|when|after|"
                     r"before|to)\b))", re.IGNORECASE)
_COMMON_NOUN_TAGS = frozenset({"NN", "NNS"})  # (a name after "as a child" may be its subject: "As a child Berg sang")
_PERSON_PRONOUNS = frozenset({"he", "she", "i", "we"})  # (not "they", "it": shares and votes are "they" and "it")
_HE_OR_SHE_WORDS = frozenset().union(*_SAME_PERSON_WORDS.values())  # (his, her, him, ...: a person's)


def _is_age(word: str, least: int = 0) -> bool:
    """Is `word` a number of years a life may have reached ("16", "nineteen", "twenty-one"), `least` or more?"""
    value = grammar.number_value(word.lower())
    return value is not None and least <= value < 120 and value == int(value)


def _person_subject(a: grammar.SentenceAnalysis, k: int, surnames: frozenset[str]) -> bool:
    """Is the subject of the verb group before token k a person: he, she, I, we, a name with no determiner whose
    last word the article gives as a person's family name (`grammar.person_surnames`), or a noun phrase that a
    he/she word of its own predicate takes up ("The boy left school at 14 and was taken on by his grandfather":
    the nearest verb group before the "his" has that subject, in the same clause)?"""
    g = bisect.bisect_right(a.group_firsts, k) - 1
    span = a.subject_of(a.groups[g]) if g >= 0 else None
    if span is None:
        return False
    tokens = a.tokens
    words = tokens[span[0]:span[1]]
    if len(words) == 1 and words[0].pos == "PRP":
        return words[0].text.lower() in _PERSON_PRONOUNS
    if all(w.pos == "NNP" for w in words) and words[-1].text in surnames:
        return True
    clause = a.clause_at(k)
    if clause is None or words[-1].pos != "NN":
        return False
    for j in range(k + 1, clause[1]):
        if tokens[j].text.lower() in _HE_OR_SHE_WORDS:
            h = bisect.bisect_right(a.group_firsts, j) - 1
            return h >= 0 and a.subject_of(a.groups[h]) == span
    return False


_WORD_RE = re.compile(r"[A-Za-z]+")


def _tells_of_a_person(sentence: str) -> bool:
    """Does the sentence speak of someone by a he/she word ("He built his first boat", "His father sold it")?"""
    return any(w.lower() in _HE_OR_SHE_WORDS for w in _WORD_RE.findall(sentence[:_WHOLE_SENTENCE_GOAL]))


def _life_stage(sentence: str, doc_text: str) -> bool:
    """Does the sentence place what it tells at a stage of someone's life (`_LIFE_STAGE`, `_AT_AGE`)? (A sentence
    longer than `_WHOLE_SENTENCE_GOAL`, a run-on page, is not analysed for it: it is no profile's step.)"""
    stage = _LIFE_STAGE.search(sentence)
    at_age = _AT_AGE.search(sentence) if stage is None else None
    if stage is None and at_age is None or len(sentence) > _WHOLE_SENTENCE_GOAL:
        return False
    a = grammar.analyse_sentence(sentence)
    tokens = a.tokens
    for m in _LIFE_STAGE.finditer(sentence):
        k = bisect.bisect_left(a.token_ends, m.end())  # the stage's last token
        if m["age"] and not _is_age(m["age"]) or m["when_age"] and not _is_age(m["when_age"]):
            continue
        if m["role"] and k + 1 < len(tokens) and tokens[k + 1].pos in _COMMON_NOUN_TAGS:
            continue  # "as a child psychologist": a role's noun, not a time of life
        if m["decade"]:
            first = bisect.bisect_left(a.token_ends, m.start() + 1)
            if first > 0 and tokens[first - 1].pos in _COMMON_NOUN_TAGS:
                continue  # "A woman in her sixties died": who she is, as "aged 9"
        return True
    surnames: frozenset[str] | None = None
    for m in _AT_AGE.finditer(sentence):
        if not _is_age(m["age"], least=13):
            continue
        if surnames is None:
            surnames = grammar.person_surnames(doc_text)
        if _person_subject(a, bisect.bisect_left(a.token_ends, m.start() + 1), surnames):
            return True
    return False


_WHOLE_SENTENCE_GOAL = 2_000  # a longer "sentence" (a run-on page) is not analysed for it


class _Deceased(NamedTuple):
    """The person whose death is an article's news (`_deceased`), as later sentences may name them."""
    surnames: frozenset[str]  # their family names ("Dole" of "Former Sen. Bob Dole")
    roles: frozenset[str]  # the nouns of their noun phrase, lower-cased ("senator", "leader", "author")
    pronoun: str | None  # "He" or "She" when the death's words give it ("She died on Thursday", "died at his home")
    given: frozenset[str] = frozenset()  # their given names, which a life story may call them by alone ("Bob")


_APPOSITION_ENDS = frozenset({",", "(", "-LRB-", ":", "--"})  # (what ends a noun phrase's own words before an aside)


def _dies(tokens: Sequence[grammar.Token], group: grammar.VerbGroup) -> bool:
    """Is the verb group a death of its subject: "died", "has died", "passed away"?"""
    lemmas = _lemmas(group.main.text)
    return "die" in lemmas or "pass" in lemmas and group.last + 1 < len(tokens) \
        and tokens[group.last + 1].text.lower() == "away"


_DEATH_NOUNS = frozenset({"death", "deaths", "dead"})  # (the forms of "die"'s own kind word that are no verb)


def _violent(token: grammar.Token) -> bool:
    """Is the word a violent end or a disaster ("killed", "murdered", "crash", "fire"), not a death of any cause
    ("died", "death") nor a fight's word, which obituaries use of illness ("after a battle with cancer")?"""
    kind = kind_of_word(token.text.lower())
    if kind == "disaster":
        return True
    return kind == "death" and token.text.lower() not in _DEATH_NOUNS and "die" not in _lemmas(token.text)


def _sentence_analysis(doc: Document, i: int) -> tuple[Sentence, str, grammar.SentenceAnalysis] | None:
    """Sentence `i` with its text and analysis; None for a run-on page's over-long "sentence"."""
    sent = doc.sentences[i]
    text = doc.text[sent.start:sent.end]
    return None if len(text) > MAX_SENTENCE else (sent, text, grammar.analyse_sentence(text))


def _lead_analyses(doc: Document, indexes: Iterable[int]) -> Iterator[tuple[Sentence, str, grammar.SentenceAnalysis]]:
    """Each of the sentences `indexes` (the headline and the lead) with its text and analysis (`_sentence_analysis`;
    a run-on page's over-long "sentence" is skipped)."""
    for k in indexes:
        if (read := _sentence_analysis(doc, k)) is not None:
            yield read


def _names_of_runs(words: Sequence[grammar.Token], surnames_of: frozenset[str]) -> set[str]:
    """The names a person's noun phrase gives them: the last word of each run of capitalised words that is two or
    more words long or ends in a family name the article gives in full (`grammar.person_surnames`)."""
    named: set[str] = set()
    run: list[str] = []
    for w in (*words, None):
        if w is not None and w.pos in ("NNP", "NNPS"):
            run.append(w.text)
            continue
        if len(run) >= 2 or run and run[-1] in surnames_of:
            named.add(run[-1])
        run = []
    return named


def _deceased(doc: Document, indexes: Iterable[int]) -> _Deceased | None:
    """The person the headline and the lead (sentences `indexes`) report dead, when one of them tells a death
    ("Kansas political icon Bob Dole, who ..., died Sunday morning"; "Harry Taylor ... dies at 94"; "a former
    mayor who has died": a relative clause's subject is its antecedent), by the words later sentences name them
    with (both sentences': the headline may give the name, the lead the he/she); None when neither tells one, or
    its subject names no one."""
    surnames_of: frozenset[str] | None = None  # (read only for a death: most leads tell none)
    surnames: set[str] = set()
    roles: set[str] = set()
    given: set[str] = set()
    pronoun: str | None = None
    for sent, text, a in _lead_analyses(doc, indexes):
        for group in a.groups:
            span = a.subject_of(group) if _dies(a.tokens, group) else None
            if span is None:
                continue
            if any(map(_violent, a.tokens)):
                return None  # a violent death ("died in a crash", "was killed"): what led to it is the day's news
            words = a.tokens[span[0]:span[1]]
            if len(words) == 1 and words[0].pos == "PRP":
                said = words[0].text.capitalize()
                if said in _SAME_PERSON_WORDS:
                    pronoun = said
                    name = pronoun_person(doc, sent, said)
                    surnames.update(name.split()[-1:] if name else ())
                continue
            own = next((j for j, w in enumerate(words) if w.text in _APPOSITION_ENDS or w.pos in ("IN", "POS")),
                       len(words))  # (the noun phrase's own words, before an aside: "Bob Dole, 98, ...")
            if any(w.pos in ("NNS", "NNPS", "CD") for w in words[:own]):
                continue  # (several dead: "Five people died", "The Smiths died": no one life told after)
            # A name ends at the last capitalised word of its run ("Former Sen. Bob Dole": "Dole"), a run of two
            # or more words or a family name the article gives in full; the other nouns are roles ("senator").
            if surnames_of is None:
                surnames_of = grammar.person_surnames(doc.text)
            # (the noun phrase's words before an aside or a preposition, past a possessive ("Kellsway's mayor Harry
            # Nolan"): "A major figure in the City of London" names no one, "London" being a place)
            named_end = next((j for j, w in enumerate(words) if w.text in _APPOSITION_ENDS or w.pos == "IN"),
                             len(words))
            surnames |= _names_of_runs(words[:named_end], surnames_of)
            roles.update(_role_nouns(words, surnames))
            given.update(_given_names(words, surnames))
            # (which of he/she stands for them: a he/she word after the death, "died at his home"; else the one
            # of the sentence's he/she words when they are all of one, "The former mayor, who represented his town
            # for 42 years, has died")
            after = {t.text.lower() for t in a.tokens[group.last + 1:]}
            pronoun = next((p for p, forms in _SAME_PERSON_WORDS.items() if not forms.isdisjoint(after)), pronoun)
            if pronoun is None:
                said = {t.text.lower() for t in a.tokens}
                used = [p for p, forms in _SAME_PERSON_WORDS.items() if not forms.isdisjoint(said)]
                pronoun = used[0] if len(used) == 1 else None
    if not surnames:
        return None  # (no one named: "a man died after ...", "Five people died": a story of that day, no life's)
    if pronoun is None:
        # (else the title the article gives them: "Mr Hart was Wolverhampton's civic leader")
        titles, names = "|".join(map(re.escape, _GENDER_TITLES)), "|".join(map(re.escape, surnames))
        titled = re.search(rf"\b({titles})\s+(?:{names})\b", doc.text)
        pronoun = _GENDER_TITLES[titled.group(1)] if titled else _pronoun_beside(doc, surnames)
    return _Deceased(frozenset(surnames), frozenset(roles), pronoun, frozenset(given))


def _pronoun_beside(doc: Document, surnames: Collection[str]) -> str | None:
    """Which of he/she the article's sentences that name a person (by a family name of `surnames`) use, when they
    all use one ("O'Farrell retired in Devon after finishing up his time in football"); None when none do, or
    both appear (another person's: "Dole and his wife ... her")."""
    name = re.compile(r"\b(?:" + "|".join(map(re.escape, surnames)) + r")\b")
    used: set[str] = set()
    for sent in doc.sentences:
        text = doc.text[sent.start:sent.end]
        if len(text) <= MAX_SENTENCE and name.search(text):
            words = set(_WORD_RE.findall(text.lower()))
            used.update(p for p, forms in _SAME_PERSON_WORDS.items() if not forms.isdisjoint(words))
            if len(used) > 1:
                return None
    return next(iter(used), None)


def _role_nouns(words: Sequence[grammar.Token], surnames: Collection[str]) -> set[str]:
    """The common nouns of the deceased's noun phrase, lower-cased: their roles ("Kansas political icon Bob Dole":
    "icon"; "Mayor Ana Ruiz": "mayor"), not a name's other words ("Kansas", "Bob"). The tagger tags a name's run
    of words as names, a role's too ("icon", "master"), so a word tagged a name counts when the lexicon knows it
    lower-cased as a common noun and it is not the given name right before a family name ("Bill Clinton")."""
    roles: set[str] = set()
    for j, w in enumerate(words):
        low = w.text.lower()
        if w.pos in _COMMON_NOUN_TAGS or w.pos in ("NNP", "NNPS") and grammar.lexicon_tag(low) in _COMMON_NOUN_TAGS \
                and not (w.text[:1].isupper() and j + 1 < len(words) and words[j + 1].text in surnames):
            roles.add(low)
    return roles


def _given_names(words: Sequence[grammar.Token], surnames: Collection[str]) -> set[str]:
    """The given names of a person's noun phrase: each capitalised name word right before one of their family names
    ("Jack" of "Former Ireland manager Jack Charlton"), as `_role_nouns` tells them from roles ("Bill Clinton"),
    but a title ("Mr Brennick")."""
    return {w.text for w, after in zip(words, words[1:])
            if w.pos in ("NNP", "NNPS") and w.text[:1].isupper() and w.text.isalpha() and after.text in surnames
            and w.text not in _GENDER_TITLES}


def _of_the_deceased(doc: Document, i: int, deceased: _Deceased) -> bool:
    """Does sentence `i` tell, in its main clause, something the deceased did or was (its subject is them: their
    family name, their given name alone, "the <role>" of their own noun phrase, or a he/she that stands for them),
    and name no death
    (a death's word: "died at his home", "his death was announced")? A life's step ("Dole worked with the late
    Sen. George McGovern", "The Kansas senator was respected by both sides"), not the day's news."""
    if (read := _sentence_analysis(doc, i)) is None:
        return False
    sent, _text, a = read
    tokens = a.tokens
    if any(kind_of_word(t.text.lower()) == "death" for t in tokens):
        return False
    group = main_group(a)
    span = a.subject_of(group) if group is not None and group.main.pos != "VBG" else None
    if span is None:
        return False  # (a progressive sets the scene of a day: "Brennick was walking home when ...")
    words = tokens[span[0]:span[1]]
    # (the noun phrase's own words: not an aside after it, "Dole, who ...", nor an "of" phrase: "The passing of
    # Coun Taylor" is no act of hers)
    end = next((j for j, w in enumerate(words) if w.text in _APPOSITION_ENDS or w.pos in ("IN", "POS")), len(words))
    words = words[:end]
    if not words:
        return False
    head = words[-1]
    if len(words) == 1 and head.pos == "PRP":
        stands = _pronoun_stands_for_deceased(doc, sent, head, deceased)
        # (not sure whom it stands for: the deceased, when the death's words gave them that pronoun)
        return deceased.pronoun == head.text.capitalize() if stands is None else stands
    if head.pos in ("NNP", "NNPS") and head.text in deceased.surnames:
        return True
    if len(words) == 1 and head.text in deceased.given:
        return True  # their given name alone: "Jack went on to become the manager of Newcastle United"
    return head.pos in _NOUN_TAGS and words[0].text.lower() == "the" and head.text.lower() in deceased.roles


def _pronoun_stands_for_deceased(doc: Document, sent: Sentence, pronoun: grammar.Token,
                                 deceased: _Deceased) -> bool | None:
    """Does a lone personal pronoun stand for the deceased: False for one that is no single person ("they", "it"),
    whether the person coref finds it stands for bears their family name, None when coref is not sure."""
    word = pronoun.text.capitalize()
    if word not in _SAME_PERSON_WORDS:
        return False
    name = pronoun_person(doc, sent, word)
    return None if name is None else name.split()[-1] in deceased.surnames


_LETTERS = re.compile(r"[A-Za-z]+")
# The nouns of a death's funeral rites (a closed class: "Services were held", "His funeral took place").
_RITE_NOUNS = frozenset({"funeral", "funerals", "service", "services", "burial", "cremation", "memorial", "requiem",
                         "interment", "wake", "vigil"})


def _rites_before_news(doc: Document, i: int, dates: Sequence[TimeExpression]) -> bool:
    """Does sentence `i` tell, in a past, funeral rites held on a day before publication ("Services were held on
    Tuesday", "His funeral took place on Monday")? The rite noun heads its main subject; a day of its own dates it.
    (Rites still to come, "The funeral will be held on Friday", leave a death reported today the report's.)"""
    published = doc.published
    if published is None or not any(e.precision == Precision.DAY and e.last is not None and e.last < published
                                    for e in dates):
        return False
    sent = doc.sentences[i]
    if _RITE_NOUNS.isdisjoint(w.lower() for w in _LETTERS.findall(doc.text[sent.start:sent.end])):
        return False  # (the cheap test first)
    if (read := _sentence_analysis(doc, i)) is None:
        return False
    a = read[2]
    group = main_group(a)
    if group is None or group.main.pos not in ("VBD", "VBN") or any(t.pos == "MD" for t in group.auxiliaries):
        return False
    span = a.subject_of(group)
    if span is None:
        return False
    words = [t for t in a.tokens[span[0]:span[1]] if t.pos in ("NN", "NNS")]
    return bool(words) and words[0].text.lower() in _RITE_NOUNS


def _tells_a_death(doc: Document, i: int) -> bool:
    """Is sentence `i`'s main verb a death ("Jack Charlton has died aged 85", "Harry Taylor dies at 94")?"""
    if (read := _sentence_analysis(doc, i)) is None:
        return False
    a = read[2]
    group = main_group(a)
    return group is not None and _dies(a.tokens, group)


def _names_the_deceased(doc: Document, sent: Sentence, words: Sequence[grammar.Token], deceased: _Deceased) -> bool:
    """Do the own words of a death's subject name the deceased (no one else is told dead beside them): their family
    or given name, a he/she that stands for them, or a definite description of one person ("The legend", "The
    57-year-old")? Not a possessive's noun ("His wife"), nor several ("Both brothers"), nor another name."""
    end = next((j for j, w in enumerate(words) if w.text in _APPOSITION_ENDS or w.pos == "IN"), len(words))
    words = words[:end]
    if not words or any(w.pos in ("PRP$", "POS", "NNS", "NNPS", "CD") for w in words):
        return False
    head = words[-1]
    if len(words) == 1 and head.pos == "PRP":
        stands = _pronoun_stands_for_deceased(doc, sent, head, deceased)
        return deceased.pronoun in (None, head.text.capitalize()) if stands is None else stands
    if any(w.pos == "NNP" for w in words):
        return head.text in deceased.surnames or len(words) == 1 and head.text in deceased.given
    return words[0].text.lower() == "the"


def _deaths_of_the_deceased(doc: Document, i: int, deceased: _Deceased
                            ) -> tuple[grammar.SentenceAnalysis | None, list[grammar.VerbGroup]]:
    """Sentence `i`'s analysis and its verbs of death whose subject names the deceased (`_names_the_deceased`):
    "The legend died peacefully yesterday", "The 57-year-old was diagnosed with cancer ... and died on Sunday", "He
    died from Alzheimer's Disease"."""
    if (read := _sentence_analysis(doc, i)) is None:
        return None, []
    sent, _text, a = read
    tokens = a.tokens
    main = main_group(a)
    found: list[grammar.VerbGroup] = []
    for group in a.groups:
        if not group.finite or not _dies(tokens, group) or _negated(tokens, group):
            continue
        # (a verb of death coordinated with the main one has the main one's subject: "was diagnosed ... and died")
        span = a.subject_of(group) or (a.subject_of(main) if main is not None else None)
        if span is not None and _names_the_deceased(doc, sent, tokens[span[0]:span[1]], deceased):
            found.append(group)
    return a, found


def _death_retold(doc: Document, i: int, dates: Sequence[TimeExpression], deceased: _Deceased) -> TimeExpression | None:
    """The day of the deceased's death when body sentence `i` tells it again with a day of its own, one of the
    article's news ("The legend died peacefully yesterday at his home", "The 57-year-old ... died on Sunday"): a
    verb of death in it whose subject names them (`_deaths_of_the_deceased`), governed by a day (`_governs`) no
    later than publication and no older than `STORY_FRESH`. None otherwise (a relative's death, an old date)."""
    published = doc.published
    days = [e for e in dates if e.precision == Precision.DAY and e.first is not None and published is not None
            and e.first <= published and published - e.first <= STORY_FRESH]
    if not days:
        return None
    a, groups = _deaths_of_the_deceased(doc, i, deceased)
    if a is None:
        return None
    start = doc.sentences[i].start
    for group in groups:
        for e in days:
            if _governs(a, a.tokens, group, e.start - start, e.end - start):
                return e
    return None


class _Person(NamedTuple):
    """A person the headline and lead name (`_defendant`), as later sentences may name them."""
    surnames: frozenset[str]  # their family names ("Kilpatrick" of "former Detroit Mayor Kwame Kilpatrick")
    roles: frozenset[str]  # the nouns of their noun phrase, lower-cased ("mayor")
    pronoun: str | None  # "He" or "She" when the step's sentence gives it ("after his indictment, ... was convicted")


# The tags of a noun phrase's own words after an active verb, its object ("convicted former Detroit Mayor Kwame
# Kilpatrick"): an aside, a preposition or a clause after it ends it ("convicted Mack, 48, on all six charges").
_OBJECT_TAGS = frozenset({"DT", "JJ", "NN", "NNS", "NNP", "NNPS", "POS", "PRP$", "CD"})


def _legal_step_person(a: SentenceAnalysis, text: str) -> Sequence[grammar.Token] | None:
    """The words naming whom the sentence's main verb, a legal step (extraction's "legal" kind of happening:
    convicted, sentenced, charged, arrested; or one whose words say so, "was found guilty of ... charges"), is
    taken against: its passive's subject ("Kilpatrick was convicted Monday", a headline's "Mack convicted of
    corruption") or its active verb's object ("A jury has convicted former Detroit Mayor Kwame Kilpatrick")."""
    group = main_group(a)
    if group is None or group.main.pos not in ("VBD", "VBN", "VBZ"):
        return None
    if kind_of_word(group.main.text.lower()) != "legal" \
            and kind_near(text, group.start, group.end, group.start, len(text)) != "legal":
        return None
    tokens, aux = a.tokens, group.auxiliaries
    if group.main.pos == "VBN" and (not aux or "be" in _lemmas(aux[-1].text)):
        span = a.subject_of(group)  # a passive, or a headline's participle: "Mack convicted of corruption"
        return tokens[span[0]:span[1]] if span is not None else None
    k = group.last + 1
    end = k
    while end < len(tokens) and tokens[end].pos in _OBJECT_TAGS:
        end += 1
    return tokens[k:end] or None


def _defendant(doc: Document, indexes: Iterable[int]) -> _Person | None:
    """The person against whom the headline or the lead (sentences `indexes`) reports a legal step
    (`_legal_step_person`), by the words later sentences name them with: the last word of a run of two or more
    names, or a family name the article gives in full ("Kilpatrick"), and the common nouns of their noun phrase
    ("mayor"); None when neither sentence reports one, or its person is not named."""
    surnames_of: frozenset[str] | None = None  # (read only for a legal step: most leads tell none)
    surnames: set[str] = set()
    roles: set[str] = set()
    pronoun: str | None = None
    for sent, text, a in _lead_analyses(doc, indexes):
        words = _legal_step_person(a, text)
        if not words:
            continue
        said = {t.text.lower() for t in a.tokens}
        pronoun = next((p for p, forms in _SAME_PERSON_WORDS.items() if not forms.isdisjoint(said)), pronoun)
        own = next((j for j, w in enumerate(words) if w.text in _APPOSITION_ENDS or w.pos in ("IN", "POS")),
                   len(words))  # (the noun phrase's own words, before an aside: "Mack, 48, ...")
        words = words[:own]
        if surnames_of is None:
            surnames_of = grammar.person_surnames(doc.text)
        named = _names_of_runs(words, surnames_of)
        if named:
            surnames |= named
            roles.update(_role_nouns(words, named))
    return _Person(frozenset(surnames), frozenset(roles), pronoun) if surnames else None


def _names_the_person(doc: Document, sent: Sentence, words: Sequence[grammar.Token], person: _Person, *,
                      alone: bool = False) -> bool:
    """Do the words of a subject name the person: their family name, "the <role>" of their own noun phrase, or a
    he/she that stands for them (`pronoun_person`; not sure whom it stands for, when `alone`, no one else of the
    sentence may be it, and the legal step's sentence gave them that pronoun)?"""
    # (the noun phrase's own words, before an aside or an "of" phrase; a possessive's head is after it:
    # "Fortenberry's lawyers" are not Fortenberry)
    own = next((j for j, w in enumerate(words) if w.text in _APPOSITION_ENDS or w.pos == "IN"), len(words))
    words = words[:own]
    if not words:
        return False
    head = words[-1]
    if len(words) == 1 and head.pos == "PRP":
        pronoun = head.text.capitalize()
        name = pronoun_person(doc, sent, pronoun) if pronoun in _SAME_PERSON_WORDS else None
        if name is None:
            return alone and person.pronoun == pronoun
        return name.split()[-1] in person.surnames
    if head.pos in ("NNP", "NNPS") and head.text in person.surnames:
        return True
    return head.pos in _NOUN_TAGS and words[0].text.lower() == "the" and head.text.lower() in person.roles


def _told_of_the_defendant(doc: Document, i: int, person: _Person) -> bool:
    """Does sentence `i` tell, by a reporting verb whose speaker is someone else, what the person did: a past of
    theirs ("Witnesses said Kilpatrick got bribes", "They claimed Nagin had accepted over $500,000", "his lawyers
    said he did not mean to mislead agents"), not what was done to them ("said Mack was taken to hospital"), nor
    what they will do ("said Mack will appeal")?"""
    if (read := _sentence_analysis(doc, i)) is None:
        return False
    sent, _text, a = read
    group = main_group(a)
    framed = _reporting_frame(a, a.tokens, group) if group is not None else None
    if framed is None or framed[1] is group:
        return False
    complement = framed[1]
    aux = complement.auxiliaries
    main = complement.main
    if not aux:
        past = main.pos == "VBD"  # "took bribes"
    else:
        first = aux[0].text.lower()
        past = len(aux) == 1 and (first in _HAVE_OR_HAD - _HAVE and main.pos == "VBN"  # "had accepted"
                                  or first == "did" and main.pos == "VB")  # "did not mean"
    if not past:
        return False
    said_by, subject = a.subject_of(group), a.subject_of(complement)
    if said_by is None or subject is None:
        return False
    tokens = a.tokens
    speaker = tokens[said_by[0]:said_by[1]]
    # (a he/she may stand for a speaker who is one person: "The 64-year-old told authorities he handled the bribes")
    alone = all(w.pos in ("NNS", "NNPS") or w.text.lower() in ("they", "we") for w in speaker[-1:])
    return _names_the_person(doc, sent, tokens[subject[0]:subject[1]], person, alone=alone) \
        and not _names_the_person(doc, sent, speaker, person)


# The stages a crime's case goes through, in their order, by the verb lemmas that tell each: the crime itself, the
# arrest, the charge, the court appearance (the plea, the trial), the verdict, the sentence. A crime or court story
# reports its latest stage as the day's news ("was sentenced on Tuesday", "appeared in court"); what it tells of an
# earlier stage with no date of its own ("Holm was stabbed at his home", "Police arrested him nearby") happened
# before (`_CASE_STAGES` by index: 0 the crime ... 5 the sentence).
_CASE_STAGES: tuple[frozenset[str], ...] = (
    frozenset({"kill", "murder", "slay", "shoot", "stab", "strangle", "rob", "burgle", "steal", "assault", "rape",
               "kidnap", "abduct", "attack", "strike", "injure", "wound", "die", "defraud", "embezzle"}),
    frozenset({"arrest", "detain", "apprehend"}),
    frozenset({"charge", "indict"}),
    frozenset({"arraign", "plead", "appear", "testify"}),  # (not "remand": before a trial or after a verdict)
    frozenset({"convict", "acquit", "find"}),
    frozenset({"sentence", "jail", "imprison"}),
)
_STAGE_OF_LEMMA = {lemma: k for k, lemmas in enumerate(_CASE_STAGES) for lemma in lemmas}
_APPEARANCE = 3
_VERDICT = 4
# A court, the one place whose "appear" is a stage of a case ("appeared in court", "before magistrates"; not
# "appeared to be"), and the words a verdict's "found" is told with ("was found guilty"; not "found the car").
_COURT_NOUNS = frozenset({"court", "courts", "magistrates", "judge", "tribunal", "jury"})
_VERDICT_WORDS = frozenset({"guilty", "innocent"})
_STAGE_REACH = 6  # tokens after the verb where "appear"'s court or "found"'s "guilty" is looked for


# Stages told by a plain verb and the nouns after it, with no stage's verb: "issued an arrest warrant for", "issued
# a warrant for his arrest" (the arrest: the warrant is its step), "was taken into custody" (the arrest), "was found
# with stab wounds", "was found dead" (the crime, as it came to light). Each: the verb's lemmas, the words all of
# which must follow it within `_STAGE_REACH` tokens (any one of each set), the words that must not (custody "after
# the verdict" is the convicted's, no arrest), the stage.
_CRIME = 0
_ARREST = 1
_STAGE_PHRASES: tuple[tuple[frozenset[str], tuple[frozenset[str], ...], frozenset[str], int], ...] = (
    (frozenset({"issue", "seek", "obtain", "execute"}), (frozenset({"warrant"}), frozenset({"arrest"})),
     frozenset(), _ARREST),
    (frozenset({"take", "place"}), (frozenset({"into"}), frozenset({"custody"})),
     frozenset({"verdict", "sentencing", "sentence", "conviction", "trial", "hearing", "court"}), _ARREST),
    (frozenset({"find", "discover"}), (frozenset({"wound", "wounds", "wounded", "dead", "stabbed", "shot",
                                                  "injuries", "unconscious", "bleeding"}),), frozenset(), _CRIME),
)


# The verbs that make or hand over a thing a case's stage is told by ("reached its verdict", "issued its verdict",
# "returned a guilty verdict", "handed down a sentence", "filed charges"), or an act's own noun ("handed in his
# resignation", "tendered her resignation"): the verb then tells what its object's noun names. A small table: the
# verbs that answer such a thing ("appealed the verdict", "welcomed the sentence", "accepted his resignation") tell
# another act, and no lemma or tag tells the two apart.
_DELIVERING = frozenset({"reach", "return", "issue", "deliver", "hand", "render", "give", "pass", "impose", "submit",
                         "tender", "offer", "file", "lodge", "bring", "announce"})


def _object_nouns(a: SentenceAnalysis, group: grammar.VerbGroup) -> list[str]:
    """The nouns (singular, lower-cased) of the object a verb of `_DELIVERING` hands over, within `_STAGE_REACH`
    tokens after it: its noun phrase and an "of" phrase ("our letters of resignation": letter, resignation); none
    for another verb."""
    if _lemmas(group.main.text).isdisjoint(_DELIVERING):
        return []
    nouns: list[str] = []
    for t in a.tokens[group.last + 1:group.last + 1 + _STAGE_REACH]:
        if t.pos in ("NN", "NNS"):
            nouns.append(grammar.singular_noun(t.text).lower())
        elif not (t.pos in ("DT", "PRP$", "JJ", "CD", "POS", "RP") or t.text.lower() == "of"
                  or t.pos == "RB" and not nouns):  # ("handed down a sentence", "letters of resignation")
            break
    return nouns


def _phrase_stage(a: SentenceAnalysis, group: grammar.VerbGroup) -> int | None:
    """The stage a verb of no stage tells with the nouns after it (`_STAGE_PHRASES`), or None."""
    lemmas = _lemmas(group.main.text)
    for verbs, wanted, unless, stage in _STAGE_PHRASES:
        if lemmas.isdisjoint(verbs):
            continue
        after = {t.text.lower() for t in a.tokens[group.last + 1:group.last + 1 + _STAGE_REACH]}
        if all(not after.isdisjoint(words) for words in wanted) and after.isdisjoint(unless):
            return stage
    return None


def _case_stage(a: SentenceAnalysis, group: grammar.VerbGroup) -> int | None:
    """The stage of a crime's case (`_CASE_STAGES`' index) that verb group tells, by its main verb's lemma, or by a
    plain verb and its nouns (`_phrase_stage`: "issued an arrest warrant"); None for a verb of no stage. "appear" is
    one only before a court's noun, "find" only before "guilty"."""
    stages = [_STAGE_OF_LEMMA[lemma] for lemma in _lemmas(group.main.text) if lemma in _STAGE_OF_LEMMA]
    if not stages or stages == [_VERDICT]:
        phrase = _phrase_stage(a, group)
        if phrase is not None:
            return phrase
    if not stages:
        # (a verb that hands over a thing of a stage: "reached its verdict", "filed charges")
        return next((stage for noun in _object_nouns(a, group) if (stage := case_stage_of_noun(noun)) is not None),
                    None)
    stage = max(stages)
    if stage in (_APPEARANCE, _VERDICT) and _lemmas(group.main.text).isdisjoint(
            {"arraign", "plead", "testify", "convict", "acquit"}):
        after = {t.text.lower() for t in a.tokens[group.last + 1:group.last + 1 + _STAGE_REACH]}
        if after.isdisjoint(_COURT_NOUNS if stage == _APPEARANCE else _VERDICT_WORDS):
            return None
    return stage


# The nouns that name a case's stage as a thing handed down or made ("emerged with the verdict", "heard the
# charges"), by `_CASE_STAGES`' index: a sentence naming its stage by such a noun names that stage's happening.
_CASE_STAGE_NOUNS: tuple[frozenset[str], ...] = (
    frozenset(), frozenset({"arrest", "detention"}), frozenset({"charge", "indictment"}),
    frozenset({"arraignment", "plea", "appearance"}), frozenset({"verdict", "conviction", "acquittal"}),
    frozenset({"sentence", "sentencing"}),
)
_STAGE_OF_NOUN = {noun: k for k, nouns in enumerate(_CASE_STAGE_NOUNS) for noun in nouns}


def case_stage_of_noun(lemma: str) -> int | None:
    """The stage of a crime's case (`_CASE_STAGES`' index) a noun lemma names ("verdict" 4, "sentencing" 5)."""
    return _STAGE_OF_NOUN.get(lemma)


def case_stage(sentence: str) -> int | None:
    """The stage of a crime's case the sentence's main clause tells by its verb (`_case_stage`: "has been found
    guilty" 4, "was sentenced" 5), None for a verb of no stage or no main clause."""
    a = grammar.analyse_sentence(sentence)
    group = main_group(a)
    return None if group is None else _case_stage(a, group)


def _lead_case_stage(doc: Document, indexes: Iterable[int]) -> int | None:
    """The latest stage of a crime's case that the headline or the lead (sentences `indexes`) reports: its main
    verb's (`_case_stage`), or what its reporting verb reports ("Police said a man was charged ..."). None when
    neither tells a stage after the crime itself: only then is an earlier stage told in the body background."""
    latest: int | None = None
    for _sent, _text, a in _lead_analyses(doc, indexes):
        group = main_group(a)
        if group is None:
            continue
        framed = _reporting_frame(a, a.tokens, group)
        for g in {id(g): g for g in (group, *(framed or ()))}.values():
            stage = _case_stage(a, g)
            if stage is not None and (latest is None or stage > latest):
                latest = stage
    return latest if latest else None


def _item_case_stage(doc: Document, i: int, start: int) -> int | None:
    """The stage of a crime's case that the happening of sentence `i` whose verb group starts at offset `start` (a
    news item's) tells (`_case_stage`)."""
    if (read := _sentence_analysis(doc, i)) is None:
        return None
    sent, _text, a = read
    at = start - sent.start
    group = next((g for g in a.groups if g.start == at), None)
    if group is None:
        return None
    stage = _case_stage(a, group)
    if stage is not None:
        return stage
    if _crime_told_again_by_its_noun(a, group):
        return _CRIME
    # A main clause joined to it by "and" or "but" tells what happened with it ("Paramedics treated him at the scene
    # but he died in hospital"): its stage is the sentence's (not a subordinate clause's, "after he stabbed ...").
    tokens = a.tokens
    for g in a.groups:
        if g.first <= group.last:
            continue
        between = tokens[group.last + 1:g.first]
        if any(t.text.lower() in _SUBORDINATE_OPENERS for t in between):
            break
        subject = a.subject_of(g)
        if subject is not None and subject[0] > group.last and tokens[subject[0] - 1].text.lower() in _AND_BUT:
            return _case_stage(a, g)
    return None


def _act_lemmas(doc: Document, i: int) -> frozenset[str]:
    """The lemmas of sentence `i`'s main verb told as done (a past, a present perfect, a headline's present), or
    none."""
    if (read := _sentence_analysis(doc, i)) is None:
        return frozenset()
    group = main_group(read[2])
    if group is None or group.main.pos not in ("VBD", "VBN", "VBZ"):
        return frozenset()
    return frozenset(_lemmas(group.main.text))


def _act_noun(doc: Document, i: int) -> str | None:
    """The head noun of sentence `i`'s main subject when it is definite ("The resignation" of "The resignation was
    announced by the Speaker"), lower-cased; None otherwise."""
    if (read := _sentence_analysis(doc, i)) is None:
        return None
    a = read[2]
    group = main_group(a)
    span = a.subject_of(group) if group is not None else None
    if span is None:
        return None
    words = a.tokens[span[0]:span[1]]
    end = next((j for j, w in enumerate(words) if w.text in _APPOSITION_ENDS or w.pos == "IN"), len(words))
    words = words[:end]
    if len(words) < 2 or words[0].text.lower() != "the" or words[-1].pos != "NN":
        return None
    return words[-1].text.lower()


def _act_told_by_its_noun(doc: Document, lead: int, i: int, day: TimeExpression, *, governs: bool = False) -> bool:
    """Does sentence `i`, right after the lead (or the one after: `_day_noun` and the verb only), tell the lead's
    act again, with a day of the news (`day`, its date: within `STORY_FRESH` before publication, not after)? By its
    noun as its subject ("The resignation" after "Keke has resigned"; "The verdict" after "A jury has found him
    guilty"; "The crash" after "have died in a crash": `_subject_names_the_act`), or as the noun the day phrase
    stands before ("following Friday night's gunfire" after "Police have fatally shot a suspect": `_day_noun`,
    `_of_the_act`), or, when the day governs its main verb (`governs`), by the same verb ("Most of the victims were
    killed on Saturday night" after "Floods have killed 40 people": `_same_act_verb`), or by another verb of the same
    stage of a case or one handing over the act's noun, a quotation's too ("Jurors on Monday found him guilty" after
    "A jury has convicted"; "We handed our letters of resignation," told on Sunday, after "have resigned":
    `_same_stage_or_own_noun`). (The lead may be any undated
    happening's sentence: the body's too, `NewsWalk.body_act_days`.)"""
    published = doc.published
    if day.precision != Precision.DAY or day.first is None or published is None \
            or not dt.timedelta(0) < published - day.first <= STORY_FRESH:
        return False
    return _tells_the_act_of(doc, lead, i, day, subject_too=i == lead + 1, governs=governs)


def _tells_the_act_of(doc: Document, k: int, i: int, day: TimeExpression, *, subject_too: bool = True,
                      governs: bool = False) -> bool:
    """Does sentence `k` (the headline, the lead or an undated happening of the body) tell, by its main verb, the
    act sentence `i` tells again (`_act_told_by_its_noun`): by its subject's noun (when `subject_too`), by the noun
    its day phrase `day` dates, or (when `governs`) by the same verb?"""
    noun = _act_noun(doc, i) if subject_too else None
    if noun is not None and _subject_names_the_act(doc, k, noun):
        return True
    dated = _day_noun(doc, i, day)
    if dated is not None and _of_the_act(doc, k, dated):
        return True
    return governs and _same_act_verb(doc, k, i)


# The nouns of a study's work made public ("Their findings, published on Oct 29 in Current Biology"; "The study,
# published Wednesday in Nature"): not a book's, a company's report's (`_study_published`).
_STUDY_NOUNS = frozenset({"finding", "findings", "study", "research", "paper", "result", "results", "analysis", "work"})
# The verbs that tell a find (by lemma): "discovers", "have found", "identified", "reveals", "uncovered".
_FIND_LEMMAS = frozenset({"discover", "find", "identify", "reveal", "show", "uncover", "unearth", "detect"})
# How many tokens from "published" a day phrase may stand and still date the publication ("published on Oct 29",
# "published online Wednesday in the journal").
_PUBLISHED_REACH = 8
# The determiners of the find's own study ("The study, published ...", "These results").
_DEFINITE = frozenset({"the", "these", "this"})
# The words between a study noun and its "published" ("The findings were first published ...").
_BEFORE_PUBLISHED = _PAST_BE | {"is", "are", "been", "has", "have", "recently", "first", "online"}


def _find_made_public(doc: Document, i: int, day: TimeExpression) -> bool:
    """Does sentence `i` tell a study's work made public (`_study_published`) on the day `day`, a day by the
    calendar on or before the report's and within `FIND_FRESH` of it (a science page may report a find some days
    or weeks after its journal did)?"""
    published = doc.published
    return day.precision == Precision.DAY and day.first is not None and published is not None \
        and dt.timedelta(0) <= published - day.first <= FIND_FRESH and _study_published(doc, i, day)


# The end of the explanation of a find dated by its study's publication (merging joins that publication to it).
STUDY_PUBLICATION_NOTE = "where the article tells the study's publication"
# How long before a science report the journal's publication it dates may be (`_find_made_public`).
FIND_FRESH = dt.timedelta(days=31)


def _study_published(doc: Document, i: int, day: TimeExpression) -> bool:
    """Does sentence `i` tell a study's work made public in a journal on the day `day` ("Their findings, published
    on Oct 29 in Current Biology, present ..."; "The study, published Wednesday in Nature, ..."; "The team
    published its results in the journal Science on Monday"): a study noun (`_STUDY_NOUNS`) as the subject or the
    object of "published", the find's own, definite ("The study", "Their findings"; not "The plan follows a study,
    published ...", nor "an earlier study"), the day within `_PUBLISHED_REACH` tokens of it, a journal named after
    it ("in Nature", "the journal")? The day a find an undated headline or lead reports was made public
    (`NewsWalk.find_days`)."""
    sent = doc.sentences[i]
    if "published" not in doc.text[sent.start:sent.end] or (read := _sentence_analysis(doc, i)) is None:
        return False
    sent, _, a = read
    at = day.start - sent.start
    return publishes_a_study(a, next((j for j, t in enumerate(a.tokens) if t.start >= at), len(a.tokens)))


def publishes_a_study(a: SentenceAnalysis, where: int | None = None) -> bool:
    """`_study_published` of a sentence's analysis: a study noun published in a journal, with its day phrase at
    token `where` when given (merging asks with none: the sentence's group is on the day already)."""
    tokens = a.tokens
    for p, t in enumerate(tokens):
        if t.text.lower() != "published" \
                or where is not None and abs(where - p) > _PUBLISHED_REACH and where > 1:
            continue
        # (the study noun: before it, past a comma or a "was"/"were"; or after it, past a determiner)
        j = p - 1
        while j >= 0 and (tokens[j].text == "," or tokens[j].text.lower() in _BEFORE_PUBLISHED):
            j -= 1
        k = p + 1
        while k < len(tokens) and tokens[k].pos in ("DT", "PRP$", "JJ"):
            k += 1
        noun = next((n for n in (j, k) if 0 <= n < len(tokens) and tokens[n].pos in ("NN", "NNS")
                     and tokens[n].text.lower() in _STUDY_NOUNS), None)
        if noun is None:
            continue
        phrase = list(takewhile(lambda w: w.pos in ("DT", "PRP$", "JJ", "NN", "NNS", "POS", "NNP"),
                                reversed(tokens[max(0, noun - 4):noun])))[::-1]
        if any(w.text.lower() in _OTHER_DOING or w.pos == "JJS" for w in phrase):
            continue  # (another study: "an earlier study, published ...")
        if not (phrase and (phrase[0].pos == "PRP$" or phrase[0].text.lower() in _DEFINITE)):
            continue  # (one the find's page names as its own: "The study", "Their findings"; not "a study")
        after = tokens[p + 1:p + 1 + 2 * _PUBLISHED_REACH]
        if any(w.text.lower() in ("journal", "journals") for w in after) or any(
                w.text.lower() == "in" and n + 1 < len(after) and after[n + 1].pos in ("NNP", "NNPS")
                for n, w in enumerate(after)):
            return True
    return False


def _tells_a_finding(doc: Document, i: int) -> bool:
    """Does sentence `i`'s main verb tell what a study found, a verb of finding before a "that" clause, in any
    tense ("The data reveal that ...", "The analysis shows that ...")?"""
    if (read := _sentence_analysis(doc, i)) is None:
        return False
    a = read[2]
    group = main_group(a)
    if group is None or _lemmas(group.main.text).isdisjoint(_FIND_LEMMAS | {"suggest", "indicate"}):
        return False
    after = a.tokens[group.last + 1:group.last + 3]
    return any(t.text.lower() == "that" for t in after)


def _tells_a_find(doc: Document, k: int) -> bool:
    """Does sentence `k` (a headline, a lead) tell a find by its main verb ("YNU team discovers new species",
    "Researchers have found ...": `_FIND_LEMMAS`), or by that verb's noun as the object right after it ("A
    research team made an extraordinary discovery of ...")?"""
    from timeline_app.core.merging import _names_the_act  # (merging imports news: late)
    if (read := _sentence_analysis(doc, k)) is None:
        return False
    a = read[2]
    group = main_group(a)
    if group is None or group.main.pos not in ("VBD", "VBN", "VBZ", "VBP") or _negated(a.tokens, group):
        return False
    if not _lemmas(group.main.text).isdisjoint(_FIND_LEMMAS):
        return True
    words = list(takewhile(lambda t: t.pos in ("DT", "JJ", "NN", "NNS"), a.tokens[group.last + 1:group.last + 6]))
    heads = [t.text.lower() for t in words if t.pos in ("NN", "NNS")]
    return bool(heads) and any(_names_the_act(heads[-1], verb) for verb in _FIND_LEMMAS)


def _subject_names_the_act(doc: Document, k: int, noun: str) -> bool:
    """Does the definite subject noun `noun` (`_act_noun`) of a sentence after sentence `k` name the act `k`'s main
    verb tells: the verb's own noun ("The resignation" of "has resigned": `merging._names_the_act`), the noun of the
    case's stage the verb tells ("The verdict" of "has found ... guilty": `_case_stage`, `case_stage_of_noun`), or the
    noun of the happening sentence `k` sets its act in ("The crash" after "have died in a crash": the same happening,
    "the" pointing back to it; not "The fire" after "arrested a man after a fire")?"""
    from timeline_app.core.merging import _names_the_act  # (merging imports news: late)
    if any(_names_the_act(noun, verb) for verb in _act_lemmas(doc, k)):
        return True
    if (read := _sentence_analysis(doc, k)) is None:
        return False
    a = read[2]
    group = main_group(a)
    if group is None or group.main.pos not in ("VBD", "VBN", "VBZ", "VBP"):
        return False
    stage = case_stage_of_noun(noun)
    if stage is not None and _case_stage(a, group) == stage:
        return True
    # (a noun of a happening, of a specific kind: not "the event", "the announcement")
    kind = kind_of_word(noun)
    if kind is None or kind in _VAGUE_KINDS or kind in _LOOSE_KINDS:
        return False
    # (the happening the act is set in, "died in a crash", "were hurt during the storm": not another that it
    # follows or is about, "arrested a man after a fire")
    tokens = a.tokens
    for j, t in enumerate(tokens):
        if t.text.lower() in _SET_IN:
            phrase = list(takewhile(lambda w: w.pos in ("DT", "JJ", "CD", "NN", "NNS"), tokens[j + 1:j + 7]))
            heads = [w for w in phrase if w.pos in ("NN", "NNS")]
            if heads and heads[-1].text.lower() in (noun, noun + "s"):
                return True
    return False


# The prepositions that set an act inside a happening ("died in a crash", "were injured during the storm").
_SET_IN = frozenset({"in", "during", "amid", "amidst", "throughout"})


def _same_act_verb(doc: Document, k: int, i: int) -> bool:
    """Do sentences `k` and `i` tell their main act by the same verb ("Floods have killed 40 people" and "Most of the
    victims were killed on Saturday night"), an act (not a saying nor a state), and is `i` no later or other doing
    of it, nor itself one more ("again", "also", "another": a word that says so, in either)? A harm may be told again
    by another verb of its kind ("have been killed", "died": the same stage of a case). Not an act too general
    to be one (`_LOOSE_KINDS`: an announcement of one thing and another of something else)."""
    # (a headline's present of a plural subject too: "Floods kill dozens")
    read = _sentence_analysis(doc, k)
    group = main_group(read[2]) if read is not None else None
    told = _lemmas(group.main.text) if group is not None and group.main.pos == "VBP" else _act_lemmas(doc, k)
    again = _act_lemmas(doc, i)
    same = told & again
    if not same and told and again and (kind := _verb_kind(told)) in _HARM_KINDS and kind == _verb_kind(again) \
            and {_STAGE_OF_LEMMA.get(v) for v in told} == {_STAGE_OF_LEMMA.get(v) for v in again}:
        # (a harm told again by another verb of its kind, the same stage of a case: "have been killed in a road
        # accident" and "died ... yesterday"; not "have arrested" and "was charged")
        same = told | again
    # (the same stage of a case, or the act's own noun handed over: an act, though its verb may be one of saying,
    # "found him guilty")
    staged = bool(told) and group is not None and _same_stage_or_own_noun(read[2], group, doc, i, told)
    if not staged and (not same or not same.isdisjoint(_REPORTING_OR_STATIVE)
                       or any(kind_of_word(form) in _LOOSE_KINDS for verb in same for form in grammar.verb_forms(verb))):
        return False  # (a saying, a state, or an act too general to be one: "announced", "founded")
    if read is None or (later := _sentence_analysis(doc, i)) is None:
        return False
    # (either one told as one more: "Jobs also announced ...", "Police arrested a second man on Monday")
    return not any(t.text.lower() in _OTHER_DOING for t in (*read[2].tokens, *later[2].tokens))


def _acts_told(doc: Document, i: int) -> list[tuple[SentenceAnalysis, grammar.VerbGroup]]:
    """The verb groups that tell sentence `i`'s act as done (a past or a present perfect): its main verb's, or, when
    the sentence opens with a quotation its main verb frames ("``We handed in our letters,'' the minister told
    reporters on Sunday"), the quotation's first verb: the quoted act, told on the day the speaker told it."""
    if (read := _sentence_analysis(doc, i)) is None:
        return []
    _sent, text, a = read
    group = main_group(a)
    if group is None:
        return []
    after = _after_quotation(text)
    if after is not None and group.start >= after:
        group = next((g for g in a.groups if g.start < after and g.finite), None)
        if group is None or _negated(a.tokens, group):
            return []
    return [(a, group)] if group.main.pos in ("VBD", "VBN") else []


def _same_stage_or_own_noun(a: SentenceAnalysis, group: grammar.VerbGroup, doc: Document, i: int,
                            told: frozenset[str]) -> bool:
    """Does sentence `i` (`_acts_told`) tell the act of sentence `k`'s main verb `group` (`told`, its lemmas) by
    another verb of the same stage of a case after the crime ("Jurors on Monday found him guilty" after "A jury has
    convicted"; "The jury reached its verdict on Tuesday" after "A jury has found a man guilty": `_case_stage`), or
    by a verb that hands over the act's own noun ("We handed our letters of resignation" after "have resigned":
    `_object_nouns`, `merging._names_the_act`)? Not a later or an earlier stage ("was charged" after "arrested")."""
    from timeline_app.core.merging import _names_the_act  # (merging imports news: late)
    stage = _case_stage(a, group)
    for b, again in _acts_told(doc, i):
        if stage is not None and stage > _CRIME and _case_stage(b, again) == stage:
            return True
        if any(_names_the_act(noun, verb) for noun in _object_nouns(b, again) for verb in told):
            return True
    return False


def _verb_kind(lemmas: frozenset[str]) -> str | None:
    """The kind of happening (`extraction.kind_of_word`) of any form of a verb's lemmas ("died": death), or None."""
    return next((kind for verb in sorted(lemmas) for form in sorted(grammar.verb_forms(verb))
                 if (kind := kind_of_word(form)) is not None), None)


# Words that make a sentence's act another doing of the one told before ("arrested a second man", "struck again"):
# a verb's lemma cannot tell it.
_OTHER_DOING = frozenset({"again", "also", "another", "second", "third", "further", "more", "later", "then", "too",
                          "earlier", "previously", "first", "separate", "other"})


def _state_on_the_day(doc: Document, i: int, day: TimeExpression) -> bool:
    """Does the day phrase `day` of sentence `i` follow a past progressive ("the wounded officer was recovering
    Saturday at a hospital"): a state on that day, not an act that moves an account's time on?"""
    if (read := _sentence_analysis(doc, i)) is None:
        return False
    sent, _, a = read
    at = day.start - sent.start
    before = [g for g in a.groups if g.end <= at]
    if not before:
        return False
    words = before[-1].words
    return len(words) >= 2 and words[0].text.lower() in _PAST_BE and words[-1].pos == "VBG"


def _day_noun(doc: Document, i: int, day: TimeExpression) -> str | None:
    """The happening noun sentence `i`'s day phrase `day` stands before, possessive or attributive ("Friday
    night's gunfire", "Tuesday's attack", "the Monday vote": "gunfire", "attack", "vote"), lower-cased: the head
    of the run of common nouns right after it. None when no noun follows (the day dates a clause, not a noun)."""
    if (read := _sentence_analysis(doc, i)) is None:
        return None
    sent, _, a = read
    end = day.end - sent.start
    after = [t for t in a.tokens if t.start >= end]
    if after and after[0].pos == "POS":
        after = after[1:]
    run = list(takewhile(lambda t: t.pos in ("NN", "NNS"), after))
    return run[-1].text.lower() if run else None


# The kinds of happening too general to tie a noun to a verb by kind alone: a statement, a making of something.
_LOOSE_KINDS = frozenset({"announcement", "founding"})


def _of_the_act(doc: Document, k: int, noun: str) -> bool:
    """Does `noun` (`_day_noun`) name the act sentence `k`'s main verb tells: its own noun (`merging._names_the_act`:
    "vote" of "voted", "shooting" of "shot"), a word of the same specific kind (`extraction.kind_of_word`: "attack"
    of "bombed", "floods" of "flooded"), or what a weapon fires when the verb tells an attack ("gunfire" of "shot":
    `extraction._FIRED_NOUNS`)? Not another happening's ("Monday's vote" of "A fire destroyed ...")."""
    from timeline_app.core.merging import _names_the_act  # (merging imports news: late)
    if (read := _sentence_analysis(doc, k)) is None:
        return False
    group = main_group(read[2])
    # (a headline's present of a plural subject too: "Deputies shoot armed man")
    if group is None or group.main.pos not in ("VBD", "VBN", "VBZ", "VBP"):
        return False
    lemmas = _lemmas(group.main.text)
    singular = noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun
    if any(_names_the_act(n, verb) for verb in lemmas for n in {noun, singular}):
        return True
    # (the kind of any form of the verb: the kinds' tables spell "shot", "shoots", not a headline's "shoot")
    verb_kind = kind_of_word(group.main.text.lower()) or next(
        (kind for verb in sorted(lemmas) for form in sorted(grammar.verb_forms(verb))
         if (kind := kind_of_word(form)) is not None), None)
    if verb_kind is None or verb_kind in _LOOSE_KINDS:
        return False
    return kind_of_word(noun) == verb_kind or verb_kind == "conflict" and noun in _FIRED_NOUNS


# Past verbs that tell what a crime was (its cause, its link), not a new act upon it: "The killing of the two brothers
# was related to a land dispute", "The stabbing was sparked by an argument" (not "The attack was condemned").
_CRIME_STATE_LEMMAS = frozenset({"be", "relate", "link", "connect", "tie", "motivate", "cause", "trigger", "spark"})


def _crime_told_again_by_its_noun(a: SentenceAnalysis, group: grammar.VerbGroup) -> bool:
    """Does the verb group, a past "was"/"were" of a state or a cause (`_CRIME_STATE_LEMMAS`), have as its subject
    a definite noun of a crime ("The killing of the two brothers", "The murder"): the crime told again, not a step
    of the day's news?"""
    words = [w.text.lower() for w in (*group.auxiliaries, group.main)]
    if not {"was", "were"} & set(words) or _lemmas(group.main.text).isdisjoint(_CRIME_STATE_LEMMAS):
        return False
    span = a.subject_of(group)
    if span is None:
        return False
    subject = a.tokens[span[0]:span[1]]
    end = next((j for j, w in enumerate(subject) if w.text in _APPOSITION_ENDS or w.pos == "IN"), len(subject))
    own = subject[:end]
    if len(own) < 2 or own[0].text.lower() != "the" or own[-1].pos not in ("NN", "VBG"):
        return False
    return _STAGE_OF_LEMMA.get(next(iter(sorted(_lemmas(own[-1].text) & _CASE_STAGES[_CRIME])), ""), None) == _CRIME


def _rescheduling_goal(doc: Document, sent: Sentence, e: TimeExpression) -> bool:
    """Is e where the sentence's main verb, a rescheduling one, moves something to (`extraction.rescheduled_thing`:
    "postponed the launch until March 2026", "launch slips to next year")? It dates the thing moved, not the
    moving: that stays the day's news. (Only the first verb group's: a later clause's goal, "refused to sign, and
    INS extended its deadline until Tuesday", leaves the sentence dated as before.)"""
    if sent.end - sent.start > _WHOLE_SENTENCE_GOAL \
            or rescheduling_goal_word(doc.text, sent.start, e.start, e.end) is None:
        return False
    moved = rescheduled_thing(doc.text[sent.start:sent.end], e.start - sent.start, e.end - sent.start)
    return moved is not None and moved.first_verb


def _long_past(e: TimeExpression, published: dt.date) -> bool:
    """`_background`'s test of the dates alone (its yardstick test reads the sentence)."""
    return e.first is not None and e.last is not None and _last_day(e) < published \
        and published - e.first > NAMED_WINDOW


def _old_times(doc: Document, sent: Sentence, points: Sequence[TimeExpression]) -> bool:
    """Are the sentence's time phrases (`points`: not frequencies, one at least, each `_long_past`) all long
    past (`_background`), and does one at least date a clause of it (`_adverbial`: not "her first visit since
    1990", a stretch up to now)?"""
    assert doc.published is not None
    text = doc.text[sent.start:sent.end]
    if not all(_background(text, e, sent.start, doc.published) for e in points):
        return False
    a = grammar.analyse_sentence(text)
    return any(_adverbial(a, a.tokens, e.start - sent.start, e.end - sent.start) for e in points)


def _told(doc: Document, i: int, start: int) -> bool:
    """Is the happening of sentence `i` whose verb starts at offset `start` (a news item's) what a reporting verb
    in the past, its sentence's main verb, told ("Pathway said in a statement that the site was knocked
    off-line"; not "the decision suggests that he has amassed ...", a reading of how things stand)? (Asked as
    the walk finds the item: the sentence's analysis is the grammar module's, cached.)"""
    sent = doc.sentences[i]
    group = main_group(grammar.analyse_sentence(doc.text[sent.start:sent.end]))
    return group is not None and sent.start + group.start != start \
        and group.main.pos in ("VBD", "VBN") and not _lemmas(group.main.text).isdisjoint(REPORTING_LEMMAS)


_TOLD_AGAIN_BACK = 3  # sentences back, in the same paragraph, where an "also" may find its first telling


def _told_again(doc: Document, i: int, governed: dict[int, TimeExpression]) -> TimeExpression | None:
    """The date of the act that sentence `i` does "also" again ("Jobs also announced ..."): a sentence shortly
    before in the same paragraph whose main verb, of the same lemma, an explicit date governs ("Jobs announced
    today that ..."). None when there is none."""
    sent = doc.sentences[i]
    a = grammar.analyse_sentence(doc.text[sent.start:sent.end])  # cached from `_sentence_news`
    group = main_group(a)
    if group is None or not any(t.text.lower() == "also" for t in a.tokens[max(0, group.first - 1):group.last + 1]):
        return None
    lemmas = _lemmas(group.main.text)
    for j in range(i - 1, max(-1, i - 1 - _TOLD_AGAIN_BACK), -1):
        if not _same_paragraph(doc, j + 1):
            return None
        e = governed.get(j)
        if e is None or e.first is None:
            continue
        s = doc.sentences[j]
        b = grammar.analyse_sentence(doc.text[s.start:s.end])
        g = main_group(b)
        if g is not None and _lemmas(g.main.text) & lemmas:
            return e
    return None


_OFFSET_WORDS = re.compile(r"\s+(?:after|before|later|earlier|ago|since|from)\b", re.I)


def _another_time(text: str, e: TimeExpression) -> bool:
    """Does this time phrase set a time of its own? Any date does; a length of time does when it counts from
    something ("two years after the vote", "a decade later"), not when it only says how long the account's
    step took ("within weeks", "for three days")."""
    return e.type != TimexType.DURATION or _OFFSET_WORDS.match(text, e.end, e.end + 12) is not None \
        or _BACK_FROM_NOW.search(e.text) is not None  # "in the last decade": the stretch up to now


_BACK_FROM_NOW = re.compile(r"\b(?:last|past|previous)\b", re.IGNORECASE)
_UP_TO_WORDS = re.compile(r"\s+(?:after|later)\b", re.I)


def _counts_up_to(text: str, e: TimeExpression) -> bool:
    """Is this time phrase a length counted forward from an earlier happening up to the clause's own ("less than a
    year after he led them up", "two years later")? With a present perfect ("has sacked its coach, a year after
    …") that is the present: the phrase dates the earlier happening, not the one the perfect reports."""
    return e.type == TimexType.DURATION and _UP_TO_WORDS.match(text, e.end, e.end + 12) is not None \
        and not e.text.lower().startswith("the ") and _SPAN_BEFORE.search(text, max(0, e.start - 12), e.start) is None


# a stretch the phrase spans, not a length it counts: "in the weeks after the award", "within days after"
_SPAN_BEFORE = re.compile(r"\b(?:in|within|during|over|for|throughout)\s+$", re.I)


# How many of the names of the article's own news a sentence names, that the sentence before it does not,
# for it to tell that news again (as many participants as make an undated sentence name a happening dated
# elsewhere).
_NEWS_NAMES = 2


def _tells_the_news(doc: Document, i: int, k: int, news_names: frozenset[str],
                    news_words: Callable[[], frozenset[str]], later: Callable[[], bool]) -> bool:
    """Does sentence `i` name the article's own news again (`news_names`: its headline's and lead's people,
    places and things), rather than go on with the account of sentence `k` before it? It does when it names
    `_NEWS_NAMES` or more of them that sentence `k` does not, and a word of that news's happening or occasion
    (`news_words`, `_event_lemmas`): "In April, a blog obtained a prototype of the phone. While introducing
    iPhone 4 at the conference, Jobs started by hinting at the incident" is the keynote's, not April's. (One
    name is not enough: the article's subject is named in its past too, "In 2004, he was diagnosed with
    cancer. Jobs underwent surgery". Nor are the names without a word of the happening: the background of a
    dispute names both its sides, "In 2011, a court heard the first case. Apple accused Samsung of copying
    the iPhone" after "Apple and Samsung settle patent fight". Nor when the sentence says it tells a later
    step of the account (`later`, `_later_step`): "Bush then sent troops to Saudi Arabia".)"""
    if len(news_names) < _NEWS_NAMES:
        return False
    own, before = doc.sentences[i], doc.sentences[k]
    text = doc.text[own.start:own.end]
    named = actors_in(text) & news_names
    if len(named) < _NEWS_NAMES:
        return False
    named = named - actors_in(doc.text[before.start:before.end])
    return len(named) >= _NEWS_NAMES and _named_participants(text, named) >= _NEWS_NAMES \
        and not _event_lemmas(text, common=True).isdisjoint(news_words()) and not later()


_HAPPENING_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS", "VB", "VBD", "VBG", "VBN", "VBP", "VBZ"})


@lru_cache(maxsize=4096)
def _event_lemmas(text: str, *, common: bool = False) -> frozenset[str]:
    """The lemmas, in lower case, of the words of `text` that may name a happening or its occasion: its verbs
    but reporting verbs and states ("settle"; not "say", "be" or "have"), and its nouns that name a happening
    (merging's test, `merging.names_happening`: "dispute", "conference", "deal"; not "company", "year" or
    "people", which any two sentences about one business share). A reporting frame that closes the text
    (", the companies said in filings") is the telling's, not the happening's: its words are left out. With
    `common`, only the words `text` writes in lower case: its names are counted apart. (The news's side is
    read whole, its names lower-cased: "at the conference" matches a lead's "Worldwide Developers
    Conference".)"""
    tokens = grammar.tag_words(text)
    comma = next((k for k in range(len(tokens) - 1, -1, -1) if tokens[k].text == ","), None)
    if comma is not None and _closing_frame(tokens[comma + 1:]):
        tokens = tokens[:comma]
    out: set[str] = set()
    for t in tokens:
        word = t.text
        if t.pos not in _HAPPENING_TAGS or not word.isalpha() or common and not word.islower():
            continue
        lower = word.lower()
        if t.pos[0] == "V":
            if not _is_reporting_or_state(lower):
                out |= _lemmas(lower)
        elif names_happening(lower):
            out.update(grammar.all_lemmas(lower).get("NOUN", (lower,)))
    return frozenset(out)


# The words a closing reporting frame may hold besides its verb: its speaker's noun phrase ("the companies",
# "Apple's lawyers") and where or when it was told ("in filings on Monday", "said the company").
_FRAME_SPEAKER_TAGS = frozenset({"DT", "PDT", "PRP", "PRP$", "POS", "JJ", "NN", "NNS", "NNP", "NNPS", "CD"})
_FRAME_AFTER_TAGS = _FRAME_SPEAKER_TAGS | {"IN", "RB", "TO", ".", ",", "``", "''", ":"}
_FRAME_SPEAKER_SPAN = 5


def _closing_frame(tokens: Sequence[grammar.Token]) -> bool:
    """Whether `tokens` (what follows a sentence's last comma) are only a reporting frame: a short speaker
    noun phrase, a reporting verb and then only where or when ("the companies said in filings", "said the
    company", "he said Monday"). Not a clause that goes on to tell the happening: "Apple said it had settled
    the dispute", "Samsung said that ..." (a verb group or "that" after the verb)."""
    verb = next((k for k, t in enumerate(tokens) if t.pos[0] == "V"), None)
    if verb is None or verb > _FRAME_SPEAKER_SPAN or _lemmas(tokens[verb].text).isdisjoint(REPORTING_LEMMAS):
        return False
    return all(t.pos in _FRAME_SPEAKER_TAGS for t in tokens[:verb]) \
        and all(t.pos in _FRAME_AFTER_TAGS and t.text.lower() != "that" for t in tokens[verb + 1:])


def _named_participants(text: str, names: frozenset[str]) -> int:
    """How many participants of `names` the text names: name words standing together are one ("Du Pont",
    "Steve Jobs", "Saudi Arabia")."""
    runs, run_named, end = 0, False, -1
    for m in _NAME_RE.finditer(text):  # (the name words `actors_in` reads)
        if end < 0 or text[end:m.start()].strip():  # (only spaces between: the same name goes on)
            runs += run_named
            run_named = False
        word = m.group(0)
        run_named = run_named or (word[:-2] if word.endswith(("’s", "'s")) else word) in names
        end = m.end()
    return runs + run_named


def _opens(doc: Document, i: int, e: TimeExpression) -> bool:
    """The date opens sentence `i`, before its verb ("In 2004, Jobs underwent surgery"): it sets the time of
    an account, where a date at the end ("... launched podcasting in 2004") dates one detail."""
    sent = doc.sentences[i]
    a = grammar.analyse_sentence(doc.text[sent.start:sent.end])  # cached from `_sentence_news`
    tokens = a.tokens
    d0 = bisect.bisect_right(a.token_ends, e.start - sent.start)
    if d0 > 2 or not _opening_adverbial(tokens, d0):
        return False  # "Revenue for the quarter rose ...": the date names the subject's time, not the account's
    for t in tokens[d0:]:  # the opening phrase ends with a comma before the verb ("In 2004, ...")
        if t.text == ",":
            return True
        if t.pos.startswith(("VB", "MD")):
            return False
    return False


def _names_a_nouns_time(doc: Document, sent: Sentence, e: TimeExpression) -> bool:
    """Does e name a thing's time by an "of" or a "from", not its sentence's act (`extraction.noun_of_or_from_date`:
    "extended the deadline of June 30", "a complaint about a post from 2012")? Then it dates no act the walk
    reads, as extraction reads it. Not a happening's day after an "on" or an "in", which extraction reads too
    ("have issued an appeal over the stabbings on Boxing Day. ... A knife was also recovered" tells of Boxing Day,
    "following a stabbing in Brighton on Saturday"): that day sets the time of the article's account."""
    if sent.end - sent.start > MAX_SENTENCE or not noun_date_cued(doc.text, sent.start, e, happenings=False):
        # (the cheap tests first; a run-on page, too long for the analyses' memo, would be analysed again for each
        # of its dates, and extraction reads no such noun in it either: `_Reading.noun_of_or_from_date`)
        return False
    a = grammar.analyse_sentence(doc.text[sent.start:sent.end])  # (read up front by `_sentence_dated`; the memo keeps it for the walk)
    d = bisect.bisect_left(a.token_starts, e.start - sent.start)
    return noun_of_or_from_date(doc.text, sent.start, a, d, e, doc.published) is not None


def _opens_with_an_occasion(doc: Document, i: int, e: TimeExpression) -> bool:
    """Does the day `e` stand in an opening phrase of sentence `i` that names an occasion, a preposition's noun
    phrase set off by a comma before the first verb ("After the announcement of the verdict on Friday, the judge
    said ...")? That day is the occasion's, and a "then" of the next sentence is the occasion's next step."""
    if e.precision != Precision.DAY:
        return False
    sent = doc.sentences[i]
    a = grammar.analyse_sentence(doc.text[sent.start:sent.end])  # cached from `_sentence_news`
    tokens = a.tokens
    d0 = bisect.bisect_right(a.token_ends, e.start - sent.start)
    if not tokens or tokens[0].pos != "IN" or not _opening_adverbial(tokens, d0):
        return False
    for t in tokens[d0:]:
        if t.text == ",":
            return True
        if t.pos.startswith(("VB", "MD")):
            return False
    return False


def _then_step(doc: Document, i: int) -> bool:
    """Is "then" the only word of sentence `i` that tells a step at another time ("The judge then remanded him")?"""
    return _later_step(doc, i) and not _later_step(doc, i, next_step_too=False)


def _dates_the_act(doc: Document, i: int, e: TimeExpression) -> bool:
    """Is `e` a day that follows sentence `i`'s main verb as its own adverbial, with no other verb or relative
    word between ("The storm hit the coast on March 3")? A day is an occasion: what the next sentence tells
    in the same tense happened then ("Three people died"). Not a day of another clause ("... its record high
    set on Aug. 6", "the deal, which was ended on Sept. 27"), nor a month or a year, which dates one detail
    of a longer account ("... launched podcasting in 2004"), nor the day of what is no act of the moment
    (`_acts`): a report's ("The company reported its earnings on March 3. Sales rose 5 percent" over the
    quarter), a state's, or a passive's of what befell the subject ("was born on May 5, 1913", "was appointed
    chief executive on Jan. 5, 1990"), which opens an account of the years after ("He studied law")."""
    if e.precision != Precision.DAY:
        return False
    sent = doc.sentences[i]
    a = grammar.analyse_sentence(doc.text[sent.start:sent.end])  # cached from `_sentence_news`
    group = _act_group(a, passive=False)
    if group is None:
        return False
    tokens = a.tokens
    d0 = bisect.bisect_right(a.token_ends, e.start - sent.start)
    # (A participle of the main verb's own, "..., pushing prices up on Friday", shares its time; the tagger
    # also reads a noun so, "on board the Soyuz 36 on May 26".)
    # Nor one followed by another verb, which may tell a later step in the same breath ("returned an indictment
    # on Oct. 3, and he pleaded not guilty later that month").
    return group.last < d0 < len(tokens) and not any(
        t.pos.startswith(("VB", "MD", "W")) and t.pos != "VBG" or t.text in (";", ":")
        for t in tokens[group.last + 1:d0]) and not any(t.pos.startswith(("VB", "MD")) for t in tokens[d0:])


# Words that tell a step of an account at another time than the one before, not the same occasion ("Bush then
# sent troops", "crossed the border days after a sniper killed ...").
_LATER_STEP = frozenset({"then", "later", "afterward", "afterwards", "subsequently", "eventually", "since",
                         "soon", "thereafter", "next", "after", "before", "until", "till"})
# Those that tell a time after the step before, not its next step on the same occasion ("then").
_LATER_TIME_STEP = _LATER_STEP - {"then"}


def _later_step(doc: Document, i: int, *, next_step_too: bool = True) -> bool:
    """Does sentence `i` say it tells a step at another time ("Bush then sent troops", "days after ...")?
    `next_step_too` False: not when its only such word is "then", the next step of the same occasion ("The judge
    then remanded him" after a day's verdict), as against a time after it ("later", "eventually")."""
    sent = doc.sentences[i]
    words = _LATER_STEP if next_step_too else _LATER_TIME_STEP
    return any(t.text.lower() in words for t in grammar.tag_words(doc.text[sent.start:sent.end]))


def _bridges_between(doc: Document, k: int, i: int) -> bool:
    """Is every sentence between sentences `k` and `i` a bridge (`_bridge`)? (Asked lazily, where read: the
    walk only finds the sentences that may be.)"""
    return all(_bridge(doc, j) for j in range(k + 1, i))


def _bridge(doc: Document, i: int) -> bool:
    """Does undated sentence `i`, which reports no happening of its own, go on with the account of the
    sentence before in the same paragraph, in the past ("In March, Acme received an offer. It was also
    considering a restructuring. A group of holders urged ...")? Only when all its finite verbs are past: a
    present or a modal tells of now or of what may be ("The company is based in Ohio"), and a quotation is
    the speaker's words, either of which ends the account."""
    if not _same_paragraph(doc, i):
        return False
    sent = doc.sentences[i]
    text = doc.text[sent.start:sent.end]
    if text.lstrip()[:1] in _QUOTES or not _prose(text) or _inside_quotation(doc, i):
        return False
    tokens = grammar.tag_words(text)
    return any(t.pos == "VBD" for t in tokens) and not any(t.pos in ("VBZ", "VBP", "MD") for t in tokens) \
        and not any(t.text.lower() in _LATER_STEP for t in tokens)


def _acts(doc: Document, i: int) -> bool:
    """Does sentence `i`'s main clause tell an act of the moment (`_act_group`)?"""
    sent = doc.sentences[i]
    return _act_group(grammar.analyse_sentence(doc.text[sent.start:sent.end])) is not None


def _act_group(a: SentenceAnalysis, *, passive: bool = True) -> grammar.VerbGroup | None:
    """The sentence's main verb group when it tells an act of the moment, else None: no main verb; a reporting
    verb, a report's or an announcement's ("The minister said on Saturday that ...", "announced the plan on
    March 4": a date there is the saying's, and what follows tells what was said or what came of it later);
    a state ("The plant is one of the largest"); or a relative clause's verb that `main_group` took for want of
    another ("In contrast to Thursday, when police arrested 40 people, the marchers were calm"). With `passive`
    False, nor a passive of "be" ("was born", "was appointed"): what befell the subject, which begins an account
    of them over the years after ("He studied law at Harvard"), not an occasion. (`_stative_passive`'s "was
    pleased" is a state all the same.)"""
    group = main_group(a)
    # (Lemmas, not extraction's "announcement" kind, whose words take in acts: "released 20 prisoners",
    # "unveiled a statue".)
    if group is None or _is_reporting_or_state(group.main.text) \
            or not _lemmas(group.main.text).isdisjoint(grammar.ANNOUNCING_LEMMAS):
        return None
    tokens = a.tokens
    clause = a.clause_at(group.first)
    if clause is not None and tokens[clause[0]].pos.startswith("W"):
        return None
    # A W-word back to the comma before the verb that the clauses found do not open ("Thursday, when police
    # arrested ...") opens the verb's own clause when the verb's subject comes after it; one after the start of
    # the subject is a relative clause inside it ("A fire that started in a shed destroyed ...", "Officers who
    # guarded his hotel closed ...").
    subject = a.subject_of(group)
    k = group.first - 1
    while k >= 0 and tokens[k].text not in (",", ";", ":"):
        if tokens[k].pos.startswith("W") and (subject is None or subject[0] >= k):
            return None
        k -= 1
    aux = group.auxiliaries
    if not passive and group.main.pos == "VBN" and aux and "be" in _lemmas(aux[-1].text):
        return None
    return group


def _news_day(doc: Document, e: TimeExpression) -> bool:
    """Is `e` a day of the article's news, within `STORY_FRESH` before publication ("yesterday", "on Friday")?
    An account of that day goes on in the next sentence wherever the date stood in the one before ("Shares
    plunged $4.375 yesterday. The stock closed at $38.50"): a day that recent is not one detail's."""
    assert doc.published is not None
    return is_news_day(doc, e)


def _told_day(doc: Document, sent: Sentence, text: str, dates: Sequence[TimeExpression]) -> TimeExpression | None:
    """A news day (`_news_day`) that dates a past clause of the sentence other than its main verb's."""
    # (Only a news day can be the answer: with none, the sentence's clauses are not read.)
    days = [e for e in dates if _calendar(e) and _news_day(doc, e)]
    if not days:
        return None
    a = grammar.analyse_sentence(text)  # cached from `_sentence_news`
    group = main_group(a)
    if group is None:
        return None
    return next((e for e in days if _dates_a_past_clause(
        a, a.tokens, group, e.start - sent.start, e.end - sent.start)), None)


def _ends_sentence(text: str) -> bool:
    """Whether the text ends as a sentence of running text does (a headline has no full stop)."""
    return text.rstrip().rstrip("\"'”’)»").endswith((".", "!", "?"))


_DECK_MAX_WORDS = 30  # a deck is a second headline, a line long


def _deck(doc: Document, i: int) -> bool:
    """Is sentence `i`, the one under the headline, its deck: short, a line of its own, not ending as a sentence
    does ("Late Mensah header sinks holders Westbrook United")? Not a lead that introduces what follows ("The
    council said in a statement:"), nor one that lost its full stop when scraped, which goes on in its line or is
    longer than a headline."""
    sentences, text = doc.sentences, doc.text
    sent = sentences[i]
    line = text[sent.start:sent.end]
    after = text[sent.end:sentences[i + 1].start] if i + 1 < len(sentences) else "\n"
    return not _ends_sentence(line) and not line.rstrip().endswith(":") and len(line.split()) <= _DECK_MAX_WORDS \
        and "\n" in text[sentences[i - 1].end:sent.start] and "\n" in after


# A heading's date that a comparison or a starting point governs, maybe through one more word ("Worst since 2007",
# "Higher than in 2007", "A flood like 1953", "Lessons from 2008"): the past it measures the news against, not the
# section's own time.
_HEADING_COMPARISON = re.compile(r"\b(?:since|than|like|from)(?:\s+\w+)?\s+$", re.I)
_COMPARISON_OPENING = re.compile(r"(?:since|than|like|from)\b", re.I)


def _compared_in_heading(text: str, line_start: int, e: TimeExpression) -> bool:
    """Does a comparison or a starting point govern the heading's date `e`, before it or opening it ("since March
    1996" is one expression)?"""
    return _COMPARISON_OPENING.match(e.text) is not None \
        or _HEADING_COMPARISON.search(text, line_start, e.start) is not None


def _heading_line(doc: Document, i: int, sent: Sentence) -> bool:
    """Is sentence `i` (`sent`) a heading line in the body: a line of its own with a blank line before it, short,
    not ending as a sentence does nor with a colon ("Robbie Fowler, Alan Shearer and Tony Yeboah, September 23,
    1995", "The 2008 crash")? (Its own words first: most sentences end as one, and reading a neighbour costs more.)"""
    text = doc.text
    line = text[sent.start:sent.end]
    if i == 0 or _ends_sentence(line) or line.rstrip().endswith(":") or len(line.split()) > _DECK_MAX_WORDS:
        return False
    sentences = doc.sentences
    after = text[sent.end:sentences[i + 1].start] if i + 1 < len(sentences) else "\n"
    return "\n" in after and text.count("\n", sentences[i - 1].end, sent.start) >= 2


def _same_paragraph(doc: Document, i: int) -> bool:
    """Sentence `i` follows sentence `i - 1` with no blank line between them."""
    sentences = doc.sentences
    return doc.text.count("\n", sentences[i - 1].end, sentences[i].start) < 2


_QUOTES = frozenset({'"', "“", "‘", "'", "`", "«"})
_TEMPORAL_OPENERS = frozenset({"when", "while", "after", "before", "once", "until", "whenever"})
_SINCE = frozenset({"since"})


def _simple_past(text: str, at: int | None = None) -> bool:
    """The sentence's main verb group, or the one at offset `at` (a news candidate's: the reported clause's,
    "resigned" in "Acme says Miller resigned", not the frame's "says"), is a simple past or a past passive
    ("recovered", "was arrested")."""
    a = grammar.analyse_sentence(text)  # cached: the analysis `_sentence_news` made
    group = None
    if at is not None:
        k = bisect.bisect_right(a.group_firsts, bisect.bisect_right(a.token_ends, at)) - 1
        group = a.groups[k] if k >= 0 and a.groups[k].start == at else None
    if group is None:
        group = main_group(a)
    if group is None:
        return False
    first = group.words[0]
    return first.pos == "VBD" or first.text.lower() in _PAST_BE or len(group.words) == 1 and first.pos == "VBN"


_QUOTE_SENTENCES = 4  # how many sentences back an open quotation is looked for, and two ahead for its close


def _quote_marks(text: str) -> tuple[int, int]:
    """The straight double quotes (each opens or closes), and the paired marks opened less those closed: curly
    ones and a typewriter's ``...'' of wire copy."""
    return text.count('"'), text.count("“") - text.count("”") + text.count("``") - text.count("''")


def _inside_quotation(doc: Document, i: int) -> bool:
    """Does a quotation opened a few sentences before, in the same paragraph, run on into sentence i and close
    soon after ("... states: \"Apple has lost a visionary. Those of us who ... have lost a dear friend.
    Steve leaves ...\"")? Counted from sentence starts, so a mark cut off at a window's edge cannot flip it."""
    text, sentences = doc.text, doc.sentences
    # No mark that opens a quotation in the sentences the walk below could reach: none is open (most body
    # sentences; one look at the text instead of the walk, paragraph gaps and counts).
    if i > 0:
        lo, hi = sentences[max(0, i - _QUOTE_SENTENCES)].start, sentences[i].start
        if text.find('"', lo, hi) < 0 and text.find("“", lo, hi) < 0 and text.find("``", lo, hi) < 0:
            return False
    first = i
    while first > 0 and i - first < _QUOTE_SENTENCES and _same_paragraph(doc, first):
        first -= 1
    straight, curly = _quote_marks(text[sentences[first].start:sentences[i].start])
    if straight % 2 == 0 and curly <= 0:
        return False
    ahead = text[sentences[i].start:sentences[min(i + 2, len(sentences) - 1)].end]
    s2, c2 = _quote_marks(ahead)
    return straight % 2 == 1 and s2 % 2 == 1 or curly > 0 and c2 < 0


def _present_perfect(doc: Document, i: int) -> bool:
    """Sentence i's main verb group is a present perfect ("have recorded", "has been arrested")."""
    sent = doc.sentences[i]
    a = grammar.analyse_sentence(doc.text[sent.start:sent.end])  # cached from `_sentence_news`
    group = main_group(a)
    return group is not None and len(group.words) > 1 and group.words[0].text.lower() in _HAVE


def _recent_perfect(doc: Document, i: int) -> bool:
    """Is sentence i's main verb group a perfect, present or past, with "recently" or "lately" in it ("have
    recently visited", "had only recently been released"), not a progressive?"""
    sent = doc.sentences[i]
    text = doc.text[sent.start:sent.end]
    if "recently" not in text and "lately" not in text:
        return False  # (most sentences: no analysis asked for)
    a = grammar.analyse_sentence(text)  # cached from `_sentence_news`
    group = main_group(a)
    if group is None or group.words[0].text.lower() not in _HAVE_OR_HAD:
        return False
    # (not a progressive: "have recently been ceding market share" goes on up to the report, the day's)
    return len(group.words) > 2 and group.main.pos != "VBG" \
        and any(w.text.lower() in _RECENT_ADVERBS for w in group.words[1:-1])


_HAVE_OR_HAD = _HAVE | {"had", "'d", "\u2019d"}
_RECENT_ADVERBS = frozenset({"recently", "lately"})


def _prose(text: str) -> bool:
    """A sentence of running text (not a caption, a list item or a credit line)."""
    # (Four words are enough to know: no list of all of them. The letters are tested in C, no Python step each.)
    return len(text) <= MAX_SENTENCE and len(text.split(None, 3)) >= 4 and any(map(str.islower, text))


def _temporal_clause(a: SentenceAnalysis, tokens: Sequence[grammar.Token], perfect: bool,
                     main: grammar.VerbGroup | None = None) -> bool:
    """Does a "when/while/after ..." clause date the sentence relative to another happening, or a "since"
    make it a state over a stretch of time? (Not a present perfect's "after": "have been accepted as members
    after the upper house voted" reaches up to the report, which dates it.) A clause after the main verb
    `main` and a relative clause tells the relative clause's time, not the main verb's (`_nearer_verb`)."""
    # Only the words it looks for are visited (picked out in C): "since" in a present perfect, else the openers.
    wanted = _SINCE if perfect else _TEMPORAL_OPENERS
    for i in compress(count(), map(wanted.__contains__, map(str.lower, map(_TOKEN_TEXT, tokens)))):
        t = tokens[i]
        if perfect:  # "since", whatever it is tagged
            return True  # "has eluded authorities since ...": a state over a stretch of time, not a happening
        if t.pos in ("WRB", "IN"):
            if 0 < i < len(tokens) - 1 and tokens[i - 1].text.lower() == tokens[i + 1].text.lower():
                continue  # "speaker after speaker denounced", "day after day": a repetition, no clause
            if main is not None and _nearer_verb(a, tokens, main, i):
                continue  # "criticized Vacco for dismantling the office when he became ...": the dismantling's time
            k = bisect.bisect_right(a.group_firsts, i)
            if k < len(a.groups) and a.groups[k].first - i <= 8 \
                    and not any(tokens[j].text == "," for j in range(i + 1, a.groups[k].first)):
                if main is not None and i > main.last and _past(main) and _present_tense(a.groups[k]):
                    # A present after a past main verb is no time of it: a contrast or a condition of what
                    # follows ("agreed with the defence that, while the store is branded, the music is not").
                    continue
                return True
            # An opening clause's verb may be read as a participle, which makes no finite group ("When Jobs
            # first introduced iPhone 4, he praised ..."): any past verb before its comma will do. (Not
            # later in the sentence: "videos showing a drop when held that way" dates nothing.)
            for j in range(i + 1, min(i + 9, len(tokens)) if i == 0 else 0):
                if tokens[j].text == ",":
                    break
                if tokens[j].pos in ("VBD", "VBN"):
                    return True
    return False


def _nearer_verb(a: SentenceAnalysis, tokens: Sequence[grammar.Token], main: grammar.VerbGroup, i: int) -> bool:
    """Is the finite verb nearest before token `i`, after the main verb, one of a relative clause ("criticized
    Vacco for dismantling the office, which investigated threats, when he became ...")? A time clause there
    tells that verb's time. (Not a complement's or a coordinated verb's, "said she gave him false information
    when they asked her", which is what the sentence reports; nor a participle's, "the outlook darkened for
    Americans caught in Iraq when ...", nor an infinitive's, "traveled to Cuba to interview him before ...",
    which may tell the main verb's time as well.)"""
    nearest = None
    for g in a.groups:
        if main.last < g.first < i and g.finite:
            nearest = g
    if nearest is None:
        return False
    j = grammar._previous_word(tokens, nearest.first)
    return j > main.last and tokens[j].pos in _RELATIVE_TAGS


def _sentence_news(doc: Document, sent: Sentence, text: str, dates: Sequence[TimeExpression],
                   excluded: _Excluded, *, headline: bool, why: str, lead: bool = False
                   ) -> tuple[Candidate | None, TimeExpression | None, bool] | None:
    """(candidate or None, the date governing the main verb or None, whether the candidate is a statement
    itself: its reporting verb reports no happening, "Jobs said that the phones can be returned") for one
    sentence; None when it has no main verb. `lead`: the sentence is the article's lead (its first sentence of
    running text), whose reporting verb's statement is its news too (`_reporting_frame`)."""
    a = grammar.analyse_sentence(text)
    tokens = a.tokens
    group = main_group(a)
    if group is None or excluded.overlaps(sent.start + group.start, sent.start + group.end):
        return None  # no main verb, or it is boilerplate (a dateline before the lead is not)
    if lead and _subordinate(a, group):
        # Its only verb is a subordinate clause's: a photo caption ("The square before the clashes began."). No
        # clause of its own tells a happening, so it is not the lead (the next sentence of running text is tried).
        return None
    if dates and "since" in text:
        # a date of a "since" noun's ("the first vote since independence 40 years ago") is the noun's happening's
        # (extraction's event), no time of the sentence's: the sentence is as undated
        dates = [e for e in dates if not _since_nouns_date(tokens, a.token_ends, e.start - sent.start)]
    # (An article's first sentence that ends as a sentence is its lead, whatever `headline` says: its present is one.)
    # The dates its tense allows to be its time, worked out once (see `_fit_for_tense`).
    fit = _fit_for_tense(a, group, dates, sent.start, doc.published, headline=headline and not _ends_sentence(text))
    if fit and any(e.first is not None and e.first > doc.published for e in fit):
        fit = _reported_past_fit(a, tokens, group, fit, sent.start, doc.published)
    # A date still to come of a later future verb ("declared ... and said he would travel to the area on
    # Thursday") is that verb's: it neither dates the main verb's act nor tells of another past time. (A past one
    # may be a narrative's "would": "was born in Lima and would become president in 1990".)
    own = [e for e in fit if not (e.first is not None and e.first > doc.published and _later_future_owner(
        a, tokens, group, e.start - sent.start, headline=headline))] if len(a.groups) > 1 else fit
    for e in sorted(own, key=lambda e: e.precision.rank if e.precision else 99):  # the finest first
        if _calendar(e) and _governs(a, tokens, group, e.start - sent.start, e.end - sent.start) \
                and not _yardstick(text, e, sent.start):
            # (A comparison's yardstick, "is up 82% from 9 months ago", is no time of the sentence's own: it
            # does not make it, nor the sentence after it, tell of an earlier time.)
            return None, e, False
    subject = a.subject_of(group)
    # A frequency dates no happening: "the Communist Party daily Granma", "a weekly meeting".
    points = [e for e in dates if e.type != TimexType.SET]
    if subject is not None and any(
            subject[0] <= bisect.bisect_right(a.token_ends, e.start - sent.start) < subject[1] for e in points):
        return None, None, False  # "Friday's trading volume totaled ...": the subject carries the date
    if any(_opening_noun_date(a, tokens, group, e.start - sent.start) for e in points):
        return None, None, False  # "A 1996 law named for him ... strengthened the embargo": the noun phrase before
    perfect = group.words[0].text.lower() in _HAVE_OR_HAD
    if _perfect_progressive(group) and any(e.type == TimexType.DURATION for e in dates):
        return None, None, False  # "has been working at the plant for 20 years": a stretch of time, not the day's doing
    if not headline and _then_apposition(tokens, text):
        return None, None, False  # "removed Vacco, then the U.S. attorney, from the case": told of that earlier time
    if not headline and _repeated(a, tokens, group):
        return None, None, False  # "have met several times": a record of the past, not the day's happening
    if not headline and _stretch_up_to_now(tokens, group, (a.clause_at(group.first) or (0, len(tokens)))[1]):
        return None, None, False  # "have carried out similar operations in recent weeks": not the day's happening
    if not headline and (_past_habit(tokens, group) or _habitual(a, tokens, group, dates, sent.start)):
        return None, None, False  # "used to sail the route every winter", "regularly visited": a habit of the past
    if not headline and _over_a_stretch(a, tokens, group, dates, sent.start):
        # "has served on the board for 20 years", "has won most prizes so far": a record of the past. Its
        # subject's coordinated happening is still the day's ("has worked there for 30 years and announced
        # his retirement").
        other = _coordinated(a, tokens, group)
        if other is None or not happening_group(tokens, other, headline=False) \
                or _over_a_stretch(a, tokens, other, dates, sent.start):
            return None, None, False
        group = other
        perfect = group.words[0].text.lower() in _HAVE_OR_HAD
    # A lead's present perfect reaches up to its publication whatever a relative clause dates ("The FBI has
    # released one of two men who were sought last week"): that date is the relative clause's event. (Not
    # an attribution's: in "..., sources said Monday" the news is Monday's.)
    relative_clause_counts = not (lead and perfect)
    # (Nor does a comparison's yardstick of figures that the main verb reports: "posted a net loss, versus net
    # income of $5.3 million a year earlier" is the day's report, the year-ago figure extraction's event at its
    # date. What the figures did stays of their own time: "Costs, compared with a year ago, were lifted".)
    reports_figures = not _lemmas(group.main.text).isdisjoint(FIGURES_REPORT_LEMMAS)
    # A lead's simple past too ("The board dismissed its engineer, six months after it hired him"): the lead is
    # the article's news, the length dates the earlier happening. (Not a past perfect: "had quit … two years
    # before she ran" tells of an earlier time.)
    lead_past = lead and not headline and len(group.words) == 1 and group.words[0].pos == "VBD"
    if any(e.type != TimexType.SET and _another_time(doc.text, e)
           and not (reports_figures and _yardstick(text, e, sent.start))
           and not ((perfect or lead_past) and _counts_up_to(doc.text, e)) and _dates_a_past_clause(
            a, tokens, group, e.start - sent.start, e.end - sent.start, relative_clause_counts=relative_clause_counts,
            background=not perfect and _background(text, e, sent.start, doc.published)) for e in own):
        # (A length of time sets no time unless it counts from something: "sold in the 6 weeks" does not.)
        # Another past happening of the sentence is dated ("Kopp vanished after the shooting, and the car was
        # found ... in December"): the sentence tells of that time, not of the publication day.
        return None, None, False
    if headline and tokens and tokens[0].pos in ("WRB", "WP"):
        return None, None, False  # "Why the euro still matters", "How ... won": analysis, not news
    # The lead's own rules below are for a lead with no date of its own: a dated one is extraction's, on the
    # timeline already ("said it plans a placement, to be completed around Nov. 1").
    dated = any(_calendar(e) for e in fit)  # (not one its tense refuses: see `_fit_for_tense`)
    # A quotation is the speaker's words, not the article's report; but its telling, done to an audience, is
    # a happening of the day when nothing else dates it ("``...,'' the minister told reporters").
    telling = _quotation_telling(a, text) if not dates and not headline and text.lstrip()[:1] in _QUOTES else None
    if text.lstrip()[:1] in _QUOTES and telling is None:
        return None, None, False
    if telling is not None:
        # (`main_group` may be a verb inside the quotation: a ‘single’ or «angled» one is not told from
        # apostrophes and counted in the tokens.) A simple past.
        group, perfect = telling, False
    undated_lead = lead and not dated
    # The lead is the article's news: a clause saying what it followed ("... was merged into Primerica after
    # shareholders cleared the transaction") does not move it off the dateline; a present perfect's "since"
    # still makes a state (all `_temporal_clause` looks for in a present perfect).
    if (perfect or not undated_lead) and _temporal_clause(a, tokens, perfect, group):
        return None, None, False
    frame: grammar.VerbGroup | None = None  # the reporting verb, when the news is what was said
    complement: grammar.VerbGroup | None = None  # its complement clause's verb group
    if telling is None and not happening_group(tokens, group, headline=headline):
        # "Acme said it bought ...": the reported happening, in any undated sentence of running text; "Acme said
        # it will cut jobs", "X says he is committed": the statement itself, in an undated lead; in the body,
        # a statement told in the simple past that says no state of things (`_body_statement`).
        report = _report(a, tokens, group, lead=lead, undated_lead=undated_lead) \
            if not dated and (not headline or lead) else None
        if report is None:
            # A negated verb reports nothing, but the subject's second verb may ("Jobs has not yet mentioned
            # why, but said he will stay", "Acme did not name the buyer but has sold the unit"). (Not after a
            # state: "NATO calls for ... and was brought into being with 12 members" is background.) Nor does a
            # present, how things stand, but a present perfect after it tells what has changed up to now
            # (`_present_tense`).
            other = _coordinated(a, tokens, group) if not dated and not headline and (
                _negated(tokens, group) or _present_tense(group)) else None
            if other is not None and not _negated(tokens, group) and (
                    not _present_perfect_group(other) or _lasting(a, tokens, other, dates, sent.start)):
                other = None
            if other is None and not dated and not headline and _past(group):
                # A past state's sentence may join a clause of its own that tells a happening ("Police kept watch
                # outside and about 25 undercover officers were scattered throughout the crowd").
                other = _joined_happening(a, tokens, group)
            if other is None:
                return None, None, False
            if happening_group(tokens, other, headline=False):
                group = other  # a happening of its own
            else:
                # (a body's statement, whatever sentence it is: the lead's own rules are for its main verb)
                report = _report(a, tokens, other, lead=False, undated_lead=False)
                if report is None:
                    return None, None, False
        if report is not None:
            frame, group, complement = report
            if group is not frame and group.words[0].text.lower() == "had" \
                    and _lasting(a, tokens, group, dates, sent.start):
                return None, None, False  # "said he had worked there for 20 years": a stretch of the past
            if group is not frame and _repeated(a, tokens, group):
                return None, None, False  # "said the man had been arrested twice": a record of the past
    if headline and frame is None and not _ends_sentence(text):  # (a first sentence as title: its clause)
        # (not the phrase of a word the page cut: "... after a limp d", `grammar.cut_word_end`)
        cut = grammar.cut_word_end(text)
        title = _shorten(_as_printed(without_kicker(text if cut is None else text[:cut].rstrip()), doc))
    else:
        names = grammar.document_names(doc.text)
        # A reported happening is titled with who reported it ("Acme says shareholders approved the
        # merger"): the complement alone often has only a pronoun for its subject ("It buys 2.7 million shares").
        title = (frame is not None and grammar.headline_clause(text, frame.start, frame.end, names=names)) \
            or grammar.headline_clause(text, group.start, group.end, names=names)
        if frame is not None and group is not frame and complement is not None and title \
                and not _carries(title, tokens, complement):
            # The frame's clause cut short before what it reports ("Lane says one of the two men", at an aside
            # "-- he did not know which one --"; "Dealers say the turnover", at ", largely confined to ...,"):
            # the reported happening's own clause says it, when that opens on the clause's subject (not on a
            # word of the aside's: "Columbia fell through" of "a plan to sell to a bank, of Columbia, fell through").
            own = grammar.headline_clause(text, group.start, group.end, names=names)
            if own and _opens_the_complement(own, tokens, frame, complement):
                title = own
        if not title:
            return None, None, False
        # "She also pledged …": a pronoun subject takes its antecedent from the sentences before.
        title = resolve_title_pronoun(title, doc, sent, (group.start, group.end), partial(_retitled, group, frame, names))
        if headline and pronoun_subject(title):
            # A first sentence that titles the article has no sentence before to say who "it" is: it stays whole.
            title = text.strip()
        if frame is group and complement is not None and not _carries(title, tokens, complement):
            return None, None, False  # a statement whose title says nothing of what was said ("Castro says")
        title = _shorten(title)
    # A statement is a statement, whatever it speaks of ("said he cannot confirm any evidence linking the
    # bombings"): the kind of the happenings it names would make it their news.
    statement = frame is not None and group is frame
    kind = "announcement" if statement and not undated_lead else None
    return _publication_candidate(doc, sent, text, group, title, why, kind=kind), None, statement


def _fit_for_tense(a: SentenceAnalysis, group: grammar.VerbGroup, dates: Sequence[TimeExpression], base: int,
                   published: dt.date, *, headline: bool) -> Sequence[TimeExpression]:
    """The dates of the sentence (at text offset `base`), in their order, but those that its main verb's tense
    says cannot be its time:

    * for a present perfect, a time still to come: the act is done by publication, and the date is the time of
      what was arranged ("has invited the ministers to a ceremony on March 12", "has scheduled a news
      conference for next Tuesday"; the arranging is the article's news). A simple past's is left to govern it:
      "declared a dividend, payable Dec. 15" is extraction's, at the day it names.
    * for a simple present outside a headline, a day more than `STORY_FRESH` gone, before the verb: a present
      tells of now ("With the finding of a rifle 11 days ago, the authorities say they have gathered enough
      evidence": the date is the finding's). A headline's present is a past, and a recent day may be a
      broadcast's ("says Tuesday"); one after the verb may date its complement ("says it received ... last
      year"), which the reporting frame then must not take for the day's news.
    """
    if _present_perfect_group(group):
        return [e for e in dates if not (e.first is not None and e.first > published)]
    if headline or group.auxiliaries or group.main.pos not in ("VBZ", "VBP"):
        return dates
    return [e for e in dates if not (e.last is not None and published - e.last > STORY_FRESH
                                     and bisect.bisect_right(a.token_ends, e.start - base) < group.first)]


def _reported_past_fit(a: SentenceAnalysis, tokens: Sequence[grammar.Token], group: grammar.VerbGroup,
                       dates: Sequence[TimeExpression], base: int, published: dt.date) -> Sequence[TimeExpression]:
    """`dates` (of the sentence at text offset `base`) but a time still to come after a simple past reporting
    verb `group` whose complement reports a happening already done: that time is no one's act of the day but a
    detail of what was done ("said holders of its debentures, due March 15, 2007, have elected to convert":
    the saying and the electing are the day's news, the due date a term of the bonds). Not when the complement
    is still to come ("said the deal will close on Dec. 1": the date is its time)."""
    if _reported_happening(a, tokens, group) is None:
        return dates
    return [e for e in dates if not _after_frame(a, group, e, base, published)]


def _reported_happening(a: SentenceAnalysis, tokens: Sequence[grammar.Token], group: grammar.VerbGroup
                        ) -> grammar.VerbGroup | None:
    """The verb group of the happening that `group`, a simple past reporting verb, reports ("said holders ... have
    elected to convert", "said it extended its closure"), or None. (None when it reports nothing done: "said the
    deal will close on Dec. 1".)"""
    if group.auxiliaries or group.main.pos not in ("VBD", "VBN") or not _lemmas(group.main.text) & REPORTING_LEMMAS:
        return None
    framed = _reporting_frame(a, tokens, group, present_states=False)
    return framed[1] if framed is not None and framed[0] is not group else None


def _after_frame(a: SentenceAnalysis, group: grammar.VerbGroup, e: TimeExpression, base: int,
                 published: dt.date) -> bool:
    """Is `e` (of the sentence at text offset `base`) a time still to come after the reporting verb `group`?"""
    return e.first is not None and e.first > published \
        and bisect.bisect_right(a.token_ends, e.start - base) > group.last


def reported_detail(sentence: str, e: TimeExpression, base: int, published: dt.date) -> bool:
    """Is the time `e` of `sentence` (at text offset `base`) a detail of a happening that the sentence's simple
    past reporting verb reports (`_reported_past_fit`), so that it dates no happening at all: neither the
    saying, nor what was done ("said holders of its bonds, due March 15, 2007, have sold them back", "said it
    extended its closure until Friday")? One sentence, one happening: extraction asks this too. (Not a time that a
    later verb of the reported clause takes: "said it had corrected the problems and would start producing chips
    next week", "said he subpoenaed Elian to testify on Feb. 10" date the starting and the testifying.)"""
    if e.first is None or e.first <= published:
        return False
    a = grammar.analyse_sentence(sentence)
    group = main_group(a)
    if group is None or not _after_frame(a, group, e, base, published):
        return False
    happening = _reported_happening(a, a.tokens, group)
    if happening is None:
        return False
    tokens = a.tokens
    at = bisect.bisect_right(a.token_ends, e.start - base)
    if at < happening.first or at > 1 and tokens[at - 2].text == "," and tokens[at - 1].pos not in ("IN", "TO") \
            and not tokens[at - 1].pos.startswith("VB"):
        # In the reported clause's subject, or a noun's term set off by commas, one word before the date ("holders
        # of its bonds, due March 15, 2007, have sold": the tagger may take a participle before it for the
        # reported verb, "subordinated debentures", and "due" for a name).
        return True
    # After its verb, only a limit of what was done is a detail: "extended its closure until Friday" (no later
    # verb between). A plain adverbial is that happening's own time, which a past verb says is gone: "said it
    # earned $5 million in the third quarter" is no detail even where the tagger took the quarter for one to come.
    return at > 0 and tokens[at - 1].text.lower() in _LIMIT_WORDS \
        and not any(t.pos.startswith("VB") for t in tokens[happening.last + 1:at])


_LIMIT_WORDS = frozenset({"until", "till", "through", "thru"})  # (a closed class: what a limit of time opens with)


def _publication_candidate(doc: Document, sent: Sentence, text: str, group: grammar.VerbGroup, title: str,
                           why: str, *, kind: str | None = None) -> Candidate:
    """The happening whose verb group is `group` in sentence `sent` (its `text`), which the article reports
    with no date: at its publication date, titled `title`, `why` its explanation."""
    start, end = sent.start + group.start, sent.start + group.end
    assert doc.published is not None
    mention = Mention(doc.id, start, end, doc.text[start:end], sent.start, sent.end, dated=False, inferred=True)
    return Candidate(mention, doc.published, doc.published, Precision.DAY,
                     kind or _own_kind(doc.text, start, end, sent), title, text, actors_in(text),
                     inferred=True, explanation=why, reported=True)


# What parts a clause from the words before it within a sentence: its subject opens after the last of them.
_CLAUSE_MARKS = re.compile(r"[,;:(\u2013\u2014]")


def _own_kind(text: str, start: int, end: int, sent: Sentence) -> str:
    """The kind of the happening told by the verb group text[start:end] of sentence `sent`: the nearest the
    sentence names, its verb's own first. But a verb of harm says which harm by its subject: when the first word
    of a kind in its clause's words before the verb names another of the verb's family, that one ("A strong
    earthquake has struck": a disaster, not an attack; "The attack killed ten": an attack)."""
    kind = kind_near(text, start, end, sent.start, sent.end)
    family = _FAMILY.get(kind)
    if family is not None and first_kind(text[start:end]) == kind:
        lo = max(sent.start, start - KIND_NEAR_REACH)
        opens = max((m.end() for m in _CLAUSE_MARKS.finditer(text, lo, start)), default=lo)
        named = first_kind(text[opens:start])
        if named != kind and _FAMILY.get(named) == family:
            return named
    return kind


def _retitled(group: grammar.VerbGroup, frame: grammar.VerbGroup | None, names: frozenset[str], text: str,
              moved: Callable[[tuple[int, int]], tuple[int, int]]) -> str:
    """`_sentence_news`'s title again, for `text` where a pronoun took its antecedent (`moved` maps the old
    sentence's spans to it): the frame's clause first, else the reported group's."""
    title = None
    if frame is not None:
        title = grammar.headline_clause(text, *moved((frame.start, frame.end)), names=names)
    return title or grammar.headline_clause(text, *moved((group.start, group.end)), names=names) or ""


def _family(kind: str) -> str:
    return _FAMILY.get(kind, kind)


def resolve_news(items: dict[str, list[NewsItem]], candidates: Iterable[Candidate],
                 documents: Sequence[Document], *,
                 on_error: Callable[[Document, Exception], None] | None = None) -> list[Candidate]:
    """The news candidates of every article, each either kept at its publication date or, when it clearly
    names a happening that some other sentence dates (same kind, two shared participants, dated within
    `NAMED_WINDOW` before publication), turned into an undated mention of that happening. A body sentence
    next to one so resolved, or right after one dated earlier, is dropped: its neighbours date its story.

    With `on_error`, a failure while reading one article's news is given to it with that article, whose news
    is then left out: the other articles keep theirs (without it, the failure is raised)."""
    # (family, participant) → its dated candidates sorted by date, for a bisected window per lookup, and beside
    # them their numbers in `candidates` (ties go to the earliest). Two flat rows a key, not a tuple a candidate and
    # participant: made with every candidate alive, that many small objects took arenas of their own, which the
    # news' copies made meanwhile kept resident after the index went (0.6 bytes per character of dense news).
    index: dict[tuple[str, str], _DatedRows] = {}
    with_events: set[str] = set()  # the documents extraction found an event in
    own_days: dict[str, list[Candidate]] = {}  # a document → its dated days (`_body_day_of_headline`)
    for n, c in check_every(enumerate(candidates), 1024):
        with_events.add(c.doc_id)
        if c.first is None or c.period or c.offset is not None or c.relation or c.reported \
                or not c.dated or c.kind in _VAGUE_KINDS or c.precision != Precision.DAY \
                or c.first != c.last:  # a span of days ("less than two weeks ago") names no one day
            continue
        own_days.setdefault(c.doc_id, []).append(c)
        family = _family(c.kind)
        for actor in c.actors:
            rows = index.get((family, actor))
            if rows is None:
                rows = index[(family, actor)] = _DatedRows([], array("q"))
            rows.candidates.append(c)
            rows.numbers.append(n)
    for rows in check_every(index.values()):
        rows.sort_by_date()
    no_happening: dict[int, bool] = {}  # id(candidate) → `_dates_no_happening` (the candidates outlive it)
    out: list[Candidate] = []
    for doc in documents:
        before = len(out)
        try:
            if doc.story_days:
                # A page of several stories: each story's news is resolved as its own article's, around its own day.
                by_story: dict[int, tuple[list[NewsItem], list[Candidate]]] = {}
                for item in items.get(doc.id, ()):
                    by_story.setdefault(doc.story_index_at(item.candidate.start), ([], []))[0].append(item)
                for c in own_days.get(doc.id, ()):
                    by_story.setdefault(doc.story_index_at(c.start), ([], []))[1].append(c)
                for k in sorted(by_story):
                    story_items, story_days = by_story[k]
                    _resolve_article(doc if k < 0 else doc.as_story_at(k), story_items, with_events, index,
                                     no_happening, out, story_days)
            else:
                _resolve_article(doc, items.get(doc.id, ()), with_events, index, no_happening, out,
                                 own_days.get(doc.id, ()))
        except Exception as exc:
            if on_error is None:
                raise
            del out[before:]  # (what this article had added before it failed)
            on_error(doc, exc)
    return out


def _resolve_article(doc: Document, items: Iterable[NewsItem], with_events: set[str],
                     index: dict[tuple[str, str], _DatedRows],
                     no_happening: dict[int, bool], out: list[Candidate],
                     own_days: Sequence[Candidate] = ()) -> None:
    """`resolve_news` for one article: its news candidates appended to `out` (`own_days`: its dated days)."""
    resolved_at: dict[int, Candidate] = {}  # an item's sentence → the dated happening it was found to name
    old_news = False  # the headline or lead names a happening of an earlier day than the article's
    kept: list[NewsItem] = []
    for item in check_every(items, 16):
        c = item.candidate
        if item.role == "fallback":
            # The lead of an article with no other news (`NewsWalk._fallback`): its only event, if it has none.
            if doc.id not in with_events:
                out.append(c)
            continue
        if not c.reported:
            out.append(c)  # dated by the sentence before it: the story goes on
            continue
        # The saying of a quotation goes with the sentence before ("Albright accepted the papers ... ``Hallelujah,''
        # Albright exclaimed."): a mention of the dated happening that sentence names, when it names one.
        # (Not itself a neighbour that dates the sentence after: it names nothing.)
        if item.quoting:
            target = resolved_at.get(item.index - 1)
            if target is not None:
                out.append(replace(c, first=target.first, last=target.last, precision=target.precision,
                                   reported=False, explanation=""))
            else:
                kept.append(item)
            continue
        target = _named(c, doc, index, no_happening) if c.kind not in _VAGUE_KINDS else None
        if target is None and item.role in ("headline", "lead"):
            # "Flood kills seven miners" over "The flood struck on Friday": the body's own day of the headline's
            # happening, not the report's
            target = _body_day_of_headline(c, doc, own_days, no_happening)
        if target is not None and item.role != "headline" \
                and doc.published is not None and target.last is not None \
                and doc.published - target.last > NOT_SIMPLE_PAST_REACH \
                and not item.own_simple_past:  # (`_simple_past(c.sentence, c.start - c.sentence_start)`)
            # A sentence below the headline whose reported verb is in the present perfect or present ("have
            # frightened away travelers", a month after the visit) tells how things stand at writing: the
            # happening of many days before that shares its kind and names is another one, not this
            # sentence's. (A headline's present names the story's happening, however old.)
            target = None
        if target is not None:
            resolved_at[item.index] = target
            if item.role != "body" and doc.published is not None and target.first is not None \
                    and target.first < doc.published:
                old_news = True
            out.append(replace(c, first=target.first, last=target.last, precision=target.precision,
                               reported=False, explanation=""))
        else:
            kept.append(item)
    for item in kept:
        # (A headline naming the day's own dated happening, "Apple launches 3G iPhone" beside "... launches
        # ... today", is the day's news: its body still reports that day.)
        if old_news and item.role == "body":
            continue  # the article's news is an earlier happening: its body tells that story
        if item.dated_nearby or item.index - 1 in resolved_at or item.index + 1 in resolved_at:
            continue
        out.append(item.candidate)


def _subject_head(a: SentenceAnalysis, group: grammar.VerbGroup | None) -> str | None:
    """The head noun of `group`'s subject, lower-cased and without a plural's "s" ("earthquake" of "The
    3.4-magnitude earthquake", of "Earthquake in China"): its last noun before a preposition. None for a pronoun or
    no subject."""
    if group is None:
        return None
    subject = a.subject_of(group)
    if subject is None:
        return None
    head = None
    for t in a.tokens[subject[0]:subject[1]]:
        if t.pos in ("IN", "TO", ",", "WDT", "WP"):
            break
        if t.pos.startswith("NN"):
            head = t.text.lower()
    return head.removesuffix("s") if head else None


def _told_act(c: Candidate) -> tuple[str | None, frozenset[str]]:
    """The subject's head noun (`_subject_head`) and the verb lemmas of the verb group that candidate `c`'s mention
    stands in or belongs to (its date's owner)."""
    a = grammar.analyse_sentence(c.sentence)
    group = _owner(a, bisect.bisect_right(a.token_ends, c.start - c.sentence_start))
    return _subject_head(a, group), (_lemmas(group.main.text) if group is not None else frozenset())


def _body_day_of_headline(c: Candidate, doc: Document, own_days: Sequence[Candidate],
                          memo: dict[int, bool]) -> Candidate | None:
    """The dated happening of the article's body that its undated headline or lead `c` tells again with its own
    day: a day of the news before the publication (within `STORY_FRESH`), of the same kind, whose verb has the
    same subject by its head noun, and either does the same act ("Gunman kills three in Leeds" over "The gunman
    killed three people on Friday night") or has for subject a noun that names the happening itself ("Earthquake
    in China Kills 7 People" over "The 3.4-magnitude earthquake struck Sunday afternoon": the quake's Sunday, not
    the officials' Monday report). A person or a body doing something else on another day ("Ritter, who arrived
    Thursday") is another happening. The latest such day, or None."""
    if doc.published is None or not own_days:
        return None
    head, acts = _told_act(c)
    if head is None:
        return None
    happening_noun = kind_of_word(head) not in (None, *_VAGUE_KINDS)
    family = _family(c.kind)
    found: Candidate | None = None
    for other in own_days:
        if other.first is None or not dt.timedelta(0) < doc.published - other.first <= STORY_FRESH \
                or _family(other.kind) != family or other.sentence_start == c.sentence_start \
                or (found is not None and found.first >= other.first):  # type: ignore[operator]
            continue
        other_head, other_acts = _told_act(other)
        if other_head == head and (happening_noun or not acts.isdisjoint(other_acts)) \
                and not _dates_no_happening(other, memo):
            found = other
    return found


class _DatedRows(NamedTuple):
    """`resolve_news`' dated candidates of one (family, participant): sorted by date (`sort_by_date`), each with
    its number in the order given (`numbers[k]` is `candidates[k]`'s)."""

    candidates: list[Candidate]
    numbers: array

    def sort_by_date(self) -> None:
        """By date, and within a date by number: added in the order of their numbers, a stable sort by date
        keeps that order among the candidates of one date."""
        candidates, numbers = self.candidates, self.numbers
        if len(candidates) < 2:
            return
        order = sorted(range(len(candidates)), key=lambda k: candidates[k].first)
        candidates[:] = [candidates[k] for k in order]
        numbers[:] = array("q", [numbers[k] for k in order])


_NO_ROWS = _DatedRows([], array("q"))
_first_date = attrgetter("first")


def _named(c: Candidate, doc: Document, index: dict[tuple[str, str], _DatedRows],
           memo: dict[int, bool]) -> Candidate | None:
    """The dated happening that candidate `c` names, if one is clear (`memo`: `_dates_no_happening`'s)."""
    assert doc.published is not None
    lo, hi = doc.published - NAMED_WINDOW, doc.published
    shared: dict[int, tuple[int, Candidate]] = {}
    family = _family(c.kind)
    for actor in c.actors:
        rows, numbers = index.get((family, actor), _NO_ROWS)
        a = bisect.bisect_left(rows, lo, key=_first_date)
        b = bisect.bisect_right(rows, hi, key=_first_date)
        for k in range(max(a, b - 16), b):  # the most recent few suffice
            other, n = rows[k], numbers[k]
            if other.sentence_start == c.sentence_start and other.doc_id == doc.id:
                continue
            count, _ = shared.get(n, (0, other))
            shared[n] = (count + 1, other)
    # Ties go to the earliest candidate, not to whichever `c.actors` (a frozenset, ordered by string hashes
    # that change from process to process) happened to reach first: the same input, the same timeline.
    # A dated sentence whose date's verb reports nothing ("As of Wednesday, Ruiz still had not signed an
    # agreement"; "``Today is a sad day for ... Elian's mother, who died ...''") dates no happening of its kind:
    # it is passed over, and the next best taken.
    ranked = sorted(((count, other.first, -n, other) for n, (count, other) in shared.items() if count >= 2),
                    key=lambda r: r[:3], reverse=True)
    return next((other for _, _, _, other in ranked if not _dates_no_happening(other, memo)), None)


def _dates_no_happening(c: Candidate, memo: dict[int, bool]) -> bool:
    """Is the verb that a dated candidate's date belongs to negated ("had not signed ... as of Wednesday"), or a
    present state ("Today is a sad day")? (`memo`: by the candidate's identity; only the few candidates that
    news sentences name are asked.)"""
    found = memo.get(id(c))
    if found is None:
        a = grammar.analyse_sentence(c.sentence)
        group = _owner(a, bisect.bisect_right(a.token_ends, c.start - c.sentence_start))
        found = memo[id(c)] = group is not None and (_negated(a.tokens, group) or (
            not group.auxiliaries and group.main.pos in ("VBZ", "VBP") and _is_reporting_or_state(group.main.text)))
    return found
