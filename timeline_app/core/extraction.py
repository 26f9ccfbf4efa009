"""Time expressions + sentences → candidate mentions of dated happenings.

For each sentence outside boilerplate, every calendar date the tagger finds becomes a candidate event,
anchored to what happened at it (its *kind*: a visit, an agreement, a war...) and given a short
headline-style title built from the sentence. Two constructions imply an earlier happening rather than
state one, and are turned into inferred candidates:

* "his first trip to North Korea since 2000"  → a previous trip in 2000;
* "the first visit in 24 years"               → a previous visit 24 years before the visit described,
  whose date may come from the same article, another article, or the publication date (see merging).

Named periods ("since the Cold War") are dated from `periods.PERIODS`. Candidates are merged across
documents by `merging.merge`.
"""
from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass
from collections.abc import Sequence
from functools import lru_cache

from dateutil.relativedelta import relativedelta

from timeline_app.core.model import Document, Mention, Precision, Sentence, TimeExpression, TimexType
from timeline_app.core.periods import find_periods
from timeline_app.core.progress import PROGRESS_STEP, CharProgress


@dataclass(frozen=True)
class Candidate:
    """One mention of a possible event, before merging. `first` is None while the date is unresolved."""

    mention: Mention
    first: dt.date | None
    last: dt.date | None
    precision: Precision
    kind: str
    title: str
    sentence: str
    actors: frozenset[str] = frozenset()
    inferred: bool = False
    explanation: str = ""
    period: bool = False
    # For "the first visit in 24 years": the date is `offset` before the happening of `anchor_kind`
    # that the sentence describes, resolved during merging.
    offset: relativedelta | None = None
    anchor_kind: str = ""
    # For "the visit follows the recent G7 summit": "before" or "after" the anchor happening.
    relation: str = ""
    # The phrase naming the happening that an offset counts from ("The visit"), if the sentence has one.
    referent: tuple[int, int] | None = None
    # Dated only by its article (its publication date, or the day its lead gives): on or shortly before
    # that day, with no date phrase of its own (core/news.py).
    reported: bool = False


# --- kinds of happening ----------------------------------------------------------------------------
# Word stems that say what kind of thing happened; the stem nearest the date phrase wins.
_KIND_STEMS: tuple[tuple[str, str], ...] = (
    ("visit", r"visit\w*|trips?|travel\w*|tour(?:s|ed|ing)?|arriv\w+|host\w*|welcom\w+|flew|flies|fly|landed"),
    ("meeting", r"summit\w*|meet(?:s|ing|ings)?|met|talks|conference\w*|negotiat\w+|gathering"),
    ("agreement", r"agreements?|deals?|treat(?:y|ies)|pacts?|accords?|sign\w*|contracts?|memorand\w+|"
                  r"partnerships?|alliances?"),
    ("conflict", r"wars?|invasion|invad\w+|attack\w*|battle\w*|bomb\w*|strikes?|struck|clash\w*|fight\w*|"
                 r"fought|shell\w*|offensive|raid\w*|shot|shooting|missiles?"),
    ("election", r"elect\w*|votes?|voted|voting|ballots?|polls?|referend\w+|re-elect\w*|inaugurat\w+"),
    ("death", r"died|dies|death|dead|killed|kill\w*|assassinat\w+|executed"),
    ("birth", r"born|birth"),
    ("founding", r"found(?:ed|ing)|establish\w*|creat\w+|launch\w*|opened|formed"),
    ("disaster", r"earthquakes?|flood\w*|hurricanes?|storms?|(?:wild)?fires?|crash\w*|explo\w+|tsunamis?|quakes?|"
                 r"droughts?|landslides?|eruptions?|erupted|derail\w*|collaps\w+"),
    ("legal", r"arrest\w*|charg\w+|convict\w*|sentenc\w+|trials?|court|indict\w*|ruling|ruled|sued|lawsuit"),
    ("sanctions", r"sanction\w*|embargo\w*|tariffs?|ban(?:s|ned)?"),
    ("economy", r"invest\w*|trade|traded|sales|profits?|revenue|earnings|econom\w+|market\w*|prices?|shares?"),
    ("announcement", r"announc\w+|declar\w+|unveil\w+|said|says|stated|reported|released"),
    ("resignation", r"resign\w*|retir\w+|stepp?ed\s+down|quit|fired|ousted|appoint\w+|named|became|took\s+office"),
)
_KIND_RE = re.compile("|".join(rf"(?P<{k}>\b(?:{p})\b)" for k, p in _KIND_STEMS), re.IGNORECASE)
_KIND_NOUNS = {"visit": "visit", "trip": "visit", "tour": "visit", "travel": "visit", "summit": "meeting",
               "meeting": "meeting", "talks": "meeting", "conference": "meeting", "agreement": "agreement",
               "deal": "agreement", "treaty": "agreement", "pact": "agreement", "accord": "agreement",
               "contract": "agreement", "partnership": "agreement", "alliance": "agreement", "war": "conflict",
               "invasion": "conflict", "attack": "conflict", "election": "election", "vote": "election"}

# Kinds that name an occasion; on the same day and with the same people, other kinds fold into them.
OCCASION_KINDS = frozenset({"visit", "meeting"})


_WORD_RE = re.compile(r"[A-Za-z]+")
_KIND_MULTIWORD = re.compile(r"\b(?:stepp?ed\s+down|took\s+office)\b", re.IGNORECASE)


@lru_cache(maxsize=65536)
def _kind_of_word(word: str) -> str | None:
    """The kind a single word names, if any (cached: news reuses a small vocabulary)."""
    m = _KIND_RE.fullmatch(word)
    return m.lastgroup if m else None


def kind_near(text: str, start: int, end: int, lo: int, hi: int) -> str:
    """The kind of happening whose word stands nearest to text[start:end] within text[lo:hi]."""
    best, best_distance = "event", None
    # Words further than this lose to nearer ones anyway; scanning less keeps long sentences cheap.
    lo, hi = max(lo, start - 160), min(hi, end + 160)
    hits = [(m.start(), m.end(), _kind_of_word(m.group(0).lower())) for m in _WORD_RE.finditer(text, lo, hi)]
    hits.extend((m.start(), m.end(), "resignation") for m in _KIND_MULTIWORD.finditer(text, lo, hi))
    for m_start, m_end, kind in sorted(hits):
        if kind is None:
            continue
        distance = start - m_end if m_end <= start else (m_start - end if m_start >= end else 0)
        # A word after the date phrase ("In 2000, Putin visited") weighs as much as one before it,
        # but a later clause should not beat the clause the date sits in: penalise crossing commas.
        between = text[min(m_end, end):max(m_start, start)]
        distance += 40 * (between.count(",") + between.count(";"))
        if best_distance is None or distance < best_distance:
            best, best_distance = kind, distance
    return best


