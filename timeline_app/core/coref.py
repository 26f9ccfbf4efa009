"""Who a role noun phrase is: "the president" after "President Bill Clinton", "the official" after "Edgar Woolard
Jr., Du Pont's chairman", "the spokesman" after "spokesman Kenneth Bacon". One pass over the document finds every
person it names together with a role word (before the name or in apposition), so that a later "the ROLE" (and a
he/she whose sentence before had "the ROLE" for its subject) stands for the most recent person named with it.
Qt-free, linear in the text (a few regex passes), cached per document."""

from __future__ import annotations

import bisect
import heapq
import re
import threading
from collections.abc import Sequence
from functools import lru_cache

from timeline_app.core import grammar
from timeline_app.core.model import Sentence
from timeline_app.core.progress import check_every

# A run of capitalised words, "of" allowed inside ("Secretary of State Madeleine Albright", "President Bill
# Clinton"), or one lower-case word before one ("spokesman Kenneth Bacon"): the role word(s), then the name, which
# ends in a family name the document gives a person (checked after the match). (Every repetition is bounded: a
# long run of capitals in untrusted text is read in linear time.)
_ROLE_BEFORE_NAME = re.compile(
    r"\b(?P<lower>[a-z][a-z-]+\s+)?(?P<run>[A-Z][a-z.]+(?:\s+(?:of\s+)?[A-Z][\w.'’-]*){0,5}\s+[A-Z][a-z'’-]+)\b")
# "Clinton, the president," "Edgar Woolard Jr., Du Pont's chairman and chief executive": the family name, then
# a noun phrase whose head is the role (up to a comma, full stop, preposition, relative pronoun or "and").
_APPOSITION_AFTER = re.compile(
    r"\b(?P<family>[A-Z][a-z'’-]+)(?:\s+(?:Jr|Sr)\.)?,\s+(?:the|a|an|its|[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,4}['’]s)\s+"
    r"(?P<role>(?:[a-z][a-z-]*\s+){0,3}?[a-z][a-z-]*)(?=\s*[,.;]|\s+(?:of|at|for|who|and|in)\b)")
# "the president, Bill Clinton," "A Pentagon spokesman, Kenneth Bacon": the role's noun phrase, then the name.
_APPOSITION_BEFORE = re.compile(
    r"\b(?:[Tt]he|[Aa]n?)\s+(?:[A-Z][\w.&-]*\s+){0,2}(?P<role>(?:[a-z][a-z-]*\s+){0,2}?[a-z][a-z-]*),\s+"
    r"(?P<name>(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][a-z'’-]+)\b")


# A capitalised word: a full stop belongs to it only inside it or after an initial ("U.S.", "J."); after any other
# word it ends the sentence ("in April. The Board of Education", "in May. Apex Foods Corp.": no name).
_CAPITAL_WORD = r"[A-Z](?:[\w'’-]|\.(?=[\w'’-]))*(?:(?<![\w'’-][A-Za-z])(?<=[A-Z])\.)?"
# An organisation's name that opens a sentence (the sentence's subject, as a rule: "Shoney's Inc. said ...",
# "Dow Jones & Co. extended ..."), ending in a company's legal form. (After a full stop of a word in lower case or
# a figure: "U.S. Trust Corp." opens no sentence at "Trust".)
_NAME_WITH_LEGAL_FORM = (rf"{_CAPITAL_WORD}(?:[ \t]+(?:&|amp|of|{_CAPITAL_WORD})){{0,5}}?"
                         r"[ \t]+(?:Inc|Corp|Co|Cos|Ltd|Plc|PLC|LLC|Bros|Corporation|Company|Companies|Incorporated"
                         r"|Limited)\b\.?")
_COMPANY_OPENING = re.compile(
    rf"(?:^|(?<=[a-z0-9)][.!?]\s)|(?<=[.!?]['’\"]\s))[ \t]*(?P<name>{_NAME_WITH_LEGAL_FORM})", re.MULTILINE)
# Any company's name (after a word in lower case: "acquire jewelry retailer Weisfield's Inc."), for its short name;
# not one that starts inside a word (a word character, apostrophe, full stop or hyphen before it), nor one after a
# word whose next-to-last character is a capital (the second look-behind: "U.S. Trust Corp." at "Trust", after
# "IBM", "Mr"): an abbreviation's or acronym's end, or a two-letter capitalised word. (After any other capitalised
# word the leftmost match starts at that word already: "Rival Zenith Inc.", whose opener `Companies` drops.)
_COMPANY_NAME = re.compile(rf"(?<![\w'’.-])(?<![A-Z][\w'’.-] ){_NAME_WITH_LEGAL_FORM}")
# What news calls a company with another noun: "the company", "the firm", "the concern" (the legal form says it is
# one; a noun of the name's own, "Giant Group Ltd." → "the group", is taken from the name).
_COMPANY_NOUNS = ("company", "firm", "concern", "corporation")
# The words of rank that make a second office of the role after them ("the deputy mayor", "the vice president",
# "the acting governor" are not the mayor, the president, the governor): a closed class of English, and the
# dictionary has no sense of a word to tell "deputy" (a person) from "city" (the mayor's, "the city mayor").
_RANK_WORDS = frozenset({"deputy", "vice", "assistant", "associate", "acting", "interim", "lieutenant", "under"})


