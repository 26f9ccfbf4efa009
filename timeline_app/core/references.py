"""Definite references to a happening the article itself dates: "the murder", "the bombings", "Slepian's slaying".

An article that dates a killing ("Slepian was shot to death on Oct. 23") goes on to name it without a date
again and again: "the investigation into the murder", "10 days before the shooting", "Slepian's slaying".
Each of those sentences reports that happening too, so each becomes an undated mention of it
(`Mention.dated` False, the referring word as its span), and merging files it with the dated report (the
same article, kind, dates and people).

Which happening: per family of kinds (harm: a death, an attack or a disaster, which news reports as one;
an occasion: a visit, a meeting or a ceremony; each other kind on its own), the one the article dates to a
day, month or year in a title that names that kind; of several that contain one another, the finest ("last
month's shooting death", "shot on Oct. 23"); of several others, the only one dated to a day within `RECENT`
before publication, and then the only one naming someone the article's title names (its story). Otherwise
none: with two dated killings "the murder" could be either. When the article tells of its own undated news
of that family first ("Apple and Apple Corps reach an agreement"), "the agreement" is that news.

Which words: a noun (NN/NNS by the part-of-speech tagger) of that kind after a definite determiner or a
possessive, with at most two modifiers between ("the murder", "these senseless attacks", "Slepian's
slaying"), or a past verb of that kind in a sentence naming one of the happening's people ("days after a
sniper killed Dr. Barnett Slepian"). Not "a homicide" (a sort of happening), "the killer" (a doer), "this new
agreement" or "the strongest quake since 1986" (another one, a class to compare with), "the 1992 protests"
(its own date); a death names a death, or a violent happening to someone the article's title names, not
"He has been fighting cancer". A sentence that already reports the happening's dates, or dates holding them
("last month's shooting death"), adds nothing. A length of time counted from it ("a jogger saw the car 10
days before the murder", "the day after his death") also dates the sentence's own happening: that many days,
weeks, months or years before or after the happening's day.

Linear: the kind words of a sentence are found by one regular-expression scan, and only a sentence holding one
of the article's kinds is tagged (the grammar module caches the tagging).
"""
from __future__ import annotations

import bisect
import datetime as dt
import itertools
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass

from timeline_app.core import grammar
from dateutil.relativedelta import relativedelta

from timeline_app.core.extraction import Candidate, SpanIndex, actors_in, kind_near, kind_of_word
from timeline_app.core.model import Document, Mention, Precision, human_date
from timeline_app.core.progress import check_every

# Kinds that say too little to tell one happening from another ("event": nothing said; "economy": any price).
VAGUE_KINDS = frozenset({"event", "announcement", "economy", "period"})
# Kinds that news reports of one happening ("bombs exploded, killing dozens": an attack and deaths).
FAMILY = {"death": "harm", "conflict": "harm", "disaster": "harm", "visit": "occasion", "meeting": "occasion"}
# Kind words that name a body or a thing rather than a happening ("the court", "the polls").
NOT_HAPPENINGS = frozenset({"court", "courts", "polls", "ballot", "ballots", "forms", "shell", "shells",
                            "missile", "missiles", "host", "hosts", "contract", "contracts"})
_DETERMINERS = frozenset({"the", "this", "that", "these", "those", "his", "her", "its", "their", "our"})
# Modifiers that make it another happening than the one dated ("this new agreement", "the next summit").
_ANOTHER = frozenset({"new", "another", "other", "next", "second", "third", "latest", "future", "proposed",
                      "planned", "upcoming", "previous", "earlier", "last", "first", "former", "possible"})
# (No comparative or superlative: "the strongest quake since 1986" names a class to compare with.)
_MODIFIERS = frozenset({"JJ", "NN", "NNP", "VBN", "VBG", "RB"})
_WORD = re.compile(r"[A-Za-z]+")
RECENT = dt.timedelta(days=60)  # a follow-up article's news is at most this old
MAX_SENTENCE = 600  # characters; longer "sentences" are tables or run-on pages, not read for references


def family(kind: str) -> str:
    return FAMILY.get(kind, kind)