# --- people and places ----------------------------------------------------------------------------
_NAME_RE = re.compile(r"\b[A-Z][a-z]+(?:[-’'][A-Za-z]+)*\b|\b[A-Z]{2,}\b|\b(?:[A-Z]\.){2,}")
_NOT_NAMES = frozenset("""
The This That These Those There Their They Then Than Thus Its It In On At As An And But Or Of For From By With
Without Both Each Every Some Many Most More Much Such Several While When Where Which Who Whom Whose What Why How
After Before During Since Until Under Over Between Among Also However Meanwhile Moreover Furthermore Although
Though Because If Yet So Still Even Only Just Not No Nor All Any Other Another One Two Three Four Five Six Seven
Eight Nine Ten First Second Third Last Next New Old Former Later Earlier Today Tomorrow Yesterday Now He She We
You I His Her Our Your My Mr Mrs Ms Dr President Prime Minister Leader Secretary General Chairman Chief King
Queen Prince Officials Official Reports Report According Key Historic Historically Overall Looking Critics Image
January February March April May June July August September October November December Monday Tuesday
Wednesday Thursday Friday Saturday Sunday A To Is Was Were Be Been Are Has Have Had Will Would Could Should Can
May Might Must Do Does Did Said Says Here Let Please Read Click Share Follow Leave Government State States Union
Council Russian Korean American Chinese British European Western Eastern Northern Southern Soviet
""".split())


_COMMON_START = re.compile(r"^\W*(?P<word>[A-Z][a-z]+(?:s|ing|ed|ly))\b(?!\s+[A-Z])")


def actors_in(text: str) -> frozenset[str]:
    """Proper-name words in a sentence: the people, places and bodies it is about."""
    names = {w.rstrip("’'s") if w.endswith(("’s", "'s")) else w
             for w in _NAME_RE.findall(text) if w not in _NOT_NAMES}
    # "Sales rose", "Shares of Acme fell": a capital that only starts the sentence names nobody.
    start = _COMMON_START.match(text)
    if start and text.count(start.group("word")) == 1:
        names.discard(start.group("word"))
    return frozenset(names)


# --- titles -------------------------------------------------------------------------------------------
_IRREGULAR_PAST = {
    "met": "meets", "held": "holds", "took": "takes", "made": "makes", "went": "goes", "came": "comes",
    "became": "becomes", "began": "begins", "said": "says", "won": "wins", "lost": "loses", "fought": "fights",
    "sent": "sends", "gave": "gives", "left": "leaves", "flew": "flies", "led": "leads", "saw": "sees",
    "told": "tells", "wrote": "writes", "struck": "strikes", "shot": "shoots", "sold": "sells",
    "bought": "buys", "brought": "brings", "built": "builds", "broke": "breaks", "chose": "chooses",
    "drew": "draws", "fell": "falls", "froze": "freezes", "grew": "grows", "hit": "hits", "kept": "keeps",
    "knew": "knows", "laid": "lays", "paid": "pays", "ran": "runs", "rose": "rises", "set": "sets",
    "spoke": "speaks", "stood": "stands", "swore": "swears", "threw": "throws", "withdrew": "withdraws",
    "sat": "sits", "hung": "hangs", "ate": "eats", "drove": "drives", "rode": "rides",
    "sank": "sinks", "shook": "shakes", "sought": "seeks", "taught": "teaches", "thought": "thinks",
    "wore": "wears", "woke": "wakes", "overtook": "overtakes", "undertook": "undertakes", "forgave": "forgives",
    "signed": "signs", "was": "is", "were": "are", "had": "has", "did": "does", "died": "dies",
}
_NOT_VERBS = frozenset({"red", "bed", "need", "feed", "seed", "speed", "shed", "bred", "led", "united", "limited",
                        "based", "armed", "advanced", "detailed", "talked-about", "related", "interested",
                        "supposed", "used", "so-called", "alleged", "reported", "expected", "proposed",
                        "planned", "embattled", "beloved", "hundred", "sacred", "naked", "wicked", "wretched"})
_LEADING_NOISE = re.compile(
    r"^(?:(?:however|meanwhile|moreover|furthermore|also|then|and|but|so|historically|overall|"
    r"in\s+addition|as\s+a\s+result|in\s+fact|indeed|notably|earlier|later|finally|ultimately)\b[\s,]*)+",
    re.IGNORECASE)