# The first word of a sentence (`_COMPANY_OPENING`'s start).
_OPENING_WORD = re.compile(r"(?:^|(?<=[a-z0-9)][.!?]\s)|(?<=[.!?]['’\"]\s))[ \t]*([A-Z][\w'’-]+)", re.MULTILINE)


def _short_name(name: str) -> str:
    """A company's first word without its possessive: "Weisfield's" → "Weisfield"."""
    return re.sub(r"['’]s$", "", name.split()[0])


def _company_nouns(name: str) -> list[str]:
    """The nouns a company may be called by: `_COMPANY_NOUNS` and its name's own ("group" of "Giant Group Ltd.")."""
    return list(_COMPANY_NOUNS) + [w.lower() for w in name.split()[1:-1]
                                   if w.isalpha() and w[:1].isupper() and "NOUN" in grammar.all_lemmas(w.lower())]


class RoleHolders:
    """The people a document names with a role word: role (lower case) → the offsets and family names, in order
    of the text."""

    def __init__(self, text: str) -> None:
        surnames = grammar.person_surnames(text)
        found: list[tuple[int, str, str]] = []
        if surnames:
            for m in check_every(_ROLE_BEFORE_NAME.finditer(text)):
                words = m.group("run").split()
                while words and words[-1] not in surnames:
                    words.pop()  # "President Bill Clinton Saturday vowed": the name ends before the day
                if len(words) < 2 and not m.group("lower") or not words:
                    continue
                family = words[-1]
                given = grammar.given_names(text).get(family, "")
                roles = words[:-1]
                if given and " ".join(roles[-len(given.split()):]) == given:
                    roles = roles[:-len(given.split())]  # "Bill" of "President Bill Clinton" is his name
                if "of" in roles:  # "Secretary of State": the head before "of"
                    roles = roles[:roles.index("of")]
                phrase = roles if roles[-1:] and _role_word(roles[-1]) else []
                if m.group("lower") and not roles:
                    phrase = [w for w in m.group("lower").split() if _role_word(w)]
                found.extend((m.start("run"), role, family) for role in _role_keys(phrase))
            for m in check_every(_APPOSITION_AFTER.finditer(text)):
                if m.group("family") in surnames and _role_word(m.group("role").split()[-1]):
                    found.extend((m.start(), role, m.group("family")) for role in _role_keys(m.group("role").split()))
            for m in check_every(_APPOSITION_BEFORE.finditer(text)):
                family = m.group("name").split()[-1]
                if family in surnames and _role_word(m.group("role").split()[-1]):
                    found.extend((m.start(), role, family) for role in _role_keys(m.group("role").split()))
        found.sort()
        # Keyed by the whole role phrase and each shorter tail of it down to the head noun ("prime minister",
        # "minister" of "Prime Minister John Howard"): "the prime minister" is not "Foreign Minister Downer".
        self._by_role: dict[str, tuple[list[int], list[str]]] = {}
        for at, role, family in found:
            offsets, names = self._by_role.setdefault(role, ([], []))
            offsets.append(at)
            names.append(family)
        # The words the document writes in a role before a name ahead of its head ("deputy" of "Deputy Mayor Tom
        # Reyes"), and the people named with a head noun alone ("Mayor Rita Osei", not "Deputy Mayor Tom Reyes").
        self._role_modifiers = {w for role in self._by_role for w in role.split()[:-1]}
        self._bare: dict[str, tuple[list[int], list[str]]] = {}
        keys_at: dict[tuple[int, str], int] = {}
        for at, role, family in found:
            head = role.rsplit(" ", 1)[-1]
            keys_at[(at, head)] = keys_at.get((at, head), 0) + 1
        for at, role, family in found:
            if " " not in role and keys_at[(at, role)] == 1:
                offsets, names = self._bare.setdefault(role, ([], []))
                offsets.append(at)
                names.append(family)

    def holder(self, role: str, before: int) -> str | None:
        """The family name of the most recent person named with `role` (a role phrase: "mayor", "prime
        minister") before offset `before`; None if none. A phrase nobody was named with ("the new mayor", "the
        city mayor") falls back to its head noun only when the document names one person with that head alone
        ("Mayor Rita Osei", not "Deputy Mayor Tom Reyes"), and only when no modifier makes another role: a word
        of rank (`_RANK_WORDS`: "the deputy mayor"), or one the document writes in a role before a name or names
        someone with ("the chief whip" beside "Chief Justice Ann Lo"), not the mayor's."""
        key = " ".join(role.lower().split())
        held = self._by_role.get(key)
        if held is None and " " in key:
            modifiers, head = key.rsplit(" ", 1)
            if any(w in _RANK_WORDS or w in self._role_modifiers or w in self._by_role
                   for w in re.split(r"[\s-]+", modifiers)):
                return None
            held = self._bare.get(head)
            if held is not None and len(set(held[1])) != 1:
                return None
        if held is None:
            return None
        k = bisect.bisect_left(held[0], before)
        return held[1][k - 1] if k else None

    def holds(self, family: str, role: str, before: int) -> bool:
        """Is `family` the most recent person named with `role` before `before`?"""
        return self.holder(role, before) == family