# A day, a month or a year: what a happening is dated to. A week, a season or a quarter ("last week", "this
# fall") spans happenings of other days that a reference could as well name.
_CALENDAR_UNITS = frozenset({Precision.DAY, Precision.MONTH, Precision.YEAR})


def _dated_happening(c: Candidate) -> bool:
    """A happening the article dates with a date phrase of its own, to a day, month or year (not a previous
    one implied by "first since", one dated only by its order to another, a named period, or one dated by the
    publication day)."""
    return c.dated and c.first is not None and not c.period and c.offset is None and not c.relation \
        and not c.reported and not c.explanation.startswith("implied") and c.kind not in VAGUE_KINDS \
        and c.precision in _CALENDAR_UNITS


def _title_kinds(c: Candidate) -> set[str]:
    """The kinds of happening the words of a candidate's title name ("shot to death": conflict, death)."""
    return {k for w in _WORD.findall(c.title) if (k := kind_of_word(w.lower())) is not None}


def _names(kind: str, title_kinds: set[str]) -> bool:
    """Can a noun of this kind name a happening whose title says these kinds? One of the same family can ("the
    attack on Slepian" for "Slepian was killed", "his trip" for "the meeting"), but a death names only a death
    ("Jobs' death" is not "He has been fighting cancer")."""
    return kind in title_kinds or kind != "death" and family(kind) in {family(k) for k in title_kinds}


def _names_its_kind(c: Candidate) -> bool:
    """Does the candidate's title itself name its kind of happening ("Slepian was shot to death")? A kind
    read only from the rest of its sentence may come from a reference ("searched the site of the shooting")."""
    return any(family(k) == family(c.kind) for k in _title_kinds(c))


def _story(stories: Sequence[int], at: int) -> int:
    """Which story of a page of several the text at `at` is in (`Document.story_index_at`, from the later
    stories' starts): -1 for the first, and for every place of a page of one story."""
    return bisect.bisect_right(stories, at) - 1 if stories else -1


def _in_story(f: str, story: int) -> str:
    """A family's key within one story of its page: a page's stories are, for a reference, as good as two
    articles ("the creation" in a story of a new holiday names no flag another story dates to 1970), so each
    story has its own targets and its own first news. The family itself on a page of one story."""
    return f if story < 0 else f"{f}\0{story}"


def _first_news(ours: Sequence[Candidate], stories: Sequence[int] = ()) -> dict[str, int]:
    """Where the article first tells of its own undated news of each family (a reported happening's
    mention is its verb group): "Apple and Apple Corps reach an agreement" before "the 1991 agreement"
    makes "the agreement" that news, so the family names no dated happening. Per story of a page of several
    (`stories`, the later ones' starts: the keys are `_in_story`'s)."""
    first_news: dict[str, int] = {}
    for c in check_every(ours, 1024):
        if not c.reported:
            continue
        verb = _WORD.findall(c.phrase)
        kind = kind_of_word(verb[-1].lower()) if verb else None
        if kind is not None:
            f = _in_story(family(kind), _story(stories, c.start))
            first_news[f] = min(first_news.get(f, c.start), c.start)
    return first_news


def _family_targets(doc: Document, ours: Sequence[Candidate]) -> dict[str, tuple[int, Candidate]]:
    """The one happening per family that a definite reference in this article names, where one is clear,
    before the article's own undated news is heard (`_first_news`; a family whose news comes before its first
    dated happening names none): per family, where its first dated happening opens and the one a reference
    names. That one is, among the dated happenings whose titles name that kind, the finest of those that
    contain one another ("last month's shooting death" and "shot on Oct. 23"); if several remain, the only
    one dated to the day within `RECENT` before publication (the news the article follows up), and of those
    the only one naming someone the article's title names. (Only dated candidates count here, so this part
    never depends on the news that `news.resolve_news` settles across articles.)"""
    by_family: dict[str, list[Candidate]] = {}
    for c in check_every(_sorted_by(ours, _mention_start)):
        # (not one still to come when the article was written: "the vote" in "told reporters shortly after the
        # vote" is not the "Senate vote expected next month"; a plan is named by its own sentences)
        if _dated_happening(c) and _names_its_kind(c) and (doc.published is None or c.first <= doc.published):
            by_family.setdefault(family(c.kind), []).append(c)
    targets: dict[str, tuple[int, Candidate]] = {}
    for f, found in by_family.items():
        finest = finest_intervals(found)
        if len({(c.first, c.last) for c in finest}) > 1 and doc.published is not None:
            finest = [c for c in finest if c.first == c.last and  # type: ignore[operator]
                      dt.timedelta(0) <= doc.published - c.first <= RECENT]  # type: ignore[operator]
        if len({(c.first, c.last) for c in finest}) > 1:
            # Still several: the one about the people the article's title names is the article's story.
            headline = actors_in(doc.title)
            finest = [c for c in finest if c.actors & headline]
        if len({(c.first, c.last) for c in finest}) == 1:
            targets[f] = (found[0].start, finest[0])
    return targets