_DATE_PREPOSITION = re.compile(
    r"(?:\b(?:on|in|since|by|from|until|till|during|at|before|after|as\s+of|around|about|early|late|mid|for|over|"
    r"as\s+(?:late|early|recently|long\s+ago|far\s+back)\s+as|"
    r"back\s+in|starting|beginning|through|throughout|of)\s+)?$", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(
    r",\s+(?:which|who|where|while|marking|making|signaling|signalling|underscoring|highlighting|"
    r"indicating|according|as|after|before|when|amid|although|though|but|and\s+(?:the|a|an|this|that|it)\b)"
    r"|;|:|\s[–—-]\s|\(", re.IGNORECASE)
MAX_TITLE = 80


_VOWELS = "aeiouy"
# After "consonant + single vowel + consonant", these stems take back a silent e: voted → vote.
_E_AFTER = {"a": "bdgkmprt", "i": "bdklmnrz", "o": "bdklmtz", "u": "bdklmrtz"}
_E_STEMS = ("invit", "cit", "unit", "ignit", "excit", "recit", "writ", "creat", "complet", "delet", "compet",
            "deplet", "ignor", "restor", "explor", "scor", "stor", "ador", "hop", "cop", "scop")


def base_of_past(word: str) -> str:
    """The base form of a regular past-tense verb: hosted → host, voted → vote, planned → plan."""
    stem = word[:-2]
    low = stem.lower()
    if word.lower().endswith("eed"):
        return word[:-1]  # agreed → agree
    if len(low) < 2:
        return stem
    if low.endswith("i"):
        return stem[:-1] + "y"
    if low.endswith(("ell", "oll")) and len(low) > 5:
        return stem[:-1]  # controlled → control
    if len(low) >= 3 and low[-1] == low[-2] and low[-1] not in "lsdzfe":
        return stem[:-1]  # planned → plan
    last, prev = low[-1], low[-2]
    before = low[-3] if len(low) >= 3 else ""
    if before == "u" and len(low) >= 4 and low[-4] == "q":
        before = "q"  # "qu" acts as a consonant: required → require
    if low.endswith(_E_STEMS) or last in "vcu" or (last == "g" and prev in "nrd") \
            or (last == "l" and prev in "bdgkptz") or (prev == "a" and last == "t" and before in "iu"):
        return stem + "e"
    if prev in _E_AFTER and last in _E_AFTER[prev] and before not in _VOWELS:
        if prev == "i" and last == "t":
            return stem  # visited → visit, limited → limit
        return stem + "e"
    return stem


def _present_tense(word: str) -> str:
    lower = word.lower()
    if lower in _IRREGULAR_PAST:
        return _IRREGULAR_PAST[lower]
    if not lower.endswith("ed") or lower in _NOT_VERBS or len(lower) < 4:
        return word
    base = base_of_past(word)
    if base.lower().endswith(("s", "sh", "ch", "x", "z", "o")):
        return base + "es"
    if base.lower().endswith("y") and len(base) > 2 and base[-2].lower() not in _VOWELS:
        return base[:-1] + "ies"
    return base + "s"


_DETERMINERS = frozenset({"the", "a", "an", "its", "his", "her", "their", "our", "this", "that", "these", "those",
                          "some", "many", "several", "two", "three", "all", "no", "new"})
_PLURAL_SUBJECTS = frozenset({"i", "you", "they", "we", "both", "officials", "leaders", "people", "police", "forces", "troops",
                               "ministers", "authorities", "countries", "nations", "sides", "parties", "others"})


_PREPOSITIONS = frozenset({"of", "for", "in", "on", "at", "from", "with", "to", "by", "about", "over", "under"})


def _plural_subject(words: list[str]) -> bool:
    if not words:
        return False
    # The head noun stands before the first preposition: "The 2,000 tickets for the parade".
    head_end = next((i for i, w in enumerate(words) if i > 0 and (w.lower() in _PREPOSITIONS
                                                                  or w.lower() in ("that", "which", "who"))),
                    len(words))
    words = words[:head_end]
    if any(w.lower() in ("and", "&") for w in words):
        return True
    last = words[-1].strip(",.;:\"“”").lower()
    if last in _PLURAL_SUBJECTS:
        return True
    # A capital can be the sentence's ("Sales rose"), not a name's ("Davis said"); "The Falcons" is a group.
    common_noun = words[-1][:1].islower() or len(words) == 1 or words[0].lower() == "the"
    return (last.endswith("s") and not last.endswith(("ss", "us", "is", "’s", "'s")) and len(last) > 3
            and common_noun)


def _plural_form(third_person: str) -> str:
    """meets → meet, flies → fly, is → are: the verb for a plural subject."""
    special = {"is": "are", "has": "have", "does": "do", "goes": "go"}
    if third_person in special:
        return special[third_person]
    if third_person.endswith("ies"):
        return third_person[:-3] + "y"
    if third_person.endswith(("ches", "shes", "sses", "xes", "zzes", "oes")):
        return third_person[:-2]
    return third_person[:-1] if third_person.endswith("s") else third_person


_MODALS = frozenset({"could", "would", "will", "can", "may", "might", "must", "should", "shall"})


def _headline(clause: str) -> str:
    """Turn a clause into headline style: the first past-tense main verb becomes present tense."""
    words = clause.split(" ")
    for i, w in enumerate(words[:10]):
        core = w.strip(",.;:")
        lower = core.lower()
        if i == 0 or not core:
            continue
        if lower in _MODALS:
            break  # "could trigger landslides on hillsides destabilized by …": the verb is already present
        if lower in ("was", "were") and i + 1 < len(words):
            following = words[i + 1].strip(",.;:").lower()
            if following.endswith(("ed", "en")) or following in _IRREGULAR_PAST:
                words[i] = ""  # passive: "the treaty was signed" → "the treaty signed", as headlines do
                break
        if lower in _IRREGULAR_PAST or (lower.endswith("ed") and lower not in _NOT_VERBS and core.islower()):
            subject = [x for x in words[:i] if x]
            if subject and (subject[-1].lower() in _DETERMINERS or subject[-1].endswith(("’s", "'s"))):
                continue  # an adjective: "the preferred shares", "Acme's unconsolidated profit"
            if subject and subject[-1].lower() in ("has", "have", "had"):
                # "has visited": a headline drops the auxiliary and keeps the tense of the news.
                words[i - 1] = ""
                subject = subject[:-1]
            elif subject and subject[-1].lower() in ("who", "that", "which", "was", "were", "been", "be", "is",
                                                     "are", "am", "being",
                                                     "to", "will", "would", "could", "should", "may", "might",
                                                     "must", "can", "did", "does", "do", "not"):
                break
            present = _present_tense(core)
            if present != core and _plural_subject(subject):
                present = "am" if present == "is" and subject[-1] == "I" else _plural_form(present)
            words[i] = w.replace(core, present)
            break
    return " ".join(x for x in words if x)


# "CANBERRA, Australia (AP) _ ..." and "WASHINGTON — ...": the wire dateline is not part of the news.
_DATELINE_PREFIX = re.compile(r"^[A-Z][A-Z .'-]{2,}(?:,\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)?"
                              r"(?:,?\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4}))?"
                              r"\s*(?:\([^)]{1,30}\))?\s*(?:[_—–]+|--|-)\s+")
# A leading adverbial clause or phrase ("In early trading in Tokyo, ...", "When X arrived, ...").
_LEADING_ADVERBIAL = re.compile(
    r"^(?:In|At|On|When|While|As|Although|Though|Despite|During|Since|With|For|Under|Amid|After|Before|"
    r"Following|According\s+to|At\s+the\s+same\s+time)\b[^,]{0,80},\s+")
_LEADING_ADVERBIAL_WORD = re.compile(
    r"^(?:In|At|On|When|While|As|Although|Though|Despite|During|Since|With|For|Under|Amid|After|Before|"
    r"Following|According|If|Until|By|From|Through|Throughout)\b")
_RANGE_BEFORE = re.compile(r"(?:\d|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?)\s*"
                           r"(?:\s(?:to|and|until|till|through)\s+|[–-]\s*)$")
_DATEISH = r"(?:\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b|(?:mid|early|late)\b)"
_RANGE_AFTER = re.compile(rf"^\s*(?:and|to|through|until|till|[–-])\s*{_DATEISH}")
_DANGLING = re.compile(r"(?:\s+(?:for|by|in|on|at|of|to|from|and|or|the|a|an|with|since|until|as|than|"
                       r"between|during|before|after|about|around|into|than|that|which|who))+\s*$", re.IGNORECASE)


def _shorten(title: str, limit: int = MAX_TITLE) -> str:
    title = re.sub(r"\s+", " ", title).strip(" ,;:.–—-\"“”‘’'`")
    title = _DANGLING.sub("", title).rstrip(" ,;:–—-")
    if len(title) <= limit:
        return title
    cut = title[:limit].rsplit(" ", 1)[0].rstrip(",;:–—- ")
    return cut + "…"


_REPORTING = re.compile(
    r"^(?:[A-Z][\w’'.-]*(?:,?\s+[\w’'.-]+){0,6}?),?\s+(?:said|says|told\s+\w+|reported|announced|added|noted|"
    r"stated|confirmed|claimed|argued|warned)\s+(?:on\s+\w+\s+)?(?:that\s+)?(?=\S+\s+\S+\s+\S+\s+\S+)")
_SPEAKER = re.compile(r"(?:[A-Z][\w.&'’-]*\s*)+(?=,|\s+(?:said|says|told|reported|announced|added|noted|stated|"
                      r"confirmed|claimed|argued|warned)\b)")
_REPORTING_VERB = re.compile(r"\b(?:said|says|told|reported|announced|added|noted|stated|confirmed|claimed|"
                             r"argued|warned)\b")
# "Russian President Vladimir Putin" → "Vladimir Putin": titles name people, the sentence gives the roles.
_ROLE_BEFORE_NAME = re.compile(
    r"\b(?:(?:(?:North|South|East|West)\s+)?[A-Z][a-z]+(?:an|ese|ish|ian|i)\s+)?"
    r"(?:President|Prime\s+Minister|[Ll]eader|Chancellor|Premier|Foreign\s+Minister|Defen[cs]e\s+(?:Minister|Secretary)|"
    r"Secretary\s+of\s+State|Secretary-General|Secretary\s+General|Minister|Ambassador|Senator|Governor|Mayor|"
    r"General|Gen\.|Sen\.|Gov\.|Rep\.)\s+(?=[A-Z][\w.-]+\s+[A-Z])")
_POSSESSIVE = re.compile(r"^[’']s?\b")
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|this|that|its|his|her|their|our|whose)\s+$", re.IGNORECASE)