def _role_keys(words: list[str]) -> list[str]:
    """The keys a role phrase is found by: the phrase and each shorter tail down to its head noun, lower case
    ("Prime Minister" → "prime minister", "minister")."""
    keys: list[str] = []
    for i in range(len(words) - 1, -1, -1):
        if i < len(words) - 1 and not re.fullmatch(r"[A-Za-z-]+", words[i]):
            break  # "Monday." of "on Monday. Councilwoman Rita Osei": the sentence before's
        keys.append(" ".join(words[i:]).lower())
    return keys


def _role_word(word: str) -> bool:
    """Can `word` be a person's role: a noun the dictionary knows and no verb form of its own ("said", "visit"
    before a name are not roles)?"""
    lemmas = grammar.all_lemmas(word.lower())
    return "NOUN" in lemmas and "VERB" not in lemmas or word[:1].isupper() and "NOUN" in lemmas


@lru_cache(maxsize=8)
def role_holders(text: str) -> RoleHolders:
    """`RoleHolders` of a document's text (cached: every sentence of the document asks)."""
    return RoleHolders(text)


class _CapitalWords:
    """How often a text writes each capitalised word standing alone (no capitalised word just before or after
    it: "Zenith makes", not "U.S. Trust" or "Soviet Union"): one pass."""

    def __init__(self, text: str) -> None:
        self._alone: dict[str, int] = {}
        words = list(re.finditer(r"[A-Za-z][\w'’-]*", text))
        for i, m in enumerate(words):
            word = m.group(0)
            if not word[0].isupper():
                continue
            before = words[i - 1] if i else None
            after = words[i + 1] if i + 1 < len(words) else None
            joined_before = before is not None and before.group(0)[0].isupper() \
                and not text[before.end():m.start()].strip(". ")
            joined_after = after is not None and after.group(0)[0].isupper() \
                and not text[m.end():after.start()].strip(". ")
            if not joined_before and not joined_after:
                self._alone[word] = self._alone.get(word, 0) + 1

    def named_without(self, opener: str, word: str) -> bool:
        """Does the text write `word` standing alone somewhere ("Zenith" beside "Rival Zenith Inc.": "Rival"
        opened the sentence; not "Trust" of "U.S. Trust" beside "Northern Trust Corp.")?"""
        return self._alone.get(word, 0) > 0


class Companies:
    """The companies whose names open a sentence of a document, under "company" and the like (`_COMPANY_NOUNS`),
    by their names as written, for a "the company" after them."""

    def __init__(self, text: str, excluded: Sequence[tuple[int, int]] = ()) -> None:
        # A company's short name, its first word ("Weisfield's" of "Weisfield's Inc.", "Sun" of "Sun Microsystems
        # Inc."), opening a sentence, is that company again: the one a "the company" after it is, wherever the
        # article writes the full name (wire copy may spell it out only later: "Apex stops production. ... Apex
        # Foods Corporation said"); not a name the document writes only in its furniture (`excluded`, sorted: a
        # list of sources at the article's end names an outlet, "Ostland Broadcasting Corporation", and
        # "Ostland's outbreak" is no company).
        short: dict[str, str] = {}  # short name -> the full name
        companies: list[tuple[int, str, str]] = []
        surnames: frozenset[str] = frozenset()
        ends = [end for _, end in excluded]
        full_names: dict[str, int] = {}  # every company's name the text writes with its legal form: where first
        for m in check_every(_COMPANY_NAME.finditer(text)):
            k = bisect.bisect_right(ends, m.start())
            if k < len(excluded) and excluded[k][0] <= m.start():
                continue  # (in the page's furniture)
            if not short and not surnames:
                surnames = grammar.person_surnames(text)  # (asked only of a text that names a company)
            if _short_name(m.group(0)) not in surnames:
                short.setdefault(_short_name(m.group(0)), m.group(0))
                full_names.setdefault(m.group(0).rstrip("."), m.start())
        # The one company the whole text names, if it names exactly one (a results report's company, a page about
        # a firm), and where it is first named: whose a measure with no owner is ("Sales dropped to $3 billion").
        # None (and -1) when it names none or several (a market report's: the measure may be any of theirs).
        sole = next(iter(full_names.items())) if len(full_names) == 1 else None
        self.sole: str | None = short[_short_name(sole[0])] if sole is not None else None
        self.sole_at: int = sole[1] if sole is not None else -1
        capitals: _CapitalWords | None = None
        for m in check_every(_COMPANY_OPENING.finditer(text)):
            name = m.group("name")
            if _short_name(name) in surnames:
                continue  # "Gelles of Wertheim Schroder & Co. said": a person, of the company
            words = name.split()
            if len(words) > 2 and grammar.lexicon_tag(words[0].lower()) is not None:
                capitals = capitals or _CapitalWords(text)
                if capitals.named_without(words[0], words[1]):
                    name = " ".join(words[1:])  # "Rival Zenith Inc. said": Zenith, named alone elsewhere
            companies.extend((m.start("name"), noun, name) for noun in _company_nouns(name))
        if short:
            lower = set(re.findall(r"\b[a-z]+\b", text))  # ("The" of "The Upjohn Co." is no short name)
            for m in check_every(_OPENING_WORD.finditer(text)):
                word = _short_name(m.group(1))
                found = short.get(word)
                if found is not None and word.lower() not in lower and not text.startswith(found, m.start(1)):
                    companies.extend((m.start(1), noun, found) for noun in _company_nouns(found))
        # Companies by noun: the offsets where one opens a sentence, its name, and the company named so most often
        # up to there (the article's own, as a rule; the later one of a tie).
        companies.sort()
        self._companies: dict[str, tuple[list[int], list[str], list[str]]] = {}
        counts: dict[str, dict[str, int]] = {}
        for at, noun, name in companies:
            offsets, names, leaders = self._companies.setdefault(noun, ([], [], []))
            count = counts.setdefault(noun, {})
            count[name] = count.get(name, 0) + 1
            leader = name if not leaders or count[name] >= count[leaders[-1]] else leaders[-1]
            offsets.append(at)
            names.append(name)
            leaders.append(leader)
        self._openings = [m.start(1) for m in _OPENING_WORD.finditer(text)] if companies else []

    def named(self, noun: str, before: int) -> str | None:
        """The company a "the company" (`noun`) in the sentence at offset `before` stands for (its name as
        written), or None when no company opens a sentence before it."""
        held = self._companies.get(noun.lower())
        if held is None:
            return None
        offsets, names, leaders = held
        k = bisect.bisect_left(offsets, before)
        if not k:
            return None
        # The sentence just before opens with a company: that one ("Weisfield's, based in Seattle, operates 87
        # stores. In the fiscal year, the company reported sales of ..."); otherwise the article's company.
        o = bisect.bisect_left(self._openings, before)
        return names[k - 1] if o and self._openings[o - 1] == offsets[k - 1] else leaders[k - 1]