def finest_intervals(found: Sequence[Candidate]) -> list[Candidate]:
    """Of dated happenings that may contain one another, the finest: taken from the narrowest dates up (ties by
    position), each one kept unless its dates contain (or equal) those of one kept already; in that order.

    Kept ones never contain one another, so sorted by first day they are sorted by last day too: the kept
    one with the earliest first day on or after c's has the earliest last day of all those starting within
    c, and c contains a kept one exactly when it contains that one. One bisection per candidate instead of a
    scan of every kept one (quadratic over a page of thousands of dated visits)."""
    finest: list[Candidate] = []
    firsts: list[dt.date] = []  # the kept ones' first days, sorted; lasts[k] is the same one's last day
    lasts: list[dt.date] = []
    # Sorted by (width, start): by start (`found` is mostly in order already), then into buckets by the width in
    # days, a small int, in that order (a (timedelta, start) tuple per candidate was the peak of a whole extract
    # of dense news, where one family holds most of its candidates: 1 byte per character). Buckets, not a sort
    # with a Python key: that was one call over a dense page's candidates, ~0.3 s at 10 MB with no check for
    # Cancel; the buckets are filled and read with checks.
    by_width: dict[int, list[Candidate]] = {}
    for c in check_every(_sorted_by(found, _mention_start), 1024):
        by_width.setdefault(_width(c), []).append(c)
    for c in check_every(itertools.chain.from_iterable(by_width[w] for w in sorted(by_width)), 1024):
        # (A kept one containing c is never wider than c, so it would have c's very dates: c contains it too.)
        k = bisect.bisect_left(firsts, c.first)
        if k < len(firsts) and lasts[k] <= c.last:  # type: ignore[operator]
            continue
        firsts.insert(k, c.first)  # type: ignore[arg-type]
        lasts.insert(k, c.last)  # type: ignore[arg-type]
        finest.append(c)
    return finest


def in_article_references(doc: Document, candidates: Sequence[Candidate]) -> list[Candidate]:
    """Undated mentions, one per sentence, of the happening of each family that `doc` dates clearly
    (`_family_targets`), wherever a sentence names it with a definite noun (see the module's docstring).
    `candidates` are the document's own (extraction's and the news module's)."""
    return finish_references(plan_references(doc, candidates))


@dataclass(frozen=True)
class ReferencePlan:
    """A document's references worked out from some of its candidates, before the rest (its undated
    news) is known: `finish_references` settles them with that news. Everything costly (scanning every
    sentence, tagging the ones that name a happening, the checks on each noun) is here, so it runs with
    the document's other per-document work (in a worker process; core/analysis.py), and only the cheap
    part that depends on news settled across articles (`news.resolve_news`) runs after it.

    `families`: per family with a target, (where its first dated happening opens, where the candidates
    planned from first tell of their own undated news of it or None, the target's first day, its last day).
    `found`: every reference found with every family's target in force, in the output's order, each as
    (its family, its sentence's start, the candidate). On a page of several stories each family is one
    story's (`_in_story`): a reference names only a happening its own story dates."""

    document: str  # Document.id: news of other documents is not this one's
    length: int  # the document's length: no news told means "told after everything"
    families: dict[str, tuple[int, int | None, dt.date | None, dt.date | None]]
    found: tuple[tuple[str, int, Candidate], ...]
    # On a page of several stories (`Document.story_days`), where each later one starts: the families are
    # then per story (`_in_story`). Empty for a page of one story.
    stories: tuple[int, ...] = ()