_NAME = r"(?:(?:Mr|Mrs|Ms|Dr|Gen|Sen|Gov|Rep|Lt|Col|St)\.\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}"
_SUBJECT = rf"(?:{_NAME}|(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+[a-z0-9][\w-]*(?:\s+[a-z][\w-]*){{0,2}})"
# "Reed, who was hired as coach two years ago, said ..." → "Reed hired as coach two years ago".
_RELATIVE_CLAUSE = re.compile(rf"(?P<subj>{_SUBJECT}),\s+who\s+(?P<passive>(?:was|were|is|are|has\s+been|had\s+been)\s+)?"
                              r"(?P<clause>[^,;]+),")
# "Born in Seville in 1936, Ms. Lopez moved ..." → "Ms. Lopez born in Seville in 1936".
_LEADING_PARTICIPLE = re.compile(rf"^(?P<part>(?:Born|Raised|Elected|Founded|Appointed|Named|Educated|Trained|"
                                 rf"Built|Established|Created|Launched|Formed|Married|Promoted)\b[^,;]*),\s+"
                                 rf"(?P<subj>{_NAME})")
# "The company, founded in 1952, has been led ..." → "The company founded in 1952".
_APPOSITIVE_PARTICIPLE = re.compile(rf"^(?P<subj>{_SUBJECT}),\s+(?P<part>[a-z]+(?:ed|en)\b[^,;]*),")
# "Maria Lopez, a mechanical engineer whose ..., died on Saturday" → "Maria Lopez died on Saturday".
_APPOSITIVE = re.compile(rf"^(?P<subj>{_NAME}),\s+(?:a|an|the|who|whose|which)\b[^;]{{0,160}}?,\s+"
                         r"(?=(?:died|was|were|is|has|had|said|says|will|[a-z]{3,}ed|[a-z]{3,}s)\b)")
# Clauses joined to the one before: "She founded X in 1978 and led it until she retired in 2004".
_COORDINATION = re.compile(r"(?:,?\s+(?:and|but|until|before|after|when|while|then)\s+(?=(?:she|he|they|it|we|I)\b))"
                           r"|;\s+")


def _focus(sentence: str, start: int, end: int) -> tuple[str, int, int, bool]:
    """Narrow a sentence to the part about the date at [start, end): its clause, its relative clause or
    participial phrase with the subject it describes, without an appositive that does not hold it.
    The flag says the result is already in headline form ("The company founded in 1952")."""
    def rebuild(subject: str, part: str, part_offset: int) -> tuple[str, int, int, bool]:
        joined = f"{subject} {part}"
        shift = len(subject) + 1 - part_offset
        return joined, start + shift, end + shift, True

    m = _RELATIVE_CLAUSE.search(sentence)
    if m and m.start("clause") <= start and end <= m.end("clause"):
        joined = rebuild(m.group("subj"), m.group("clause"), m.start("clause"))
        return joined[:3] + (m.group("passive") is not None,)
    m = _LEADING_PARTICIPLE.match(sentence)
    if m and end <= m.end("part"):
        part = m.group("part")
        return rebuild(m.group("subj"), part[:1].lower() + part[1:], m.start("part"))
    m = _APPOSITIVE_PARTICIPLE.match(sentence)
    if m and m.start("part") <= start and end <= m.end("part"):
        return rebuild(m.group("subj"), m.group("part"), m.start("part"))
    if m and m.end() <= start:
        sentence, start, end = _cut(sentence, start, end, m.end("subj"), m.end())
    m = _APPOSITIVE.match(sentence)
    if m and m.end() <= start:
        sentence, start, end = _cut(sentence, start, end, m.end("subj"), m.end() - 1)
    m = _LEADING_PARTICIPLE.match(sentence)
    if m and m.end("part") < start:
        sentence, start, end = _cut(sentence, start, end, 0, m.start("subj"))
    bounds = [0] + [b for c in _COORDINATION.finditer(sentence) for b in (c.start(), c.end())] + [len(sentence)]
    for i in range(0, len(bounds), 2):
        lo, hi = bounds[i], bounds[i + 1]
        if lo <= start and end <= hi and (lo, hi) != (0, len(sentence)) and len(sentence[lo:hi].split()) >= 3:
            return sentence[lo:hi], start - lo, end - lo, False
    return sentence, start, end, False


def _cut(sentence: str, start: int, end: int, lo: int, hi: int) -> tuple[str, int, int]:
    """Remove sentence[lo:hi] (which lies before the date phrase) and shift the phrase's offsets."""
    return sentence[:lo] + sentence[hi:], start - (hi - lo), end - (hi - lo)


_AND = re.compile(r",?\s+and\s+(?=[A-Za-z])")
_CLAUSE_OPENER = frozenset({"the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their",
                            "our", "my", "it", "he", "she", "they", "we", "i", "you", "there"})
_MODAL_OR_TO = re.compile(r"\b(?:to|will|would|could|should|may|might|must|can|shall)\s+(?=[a-z])")


def _conjunct(sentence: str, start: int, end: int,
              others: Sequence[tuple[int, int]]) -> tuple[str, int, int]:
    """The conjunct of "… in 1990 and closed in 2005" that holds the date at [start, end), with the subject
    and auxiliaries it shares: "The plant opened in 1990" or "The plant closed in 2005"."""
    after = [o[0] for o in others if o[0] >= end]
    if after:
        m = _AND.search(sentence, end)
        if m is not None and m.start() < min(after):
            return sentence[:m.start()], start, end
    before = [o for o in others if o[1] <= start]
    if not before:
        return sentence, start, end
    other = max(before, key=lambda o: o[1])
    ands = [a for a in _AND.finditer(sentence, other[1]) if a.start() < start]
    if not ands:
        return sentence, start, end
    m = ands[-1]
    second = sentence[m.end():]
    first_word = second.split(None, 1)[0].strip(",").lower() if second.strip() else ""
    if m.end() == start or first_word in _PREPOSITIONS:
        rest = sentence[end:].lstrip(" ,")
        next_word = rest.split(None, 1)[0].lower() if rest else ""
        if next_word in _CLAUSE_OPENER or rest[:1].isupper():
            return second, start - m.end(), end - m.end()  # "… and in 2020 it fell to 2%"
        # Dates coordinated under one predicate ("met on Monday and Tuesday", "in 2019 and in 2020").
        prefix = re.sub(r"\b(?:in|on|at|by|from|during|for)\s*$", "", sentence[:other[0]]).rstrip() + " "
        shift = len(prefix) - m.end()
        return prefix + second, start + shift, end + shift
    if first_word in _CLAUSE_OPENER or second[:1].isupper():
        # A clause of its own ("… and the plant closed in 2005").
        return (second, start - m.end(), end - m.end()) if len(second.split()) >= 3 else (sentence, start, end)
    # A predicate sharing the first one's subject: find where the first predicate starts, in the same form.
    first = sentence[:m.start()]
    prefix_end = None
    if first_word.endswith("ed") or first_word in _IRREGULAR_PAST:
        for w in re.finditer(r"\b[a-z]+\b", first):
            word = w.group(0)
            if w.start() > 0 and (word in _IRREGULAR_PAST or word.endswith("ed") and word not in _NOT_VERBS):
                prefix_end = w.start()
                break
    else:
        modals = list(_MODAL_OR_TO.finditer(first))
        if modals:
            prefix_end = modals[-1].end()
    if prefix_end is None or not first[:prefix_end].strip():
        return sentence, start, end
    prefix = first[:prefix_end].rstrip() + " "
    shift = len(prefix) - m.end()
    return prefix + second, start + shift, end + shift