def companies(text: str, excluded: Sequence[tuple[int, int]] = ()) -> Companies:
    """`Companies` of a document's text and its furniture's spans (`Document.excluded`, sorted; cached: every
    sentence of the document asks). The spans are known by the object given, so that a question costs no pass
    over them (hashing or converting a page's thousands of spans per sentence asked); equal spans given as
    another object are converted once and share `_companies`' entry."""
    key = (text, id(excluded))
    with _COMPANIES_LOCK:
        found = _COMPANIES_BY_SPANS.get(key)
    if found is not None and found[0] is excluded:
        return found[1]
    made = _companies(text, tuple(map(tuple, excluded)))  # type: ignore[arg-type]
    with _COMPANIES_LOCK:
        # (the spans' object is kept with its answer: its id cannot be another object's while it is here)
        _COMPANIES_BY_SPANS[key] = (excluded, made)
        while len(_COMPANIES_BY_SPANS) > 8:
            del _COMPANIES_BY_SPANS[next(iter(_COMPANIES_BY_SPANS))]
    return made


# The latest documents' `Companies` by (text, the id of the furniture's spans given), first in, first out.
_COMPANIES_BY_SPANS: dict[tuple[str, int], tuple[Sequence[tuple[int, int]], Companies]] = {}
_COMPANIES_LOCK = threading.Lock()


@lru_cache(maxsize=8)
def _companies(text: str, excluded: tuple[tuple[int, int], ...]) -> Companies:
    return Companies(text, excluded)


# A run of capitalised words ("of", "for", "and", "&" allowed inside: "Bank of England", "Food and Drug
# Administration"), perhaps after "the": an organisation's name when its head is a common noun in lower case ("Food
# Workers Union", "the Supreme Court", "the Court of Appeals"). (Bounded repetitions: linear.)
_JOINERS = ("of", "for", "and", "&", "amp")
_CAPITALISED_RUN = re.compile(
    rf"(?<![\w'’.&-])(?P<the>[Tt]he[ \t]+)?(?P<name>{_CAPITAL_WORD}(?:[ \t]+(?:(?:of|for|and|&|amp)[ \t]+)?"
    rf"{_CAPITAL_WORD}){{1,5}})(?![\w'’-])")
# What may follow a subject's head inside its phrase, as the sentence analysis reads it: a preposition's phrase
# or an adverbial ("The Colorado Court of Appeals on Tuesday blocked", "The court in Denver ruled"), a comma's
# aside; not a noun the name modifies ("Supreme Court judges met"), nor a possessive.
_AFTER_SUBJECT_HEAD = frozenset({"IN", "TO", "RB", ",", "(", ":"})
# What may come before the name inside its subject's phrase: a determiner's or a possessor's words, an adjective
# ("Egypt's official Middle East News Agency said"); not a preposition ("Officials at the Supreme Court").
_BEFORE_SUBJECT_HEAD = frozenset({"DT", "PDT", "PRP$", "POS", "JJ", "JJR", "JJS", "NNP", "NNPS", "CD", "NN"})


# The longest sentence whose subjects are read (the readers' limit: `news.MAX_SENTENCE`, extraction's
# `_WHOLE_SENTENCE`): a longer "sentence" is a run-on page or a list, and names no subject (its analysis would
# cost more than the organisations it could give).
_LONGEST_SENTENCE = 2000