def plan_references(doc: Document, candidates: Sequence[Candidate]) -> ReferencePlan:
    """`in_article_references` up to the undated news not among `candidates` (see `ReferencePlan`)."""
    ours = [c for c in check_every(candidates, 1024) if c.doc_id == doc.id]
    stories = tuple(at for at, _day in doc.story_days)
    if stories:  # a page of several stories: each story's targets among its own happenings, from its own day
        by_story: dict[int, list[Candidate]] = {}
        for c in ours:
            by_story.setdefault(_story(stories, c.start), []).append(c)
        opened = {_in_story(f, k): found for k, own in by_story.items()
                  for f, found in _family_targets(doc if k < 0 else doc.as_story_at(k), own).items()}
    else:
        opened = _family_targets(doc, ours)
    first_news = _first_news(ours, stories)
    families = {f: (opens, first_news.get(f), target.first, target.last) for f, (opens, target) in opened.items()}
    if not opened:
        return ReferencePlan(doc.id, len(doc.text), families, (), stories)
    # Found with every family's target: news heard later can only take a family's target away (its own
    # undated news told first) or say that a sentence reports it already; each family's references in a
    # sentence are found independently of the other families'.
    targets = {f: target for f, (_opens, target) in opened.items()}
    headline = actors_in(doc.title)
    # The dates a sentence's candidates give, and where their date phrases start, are looked up in `ours`
    # by bisection (sorted as extraction gives them: no copy), only for the few sentences that name a
    # happening: tables of them for every sentence (a set of dates per dated sentence, a set of every date
    # phrase's start) were the peak of a whole extract of dense news (0.7 bytes per character at 10 MB).
    by_sentence = _sorted_by(ours, _sentence_start)
    by_start = _sorted_by(ours, _mention_start)
    excluded = SpanIndex(doc.excluded)
    out: list[tuple[str, int, Candidate]] = []
    for sent in check_every(doc.sentences):
        if sent.end - sent.start > MAX_SENTENCE or excluded.overlaps(sent.start, sent.end):
            continue
        text = doc.text[sent.start:sent.end]
        # The cheap test first: most sentences name none of the article's happenings. The kinds their words
        # name are looked up by C-level maps (no Python step per word); offsets only where one is wanted.
        kinds = set(map(kind_of_word, map(str.lower, _WORD.findall(text))))
        kinds.discard(None)
        story = _story(stories, sent.start)
        wanted = {f for k in kinds if _in_story(f := family(k), story) in targets}
        if not wanted:
            continue
        words = [(m.start(), m.group(0)) for m in _WORD.finditer(text)]
        tokens = grammar.tag_words(text)
        starts = [t.start for t in tokens]
        done: set[str] = set()
        for at, word in words:
            kind = kind_of_word(word.lower())
            f = family(kind) if kind is not None else ""
            if f not in wanted or f in done or word.lower() in NOT_HAPPENINGS or _agent(word.lower()):
                continue
            target = targets[_in_story(f, story)]
            if _covers(_dates_of_sentence(by_sentence, sent.start), target.first, target.last):
                done.add(f)  # the sentence reports it already, maybe coarser ("last month's shooting death")
                continue
            if not _names(kind, _title_kinds(target)) and not (kind == "death" and target.actors & headline):
                continue  # (a violent happening to someone the title names may be the death it tells of)
            i = bisect.bisect_left(starts, at)
            if i >= len(tokens) or tokens[i].start != at:
                continue
            if not _definite_noun(tokens, i) and not (
                    tokens[i].pos in ("VBD", "VBN") and actors_in(text) & target.actors):
                continue  # nor a past verb of it with one of its people ("a sniper killed Dr. Barnett Slepian")
            own = _OWN_DATE.match(text, at + len(word))
            if own is not None and _date_phrase_at(by_start, sent.start + own.end()):
                continue  # "the embassy bombings, on Aug. 7, killed ...": dated right there, by a date of its own
            done.add(f)
            start, end = sent.start + at, sent.start + at + len(word)
            mention = Mention(doc.id, start, end, doc.text[start:end], sent.start, sent.end, dated=False,
                              inferred=True)
            key = _in_story(f, story)
            out.append((key, sent.start, Candidate(mention, target.first, target.last, target.precision, target.kind,
                                                   target.title, text, target.actors, inferred=True)))
            counted = _counted_from(doc, sent.start, text, at, target)
            if counted is not None:
                out.append((key, sent.start, counted))
    return ReferencePlan(doc.id, len(doc.text), families, tuple(out), stories)