_SUBORDINATE_LEAD = re.compile(r"(?:When|After|Once|As\s+soon\s+as|Before|While|Until)\s+(?P<clause>[^,;]{8,140}),\s+")
_AND_PAST = re.compile(r",?\s+and\s+(?P<verb>[a-z]+)\b")


def _is_past_verb(word: str) -> bool:
    return word in _IRREGULAR_PAST or (word.endswith("ed") and word not in _NOT_VERBS and len(word) > 4)


def title_from_sentence(sentence: str, phrase_start: int, phrase_end: int,
                        others: Sequence[tuple[int, int]] = ()) -> str:
    """A short readable title from `sentence`, leaving out the date phrase at [phrase_start, phrase_end).

    The phrase goes when it is an adverbial ("On June 19, 2024, ...", "... in 2000"); it stays when it
    is part of a noun phrase ("last week's negotiations", "the 2000 treaty"). `others` are the spans of
    the sentence's other dates: "opened in 1990 and closed in 2005" gives each date its own predicate.
    """
    if others:
        sentence, phrase_start, phrase_end = _conjunct(sentence, phrase_start, phrase_end, others)
    lead = _SUBORDINATE_LEAD.match(sentence)
    if lead and lead.start("clause") <= phrase_start and phrase_end <= lead.end("clause") \
            and len(sentence[lead.end():].split()) >= 3:
        # "When the trial began on March 24, the prosecutor told jurors …": the date is the trial's.
        shift = lead.start("clause")
        sentence = lead.group("clause")
        phrase_start, phrase_end = phrase_start - shift, phrase_end - shift
    more = _AND_PAST.search(sentence, phrase_end)
    if more and _is_past_verb(more.group("verb")) and not any(o[0] >= phrase_end for o in others):
        # "Jurors began deliberating on Wednesday and reached a verdict …": the second act has no date here.
        sentence = sentence[:more.start()]
    if not sentence[:phrase_start].strip(" \t\n\"'“‘«("):
        rest = sentence[phrase_end:]
        if re.match(r"\s+[a-z]", rest) and not _DATE_PREPOSITION.search(sentence[:phrase_start]).group(0):
            # "This quarter largely answers that question": the date is the subject, it stays.
            text = _headline(sentence.rstrip(".!?"))
            return _shorten(text[:1].upper() + text[1:])
    sentence, phrase_start, phrase_end, headline_form = _focus(sentence, phrase_start, phrase_end)
    before = sentence[:phrase_start]
    after = sentence[phrase_end:]
    if _POSSESSIVE.match(after) or _DETERMINER_BEFORE.search(before) or _RANGE_AFTER.match(after) \
            or _RANGE_BEFORE.search(before):
        text = sentence  # part of a noun phrase ("last week's talks", "the 2000 treaty") or a range
    else:
        before = _DATE_PREPOSITION.sub("", before).rstrip(" ,")
        if before.strip() and len(before.split()) >= 3 and re.match(r"^\s*,", after) \
                and not _LEADING_ADVERBIAL_WORD.match(before.strip()):
            # "Berg arrived in Oslo on March 3, 2025, for talks": the clause before the date carries it.
            text = before
        else:
            text = (before + " " + re.sub(r"^\s*,\s*", " ", after)).strip()
    text = _DATELINE_PREFIX.sub("", text.strip())
    text = _LEADING_NOISE.sub("", text).strip()
    lead = _LEADING_ADVERBIAL.match(text)
    if lead and len(text[lead.end():].split()) >= 4:
        text = text[lead.end():]
    if not _REPORTING_VERB.search(sentence, max(0, phrase_start - 12), phrase_start) \
            and not _REPORTING_VERB.search(sentence, phrase_end, phrase_end + 12):
        reported = _REPORTING.match(text)  # the date is the reported happening's, not the saying's
        if reported:
            speaker = _SPEAKER.match(reported.group(0))
            rest = text[reported.end():]
            pronoun = re.match(r"(?:that\s+)?(?:its|their)\s+", rest)
            if pronoun and speaker:
                # "Acme said its profit rose" → "Acme's profit rose"
                rest = f"{speaker.group(0).rstrip(' ,')}’s {rest[pronoun.end():]}"
            text = rest
    text = re.sub(r"^that\s+", "", text)
    m = _CLAUSE_BREAK.search(text, 20 if len(text) > 20 else 0)
    if m and m.start() >= 15:
        text = text[:m.start()]
    text = _ROLE_BEFORE_NAME.sub("", text)
    text = text.rstrip(".!?") if headline_form else _headline(text.rstrip(".!?"))
    text = text[:1].upper() + text[1:]
    title = _shorten(text)
    if len(title.split()) < 3 and sentence.strip() != text.strip():
        # Too little left once the date went ("she retired in 2004"): keep the date in the title.
        whole = _headline(_DATELINE_PREFIX.sub("", sentence.strip()).rstrip(".!?"))
        return _shorten(whole[:1].upper() + whole[1:])
    return title


# --- constructions that imply an earlier happening --------------------------------------------------------
# "the worst flood since 1998" implies a flood (at least as bad) in 1998, as "first" implies a previous one.
_SUPERLATIVES = (r"first|maiden|worst|best|biggest|largest|highest|lowest|strongest|weakest|deadliest|heaviest|"
                 r"longest|greatest|warmest|hottest|coldest|wettest|driest|sharpest|steepest|smallest|most\s+[a-z]+")
_SUPERLATIVE_RE = re.compile(rf"\b(?:{_SUPERLATIVES})\b")
_FIRST_SINCE = re.compile(
    r"(?P<owner>\b[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*[’']s\s+|\bthe\s+[a-z]+[’']s\s+|\b(?:his|her|their|its|the|a)\s+)?"
    rf"(?:{_SUPERLATIVES})\s+(?P<noun>[a-z]+)?(?P<rest>[^.;:]{{0,60}}?)\s*(?:for\s+the\s+first\s+time\s+)?since\s+$")
_FIRST_TIME_SINCE = re.compile(r"\bfor\s+the\s+first\s+time\s+since\s+$", re.IGNORECASE)
_FIRST_IN = re.compile(
    r"(?P<owner>\b[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*[’']s\s+|\b(?:his|her|their|its|the|a)\s+)?"
    rf"(?:{_SUPERLATIVES})\s+(?P<noun>[a-z]+)?(?P<rest>(?:(?!\bsince\b|\band\b)[^.;:&]){{0,60}}?)\s*(?:in|for)\s+"
    r"(?:(?:the\s+)?(?:past|last)\s+|"
    r"more\s+than\s+|nearly\s+|almost\s+|over\s+|about\s+)?$")
_APPOSITIVE_HEAD = re.compile(r"\b(?:the|this|that|his|her|their)\s+(?P<noun>[a-z]+)\s*,\s*[^,]*$", re.IGNORECASE)
_NOUN_STOP = frozenset({"to", "in", "of", "at", "on", "for", "with", "by", "from", "time", "since", "ever", "such",
                        "official", "state", "foreign", "such", "major", "formal"})