class _Sentences:
    """A text's sentences (`documents.split_sentences`, made on the first question) and their analyses: is a
    span of the text the subject of one of its sentence's verbs?"""

    def __init__(self, text: str) -> None:
        from timeline_app.core.documents import split_sentences  # (documents imports the readers: only when asked)
        self._text = text
        self._sentences = split_sentences(text)
        self._starts = [s.start for s in self._sentences]
        # Per sentence asked about (by index): its tokens' starts and tags, and per token that may open a
        # subject's name, the nearest end of such a subject (`_subjects`): worked out once, however many names
        # the sentence has (a name per verb group re-read every group's subject: names x groups).
        self._subjects: dict[int, tuple[list[int], list[str], dict[int, int]]] = {}

    def _subjects_of(self, k: int) -> tuple[list[int], list[str], dict[int, int]]:
        found = self._subjects.get(k)
        if found is None:
            found = self._subjects[k] = _subjects(self._text, self._sentences[k])
        return found

    def is_subject(self, start: int, end: int) -> bool:
        """Is text[start:end] a noun phrase that a verb of its sentence has for its subject: the subject's phrase
        opens with it or with its determiner and modifiers (`_BEFORE_SUBJECT_HEAD`), and its last word is the
        phrase's head (`_AFTER_SUBJECT_HEAD`)?"""
        k = bisect.bisect_right(self._starts, start) - 1
        if k < 0 or end > self._sentences[k].end:
            return False
        token_starts, tags, nearest_end = self._subjects_of(k)
        sentence_start = self._sentences[k].start
        first = bisect.bisect_left(token_starts, start - sentence_start)
        subject_end = nearest_end.get(first)
        if subject_end is None or token_starts[first] != start - sentence_start:
            return False
        # The first token after the name: past a subject's end, or one that may follow its head.
        after = bisect.bisect_left(token_starts, end - sentence_start)
        return after >= subject_end or tags[after] in _AFTER_SUBJECT_HEAD


def _subjects(text: str, sentence: Sentence) -> tuple[list[int], list[str], dict[int, int]]:
    """A sentence's tokens' starts and tags, and for each token a subject's name may open with (the subject's
    first token, or one after its determiner and modifiers: `_BEFORE_SUBJECT_HEAD`), the smallest end (token
    index) of such a subject past it: a name from that token whose next token is at or past that end is a whole
    subject's head. One sweep over the subjects, sorted (each enters and leaves a heap once)."""
    if sentence.end - sentence.start > _LONGEST_SENTENCE:
        return [], [], {}
    a = grammar.analyse_sentence(text[sentence.start:sentence.end])
    token_starts = [t.start for t in a.tokens]
    tags = [t.pos for t in a.tokens]
    spans = sorted({span for span in map(a.subject_of, a.groups) if span is not None and span[0] < span[1]})
    nearest_end: dict[int, int] = {}
    ends: list[int] = []  # (a heap of the ends of the subjects open at the token)
    s = 0
    for first in range(len(tags)):
        if first and tags[first - 1] not in _BEFORE_SUBJECT_HEAD:
            ends.clear()  # (a subject opened before this tag no longer reaches a name from here)
        while s < len(spans) and spans[s][0] == first:
            heapq.heappush(ends, spans[s][1])
            s += 1
        while ends and ends[0] <= first:
            heapq.heappop(ends)
        if ends:
            nearest_end[first] = ends[0]
    return token_starts, tags, nearest_end