def finish_references(plan: ReferencePlan, news: Sequence[Candidate] = ()) -> list[Candidate]:
    """The references of `plan`'s document once `news` (more of its candidates, every one undated: a
    reported happening's mention is its verb group) is known as well: exactly
    `in_article_references(doc, planned + news)`. A family whose own undated news now comes before its
    first dated happening has no target; a sentence whose news holds the target's dates reports it already."""
    news = [c for c in news if c.doc_id == plan.document]
    if any(c.dated for c in news):
        raise ValueError("finish_references takes undated candidates only; plan with the dated ones")
    first_news = _first_news(news, plan.stories)
    live: dict[str, tuple[dt.date | None, dt.date | None]] = {}
    for f, (opens, planned_news, first, last) in plan.families.items():
        told = min(first_news.get(f, plan.length), plan.length if planned_news is None else planned_news)
        if not told < opens:
            live[f] = (first, last)
    if not live:
        return []
    reported: dict[int, set[tuple[dt.date | None, dt.date | None]]] = {}
    for c in news:
        reported.setdefault(c.sentence_start, set()).add((c.first, c.last))
    return [c for f, sentence, c in plan.found
            if f in live and not _covers(reported.get(sentence, ()), *live[f])]


def _width(c: Candidate) -> int:
    return c.last.toordinal() - c.first.toordinal()  # type: ignore[union-attr]


def _sentence_start(c: Candidate) -> int:
    return c.sentence_start


def _mention_start(c: Candidate) -> int:
    return c.start


def _sorted_by(candidates: Sequence[Candidate], key: Callable[[Candidate], int]) -> Sequence[Candidate]:
    """`candidates` with an int `key`, sorted by it (stably): the sequence itself when it is already (one pass).
    The keys are read with checks for Cancel (`check_every`): the sort itself is then of ints, in C."""
    previous = None
    for c in check_every(candidates, 1024):
        k = key(c)
        if previous is not None and k < previous:
            keys = [key(c) for c in check_every(candidates, 1024)]
            return [candidates[i] for i in sorted(range(len(keys)), key=keys.__getitem__)]
        previous = k
    return candidates


def _dates_of_sentence(by_sentence: list[Candidate], start: int) -> Iterator[tuple[dt.date | None, dt.date | None]]:
    """The (first, last) dates of the candidates whose sentence starts at `start` (`by_sentence`: sorted so)."""
    i = bisect.bisect_left(by_sentence, start, key=_sentence_start)
    while i < len(by_sentence) and by_sentence[i].sentence_start == start:
        yield by_sentence[i].first, by_sentence[i].last
        i += 1


def _date_phrase_at(by_start: list[Candidate], at: int) -> bool:
    """Does a dated candidate's date phrase start at `at` (`by_start`: sorted by the mentions' starts)?"""
    i = bisect.bisect_left(by_start, at, key=_mention_start)
    while i < len(by_start) and by_start[i].start == at:
        if by_start[i].dated:
            return True
        i += 1
    return False


def _covers(dates: Iterable[tuple[dt.date | None, dt.date | None]], first: dt.date | None,
            last: dt.date | None) -> bool:
    """Does one of a sentence's (first, last) dates hold the happening's whole span?"""
    return any(a is not None and b is not None and a <= first and last <= b  # type: ignore[operator]
               for a, b in dates)