def _implied_title(owner: str, noun: str, rest: str) -> str:
    owner = (owner or "").strip()
    if owner.lower() in ("the", "a", "his", "her", "their", "its"):
        owner = ""
    rest = re.split(r"\s+(?:since|in|for)\s*$", rest.strip())[0]
    rest = re.sub(r"^(?:ever|official|state|foreign)\s+", "", rest.strip())
    words = [w for w in [owner, "previous", noun, rest.strip()] if w]
    title = " ".join(words)
    return _shorten(title[:1].upper() + title[1:])


@dataclass(frozen=True)
class _Implied:
    title: str
    kind: str
    # "The visit" in "The visit, Putin's first in 24 years": the phrase that names the happening described.
    referent: tuple[int, int] | None = None


def _implied_happening(text: str, sent: Sentence, expr_start: int, pattern: re.Pattern[str]) -> _Implied | None:
    """If the words before a date say "first X since"/"first X in", the previous X and its kind."""
    lo = max(sent.start, expr_start - 120)
    before = text[lo:expr_start]
    if not _SUPERLATIVE_RE.search(before):
        return None  # cheap test first: the patterns below backtrack
    m = pattern.search(before)
    if not m:
        if pattern is _FIRST_SINCE and _FIRST_TIME_SINCE.search(before):
            kind = kind_near(text, expr_start, expr_start, sent.start, expr_start)
            clause = text[sent.start:expr_start]
            clause = re.sub(r"\s*for\s+the\s+first\s+time\s+since\s*$", "", clause, flags=re.IGNORECASE)
            return _Implied(_shorten("Previously: " + clause.strip()), kind)
        return None
    noun = m.group("noun") or ""
    rest = m.group("rest") or ""
    referent: tuple[int, int] | None = None
    if noun == "such":  # "the first such visit by …": the noun follows
        following = re.match(r"\s+([a-z][\w-]*)(.*)", rest, re.S)
        if following and following.group(1) not in _NOUN_STOP:
            noun, rest = following.group(1), following.group(2)
    if noun in _NOUN_STOP:
        rest = f"{noun}{rest}" if not rest.startswith(" ") else f"{noun}{rest}"
        noun = ""
    if not noun:
        # "The visit, Putin's first to Pyongyang in 24 years": the noun stands before the appositive.
        window_start = max(sent.start, lo - 80)
        head = _APPOSITIVE_HEAD.search(text[window_start:lo + m.start() + 1] + " ")
        head_noun = head.group("noun").lower() if head else ""
        if head:
            referent = (window_start + head.start(), window_start + head.end("noun"))
        if not head_noun:
            kind_word = _KIND_RE.search(text, sent.start, expr_start)
            head_noun = kind_word.group(0).lower() if kind_word else ""
        noun = head_noun
    if not noun:
        return None
    kind = _KIND_NOUNS.get(noun.rstrip("s"), _KIND_NOUNS.get(noun, ""))
    if not kind:
        probe = _KIND_RE.fullmatch(noun)
        kind = probe.lastgroup if probe and probe.lastgroup else noun
    return _Implied(_implied_title(m.group("owner") or "", noun, rest), kind, referent)


# --- lists and ranges of years ------------------------------------------------------------------------
# "older deals from 1961, 2000, and 2001": up to two modifiers (not verbs such as "replaces") and a noun.
_LIST_HEAD = re.compile(
    r"(?P<np>(?:\b(?!(?:the|a|an|and|or|of|to|in|from|with|by|for|on|at)\b)[a-z][\w-]*(?<!es)(?<![^s]s)\s+){0,2}?"
    r"(?P<noun>[a-z][\w-]*))\s+(?:from|of|in|dating\s+(?:back\s+)?to)\s+$", re.IGNORECASE)
_PLURALS = (("ies", "y"), ("ses", "s"), ("xes", "x"), ("ches", "ch"), ("shes", "sh"), ("s", ""))


def _singular(word: str) -> str:
    if word.endswith("ss") or len(word) < 4:
        return word
    for suffix, repl in _PLURALS:
        if word.endswith(suffix):
            return word[: -len(suffix)] + repl
    return word


_RANGE_GAP = re.compile(r"\s*(?:to|until|till|through|thru|and|[-–—])\s*", re.IGNORECASE)
_RANGE_OPEN = re.compile(r"\b(?P<word>from|between)\s+$", re.IGNORECASE)


def _range_end(exprs: list[TimeExpression], i: int, text: str, sent: Sentence) -> int | None:
    """The index of the expression that closes a range opened by exprs[i], if it is "from X to Y"."""
    if i + 1 >= len(exprs) or not _is_calendar(exprs[i]) or not _is_calendar(exprs[i + 1]):
        return None
    e, f = exprs[i], exprs[i + 1]
    gap = _RANGE_GAP.fullmatch(text, e.end, f.start)
    if gap is None or f.last < e.first:  # type: ignore[operator]
        return None
    opener = _RANGE_OPEN.search(text, max(sent.start, e.start - 10), e.start)
    joiner = gap.group(0).strip().lower()
    if joiner == "and":
        return i + 1 if opener and opener.group("word").lower() == "between" else None
    return i + 1 if opener or joiner in ("through", "thru", "until", "till") else None


def _year_list(exprs: list[TimeExpression], i: int, text: str) -> tuple[int, int] | None:
    """The index range [a, b) of a comma/and list of years that exprs[i] belongs to, when there are 2+."""
    def joined(left: TimeExpression, right: TimeExpression) -> bool:
        gap = text[left.end:right.start]
        return re.fullmatch(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)\s*", gap) is not None

    def is_year(e: TimeExpression) -> bool:
        return e.precision == Precision.YEAR and e.type == TimexType.DATE and re.fullmatch(r"\d{4}", e.value) is not None

    if not is_year(exprs[i]):
        return None
    a = i
    while a > 0 and is_year(exprs[a - 1]) and joined(exprs[a - 1], exprs[a]):
        a -= 1
    b = i + 1
    while b < len(exprs) and is_year(exprs[b]) and joined(exprs[b - 1], exprs[b]):
        b += 1
    return (a, b) if b - a >= 2 else None


# --- the extractor ------------------------------------------------------------------------------------------
_BOUND_BEFORE = re.compile(r"\b(?:before|prior\s+to|after|by)\s+(?:the\s+(?:end|start|beginning)\s+of\s+)?$",
                           re.IGNORECASE)


def _is_calendar(e: TimeExpression) -> bool:
    return e.type in (TimexType.DATE, TimexType.TIME) and e.first is not None and e.last is not None \
        and e.precision is not None


def _mention(doc: Document, start: int, end: int, sent: Sentence, *, dated: bool = True,
             inferred: bool = False) -> Mention:
    return Mention(doc.id, start, end, doc.text[start:end], sent.start, sent.end, dated=dated, inferred=inferred)


def _sentence_for(doc: Document, offset: int) -> Sentence:
    sent = doc.sentence_at(offset)
    if sent is not None:
        return sent
    # Fall back to the line holding the offset.
    start = doc.text.rfind("\n", 0, offset) + 1
    end = doc.text.find("\n", offset)
    return Sentence(start, len(doc.text) if end < 0 else end)