class Organisations:
    """The organisations a document names as a sentence's subject by a name whose head is a common noun, by that
    noun ("union" of "The Food Workers Union said", "court" of "the Court of Appeals ruled"), for a later "the
    union": the name as written, with its "the". A subject as the sentence analysis reads it
    (`_Sentences.is_subject`: "The Colorado Court of Appeals on Tuesday blocked", "In 2010 the Supreme Court
    ruled"); an organisation named in passing ("worked for the Mines Advisory Group", "Officials at the Supreme
    Court declined") is not what a later "the group" says as a rule, and when unsure none is."""

    def __init__(self, text: str) -> None:
        self._text = text
        surnames: frozenset[str] | None = None  # (asked only of a text with a name of two words or more)
        # The capitalised runs that may name an organisation, by their head noun: (where the name starts, where
        # its subject's phrase starts and ends, the name as written). Whether each is a sentence's subject (its
        # sentence analysed) is asked only for a noun a question names (`_names_of`): a document names many
        # organisations, a "the NOUN" asks after one or two, and the answer for a noun reads only its own names.
        self._runs: dict[str, list[tuple[int, int, int, str]]] = {}
        self._sentences: _Sentences | None = None  # (made only for a noun with a candidate name)
        self._by_noun: dict[str, tuple[list[int], list[str], int] | None] = {}  # the nouns asked about so far
        for m in check_every(_CAPITALISED_RUN.finditer(text)):
            words = m.group("name").split()
            skipped = 0
            while words and grammar.opens_sentence(words[0]):
                words.pop(0)  # "But Food Workers Union": a sentence's first word, no part of the name
                skipped += 1
            if len(words) < 2 or words[0] in _JOINERS:
                continue
            if surnames is None:
                surnames = grammar.person_surnames(text)
            if words[-1] in surnames:
                continue  # (nor a person's role and name: "Secretary of State Madeleine Albright")
            head = words[words.index("of") - 1] if "of" in words else words[-1]
            # (the head: a singular noun of the lexicon, "Union", "Court"; not a person's family name, nor a
            # company's legal form, which `Companies` reads)
            if not head[1:].islower() or head in surnames or grammar.lexicon_tag(head.lower()) != "NN" \
                    or _NAME_WITH_LEGAL_FORM_END.search(head):
                continue
            if m.group("the") and not skipped:
                start = m.start("the")
            else:  # (after the sentence's first words that are no part of the name)
                start = m.start("name") + [w.start() for w in re.finditer(r"\S+", m.group("name"))][skipped]
            name = " ".join(words)
            if m.group("the") and not skipped:
                name = "the " + name
            self._runs.setdefault(head.lower(), []).append((m.start("name"), start, m.end("name"), name))

    def _names_of(self, noun: str) -> tuple[list[int], list[str], int] | None:
        """The names with head `noun` (lower case) that a sentence has for its subject (`_Sentences.is_subject`),
        by offset, and how many of them are one name (with or without "the") before the first other one: a
        "the NOUN" after more of them than that has two to choose from. Worked out when the noun is first asked
        about (two threads asking at once work out the same answer)."""
        if noun in self._by_noun:
            return self._by_noun[noun]
        offsets: list[int] = []
        names: list[str] = []
        for at, start, end, name in self._runs.get(noun, ()):
            if self._sentences is None:
                self._sentences = _Sentences(self._text)
            if self._sentences.is_subject(start, end):
                offsets.append(at)
                names.append(name)
        found = None
        if names:
            first = names[0].removeprefix("the ")
            found = offsets, names, next((i for i, n in enumerate(names) if n.removeprefix("the ") != first),
                                         len(names))
        self._by_noun[noun] = found
        return found

    def named(self, noun: str, before: int) -> str | None:
        """The organisation a "the NOUN" at offset `before` stands for: the one name with that head noun the
        document gives a subject before it; None when none, or two different ones ("the Supreme Court", "the
        Circuit Court": which court?)."""
        held = self._names_of(noun.lower())
        if held is None:
            return None
        offsets, names, same_names = held
        k = bisect.bisect_left(offsets, before)
        return names[k - 1] if 0 < k <= same_names else None


_NAME_WITH_LEGAL_FORM_END = re.compile(r"^(?:Inc|Corp|Co|Cos|Ltd|Plc|PLC|LLC|Bros|Corporation|Company|Companies"
                                       r"|Incorporated|Limited)$")


@lru_cache(maxsize=8)
def organisations(text: str) -> Organisations:
    """`Organisations` of a document's text (cached: every sentence of the document asks)."""
    return Organisations(text)


# What a document shows of a person's sex, he or she: a title before the family name ("Mrs. Osei", "Mr. John
# Harlan"), a role word of one sex before it ("Councilwoman Rita Osei"), or a he/she that opens the sentence after
# one whose subject is that name (or a he/she/himself/herself in that sentence after the name: "Lena Marsh said
# she would cancel the tour"; not him/her/his, which may be another person's).
_SEX_TITLE = re.compile(r"\b(Mrs|Mr|Ms|Miss)\.?[ \t]+(?:[A-Z][\w'’.-]*[ \t]+){0,2}?([A-Z][a-z'’-]+)\b(?![ \t]+[A-Z])")
_SEX_OF_TITLE = {"Mr": "He", "Mrs": "She", "Ms": "She", "Miss": "She"}
# A sentence that opens with a (role and) name ending in a family name, then the rest of that sentence and (looked
# at, not taken: it may open the next match) the next one's first word.
_OPENING_NAME = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=[.!?]['’\"]\s))[ \t]*(?P<run>(?:[A-Z][\w'’.-]*[ \t]+){0,4}?)"
                           r"(?P<family>[A-Z][a-z'’-]+)\b(?![ \t]+[A-Z])(?P<rest>[^.!?\n]{0,300})[.!?]['’\"]?(?:(?=\s+(?P<next>\w+)))?",
                           re.MULTILINE)


_SEX_PRONOUNS = {"he": "He", "himself": "He", "she": "She", "herself": "She"}
_SUBJECT_PRONOUN = re.compile(r"\b(?:he|himself|she|herself)\b", re.IGNORECASE)


def person_sexes(text: str, next_opener: bool = True) -> dict[str, str]:
    """Family name → "He" or "She", as the document shows it (`_SEX_TITLE`, `_OPENING_NAME`); a name it shows
    both ways is left out. `next_opener=False`: not from a He/She opening the sentence after the name's, the very
    pronoun whose person is asked for when a title's he/she is resolved (`extraction._person_for`)."""
    return _person_sexes_both(text)[0 if next_opener else 1]