_NUMBERS = {"a": 1, "an": 1, "one": 1, "the": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
            "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
# "10 days before the murder", "the day after his death", "two weeks after the attack": a length of time
# counted from the happening the reference names (at most two modifiers before its noun).
_COUNTED = re.compile(r"(?<![\w-])(?P<n>\d{1,3}|a|an|one|the|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
                      r"\s+(?P<unit>day|week|month|year)s?\s+(?P<rel>before|after)\s+"
                      r"(?:the|this|that|his|her|its|their|[A-Z][\w.'’-]*['’]s?)\s+(?:[\w-]+\s+){0,2}$",
                      re.IGNORECASE)
_UNIT_PRECISION = {"day": Precision.DAY, "week": Precision.DAY, "month": Precision.MONTH, "year": Precision.YEAR}


# The date phrase right after the referring noun: "the bombings, on Aug. 7,", "the vote in March".
_OWN_DATE = re.compile(r"\s*,?\s*(?:on|in|of)\s+")


def _counted_from(doc: Document, base: int, text: str, at: int, target: Candidate) -> Candidate | None:
    """The happening a sentence dates by a length of time from the referenced one ("A jogger saw the car 10
    days before the murder": 10 days before the murder's day), or None. Only from a happening dated at least
    as finely as the length's unit (a day counted from a month is no day), and only a count, not a vague
    stretch ("in the weeks before the shooting")."""
    m = _COUNTED.search(text, max(0, at - 60), at)
    if m is None or target.first is None or target.first != target.last:
        return None
    n_text, unit = m.group("n").lower(), m.group("unit").lower()
    if n_text == "the" and text[m.end("unit"):m.end("unit") + 1].lower() == "s":
        return None  # "the days before the slaying": a stretch, not a count
    n = int(n_text) if n_text.isdigit() else _NUMBERS[n_text]
    precision = _UNIT_PRECISION[unit]
    if target.precision is None or target.precision.rank > precision.rank:
        return None
    step = {"day": relativedelta(days=n), "week": relativedelta(weeks=n), "month": relativedelta(months=n),
            "year": relativedelta(years=n)}[unit]
    try:
        day = target.first - step if m.group("rel").lower() == "before" else target.first + step
    except (OverflowError, ValueError):
        return None
    first, last = day, day
    if precision == Precision.MONTH:
        first, last = day.replace(day=1), day.replace(day=1) + relativedelta(months=1, days=-1)
    elif precision == Precision.YEAR:
        first, last = day.replace(month=1, day=1), day.replace(month=12, day=31)
    title = grammar.headline_clause(text, m.start(), at + len(_WORD.match(text, at).group(0)),  # type: ignore[union-attr]
                                    names=grammar.document_names(doc.text))
    if not title:
        return None
    start, end = base + m.start(), base + at + len(_WORD.match(text, at).group(0))  # type: ignore[union-attr]
    mention = Mention(doc.id, start, end, doc.text[start:end], base, base + len(text), inferred=True)
    phrase = " ".join(doc.text[start:end].split())
    because = f"“{phrase}”, counted from {human_date(target.first, target.last, target.precision)} (“{target.title}”)"
    return Candidate(mention, first, last, precision, kind_near(doc.text, start, end, base, base + len(text)),
                     grammar.capitalised(title), text, actors_in(text), inferred=True, explanation=because)


def _agent(word: str) -> bool:
    """A doer, not a happening: "killer", "bombers", "murderer" (the word less "er" names a kind itself)."""
    stem = word[:-1] if word.endswith("s") else word
    return stem.endswith("er") and kind_of_word(stem[:-2]) is not None


def _definite_noun(tokens: Sequence[grammar.Token], i: int) -> bool:
    """Is tokens[i] a noun with a definite determiner or a possessive before it, at most two modifiers
    between ("the fatal shooting", "Slepian's slaying"), none of them a number ("the 1992 protests") nor one that makes it
another happening ("this new agreement")?"""
    if tokens[i].pos not in ("NN", "NNS"):
        return False
    if i + 1 < len(tokens) and tokens[i + 1].pos in ("NN", "NNS"):
        return False  # it modifies another noun, the phrase's head: "the death toll", "the bombing victims"
    for j in range(i - 1, max(-1, i - 4), -1):
        t = tokens[j]
        if t.pos == "POS" or t.text.lower() in _DETERMINERS and t.pos in ("DT", "PRP$"):
            return True
        if t.pos not in _MODIFIERS or t.text.lower() in _ANOTHER:
            return False
    return False