def extract_mentions(doc: Document, expressions: list[TimeExpression] | None = None, *,
                     progress: CharProgress | None = None) -> list[Candidate]:
    """Candidate events in one document: one per date (or per year of a list), named period or implied date.

    `progress(offset)` is called as the work advances through the text (see core.progress); when the
    expressions are not given, the tagger's scan reports through it too.
    """
    text = doc.text
    if expressions is None:
        from timeline_app.core.temporal import tag

        expressions = tag(text, reference=doc.published, progress=progress)
    expressions = [e for e in expressions if not doc.is_excluded(e.start, e.end)]
    out: list[Candidate] = []
    by_sentence: dict[Sentence, list[TimeExpression]] = {}
    for e in expressions:
        by_sentence.setdefault(_sentence_for(doc, e.start), []).append(e)

    next_report = PROGRESS_STEP
    for sent, exprs in by_sentence.items():
        if progress is not None and sent.start >= next_report:
            progress(sent.start)
            next_report = sent.start + PROGRESS_STEP
        sentence_text = text[sent.start:sent.end]
        actors = actors_in(sentence_text)
        consumed: set[int] = set()
        for i, e in enumerate(exprs):
            if i in consumed:
                continue
            implied_since = _implied_happening(text, sent, e.start, _FIRST_SINCE) if _is_calendar(e) else None
            if implied_since is not None:
                out.append(Candidate(
                    _mention(doc, e.start, e.end, sent, inferred=True), e.first, e.last, e.precision,  # type: ignore[arg-type]
                    implied_since.kind, implied_since.title, sentence_text, actors, inferred=True,
                    explanation=f"implied by “{_quote(text, sent, e)}” ({doc.id})"))
                continue
            if e.type == TimexType.DURATION:
                cand = _first_in_years(doc, sent, e, sentence_text, actors)
                if cand is not None:
                    out.append(cand)
                continue
            if not _is_calendar(e):
                continue
            j = _range_end(exprs, i, text, sent)
            if j is not None:
                # "from 1999 to 2012", "between May 3 and May 9": one happening over the whole range.
                consumed.update(range(i, j + 1))
                f = exprs[j]
                precision = max(e.precision, f.precision, key=lambda p: p.rank)  # type: ignore[arg-type]
                out.append(Candidate(
                    _mention(doc, e.start, f.end, sent), e.first, f.last, precision,  # type: ignore[arg-type]
                    kind_near(text, e.start, f.end, sent.start, sent.end),
                    title_from_sentence(sentence_text, e.start - sent.start, f.end - sent.start),
                    sentence_text, actors, inferred=e.relative and f.relative and doc.published is not None,
                    explanation=_relative_explanation(e, doc) if e.relative and doc.published else ""))
                continue
            span = _year_list(exprs, i, text)
            if span is not None:
                a, b = span
                consumed.update(range(a, b))
                out.extend(_list_candidates(doc, sent, exprs[a:b], sentence_text, actors))
                continue
            bound = _BOUND_BEFORE.search(text, max(sent.start, e.start - 12), e.start) \
                if e.precision.rank >= Precision.MONTH.rank else None
            if bound is not None and not (bound.group(0).lower().startswith("by") and doc.published is not None
                                          and e.first >= doc.published):  # type: ignore[operator]
                # "put up before 1980" says when it had happened by, not when it happened; but "to finish by
                # 2027", still ahead when written, is a deadline: when the thing is due.
                continue
            kind = kind_near(text, e.start, e.end, sent.start, sent.end)
            others = [(x.start - sent.start, x.end - sent.start) for x in exprs if x is not e and _is_calendar(x)]
            title = title_from_sentence(sentence_text, e.start - sent.start, e.end - sent.start, others)
            title = _resolve_pronoun(title, doc, sent, (e.start - sent.start, e.end - sent.start), others)
            inferred = e.relative and doc.published is not None
            out.append(Candidate(
                _mention(doc, e.start, e.end, sent, inferred=inferred), e.first, e.last, e.precision,  # type: ignore[arg-type]
                kind, title, sentence_text, actors, inferred=inferred,
                explanation=_relative_explanation(e, doc) if inferred else ""))

    out.extend(_relational_candidates(doc))
    for p in find_periods(text):
        if doc.is_excluded(p.start, p.end):
            continue
        sent = _sentence_for(doc, p.start)
        out.append(Candidate(
            _mention(doc, p.start, p.end, sent), p.period.first, p.period.last, p.period.precision, "period",
            p.period.name, text[sent.start:sent.end], frozenset(), period=True,
            explanation=f"dated from the table of named periods: {p.period.name}"
                        + (f", {p.period.note}" if p.period.note else "")))
    out.sort(key=lambda c: c.mention.start)
    return out


_PRONOUN_TITLE = re.compile(r"(It|He|She|They)\s+(?=[a-z])")
_THING_SUBJECT = re.compile(r"(?P<np>(?:[Tt]he|[Ii]ts|[Tt]heir|[Tt]his|[Tt]hat)\s+(?:[A-Za-z][\w-]*\s+){0,3}?"
                            r"[a-z][\w-]*)\s+(?P<verb>[a-z]+)\b")
_PERSON_SUBJECT = re.compile(r"(?P<np>(?:(?:Mr|Mrs|Ms|Dr)\.\s+[A-Z][\w'’-]+|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3}))"
                             r"(?:,[^,]{1,80},)?\s+(?P<verb>[a-z]+)\b")
_AUXILIARIES = frozenset({"was", "were", "is", "are", "has", "have", "had", "will", "would", "could", "can", "may",
                          "might", "must", "did", "does", "do"})


def _verbish(word: str) -> bool:
    return word in _AUXILIARIES or _is_past_verb(word) or (word.endswith("s") and word not in _NOT_VERBS)


_LEADING_DATE = re.compile(r"^(?:In|On|By|At|During|Since)\s+(?:[A-Z][a-z]+\.?\s+)?\d{1,4}(?:,\s*\d{4})?,?\s+")


def _subject_of(clause: str, pronoun: str) -> str | None:
    """The subject a pronoun most likely stands for: the one opening `clause`, of the right sort and number."""
    clause = _LEADING_NOISE.sub("", _LEADING_ADVERBIAL.sub("", clause.strip())).strip()
    clause = _LEADING_DATE.sub("", clause)
    clause = _DATELINE_PREFIX.sub("", clause)
    if pronoun in ("He", "She"):
        m = _PERSON_SUBJECT.match(clause)
        if m is None or not _verbish(m.group("verb")):
            return None
        name = _ROLE_BEFORE_NAME.sub("", m.group("np") + " ").strip()
        return name if len(name.split()) >= 2 or name.startswith(("Mr", "Ms", "Dr")) else None
    m = _THING_SUBJECT.match(clause)
    if m is None or not _verbish(m.group("verb")):
        return None
    np = m.group("np")
    return np if _plural_subject(np.split()) == (pronoun == "They") else None