@lru_cache(maxsize=8)
def _person_sexes_both(text: str) -> tuple[dict[str, str], dict[str, str]]:
    """`person_sexes` with and without the next sentence's He/She, from one reading of the document (a document
    asks for both: `pronoun_holder` and `extraction._person_for`)."""
    surnames = grammar.person_surnames(text)
    if not surnames:
        return {}, {}
    seen: dict[str, set[str]] = {}
    next_openers: list[tuple[str, str]] = []  # (family, He/She opening the sentence after the name's)
    for m in check_every(_SEX_TITLE.finditer(text)):
        if m.group(2) in surnames:
            seen.setdefault(m.group(2), set()).add(_SEX_OF_TITLE[m.group(1)])
    for m in check_every(_OPENING_NAME.finditer(text)):
        family = m.group("family")
        if family not in surnames:
            continue
        if any(w.lower().endswith(("woman", "women")) for w in m.group("run").split()):
            seen.setdefault(family, set()).add("She")
        # A he/she (or a reflexive) in the name's own sentence, else a He/She opening the next one; never
        # him/her/his/hers, which may be another person's ("Mayor John Harlan met Rita Osei and thanked her").
        pronoun = _SUBJECT_PRONOUN.search(m.group("rest"))
        if pronoun:
            seen.setdefault(family, set()).add(_SEX_PRONOUNS[pronoun.group(0).lower()])
        elif m.group("next") in ("He", "She"):
            next_openers.append((family, m.group("next")))
    for role, (_, names) in role_holders(text)._by_role.items():
        if role.endswith(("woman", "women")):
            for family in names:
                seen.setdefault(family, set()).add("She")
    with_next = {family: set(sexes) for family, sexes in seen.items()}
    for family, word in next_openers:
        with_next.setdefault(family, set()).add(word)
    return ({family: next(iter(sexes)) for family, sexes in with_next.items() if len(sexes) == 1},
            {family: next(iter(sexes)) for family, sexes in seen.items() if len(sexes) == 1})


def pronoun_holder(text: str, role: str, before: int, pronoun: str) -> str | None:
    """The person a he/she (`pronoun`: "He" or "She") stands for through a role ("The mayor said ... She said"):
    the role's holder (`RoleHolders.holder`) when nothing in the document says otherwise: not when it shows the
    holder to be of the other sex, nor when it shows another person to be of the pronoun's and says nothing of
    the holder's ("Mayor John Harlan ... Councilwoman Rita Osei ... The mayor said ... She said": maybe Osei)."""
    holder = role_holders(text).holder(role, before)
    if holder is None:
        return None
    sexes = person_sexes(text)
    sex = sexes.get(holder)
    if sex is None and any(s == pronoun and family != holder for family, s in sexes.items()):
        return None
    return holder if sex in (None, pronoun) else None


# --- what a page says its named parties are ------------------------------------------------------------------
# A definite description ("the Australian", "the 21-year-old", "the company", "the world's largest software maker")
# stands for a party the page has named when the page said that of the name: a modifier before it ("Australian
# teenager Alex de Minaur", "21-year-old Gauff"), a noun phrase in apposition after it or as its predicate ("Roy
# Oliver, the Texas officer who ...", "Guyger is the first Dallas officer ..."), or the kind its name's legal form
# gives ("Restaurant Brands International Inc": a company).