def _resolve_pronoun(title: str, doc: Document, sent: Sentence, phrase: tuple[int, int],
                     others: Sequence[tuple[int, int]]) -> str:
    """"It first sails" → "The ferry first sails": a title must stand on its own in a list of events, so a
    subject pronoun takes the subject of the clause before (this sentence's first clause, or the sentence
    before), when that one is of the right sort: a named person for he/she, a "the …" noun phrase for
    it/they with the same number. Otherwise the pronoun stays: vague is better than wrong.
    `phrase` and `others` are offsets in the sentence, as for `title_from_sentence`."""
    m = _PRONOUN_TITLE.match(title)
    if m is None:
        return title
    pronoun = m.group(1)
    own = doc.text[sent.start:sent.end]
    joined = re.search(rf"(?:,?\s+and|;)\s+(?:[^,;]{{0,40}}?\s)?(?P<p>{pronoun.lower()})\b", own)
    if joined and joined.start() < phrase[0] < joined.end() + 40:
        at, context = joined.start("p"), own[:joined.start()]  # "… and in 2020 it fell": the first clause's
    elif re.match(rf"\s*{pronoun}\b", own):
        at = own.index(pronoun)
        i = bisect.bisect_left([x.start for x in doc.sentences], sent.start)
        if i == 0 or doc.sentences[i - 1].end > sent.start:
            return title
        previous = doc.sentences[i - 1]
        context = doc.text[previous.start:previous.end]
    else:
        return title  # the pronoun is not this sentence's subject: leave it
    subject = _subject_of(context, pronoun)
    if not subject:
        return title
    if at == 0:
        subject = subject[:1].upper() + subject[1:]
    # The title again, from the sentence with the subject in the pronoun's place.
    shift = len(subject) - len(pronoun)
    moved = lambda span: (span[0] + shift, span[1] + shift) if span[0] > at else span  # noqa: E731
    start, end = moved(phrase)
    return title_from_sentence(own[:at] + subject + own[at + len(pronoun):], start, end, [moved(o) for o in others])


# "the following day", "a year earlier", "that year": counted from the date the article gave before.
_ANAPHORIC = re.compile(r"\b(?:following|earlier|later|before|after|previous|prior|that|same)\b", re.IGNORECASE)


def _relative_explanation(e: TimeExpression, doc: Document) -> str:
    if _ANAPHORIC.search(e.text):
        return f"“{e.text}” counted from the date the article ({doc.id}) gives before it"
    return f"“{e.text}” counted from the publication date {doc.published} of {doc.id}"


def _quote(text: str, sent: Sentence, e: TimeExpression, width: int = 60) -> str:
    lo = max(sent.start, e.start - width)
    snippet = text[lo:e.end].strip()
    if lo > sent.start:
        snippet = "…" + snippet.split(" ", 1)[-1]
    return snippet


def _list_candidates(doc: Document, sent: Sentence, years: list[TimeExpression], sentence_text: str,
                     actors: frozenset[str]) -> list[Candidate]:
    """One candidate per year of "older deals from 1961, 2000, and 2001", titled from the deals."""
    text = doc.text
    head = _LIST_HEAD.search(text, max(sent.start, years[0].start - 60), years[0].start)
    if head:
        noun = head.group("noun").lower()
        np = head.group("np")
        words = np.split()
        words[-1] = _singular(words[-1])
        phrase = " ".join(words)
        joiner = text[head.end("np"):years[0].start].strip()
        kind = _KIND_NOUNS.get(_singular(noun), kind_near(text, head.start(), head.end(), sent.start, sent.end))
    else:
        phrase, joiner = "", ""
        kind = kind_near(text, years[0].start, years[-1].end, sent.start, sent.end)
    out = []
    for e in years:
        if phrase:
            title = f"{phrase} {joiner} {e.text}".strip()
            title = title[:1].upper() + title[1:]
        else:
            title = title_from_sentence(sentence_text, e.start - sent.start, e.end - sent.start)
        out.append(Candidate(_mention(doc, e.start, e.end, sent), e.first, e.last, e.precision,  # type: ignore[arg-type]
                             kind, _shorten(title), sentence_text, actors))
    return out


_DURATION_YEARS = re.compile(r"^P(\d+(?:\.\d+)?)(Y|M|W|D|DE|CE)$")


def _duration_offset(value: str) -> tuple[relativedelta, Precision] | None:
    m = _DURATION_YEARS.match(value)
    if not m:
        return None
    n = float(m.group(1))
    if n != int(n):
        return None
    n = int(n)
    unit = m.group(2)
    if unit == "Y":
        return relativedelta(years=n), Precision.YEAR
    if unit == "DE":
        return relativedelta(years=10 * n), Precision.YEAR
    if unit == "CE":
        return relativedelta(years=100 * n), Precision.DECADE
    if unit == "M":
        return relativedelta(months=n), Precision.MONTH
    if unit == "W":
        return relativedelta(weeks=n), Precision.DAY
    return relativedelta(days=n), Precision.DAY


def _first_in_years(doc: Document, sent: Sentence, e: TimeExpression, sentence_text: str,
                    actors: frozenset[str]) -> Candidate | None:
    """ "the first visit in 24 years" → an unresolved candidate 24 years before the visit described."""
    implied = _implied_happening(doc.text, sent, e.start, _FIRST_IN)
    offset = _duration_offset(e.value)
    if implied is None or offset is None:
        return None
    delta, precision = offset
    return Candidate(_mention(doc, e.start, e.end, sent, inferred=True), None, None, precision, implied.kind,
                     implied.title, sentence_text, actors, inferred=True, offset=delta, anchor_kind=implied.kind,
                     referent=implied.referent)


# --- happenings dated only by their order relative to another ------------------------------------------
# "Putin's visit follows the recent G7 summit"  → the G7 summit shortly before the visit;
# "evident in his subsequent travel to Vietnam" → travel to Vietnam shortly after it.
_NP = r"(?P<np>(?:[A-Z0-9][\w-]*|[a-z][\w-]*)(?:\s+(?!(?:where|which|who|that|when|while|as|and|but)\b)" \
      r"(?:[A-Za-z0-9][\w’'-]*)){0,5}?)(?=\s*(?:[,.;:!?(—–]|\s(?:where|which|who|that|when|while|as|and|but)\b|$))"
_RELATION = re.compile(
    r"\b(?P<before>follows|followed|came\s+after|comes\s+after|on\s+the\s+heels\s+of|weeks\s+after|days\s+after)"
    r"\s+(?:the|a|his|her|their|its)\s+(?:recent|last|latest)\s+" + _NP.replace("np", "np1") +
    r"|\b(?:his|her|their|its|the)\s+(?P<after>subsequent|ensuing|later|onward)\s+" + _NP.replace("np", "np2"))
RELATION_WINDOW = dt.timedelta(days=30)  # "recent"/"subsequent": within about a month


def _relational_candidates(doc: Document) -> list[Candidate]:
    text = doc.text
    out = []
    for sent in doc.sentences:
        if doc.is_excluded(sent.start, sent.end):
            continue
        for m in _RELATION.finditer(text, sent.start, sent.end):
            relation = "before" if m.group("before") else "after"
            np_group = "np1" if relation == "before" else "np2"
            np = m.group(np_group)
            # What it is before or after: the occasion the sentence is about, nearest to the relation word.
            anchor = _KIND_RE.search(text, sent.start, m.start())
            anchor_kind = anchor.lastgroup if anchor and anchor.lastgroup in OCCASION_KINDS else ""
            if not anchor_kind or not np:
                continue
            probe = _KIND_RE.search(np)
            kind = probe.lastgroup if probe and probe.lastgroup else "event"
            title = np[:1].upper() + np[1:]
            if relation == "after":
                title = f"{m.group('after').capitalize()} {np}"
            out.append(Candidate(
                _mention(doc, m.start(), m.end(np_group), sent, inferred=True), None, None, Precision.DAY, kind,
                _shorten(title), text[sent.start:sent.end], actors_in(text[sent.start:sent.end]), inferred=True,
                anchor_kind=anchor_kind, relation=relation))
    return out