# How far around a name's occurrence its modifiers and its apposition are read (a noun phrase's length, bounded:
# linear in the text).
_DESCRIPTION_WINDOW = 120
# The tags of the words of a modifier run before a name ("Australian teenager", "third-seeded", "21-year-old").
_MODIFIER_TAGS = frozenset({"JJ", "JJR", "JJS", "NN", "NNS"})
# The tags of a noun phrase's words after its determiner ("the world's largest software maker").
_PHRASE_TAGS = frozenset({"JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "CD", "POS", "VBN", "HYPH"})
_DETERMINERS = frozenset({"the", "a", "an"})
# How far before a description the page's description of a name is looked for (a news story's length): a farther one
# is not taken (and the text between the two, read for another name's, stays bounded: linear in the text).
_DESCRIPTION_REACH = 6000
# The verbs that give their subject's predicate: what the subject is ("Guyger is the first Dallas officer").
_COPULA_LEMMAS = frozenset({"be", "become", "remain"})
# The end of a sentence or clause inside the window (the window is read up to it).
_CLAUSE_BREAK = re.compile(r"[.!?;:]\s|\n")


def _description_key(word: str) -> str:
    """A description's word as it is compared: a noun's lemma ("winners" → "winner"), else the word lower-cased."""
    low = word.lower()
    lemmas = grammar.all_lemmas(low).get("NOUN")
    return lemmas[0] if lemmas else low


class Descriptions:
    """The description words a document gives the names it is asked about (`names`: single words of names, as a
    lead's parties are read): description key (`_description_key`) → the offsets where it was said and the name
    said to be it, in the order of the text."""

    def __init__(self, text: str, names: frozenset[str]) -> None:
        self._text = text
        self._names = names
        self._by_key: dict[str, tuple[list[int], list[str]]] = {}
        usable = sorted((n for n in names if n and n[:1].isupper()), key=len, reverse=True)
        if not usable:
            return
        pattern = re.compile(r"(?<![\w'’-])(?:" + "|".join(map(re.escape, usable)) + r")(?![\w'’-])")
        found: list[tuple[int, str, str]] = []
        for m in check_every(pattern.finditer(text)):
            for key in self._before(text, m.start()) + self._after(text, m.end()):
                found.append((m.start(), key, m.group()))
        for at, key, name in sorted(found):
            offsets, said = self._by_key.setdefault(key, ([], []))
            offsets.append(at)
            said.append(name)

    @staticmethod
    def _before(text: str, start: int) -> list[str]:
        """The modifiers right before a name's word, past the name's own capitalised words before it ("Australian
        teenager Alex de Minaur" at "Alex": "australian", "teenager")."""
        window = text[max(0, start - _DESCRIPTION_WINDOW):start]
        breaks = list(_CLAUSE_BREAK.finditer(window))
        if breaks:
            window = window[breaks[-1].end():]
        tokens = grammar.tag_words(window) if window.strip() else []
        k = len(tokens)
        while k and tokens[k - 1].pos in ("NNP", "NNPS") and tokens[k - 1].text[:1].isupper():
            k -= 1  # (the name's own first words: "Alex" of "Alex de Minaur")
        keys: list[str] = []
        while k and (tokens[k - 1].pos in _MODIFIER_TAGS | {"NNP"} or "-" in tokens[k - 1].text) \
                and tokens[k - 1].text[:1].isalnum():
            t = tokens[k - 1]  # (a hyphenated modifier whatever its tag: "third-seeded", "21-year-old")
            if t.text[:1].isupper() and grammar.lexicon_tag(t.text) != "JJ":
                break  # (another name, a place, a headline's capitalised words; not a nationality: "Swiss")
            keys.append(_description_key(t.text))
            k -= 1
        return keys

    @staticmethod
    def _after(text: str, end: int) -> list[str]:
        """The head noun of the noun phrase in apposition after a name's word, or of its predicate ("Roy Oliver,
        the Texas officer who ...": "officer"; "Guyger is the first Dallas officer": "officer"), and the company
        nouns its legal form gives ("Restaurant Brands International Inc": "company", `_company_nouns`)."""
        window = text[end:end + _DESCRIPTION_WINDOW]
        cut = _CLAUSE_BREAK.search(window)
        window = window[:cut.start() + 1] if cut else window
        tokens = grammar.tag_words(window) if window.strip() else []
        k = 0
        while k < len(tokens) and tokens[k].pos in ("NNP", "NNPS") and tokens[k].text[:1].isupper():
            if _NAME_WITH_LEGAL_FORM_END.match(tokens[k].text.rstrip(".")):
                return list(_COMPANY_NOUNS)
            k += 1
        if k < len(tokens) and _NAME_WITH_LEGAL_FORM_END.match(tokens[k].text.rstrip(".")):
            return list(_COMPANY_NOUNS)
        if k >= len(tokens) or not (tokens[k].text == "," or tokens[k].pos.startswith("VB") and not
                                    grammar.verb_lemmas(tokens[k].text.lower()).isdisjoint(_COPULA_LEMMAS)):
            return []
        k += 1
        if k >= len(tokens) or tokens[k].text.lower() not in _DETERMINERS:
            return []  # (a description is a noun phrase with its article: not "Muchova, 28 began ...")
        k += 1
        head = None
        while k < len(tokens) and tokens[k].pos in _PHRASE_TAGS:
            if tokens[k].pos in ("NN", "NNS") and tokens[k].text.islower():
                head = tokens[k].text
            elif tokens[k].pos not in ("NN", "NNS", "NNP", "NNPS") and head is not None \
                    and tokens[k].pos != "POS" and tokens[k - 1].pos != "POS":
                break  # (the noun phrase ended at its head: "the first Dallas officer convicted")
            k += 1
        return [_description_key(head)] if head else []

    def describes(self, word: str) -> bool:
        """Whether the document gives any of its names the description `word` (by its key: "midfielder")."""
        return _description_key(word) in self._by_key

    def named(self, description: str, before: int) -> str | None:
        """The name the document last described with `description`'s key before offset `before`; None if none."""
        held = self._by_key.get(_description_key(description))
        if held is None:
            return None
        k = bisect.bisect_left(held[0], before)
        if not k or before - held[0][k - 1] > _DESCRIPTION_REACH:
            return None
        # (the word said since of another name: "Danish teenager Ivo Saran ... the Danish teenager Tomas Dren ...
        # the teenager" is Dren; only the text between the two is read)
        since = held[0][k - 1]
        word = re.compile(rf"(?<![\w'’-])(?i:{re.escape(description)}(?:e?s)?)[ \t]+(?:[a-z][\w-]*[ \t]+){{0,2}}"
                          rf"([A-Z][\w'’-]*)")
        if any(m.group(1) not in self._names and not grammar.opens_sentence(m.group(1))
               for m in word.finditer(self._text, since, before)):
            return None
        return held[1][k - 1]


@lru_cache(maxsize=8)
def descriptions(text: str, names: frozenset[str]) -> Descriptions:
    """`Descriptions` of a document's text for a set of names (cached: each of the page's steps asks)."""
    return Descriptions(text, names)
