"""Part of speech, verb groups, clauses and headline verb forms for event titles (issue 8).

Titles used to be built by suffix rules guessing which word is the verb ("He eventually fls the
country"). This module finds the verb with a real part-of-speech tagger and inflects it with a real
morphology dictionary, and says so when it is not sure, so the caller keeps the source's words.

* Tagger: Eric Brill's transformation-based tagger with the lexicon (94k words), lexical rules (unknown
  words) and contextual rules (293) that TextBlob ships inside its wheel (`textblob/en/en-*.txt`, from
  the Pattern library). TextBlob's own `PatternTagger` applies the lexicon and suffix guesses only, not the
  contextual rules, which is what tells "has long sought" (VBN) from "sought" (VBD): here all three stages
  run, each contextual rule in turn over the sentence as Brill applies them, looking only at the words
  that carry the tag it changes (a position list per tag), and only the rules whose words are in the
  sentence, whose compared tags have occurred in it and whose word and neighbouring tag, when the test
  needs one ("NN VB PREVTAG TO"), have stood side by side (bit masks over rule numbers); each rule's test
  is compiled once and first scans the sentence in one call, so a sentence costs about two scans a word.
  The data files are read directly: importing `textblob` itself would import NLTK (over a second).
* Morphology: `lemminflect`'s dictionaries (no guessing for unknown words but a regular "-ed" past, "capsized",
  and news's unknown verb forms): fled → flee → flees, read from its data files without importing it (which would
  load NumPy and 45 MB of dicts; imported on the first such guess only).

Everything is a pure function of the sentence text; `tag_words` is cached so a sentence is tagged once.
Penn Treebank tags throughout (NN, NNS, NNP, VBD, VBN, VBZ, MD, ...).

API, smallest first:
    tag_words(sentence)            → [Token(text, start, end, pos)], exact offsets into the sentence
    verb_groups(tokens)            → [VerbGroup] finite groups: "fled", "has long sought", "will begin"
    clauses(tokens) / clause_of(tokens, i) → token ranges cut at ; : dashes brackets which/that/but ...
    subject_of(tokens, group)      → token range of the group's subject ("The bill" for "which passed")
    subject_is_plural(tokens, group), is_plural_noun(token)
    headline_verb(group, plural)   → "flees" / the group unchanged / None when not certain
    headline_clause(sentence, date_start, date_end) → "He eventually flees the country" (who did what
                                     for that date, the date phrase left out) or None
Tag only sentences that need a title: a sentence costs about 1 µs a character; the first call loads the
lexicon (0.04 s; read from its file, a word's kilobyte at its first look-up, see `_Lexicon`) and the first
headline verb lemminflect's tables as their bytes (0.04 s, 2.9 MB).
"""
from __future__ import annotations

import gzip
import importlib.util
import operator
import os
import re
import sys
import threading
import weakref
from array import array
from bisect import bisect_left, bisect_right
from collections import namedtuple
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache, partial, reduce
from itertools import compress, count, repeat, takewhile, tee
from operator import is_, itemgetter
from pathlib import Path
from types import ModuleType
from typing import NamedTuple

from timeline_app.core.temporal_lexicon import DAY_PARTS, DAY_WORDS, MONTHS, ORDINALS, SEASONS, UNITS, WEEKDAYS, \
    number_value
from timeline_app.core.progress import check_every

__all__ = ["Token", "VerbGroup", "SentenceAnalysis", "analyse_sentence", "release_caches", "lemminflect_module", "all_lemmas", "tag_words",
           "opening_words", "opens_sentence", "lexicon_tag", "participle_agent_clause", "verb_groups", "clauses", "clause_of", "headline_verb", "is_plural_noun", "singular_noun",
           "capitalised", "dated_noun_phrase", "comparison_far_side", "ComparedSide", "is_comparison_baseline", "is_comparison_since", "subject_of", "subject_is_plural",
           "headline_clause", "is_auxiliary"]


class Token(NamedTuple):
    """A word or punctuation mark: `sentence[start:end] == text`, with its Penn Treebank tag.

    A named tuple rather than a frozen dataclass: a sentence makes dozens, and a tuple is built in C
    (`_tag_cached` builds them without a Python call per token: about 1 µs a token less)."""

    text: str
    start: int
    end: int
    pos: str


@dataclass(frozen=True, slots=True)
class VerbGroup:
    """A finite verb group: auxiliaries, adverbs between them, and the main verb ("has long sought").

    `first`/`last` are token indices (inclusive) into the sentence's tokens, `start`/`end` character
    offsets. `certain` is False when the finite reading is this module's guess rather than the tagger's
    (a past participle read as a past tense because an object follows: "The storm killed 12 people")."""

    first: int
    last: int
    start: int
    end: int
    text: str
    words: tuple[Token, ...]
    finite: bool
    certain: bool

    @property
    def main(self) -> Token:
        return self.words[-1]

    @property
    def auxiliaries(self) -> tuple[Token, ...]:
        words = self.words
        if len(words) == 1:
            return ()  # (most groups are one verb: no generator for them; asked many times a group)
        return tuple(w for w in words[:-1] if w.pos.startswith(("VB", "MD")))


# --- tokens ------------------------------------------------------------------------------------------------
# Penn Treebank tokens with offsets: "Israel's" → "Israel" "'s", "didn't" → "did" "n't", "U.S." and "Mr." whole.
# The first two alternatives only ever match a few letters and a full stop: a lookahead says so before they
# are tried, so an ordinary word costs one failed look rather than a walk through the abbreviations.
# Titles before a name ("Mr. Reupke", "Gen. Ruiz"): also no given name (`person_surnames`).
_NAME_TITLES = ("Mr", "Mrs", "Ms", "Dr", "Gen", "Sen", "Gov", "Rep", "Lt", "Col", "Capt", "Sgt", "Prof")
_ABBREVIATED = "|".join(_NAME_TITLES + ("Rev", "St", "Jr", "Sr", "Corp", "Inc", "Ltd", "Co", "Bros", "No", "Mt", "Ft",
                                        "vs", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept",
                                        "Oct", "Nov", "Dec")
                        # and a company's in capitals, as a wire's lead gives it ("BLOCKBUSTER ENTERTAINMENT CORP.")
                        + ("CORP", "INC", "LTD", "CO", "BROS"))


_ABBREVIATIONS = (r"(?=(?:[A-Z]-)?[A-Za-z]{1,4}+\.)(?:"
                  # U.S., a.m.; and after a party's letter, a state's abbreviation in a politician's apposition
                  # ("Sen. Tom Reed, R-N.Y., said", and "Bob Dole, R-Kan., who" below): one token with its stop,
                  # which ends no sentence; and the compound it opens with a hyphen and no space ("U.N.-backed talks",
                  # "a U.S.-led coalition"): one word, as "four-week" is, no dash between two phrases
                  r"(?:[A-Z]-)?(?:[A-Za-z]\.){2,}(?:-[A-Za-z]\w*(?:-\w+)*)?"
                  # ("Sun Microsystems Inc., the maker": the comma is not its end; "Travelers Corp.'s income": nor
                  # is the possessive)
                  rf"|(?:{_ABBREVIATED})\.(?=[\s,;:)]|['’]s\b)"
                  # any short capitalised word whose full stop a comma or a lower-case word follows, which no
                  # sentence's end is ("of St. Albans, Vt., became", "the Labor Dept. said"), by that rule, no list
                  r"|(?:[A-Z]-)?[A-Z][a-z]{1,3}\.(?=,|\s[a-z])"
                  # a middle initial ("James A. Taylor"), or a first one opening the sentence ("H. Marshall Schwarz
                  # was named"), or after a mark ("said, W. Brent LeGere"), or one of a run of initials ("I. M.
                  # Pei", "E. B. White": the next word an initial too); one before a word that opens a sentence
                  # ("grade A. Then") is a letter ending a sentence the splitter missed, split again by
                  # `_false_initials`
                  r"|(?<![\w.'’-])[A-Z]\.(?=\s(?:[A-Z][a-z]|[A-Z]\.\s[A-Z])))"
                  # 1,000 5.2 9/11 2-2 2022-23 1990s 21st 47-minute, and a clock time with its "am"/"pm" (3.20am
                  # 10:30pm: a dotted one's full stop ends no sentence)
                  r"|\d+(?:[.,:/-]\d+)*(?:st|nd|rd|th|s|am|pm)?(?:-[^\W\d_]+)*\b")
# A middle initial's full stop and the whole word after it (its every \w character: "Then", not "The" of it).
# (The full stop first, the letters before it in a lookbehind: the engine skips to each "." at C speed.)
_INITIAL_AND_NEXT_WORD = re.compile(r"\.(?:(?<=[^\w.'’-][A-Z]\.)|(?<=^[A-Z]\.))\s([A-Z][a-z]\w*)")

# Verb lemmas whose happening a reader would not put on a timeline, which no tag tells apart: reporting
# verbs ("said" alone is not an event: what was said is) and states ("has two cameras", "owns", "hopes").
REPORTING_LEMMAS = frozenset({
    "say", "tell", "add", "note", "state", "explain", "claim", "comment", "write", "describe", "quote",
    "ask", "reply", "respond", "insist", "suggest", "argue", "confirm", "acknowledge", "admit", "deny",
    "indicate", "mention", "point", "warn", "caution", "emphasize", "emphasise", "stress", "observe"})
STATIVE_LEMMAS = frozenset({
    "be", "have", "own", "seem", "appear", "hope", "believe", "think", "know", "expect", "estimate",
    "predict", "want", "wish", "plan", "intend", "need", "mean", "remain", "include", "contain", "consist",
    "cost", "feel", "like", "love", "look", "sound", "belong", "lack", "consider", "hold", "keep", "seek",
    "continue", "tend", "fear", "doubt", "suspect", "understand", "resemble",
    "exist", "depend", "involve", "require", "deserve", "prefer", "regard", "represent", "suppose",
    "assume", "anticipate", "project", "forecast", "reckon", "reflect"})


def _false_initials(sentence: str) -> set[int]:
    """Where the tokenizer's middle initial is a letter that ends a sentence the splitter missed ("It was rated
    grade A. Then it fell"): the word after it opens a sentence (`opening_words`). Tested here, in a set, rather
    than by a lookahead joining some 2,000 words into the pattern (which took a tenth of a second or more to
    compile in every process)."""
    openers = opening_words()
    return {m.start() - 1 for m in _INITIAL_AND_NEXT_WORD.finditer(sentence) if m.group(1) in openers}


_NEGATIONS = (r"|\w+?(?=n['’]t\b)"              # did|n't
              r"|n['’]t\b")
# A typewriter's double quotes (``wire copy'') are one token each, as Penn Treebank writes them: an opening and a
# closing quote, not two backquotes and two apostrophes (read as possessives). Of three closing marks the first
# closes a nested single quote ("`healthy''' she said": "'" then "''").
_REST = (r"|``|''(?!')"
         r"|['’](?:s|S|re|ve|ll|d|m)\b"       # clitics
         # a currency's letters glued to an amount in thousands ("P250,000", "Rs1,500,000", "N40,000"): two tokens,
         # as "$250,000" is, so the amount stays one number (the word below would end at its comma: "P250" "," "000")
         r"|(?<!\w)[A-Z][A-Za-z]{0,2}(?=\d{1,3}(?:,\d{3})+(?![\d,]))"
         # words, four-week, AT&T; a web address's name with its lower-case domain glued by dots and no space
         # ("Snopes.com", "bbc.co.uk"): one word, not a name, a full stop and a word "com" (text glued at a
         # sentence's stop opens its next sentence with a capital: "in 2024.A new law" stays two)
         r"|\w+(?:[-&]\w+)*(?:\.[a-z]{2,}\b)*"
         r"|--+|\.\.\.|\S")


# The tokenizer, with and without the "n't" alternatives (the second for a sentence with no "n'", most: they can
# match nothing there, and the lazy one tried a lookahead after every letter of every word). Its middle initials
# before a word that opens a sentence are split again by `_tag_sentence`. Compiled at import (2 ms): the opening
# words are checked in a set (`_false_initials`), not joined into the pattern.
# Every alternative starts on a non-space character, so a space fails at the leading (?=\S) instead of trying each
# alternative in turn; the abbreviation's look-ahead takes its letters possessively ({1,4}+): the letters it takes
# greedily are all there are (or four), so giving some back never finds the "." after them either.
# A wire's stock code after a company's name, one token ("Acme Corp ACME.TO ACMX.O reported", "Hoshi 6789.T"): tried
# first, as an abbreviation or a number would take its first part and leave the letter after the dot to be a word.
# Only where a wire prints one: right after "(" or "<", or after a space after a capitalised word (a name, or the
# letters of the code before it) that is no determiner or preposition (the fixed-width look-behinds, one per
# length of that word); never a year's digits. Elsewhere it is text glued at a full stop ("in 2024.A new law",
# "the US.A spokesman", "The EU.A"): two tokens, a sentence's end and the next one's first word. The look-ahead
# first: most positions fail it at once, and the look-behinds are read only before a code's shape.
_STOCK_CODE_SHAPE = r"[A-Z0-9]{2,6}(?:_[a-z]{1,2})?\.[A-Z]{1,2}\b(?!\.)"
_CODE_AFTER_NAME = "|".join(rf"(?<=\b[A-Z][\w&]{{{n}}} )" for n in range(16))
_CODE_NOT_AFTER = ("(?<!\\bA )(?<!\\b(?:An|In|On|At|By|To|Of|No|My) )(?<!\\b(?:The|Its|His|Her|Our|For|Any|All) )"
                   "(?<!\\b(?:This|That|Some|Each|Your|From|With|Both|Into) )(?<!\\b(?:These|Those|Their|Every|After) )")
_STOCK_CODE = (rf"(?=(?!(?:19|20)\d\d\.){_STOCK_CODE_SHAPE})(?:(?<=[(<])|(?:{_CODE_AFTER_NAME}){_CODE_NOT_AFTER})"
               rf"{_STOCK_CODE_SHAPE}|")
_TOKEN = re.compile(r"(?=\S)(?:" + _STOCK_CODE + _ABBREVIATIONS + _NEGATIONS + _REST + ")")
_TOKEN_PLAIN = re.compile(r"(?=\S)(?:" + _STOCK_CODE + _ABBREVIATIONS + _REST + ")")


_GROUP, _START, _END = re.Match.group, re.Match.start, re.Match.end

_LEXICON_KEY = str.maketrans({"’": "'", "‘": "`", "“": "``", "”": "''", "—": "--", "–": "--"})


# --- the Brill tagger over TextBlob's data -------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class _LexicalRule:
    when: str | None   # the tag an unknown word must have for the rule to apply (None: any)
    command: str       # hassuf, haspref, char, addsuf, addpref, deletesuf, deletepref, goodleft, goodright
    affix: str
    tag: str


_Check = Callable[[list[str], list[str], int], bool]  # a contextual rule's test at a position
_Scan = Callable[[list[str], list[str], list[int]], bool]  # does the test hold at any of these positions?


@dataclass(frozen=True, slots=True)
class _ContextRule:
    source: str
    target: str
    check: _Check
    scan: _Scan          # one call per rule and sentence: most rules change nothing, and say so at once
    word: str | None     # a word the sentence must hold for the rule to apply (None: tags only)
    tags: tuple[str, ...]  # the tags its test compares with: each must be in the sentence for it to apply
    # A tag its test wants right before (-1) or after (+1) the word it changes, when the test needs one
    # whatever else holds ("t[i - 1] == x and ..."): (-1, "TO") for "NN VB PREVTAG TO". None otherwise.
    neighbour: tuple[int, str] | None
    # The tags its test wants right before and right after the word whatever else holds ("t[i - 1] == x and
    # t[i + 1] == y"): ("STAART", "NN") for "NNP NN SURROUNDTAG STAART NN". None otherwise.
    surround: tuple[str, str] | None


@dataclass(frozen=True, slots=True)
class _Brill:
    lexicon: _Lexicon
    lexical: tuple[tuple[str | None, str, str, str, int], ...]  # (when, command, affix, tag, len(affix))
    context: tuple[_ContextRule, ...]  # in the order Brill learnt them
    # The same rules as (source, target, scan, check), what the tagging loop reads of each; a rule that
    # would give a word the tag it has already never applies, and is left out of the masks below.
    steps: tuple[tuple[str, str, _Scan, _Check], ...]
    # Rule sets as bit masks over rule numbers (bit r = rule r), so a sentence walks its rules in order
    # by taking the lowest set bit: the rules that change each tag, those that need a given word, and
    # those that need none.
    by_source: dict[str, int]
    by_word: dict[str, int]
    wordless: int
    # Rules by the tags their tests need: the first needed tag and the second (none, one or two each).
    by_first_tag: dict[str, int]
    by_second_tag: dict[str, int]
    # The three masks of a tag at once (rules changing it, needing it first, needing it second), for the
    # tags a sentence starts with: one look-up a tag instead of three.
    by_tag_masks: dict[str, tuple[int, int, int]]
    no_first_tag: int
    no_second_tag: int
    after_words: frozenset[str]   # the words a lexical rule may want right before an unknown word ...
    before_words: frozenset[str]  # ... and right after it: any other neighbour is as good as none
    # Rules by the pair of tags they need side by side (`_ContextRule.neighbour`), keyed by the two tags as
    # they stand, left then right (the changed word's either); `no_neighbour`, the rules without such a pair.
    by_tag_pair: dict[tuple[str, str], int]
    no_neighbour: int
    # Rules that want the sentence's boundary on one side of the word and a tag on the other (`_ContextRule.
    # surround`, "NNP NN SURROUNDTAG STAART NN"), by the three tags they need in a row, instead: only the first
    # (or last) word can match. A sentence opening with a name holds the pair ("STAART", "NNP"), and the rule's
    # scan walked every name for the one place it can apply, where the next word is seldom a noun. (The
    # sentence's two edges are two look-ups; every word's three tags in a row cost more than the scans spared.)
    by_edge_triple: dict[tuple[str, str, str], int]
    edge_rules: int  # all of them: let through when a word is tagged "STAART" (no tagger gives it; were one to)
    lexical_index: _LexicalIndex  # the lexical rules by the affix, character or neighbour their test needs


@dataclass(frozen=True, slots=True)
class _LexicalIndex:
    """Brill's lexical rules (`_Brill.lexical`) as bit masks over their numbers, by what each one's test needs: a
    word hits a "hassuf" rule only when its last len(affix) characters are the affix, so the rules it may hit are
    found by a few dict look-ups (one per affix length) instead of a test per rule (148 of them, for each
    unknown word). The rules that ask the lexicon (addsuf, deletesuf, addpref, deletepref) are tested one by one
    as before, in their turn, and only when their tag condition holds: the lexicon is asked what it was."""
    by_suffix: dict[str, int]
    suffix_lengths: tuple[int, ...]
    by_prefix: dict[str, int]
    prefix_lengths: tuple[int, ...]
    by_char: dict[str, int]  # one-character "char" rules
    by_before: dict[str, int]  # goodright: the word right before
    by_after: dict[str, int]  # goodleft: the word right after
    tested: int  # the rules tested one by one: the lexicon's, and any other the masks above cannot answer


def _data_dir() -> Path:
    # find_spec on a top-level name locates the package without importing it (importing would load NLTK).
    spec = importlib.util.find_spec("textblob")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("timeline_app.core.grammar needs the 'textblob' package (its Brill lexicon)")
    return Path(next(iter(spec.submodule_search_locations))) / "en"


def _rows(path: Path) -> Iterator[list[str]]:
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip() and not line.startswith(";;;"):
                yield line.split()


def _table_buffer(chunks: Iterable[bytes], size: int) -> bytearray:
    """A newline, then a table's bytes from `chunks`, in one buffer of `size` + 1 bytes filled in place (grown or
    cut if the chunks hold more or fewer). Reading the table whole, decoding it and putting a newline before it
    made two or three copies of it for a moment, which stayed resident (the allocator keeps their pages): 4 MB of
    the set-up's 10."""
    buffer = bytearray(size + 1)
    buffer[0] = 10  # "\n"
    at = 1
    for chunk in chunks:
        buffer[at:at + len(chunk)] = chunk  # (beyond the end: appended)
        at += len(chunk)
    del buffer[at:]
    return buffer


def _file_buffer(path: Path) -> bytearray:
    with open(path, "rb") as f:
        return _table_buffer(iter(partial(f.read, 1 << 16), b""), os.fstat(f.fileno()).st_size)


def _gzip_buffer(path: Path) -> bytearray:
    with open(path, "rb") as f:
        f.seek(-4, os.SEEK_END)
        size = int.from_bytes(f.read(4), "little")  # the gzip trailer's size of what it holds (mod 2**32)
        f.seek(0)
        with gzip.GzipFile(fileobj=f) as unzipped:
            return _table_buffer(iter(partial(unzipped.read, 1 << 16), b""), size)


class _SortedLines:
    """A table's lines (`key<separator>rest`, UTF-8) as one buffer of bytes sorted by key, with the key of a line
    every `SAMPLE` bytes and where that line starts: a key's lines are found by a bisection of the sampled keys
    (in C) and one search in the kilobyte between two of them. One buffer instead of a string, a tuple or a dict
    entry per line: the Brill lexicon was 9.3 MB as a dict of its 94,000 words, lemminflect's tables 1.4 MB of
    three-letter blocks besides their text. Bytes rather than text: a table is read into its buffer in place
    (`_table_buffer`), and a line beyond Latin-1 costs its own bytes (as text it made the whole table 2 or 4 bytes
    a character). UTF-8 sorts as its characters do, so the order of the bytes is the order of the words. The
    tables ship sorted (checked here in one C-level pass; sorted here if one ever is not). The separator is one
    byte, and every line holds it (a key's lines must follow one another): the shipped tables' lines all do
    (`_Lexicon` respells any other line), bar the empty one after the last newline."""

    __slots__ = ("text", "size", "separator", "places", "keys", "_file", "_delta", "_identity", "_prepare",
                 "_lock", "_last_read", "__weakref__")
    SAMPLE = 1024

    def __init__(self, text: bytearray, separator: bytes) -> None:
        """`text`: the table after a newline (`_table_buffer`), taken over, not copied."""
        if not text.startswith(b"\n"):
            raise ValueError("a table's buffer opens with a newline")
        self.separator = separator
        sep = re.escape(separator)
        if text.endswith(b"\n") and len(text) > 1:
            del text[-1]  # the last line's newline: no empty line after it
        # Each key against the next, streamed (a list of every key would be 5 MB for a moment).
        keys, following = tee(map(_FIRST_GROUP, re.finditer(b"^([^%s\n]*)%s" % (sep, sep), text, re.MULTILINE)))
        next(following, None)
        if not all(map(operator.le, keys, following)):
            lines = text[1:].split(b"\n")
            lines.sort(key=lambda line: line.partition(separator)[0])  # stable: a key's lines keep their order
            text = bytearray(b"\n" + b"\n".join(lines))
        self.text: bytearray | None = text  # every line, the first too, follows a newline (None: on file)
        self.size = len(text)
        self._file = -1     # with the text on file (`keep_on_file`): the file's descriptor, and ...
        self._delta = 0     # ... the offset in the file of the text's first byte, its newline (-1: none there),
        self._identity: tuple[int, int, int] = (0, 0, 0)  # ... its size, mtime and inode then (`_file_identity`),
        self._prepare: Callable[[bytearray], bytearray] | None = None  # ... and what makes its bytes the text
        self._lock = threading.Lock()
        self._last_read: tuple[int, bytes] = (0, b"")  # ... and the stretch read from it last: (offset, bytes)
        self.places = array("q")  # the newline before each sampled line
        self.keys: list[bytes] = []  # its key
        at = 0 if len(text) > 1 else -1  # (an empty table: no line)
        while at >= 0:
            split = text.find(separator, at + 1)
            self.places.append(at)
            self.keys.append(bytes(text[at + 1:split]))
            at = text.find(b"\n", at + self.SAMPLE)

    def keep_on_file(self, path: Path, prepare: Callable[[bytearray], bytearray] | None = None) -> bool:
        """Read the table from the file `path` from now on, not from memory, when the text is that file's end byte
        for byte (bar its last newline): a lexicon whose only odd lines are a comment header. A word's first
        look-up then reads the kilobyte it is in (`os.pread`: the operating system's cache of the file, shared
        and given back under pressure, not this process's memory). False (the text kept) otherwise, or where
        there is no `pread`. Should the file change in place later (cut, or written anew), the table is read
        into memory again from it, its bytes through `prepare` (`_Lexicon`'s respelling) as at first."""
        text = self.text
        if text is None or not hasattr(os, "pread"):
            return text is None
        fd = -1
        try:
            fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
            identity = _file_identity(fd)
            length = identity[0]
            if length and os.pread(fd, 1, length - 1) == b"\n":
                length -= 1
            delta = length - len(text)  # where the text's newline is in the file (-1: before it, none)
            if delta < -1 or delta >= 0 and os.pread(fd, 1, delta) != b"\n":
                raise LookupError
            with memoryview(text) as view:
                for at in range(1, len(text), 1 << 16):
                    if view[at:at + (1 << 16)] != os.pread(fd, min(1 << 16, len(text) - at), at + delta):
                        raise LookupError
            if _file_identity(fd) != identity:  # written to while being compared
                raise LookupError
        except (LookupError, OSError):
            if fd >= 0:
                os.close(fd)
            return False
        self._file, self._delta, self._identity, self._prepare, self.text = fd, delta, identity, prepare, None
        weakref.finalize(self, os.close, fd)
        return True

    def _read(self, start: int, stop: int) -> bytes:
        """The text's bytes from `start` to `stop` (or its end), read from its file. `_FileChanged` when the file
        is no longer what it was (a short read: cut; or another size or time): its bytes would not be the text's
        (a look-up reading on past a cut found no more and read on for ever)."""
        stop = min(stop, self.size)
        if start == 0 and self._delta < 0:
            read = b"\n" + os.pread(self._file, stop - 1, 0)
        else:
            read = os.pread(self._file, stop - start, start + self._delta)
        if len(read) != stop - start or _file_identity(self._file) != self._identity:
            raise _FileChanged
        return read

    def _to_memory(self) -> None:
        """The table read from its changed file into memory, once (a look-up on another thread may find the
        change too): the file as it is now, through `prepare`, sorted as the table was built."""
        with self._lock:
            if self.text is not None:
                return
            chunks, at = [], 0
            while chunk := os.pread(self._file, 1 << 16, at):
                chunks.append(chunk)
                at += len(chunk)
            text = _table_buffer(chunks, at)
            if self._prepare is not None:
                text = self._prepare(text)
            fresh = _SortedLines(text, self.separator)
            self.places, self.keys, self.size = fresh.places, fresh.keys, fresh.size
            self.text = fresh.text  # (last: a look-up that finds it reads the rest as they now are)

    def whole(self) -> bytes | bytearray:
        """The whole text (from its file: a passing copy)."""
        if self.text is None:
            try:
                return self._read(0, self.size)
            except _FileChanged:
                self._to_memory()
        return self.text

    def lines(self, key: bytes) -> list[bytes]:
        """What follows the separator on every line of `key`, in the table's order. `key` may not hold the
        separator or a newline."""
        try:
            return self._lines(key)
        except _FileChanged:
            self._to_memory()
            return self._lines(key)

    def _lines(self, key: bytes) -> list[bytes]:
        # Its first line is after the last sample of a smaller key and no later than the next sample (of a
        # greater key, or of this one); its other lines follow it.
        places, needle = self.places, b"\n" + key + self.separator
        i = bisect_left(self.keys, key)
        start = places[i - 1] if i else 0
        stop = places[i] + len(needle) if i < len(places) else self.size
        text, offset = self.text, 0
        if text is None:  # on file: those samples' stretch and a line more (a key's lines, mostly; else read on)
            # The stretch read last, when it holds all this look-up would read: a word's first look-up is often in the
            # stretch of the one before (Brill's lexical rules try "Reupke", then "Reupkes", "Reupked"; a run's words
            # come back to the common stretches): 37% of the reads on TBAQ, 77% on 1 MB of news. Its bytes are the
            # file's when they were read, as the words kept in `_Lexicon.looked_up` are.
            offset, text = self._last_read
            if not offset <= start or offset + len(text) < min(stop + 64, self.size):
                text, offset = self._read(start, stop + 64), start
                self._last_read = (offset, text)
        at = text.find(needle, start - offset, stop - offset)
        out = []
        while at >= 0:
            end = text.find(b"\n", at + 1)
            if (end < 0 or end + len(needle) > len(text)) and offset + len(text) < self.size:
                text = self._read(offset, offset + 2 * len(text))  # read on: the key's lines run past what was read
                self._last_read = (offset, text)
                continue
            if end < 0:
                end = len(text)
            out.append(bytes(text[at + len(needle):end]))
            at = end if text.startswith(needle, end) else -1
        return out


class _FileChanged(Exception):
    """A table's file changed in place after `_SortedLines.keep_on_file`."""


def _file_identity(fd: int) -> tuple[int, int, int]:
    """The open file's size, modification time and inode: another size or time, it was written to."""
    stat = os.fstat(fd)
    return stat.st_size, stat.st_mtime_ns, stat.st_ino


# A lexicon line that `_rows` may read otherwise than as it stands (a comment, or other than "word TAG" in printable
# ASCII: other spacing, a blank line, more fields, a carriage return, a character beyond ASCII), with its newline.
_ODD_LEXICON_LINE = re.compile(rb"^(?:;;;|(?![!-~]+ [!-~]+$))[^\n]*\n?", re.MULTILINE)
_FIRST_GROUP = itemgetter(1)
_LEXICON_CACHE_WORDS = 32768  # the words looked up lately, kept as a dict: about 3 MB when full
_MOST_RESPELT_IN_PLACE = 64  # more odd stretches than this: the lexicon is written anew (each in place moves the rest)


def _respell_lexicon(text: bytearray) -> bytearray:
    """The lexicon's lines (`text` as `_table_buffer` reads it) as `_rows` reads them, each "word TAG": comments and
    blank lines gone, other spacing and fields respelled, as a text-mode reading splits lines (at a carriage return
    too). Only the odd lines are read as text; the shipped lexicon's are its comment header, one stretch, taken out
    in place (its few lines beyond ASCII read as they stand)."""
    stretches: list[tuple[int, int, bytes]] = []  # (start, end, what replaces it)
    for m in _ODD_LEXICON_LINE.finditer(text, 1):
        respelt = []
        for line in re.split("\r\n?|\n", m.group().decode("utf-8")):
            row = line.split()
            if len(row) >= 2 and not line.startswith(";;;"):
                respelt.append(f"{row[0]} {row[1]}\n")
        replacement = "".join(respelt).encode("utf-8")
        if not m.group().endswith(b"\n"):  # the last line, without one: none added (it would grow the buffer by
            replacement = replacement.removesuffix(b"\n")  # an eighth, the over-allocation of a growing bytearray)
        if replacement == m.group():
            continue
        if stretches and stretches[-1][1] == m.start():
            stretches[-1] = (stretches[-1][0], m.end(), stretches[-1][2] + replacement)
        else:
            stretches.append((m.start(), m.end(), replacement))
    if len(stretches) <= _MOST_RESPELT_IN_PLACE:
        for start, end, replacement in reversed(stretches):
            text[start:end] = replacement
        return text
    pieces, at = [], 0
    for start, end, replacement in stretches:
        pieces += [text[at:start], replacement]
        at = end
    pieces.append(text[at:])
    return bytearray().join(pieces)


class _LookedUp(dict):
    """The words the lexicon was asked about lately → their tag (None: a word it lacks), so that a word met
    before is a dict look-up in C (`map(looked_up.__getitem__, words)`); a new word's is `__missing__`'s."""

    __slots__ = ("find",)

    def __missing__(self, word: str) -> str | None:
        tag = self.find(word)
        if len(self) >= _LEXICON_CACHE_WORDS:  # bounded: names and numbers must not grow it with the documents
            self.clear()
        self[word] = tag
        return tag


class _Lexicon:
    """The Brill lexicon, word → tag, for all its 94,000 words: held as one buffer of its lines (`_SortedLines`,
    1.2 MB; it was a dict of 9.3 MB), and the words a run has asked about kept as a dict (`tag_of`: the tag or
    None, in C for a word met before), so only a word's first look-up reads the text. A run meets a few thousand of
    the words, and names and numbers the lexicon lacks; at `_LEXICON_CACHE_WORDS` the dict is emptied."""

    __slots__ = ("_lines", "_tag_names", "looked_up", "tag_of")

    def __init__(self, path: Path) -> None:
        self._lines = _SortedLines(_respell_lexicon(_file_buffer(path)), b" ")
        self._lines.keep_on_file(path, _respell_lexicon)  # the shipped lexicon is its file bar the comment header: 1.2 MB less held
        # One string per tag, as the dict this replaced held them.
        self._tag_names: dict[bytes, str] = {}
        self.looked_up = _LookedUp()
        self.looked_up.find = self._find
        self.tag_of: Callable[[str], str | None] = self.looked_up.__getitem__

    def _find(self, word: str) -> str | None:
        """`word`'s tag read from the text (not through the look-ups' dict), None when the lexicon lacks it."""
        # (A word holding a space or a newline is found nowhere: every line is "word TAG" exactly; nor is one
        # holding a lone surrogate, whose bytes are no UTF-8.)
        tags = self._lines.lines(word.encode("utf-8", "surrogatepass"))
        if not tags:
            return None
        tag = tags[-1]  # listed twice: the last, as a dict keeps
        name = self._tag_names.get(tag)
        if name is None:
            name = self._tag_names[tag] = tag.decode("utf-8")
        return name

    def get(self, word: str, default: str | None = None) -> str | None:
        tag = self.tag_of(word)
        return default if tag is None else tag

    def __contains__(self, word: str) -> bool:
        return self.tag_of(word) is not None

    def knows(self, word: str) -> bool:
        """Whether the lexicon has `word`, read from the text and not kept among the words looked up: for the
        made-up spellings Brill's lexical rules try ("Reupkes"), which no text asks about again."""
        return self.unkept_tag(word) is not None

    def unkept_tag(self, word: str) -> str | None:
        """`word`'s tag (None when the lexicon lacks it), read from the text when it was not looked up before and
        then not kept among the words looked up."""
        return self.looked_up[word] if word in self.looked_up else self._find(word)

    def words_tagged(self, tags: Iterable[str]) -> list[str]:
        """Every word whose tag is one of `tags`, in the table's order, read from the text (a word listed twice
        has its last line's tag, as `get` gives). The regex finds the tags (" DT" at a line's end; every line is
        "word TAG") and the word is read back from its line's start: matching the word first would try every one
        of the 94,000 lines (25 ms, against 6)."""
        wanted = frozenset(tags)
        if not wanted:
            return []
        ends = re.compile(b" (?:" + b"|".join(re.escape(tag.encode("utf-8")) for tag in sorted(wanted))
                          + b")(?![^\n])")
        text = self._lines.whole()
        found = []
        for m in ends.finditer(text):
            word = text[text.rfind(b"\n", 0, m.start()) + 1:m.start()]
            if not text.startswith(b"\n" + word + b" ", m.end()):
                found.append(word.decode("utf-8"))
        return found


_LEXICAL_COMMANDS = frozenset({"hassuf", "haspref", "char", "addsuf", "addpref", "deletesuf", "deletepref",
                               "goodleft", "goodright"})


@lru_cache(maxsize=1)
def _brill() -> _Brill:
    folder = _data_dir()
    lexicon = _Lexicon(folder / "en-lexicon.txt")
    lexical = []
    for row in _rows(folder / "en-morphology.txt"):
        # "ly hassuf 2 RB x" (any tag) or "NN s fhassuf 1 NNS x" (only words tagged NN so far).
        if row[1].lower() in _LEXICAL_COMMANDS:
            lexical.append(_LexicalRule(None, row[1].lower(), row[0], row[-2]))
        elif row[2].lower()[1:] in _LEXICAL_COMMANDS:
            lexical.append(_LexicalRule(row[0], row[2].lower()[1:], row[1], row[-2]))
    # Brill's tagger lets a rule give a known word only a tag it was seen with; Pattern's lexicon keeps one
    # tag per word, so the two rules that turn any preposition into a verb (meant for "they like it")
    # would make "against him on Oct. 3" a verb "on". They are left out.
    context = tuple(_context_rule(row) for row in _rows(folder / "en-context.txt")
                    if not (row[0] == "IN" and row[1].startswith("VB")))
    by_source: dict[str, int] = {}
    by_word: dict[str, int] = {}
    wordless = 0
    by_tag: tuple[dict[str, int], dict[str, int]] = ({}, {})
    untagged = [0, 0]
    by_pair: dict[tuple[str, str], int] = {}
    by_triple: dict[tuple[str, str, str], int] = {}
    no_neighbour = 0
    for number, rule in enumerate(context):
        if rule.target == rule.source:
            continue
        if rule.surround is not None and "STAART" in rule.surround:
            triple = (rule.surround[0], rule.source, rule.surround[1])
            by_triple[triple] = by_triple.get(triple, 0) | 1 << number
        elif rule.neighbour is None:
            no_neighbour |= 1 << number
        else:
            side, tag = rule.neighbour
            pair = (tag, rule.source) if side < 0 else (rule.source, tag)
            by_pair[pair] = by_pair.get(pair, 0) | 1 << number
        by_source[rule.source] = by_source.get(rule.source, 0) | 1 << number
        if rule.word is None:
            wordless |= 1 << number
        else:
            by_word[rule.word] = by_word.get(rule.word, 0) | 1 << number
        for k in (0, 1):
            if k < len(rule.tags):
                by_tag[k][rule.tags[k]] = by_tag[k].get(rule.tags[k], 0) | 1 << number
            else:
                untagged[k] |= 1 << number
    return _Brill(lexicon, tuple((r.when, r.command, r.affix, r.tag, len(r.affix)) for r in lexical), context,
                  tuple((r.source, r.target, r.scan, r.check) for r in context),
                  by_source, by_word, wordless, by_tag[0], by_tag[1],
                  {tag: (by_source.get(tag, 0), by_tag[0].get(tag, 0), by_tag[1].get(tag, 0))
                   for tag in by_source.keys() | by_tag[0].keys() | by_tag[1].keys()},
                  untagged[0], untagged[1],
                  frozenset(r.affix for r in lexical if r.command == "goodright"),
                  frozenset(r.affix for r in lexical if r.command == "goodleft"),
                  by_pair, no_neighbour, by_triple, reduce(operator.or_, by_triple.values(), 0),
                  _lexical_index(lexical))


def _lexical_index(rules: Sequence[_LexicalRule]) -> _LexicalIndex:
    tables: dict[str, dict[str, int]] = {"hassuf": {}, "haspref": {}, "char": {}, "goodright": {}, "goodleft": {}}
    tested = 0
    for number, rule in enumerate(rules):
        table = tables.get(rule.command)
        if table is None or not rule.affix or rule.command == "char" and len(rule.affix) != 1:
            tested |= 1 << number  # (an empty affix, which every word ends with, is tested as it stands too)
        else:
            table[rule.affix] = table.get(rule.affix, 0) | 1 << number
    return _LexicalIndex(tables["hassuf"], tuple(sorted({len(a) for a in tables["hassuf"]})),
                         tables["haspref"], tuple(sorted({len(a) for a in tables["haspref"]})),
                         tables["char"], tables["goodright"], tables["goodleft"], tested)


# --- words that open a sentence ------------------------------------------------------------------------------
# Closed word classes (and adverbs): determiners, prepositions and subordinators, conjunctions, pronouns and
# their possessives, wh-words, "there". A capitalised one opens a sentence or clause ("The", "When", "Its",
# "Then"): it is no part of a name, a compound role, or a middle initial's next word. Modals are left out: a
# statement does not open with one, and "May", "Will", "Can" are names' words as often.
_OPENING_TAGS = frozenset({"DT", "PDT", "IN", "CC", "TO", "EX", "PRP", "PRP$", "WDT", "WP", "WP$", "WRB", "RB"})


@lru_cache(maxsize=1)
def opening_words() -> frozenset[str]:
    """The capitalised words that open a sentence and are never part of a name (`opens_sentence`): the words
    the tagger's lexicon knows in lower case only as one of `_OPENING_TAGS` and does not know, capitalised, as
    a proper noun ("North", "Long", "Van" are), and the day words ("Yesterday", "Today"), which name no one.
    One letter is a word only as "A" and "I" (the lexicon's "s", "u", "o" are slips or initials)."""
    lexicon = _brill().lexicon
    # (Each capitalised word's tag is read without keeping it among the words looked up: 2,000 entries a text
    # mostly never asks about.)
    words = {word.capitalize() for word in lexicon.words_tagged(_OPENING_TAGS)
             if word.isalpha() and word.islower() and (len(word) > 1 or word in "ai")
             and lexicon.unkept_tag(word.capitalize()) not in ("NNP", "NNPS")}
    return frozenset(words | {word.capitalize() for word in DAY_WORDS})


def lexicon_tag(word: str) -> str | None:
    """The tag the tagger's lexicon gives `word` as written, None when it does not know it."""
    return _brill().lexicon.get(word)


def opens_sentence(word: str) -> bool:
    """Is `word`, as written, a capitalised word that opens a sentence rather than a name ("The", "When",
    "Its", "Then", "Yesterday"; not "May", "North", "Steve")? See `opening_words`."""
    return word in opening_words()


_NUMBER = re.compile(r"^[\d.,:/$%-]*\d[\d.,:/$%-]*(?:st|nd|rd|th|s)?$")
# A character `str.isalnum` says yes to: the re module's \w is exactly isalnum() or "_".
_ALNUM_CHAR = re.compile(r"[^\W_]")


# Brill's contextual rule templates: the test at position i over the padded words w and tags t (three
# boundary markers on each side, so i±3 is always valid), and which argument, if any, is a word the
# sentence must contain for the rule to apply at all.
_CONDITIONS: dict[str, tuple[str, str | None]] = {
    "prevtag": ("t[i - 1] == x", None),
    "nexttag": ("t[i + 1] == x", None),
    "surroundtag": ("t[i - 1] == x and t[i + 1] == y", None),
    "wdnexttag": ("w[i] == x and t[i + 1] == y", "x"),
    "wdprevtag": ("t[i - 1] == x and w[i] == y", "y"),
    "prevwd": ("w[i - 1] == x", "x"),
    "nextwd": ("w[i + 1] == x", "x"),
    "curwd": ("w[i] == x", "x"),
    "prev2tag": ("t[i - 2] == x", None),
    "next2tag": ("t[i + 2] == x", None),
    "prev1or2tag": ("t[i - 1] == x or t[i - 2] == x", None),
    "next1or2tag": ("t[i + 1] == x or t[i + 2] == x", None),
    "prev1or2or3tag": ("t[i - 1] == x or t[i - 2] == x or t[i - 3] == x", None),
    "next1or2or3tag": ("t[i + 1] == x or t[i + 2] == x or t[i + 3] == x", None),
    "prev1or2wd": ("w[i - 1] == x or w[i - 2] == x", "x"),
    "next1or2wd": ("w[i + 1] == x or w[i + 2] == x", "x"),
    "prev1or2or3wd": ("w[i - 1] == x or w[i - 2] == x or w[i - 3] == x", "x"),
    "next1or2or3wd": ("w[i + 1] == x or w[i + 2] == x or w[i + 3] == x", "x"),
    "prevwdtag": ("w[i - 1] == x and t[i - 1] == y", "x"),
    "nextwdtag": ("w[i + 1] == x and t[i + 1] == y", "x"),
    # (the word itself, y, not the one before it: x is "STAART" for a sentence's first word, which every sentence
    # "holds", and "NNP NN LBIGRAM STAART Business" would be tried on every sentence's names; both are needed)
    "lbigram": ("w[i - 1] == x and w[i] == y", "y"),
    "rbigram": ("w[i] == x and w[i + 1] == y", "x"),
    "prevbigram": ("t[i - 2] == x and t[i - 1] == y", None),
    "nextbigram": ("t[i + 1] == x and t[i + 2] == y", None),
    "wdand2aft": ("w[i] == x and w[i + 2] == y", "x"),
    "wdand2tagaft": ("w[i] == x and t[i + 2] == y", "x"),
    "wdand2tagbfr": ("t[i - 2] == x and w[i] == y", "y"),
}


_TAG_ARGUMENT = re.compile(r"t\[i [+-] \d\] == ([xy])")  # an argument a condition compares a tag with
_NEIGHBOUR_TAG = re.compile(r"t\[i ([+-]) 1\] == ([xy])")  # ... the tag right before or after the word


# Penn Treebank's wh-determiners ("WDT"): "that" and "which" opening a relative clause, "what(ever)", "whichever".
_WH_DETERMINERS = frozenset({"that", "which", "what", "whatever", "whichever"})


def _context_rule(row: list[str]) -> _ContextRule:
    """One line of en-context.txt ("NN VB PREVTAG TO") as a rule whose test is compiled once: the
    template's condition with the rule's arguments bound, as a test at one position and as a scan over
    a list of positions (a loop in one function call, not a call per word)."""
    command, x, y = row[2].lower(), row[3] if len(row) > 3 else "", row[4] if len(row) > 4 else ""
    condition, word = _CONDITIONS.get(command, ("False", None))
    if row[1] == "WDT":
        # A wh-determiner is one of a closed class of words. Brill's tagger gives a word only a tag it was
        # seen with, so the rules that make "that" one before its clause's verb ("IN WDT NEXTTAG VBZ") touch
        # no other word; this lexicon keeps one tag a word, and they would make one of any preposition,
        # determiner or number there ("the share of/WDT calls", "iPhone 4/WDT was", "this/WDT summer").
        condition = f"w[i].lower() in wh and ({condition})"
    scope: dict[str, object] = {"x": x, "y": y, "wh": _WH_DETERMINERS}
    exec(f"def check(w, t, i):\n    return {condition}\n"
         f"def scan(w, t, places):\n    for i in places:\n        if {condition}:\n            return True\n"
         f"    return False\n", scope)
    # A neighbour's tag the test needs whatever else holds: one of its conditions when they are all required.
    needed = list(_NEIGHBOUR_TAG.finditer(condition)) if " or " not in condition else []
    sides = {m.group(1): x if m.group(2) == "x" else y for m in needed}
    return _ContextRule(row[0], row[1], scope["check"], scope["scan"],  # type: ignore[arg-type]
                        None if word is None else (x if word == "x" else y),
                        tuple(x if arg == "x" else y for arg in sorted(set(_TAG_ARGUMENT.findall(condition)))),
                        None if not needed else (-1 if needed[0].group(1) == "-" else 1,
                                                 x if needed[0].group(2) == "x" else y),
                        (sides["-"], sides["+"]) if len(sides) == 2 else None)


def _lexical_tag(word: str, tag: str, before: str, after: str, brill: _Brill) -> str:
    """An unknown word's tag after Brill's lexical rules, each in turn (a rule may test the tag an earlier
    one gave): affixes, characters, the lexicon's forms of the word, and its neighbours. Only the rules the word
    may hit are walked, in order (`_LexicalIndex`): a rule it cannot hit changes nothing whatever the tag."""
    index = brill.lexical_index
    candidates = index.tested | index.by_before.get(before, 0) | index.by_after.get(after, 0)
    by_suffix, by_prefix = index.by_suffix, index.by_prefix
    for n in index.suffix_lengths:
        if n > len(word):
            break
        candidates |= by_suffix.get(word[-n:], 0)
    for n in index.prefix_lengths:
        if n > len(word):
            break
        candidates |= by_prefix.get(word[:n], 0)
    by_char = index.by_char
    for char in by_char.keys() & set(word):
        candidates |= by_char[char]
    # (`knows`, not `in`: the spellings tried here are made up, "Reupkes", and would fill the look-ups' dict.)
    knows = brill.lexicon.knows
    rules = brill.lexical
    while candidates:
        low = candidates & -candidates
        candidates ^= low
        when, cmd, a, new, n = rules[low.bit_length() - 1]
        if when is not None and tag != when:
            continue
        if cmd == "hassuf":
            hit = word.endswith(a)
        elif cmd == "char":
            hit = a in word
        elif cmd == "haspref":
            hit = word.startswith(a)
        elif cmd == "deletesuf":
            hit = word.endswith(a) and knows(word[:-n])
        elif cmd == "addsuf":
            hit = knows(word + a)
        elif cmd == "deletepref":
            hit = word.startswith(a) and knows(word[n:])
        elif cmd == "addpref":
            hit = knows(a + word)
        elif cmd == "goodright":
            hit = before == a  # Brill's "goodright": the word stands right of `a`
        else:
            hit = after == a  # "goodleft": left of it
        if hit:
            tag = new
    return tag


_PAST_BE = frozenset({"was", "were"})

# The prefixes English joins to a verb with a hyphen, the word staying that verb ("re-signed", "co-founded",
# "pre-ordered", "mis-sold", "out-scored"): a closed class.
_VERB_PREFIXES = frozenset({"re", "co", "pre", "mis", "de", "un", "out", "over", "under", "counter"})


def _split_verb_prefix(word: str) -> tuple[str, str] | None:
    """("re-", "signed") for a word of a verb prefix, one hyphen and a lower-case word after it, else None."""
    prefix, hyphen, rest = word.partition("-")
    if not hyphen or prefix.lower() not in _VERB_PREFIXES or not rest.isalpha() or not rest.islower():
        return None
    return prefix + hyphen, rest


def _prefixed_verb_tag(key: str, lexicon: "_Lexicon") -> str | None:
    """The tag of a word the lexicon lacks that is a verb prefix and a hyphen before a verb form the lexicon knows
    ("re-signed" as "signed", "co-founded" as "founded"): one word of its last part's kind. Brill's rule for a
    hyphen made every such word an adjective ("He re-signed/JJ with the club": no verb, no act). None for any
    other word (a noun or adjective after the prefix keeps the rules' guess: "pre-war", "co-founder")."""
    split = _split_verb_prefix(key)
    if split is None:
        return None
    tag = lexicon.tag_of(split[1])
    return tag if tag is not None and tag[:2] == "VB" else None


@lru_cache(maxsize=16384)
def _unknown_tag(word: str, tag: str, before: str, after: str) -> str:
    """`_lexical_tag`, cached: names and numbers recur through a document, and a neighbour that no rule
    names is passed as "" so it does not split the cache."""
    return _lexical_tag(word, tag, before, after, _brill())


_FIRST_CHAR = itemgetter(0)


def _headline_case(words: Sequence[str]) -> bool:
    """'Senate Passes Budget Bill': most words capitalised, so a capital says nothing about names."""
    # The first letter of each word of four characters or more (C-level loops: this runs for every sentence).
    firsts = list(filter(str.isalpha, map(_FIRST_CHAR, compress(words, map(operator.gt, map(len, words), repeat(3))))))
    return len(firsts) >= 3 and sum(map(str.isupper, firsts)) >= 0.6 * len(firsts)


def headline_case(text: str) -> bool:
    """Is `text` written in headline case ("Government Survives Confidence Vote": most words capitalised)?"""
    return _headline_case(text.split())


_OPENERS = frozenset({"``", "(", ":", "--"})  # after these a capital may only start the quote or phrase
_RELATIVE_AFTER_NAME = frozenset({"which", "who", "whose", "whom"})


def _tags(words: list[str]) -> list[str]:
    brill = _brill()
    lexicon = brill.lexicon
    # Only non-ASCII characters are respelled for the lexicon: ASCII words are their own keys.
    keys = words if all(map(str.isascii, words)) else [w if w.isascii() else w.translate(_LEXICON_KEY) for w in words]
    n = len(keys)
    # (`tag_of`, not `get`: a word already met is then a dict look-up in C, see `_Lexicon`.)
    tags: list[str | None] = list(map(lexicon.tag_of, keys))
    for i in compress(range(n), map(str.isdigit, keys)):
        tags[i] = "CD"  # a figure is a number: the table's "2 IN" and "4 IN" are chat spellings of "to" and "for"
    # A capital that only starts a sentence (or follows an opening quote, bracket or colon) or a headline
    # word: its lower-case reading, and a known plural noun rather than a name ("Jurors began ...",
    # "Officials said ...").
    headline = _headline_case(words)
    if headline:
        starts: Sequence[int] = range(n)
    else:
        starts = [0]
        if not _OPENERS.isdisjoint(keys):
            starts += [i for i in range(1, n) if keys[i - 1] in _OPENERS]
    for i in starts:
        tag = tags[i]
        low = lexicon.tag_of(keys[i].lower())
        if tag is None or tag in ("NNP", "NNPS") and low == "NNS":
            tags[i] = low
    unknown: list[int] = []
    if None in tags:
        # The words the lexicon lacks, found by C-level loops (most sentences name someone it does not know).
        for i in compress(range(n), map(is_, tags, repeat(None))):
            key = keys[i]
            if _ALNUM_CHAR.search(key) is None:
                tags[i] = key if key in ",.:;()$#" else ":"
            elif _NUMBER.match(key):
                tags[i] = "CD"
            elif "-" in key and (hyphened := _prefixed_verb_tag(key, lexicon)) is not None:
                tags[i] = hyphened
            else:
                tags[i] = "NNP" if key[:1].isupper() else "NN"
                unknown.append(i)
    for i in unknown:  # Brill's lexical rules guess an unknown word's tag from its affixes and neighbours
        before = keys[i - 1] if i > 0 else ""
        after = keys[i + 1] if i + 1 < len(keys) else ""
        tag = _unknown_tag(keys[i], tags[i], before if before in brill.after_words else "",
                           after if after in brill.before_words else "")
        if tag[:2] == "VB" and tags[i] == "NNP" and (i not in starts or _INNER_CAPITAL.search(key := keys[i])
                                                      and key[:1].isupper()):
            # A capital inside a sentence marks a name, whatever its ending: an English verb is not capitalised
            # there ("Xi Jinping met", "Rudolf Scharping said"; the suffix rules would make "-ing" a VBG); nor
            # anywhere with a capital after a small letter inside it ("MindSpring closed the site": a name).
            tag = "NNP"
        elif tag != "NNP" and tags[i] == "NNP" and i + 2 < n and keys[i + 1] == "," \
                and keys[i + 2].lower() in _RELATIVE_AFTER_NAME:
            # A capitalised word a relative clause follows is that clause's antecedent, a name, whatever its ending
            # ("Pricely, which was sold in 2021, welcomed …": no adverb in -ly).
            tag = "NNP"
        tags[i] = tag
    if "FW" in tags:
        # A capitalised foreign word inside a run of names is part of the name: "Kim Jong Un", "Banco De Chile"
        # (the lexicon's FW "Un", "De"), so the name can be a verb's subject.
        for i in range(1, n):
            if tags[i] == "FW" and tags[i - 1] in ("NNP", "NNPS") and keys[i][:1].isupper():
                tags[i] = "NNP"
    # Likewise a capitalised word the lexicon knows as a preposition or determiner, inside a sentence and right
    # before a name, opens or continues that name: "the engineer Per Arnesen", "Banco Del Sur" (not at a sentence
    # or quotation start, where any word is capitalised, nor after a mark that may open one: a quote, a dateline's
    # dash; a headline capitalises every word).
    if not headline:
        # (the capitalised words found by a C-level loop: most sentences have only their first and some names)
        for i in compress(range(1, n - 1), map(str.istitle, keys[1:n - 1])):
            if tags[i] in ("IN", "DT") and tags[i + 1] in ("NNP", "NNPS") and i not in starts \
                    and keys[i + 1][:1].isupper() \
                    and keys[i - 1][:1].isalpha() and keys[i - 1][-1:].isalpha():  # (after a word, no mark)
                tags[i] = "NNP"
    lexical = list(tags)
    tags = _contextual(keys, tags, brill)  # type: ignore[arg-type]  # no None is left
    if "VBN" in tags:
        for i in compress(range(n), map(operator.eq, tags, repeat("VBN"))):
            if keys[i].lower() in _PAST_BE:
                # "was"/"were" are never participles: Brill's rule for a past after a past ("Students who
                # protested were/VBN arrested", "The man who ... exploded was/VBN identified") left the clause
                # without its finite verb, and the title without its act.
                tags[i] = "VBD"
    if "VBD" in tags or "VBZ" in tags:
        _participles_as_adjectives(keys, tags, lexical)
    if "who" in keys:
        for i in range(1, n - 1):
            if keys[i] == "who" and tags[i] == "WP" and tags[i + 1] in ("JJ", "NN") and keys[i + 1].isalpha() \
                    and keys[i + 1].endswith("ed") and _verb_form_of(keys[i + 1], "VBD"):
                # Right after a subject relative's "who" stands its verb, no adjective: "Fans who queued/JJ
                # overnight were let in" (the lexicon's JJ left the relative clause verbless, its antecedent lost).
                tags[i + 1] = "VBD"
    # Base forms that may be a subject's past: each VB, and each verb-first word the rules made a noun.
    base_forms: list[int] = list(compress(range(n), map(operator.eq, tags, repeat("VB")))) if "VB" in tags else []
    if tags != lexical:  # (one comparison in C, not a walk over the words, when no contextual rule moved one)
        for i in [i for i, tag, before in zip(count(), tags, lexical) if tag != before]:  # the words rules moved
            # A contextual rule made a verb of a word the lexicon knows only as a noun or adjective, and that
            # lemminflect's dictionary knows no verb reading of ("the No. 2 music retailer/VBP"): it stays
            # what it is.
            tag = tags[i]
            if tag[:2] == "VB" and lexical[i] in _NOT_VERB_TAGS and keys[i].isalpha() \
                    and not _verb_form_of(keys[i].lower(), tag):
                # Nor one whose spelling is no such form of its verb ("a winter storm/VBG the next day": the
                # rule "NN VBG NEXTTAG DT" is for "-ing" nouns, "the meeting/VBG the board"); a base form right
                # after a relative or a subject pronoun is its present ("which cosponsor/VBP the talks").
                tags[i] = "VBP" if i > 0 and tags[i - 1] in ("WDT", "WP", "PRP") \
                    and _verb_form_of(keys[i].lower(), "VBP") else lexical[i]  # type: ignore[call-overload]
            elif tag == "NN" and lexical[i] in _VERB_FIRST_TAGS:
                base_forms.append(i)
            elif tag == "VBD" and lexical[i] == "VBN" and _object_before_adverb(keys, tags, i):
                # A rule read a participle after an adverb as a past ("arrested a man allegedly/RB involved/VBD
                # in"): the noun before the adverb is a verb's or a preposition's object, no subject of its own.
                tags[i] = "VBN"
            elif tag in ("NNP", "NNPS") and i > 0 and tags[i - 1] in ("WDT", "WP") and keys[i].isalpha() \
                    and keys[i].islower():
                # A name's rule ("NNS NNP NEXTTAG NNP") made a name of the lower-case word right after a relative
                # pronoun, before a name ("which borders/NNP southern China"): a relative's subject is the
                # pronoun, so the word is its verb when English spells a verb so; else it stays as the lexicon had
                # it. Not when a verb follows it in the clause: the word is then the relative's own plural subject
                # ("which rebels Ansar Dine seized").
                verb = None if _verb_follows_in_clause(tags, i) else _relative_verb_tag(keys[i])
                tags[i] = verb if verb is not None else lexical[i]  # type: ignore[call-overload]
            elif tag in ("VBZ", "VBP") and lexical[i] == "NNS" and i > 0 and tags[i - 1] in ("WDT", "WP") \
                    and _verb_follows_in_clause(tags, i):
                # A rule made the verb of a plural noun after a relative word ("which engineers/VBZ built near
                # Kano", "which police/VBP say Smith stole"): a finite verb or participle right after it is the
                # clause's, so the noun is the object relative's subject.
                tags[i] = "NNS"
            elif tag == "VBN" and lexical[i] == "VBD" and keys[i].isalpha() and not _be_have_do(keys[i].lower()) \
                    and not _spelled_as(keys[i].lower(), "VBN"):
                # A rule made a participle of a past not so spelled ("The economy shrank/VBN by 0.2%", "grew",
                # "took", by the rule for a passive's "by"): it stays the past.
                tags[i] = "VBD"
            elif tag == "VBG" and lexical[i] == "VB" and keys[i].isalpha() \
                    and not _verb_form_of(keys[i].lower(), "VBG"):
                # A rule made an "-ing" form of a base form not so spelled ("The bank cut/VBG its rate", by the
                # rule for "the firm seeking its …"): it is the base form again, which may be a subject's past.
                tags[i] = "VB"
                base_forms.append(i)
    if base_forms:
        _finite_base_forms(keys, tags, sorted(base_forms))
        if "CC" in tags:
            _joined_subjects_presents(keys, tags)
    if "VBZ" in tags:
        _plural_nouns_ending_objects(keys, tags)
    if "VBP" in tags and "NNS" in tags:
        _compound_heads(keys, tags)
    if "VBN" in tags and "by" in keys:
        _finite_participles_before_by(keys, tags)
    if "ended" in keys and "VBD" in tags:
        _period_ended_participles(keys, tags)
    if n > 2 and tags[0] == "DT" and keys[0].lower() == "that" and tags[1] in ("DT", "PRP$", "NNP", "NNPS"):
        # A sentence's opening "That" before a determiner or a name is no determiner (determiners do not stack):
        # it opens a clause, the sentence's subject ("That the talks failed in May surprised no one").
        tags[0] = "IN"
    if "VBN" in tags and not _OBJECT_RELATIVE_KEYS.isdisjoint(keys):
        _finite_participles_in_object_relatives(keys, tags)
    if "VBN" in tags and (not _RELATIVE_BEFORE_OUTER_PAST.isdisjoint(keys)
                          or keys[0].lower() in _SUBJECT_CLAUSE_OPENERS):
        _outer_past_after_subject_relative(keys, tags)
    if "VBN" in tags and not _SUBORDINATE_OPENERS.isdisjoint(keys):
        _past_before_a_subordinate_clause(keys, tags)
    if "WP$" in tags and "NNS" in tags:
        _verbs_after_whose(keys, tags)
    if not _ADVERBIAL_CLAUSE_OPENERS.isdisjoint(keys) and ("NN" in tags or "NNS" in tags or "VBN" in tags):
        _verbs_after_subordinators(keys, tags)
    if "RB" in tags and "DT" in tags:
        _adverbs_after_determiners_as_nouns(keys, tags)
    if "NN" in tags and not _HAVE.isdisjoint(keys):
        _participles_after_have(keys, tags)
    if not _TIME_NOUN_KEYS.isdisjoint(keys) and ("VBN" in tags or "NN" in tags):
        _pasts_after_time_nouns(keys, tags)
    if "VBN" in tags and keys[-1] == ".":
        if _FINITE.isdisjoint(tags):
            _past_of_a_verbless_sentence(keys, tags)
        elif (frame := _closing_frame_start(tags)) is not None and _FINITE.isdisjoint(tags[:frame]):
            # ("A jury convicted/VBN Dunn on Friday, prosecutors said.": the clause the frame reports needs
            # a finite verb as much as a sentence does)
            _past_of_a_verbless_sentence(keys, tags, frame)
    return tags


_FRAME_SPEAKER_TAGS = frozenset({"JJ", "NN", "NNS", "NNP", "NNPS"})
_MAX_FRAME_SPEAKER = 4  # words of a closing frame's speaker after its determiner ("the state news agency")


# Where a clause may open: a participle right after one of these, before a noun and that noun's own finite
# verb, modifies the noun ("Confirmed cases stand at 48", "..., confirmed cases stand").
_PHRASE_OPENING_KEYS = frozenset({",", ":", ";", "``", "(", "--"})
# The tags of words a noun phrase's modifier may follow inside the phrase (a determiner, number, possessive,
# preposition or adjective); a noun, name or pronoun before the participle is its subject instead ("The company
# confirmed reports were false", "Police arrested suspects ...").
_BEFORE_MODIFIER_TAGS = frozenset({"DT", "CD", "PRP$", "POS", "IN", "JJ", "JJR", "JJS"})
# Determiners that also stand alone as a subject ("This confirmed fears were justified"): no modifier follows
# them for certain. ("that" also opens relative and complement clauses: "the drug that reduced deaths was".)
_PRONOUN_DETERMINERS = frozenset({"this", "that", "these", "those", "all", "both", "each", "some", "any", "many",
                                  "few", "either", "neither", "half", "much", "more", "most", "none"})
_SINGULAR_FINITE_TAGS = frozenset({"VBZ", "VBD", "MD"})
_PLURAL_FINITE_TAGS = frozenset({"VBP", "VBD", "MD"})


def _noun_with_own_verb(keys: list[str], tags: list[str], j: int) -> bool:
    """Is the word at `j` a common noun directly followed by a finite verb agreeing with it ("cases stand",
    "case was", "cases will")?"""
    if j + 1 >= len(tags):
        return False
    verb_tag, verb = tags[j + 1], keys[j + 1].lower()
    if tags[j] == "NN":
        return verb_tag in _SINGULAR_FINITE_TAGS and verb != "were"
    if tags[j] == "NNS":
        return verb_tag in _PLURAL_FINITE_TAGS and verb != "was"
    return False


def _participles_as_adjectives(keys: list[str], tags: list[str], lexical: list[str]) -> None:
    """Mend, in one pass, the verbs Brill's tagger reads into noun phrases that already have their verb after them.

    * An "-ed" past right before a noun that has its own finite verb, where a noun phrase's modifier stands (the
      sentence's or a clause's start, after a determiner, number, possessive, preposition or adjective), is a
      participle used as an adjective: "Confirmed/VBN cases stand at 48". The contextual rule "JJ NN NEXTTAG VBD"
      had also made a noun of the adjective before such a past ("new/NN confirmed/VBD cases"): the word is the
      adjective the lexicon knows again. After a noun, name or pronoun the past is a verb with its object, the
      next finite verb a reported clause's ("The company confirmed reports were false").
    * A plural noun the lexicon reads first as a verb ("suspects", "reports"), right between two finite verbs,
      is a noun: the reported clause's subject ("Officials said suspects/NNS were arrested"). Two finite verbs
      cannot follow each other with no subject between them.
    """
    n = len(keys)
    for i in range(n - 2):
        tag = tags[i]
        if tag == "VBD":
            key = keys[i].lower()
            if not (key.endswith("ed") and key.isalpha()) or not _noun_with_own_verb(keys, tags, i + 1):
                continue
            if i == 0 or keys[i - 1] in _PHRASE_OPENING_KEYS:
                pass
            elif lexical[i - 1] in ("JJ", "JJR", "JJS") and tags[i - 1] in ("NN", "JJ", "JJR", "JJS"):
                tags[i - 1] = lexical[i - 1]
            elif tags[i - 1] not in _BEFORE_MODIFIER_TAGS or keys[i - 1].lower() in _PRONOUN_DETERMINERS:
                continue
            if _verb_form_of(key, "VBN") and _spelled_as(key, "VBN"):
                tags[i] = "VBN"
        elif tag == "VBZ" and 0 < i and tags[i - 1] in _FINITE and tags[i + 1] in _PLURAL_FINITE_TAGS \
                and keys[i].isalpha() and keys[i].islower() and keys[i].endswith("s") \
                and singular_noun(keys[i]) != keys[i] and all_lemmas(keys[i]).get("NOUN"):
            tags[i] = "NNS"


def _closing_frame_start(tags: list[str]) -> int | None:
    """The comma that opens a closing attribution ending the sentence (", the newspaper said.", ", police
    said.", ", Reuters reported."): a speaker of a few nouns and adjectives (a determiner or possessive before
    them), its one finite verb, the full stop; None when the sentence does not end so."""
    n = len(tags)
    if n < 4 or tags[-2] not in ("VBD", "VBZ"):
        return None
    j = n - 3
    while j >= 0 and n - 3 - j < _MAX_FRAME_SPEAKER and tags[j] in _FRAME_SPEAKER_TAGS:
        j -= 1
    if j == n - 3:
        return None  # (no speaker)
    if j >= 0 and tags[j] in ("DT", "PRP$"):
        j -= 1
    return j if j > 0 and tags[j] == "," else None


def _past_of_a_verbless_sentence(keys: list[str], tags: list[str], end: int | None = None) -> None:
    """In a sentence (it ends with a full stop) with no finite verb, a participle right after a noun, spelled as
    a past too, that takes an object (a determiner, a pronoun or a name, not a day's or a month's) is the
    subject's past: a sentence needs a finite verb ("A federal jury convicted/VBN Dunn of fraud on Friday.",
    "The court sentenced/VBN him to ten years."). Only the first participle after a noun is read; a headline
    (no full stop) keeps its participles ("Dunn convicted of fraud"). `end`: where the clause ends when a
    closing attribution follows it (`_closing_frame_start`), else the sentence's last word."""
    for i in range(1, (len(tags) if end is None else end + 1) - 1):
        commas = keys[:i].count(",")
        # (right after the noun, or after an aside about it closed by a comma: "Two aides to Netanyahu, Arad
        # and Naveh, left/VBN …")
        if tags[i] != "VBN" or not (tags[i - 1] in _NOUN_TAGS
                                    or tags[i - 1] == "," and commas >= 2 and tags[i - 2] in _NOUN_TAGS):
            continue
        if commas % 2 and not (commas == 1 and tags[0] in ("IN", "RB")):
            return  # inside an aside set off by commas ("One of them, a worker surnamed/VBN Wang, incurred ..."),
            # not after an opening adverbial ("On Friday, a jury convicted ...")
        word, after = keys[i].lower(), keys[i + 1]
        if keys[i].isalpha() and keys[i].islower() and not _be_have_do(word) and _spelled_as(word, "VBD") \
                and (tags[i + 1] in ("DT", "PRP", "PRP$")
                     or tags[i + 1] in ("NNP", "NNPS") and after.lower() not in _CALENDAR_WORDS
                     # Before a closing frame, in prose (a subject opening with a determiner or a number: not
                     # a headline's "Man arrested …, police said"), a preposition other than an agent's "by"
                     # too: "Two aides left/VBN for Europe, the newspaper said" reports a clause, a finite one.
                     or end is not None and tags[i + 1] == "IN" and after.lower() != "by"
                     and tags[0] in ("DT", "CD", "PRP$")):
            tags[i] = "VBD"
        return


def _object_before_adverb(keys: list[str], tags: list[str], i: int) -> bool:
    """Is word i (a past form) preceded by an adverb and a noun phrase that is the object of a verb or a
    preposition before it, with no comma, conjunction or clause opener between ("detained a man allegedly
    involved", "with a youth reportedly seen")? Then the word is that noun's participle, not a clause's past:
    an object is no subject. Not after a verb that takes a clause without "that" ("said the man quickly left")."""
    if i < 3 or tags[i - 1] != "RB" or not keys[i - 1].endswith("ly") or tags[i - 2] not in _NOUN:
        return False  # (a manner adverb: "then", "later" may join a second verb to the clause's subject)
    k = i - 2
    while k > 0 and i - k <= _SUBJECT_WALK_LIMIT and tags[k - 1] in _NOUN_PHRASE and tags[k - 1] != "PRP":
        k -= 1
    before = k - 1
    if before < 0:
        return False
    word, tag = keys[before].lower(), tags[before]
    if tag == "IN":
        return word not in _CLAUSE_OPENERS
    return tag in ("VBD", "VBN", "VBZ", "VBP", "VB") and word.isalpha() and not _be_have_do(word) \
        and verb_lemmas(word).isdisjoint(_CLAUSE_TAKING)


# The nouns of a span of time that a relative clause with no relative word follows ("the hour the ferry capsized",
# "the night the levee broke"), singular as that clause's head is.
_TIME_NOUN_KEYS = frozenset(UNITS) | frozenset(DAY_PARTS) | {"time", "moment"}


def _pasts_after_time_nouns(keys: list[str], tags: list[str]) -> None:
    """A past form read as a participle after a time noun's article and a noun phrase is the past of a relative
    clause with no relative word ("at 4:20 a.m., the hour the ferry capsized/VBN in the gulf"): the noun phrase is
    its subject, as no participle follows a noun there with the time noun before it. Only a form English spells as
    a past too ("collapsed", not "taken"). A past that is a noun too, read as one ("the moment the dam burst/NN on
    May 3"), is that past where neither a noun nor a verb follows it."""
    n = len(keys)
    for i in range(4, n):
        tag = tags[i]
        if tag not in ("VBN", "NN") or not keys[i].isalpha() or tags[i - 1] not in ("NN", "NNS") \
                or i + 1 < n and keys[i + 1] == "by":
            continue
        if tag == "NN" and i + 1 < n and (tags[i + 1] in _NOUN_PHRASE or tags[i + 1].startswith(("VB", "MD"))):
            continue  # (a noun read as a past only where no noun or verb follows: "the dam burst on May 3", not
            # "the budget cut took effect", "the water supply line")
        d = i - 1
        while d > 0 and tags[d - 1] in ("JJ", "NN", "NNS"):
            d -= 1
        d -= 1
        if d < 2 or keys[d] not in _ARTICLE_KEYS or keys[d - 1].lower() not in _TIME_NOUN_KEYS \
                or tags[d - 1] != "NN" or tags[d - 2] not in ("DT", "PRP$"):
            continue
        word = keys[i].lower()
        # (a regular "-ed" the dictionary lacks, "capsized", is a past as much as a participle: `_spelled_as` grants
        # a word it knows no verb of, so only such a word's ending is asked for)
        if _spelled_as(word, "VBD") and (word.endswith("ed") or all_lemmas(word).get("VERB")):
            tags[i] = "VBD"


# The tags of a relative clause's own verb after a subject ("which rebels seized", "which police say").
_RELATIVE_VERB_TAGS = frozenset({"VBD", "VBN", "VBP", "VBZ", "MD"})
_RELATIVE_SUBJECT_WORDS = frozenset({"NNP", "NNPS", "CC"})  # (a name in apposition: "rebels Ansar Dine seized")


def _verb_follows_in_clause(tags: list[str], i: int) -> bool:
    """Does a finite verb or participle follow word i (after a relative word), right after it or after the words
    of a name in apposition ("which rebels Ansar Dine seized")? Then word i is the relative's subject, not its
    verb. A few words at most: the walk stops at anything else."""
    for k in range(i + 1, min(i + 6, len(tags))):
        if tags[k] in _RELATIVE_VERB_TAGS:
            return True
        if tags[k] not in _RELATIVE_SUBJECT_WORDS:
            return False
    return False


def _relative_verb_tag(word: str) -> str | None:
    """The finite tag `word` (lower case) has as a relative clause's verb, as lemminflect spells its verb's forms
    ("borders" VBZ, "bordered" VBD, "border" VBP), or None when it spells no such verb."""
    if not all_lemmas(word).get("VERB"):
        return None  # (`_spelled_as` grants a word it knows no verb of)
    return next((tag for tag in ("VBZ", "VBD", "VBP") if _spelled_as(word, tag)), None)


# The articles before a word that closes a noun phrase: "the north," is a noun, "all around," is no phrase of one.
_ARTICLE_KEYS = frozenset({"the", "The", "a", "A", "an", "An"})
_NOUN_CLOSING_KEYS = frozenset({",", ".", ";", ":"})


def _adverbs_after_determiners_as_nouns(keys: list[str], tags: list[str]) -> None:
    """A word read as an adverb between a determiner and "of" is a noun when English has one so spelled ("flash
    floods in the south/RB of the country killed …", "the back of the hall"): no adverb stands there, and the phrase
    then ends at the noun's "of" complement rather than taking its object for the verb's subject. So is one between
    an article and a punctuation mark, closing the noun phrase ("clinics in the north/RB, which border the lake,
    turned away …"): the phrase then ends at the noun and its relative clause is an aside, not a clause of its own."""
    for i in range(1, len(keys) - 1):
        if tags[i] == "RB" and tags[i - 1] == "DT" and keys[i].isalpha() \
                and (keys[i + 1] == "of" or keys[i + 1] in _NOUN_CLOSING_KEYS and keys[i - 1] in _ARTICLE_KEYS) \
                and "NOUN" in all_lemmas(keys[i].lower()):
            tags[i] = "NN"


# The tags that open a noun phrase: an object's first word right after a verb.
_OBJECT_OPENER_TAGS = frozenset({"DT", "PRP$", "CD"})


def _participles_after_have(keys: list[str], tags: list[str]) -> None:
    """A word read as a noun right after a finite "have" (adverbs may stand between), spelled as a verb's past
    participle and followed by a determiner, is that participle: the perfect's verb, the determiner opening its
    object ("Police have fatally shot/NN a suspect", "Troops had hit/NN the town"). A noun object of "have" is not
    followed at once by another noun phrase's determiner."""
    for i in range(1, len(keys) - 1):
        if tags[i] != "NN" or tags[i + 1] not in _OBJECT_OPENER_TAGS or not keys[i].isalpha() \
                or not any(keys[i].lower() in verb_forms(lemma, ("VBN",))
                           for lemma in all_lemmas(keys[i].lower()).get("VERB", ())):
            continue
        h = i - 1
        while h > 0 and tags[h] == "RB":
            h -= 1
        if keys[h].lower() in _HAVE and tags[h] in ("VBP", "VBZ", "VBD"):
            tags[i] = "VBN"


_OBJECT_RELATIVE_KEYS = frozenset({"that", "which", "whom"})
# The relative words after which the outer clause's past may have been read a participle: the object relatives'
# and "who", a subject relative's ("Fans who waited outside cheered/VBN": the fans cheered).
_RELATIVE_BEFORE_OUTER_PAST = _OBJECT_RELATIVE_KEYS | {"who"}
_GAP_AFTER_KEYS_TAGS = frozenset({"IN", ",", ".", ":", "RB"})  # what may follow a verb whose object is the gap


def _finite_participles_in_object_relatives(keys: list[str], tags: list[str]) -> None:
    """A past form after the subject of an object relative clause, no auxiliary before it and its object the gap
    (a preposition, an adverb or a break right after it), is the clause's past tense, not a participle: "The
    bridge that the army built/VBN in 1944 still stands" is the army's building. The relative word follows its
    antecedent noun (or the comma after it): "said that the company founded in 1990 was sold" is a complement
    clause with a reduced relative, and stays."""
    n = len(tags)
    for i in compress(range(n), map(operator.eq, tags, repeat("VBN"))):  # (only the participles are visited)
        if not 1 < i < n - 1 or tags[i + 1] not in _GAP_AFTER_KEYS_TAGS or tags[i - 1] not in _NOUN \
                or keys[i - 1].lower() in _BE | _HAVE:
            continue  # (an auxiliary the tagger took for a noun: "that its dividend be/NN reinstated")
        j = i - 1
        floor = max(0, i - _SUBJECT_WALK_LIMIT)
        while j > floor and tags[j - 1] in _SUBJECT_PHRASE_TAGS:
            j -= 1
        r = j - 1  # the relative word, right before the subject's first word
        # (a bare plural is a subject too, "which rebels seized in …", when it is the subject's only word)
        if r < 1 or keys[r] not in _OBJECT_RELATIVE_KEYS \
                or tags[j] not in ("DT", "PRP$", "NNP", "NNPS") and not (tags[j] == "NNS" and j == i - 1):
            continue
        antecedent = r - 1 if keys[r - 1] != "," or keys[r] == "that" else r - 2
        if antecedent < 0 or tags[antecedent] not in _NOUN or not _verb_form_of(keys[i].lower(), "VBD"):
            continue
        tags[i] = "VBD"
        tags[r] = "WDT"  # (a "that" the tagger read as a complementizer: the relative pronoun, so the clause is one)


# The words that open a clause that is the sentence's subject ("That the talks failed surprised no one").
_SUBJECT_CLAUSE_OPENERS = frozenset({"that", "whether", "why", "how"})


def _outer_past_after_subject_relative(keys: list[str], tags: list[str]) -> None:
    """The sentence's own verb after an object relative clause inside its subject, or after a clause that is its
    subject ("That the council closed the pool in 2019 angered/VBN residents"), when no other finite verb follows
    that clause's: a past participle there, with no auxiliary, is the outer clause's past tense ("The house that the
    family sold in 2001 burned/VBN down in 2010": the house burned). Only the first relative word is read, and only
    when no finite verb stands before it (the clause is in the subject): the walk is one pass."""
    if keys[0].lower() in _SUBJECT_CLAUSE_OPENERS and tags[0] in ("IN", "WRB"):
        r = 0
    else:
        r = next((i for i, key in enumerate(keys) if key.lower() in _RELATIVE_BEFORE_OUTER_PAST), -1)
        if r < 1 or tags[r - 1] not in _NOUN or any(tag in _FINITE for tag in tags[:r]):
            return
    finite = [i for i in range(r + 1, len(tags)) if tags[i] in _FINITE]
    if len(finite) != 1:
        return  # (no verb of the relative clause's own, or the outer clause has its own finite verb)
    k = finite[0]
    if tags[k] != "VBD" or keys[k].lower() in _BE | _HAVE:
        return
    for m in range(k + 2, min(len(tags), k + _SUBJECT_WALK_LIMIT)):
        if tags[m] == "VBN":
            word = keys[m].lower()
            if keys[m - 1].lower() not in _BE | _HAVE \
                    and any(word in verb_forms(lemma, ("VBD",)) for lemma in all_lemmas(word).get("VERB", ())):
                tags[m] = "VBD"
            return
        if tags[m] in ("VBG", "VB", "TO", "WDT", "WP", "CC") or keys[m] in (",", ";", ":"):
            return  # (another clause or phrase, not the outer verb's place)


# `_SUBORDINATE_OPENERS`, the words that open a clause of time, cause or contrast inside a sentence ("dried up in
# 2022 as rates rose"), is defined with `_ADVERBIAL_CLAUSE_OPENERS` (of which it is a part), below.
_SENTENCE_ENDS = frozenset({".", "!", "?"})


def _past_before_a_subordinate_clause(keys: list[str], tags: list[str]) -> None:
    """The sentence's first verb, right after the noun phrase that opens it, read as a participle (a reduced
    relative) when the only finite verb up to the clause's end is a subordinate clause's: "Orders for new ships
    dried/VBN up in 2016 as freight rates collapsed" has no verb left for its subject, so the word is the past
    (VBD). Not with another finite verb before the clause's end ("The man arrested in 2019 as police raided the
    house was freed"), nor in a headline (no full stop: "Man arrested as police raid home"). One pass."""
    n = len(tags)
    if n < 4 or keys[-1] not in _SENTENCE_ENDS:
        return
    i = 0
    while i < n and tags[i] in _SUBJECT_PHRASE_TAGS or i < n and tags[i] in ("IN", "TO") \
            and keys[i].lower() not in _SUBORDINATE_OPENERS:  # ("Orders for new ships", "Applications to it")
        i += 1
    if not 0 < i < n - 2 or tags[i] != "VBN" or tags[i - 1] not in _NOUN or tags[0] == "IN" \
            or not keys[i].isalpha() or keys[i].lower() in _BE | _HAVE:
        return
    word = keys[i].lower()
    if not any(word in verb_forms(lemma, ("VBD",)) for lemma in all_lemmas(word).get("VERB", ())):
        return
    opened = False  # a subordinate clause has opened after the word
    finite = 0
    for k in range(i + 1, n):
        key, tag = keys[k], tags[k]
        if key in (";", ":") or key == "," and k + 1 < n and tags[k + 1] == "CC":
            break  # the clause ends ("…, and only a handful went public")
        if key.lower() in _SUBORDINATE_OPENERS and tag in ("IN", "WRB"):
            opened = True
        elif tag in _FINITE or tag[:2] == "VB" and tag != "VBN" and tag != "VBG" and not opened:
            if not opened or tags[k - 1] in ("WDT", "WP"):
                return  # the main clause's own verb, or a relative's
            finite += 1
    if opened and finite == 1:
        tags[i] = "VBD"


# What may follow a relative clause's verb read as a plural noun: a preposition, a determiner, an adverb, a number
# or a break ("whose term ends in January", "whose lease runs until 2030").
_AFTER_WHOSE_VERB = frozenset({"IN", "TO", "DT", "RB", "CD", "PRP$", ",", ":", "."})


def _verbs_after_whose(keys: list[str], tags: list[str]) -> None:
    """A relative clause that "whose" opens has a finite verb after its noun phrase: with none read before the
    next break, a word after a singular noun there that lemminflect spells as a verb's "-s" form is that verb
    (VBZ), not a plural noun ("Ms Ray, whose term ends/NNS in January, said": the term ends, not "term ends" as
    a compound's head)."""
    n = len(tags)
    for i in compress(range(n), map(operator.eq, tags, repeat("WP$"))):
        for k in range(i + 2, min(n - 1, i + 6)):
            tag = tags[k]
            if tag[:2] in ("VB", "MD") or tag in (",", ":", "."):
                break  # the clause has its verb, or ends without one
            if tag == "NNS" and tags[k - 1] in ("NN", "NNP") and tags[k + 1] in _AFTER_WHOSE_VERB \
                    and keys[k].isalpha() and keys[k].islower() and _verb_form_of(keys[k], "VBZ"):
                tags[k] = "VBZ"
                break


# The words of a subordinate clause's subject before its verb ("as the pandemic", "because demand").
_CLAUSE_SUBJECT_TAGS = frozenset({"DT", "PRP$", "JJ", "NN", "NNS", "NNP", "NNPS", "CD", "POS"})
# What may follow a clause's verb that ends the clause or goes on with an adverbial ("spread across Europe", "spread.")
_AFTER_CLAUSE_VERB = frozenset({"IN", "TO", "RB", ",", ":", "."})


def _verbs_after_subordinators(keys: list[str], tags: list[str]) -> None:
    """An adverbial clause that "as", "because", "while", "when" opens has a subject and a finite verb: with no
    verb read up to the next break, the last word of its noun phrase, after a noun, that lemminflect spells as
    its verb's past (or "-s" form after a singular noun) is that verb, not a compound's head ("Sales fell as the
    pandemic spread/NN.", "as demand grows/NNS"). Looks at a few words after each such conjunction."""
    n = len(tags)
    for i in range(n - 3):
        if keys[i] not in _ADVERBIAL_CLAUSE_OPENERS or tags[i] not in ("IN", "WRB"):
            continue
        k = i + 1
        while k < n and k - i <= 6 and tags[k] in _CLAUSE_SUBJECT_TAGS:
            k += 1
        if k + 1 < n and tags[k] == "VBN" and tags[k - 1] in _NOUN and k > i + 1 and tags[k + 1] in (",", ".") \
                and keys[k].isalpha() and keys[k].islower() and keys[k] not in _BE | _HAVE \
                and any(keys[k] in verb_forms(lemma, ("VBD",)) for lemma in all_lemmas(keys[k]).get("VERB", ())):
            tags[k] = "VBD"  # "after the river flooded/VBN.": no auxiliary, the clause's past
            continue
        if keys[i] not in _SUBORDINATE_OPENERS:
            continue  # ("after the rate cut": "after", "since" take noun phrases as often as clauses)
        j = k - 1  # the phrase's last word, the verb if it is one
        if j < i + 2 or k >= n or tags[k] not in _AFTER_CLAUSE_VERB or tags[j] not in ("NN", "NNS") \
                or tags[j - 1] not in _NOUN or not keys[j].isalpha() or not keys[j].islower():
            continue
        m = k
        while m < n and m - k < 8 and tags[m] not in (",", ":", ".") and tags[m][:2] not in ("VB", "MD"):
            m += 1
        if m < n and tags[m][:2] in ("VB", "MD"):
            continue  # a verb follows before the break: the phrase is its subject or object, not a clause's verb
        word = keys[j]
        form = "VBD" if tags[j] == "NN" else "VBZ"
        if form == "VBZ" and tags[j - 1] not in ("NN", "NNP"):
            continue  # ("as the company results": a plural noun after a plural one is no "-s" verb)
        if any(word in verb_forms(lemma, (form,)) for lemma in all_lemmas(word).get("VERB", ())):
            tags[j] = form


_NOT_VERB_TAGS = frozenset({"NN", "NNS", "JJ"})
# The inflected verb tags whose spelling is checked against lemminflect's forms of the word's verbs: the "-ing"
# form, which contextual rules give nouns before a determiner. (A base form VB/VBP is the lemma itself; a
# VBD/VBN/VBZ is left as the rules have it.)
_INFLECTED_VERB_TAGS = frozenset({"VBG"})


def _spelled_as(word: str, tag: str) -> bool:
    """Is `word` (lower case) spelled as that form (a Penn verb tag) of one of its verbs, as lemminflect's
    dictionary has them ("shrunk" is a VBN of "shrink", "shrank" is not; a regular verb's table gives its past
    for both, "crashed")? A word it knows no verb of: True."""
    lemmas = all_lemmas(word).get("VERB")
    if not lemmas:
        return True
    for lemma in lemmas:
        forms = all_inflections(lemma, "VERB")
        spelled = forms.get(tag) or (forms.get("VBD", ()) if tag == "VBN" else ())
        if word in spelled:
            return True
    return False


def _verb_form_of(word: str, tag: str) -> bool:
    """Can `word` (lower case) be a verb with this Penn tag, as lemminflect's dictionary spells its verb's forms:
    any verb for VB and VBP, "storming" and not "storm" for VBG?"""
    lemmas = all_lemmas(word).get("VERB")
    if not lemmas:
        return False
    if tag not in _INFLECTED_VERB_TAGS:
        return True
    return any(word in verb_forms(lemma, (tag,)) for lemma in lemmas)


# The words a subject noun phrase is made of, read leftwards from its head; "of"-like prepositions between
# nouns are walked too ("The head of the firm quit"), so the phrase's start is where a clause may open.
_SUBJECT_PHRASE_TAGS = frozenset({"DT", "PDT", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "POS", "CD",
                                  "PRP$"})
_SINGULAR_HEAD_TAGS = frozenset({"NN", "NNP"})
_SINGULAR_SUBJECT_PRONOUNS = frozenset({"he", "she", "it", "He", "She", "It"})
# The words after which a subject opens a clause (a subject right after a verb may be its object, and a base
# form after that object a bare infinitive: "let the firm cut jobs", "saw Smith quit").
_CLAUSE_OPENING_WORDS = frozenset({",", ";", ":", "--", "``", "''", "and", "but", "that", "because", "although",
                                   "though", "while", "whereas", "when", "after", "before", "since", "until",
                                   "once", "if", "as", "And", "But", "When", "After", "Before", "Since", "Until",
                                   "Once", "If", "As", "Because", "Although", "Though", "While"})
# The tags an aside between a subject and its verb opens with: a participle, an appositive or a relative ("The
# firm, based in Ohio, cut", "Smith, the chief executive, quit", "Smith, who founded it, quit"); not a number
# or a bare noun, which a list or a time phrase before an imperative may be (", 24 hours a day, let it be done").
_ASIDE_START_TAGS = frozenset({"VBN", "VBG", "DT", "PRP$", "WDT", "WP"})
_SUBJECT_WALK_LIMIT = 12  # tokens looked back over for a subject and an aside: the repair stays linear


def _clause_opener(keys: list[str], tags: list[str], head: int) -> str | None:
    """The word the noun phrase ending at `head` follows when that word opens a clause ("" at the sentence's
    start), else None."""
    j = head
    floor = max(-1, head - _SUBJECT_WALK_LIMIT)
    while j > floor and (tags[j] in _SUBJECT_PHRASE_TAGS or tags[j] == "IN" and keys[j] == "of"
                         and j > 0 and tags[j - 1] in _NOUN):
        j -= 1
    if j == head or j >= 0 and tags[j] == "IN" and keys[j] == "of":
        return None
    if j < 0:
        return ""
    return keys[j] if keys[j] in _CLAUSE_OPENING_WORDS else None


def _singular_subject_before(keys: list[str], tags: list[str], i: int) -> str | None:
    """The word that opens the clause of a third-person singular subject ending right before word `i`, or
    before an aside set off by commas that ends there ("The firm, based in Ohio, cut ..."): "" at the
    sentence's start, None when there is no such subject."""
    head = i - 1
    if head >= 0 and keys[head] == ",":
        # An aside: the nearest comma before it, and the subject right before that comma.
        k = head - 1
        floor = max(0, head - _SUBJECT_WALK_LIMIT)
        while k > floor and keys[k] != ",":
            k -= 1
        if k <= floor or tags[k + 1] not in _ASIDE_START_TAGS:
            return None
        head = k - 1
    if head < 0:
        return None
    if keys[head] in _SINGULAR_SUBJECT_PRONOUNS:
        if head == 0:
            return ""
        return keys[head - 1] if keys[head - 1] in _CLAUSE_OPENING_WORDS else None
    return _clause_opener(keys, tags, head) if tags[head] in _SINGULAR_HEAD_TAGS else None


_NOT_AFTER_FINITE = frozenset({"MD", "VBD", "VBZ", "VBP", "TO"})  # a finite verb is not followed by these
_VERB_FIRST_TAGS = frozenset({"VB", "VBD", "VBN"})  # the lexicon's first reading of a word a rule made a noun


def _finite_base_forms(keys: list[str], tags: list[str], candidates: list[int]) -> None:
    """A form spelled as its own past ("quit", "cut", "put", "set", "shed") right after a third-person singular
    subject that opens its clause, tagged VB, is that past (VBD): a base form cannot be the finite verb of
    such a subject, and no modal, "to" or "do" can stand between the two ("Smith quit on Tuesday", "The firm,
    based in Ohio, cut 200 jobs"). So is one the lexicon reads first as a verb that the contextual rules made
    a noun after the subject's noun ("The company's president quit/NN suddenly"), unless the subject follows
    "and" or "or" (a list of nouns: "with the arms and head cut off") or a verb follows ("after the price cut
    will ...": a compound noun). `candidates`: the positions of such VB and NN words, in order."""
    n = len(tags)
    for i in candidates:
        tag = tags[i]
        word = keys[i]
        if i == 0 or not word.isalpha() or not word.islower() or i + 1 < n and tags[i + 1] in _NOT_AFTER_FINITE:
            continue
        if not any(word in all_inflections(lemma, "VERB").get("VBD", ()) for lemma in verb_lemmas(word)):
            continue
        opener = _singular_subject_before(keys, tags, i)
        if opener is not None and (tag == "VB" or opener not in ("and", "or")):
            tags[i] = "VBD"


def _joined_subjects_presents(keys: list[str], tags: list[str]) -> None:
    """A base form (VB) right after two noun phrases joined by "and" that open their clause is the present of
    that plural subject (VBP): "On the list, Bin Laden and Kopp replace two agents", "Apple and Google agree to
    ...". No modal, "to" or "do" stands between a subject and a bare base form; after a verb's object ("let
    Smith and Jones go", "with the arms and head cut off") the joined nouns open no clause and are left alone."""
    n = len(tags)
    for i in compress(range(n), map(operator.eq, tags, repeat("VB"))):
        if i < 3 or tags[i - 1] not in _NOUN or i + 1 < n and tags[i + 1] in _FINITE \
                or not keys[i].isalpha() or not keys[i].islower():
            continue
        j = i - 1  # the second noun phrase back to its "and"
        floor = max(0, i - _SUBJECT_WALK_LIMIT)
        while j > floor and tags[j] in _SUBJECT_PHRASE_TAGS:
            j -= 1
        if j < 1 or keys[j] != "and" or tags[j - 1] not in _NOUN:
            continue
        if _clause_opener(keys, tags, j - 1) is not None and _verb_form_of(keys[i], "VBP"):
            tags[i] = "VBP"


# The finite verbs that follow a subject's head noun at once: a present right before one is no verb but that head.
_FINITE_AFTER_HEAD = frozenset({"VBZ", "VBD", "MD"})
_NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS"})


def _compound_heads(keys: list[str], tags: list[str]) -> None:
    """A word read as a plural's present (VBP) between a plural noun that opens its noun phrase and a finite
    verb is the head of a compound noun, the plural its modifier: "A federal appeals court/NN has reinstated
    ...", "The sales force/NN was cut", "The arms race/NN will go on". Two finite verbs do not stand side by
    side, and a present right after a plural that another noun comes before may be a relative clause's ("The
    music teens buy is changing"), which is left as it is. Only a word that lemminflect knows as a noun."""
    n = len(tags)
    # (only the presents are visited, picked out in C)
    for i in compress(range(n), map(operator.eq, tags, repeat("VBP"))):
        if not 0 < i < n - 1 or tags[i - 1] != "NNS" or tags[i + 1] not in _FINITE_AFTER_HEAD:
            continue
        if i >= 2 and tags[i - 2] in _NOUN_TAGS:
            continue
        word = keys[i]
        if word.isalpha() and word.islower() and "NOUN" in all_lemmas(word):
            tags[i] = "NN"


_MODIFIER_TAGS = frozenset({"JJ", "NN"})
# What may follow a plural noun that ends an object, and not a finite verb, which takes its own object or
# complement ("lies in", "remains to be seen", "plans a ..."): a break or a conjunction.
_AFTER_OBJECT = frozenset({",", ".", ":", "CC", ")", "''"})
_MAX_MODIFIERS = 3


def _plural_nouns_ending_objects(keys: list[str], tags: list[str]) -> None:
    """A word read as VBZ that is also a plural noun is one (NNS) right after "of" ("the share of calls dropped
    on it was ..."), and after a finite verb and a bare run of adjectives and nouns when a break or a
    conjunction follows, where it ends the verb's object ("The store sells digital music tracks, and ..."). With
    a determiner or a pronoun after the verb (a second subject: "says the company plans"), or a word after it
    that a verb would take, it stays a verb."""
    n = len(tags)
    for i in compress(range(n), map(operator.eq, tags, repeat("VBZ"))):
        if i > 0 and keys[i - 1].lower() == "of":  # (an "of" takes a noun phrase, never a clause)
            word = keys[i]
            if word.isalpha() and word.islower() and "NOUN" in all_lemmas(word):
                tags[i] = "NNS"
            continue
        if i < 2 or tags[i - 1] not in _MODIFIER_TAGS or i + 1 < n and tags[i + 1] not in _AFTER_OBJECT:
            continue
        k = i - 1
        while k > 0 and i - k <= _MAX_MODIFIERS and tags[k] in _MODIFIER_TAGS:
            k -= 1
        if tags[k] not in _FINITE or tags[k] == "MD" or keys[k].lower() in _BE \
                or not REPORTING_LEMMAS.isdisjoint(verb_lemmas(keys[k])):
            continue  # a reporting verb's bare noun phrase is a clause's subject: "said public debt falls, ..."
        word = keys[i]
        if word.isalpha() and word.islower() and "NOUN" in all_lemmas(word):
            tags[i] = "NNS"


_NOMINATIVE_PRONOUNS = frozenset({"I", "he", "she", "it", "we", "they", "He", "She", "It", "We", "They"})
# Where a clause ends, for the look for a finite verb after "by + gerund": a break, a conjunction, a relative
# or "that" (the gerund's own complement: "started by hinting that a product was coming").
_CLAUSE_END_TAGS = frozenset({",", ".", ":", "CC", "WDT", "WP", "(", ")", "``", "''"})
_FINITE_LOOKAHEAD = 30  # tokens looked at after the gerund: the repair stays linear in the sentence


def _finite_participles_before_by(keys: list[str], tags: list[str]) -> None:
    """A past participle right after a subject that opens its clause, with no auxiliary before it, followed by
    "by" and a gerund, is the clause's past tense (VBD) when no finite verb follows in the clause: "Jobs
    started by hinting that ..." (a manner, not an agent). With a finite verb after it, it is a reduced
    relative and stays VBN ("Shares hit by falling demand fell 5%"). So it does, a passive with its agent, where
    the subject is a lone common noun opening the sentence without a determiner, a headline's or a caption's
    ("Man killed by speeding car", "Cyclist hurt by reversing lorry"): prose gives such a noun a determiner, and
    a pronoun or a determiner's subject is prose's, whose gerund takes its object even when it is a bare noun
    ("Police responded by firing tear gas", "The CEO opened by thanking everyone"). A form that is no past
    participle ("began", "rose") is the past whatever follows."""
    n = len(tags)
    for i in compress(range(n), map(operator.eq, tags, repeat("VBN"))):  # (only the participles are visited)
        if not 0 < i < n - 2 or keys[i + 1] != "by" or tags[i + 2] != "VBG":
            continue
        head = i - 1
        if keys[head] in _NOMINATIVE_PRONOUNS:  # (before the headline test: a pronoun is never a headline's)
            if head > 0 and keys[head - 1] not in _CLAUSE_OPENING_WORDS:
                continue
        elif tags[head] not in _NOUN or _clause_opener(keys, tags, head) is None:
            continue
        elif _headline_subject(tags, head) and _may_be_participle(keys[i]):
            continue  # a headline's passive with its agent
        j = i + 3
        end = min(n, j + _FINITE_LOOKAHEAD)
        while j < end and tags[j] not in _CLAUSE_END_TAGS and keys[j] != "that" and tags[j] not in _FINITE:
            j += 1
        if j < n and (j == end or tags[j] in _FINITE):
            continue  # a finite verb in the clause (or a clause too long to tell): a reduced relative
        tags[i] = "VBD"


def _period_ended_participles(keys: list[str], tags: list[str]) -> None:
    """"ended" after a period's plural unit, before a date, inside a preposition's phrase ("for the 13 weeks
    ended/VBD Feb. 26 was", "in the six months ended March 31, sales rose") is the participle that names the period's
    last day, as the tagger reads it after a singular one ("the quarter ended/VBN June 30"): a preposition's object
    is no clause's subject, so "ended" is no clause's verb (it would stay in the title, "the 13 weeks ends was").
    Not after a subordinator ("after the six months ended March 1, the firm ..."), whose clause it may be."""
    n = len(tags)
    for i in range(3, n - 1):
        if keys[i] != "ended" or tags[i] != "VBD" or keys[i - 1].lower() not in _TIME_UNITS \
                or tags[i + 1] not in ("NNP", "CD"):
            continue
        k = i - 2
        while k > 0 and tags[k] in ("CD", "JJ", "DT", "PRP$") and i - k < 5:
            k -= 1  # back over the period's number, adjective and determiner ("the first 13", "its 52")
        if tags[k] == "IN" and keys[k].lower() not in _CLAUSE_PREPOSITIONS:
            tags[i] = "VBN"


def _may_be_participle(word: str) -> bool:
    """Is `word` a past participle of one of its verbs (lemminflect's dictionary)? ("killed", "hurt"; not
    "began", "rose", which the lexicon may still tag VBN.)"""
    lower = word.lower()
    for lemma in verb_lemmas(lower):
        forms = all_inflections(lemma, "VERB")
        # (The dictionary leaves out a regular verb's participle: its past, "killed".)
        if lower in forms.get("VBN", forms.get("VBD", ())):
            return True
    return False


def _headline_subject(tags: list[str], head: int) -> bool:
    """Is the subject ending at `head` a singular common noun with no determiner, and only adjectives and nouns
    before it, from the sentence's start: a headline's or a caption's ("Man killed by ...", "Elderly cyclist
    hurt by ...")? Prose gives such a noun a determiner."""
    if head < 0 or tags[head] != "NN":
        return False
    j = head - 1
    while j >= 0 and head - j <= _MAX_MODIFIERS and tags[j] in _MODIFIER_TAGS:
        j -= 1
    return j < 0


def _contextual(keys: list[str], tags: list[str], brill: _Brill) -> list[str]:
    """The tags after Brill's contextual rules, given the lexicon's and lexical rules' tags of the words
    (`keys`, as the lexicon spells them)."""
    # Contextual rules, as Brill applies them: each rule in turn over the whole sentence, left to right, so
    # a later rule sees the earlier rules' changes ("has long sought": VBD → VBN before "long" can turn
    # into a noun). Only the words carrying the rule's source tag are looked at: a sorted position list
    # per tag, merged (linear, Timsort on two runs) when a rule moves words to another tag.
    pad = ["STAART"] * 3
    w = pad + keys + pad
    t = pad + tags + pad
    at: dict[str, list[int]] = {}
    for i, tag in enumerate(tags, 3):
        at.setdefault(tag, []).append(i)
    # Only the rules for tags the sentence has and words it holds are visited, in rule order: bit masks of
    # rule numbers, lowest first. A rule applies only to words of its source tag, where the sentence holds
    # its word, and where every tag its test compares with has been in the sentence: the masks of the
    # last two grow when a rule first moves words to a new tag (its later rules join then).
    rules, by_source, by_word = brill.steps, brill.by_source, brill.by_word
    allowed = brill.wordless | by_word.get("STAART", 0)
    for key in by_word.keys() & keys:  # (a set intersection: the few words rules name, no loop over all)
        allowed |= by_word[key]
    sources, first, second = 0, brill.no_first_tag, brill.no_second_tag
    by_first, by_second = brill.by_first_tag, brill.by_second_tag
    for masks in filter(None, map(brill.by_tag_masks.get, (*at, "STAART"))):
        sources |= masks[0]
        first |= masks[1]
        second |= masks[2]
    # And only the rules whose word and the neighbour's tag they need stand side by side somewhere (most
    # rules visited otherwise, "IN DT NEXTTAG STAART", look and find nothing): a mask of the pairs seen,
    # which grows as rules change tags, so it may let through a rule whose pair is gone, never miss one.
    by_pair, by_edge = brill.by_tag_pair, brill.by_edge_triple
    paired = brill.no_neighbour
    # (A keys view intersected with an iterable looks each item up: no set of the pairs is built first.)
    for pair in by_pair.keys() & zip(t[2:-3], t[3:-2]):  # each pair of neighbours, the boundary's too, once
        paired |= by_pair[pair]
    paired |= by_edge.get((t[2], t[3], t[4]), 0) | by_edge.get((t[-5], t[-4], t[-3]), 0)  # the first and last words
    if "STAART" in at:  # (a word tagged as the boundary is: the rules wanting it beside a word may apply anywhere)
        paired |= brill.edge_rules
    todo = sources & first & second & allowed & paired
    while todo:
        low = todo & -todo
        todo ^= low
        source, target, scan, check = rules[low.bit_length() - 1]
        places = at.get(source)
        # The scan sees the tags as they are before the rule: if it finds no place, applying the rule left
        # to right changes nothing either (the first change would have to be at a place the scan saw).
        if not places or not scan(w, t, places):
            continue
        moved = []
        for i in places:
            if check(w, t, i):
                t[i] = target
                moved.append(i)
        if moved:
            at[source] = [i for i in places if t[i] == source]
            present = at.get(target)
            if present:
                at[target] = sorted(present + moved)
            else:
                at[target] = moved
                if present is None:  # a tag new to the sentence: the later rules it enables join
                    sources |= by_source.get(target, 0)
                    first |= by_first.get(target, 0)
                    second |= by_second.get(target, 0)
            for i in moved:  # the pairs each moved word now makes with its neighbours
                paired |= by_pair.get((t[i - 1], target), 0) | by_pair.get((target, t[i + 1]), 0)
            paired |= by_edge.get((t[2], t[3], t[4]), 0) | by_edge.get((t[-5], t[-4], t[-3]), 0) \
                | (brill.edge_rules if target == "STAART" else 0)
            todo = sources & first & second & allowed & paired & ~((low << 1) - 1)
    return t[3:-3]


def _split(sentence: str) -> tuple[list[int], list[int]]:
    """Where the words of `sentence` start and end, as the tagger splits them (one pass of the pattern)."""
    pattern = _TOKEN if "n'" in sentence or "n’" in sentence else _TOKEN_PLAIN
    matches = list(pattern.finditer(sentence))
    false_initials = _false_initials(sentence) if matches else None
    if not false_initials:
        return list(map(_START, matches)), list(map(_END, matches))  # (map over the unbound methods: no Python loop)
    # "grade A. Then": the letter and the full stop, two tokens, as the pattern reads them without an initial
    starts: list[int] = []
    ends: list[int] = []
    for m in matches:
        start, end = m.span()
        if start in false_initials:
            starts += (start, start + 1)
            ends += (start + 1, end)
        else:
            starts.append(start)
            ends.append(end)
    return starts, ends


def _words(sentence: str, starts: list[int], ends: list[int]) -> Iterator[str]:
    """The words of `sentence` at the spans `_split` found."""
    return map(sentence.__getitem__, map(slice, starts, ends))


def token_texts(sentence: str) -> list[str]:
    """The words of `tag_words(sentence)`, as written, without tagging them: for a reader of the words alone
    (the tagger's lexicon and rules cost several times the split)."""
    return list(_words(sentence, *_split(sentence)))


def _tag_sentence(sentence: str) -> tuple[Token, ...]:
    starts, ends = _split(sentence)
    if not starts:
        return ()
    words = list(map(sys.intern, _words(sentence, starts, ends)))
    tags = _TAG_MEMO.tags(sentence, words)
    # tuple.__new__(Token, fields) is what Token(...) does, without its Python-level __new__ per token.
    fields = zip(words, starts, ends, tags)
    return tuple(map(_NEW_TUPLE, repeat(Token), fields))


_CacheInfo = namedtuple("_CacheInfo", ["hits", "misses", "maxsize", "currsize"])  # lru_cache's cache_info()
_MISSING = object()


# Keeping and evicting is one step under this lock: a Dask worker may analyse documents in several threads,
# and two threads evicting the same oldest entry, or counting one sentence twice, broke the bookkeeping.
_MEMO_LOCK = threading.Lock()


def _keep(memo: dict[str, object], sentence: str, value: object, chars: int, max_entries: int,
          max_chars: int) -> int:
    """Put `sentence` → `value` in `memo` (first in, first out; a look-up re-inserts what it finds) and evict
    the oldest while more than `max_entries` entries or `max_chars` characters of sentences are kept; returns
    the characters kept. Call under `_MEMO_LOCK`."""
    if sentence not in memo:
        chars += len(sentence)
    memo[sentence] = value
    while len(memo) > max_entries or chars > max_chars:
        oldest = next(iter(memo))
        del memo[oldest]
        chars -= len(oldest)
    return chars


class SentenceMemo:
    """`functools.lru_cache` for a function of one sentence, bounded in characters as well as entries: a
    sentence's tokens and analysis take about 20 bytes per character of it, so 2,048 entries of a few
    hundred characters are a few MB, but 2,048 "sentences" of a page without full stops each could be a
    hundred MB. The least recently used entries leave while there are more than `maxsize` or they hold
    more than `max_chars` characters; a sentence longer than `max_chars // 8` is computed and not kept
    (no reader asks for one twice: they read sentences of at most 2,000 characters, or windows of one).
    The same interface as lru_cache's (`cache_clear`, `cache_info`, `__wrapped__`)."""

    __slots__ = ("__wrapped__", "maxsize", "max_chars", "max_entry", "_memo", "_chars", "hits", "misses")

    def __init__(self, function: Callable[[str], object], maxsize: int, max_chars: int) -> None:
        self.__wrapped__ = function
        self.maxsize, self.max_chars, self.max_entry = maxsize, max_chars, max_chars // 8
        self._memo: dict[str, object] = {}
        self._chars = 0
        self.hits = self.misses = 0

    def __call__(self, sentence: str):  # type: ignore[no-untyped-def]
        memo = self._memo
        with _MEMO_LOCK:
            value = memo.pop(sentence, _MISSING)
            if value is not _MISSING:
                memo[sentence] = value  # (re-inserted: now the most recently used)
                self.hits += 1
                return value
            self.misses += 1
        value = self.__wrapped__(sentence)
        size = len(sentence)
        if size > self.max_entry:
            return value
        with _MEMO_LOCK:
            self._chars = _keep(memo, sentence, value, self._chars, self.maxsize, self.max_chars)
        return value

    def cache_clear(self) -> None:
        self._memo.clear()
        self._chars = 0
        self.hits = self.misses = 0

    def cache_info(self) -> _CacheInfo:
        return _CacheInfo(self.hits, self.misses, self.maxsize, len(self._memo))

    @property
    def chars(self) -> int:
        """The characters of the sentences kept."""
        return self._chars


# 128 sentences of news are about 19,000 characters: the entry count binds on prose, the characters on
# long "sentences" (about 2.5 MB at most for the tokens and analyses together). Extraction and news read a
# document together, a sentence at a time (core/analysis.py), so a sentence is asked for again within a few
# sentences, or by the passes after them, which the tags memo below spares the tagger: 2,048 sentences and
# 512 K characters found no more on the TimeBank + AQUAINT articles (7,756 analyses hit of 10,841), cost the
# same time, and were 3-4 MB of the peak of 1 MB of news (issue 7: 10x the input). 128 rather than 512 (stop 40,
# 1 MB): TimeBank's articles analysed 2,950 sentences rather than 2,747 but tagged 4,771 rather than 4,748 (the
# tags memo keeps the rest), in the same time; the memos' full size after a long article 1.8 -> 0.7 MB (most of
# it now the tags memo), and the resident peak of 1 MB of news over the set-up ~10.4x -> ~9.6x.
MEMO_SENTENCES = 128
MEMO_CHARS = 128 * 1024


class _TagMemo:
    """The tags of the sentences tagged lately, one byte a word, so a sentence that has left the caches of
    tokens and analyses (`MEMO_SENTENCES`) is not run through the tagger again when it is asked for once
    more. Extraction reads a document's dated sentences, then news reads all of them: in an article of more
    than 2,048 sentences each dated one was tagged twice (1 MB of news: 14,270 taggings of 7,376 sentences).
    First in, first out, up to `size` sentences (each about 250 bytes with its text: 4 MB when full) and up to
    `max_chars` characters of them (so long "sentences" cannot make it bigger; one longer than an eighth of
    that is not kept)."""

    def __init__(self, size: int, max_chars: int = 2 * 1024 * 1024) -> None:
        self.size = size
        self.max_chars = max_chars
        self.chars = 0  # of the sentences kept
        self.by_sentence: dict[str, bytes] = {}
        self.codes: dict[str, int] = {}  # tag → its byte
        self.names: list[str] = []  # byte → its tag

    def tags(self, sentence: str, words: list[str]) -> list[str]:
        known = self.by_sentence.get(sentence)
        if known is not None:
            return list(map(self.names.__getitem__, known))
        tags = _tags(words)
        codes = self.codes
        if not codes.keys() >= set(tags):  # (a tag not met before: rare once a few sentences are tagged)
            # under the lock: two threads meeting new tags at once would give two tags one byte, or a byte
            # no name (code and name are one step)
            with _MEMO_LOCK:
                for tag in tags:
                    if tag not in codes:
                        assert len(codes) < 256, "one byte a tag: Penn Treebank has 45"
                        codes[tag] = len(codes)
                        self.names.append(tag)
        if len(sentence) > self.max_chars // 8:
            return tags
        with _MEMO_LOCK:
            self.chars = _keep(self.by_sentence, sentence, bytes(map(codes.__getitem__, tags)), self.chars,
                               self.size, self.max_chars)
        return tags

    def clear(self) -> None:
        self.by_sentence.clear()
        self.chars = 0


# 2,048 sentences and 256 K characters (16,384 and 2 M before, 1.2 bytes per character of 1 MB of news for the
# sentences and their tags): extraction and news now read a document in step (core/analysis.py), so a sentence
# comes back within a few sentences, and the whole TimeBank + AQUAINT run hit the larger memo once in 5,324
# sentences (only a text that repeats sentences word for word, like the growth benchmark's, hit it more).
_TAG_MEMO = _TagMemo(2048, 256 * 1024)
# `MEMO_SENTENCES` sentences (see there): extraction and news read a document's sentences in step, so one is
# asked for again soon after it was first read; beyond that the tags memo above spares the tagger. About 2 MB
# when full, the words interned: "the", "," and "." are one string each across every sentence kept.
_tag_cached = SentenceMemo(_tag_sentence, maxsize=MEMO_SENTENCES, max_chars=MEMO_CHARS)


_NEW_TUPLE = tuple.__new__
_TOKEN_POS = itemgetter(3)  # Token.pos


# A capital after a small letter inside a word: a name's spelling ("MindSpring", "PayPal"), never a verb's.
_INNER_CAPITAL = re.compile(r"[a-z][A-Z]")


def tag_words(sentence: str) -> list[Token]:
    """The sentence's tokens with Penn Treebank tags and exact offsets into `sentence`.
    Cached: the same sentence is tagged once (titles, subjects and kinds may all ask)."""
    return list(_tag_cached(sentence))


# --- verb groups -----------------------------------------------------------------------------------------------
_BE = frozenset({"be", "is", "are", "am", "was", "were", "been", "being", "'s", "’s", "'re", "’re", "'m", "’m"})
_HAVE = frozenset({"have", "has", "had", "having", "'ve", "’ve", "'d", "’d"})
_DO = frozenset({"do", "does", "did"})
_NEGATION = frozenset({"not", "n't", "n’t", "never"})
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
_MAY_START = _FINITE | {"VBN"}  # the only tags `_finite_start` says yes to
_SUBJECT_PRONOUNS = frozenset({"i", "you", "he", "she", "it", "we", "they"})
_PLURAL_PRONOUNS = frozenset({"i", "you", "we", "they"})
_NOMINATIVE = frozenset({"i", "he", "she", "we", "they"})  # never objects ("saw it knocked out")
_NOUN = frozenset({"NN", "NNS", "NNP", "NNPS"})
_OBJECT_START = frozenset({"DT", "PRP$", "CD", "PRP", "PDT", "$"})


def _be_have_do(low: str) -> bool:
    """Is `low` (lower case) a form of "be", "have" or "do"?"""
    return low in _BE or low in _HAVE or low in _DO


def _is_aux(token: Token) -> bool:
    """Can another verb follow this one inside the same group?"""
    return token.pos in ("MD", "TO") or _be_have_do(token.text.lower())


def is_auxiliary(word: str) -> bool:
    """Is `word` (any case) a form of "be", "have" or "do", or a modal ("had", "did", "would")? (`_is_aux` for a
    word without its tagged sentence: the lexicon says whether it is a modal.)"""
    low = word.lower()
    return _be_have_do(low) or lexicon_tag(low) == "MD"


def _previous_word(tokens: Sequence[Token], i: int) -> int:
    """The index of the nearest word before i that is not an adverb, or -1."""
    j = i - 1
    while j >= 0 and tokens[j].pos in ("RB", "RBR", "RBS"):
        j -= 1
    return j


def _finite_start(tokens: Sequence[Token], i: int) -> tuple[bool, bool] | None:
    """Does a finite verb group start at token i? (finite, certain) or None."""
    tok = tokens[i]
    if tok.pos in _FINITE:
        if tok.pos == "VBD" and tok.text.lower() not in _BE | _HAVE | _DO:
            j = _previous_word(tokens, i)
            if j >= 0 and tokens[j].pos in ("DT", "PRP$", "POS") and i + 1 < len(tokens) \
                    and tokens[i + 1].pos in _NOUN:
                return None  # "the preferred shares": a participle used as an adjective
        return True, True
    if tok.pos != "VBN":
        return None
    # A past participle reads as a past tense where a participle cannot stand: right after a subject
    # pronoun or a relative pronoun ("he led", "which passed"), or between a noun and its object
    # ("Police arrested three men"), the last being a guess.
    j = _previous_word(tokens, i)
    if j < 0:
        return None
    before = tokens[j]
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if before.text.lower() in _NOMINATIVE and before.pos == "PRP" \
            or before.text.lower() in ("who", "which") \
            or before.text.lower() == "that" and j > 0 and tokens[j - 1].pos in _NOUN \
            and (nxt is None or nxt.pos not in _NOUN):
        return True, True
    if before.pos in _NOUN and nxt is not None and nxt.pos in _OBJECT_START:
        return True, False
    return None


def _shares_subject(tokens: Sequence[Token], i: int, previous: VerbGroup) -> bool:
    """A past participle right after "and"/"or" that follows a simple past ("discussed the list and
    eliminated the reserves") is that verb's coordinate, a guess; "was arrested and charged" is not."""
    if tokens[i].pos != "VBN" or i < 1 or tokens[i - 1].text.lower() not in ("and", "or") \
            or len(previous.words) != 1 or previous.main.pos != "VBD":
        return False
    if i >= 3 and i + 1 < len(tokens) and tokens[i + 1].pos in ("NN", "NNS") and tokens[i - 2].pos in ("NN", "NNS") \
            and tokens[i - 3].pos == "IN":
        # A preposition's two bare nouns, the second with a participle before it: "battled through landslides and
        # clogged roads", "treated for burns and broken bones" (not "discussed the list and eliminated reserves")
        return False
    return previous.last < i - 1


def verb_groups(tokens: Sequence[Token], spans: list[tuple[int, int]] | None = None) -> list[VerbGroup]:
    """The finite verb groups of a tagged sentence, left to right: "fled", "has long sought",
    "will begin", "was arrested", "did not say". Participles and infinitives on their own are not
    groups ("strategies adopted by Boeing", "a phased closure", "to draw up"). One pass over the tokens;
    `spans`, the sentence's `clauses` when the caller has them, saves a second pass."""
    groups: list[VerbGroup] = []
    n = len(tokens)
    i = 0
    while i < n:
        # Only a finite form or a past participle can start a group: the others are passed at once.
        if tokens[i].pos not in _MAY_START:
            i += 1
            continue
        start = _finite_start(tokens, i)
        if start is None and groups and _shares_subject(tokens, i, groups[-1]):
            start = (True, False)
        if start is None:
            i += 1
            continue
        finite, certain = start
        last = i
        j = i + 1
        while j < n and _is_aux(tokens[last]):
            # Adverbs and a negation may sit between an auxiliary and its verb: "has long sought".
            k = j
            while k < n and k - j < 3 and (tokens[k].pos in ("RB", "RBR", "RBS")
                                           or tokens[k].text.lower() in _NEGATION
                                           or tokens[k].pos == "JJ" and k + 1 < n
                                           and tokens[k + 1].pos in ("VBN", "VBD")):
                k += 1
            if k < n and tokens[k].pos in ("VB", "VBN", "VBG", "VBD", "VBZ", "VBP") \
                    and not (tokens[last].pos == "MD" and tokens[k].pos == "VBD"):
                last = k
                j = k + 1
            else:
                break
        words = tuple(tokens[i:last + 1])
        text = _join(words)
        groups.append(VerbGroup(i, last, tokens[i].start, tokens[last].end, text, words, finite, certain))
        i = last + 1
    return _verbless_clauses(tokens, _reduced_relatives_dropped(tokens, _parentheticals_dropped(tokens, groups)),
                             clauses(tokens) if spans is None else spans)


def _parentheticals_dropped(tokens: Sequence[Token], groups: list[VerbGroup]) -> list[VerbGroup]:
    """Drop a past form between commas right after a noun when the verb group after the closing comma
    has no subject of its own: "The burn, carried out on 14 March, adjusted the speed" (a participle)."""
    if len(groups) < 2:
        return groups
    kept: list[VerbGroup] = []
    for k, g in enumerate(groups):
        i = g.first
        if k + 1 < len(groups) and len(g.words) == 1 and g.main.pos in ("VBD", "VBN") and i >= 2 \
                and tokens[i - 1].text == "," and tokens[i - 2].pos in _NOUN:
            nxt = groups[k + 1]
            j = _previous_word(tokens, nxt.first)
            # One comma-enclosed stretch: no other comma, conjunction or break inside it.
            if j > i and tokens[j].text == "," and not any(t.text in _HARD_BREAKS or t.text == "," or t.pos == "CC"
                                                           for t in tokens[i:j]):
                continue
        kept.append(g)
    return kept


# Verbs whose past form may take a clause without "that" after a phrase ("said on Monday the talks failed",
# "thought in 2010 the market would crash"): never a participle dropped by `_reduced_relatives_dropped`.
_CLAUSE_TAKING = REPORTING_LEMMAS | STATIVE_LEMMAS | frozenset({
    "announce", "report", "disclose", "reveal", "declare", "publish", "decide", "agree", "learn", "realise",
    "realize", "show", "prove", "recall", "predict", "promise", "conclude", "discover", "notice", "guess"})


def _reduced_relatives_dropped(tokens: Sequence[Token], groups: list[VerbGroup]) -> list[VerbGroup]:
    """Drop a past form right after a noun that a phrase of a preposition and a noun phrase joins to the next verb
    group, with no comma, conjunction or relative word between: "Two planes sent from the capital arrived on
    Monday", "Aid flown in from the coast reached the valley" (a participle: two finite verbs do not follow each
    other so in one clause). Not a verb that takes a clause without "that" ("Officials said on Monday troops
    arrived"), nor before a tagger's finite "-ing" ("dropped off leaflets warning/VBP the school")."""
    if len(groups) < 2:
        return groups
    kept: list[VerbGroup] = []
    for k, g in enumerate(groups):
        i = g.first
        if k + 1 < len(groups) and len(g.words) == 1 and g.main.pos in ("VBD", "VBN") and i >= 1 \
                and tokens[i - 1].pos in _NOUN and i + 1 < len(tokens) and tokens[i + 1].pos in ("IN", "RP") \
                and tokens[i + 1].text.lower() not in _OBJECT_CLAUSE_WORDS:
            nxt = groups[k + 1]
            between = tokens[i + 1:nxt.first]
            word = nxt.main.text.lower()
            before = i - 1  # (the word before the subject's noun phrase)
            while before >= 0 and tokens[before].pos in _NOUN_PHRASE:
                before -= 1
            if before >= 0 and tokens[before].text.lower() in _CLAUSE_OPENERS:
                kept.append(g)  # "When the market opened on Monday shares fell": the subordinate clause's verb
                continue
            if nxt.main.pos in ("VBD", "VBZ", "VBP") and len(nxt.words) == 1 \
                    and not (word.endswith("ing") and word not in verb_lemmas(word)) \
                    and tokens[nxt.first - 1].pos in _NOUN and _prepositional_phrases(between) \
                    and verb_lemmas(g.main.text).isdisjoint(_CLAUSE_TAKING):
                continue
        kept.append(g)
    return kept


def _prepositional_phrases(words: Sequence[Token]) -> bool:
    """Are `words` one or more phrases of a preposition and its noun phrase ("from the capital", "in from the
    coast of Norway")? Not a noun phrase after another without a preposition between ("in Leeds | a man": the
    verb's object after its adverbial)."""
    after_noun = False
    seen_noun = False
    for k, tok in enumerate(words):
        if tok.pos == "RP" and k + 1 < len(words) and words[k + 1].pos == "IN":
            continue  # "flown in from the coast" (not "dropped off leaflets": the verb's object)
        if tok.pos == "IN":
            if tok.text.lower() in _CLAUSE_OPENERS:
                return False  # "prayed for help as Easter week began": the next verb has its own clause
            after_noun = False
        elif tok.pos in _NOUN or tok.pos == "POS":
            after_noun = seen_noun = True
        elif tok.pos in _NOUN_PHRASE and not after_noun:
            continue
        else:
            return False
    return seen_noun


def _join(words: Sequence[Token]) -> str:
    """The words as they stood in the sentence: a space wherever the offsets leave a gap (also between words
    that were not next to each other: a title's words with the date left out)."""
    parts: list[str] = []
    for k, w in enumerate(words):
        if k and w.start > words[k - 1].end:
            parts.append(" ")
        parts.append(w.text)
    return "".join(parts)


_NOUN_PHRASE = frozenset({"DT", "PDT", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "POS", "CD", "PRP$", "PRP",
                          "$"})
NOUN_PHRASE_TAGS = _NOUN_PHRASE  # (for extraction's titles)


def _verbless_clauses(tokens: Sequence[Token], groups: list[VerbGroup],
                      spans: list[tuple[int, int]]) -> list[VerbGroup]:
    """A clause with no finite verb whose words open with a noun phrase and go on with a past participle
    takes the participle for its verb, as a guess: "Protesters clashed with police", "The mission launched
    in 2020" (the tagger cannot tell these from "strategies adopted by Boeing", a phrase without a verb)."""
    if "VBN" not in map(_TOKEN_POS, tokens):
        return groups  # no participle to take (most sentences): the walk below would add nothing
    clause_ids = _clause_ids(tokens, spans)
    finite_clauses = {clause_ids[g.first] for g in groups}
    if finite_clauses.issuperset(range(len(spans))):
        return groups  # every clause has its finite verb
    added: list[VerbGroup] = []
    seen: set[int] = set()
    phrase_only = True  # every word since the clause's start belongs to a noun phrase
    has_noun = False
    for i, tok in enumerate(tokens):
        cid = clause_ids[i]
        if i == 0 or cid != clause_ids[i - 1]:
            phrase_only, has_noun = True, False
        if cid < 0 or cid in finite_clauses or cid in seen:
            continue
        if phrase_only and not has_noun and (
                tok.pos in ("RB", "RBR") and i + 1 < len(tokens) and tokens[i + 1].text == ","
                or tok.text == "," and i > 0 and tokens[i - 1].pos in ("RB", "RBR")):
            continue  # a sentence adverb before the subject: "However, the exile community called for ..."
        if i == 0 and tok.pos == "CC":
            continue  # a conjunction joining the sentence to the one before: "But one opponent, ..., described"
        if tok.pos == "VBN" and cid > 0 and spans[cid][0] == i and _is_relative(tokens[spans[cid - 1][0]]) \
                and (spans[cid - 1][1] == i or spans[cid - 1][1] == i - 1 and tokens[i - 1].text == ","
                     and _outer_participle(tokens, i, spans[cid - 1][0])):
            # The outer verb right after a relative clause: "The man who won the race retired" (`clauses` split
            # it off), "Reed, who joined the club, left on Monday" (after the closing comma).
            added.append(VerbGroup(i, i, tok.start, tok.end, tok.text, (tok,), True, False))
            seen.add(cid)
            continue
        if tok.pos == "VBN" and i == spans[cid][0] and i > 1 and tokens[i - 1].text in _ASIDE_CLOSERS \
                and _after_closed_aside(tokens, i, clause_ids, finite_clauses):
            # The same after a bracketed or dashed aside: "The company (which makes chips) reported a loss".
            added.append(VerbGroup(i, i, tok.start, tok.end, tok.text, (tok,), True, False))
            seen.add(cid)
            continue
        if tok.text == "," and phrase_only and has_noun:
            # An aside between the subject and its verb: "Police, acting on a tip, arrested three men", "Spitz,
            # the founder of a group in Virginia, described the bombing as ..." (the tagger's VBN after a comma).
            verb = _after_aside(tokens, i, clause_ids)
            if verb is not None:
                v = tokens[verb]
                added.append(VerbGroup(verb, verb, v.start, v.end, v.text, (v,), True, False))
                seen.add(cid)
                continue
        if tok.pos == "VBN" and phrase_only and has_noun:
            nxt = tokens[i + 1] if i + 1 < len(tokens) else None
            if nxt is None or nxt.pos not in _NOUN and nxt.pos not in ("JJ", "POS") and nxt.text.lower() != "by":
                added.append(VerbGroup(i, i, tok.start, tok.end, tok.text, (tok,), True, False))
                seen.add(cid)
                continue
        if tok.pos in _NOUN_PHRASE or tok.pos == "IN" and has_noun:
            # A noun phrase with its prepositional modifiers: "Bilateral trade between the two countries".
            has_noun = has_noun or tok.pos in _NOUN or tok.pos == "PRP"
        else:
            phrase_only = False
    if not added:
        return groups
    return sorted(groups + added, key=lambda g: g.first)


def _after_aside(tokens: Sequence[Token], comma: int, clause_ids: list[int]) -> int | None:
    """The past participle right after the closing comma of an aside that the comma at `comma` opens after a
    subject noun phrase, in a clause with no finite verb: the clause's past tense, as the subject has no verb
    yet ("The firm, based in Ohio, moved ...", "Smith, the founder of a group, described the plan as ...").
    None when the aside does not close within the clause, the word after it is no such participle, or it reads
    as a modifier: an agent or an adjective before a noun ("retired teachers", "adopted by") or one whose clause
    goes on to a verb of its own ("Police, firefighters, trained volunteers arrived")."""
    cid = clause_ids[comma]
    n = len(tokens)
    for _ in range(3):  # up to three asides in a row ("Smith, the Rev. Jones, the founder of ..., described")
        k = comma + 1
        while k < n and clause_ids[k] == cid and (tokens[k].text != "," or _inner_comma(tokens, k)):
            k += 1
        if k >= n or tokens[k].text != "," or k == comma + 1:
            return None
        i = k + 1
        while i < n and tokens[i].pos in ("RB", "RBR", "RBS"):
            i += 1
        if i >= n or clause_ids[i] != cid:
            return None
        if tokens[i].pos == "VBN":
            break
        comma = k
    else:
        return None
    nxt = tokens[i + 1] if i + 1 < n else None
    if nxt is not None and (nxt.pos in ("NN", "NNS", "JJ", "POS") or nxt.text.lower() == "by"):
        return None
    return i if _last_verb_in_clause(tokens, i, clause_ids) else None


def _after_closed_aside(tokens: Sequence[Token], i: int, clause_ids: list[int], finite_clauses: set[int]) -> bool:
    """Is the past participle at i, right after the closing bracket or dash of an aside, the verb of the noun
    phrase before the aside? It is when that phrase's clause has no finite verb and holds only a noun phrase,
    and the participle does not read as a modifier (`_after_aside`'s tests)."""
    opener = _ASIDE_CLOSERS[tokens[i - 1].text]
    k = i - 2
    while k >= 0 and tokens[k].text not in opener and tokens[k].text not in _HARD_BREAKS:
        k -= 1
    if k < 1 or tokens[k].text not in opener or tokens[k - 1].pos not in _NOUN:
        return False
    before = clause_ids[k - 1]
    if before < 0 or before in finite_clauses:
        return False
    m = k - 1
    while m >= 0 and clause_ids[m] == before:
        if tokens[m].pos not in _NOUN_PHRASE and not (m > 0 and tokens[m].pos == "IN"):
            return False  # (a noun phrase with its modifiers: "The head of the agency (...) resigned")
        m -= 1
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if nxt is not None and (nxt.pos in ("NN", "NNS", "JJ", "POS") or nxt.text.lower() == "by"):
        return False
    return _last_verb_in_clause(tokens, i, clause_ids)


def _last_verb_in_clause(tokens: Sequence[Token], i: int, clause_ids: list[int]) -> bool:
    """Does no verb form that may be the clause's own (one `_finite_start` takes, a bare verb not after "to")
    follow token i in its clause? Then a past form at i that the tagger left out of the groups is the verb."""
    cid = clause_ids[i]
    m = i + 1
    while m < len(tokens) and clause_ids[m] == cid:
        if tokens[m].pos in _MAY_START and _finite_start(tokens, m) is not None \
                or tokens[m].pos == "VB" and tokens[m - 1].pos not in ("TO", "MD"):
            return False
        m += 1
    return True


def _clause_ids(tokens: Sequence[Token], spans: list[tuple[int, int]]) -> list[int]:
    """A clause number per token (-1 outside every clause), from the sentence's `clauses`."""
    ids = [-1] * len(tokens)
    for number, (first, last) in enumerate(spans):
        for i in range(first, last):
            ids[i] = number
    return ids


# --- clauses -----------------------------------------------------------------------------------------------
_HARD_BREAKS = frozenset({";", ":", "--", "—", "–", "(", ")", "[", "]", "“", "”", "\"", "``", "''"})
_RELATIVES = frozenset({"which", "who", "whom", "whose", "where", "whereby"})
_SUBORDINATORS = frozenset({"because", "although", "though", "whereas", "unless", "whether", "while", "if"})
# Words that open a clause as well as a phrase, which the tagger reads as prepositions: a clause of time when a
# subject and its finite verb follow ("after the assembly approved the budget", "since the two firms merged"), a
# preposition's phrase otherwise ("after the vote"). (The conjunctions that only open clauses, "because",
# "although", "while", are `_SUBORDINATORS`: `_opens_clause` stops at them.)
SUBORDINATING_PREPOSITIONS = frozenset({"before", "after", "until", "till", "since", "once"})
# Words tagged IN that open a clause of their own, not a preposition's phrase: the subordinators, the prepositions
# that open clauses too, and the other conjunctions the tagger reads IN ("than", "so", "like", "when" …).
_CLAUSE_OPENERS = _SUBORDINATORS | SUBORDINATING_PREPOSITIONS | frozenset({
    "that", "as", "whilst", "than", "so", "when", "where", "lest", "like", "whenever", "wherever"})
# Words the tagger reads IN that take no noun phrase for an object as a preposition does ("said that last week a
# customer", "as", "than").
_NO_PREPOSITIONS = frozenset({"that", "as", "than", "so"})
_COORDINATORS = frozenset({"but", "yet"})


# Every word `_opens_clause` may say yes to: the others are passed without a call.
_MAY_OPEN = _RELATIVES | _SUBORDINATORS | _COORDINATORS | {"that", "and", "or"}


def _opens_clause(tokens: Sequence[Token], i: int) -> bool:
    """Does a new clause start at token i (the token belongs to the new clause)?"""
    tok = tokens[i]
    low = tok.text.lower()
    if low in _RELATIVES or low in _SUBORDINATORS or low in _COORDINATORS:
        return True
    if low == "that" and tok.pos in ("IN", "WDT"):
        return True  # "said that ...", "the plan that ..." (a determiner "that plan" is DT)
    if low in ("and", "or") and i + 1 < len(tokens):
        nxt = tokens[i + 1]
        # "... and he fled", "..., and the talks collapsed": a new subject after the conjunction.
        return nxt.pos == "PRP" and nxt.text.lower() in _SUBJECT_PRONOUNS or i > 0 and tokens[i - 1].text == "," \
            or _object_then_clause(tokens, i)
    return False


def _object_then_clause(tokens: Sequence[Token], i: int) -> bool:
    """Does the "and"/"or" at i join a clause to a verb's object: a noun phrase and a finite verb after it, an
    object before it ("The rebels freed him and two of them fled", "The blast killed three people and 40 were
    hurt")? The object is an object pronoun, or a noun phrase right after a verb that takes no clause for its
    object (after "said the driver and his brother escaped" the phrases are one subject). Looks at a few words
    either side."""
    if i == 0:
        return False  # nothing before it to be the object (and tokens[i - 1] would wrap to the last word)
    k = i + 1
    while k < len(tokens) and k - i <= 6 and (tokens[k].pos in _NOUN_PHRASE or tokens[k].text.lower() == "of"):
        k += 1
    if k == i + 1 or k - i > 6 or k >= len(tokens) or tokens[k].pos not in _MAY_START \
            or _finite_start(tokens, k) is None or _object_pronoun(tokens[i + 1]) and k == i + 2:
        return False
    if _object_pronoun(tokens[i - 1]):
        return True
    # Back over the object and a phrase after it ("killed three people in the capital and ...") to the verb.
    j = i - 1
    while j > 0 and i - j <= 8 and (tokens[j].pos in _NOUN_PHRASE and (tokens[j].pos != "PRP" or _object_pronoun(tokens[j]))
                                    or tokens[j].pos in ("IN", "TO") and tokens[j].text.lower() not in SUBORDINATING_PREPOSITIONS
                                    or tokens[j].pos in ("VBN", "VBG", "VBD") and tokens[j - 1].pos in ("DT", "PRP$")):
        j -= 1  # (a participle after a determiner modifies the noun: "gave a reason for the changed offer")
    if j == i - 1 or tokens[j + 1].pos in ("IN", "TO") or not tokens[j].pos.startswith("VB"):
        return False
    # The verb ends a finite group ("freed", "was declared"), not an infinitive or a participle of its own ("to see
    # Kenya and Tanzania punished", "The N.J.-based maker of hair accessories and other products said").
    aux = _previous_word(tokens, j)
    if not (tokens[j].pos in _MAY_START and _finite_start(tokens, j) is not None
            or aux >= 0 and tokens[aux].pos != "TO" and _is_aux(tokens[aux])):
        return False
    return not any(lemma in REPORTING_LEMMAS or lemma in STATIVE_LEMMAS
                   for lemma in all_lemmas(tokens[j].text).get("VERB", ()))


def _is_relative(tok: Token) -> bool:
    low = tok.text.lower()
    return low in _RELATIVES or low == "that" and tok.pos == "WDT"


def _relative_after_noun(tok: Token) -> bool:
    """Does the word, after a noun, open a relative clause: `_is_relative`'s words, or a "that" the tagger reads as
    a complementiser there ("The treaty that/IN he rejected in 1990"); not a determiner ("that year")?"""
    return _is_relative(tok) or _complementizer(tok)


def _complementizer(tok: Token) -> bool:
    """A "that" opening a complement clause ("said that prices rose"): the tagger's IN, not WDT or DT."""
    return tok.text.lower() == "that" and tok.pos == "IN"


def _after_own_subject(tokens: Sequence[Token], i: int) -> bool:
    """Does the finite verb at i follow a subject pronoun of its own ("said they opposed")? A nominative
    personal pronoun (PRP) is never an object, so the verb after it has that subject, not an outer one."""
    j = _previous_word(tokens, i)
    return j >= 0 and tokens[j].pos == "PRP" and tokens[j].text.lower() in _NOMINATIVE


def _outer_participle(tokens: Sequence[Token], i: int, relative_start: int) -> bool:
    """Is the past participle at i, right after a relative clause that has its verb (after its last noun or
    its closing comma), the outer clause's past tense ("The man who won the race retired", "Reed, who ...,
    left on Monday", which the tagger reads as VBN)? Only when the outer clause has no finite verb before
    the relative and no verb follows the participle in the sentence (else it modifies the noun: "the race
    held in Paris", "He met the man who won the race held in Paris"), and it is no adjective or agent
    phrase ("a retired teacher", "adopted by")."""
    if tokens[i - 1].pos not in _NOUN and tokens[i - 1].text != ",":
        return False
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if nxt is not None and (nxt.pos in _NOUN or nxt.pos in ("JJ", "POS") or nxt.text.lower() == "by"):
        return False
    k = relative_start - 1
    while k >= 0 and tokens[k].text not in _HARD_BREAKS:
        if tokens[k].pos in _MAY_START:
            return False
        k -= 1
    k = i + 1
    while k < len(tokens) and tokens[k].text not in _HARD_BREAKS:
        if tokens[k].pos in _MAY_START or tokens[k].pos in ("VB", "VBG"):
            return False
        k += 1
    return True


def clauses(tokens: Sequence[Token]) -> list[tuple[int, int]]:
    """Every clause of a tagged sentence as token ranges [first, last), left to right, in one pass.

    A clause ends at a semicolon, colon, dash, bracket or quote, and before a word that opens another:
    a relative pronoun or subordinator (which/who/that/because/whether...), "but", an "and"/"or" that
    starts a new clause ("..., and the talks collapsed", "and he fled"). A relative clause ends at its
    closing comma (whether or not a comma opened it: "The bill, which passed the Senate, was vetoed",
    "a program that set no amount, Nashua bought ...") and, when no comma opened it, before a
    second finite verb ("The strike that paralysed the port ended"); the rest of the outer clause
    is then a clause of its own. A comma-opened one runs to its closing comma over further verbs ("The minister,
    who said the plan was flawed, defended it"), and a verb right after a subject pronoun of its own does not
    end one ("Residents who said they opposed abortion decried the attack"); a complement "that" inside one
    ("who said that ...") opens a clause that ends as the relative would. Boundary punctuation belongs to
    no clause."""
    spans: list[tuple[int, int]] = []
    first = 0
    relative = False      # the current clause is a relative clause ...
    has_verb = False      # ... and its verb has been seen
    enclosed = False      # ... and a comma opened it: only the closing comma ends it
    # A subordinator opening the sentence ("When the market opened shares fell") governs the first clause only:
    # it ends at its comma or, with none, where the main clause's subject stands before a second verb.
    # (or after an opening phrase and its comma: "On Monday, after the case closed Apple extended ...")
    opener = 0 if tokens and tokens[0].text.lower() in _OPENING_SUBORDINATORS else -1  # the subordinator's token
    opening = True        # no verb yet, or in the opening subordinate clause
    opening_verb = -1     # ... the token that starts its verb group

    def close(end: int) -> None:
        last = end
        while last > first and tokens[last - 1].text == ",":
            last -= 1  # a comma before the next clause belongs to neither
        if last > first:
            spans.append((first, last))

    n = len(tokens)
    for i, tok in enumerate(tokens):
        if tok.text in _HARD_BREAKS:
            close(i)
            first, relative, has_verb, enclosed = i + 1, False, False, False
            continue
        starts_verb = tok.pos in _MAY_START and _finite_start(tokens, i) is not None \
            and not ((j := _previous_word(tokens, i)) >= 0 and _is_aux(tokens[j]))
        if opening and opener < 0:
            if starts_verb or first != 0:
                opening = False
            elif i > 1 and tokens[i - 1].text == "," and tok.text.lower() in _OPENING_SUBORDINATORS:
                close(i)
                opener = first = i
        if opening and opener >= 0:
            if first != opener or relative:
                opening = False
            elif opening_verb < 0:
                if starts_verb and i > opener + 1:
                    opening_verb = i
                elif tok.text == ",":
                    # No verb before the first comma: the tagger missed it ("as Purnell Murdock reports/NNS,
                    # General Abacha's supporters began ..."), and where the clause ends is a guess.
                    opening = False
            elif tok.text == "," or starts_verb:
                subject = i + 1 if tok.text == "," else _main_subject_start(tokens, opener, opening_verb, i)
                if subject is not None:
                    close(subject)
                    first, has_verb = subject, False
                opening = False
                if tok.text == ",":
                    continue
        if relative and has_verb and starts_verb and (enclosed or _after_own_subject(tokens, i)):
            # A further verb inside the relative: "Residents who said they opposed abortion decried ..." (a
            # subject pronoun of its own: the relative's complement; the outer verb "decried" comes later),
            # "The minister, who said the plan was flawed, defended it" (the closing comma ends it).
            continue
        if i > first and (tok.text.lower() in _MAY_OPEN and _opens_clause(tokens, i)
                          or relative and has_verb and (starts_verb or not enclosed and tok.pos == "VBN"
                                                        and _outer_participle(tokens, i, first))):
            close(i)
            # A complement "that" inside a relative clause ("who said that they opposed ...") opens a clause
            # nested in it, which ends where the relative would (before the outer verb, at its closing comma).
            nested = relative and has_verb and _complementizer(tok)
            enclosed = _is_relative(tok) and tokens[i - 1].text == "," or nested and enclosed
            relative = _is_relative(tok) or nested
            first, has_verb = i, False
        elif relative and has_verb and tok.text == ",":
            close(i)
            first, relative, has_verb, enclosed = i + 1, False, False, False
            continue
        elif i == first:
            relative = _is_relative(tok)
            enclosed = relative and i > 0 and tokens[i - 1].text == ","
        if starts_verb:
            has_verb = True
    if first < n:
        close(n)
    return spans


# Conjunctions that open a subordinate clause at a sentence's start, before the main clause ("After the case
# closed Apple extended ...", "Because prices rose, sales fell"); the tagger reads some as prepositions.
_OPENING_SUBORDINATORS = _SUBORDINATORS - {"whether"} | SUBORDINATING_PREPOSITIONS | {"when", "as"}
OPENING_SUBORDINATORS = _OPENING_SUBORDINATORS  # (for the titles' pronouns: "… when it was unveiled")
# Tags of a subject's words before its verb, and those that open it ("the", "its"), which the walk back stops at.
_SUBJECT_WORDS = frozenset({"NN", "NNS", "NNP", "NNPS", "JJ", "CD", "POS"})
_SUBJECT_OPENERS = frozenset({"DT", "PRP$", "PDT"})


def _main_subject_start(tokens: Sequence[Token], opener: int, sub_verb: int, verb: int) -> int | None:
    """Where the main clause's subject starts, after an opening subordinate clause with no comma, opened by the
    subordinator at `opener`, whose verb group starts at `sub_verb`, when a second finite verb starts at `verb`: the noun phrase right before that
    verb ("When the market opened | shares fell", "If the bill passes | the Senate will vote", "As the company
    grew | its profits rose"), a nominative pronoun alone ("After the talks failed | they left"). None when
    there is no such phrase after the first verb, or when that verb may take a clause for its object
    ("Although he said the plan would fail the board ...": a reporting or thinking verb; where the clauses
    part is unclear, the sentence stays one clause)."""
    group_end = sub_verb + 1  # (past the subordinate verb group's auxiliaries, adverbs and particle)
    while group_end < verb and tokens[group_end].pos.startswith(("VB", "MD", "RB", "RP")):
        group_end += 1
    main_verb = next(t for t in reversed(tokens[sub_verb:group_end]) if t.pos.startswith(("VB", "MD")))
    if any(lemma in REPORTING_LEMMAS or lemma in STATIVE_LEMMAS
           for lemma in all_lemmas(main_verb.text).get("VERB", ())):
        return None
    # The subordinate clause's subject is one noun phrase; two mean the opener was a preposition and the first
    # verb is the main one: "After the meeting | the minister announced ...", "Since 1990 | Apple has grown".
    content = False
    for p in range(opener + 1, sub_verb):
        t = tokens[p]
        if content and (t.pos in _SUBJECT_OPENERS or t.pos == "PRP" or t.pos in ("NNP", "NNPS")
                        and (tokens[p - 1].pos == "CD" or tokens[p - 1].text in _CALENDAR_NAMES)):
            return None
        content = content or t.pos in _SUBJECT_WORDS or t.pos == "VBG"  # ("the meeting/VBG")
    k = verb
    if k - 1 > sub_verb and tokens[k - 1].pos == "PRP":
        return k - 1 if tokens[k - 1].text.lower() in _SUBJECT_PRONOUNS else None
    while k - 1 > sub_verb and tokens[k - 1].pos in _SUBJECT_WORDS and tokens[k - 1].text not in _CALENDAR_NAMES:
        k -= 1
    if k - 1 > sub_verb and tokens[k - 1].pos in _SUBJECT_OPENERS:
        k -= 1
    if k == verb or tokens[k].pos in ("POS", "JJ") and k == verb - 1:
        return None
    # The words between the subordinate verb and the subject are its object or adverbials; none may be a
    # verb or a clause's opener, which would make the cut a guess across another clause.
    if k < group_end or any(t.pos.startswith(("VB", "MD", "W")) or t.text.lower() in _MAY_OPEN for t in tokens[group_end:k]):
        return None
    return k


def clause_of(tokens: Sequence[Token], index: int) -> tuple[int, int]:
    """The clause holding token `index` as token indices [first, last) (see `clauses` for the rules);
    a boundary mark alone when `index` is one. Costs one pass over the sentence: for many positions in
    one sentence, call `clauses` once and bisect."""
    if not 0 <= index < len(tokens):
        raise IndexError(index)
    for first, last in clauses(tokens):
        if first <= index < last:
            return first, last
    return index, index + 1


# --- morphology ------------------------------------------------------------------------------------------------
def load_tables() -> None:
    """Load the tables every analysis reads on first use: the Brill lexicon and rules, the opening words
    the tokenizer's middle initial is checked against (`_false_initials`), and lemminflect's look-up
    tables (not lemminflect's module). A process that forks workers loads them once for all of them
    (core/worker_preload.py)."""
    _brill()
    opening_words()
    _present_forms.__wrapped__("fled", False)
    singular_noun.__wrapped__("deals")


@lru_cache(maxsize=1)
def lemminflect_module() -> ModuleType:
    """lemminflect itself, for what its tables cannot answer (its guesses for unknown words, which need NumPy
    and a model). The dictionary look-ups below read its tables without importing it."""
    import lemminflect  # imported on first use: it brings NumPy
    return lemminflect


class _MorphologyTable:
    """One of lemminflect's look-up tables (`word,category,forms...` lines, sorted by word) kept as its bytes
    (`_SortedLines`): a word's lines are found by a bisection and one search. lemminflect itself turns each
    table into nested dicts (about 45 MB and half a second for the two), where a run looks up a few
    thousand words."""

    __slots__ = ("lines",)

    def __init__(self, path: Path) -> None:
        self.lines = _SortedLines(_gzip_buffer(path), b",")

    def rows(self, word: str) -> list[list[str]]:
        """The fields of every line for `word`, in the table's order."""
        if not word or "," in word or "\n" in word:  # no word of the table is empty or holds either
            return []
        return [(word + "," + rest.decode("utf-8")).strip().split(",")
                for rest in self.lines.lines(word.encode("utf-8", "surrogatepass"))]


def _overrides(path: Path) -> dict[str, dict[str, tuple[str, ...]]]:
    """A lemminflect overrides file: `word,tag,form` lines, each replacing that tag's forms for the word."""
    out: dict[str, dict[str, tuple[str, ...]]] = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line and not line.startswith("#"):
                word, tag, form = line.split(",")
                out.setdefault(word, {})[tag] = (form,)
    return out


@lru_cache(maxsize=1)
def _morphology() -> tuple[_MorphologyTable, dict, _MorphologyTable, dict]:
    """lemminflect's lemma table and overrides, and its inflection table and overrides."""
    spec = importlib.util.find_spec("lemminflect")  # locates the package without importing it (NumPy)
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("timeline_app.core.grammar needs the 'lemminflect' package (its dictionaries)")
    folder = Path(next(iter(spec.submodule_search_locations))) / "resources"
    return (_MorphologyTable(folder / "lemma_lu.csv.gz"), _overrides(folder / "lemma_overrides.csv"),
            _MorphologyTable(folder / "infl_lu.csv.gz"), _overrides(folder / "infl_overrides.csv"))


def _caps_style(word: str) -> Callable[[str], str]:
    """How lemminflect gives its answers the capitals of the word asked about."""
    if word.isupper():
        return str.upper
    if word[:1].isupper():
        return str.capitalize
    return str.lower


# The Penn tags of each inflection column of a category in the inflection table (the base form is the word).
_INFLECTION_COLUMNS = {"noun": ("NNS",), "adj": ("JJR", "JJS"), "adv": ("RBR", "RBS"),
                       "verb": ("VBD", "VBN", "VBG", "VBZ")}
_BASE_TAGS = {"noun": ("NN",), "adj": ("JJ",), "adv": ("RB",), "verb": ("VB", "VBP")}
# lemminflect's own entries for auxiliaries and modals, which replace the table's.
_AUXILIARY_FORMS: dict[str, dict[str, tuple[str, ...]]] = {
    "can": {"VB": ("can",), "VBD": ("could",)}, "may": {"VB": ("may",), "VBD": ("might",)},
    "will": {"VB": ("will",), "VBD": ("would",)}, "shall": {"VB": ("shall",), "VBD": ("should",)},
    "must": {"VB": ("must",), "VBD": ("must",)}, "ought": {"VB": ("ought",), "VBD": ("ought",)},
    "dare": {"VB": ("dare",)},
    "be": {"VB": ("be",), "VBD": ("was", "were"), "VBG": ("being",), "VBN": ("been",), "VBP": ("am", "are"),
           "VBZ": ("is",)}}
_UPOS_TAGS = {"VERB": frozenset({"VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "MD"}),
              "NOUN": frozenset({"NN", "NNS", "NNP", "NNPS"})}


@lru_cache(maxsize=65536)
def all_lemmas(word: str) -> dict[str, tuple[str, ...]]:
    """lemminflect's lemmas of `word` for every part of speech it knows ({"VERB": ("announce",), ...}),
    from its dictionary only, as its `getAllLemmas(word)` gives them. Cached, and shared by news, merging
    and titles. Treat the result as read-only."""
    lemma_table, lemma_overrides, _, _ = _morphology()
    low = word.lower()
    found: dict[str, tuple[str, ...]] = {}
    for fields in lemma_table.rows(low):
        category = fields[1].upper()
        found["AUX" if category == "MODAL" else category] = tuple(fields[2].split("/"))
    found.update(lemma_overrides.get(low, {}))
    caps = _caps_style(word)
    return {pos: tuple(map(caps, lemmas)) for pos, lemmas in found.items()}


@lru_cache(maxsize=4096)
def verb_lemmas(word: str, guess: bool = False) -> frozenset[str]:
    """The verb lemmas of a form in any case ("Said" → {"say"}: `all_lemmas` keeps the form's capitals), from
    lemminflect's dictionary; with `guess`, for a word the dictionary lacks, lemminflect's guess, else the word
    itself (news asks so: the guess imports lemminflect and NumPy, which the grammar's own tests need not).
    Cached; shared by news, titles and the grammar."""
    low = word.lower()
    found = all_lemmas(low).get("VERB", ())
    if not found and guess:
        found = lemminflect_module().getAllLemmasOOV(low, upos="VERB").get("VERB", ())
        return frozenset(found) or frozenset({low})
    return frozenset(found)


def past_participle_form(word: str) -> bool:
    """Is `word` a past participle of its verb by lemminflect's forms ("held", "taken", "shot"; a regular verb's
    "-ed", which the dictionary lists as its past only, is both its past and its participle), not a past tense
    alone ("took", "rose")?"""
    low = word.lower()
    return any(low in verb_forms(lemma, ("VBN",)) or low in verb_forms(lemma, ("VBD",))
               and not verb_forms(lemma, ("VBN",)) - {low} for lemma in verb_lemmas(low))


def verb_forms(lemma: str, tags: Iterable[str] = _UPOS_TAGS["VERB"]) -> frozenset[str]:
    """The forms of a verb lemma with these Penn tags (by default all), from lemminflect's dictionary
    ("post" → post, posts, posted, posting)."""
    inflections = all_inflections(lemma, "VERB")
    return frozenset(form for tag in tags for form in inflections.get(tag, ()))


def verb_form(lemma: str, tag: str) -> str | None:
    """The spelling of a verb lemma's form with this Penn tag that lemminflect lists first ("focus", VBZ →
    "focuses", not "focusses"); None if it lists none. A title is written with this, never with any member of
    `verb_forms`' set: a set of strings is iterated in an order that follows the process's string hashing, so
    "the first" of two spellings would change from one run to the next."""
    spellings = all_inflections(lemma, "VERB").get(tag, ())
    return spellings[0] if spellings else None


@lru_cache(maxsize=16384)
def all_inflections(lemma: str, upos: str) -> dict[str, tuple[str, ...]]:
    """lemminflect's inflections of `lemma` as `getAllInflections(lemma, upos)` gives them, from its
    dictionary only ({"VBD": ("fled",), "VBZ": ("flees",), ...})."""
    _, _, inflection_table, inflection_overrides = _morphology()
    low = lemma.lower()
    if low in _AUXILIARY_FORMS:
        forms = dict(_AUXILIARY_FORMS[low])
    else:
        forms = {}
        for fields in inflection_table.rows(low):
            category, columns = fields[1], fields[2:]
            for tag, column in zip(_INFLECTION_COLUMNS[category], columns):
                spellings = tuple(column.split("/"))
                if len(spellings) > 1 or spellings[0]:
                    forms[tag] = spellings
            for tag in _BASE_TAGS[category]:
                forms[tag] = (fields[0],)
    forms.update(inflection_overrides.get(low, {}))
    caps = _caps_style(lemma)
    return {tag: tuple(map(caps, spellings)) for tag, spellings in forms.items() if tag in _UPOS_TAGS[upos]}


def _match_case(word: str, model: str) -> str:
    if model.isupper() and len(model) > 1:
        return word.upper()
    if model[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


def headline_verb(group: VerbGroup, subject_is_plural: bool) -> str | None:
    """The group in headline present tense, or None when not certain (keep the source's words then).

    A simple past becomes present through lemminflect: "fled" → "flees" ("flee" for a plural subject).
    Groups with an auxiliary ("has long sought", "will begin", "was arrested", "did not go") and verbs
    already in the present come back unchanged. None for a guessed finite reading, a form lemminflect's
    dictionary does not know as the past of exactly one verb, and past "was"/"were" ("He was 54" is not
    "He is 54")."""
    if not group.finite:
        return None
    main = group.main
    if len(group.words) > 1 or main.pos in ("VBZ", "VBP", "MD"):
        return group.text
    if not group.certain:
        return None
    low = main.text.lower()
    if low in _BE:
        return None
    forms = _present_forms(low, subject_is_plural)
    if not forms:
        return None
    form = next((f for f in forms if f != "am"), forms[0])
    return _match_case(form, main.text)


@lru_cache(maxsize=4096)
def _present_forms(form: str, plural: bool, tag: str | None = "VBD") -> tuple[str, ...]:
    """The present forms of the one verb `form` is a form of, and (unless `tag` is None) is the `tag` form of
    (its past tense "fled"), from lemminflect's dictionary only (no guessing for words it does not know):
    certain or nothing (but a regular "-ed" past it lacks, by lemminflect's rules). Cached: lemminflect copies its
    tables' rows on every call, and news repeats its verbs."""
    lemmas = all_lemmas(form).get("VERB", ())
    if not lemmas and (split := _split_verb_prefix(form)) is not None:
        # A verb with a hyphened prefix the dictionary lacks ("re-signed", "co-founded"): its last part's present
        # with the prefix ("re-signs").
        return tuple(split[0] + present for present in _present_forms(split[1], plural, tag))
    if not lemmas and tag == "VBD" and form.endswith("ed") and form.isalpha() and not all_lemmas(form):
        # A regular "-ed" past the dictionary lacks ("capsized"): lemminflect's guess of its one verb, when that
        # verb's regular past is the form itself (as `_pasts_after_time_nouns` reads it).
        module = lemminflect_module()
        guessed = module.getAllLemmasOOV(form, upos="VERB").get("VERB", ())
        if len(guessed) != 1 or form not in module.getInflection(guessed[0], "VBD"):
            return ()
        return tuple(module.getInflection(guessed[0], "VBP" if plural else "VBZ"))
    if len(lemmas) != 1:
        return ()
    inflections = all_inflections(lemmas[0], "VERB")
    if tag is not None and form not in inflections.get(tag, ()):
        return ()
    return tuple(inflections.get("VBP" if plural else "VBZ", ()))


@lru_cache(maxsize=4096)
def singular_noun(word: str) -> str:
    """The singular of a plural noun from lemminflect's dictionary ("deals" → "deal", "treaties" →
    "treaty"); the word unchanged when the dictionary does not know it as the plural of exactly one noun."""
    low = word.lower()
    lemmas = all_lemmas(low).get("NOUN", ())
    if len(lemmas) != 1 or lemmas[0] == low or low not in all_inflections(lemmas[0], "NOUN").get("NNS", ()):
        return word
    return _match_case(lemmas[0], word)


def _plural_form(word: str) -> bool:
    """Whether lemminflect knows `word` as a noun whose lemma is another word: a plural ("forces")."""
    lemmas = all_lemmas(word).get("NOUN", ())
    return bool(lemmas) and word.endswith("s") and all(lemma.lower() != word.lower() for lemma in lemmas)


def capitalised_plural(word: str) -> bool:
    """Is a capitalised word that the tagger's lexicon does not know capitalised (so read as a name) a common
    plural noun in lower case ("Organisers", "Labourers")? lemminflect knows it as a plural of another lemma. (Not
    "Jobs", "Gates", "Sanders": the lexicon knows them capitalised as names.) For a sentence's first word, where
    the capital says nothing; the caller checks the document writes it nowhere else capitalised. Not an "-s" word
    whose lemma the lexicon knows first as a verb ("Stokes": "stoke" is VB): in lower case it would be that verb's
    "-s" form, which no text writes as a plural noun opening a sentence, so the capital is a name's."""
    if not (word[:1].isupper() and word[1:].islower() and lexicon_tag(word) is None):
        return False
    low = word.lower()
    return _plural_form(low) and not any((lexicon_tag(lemma) or "").startswith("VB")
                                         for lemma in all_lemmas(low).get("NOUN", ()))


def is_plural_noun(token: Token) -> bool:
    """A plural noun or plural pronoun ("towers", "Falcons", "they"); for verb agreement."""
    low = token.text.lower()
    if token.pos in ("NNS", "NNPS"):
        return True
    if token.pos == "PRP":
        return low in _PLURAL_PRONOUNS
    return False


def subject_of(tokens: Sequence[Token], group: VerbGroup) -> tuple[int, int] | None:
    """The subject of a verb group as token indices [first, last), or None when none is found.

    Walks back over adverbs, up to three parentheticals between commas (", which began in May,", ", 54,") or
    in brackets or dashes ("The minister -- an ally of the president -- resigned"), a relative clause ("The strike that paralysed the port ended") and coordinated predicates ("opened in
    1990 and closed in 2005") to a pronoun or a noun phrase ("The 2,000 tickets for the parade"); a relative
    pronoun's subject is its antecedent ("The bill, which passed"). A leading date or place phrase is not
    part of it ("In 2010 the company ..."). Costs one pass over the sentence; `analyse(sentence)` answers
    for every group of a sentence in one pass in all."""
    return SentenceAnalysis.of(tokens).subject_of(group)


# What stands before a title's verb when it names no one: a personal pronoun, an expletive "there", a demonstrative
# alone ("This is ..."). (Tags, not words: a capitalised "It" is PRP as "it" is.)
_NO_ACTOR_TAGS = frozenset({"PRP", "EX", "DT"})
_NOT_A_WORD = frozenset({"RB", ",", ":", "``", "''", "(", ")", "\"", "'"})


@lru_cache(maxsize=4096)
def names_no_actor(title: str) -> bool:
    """Does an event title leave its doer unnamed, so that a reader cannot tell who did what? Read on the title's
    own tags and its first verb group (`verb_groups`), from what stands before that verb:

    - nothing ("was her second Wimbledon final", "Will receive only partial dividends");
    - only a pronoun, an expletive or a demonstrative ("He resigned", "It was the first time", "There were no
      injuries", "This is VOA"), also after a leading phrase and its comma ("Finally today, we learned");
    - only one common noun, with no determiner or modifier ("Figures release show", "Lesson was brought home",
      "Sales rise 8%"): the lexicon's tag of the word as written is NN/NNS (a name it knows is NNP: "Apple",
      "Jobs", "Police"), or one gerund or fronted participle ("Following are statements made ...");
    - and, with no verb at all, a preposition or subordinator opening the title ("Until this week", "After
      touring the capital").

    A noun phrase with no verb ("The 1996 Olympic bombing", "World War II") names its happening and is not asked
    about; nor is a subject with a determiner, a modifier or a name ("The victims", "Oil prices", "Neither
    company"). A saying's frame that names no one is read through to what was said ("Officials say the agency
    has postponed the launch" names the agency; "He says he received information" no one); a quotation that
    opens the title is its speaker's words, read after it ("“We would rather be late,” the director said").
    Cached: the window asks per row it draws, an export per event."""
    tokens = tag_words(title)
    if tokens and tokens[0].text in _OPENING_QUOTES:
        close = next((k for k in range(1, len(tokens)) if tokens[k].text in _CLOSING_QUOTES), None)
        return close is not None and names_no_actor(title[tokens[close].end:])
    words = [t for t in tokens if t.pos not in _NOT_A_WORD]
    if not words:
        return False
    groups = verb_groups(tokens)
    if not groups:
        # (or a company's measure and a verb the tagger read as a noun: "Comparable sales rise 3.8 percent")
        measure = next((k for k, t in enumerate(words[:3]) if t.text.lower() in _COMPANY_MEASURES), None)
        # (not a count's rounding word, "About 300 residents of Kolvik return home": the count is the subject)
        rounding = len(words) > 1 and words[0].text.lower() in ("about", "around", "nearly", "almost", "over") \
            and words[1].pos == "CD"
        return words[0].pos in ("IN", "TO") and not rounding or measure is not None and measure + 1 < len(words) \
            and "VERB" in all_lemmas(words[measure + 1].text.lower()) \
            and _names_no_subject(words, measure + 1)
    if not _names_no_subject(tokens, groups[0].first):
        return False
    if len(groups) > 1 and REPORTING_LEMMAS & verb_lemmas(groups[0].main.text):
        said = title[groups[0].end:].lstrip()  # (what was said, its "that" dropped)
        return names_no_actor(said[5:] if said.startswith("that ") else said)
    return True


_OPENING_QUOTES = frozenset({"``", "\"", "“", "‘", "'"})
_CLOSING_QUOTES = frozenset({"''", "\"", "”", "’", "'"})


def _names_no_subject(tokens: Sequence[Token], first: int) -> bool:
    """`names_no_actor`'s reading of what stands before the verb group starting at token `first`."""
    before = [t for t in tokens[:first] if t.pos not in _NOT_A_WORD]
    if not before:
        return True
    # A leading phrase set off by a comma ("Finally today, we learned ..."): the pronoun after it is the subject.
    comma = max((k for k in range(first) if tokens[k].text == ","), default=-1)
    after = [t for t in tokens[comma + 1:first] if t.pos not in _NOT_A_WORD]
    if comma >= 0 and len(after) == 1 and after[0].pos in ("PRP", "EX"):
        return True
    tail = after if comma >= 0 else before
    if len(tail) > 1 and tail[0].pos == "PRP$" and all(t.pos in _OWNED_WORD_TAGS for t in tail[1:]):
        # A possessive pronoun's noun phrase ("Her trial is set", "Its shares closed up"): whose, the title does not
        # say (a name in it does: "His wife Ann Berg died").
        return True
    if 1 < len(before) <= 3 and before[-1].text.lower() in _COMPANY_MEASURES \
            and all(t.pos in ("JJ", "NN", "VBG") and t.text[1:].islower()
                    and ("-" in t.text or lexicon_tag(t.text.lower()) in ("JJ", "VBG"))
                    for t in before[:-1]):  # (the lexicon's adjective: a capitalised first noun is tagged one)
        # A company's measure with only its adjectives ("Comparable sales rise 3.8 percent", "Same-store sales
        # fell"): no owner, as "Sales rise" has none. (A noun before it may say whose: "Mac sales", "Tourism
        # industry revenues".)
        return True
    if len(before) != 1:
        return False
    word = before[0]
    if word.pos in _NO_ACTOR_TAGS:
        return word.pos != "DT" or word.text.lower() in _PRONOUN_DETERMINERS
    # A gerund or a fronted participle alone ("Following are statements made ...") names no one either.
    return word.pos == "VBG" or word.pos in ("NN", "NNS") and lexicon_tag(word.text) in ("NN", "NNS")


# The words of a noun phrase a possessive pronoun opens, with no name: adjectives, nouns, figures, participles.
_OWNED_WORD_TAGS = frozenset({"JJ", "JJR", "JJS", "NN", "NNS", "CD", "VBN", "VBG", "POS"})
# A company's measures, a title's subject that wants an owner ("Sales", "Net income").
_COMPANY_MEASURES = frozenset({"sales", "revenue", "revenues", "profit", "profits", "earnings", "income", "loss",
                               "losses", "turnover"})


_REPORTED_SUBJECT_TAGS = frozenset({"DT", "PDT", "JJ", "JJS", "CD", "NN", "NNS", "NNP", "NNPS", "PRP$", "POS", "IN"})


def _reported_subject_before(a: "SentenceAnalysis", k: int) -> bool:
    """Do the words before token `k` (an aside's opening mark) run from a reporting verb, the last verb group
    before them, through a noun phrase only ("said one of the two men", "said that the car")? They are then the
    subject of the reporting verb's clause, not words that have their verb."""
    g = bisect_left(a.group_firsts, k) - 1
    if g < 0:
        return False
    verb = a.groups[g]
    if verb.last >= k or verb_lemmas(verb.main.text).isdisjoint(REPORTING_LEMMAS):
        return False
    words = a.tokens[verb.last + 1:k]
    if words and words[0].text.lower() == "that":
        words = words[1:]
    return bool(words) and all(t.pos in _REPORTED_SUBJECT_TAGS for t in words)


_DOUBLE_QUOTES = frozenset({"\"", "“", "”", "``", "''"})


def _quotes_paired(tokens: Sequence[Token], start: int, end: int) -> bool:
    """Are the double quotation marks among tokens[start:end] all paired there (none, or a quoted name or title of
    a work opened and closed inside: "the hit “Twister”")? Straight marks in pairs, curly and typewriter ones
    each opened before closed. (Single marks are apostrophes as often as quotes, and never broke the walk.)"""
    straight = depth = 0
    for t in tokens[start:end]:
        text = t.text
        if text == '"':
            straight += 1
        elif text in ("“", "``"):
            depth += 1
        elif text in ("”", "''"):
            depth -= 1
            if depth < 0:
                return False
    return straight % 2 == 0 and depth == 0


def _subject_span(a: "SentenceAnalysis", group: VerbGroup) -> tuple[int, int] | None:
    tokens, spans, starts, memo = a.tokens, a.spans, a.clause_starts, a.subjects
    chain: list[int] = []  # the coordinated groups whose subject this one is, to remember for each
    anchor = group.first
    j = anchor - 1
    skipped = 0
    result: tuple[int, int] | None = None
    aside: tuple[int, int] | None = None  # the parenthetical between commas skipped last, as token indices
    time_phrase: tuple[int, int] | None = None  # a time phrase the walk passed, the subject when no other is found
    while True:
        if anchor in memo:
            result = memo[anchor]
            break
        while j >= 0 and tokens[j].pos in ("RB", "RBR", "RBS"):
            j -= 1
        if j < 0:
            break
        # A parenthetical's closing comma, also one a closing quotation mark follows (American style puts the
        # comma inside: "Paxton, known for “Aliens” and “Twister,” has died").
        comma = j if tokens[j].text == "," else j - 1 \
            if j > 0 and tokens[j].text in _DOUBLE_QUOTES and tokens[j - 1].text == "," else -1
        if comma >= 0:
            skipped += 1
            if skipped > 3:
                break  # a subject lies behind a parenthetical or three, not a list of them
            k = comma - 1
            while k >= 0 and (tokens[k].text != "," or _inner_comma(tokens, k)) and (
                    tokens[k].text not in _HARD_BREAKS or tokens[k].text in _DOUBLE_QUOTES):
                k -= 1
            if k < 0 or tokens[k].text != "," or not _quotes_paired(tokens, k + 1, j + 1):
                # (A quotation mark inside counts only as a quoted name's, opened and closed there: a mark that
                # opens or closes a speaker's words is a break, as before.)
                break
            j = comma
            listed = _listed_predicate(a, k + 1, j, anchor) if j == anchor - 1 else None
            if listed is not None:
                # "the company charged $46 million against earnings, added $20 million to its reserves and
                # established ...": a predicate of a list shares the subject of the list's first.
                chain.append(anchor)
                anchor, j, skipped, aside = listed, listed - 1, 0, None
                continue
            aside = (k + 1, j)  # (the last one skipped stands right after the subject)
            j = k - 1
            continue
        if tokens[j].text in _ASIDE_CLOSERS and j > 0:
            # A bracketed or dashed aside: "The ambassador (a former general) rejected", "The minister -- an ally
            # of the president -- resigned". Back to its opening mark, past no other break.
            opener = _ASIDE_CLOSERS[tokens[j].text]
            skipped += 1
            k = j - 1
            while k >= 0 and tokens[k].text not in opener and tokens[k].text not in _HARD_BREAKS:
                k -= 1
            if skipped > 3 or k < 1 or tokens[k].text not in opener:
                break
            c = bisect_right(starts, k - 1) - 1
            if c >= 0 and (bisect_left(a.group_firsts, spans[c][0]) < bisect_left(a.group_firsts, k)
                           or tokens[spans[c][0]].pos in ("IN", "TO")) and not _reported_subject_before(a, k):
                # The words before the aside have their verb ("... value since speculators -- ... -- surfaced"), or
                # are a leading phrase ("At the Worldwide Developers Conference (WWDC) keynote/VBP at ...").
                # (Not a reporting verb's, whose clause's subject they are: "said one of the men -- he did not
                # know which -- had been released".)
                break
            j = k - 1
            continue
        c = bisect_right(starts, j) - 1
        if c >= 0 and spans[c][0] <= j < spans[c][1] and not spans[c][0] <= anchor < spans[c][1] \
                and _is_relative(tokens[spans[c][0]]) and spans[c][0] > 0 \
                and not (tokens[j].pos == "CC" and _relative_goes_on(a, j)
                         and all(tokens[k].pos in ("RB", "RBR", "RBS") for k in range(j + 1, spans[c][1]))) \
                and not (j == anchor - 1 and _subordinate_subject(a, _noun_phrase_before(a, j), anchor)):
            # skip the relative clause to its antecedent (not the subject of a clause of time that the clauses'
            # split left inside it: "chains that have been linked | since the two countries | signed …")
            j = spans[c][0] - 1
            continue
        if tokens[j].pos == "CC" and (tokens[j].text.lower() in ("and", "or") or tokens[j].text.lower() == "but"
                                      and (lexicon_tag(tokens[anchor].text.lower()) or "").startswith(("VB", "MD"))):
            # A coordinated predicate ("The plant opened in 1990 and closed in 2005", "won the cup in 1998, but
            # had lost every final since") shares its subject (after "but" a word the lexicon knows as a verb
            # first: "occurred far apart but just minutes/VBZ apart" is the tagger's slip, no predicate):
            # go on from the verb group before the conjunction, which is not inside a relative clause that
            # ended before it ("raised its outlook for 2024, which follows the calendar year, and expects").
            g = _conjoined_group(a, j, anchor)
            if g < 0 or a.groups[g].first >= anchor:
                break
            chain.append(anchor)
            anchor = a.groups[g].first
            j = anchor - 1
            skipped = 0
            continue
        result = _noun_phrase_before(a, j)
        if result is not None and (tokens[j].pos in ("WDT", "WP") or _is_relative(tokens[j])):
            result = _agreeing_antecedent(a, result, a.groups[bisect_right(a.group_firsts, anchor) - 1])
            if tokens[j].text.lower() == "which":
                result = _thing_past_person(a, result) or result
        if result is not None and aside is not None and result[1] == j + 1 and result[0] >= 2:
            # Before an aside, another one: an age ("Kopp, 44, of Albany, became") or a phrase of where from ("Kopp,
            # of St. Albans, Vt., became"), set off by a comma before it: no subject, the walk goes on before it.
            p = result[0] - 1
            while p > result[0] - 4 and tokens[p].pos in ("NNP", "NNPS"):
                p -= 1  # (the name's first words, which the phrase walk may leave out: "St. | Albans")
            if tokens[result[0] - 1].text == "," and result[1] - result[0] == 1 and tokens[result[0]].pos == "CD":
                j = result[0] - 2
            elif tokens[result[0] - 1].text == "," and tokens[result[0] - 2].pos in ("NNP", "NNPS") \
                    and all(_abbreviated(t.text) for t in tokens[result[0]:result[1]]):
                # abbreviations set off after a name (a politician's party and state: "Bob Dole, R-Kan., who
                # ..., died", "Reed, R-N.Y., who"): the name's apposition, not its own subject; a state's after
                # a town set off in its turn ("RMS International Inc., Hasbrouk Heights, N.J., facing ..., said"):
                # where the name before is, not the subject either
                j = result[0] - 2
                if "-" not in tokens[result[0]].text:
                    p = j
                    while p > 0 and tokens[p].pos in ("NNP", "NNPS") and j - p < 4:
                        p -= 1
                    if p > 0 and p < j and tokens[p].text == "," and tokens[p - 1].pos in ("NNP", "NNPS"):
                        j = p - 1
            elif p >= 2 and tokens[p - 1].text == "," and _preposition_object(tokens, p + 1):
                j = p - 2
            else:
                j = -1
            if j >= 0:
                skipped += 1
                result = None
                continue
            j = result[1] - 1
        if result is not None and result[1] == anchor and result[0] > 1 and _preposition_object(tokens, result[0]) \
                and tokens[result[0] - 2].pos in ("VBD", "VBZ", "VBP"):
            # A preposition's object after a finite verb, right before this verb, is no subject: that verb's clause
            # is a relative one inside the subject ("The treaty that he rejected in 1990 remains in force"): on
            # before its relative word, to the noun phrase it modifies.
            k = result[0] - 2
            while k > 0 and result[0] - k <= _SUBJECT_WALK_LIMIT and not _relative_after_noun(tokens[k]) \
                    and not _time_noun_relative(tokens, k, True) \
                    and tokens[k].text not in _HARD_BREAKS and tokens[k].text != ",":
                k -= 1
            if k > 0 and (_relative_after_noun(tokens[k]) and tokens[k - 1].pos in _NOUN
                          or _time_noun_relative(tokens, k, True)):
                # (also a time noun's relative with no relative word: "the day the ferry sank in 2015 was
                # remembered": the day was)
                result = None
                j = k - 1
                continue
        if result is not None and time_phrase is None and result[1] == j + 1:
            resume = _before_time_phrase(tokens, result)
            if resume is not None:
                # "Omar Tarek, facing troops at the border, today promised", "Smith on Monday resigned": a time
                # phrase before the verb is its adverbial, not its subject; the walk goes on before it.
                time_phrase, result = result, None
                j = resume
                continue
        if result is not None and not _is_relative(tokens[j]) and tokens[j].pos not in ("WDT", "WP") \
                and not _subordinate_subject(a, result, anchor):
            head = _modified_noun(a, result[0], anchor)
            if head is not None:
                # "final guidelines to be published in early November will determine", "The bill passed by the
                # Senate will fail": the phrase is the object in a participle's or infinitive's phrase after a
                # noun, which modifies that noun; the subject ends at the noun.
                result = None
                j = head
                continue
        if result is not None and aside is not None and aside[0] == j + 2 and aside[0] < aside[1] \
                and all(t.pos in ("NNP", "NNPS", "CC") for t in tokens[aside[0]:aside[1]]) \
                and tokens[aside[0]].pos != "CC" and _partitive(tokens, result):
            # Names set off after a partitive say who it is: "One of them, Marisleysis Gonzalez, told ...".
            result = aside
        break
    if result is not None and result[0] > 0 and tokens[0].pos == "WP" and a.groups and a.groups[0].first == 1 \
            and a.groups[0].first < anchor and result[0] > a.groups[0].last:
        # "What happens next in 2021 depends on the court": the sentence opens with a clause whose subject is its
        # wh-word; that clause, whole, is the subject of the verb after it.
        result = (0, result[1])
    if result is not None and (aside is None and result[1] == group.first
                               or aside is not None and _age_aside(tokens, aside) and result[1] == aside[0] - 1
                               and aside[1] == group.first - 1):
        # (the second conjunct's own age set off may stand before the verb: "and his wife, 39, were arrested")
        result = _joined_past_relative(a, result)
    if result is not None:
        result = _past_bracketed_name(a, result)
        result = _past_bracketed_gloss(a, result)
        result = _past_opening_phrase(tokens, result)
    if result is None:
        result = time_phrase  # ("Today is a holiday", "said Monday was the deadline": nothing else before it)
    memo[anchor] = result
    for first in chain:
        memo[first] = result
    return result


def _joined_past_relative(a: "SentenceAnalysis", found: tuple[int, int]) -> tuple[int, int]:
    """The subject `found` ("her team") with the conjunct before its ", and" when that conjunct is a noun phrase
    that opens the sentence and a relative clause set off by commas follows it: "Dr. Jones, who led the study,
    and her team were honoured" (both were; the walk stopped at the "and", and the title lost its first doer).
    Else `found` as it was."""
    tokens = a.tokens
    conjunction = found[0] - 1
    if conjunction < 3 or tokens[conjunction - 1].text != "," or tokens[conjunction].text.lower() != "and":
        return found
    comma = conjunction - 3  # the comma that opens an age set off: "Kim, 42, and his wife"
    if comma >= 1 and tokens[comma].text == "," and _age_aside(tokens, (comma + 1, conjunction - 1)):
        opening = comma
    else:
        span = a.clause_at(conjunction - 2)
        if span is None or not _is_relative(tokens[span[0]]) or span[0] < 2 or tokens[span[0] - 1].text != ",":
            return found
        if any(tokens[k].text == "," and not _inner_comma(tokens, k) for k in range(span[0], conjunction - 1)):
            return found  # (one aside only: a list of them is another shape)
        opening = span[0] - 1
    first = _noun_phrase_before(a, opening - 1)
    if first is None or first[1] != opening or bisect_left(a.group_firsts, first[0]) != 0:
        return found  # the conjunct must open the sentence, before any verb: no verb's object ("met the envoy, who")
    if first[0] > 0 and tokens[first[0] - 1].text != ",":
        return found
    return first[0], found[1]


def _age_aside(tokens: Sequence[Token], aside: tuple[int, int]) -> bool:
    """Is the aside [lo, hi) set off by commas a lone number, a person's age ("Kim, 42, and ...")?"""
    return aside[1] - aside[0] == 1 and tokens[aside[0]].pos == "CD" and tokens[aside[0]].text.isdigit()


def _joined_relative_aside(a: "SentenceAnalysis", subject: tuple[int, int]) -> frozenset[int]:
    """The tokens of the relative clause or the age, with its commas, between a subject's first conjunct and its
    ", and" (`_joined_past_relative`), so the title joins the doers without it; empty for any other subject."""
    tokens = a.tokens
    lo, hi = subject
    if hi - lo < 5:
        return frozenset()  # (a doer, a comma, an aside, a comma, "and", a doer: most subjects are shorter)
    for k in range(lo + 1, hi - 1):
        if tokens[k].text == "," and k + 3 < hi and _age_aside(tokens, (k + 1, k + 2)) and tokens[k + 2].text == "," \
                and tokens[k + 3].text.lower() == "and":
            return frozenset(range(k, k + 3))
        if tokens[k].text == "," and _is_relative(tokens[k + 1]):
            span = a.clause_at(k + 1)
            if span is None or span[0] != k + 1:
                return frozenset()
            end = span[1]
            while end < hi and tokens[end].text != ",":
                end += 1
            if end + 1 < hi and tokens[end + 1].text.lower() == "and":
                return frozenset(range(k, end + 1))
            return frozenset()
    return frozenset()


# The tags of what may stand before a preposition that opens a clause (or nothing does): a conjunction, a break.
_BEFORE_OPENING_PREPOSITION = frozenset({"CC", ",", ":"})


# The most words a bracketed name set off after a noun holds ("(NPG)", "(Human Rights Watch)").
_BRACKETED_NAME_WORDS = 4


def _past_bracketed_name(a: "SentenceAnalysis", found: tuple[int, int]) -> tuple[int, int]:
    """A subject found right after a bracketed name and a preposition ("The English National Portrait Gallery (NPG)
    in London has threatened": "London"): the brackets end a clause for the walk (`clauses`), which stopped at the
    preposition; but a name in brackets after a noun is that noun's abbreviation or alias, and the preposition's
    phrase after it a post-modifier of the same noun phrase, so the subject's head is the noun before the brackets:
    the subject runs from that noun phrase on. `found` as it is otherwise (a preposition that opens the sentence's
    clause after a bracketed aside that is no name, "(190 miles) northwest of Sochi ...")."""
    tokens = a.tokens
    lo, hi = found
    preposition = lo - 1
    while preposition > lo - 3 and preposition > 0 and tokens[preposition].pos in ("NNP", "NNPS", "JJ", "DT"):
        preposition -= 1  # (the object's words the walk left out: "in New/JJ | York")
    if preposition < 2 or tokens[preposition].pos != "IN" or tokens[preposition - 1].text != ")":
        return found
    closer = preposition - 1
    opener = closer - 1
    while opener > 0 and closer - opener <= _BRACKETED_NAME_WORDS and tokens[opener].text != "(":
        word = tokens[opener].text
        if tokens[opener].pos not in ("NNP", "NNPS") and not (word.isalpha() and word.isupper() and len(word) > 1):
            return found  # (a name's words, or an acronym the tagger read as another word: "(WHO)")
        opener -= 1
    if opener < 1 or tokens[opener].text != "(" or opener + 1 == closer or tokens[opener - 1].pos not in _NOUN:
        return found
    before = _noun_phrase_before(a, opener - 1)
    if before is None or before[1] != opener:
        return found
    return before[0], hi


# A name's own ending after its given names: a regnal or family ordinal ("the Fifth", "V", "III") or "Jr"/"Sr".
_REGNAL_NUMERAL = re.compile(r"(?:X{0,2})(?:IX|IV|V?I{0,3})\.?")
_NAME_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr."})


def _continues_a_name(tokens: Sequence[Token], k: int) -> bool:
    """Do the tokens from k go on with a name's own ending, not a new noun phrase: "the Fifth (of Tonga)", "V",
    "III", "Jr."? Such words name no one alone: they belong to the name before them."""
    if k >= len(tokens):
        return False
    word = tokens[k].text
    if word.lower() == "the" and k + 1 < len(tokens):
        after = tokens[k + 1].text
        return after[:1].isupper() and after.lower() in ORDINALS and after.lower() not in ("last", "final")
    # (a lone "I" is as often the pronoun)
    return word not in ("", "I") and _REGNAL_NUMERAL.fullmatch(word) is not None or word.lower() in _NAME_SUFFIXES


def _past_bracketed_gloss(a: "SentenceAnalysis", found: tuple[int, int]) -> tuple[int, int]:
    """A subject found right after a bracketed aside inside a name ("King George Tupou (pronounced Too-pow) the
    Fifth of Tonga has died": "the Fifth of Tonga"): the brackets end a clause for the walk, but what follows
    them is the name's own ending (an ordinal, a numeral, "Jr."), which names no one alone; the aside glosses
    the name before it, and the subject runs from that name on. `found` as it is otherwise."""
    tokens = a.tokens
    lo, hi = found
    closer = lo - 1
    if closer < 2 or tokens[closer].text != ")" or not _continues_a_name(tokens, lo):
        return found
    opener = next((o for o, c in a.asides if c == closer and tokens[o].text == "("), None)
    if opener is None or opener < 1 or tokens[opener - 1].pos not in ("NNP", "NNPS"):
        return found
    before = _noun_phrase_before(a, opener - 1)
    if before is None or before[1] != opener:
        return found
    return before[0], hi


def _past_opening_phrase(tokens: Sequence[Token], found: tuple[int, int]) -> tuple[int, int]:
    """A subject found right after a preposition that opens its clause with no comma ("During his career West
    also played", "In the film Smith plays", "Under the deal Acme will ..."): the words are the preposition's
    object and then the subject, two noun phrases, the subject from where a capitalised name or a subject
    pronoun follows a common noun in lower case (the tagger may read the object's noun as a name's word beside
    the name: "career/NNP West/NNP"). `found` as it is otherwise."""
    lo, hi = found
    opener = lo - 1
    if opener < 0 or tokens[opener].pos != "IN" \
            or opener > 0 and tokens[opener - 1].pos not in _BEFORE_OPENING_PREPOSITION:
        return found
    for k in range(lo + 1, hi):
        before, word = tokens[k - 1].text, tokens[k].text
        if not (before.isalpha() and before.islower() and lexicon_tag(before) in ("NN", "NNS")):
            continue
        if word[:1].isupper() and word.isalpha() or tokens[k].pos == "PRP" and word.lower() in _SUBJECT_PRONOUNS:
            return k, hi
    return found


def _abbreviated(word: str) -> bool:
    """Whether a token is an abbreviation with its full stop ("R-Kan.", "N.Y.", "Vt."), not a lone stop."""
    return len(word) > 2 and word.endswith(".") and word[0].isupper()


_SINGULAR_FINITE = frozenset({"is", "was", "has"})
_PLURAL_FINITE = frozenset({"are", "were", "have"})


def _thing_past_person(a: "SentenceAnalysis", found: tuple[int, int]) -> tuple[int, int] | None:
    """The antecedent of "which" when the noun phrase right before it ends in a person's full name
    (`person_surnames`) that is a preposition's object, an agent's above all ("a motion of no confidence brought by
    the party leader Ann Hale, which will be debated"): "which" tells of no person, so of the noun phrase the
    person's phrase (and its participle) modifies, whole ("a motion of no confidence"). None otherwise."""
    tokens = a.tokens
    lo, hi = found
    if lo < 3 or tokens[hi - 1].pos != "NNP" or tokens[lo - 1].pos != "IN" or not tokens[lo - 1].text.islower():
        return None
    given = tokens[hi - 2] if hi - 2 >= lo else None
    if given is None or given.pos != "NNP" or lexicon_tag(given.text.lower()) not in (None, "NNP", "NNPS", "NNS") \
            or tokens[hi - 1].text not in person_surnames(_join(tokens[lo:hi])):
        return None  # (a given name is no common word: not "Northern Ireland", "Navigation Mixte")
    j = lo - 2
    if tokens[j].pos in ("RP", "IN") and j > 0 and tokens[j - 1].pos == "VBN":
        j -= 1  # ("drawn up by")
    if tokens[j].pos != "VBN" or tokens[lo - 1].text != "by" or j < 1:
        return None  # only the agent of a participle that modifies a noun ("a motion brought by")
    j -= 1
    if tokens[j].pos not in ("NN", "NNS"):
        return None
    return _noun_phrase_before(a, j)


def _agreeing_antecedent(a: "SentenceAnalysis", found: tuple[int, int], group: VerbGroup) -> tuple[int, int]:
    """A relative clause's antecedent, as its verb's number says: a singular verb ("which is due", "who was")
    after a plural or coordinated noun phrase that is a preposition's object refers past them to the singular
    noun phrase the preposition follows ("a claim against Overmark and the two firms, which is due to be heard":
    the claim). Else the antecedent found."""
    tokens = a.tokens
    first = group.words[0]
    placed = _thing_at_place(a, found, group)
    if placed is not None:
        return placed
    if first.text.lower() not in _SINGULAR_FINITE and first.pos != "VBZ":
        return found
    if tokens[found[1] - 1].pos not in ("NNS", "NNPS"):
        return found
    k = found[0] - 1
    # back over the coordinated noun phrases before it: "Overmark and | the two firms"
    while k >= 0 and tokens[k].pos in _NOUN_PHRASE | {"CC"} and tokens[k].text not in _HARD_BREAKS:
        k -= 1
    if k < 1 or tokens[k].pos != "IN" or not tokens[k].text.islower() or tokens[k].text in _NO_PREPOSITIONS \
            or tokens[k - 1].pos not in ("NN", "NNP"):
        return found
    head = _noun_phrase_before(a, k - 1)
    if head is None or head[1] != k:
        return found
    if head[0] >= 2 and tokens[head[0]].pos == "DT" and tokens[head[0] - 1].text == "," \
            and tokens[head[0] - 2].pos in ("NNP", "NNPS"):
        # The singular noun is itself a name's apposition ("Diwali, the festival of lights, which occurs
        # Tuesday"): the relative tells of what the name names.
        name = _noun_phrase_before(a, head[0] - 2)
        if name is not None and name[1] == head[0] - 1:
            return name
    return head


# Where a thing stands: the prepositions of "a new museum in Ondo", "the station at Kestrel Point".
_AT_PLACE = frozenset({"in", "at", "near", "outside"})


def _thing_at_place(a: "SentenceAnalysis", found: tuple[int, int], group: VerbGroup) -> tuple[int, int] | None:
    """A relative clause's antecedent when the relative follows a name after a place preposition that follows a
    common noun with its determiner ("a new national museum in Ondo, which is due to open", "the station at
    Kestrel Point, which has stood empty"): the thing with its place, not the place alone: the relative tells of
    the thing the clause brought in, and a place is named for where that thing is. Only a relative whose verb
    shows no other number than the thing's (a plural thing and "is" point at the place); None otherwise. (A
    determiner, a number or a possessive opens the thing: "two villages in Tarn", "its plant at Vik".) Not a relative
    in the simple past of a verb other than "be" ("a hotel in Lisbon, which hosted the 1998 Expo", "a bridge in
    Tarn, which flooded in April"): a past act told after a place is most often the place's own history; a modal,
    a present or perfect, or a "be" ("which was closed in March") tells of the thing."""
    tokens = a.tokens
    lo, hi = found
    if not all(t.pos in ("NNP", "NNPS") for t in tokens[lo:hi]) or lo < 3:
        return None
    k = lo - 1
    if tokens[k].text not in _AT_PLACE or tokens[k - 1].pos not in ("NN", "NNS"):
        return None
    head = _noun_phrase_before(a, k - 1)
    if head is None or head[1] != k or tokens[head[0]].pos not in ("DT", "CD", "PRP$"):
        return None
    if any(t.pos in ("NNP", "NNPS", "CC") or t.text == "," for t in tokens[head[0]:k]):
        return None  # ("the Ondo plant in Kessara", "farms and a mill in Tarn": not sure which is meant)
    first = group.words[0].text.lower()
    if group.words[0].pos == "VBD" and first not in _BE:
        return None
    plural = tokens[k - 1].pos == "NNS"
    if first in (_PLURAL_FINITE if not plural else _SINGULAR_FINITE) or (group.words[0].pos == "VBZ") == plural \
            and group.words[0].pos in ("VBZ", "VBP"):
        return None
    return head[0], hi


def _preposition_object(tokens: Sequence[Token], k: int) -> bool:
    """Does the noun phrase at token k follow a preposition, as its object ("in 1990"; not "that", "as" or a
    word that opens a clause)?"""
    before = tokens[k - 1]  # (capitalised too: "``In 1990 came the collapse,'' he said")
    return before.pos == "IN" and before.text.lower() not in _NO_PREPOSITIONS and not _opens_clause(tokens, k - 1)


def _conjoined_group(a: "SentenceAnalysis", j: int, anchor: int) -> int:
    """The index of the verb group before the conjunction at token j whose subject the predicate after it
    (its verb at token `anchor`) shares: the last one before the conjunction that is not inside a relative
    clause that ended before it ("raised its outlook for 2024, which follows the calendar year, and expects");
    -1 when none."""
    tokens, spans, starts = a.tokens, a.spans, a.clause_starts
    g = bisect_right(a.group_lasts, j - 1) - 1
    for _ in range(3):
        if g >= 0 and _in_other_relative(tokens, spans, starts, a.groups[g].first, anchor) \
                and not (a.groups[g].first < j and _relative_goes_on(a, j)):
            g -= 1
    return g


def _relative_goes_on(a: "SentenceAnalysis", j: int) -> bool:
    """Does the predicate after the "and" at token j go on with the relative clause that runs up to it, with no
    comma before it, in a clause of a copula's ("It was a sad end for a bakery that opened in 1950 and closed in
    2010": the bakery closed; "it" was, and no more)? After another verb the predicate may be the outer
    subject's ("She joined a firm that made boats and left in 2010"), which the walk leaves as it was."""
    tokens = a.tokens
    if j < 1 or tokens[j - 1].text == "," or tokens[j].text.lower() != "and":
        return False
    span = a.clause_at(j)
    if span is None or not _is_relative(tokens[span[0]]):
        return False
    outer = bisect_left(a.group_firsts, span[0]) - 1
    return outer >= 0 and len(a.groups[outer].words) == 1 and a.groups[outer].main.text.lower() in _BE \
        and a.groups[outer].finite


def relative_predicate_start(sentence: str, conjunction: int) -> int | None:
    """When the predicate after the "and"/"or" at character offset `conjunction` (or the space or comma before
    it) continues a relative clause, the character offset of that clause's verb group before it, whose subject
    (the relative's antecedent) it shares, as the subject walk finds it: "the mine, which opened in 1887 and
    closed in 1979" → "opened" (the mine closed, not the main clause's subject). Else None."""
    a = analyse_sentence(sentence)
    j = bisect_right(a.token_ends, conjunction)  # (the offset may be of the space or comma before it)
    while j < len(a.tokens) and a.tokens[j].text == ",":
        j += 1
    if j >= len(a.tokens) or a.tokens[j].pos != "CC":
        return None
    later = bisect_right(a.group_firsts, j)
    anchor = a.groups[later].first if later < len(a.groups) else len(a.tokens)
    if j + 1 < anchor and a.tokens[j + 1].pos == "VBN":
        anchor = j + 1  # a participle, no group of its own, right after: "which was registered … and sold"
    g = _conjoined_group(a, j, anchor)
    span = a.clause_at(a.groups[g].first) if g >= 0 else None
    if span is None or not span[0] <= j < span[1] or not _is_relative(a.tokens[span[0]]):
        return None
    return a.groups[g].start


_REFLEXIVE_PRONOUNS = frozenset("myself yourself himself herself itself oneself ourselves yourselves themselves".split())


def _subordinate_subject(a: "SentenceAnalysis", phrase: tuple[int, int] | None, anchor: int) -> bool:
    """Is the noun phrase `phrase`, right before the finite verb group at token `anchor` and right after a word
    that opens a clause of time, that clause's subject ("The rules changed after | the assembly | approved …")? Not
    the object of a preposition in a participle's phrase ("the bill passed by the Senate"), whatever the tagger made
    of the verb before it ("changed/VBN")."""
    tokens = a.tokens
    if phrase is None or phrase[1] != anchor or phrase[0] < 1 \
            or tokens[phrase[0] - 1].text.lower() not in SUBORDINATING_PREPOSITIONS:
        return False
    g = bisect_left(a.group_firsts, anchor)
    if g >= len(a.groups) or a.groups[g].first != anchor or not a.groups[g].finite:
        return False
    # A verb that disagrees with the phrase in number is not its ("Sanctions imposed on Iraq after its invasion of
    # Kuwait were lifted": the sanctions were).
    first = a.groups[g].words[0].text.lower()
    plural = _plural_phrase(tokens[phrase[0]:phrase[1]], frozenset())
    return not (first in _SINGULAR_FINITE and plural or first in _PLURAL_FINITE and plural is False)


def _in_verb_group(a: "SentenceAnalysis", k: int) -> bool:
    """Is token `k` one of the words of a verb group of the sentence (a clause's verb, not a modifier's)?"""
    g = bisect_right(a.group_lasts, k - 1)
    return g < len(a.groups) and a.groups[g].first <= k


def _modified_noun(a: "SentenceAnalysis", start: int, anchor: int | None = None) -> int | None:
    """The noun that a participle's or a to-infinitive's phrase modifies when the noun phrase starting at token
    `start` ends that phrase: "guidelines | to be published in | early November", "the decision | to close |
    the depot", "the bill | passed by | the Senate". The modifier is a bare verb after "to", or a past or "-ing"
    participle after "to be", "to have been" or "being", or alone, then with a preposition before the noun
    phrase (the phrase after a lone participle is its object only so: "the man shot the dog" is a clause, mis-
    tagged). It is not a verb group of the clause, and the noun stands right before it. Else None.

    The phrase may hold a gerund after a preposition ("two boys | accused of robbing | a shop"), and the participle
    may be one the tagger took for a past tense and a verb group of its own, when the group of the verb whose
    subject is sought (its first token `anchor`) comes right after it (`_reduced_relative_verb`: "A woman |
    arrested the same day on suspicion of assisting | an offender has been released")."""
    tokens = a.tokens
    k = start - 1
    if tokens[start].pos == "PRP" and tokens[start].text.lower() not in _REFLEXIVE_PRONOUNS:
        return None  # ("reports that he was spotted": a pronoun's phrase is a clause's subject; a reflexive is
        # never one: "a group calling itself Black Lantern posted")
    while k > 0 and (tokens[k].pos in _NOUN_PHRASE or tokens[k].pos == "IN"
                     or tokens[k].pos == "TO" and tokens[k + 1].pos != "VB"
                     or _gerund_after_preposition(a, k) or _participle_before_noun(a, k)) and tokens[k].pos != "PRP" \
            and not (tokens[k].text.lower() in _MAY_OPEN and _opens_clause(tokens, k)):
        k -= 1  # back over the phrase ("in | early November", "by | the Senate on Monday", "the depot in | May")
    if k < 1:
        return None
    g = bisect_right(a.group_lasts, k - 1)
    if g < len(a.groups) and a.groups[g].first <= k and not _reduced_relative_verb(a, g, start, anchor):
        return None  # the clause's own verb
    verb = tokens[k]
    m = k - 1
    if verb.pos == "VB":
        if tokens[m].pos != "TO":
            return None
        m -= 1
        if m > 0 and tokens[m].pos in ("VBG", "VBN") and tokens[m - 1].pos in ("NN", "NNS") \
                and not _in_verb_group(a, m):
            m -= 1  # a participle that takes the infinitive: "Users attempting to access Facebook encountered"
    elif verb.pos in ("VBN", "VBG", "VBD"):  # (a past form no verb group took: "planes sent/VBD from the capital")
        while m > 0 and tokens[m].text.lower() in _BE | _HAVE and tokens[m].pos.startswith("VB"):
            m -= 1  # "to be published", "to have been sold", "being built"
        if m < k - 1 and tokens[m].pos == "TO":
            m -= 1
        elif m < k - 1 and tokens[m + 1].text.lower() != "being":
            return None  # ("guidelines were published in May": a verb group's words, no modifier)
        elif m == k - 1 and verb.pos != "VBG" and not any(t.pos in ("IN", "TO") for t in tokens[k + 1:start]) \
                and not (start == k + 1 and anchor is not None and _time_phrase_then_preposition(tokens, start, anchor)):
            # (but a time's phrase and a preposition after the participle is its adverbial: "arrested last night in")
            return None  # (a lone "-ing" form after a noun is no clause's verb: "a jet carrying 164 people made")
    else:
        return None
    if m < 0 or tokens[m].pos not in _NOUN:
        return None
    if m == k - 1 and verb.pos == "VBG" and tokens[m].pos not in ("NN", "NNS"):
        return None  # ("In late New York trading the dollar was": after a name, an "-ing" noun of a compound)
    n = m
    while n > 0 and tokens[n - 1].pos in _NOUN_PHRASE:
        n -= 1
    if m == k - 1 and n > 0 and tokens[n - 1].text.lower() in _MAY_OPEN and _opens_clause(tokens, n - 1):
        return None  # "the vitriol that the issue aroused in the 1980s": the participle is that clause's verb
    return m


# The prepositions whose object a gerund inside a participle's phrase is ("accused of robbing", "wanted for
# questioning", "charged with assaulting"): not a subordinator's ("after visiting the site the minister ...").
_GERUND_OBJECT_PREPOSITIONS = frozenset({"of", "for", "with", "about", "over", "from", "against", "in", "on"})


def agent_participle(tokens: Sequence[Token], span: tuple[int, int]) -> int | None:
    """The first token of a past participle's phrase with its agent ("shot by police") inside the noun phrase at
    `span`, right after a noun ("The man | shot by police on Friday"), which the tagger read as a compound's noun;
    else None. The phrase modifies that noun: the noun phrase ends before it."""
    for p in range(span[0] + 1, span[1] - 2):
        if tokens[p + 1].text == "by" and tokens[p - 1].pos in ("NN", "NNS") and tokens[p].pos in ("NN", "VBN", "VBD") \
                and tokens[p].text.islower() and past_participle_form(tokens[p].text):
            return p
    return None


def _participle_before_noun(a: "SentenceAnalysis", k: int) -> bool:
    """Is token `k` a past participle that modifies the noun right after it, after a preposition or a determiner
    ("with | stolen | goods", "the | injured | men"), in no verb group? It is then a word of that noun phrase."""
    tokens = a.tokens
    return tokens[k].pos == "VBN" and 0 < k < len(tokens) - 1 and tokens[k + 1].pos in ("NN", "NNS") \
        and tokens[k - 1].pos in ("IN", "DT", "PRP$") and not _in_verb_group(a, k)


def _gerund_after_preposition(a: "SentenceAnalysis", k: int) -> bool:
    """Is token `k` an "-ing" word that is a preposition's object ("suspicion of | assisting"), in no verb group?"""
    tokens = a.tokens
    return tokens[k].pos == "VBG" and k > 0 and tokens[k - 1].pos == "IN" \
        and tokens[k - 1].text in _GERUND_OBJECT_PREPOSITIONS and not _in_verb_group(a, k)


# Verbs that take a clause with no "that" ("The board decided in May the plan was sound"): a past form of theirs
# before a noun phrase and a verb is that clause's verb, not a participle that modifies the noun before it.
_CLAUSE_TAKING_LEMMAS = REPORTING_LEMMAS | frozenset({
    "believe", "think", "know", "expect", "estimate", "predict", "hope", "suspect", "understand", "assume",
    "anticipate", "reckon", "consider", "doubt", "suppose", "forecast", "project",
    "decide", "agree", "announce", "learn", "show", "reveal", "find", "hear", "rule", "report", "conclude",
    "promise", "vow", "pledge", "signal", "realise", "realize", "ensure", "fear", "guess", "recall", "remember",
    "discover", "notice", "see", "feel", "judge", "declare", "testify", "allege", "tell"})


# The particles of phrasal verbs the tagger reads as prepositions ("dropped off | leaflets", "set up | a fund").
_PARTICLES = frozenset({"off", "up", "out", "down", "away", "back", "over"})
# Prepositions that also open a clause ("as the parliament voted", "after the board met"): a noun phrase after one
# may be the next verb's subject.
_CLAUSE_PREPOSITIONS = frozenset({"as", "after", "before", "since", "until", "till", "while", "because", "once",
                                  "though", "although", "unless", "whereas", "when", "if", "than", "like"})
# The nouns of a time's phrase after a participle ("the same day", "last night").
_TIME_NOUN_WORDS = frozenset(UNITS) | frozenset(DAY_PARTS) | frozenset(WEEKDAYS) \
    | frozenset({"yesterday", "today", "tonight"})


def _reduced_relative_verb(a: "SentenceAnalysis", g: int, start: int, anchor: int | None) -> bool:
    """Is the verb group `g` a past participle that modifies the noun before it, which the tagger took for a past
    tense ("A woman arrested/VBD the same day on suspicion of assisting an offender has been released")? The group is
    one "-ed" word right after a noun, the group at `anchor` (whose subject is sought) is the very next one (two
    finite verbs with no break between: one of them is no clause's), a preposition or a time's noun phrase follows
    the verb, the noun phrase at `start` (right before the anchor's verb) is a preposition's or a gerund's object,
    and the verb takes no clause without "that" ("The board decided in May the plan was sound")."""
    tokens, groups = a.tokens, a.groups
    group = groups[g]
    k = group.first
    if anchor is None or group.last != k or g + 1 >= len(groups) or groups[g + 1].first != anchor \
            or any(t.text.lower().endswith("ing") for t in tokens[anchor:groups[g + 1].last + 1]):
        return False  # (an "-ing" word the tagger made finite is no clause's verb: "dropped off leaflets warning")
    verb = tokens[k]
    # (a participle by the lexicon's forms, irregular ones too: "Two women held last week on suspicion of ...")
    if verb.pos not in ("VBD", "VBN") or not past_participle_form(verb.text) or tokens[k - 1].pos not in ("NN", "NNS"):
        return False
    if not verb_lemmas(verb.text).isdisjoint(_CLAUSE_TAKING_LEMMAS):
        return False
    n = k - 1
    while n > 0 and k - n < _SUBJECT_WALK_LIMIT and tokens[n - 1].pos in _NOUN_PHRASE:
        n -= 1
    if n > 0 and (tokens[n - 1].pos in ("WRB", "WP", "WDT") or tokens[n - 1].text.lower() in _MAY_OPEN):
        return False  # the noun opens a clause of its own: "Why the roof collapsed in 2018 remains unclear"
    if any(tokens[i].text.lower() in _MAY_OPEN or tokens[i].text.lower() in _CLAUSE_PREPOSITIONS
           for i in range(k + 1, start)):
        return False  # a subordinator opens the next verb's clause: "gathered on Monday as the parliament voted"
    if start == k + 1:
        # The noun phrase found opens right after the verb: a time's phrase and the prepositional phrases after it,
        # read as one ("arrested | last night in connection with the robbery | has been charged"); a time's phrase
        # is no object, so the verb is the participle of the noun before it.
        return _time_phrase_then_preposition(tokens, start, anchor)
    before = tokens[start - 1]
    # ("to" before a noun phrase is a preposition too: "A boy rushed to | hospital has died")
    if not (before.pos == "IN" and before.text.lower() not in _PARTICLES or before.pos == "TO"
            or before.pos == "VBG" and _gerund_after_preposition(a, start - 1)):
        return False  # (a particle's verb has the phrase for its object: "someone dropped off leaflets")
    if tokens[k + 1].pos in ("IN", "TO"):
        return True  # ("to" a preposition too: "A boy rushed to hospital on Sunday has died")
    # a time's noun phrase, then a preposition: "arrested the same day on suspicion of ..."
    return _time_phrase_then_preposition(tokens, k + 1, start)


def _time_phrase_then_preposition(tokens: Sequence[Token], first: int, end: int) -> bool:
    """Do the tokens from `first` (before `end`) open with a time's noun phrase ("the same day", "last night",
    "yesterday") and a preposition right after it ("on suspicion of", "in connection with")?"""
    nxt = first
    while nxt < end and tokens[nxt].pos in ("DT", "JJ") and nxt - first < 3:
        nxt += 1
    return nxt + 1 < end and tokens[nxt].text.lower() in _TIME_NOUN_WORDS and tokens[nxt + 1].pos in ("IN", "TO")


def _listed_predicate(a: "SentenceAnalysis", lo: int, hi: int, anchor: int) -> int | None:
    """The first token of the verb group that the words [lo, hi) between two commas hold when they are the
    first predicate of a list whose next one starts at `anchor` ("charged $46 million against earnings, added
    $20 million ... and established ..."): the words' only verb group has words after it (not ", he said,"),
    they open no relative or subordinate clause, and an "and" or "or" right before a later verb group closes
    the list. Else None."""
    tokens, groups = a.tokens, a.groups
    if tokens[lo].text.lower() in _MAY_OPEN or tokens[lo].pos in ("WDT", "WP", "IN", "TO", "VBG", "VBN"):
        return None
    g = bisect_left(a.group_firsts, lo)
    if g < len(groups) and groups[g].first < hi:
        if groups[g].last >= hi - 1 or g + 1 < len(groups) and groups[g + 1].first < hi:
            return None
        verb = groups[g].first
    else:
        # No group: a participle right after the phrase that opens the words, which the tagger could not tell
        # from a past tense ("the company charged/VBN about $46 million").
        verb = next((k for k in range(lo + 1, hi - 1) if tokens[k].pos not in _NOUN_PHRASE), hi)
        if verb >= hi - 1 or tokens[verb].pos != "VBN" or tokens[verb - 1].pos not in _NOUN:
            return None
    later = bisect_right(a.group_firsts, anchor)
    for h in range(later, min(later + 3, len(groups))):
        before = groups[h].first - 1
        if tokens[before].text.lower() in ("and", "or") and tokens[before].pos == "CC":
            return verb
    return None


def _before_time_phrase(tokens: Sequence[Token], span: tuple[int, int]) -> int | None:
    """Is the short noun phrase at `span` a time expression that the temporal tagger reads whole ("today", "on
    Monday", "earlier this month"), after words that may end a subject: a comma or a noun ("Omar Tarek, facing
    troops, today promised", "Smith on Monday resigned", "which last year had", "An update released Thursday
    came")? Then the token the walk to the subject resumes at, before the expression (and its preposition, and
    a participle whose object it is); else None. Not a phrase with a determiner of its own ("its fourth quarter
    ended", "the last quarter, which ended ..."), which may well be a subject; nor one at the sentence's start."""
    first, last = span
    if last - first > 4:
        return None
    # The tagger reads the phrase with the words before it: the phrase found may be part of an expression
    # ("early/NNP | November").
    lo = max(0, first - 3)
    offsets: list[int] = []
    parts: list[str] = []
    size = 0
    for k in range(lo, last):
        if k > lo and tokens[k].start > tokens[k - 1].end:
            # (a space only where the sentence has one: "Dec. 31, 2023" is one date, "Dec. 31 , 2023" two)
            parts.append(" ")
            size += 1
        offsets.append(size)
        parts.append(tokens[k].text)
        size += len(tokens[k].text)
    found = _closing_time_phrase("".join(parts))
    if found is None or found > offsets[first - lo]:
        return None
    start = lo + bisect_right(offsets, found) - 1
    if tokens[start].pos == "PRP$" or tokens[start].text.lower() in ("the", "a", "an"):
        return None
    if start > 0 and tokens[start - 1].pos == "IN" and tokens[start - 1].text.islower():
        start -= 1
    before = start - 1
    while before >= 0 and tokens[before].pos in ("RB", "RBR", "RBS"):
        before -= 1
    if before < 0:
        return None
    if tokens[before].text in (",", ")") or tokens[before].text in _DASHES or tokens[before].pos in _NOUN \
            or _is_relative(tokens[before]):
        return before  # (a relative pronoun: "the giant, which last year accounted for", its antecedent is next)
    if tokens[before].pos == "VBN" and before > 0 and tokens[before - 1].pos in _NOUN:
        return before - 1  # a reduced relative's participle: "An iOS update released Thursday came with ..."
    return None


@lru_cache(maxsize=1024)
def _closing_time_phrase(text: str) -> int | None:
    """Where the date or time expression that ends `text` starts, as the temporal tagger reads `text` alone
    (no reference date), or None. A function of the text alone, so memoised: `_before_time_phrase` asks it for
    the few words before a subject's verb, and news repeats such phrases ("Smith on Monday said", "which last
    year had"): 10,850 asks on the 1 MB growth text were 238 texts (the tagger ran 1,574 times), 3,929 asks on
    TimeBank + AQUAINT 3,223."""
    temporal = _temporal()
    if not temporal.may_hold_time(text):
        return None  # (most phrases: one search rather than the tagger's set-up)
    found = temporal.tag(text)
    if not found or found[-1].end != len(text) or found[-1].type.value not in ("DATE", "TIME"):
        return None
    return found[-1].start


_TEMPORAL: ModuleType | None = None


def _temporal() -> ModuleType:
    """The temporal tagger, imported on first use (it imports this module the same way)."""
    global _TEMPORAL
    if _TEMPORAL is None:
        from timeline_app.core import temporal
        _TEMPORAL = temporal
    return _TEMPORAL


# The mark that closes a bracketed or dashed aside → the marks that open it.
_DASHES = frozenset({"--", "—", "–", "_"})  # ("_": the NYT wire's dash)
_ASIDE_CLOSERS = {")": frozenset({"("}), "]": frozenset({"["}), **dict.fromkeys(_DASHES, _DASHES)}
_ASIDE_OPENERS = frozenset({"(", "["}) | _DASHES
_ASIDE_MARKS = _ASIDE_OPENERS | frozenset(_ASIDE_CLOSERS)


def _aside_spans(tokens: Sequence[Token]) -> tuple[tuple[int, int], ...]:
    """`SentenceAnalysis.asides`: each dash paired with the next, each bracket with its closing one."""
    if _ASIDE_MARKS.isdisjoint(map(_FIRST_FIELD, tokens)):  # (Token.text)
        return ()
    spans = []
    dash = None
    bracket: dict[str, int] = {}  # an opening bracket not closed yet → its index
    for i, t in enumerate(tokens):
        text = t.text
        if text in _DASHES:
            if dash is None:
                dash = i
            else:
                spans.append((dash, i))
                dash = None
        elif text in _ASIDE_OPENERS:
            bracket[text] = i
        elif text in _ASIDE_CLOSERS:
            (opener,) = _ASIDE_CLOSERS[text]
            if opener in bracket:
                spans.append((bracket.pop(opener), i))
    return tuple(spans)


# The hedges a length of time may open with ("just nine days after", "about two weeks before", "some hours later").
_LENGTH_HEDGES = frozenset({"just", "only", "about", "some", "nearly", "almost", "roughly", "around", "barely",
                            "more", "less", "than", "a", "an", "exactly", "precisely", "over", "under"})
# The words after a length of time that place it from another happening ("nine days after", "two weeks earlier").
_POSITION_WORDS = frozenset({"after", "before", "later", "earlier", "ago", "since"})


def _restated_position(tokens: Sequence[Token], k: int) -> bool:
    """Do the tokens from k say a length of time and "after"/"before"/"later" ("nine days after Lloyd was found
    dead", "just two weeks before the vote"): an appositive that places a date from another happening, the date's
    own position said again, no part of the clause's act?"""
    while k < len(tokens) and tokens[k].text.lower() in _LENGTH_HEDGES:
        k += 1
    if k >= len(tokens) or tokens[k].pos != "CD" and not (k > 0 and tokens[k - 1].text.lower() in ("a", "an")):
        return False
    while k < len(tokens) and tokens[k].pos == "CD":
        k += 1
    if k + 1 >= len(tokens) or not _time_unit(tokens[k].text):
        return False
    return tokens[k + 1].text.lower() in _POSITION_WORDS


def _inner_comma(tokens: Sequence[Token], k: int) -> bool:
    """A comma inside a date or number ("February 24, 1955"), which does not end a parenthetical."""
    return 0 < k < len(tokens) - 1 and tokens[k - 1].pos == "CD" and tokens[k + 1].pos == "CD"


def _ing_between_nouns(tokens: Sequence[Token], i: int) -> bool:
    """An "-ing" word right between two nouns: a compound's ("The thrift holding company", "oil producing
    nations") or a participle after its head ("A group representing farmers"); the tags cannot tell which.
    `_participle_modifier` takes it into the noun phrase; `_plural_phrase` reads the head's number both ways."""
    return tokens[i].pos == "VBG" and 0 < i < len(tokens) - 1 and tokens[i - 1].pos in ("NN", "NNP") \
        and tokens[i + 1].pos in ("NN", "NNS")


def _participle_modifier(tokens: Sequence[Token], i: int, floor: int, head: int) -> bool:
    """A participle between a determiner or possessive and the noun `head` modifies the noun: "The combined
    effect", "the boy's divorced father", "a growing number" (no verb of the clause); so does one right after the
    "of" of a noun ("the number of working mothers", "the share of registered voters"), which keeps the measure
    noun with what it counts. Not when another
    determiner or a quantifier follows it: "the following year its singer", "the war/VBG many farmers" (a slip
    of the tagger's) are two phrases. And an "-ing" word between two nouns (`_ing_between_nouns`)."""
    if i > floor and i + 1 <= head and _ing_between_nouns(tokens, i):
        return True
    if tokens[i].pos not in ("VBN", "VBG", "VBD") or i < floor or i == floor and tokens[i].pos != "VBN":
        return False  # (tested before the walk back over adverbs, which only a participle needs)
    d = i - 1  # the determiner, past adverbs of the participle ("the recently announced iPhone")
    while d > floor and tokens[d].pos == "RB":
        d -= 1
    return (i == floor  # a participle opening its clause before a noun ("Confirmed cases stand at 48")
            or tokens[d].pos in ("DT", "PRP$", "POS") and (tokens[d].pos != "POS" or tokens[d - 1].pos in _NOUN)
            or d == i - 1 and tokens[d].text.lower() == "of" and d > floor and tokens[d - 1].pos in _NOUN
            # after a number or an adjective, inside the phrase ("four new confirmed cases", "two injured workers")
            or d == i - 1 and tokens[i].pos == "VBN" and tokens[d].pos in ("CD", "JJ", "JJR", "JJS")) \
        and i + 1 < len(tokens) and tokens[i + 1].pos in _NOUN | {"JJ"} \
        and tokens[i + 1].text.lower() not in _QUANTIFIERS \
        and not any(t.pos in ("DT", "PRP$", "POS", "PRP") for t in takewhile(
            lambda t: t.pos not in ("IN", "TO"), tokens[i + 1:head + 1]))


_SENTENCE_CONJUNCTIONS = frozenset({"and", "but", "or", "nor", "yet", "so", "plus"})  # not "neither", "both"


def _time_noun_relative(tokens: Sequence[Token], k: int, unbound: bool = False) -> bool:
    """Does the article at token k open a relative clause with no relative word after a time noun ("the hour | the
    bridge collapsed", "the day | the ferry sank")? The noun's own determiner stands before it: "the day", "that
    morning". `unbound`: and the time noun's phrase is no preposition's object, so it may be a subject itself
    ("the night the levee broke was marked"; "By the afternoon a tongue of lava had crossed" is an adverbial and
    the main clause's subject)."""
    return k >= 2 and tokens[k].text in _ARTICLE_KEYS and tokens[k - 1].pos == "NN" \
        and tokens[k - 1].text in _TIME_NOUN_KEYS and tokens[k - 2].pos in ("DT", "PRP$") \
        and not (unbound and k >= 3 and tokens[k - 3].pos in ("IN", "TO"))


def _audience_before(tokens: Sequence[Token], j: int) -> bool:
    """Is the common noun at token j the end of a telling verb's audience ("told the court", "warned investors")?
    A few words back over the audience's words to the verb."""
    k = j
    while k > 0 and j - k < 4 and tokens[k - 1].pos in _AUDIENCE_TAGS and tokens[k - 1].pos != "PRP":
        k -= 1
    return k > 0 and tokens[k - 1].pos[:2] == "VB" and bool(_TELLING_VERBS & verb_lemmas(tokens[k - 1].text))


_APPOSITION_WALK_LIMIT = 12  # (the words of an apposition walked back over: "a veteran of the Second World War")


def _named_before_apposition(tokens: Sequence[Token], j: int, relative: str) -> int:
    """The last word of the name before an apposition that ends at token j, when a relative clause (opened by
    `relative`, lower case) follows the apposition ("Jane Smith, a nurse from Ohio, who won": the relative tells of
    Jane Smith, not of Ohio, nor of the apposition's last noun): a noun phrase an article opens, with its
    prepositional phrases and no verb, set off by commas after a name. A "which" or "that" may tell of a
    prepositional phrase's noun, a thing ("Tom Brown, a member of the finance committee, which approved": the
    committee), so it walks back to the name only over an apposition with none. Else j."""
    k = j
    inner = False  # a prepositional phrase inside the apposition
    while k > 0 and j - k < _APPOSITION_WALK_LIMIT and tokens[k].text != "," \
            and (tokens[k].pos in _NOUN_PHRASE or tokens[k].pos == "IN" and tokens[k].text.islower()):
        inner = inner or tokens[k].pos == "IN"
        k -= 1
    if k < 2 or k == j or tokens[k].text != "," or tokens[k + 1].text.lower() not in ("a", "an", "the") \
            or tokens[k - 1].pos not in ("NNP", "NNPS") or tokens[j].pos not in _NOUN \
            or inner and relative in ("which", "that"):
        return j
    return k - 1


def _noun_phrase_before(a: "SentenceAnalysis", j: int) -> tuple[int, int] | None:
    """The subject ending at token j: a pronoun, a relative pronoun's antecedent or a noun phrase."""
    tokens, spans, starts = a.tokens, a.spans, a.clause_starts
    tok = tokens[j]
    antecedent = False
    if tok.pos in ("WDT", "WP") or _is_relative(tok):
        antecedent = True
        relative = tok.text.lower()
        j -= 1
        while j >= 0 and (tokens[j].text == "," or tokens[j].text in _ASIDE_OPENERS):
            j -= 1  # ("The company (which makes chips)", "Smith -- who ...")
        if j < 0:
            return None
        if tokens[j].pos == "CD" and j >= 2 and tokens[j - 1].text == "," and tokens[j - 2].pos in _NOUN:
            j -= 2  # a number alone set off by commas is an age: "Greta Amsel, 67, who has run it" is hers
        else:
            j = _named_before_apposition(tokens, j, relative)
        tok = tokens[j]
    if tok.pos == "PRP" and j > 0 and tokens[j - 1].pos == "DT":
        tok = tok._replace(pos="NNP")  # after a determiner a "pronoun" is a name: "people from the US began"
    if tok.pos == "PRP" and j > 0 and tokens[j - 1].pos in _NOUN and tok.text.lower().endswith(("self", "selves")) \
            and (named := _noun_phrase_before(a, j - 1)) is not None:
        # A reflexive right after a noun phrase stresses it ("Roy himself was hacked to death", "the president
        # herself"): the phrase and its reflexive are the subject, not the reflexive alone.
        return named[0], j + 1
    if tok.pos == "PRP":
        if not _object_pronoun(tok):
            return j, j + 1
        if j == 0 or tokens[j - 1].text.lower() != "of":
            return None  # an object pronoun is no subject ("told them")
        # It ends a partitive ("One of them", "Many of us"), whose phrase is found as a noun's is.
    if tok.pos == "JJ" and j > 0 and tokens[j - 1].pos in ("NNP", "NNPS") and lexicon_tag(tok.text) is None:
        # A word the lexicon lacks after a name, which the tagger guessed an adjective from its hyphen: the
        # name's last word ("Ambassador Ahmed Maher el-Sayed").
        tok = tok._replace(pos="NNP")
    if tok.pos == "VBG" and not antecedent and (j == 0 or tokens[j - 1].pos in ("IN", "DT", "PRP$", ",")):
        # a gerund for subject: "(said that) rebuilding would start"; with its determiner ("The following were")
        return (j - 1 if j > 0 and tokens[j - 1].pos in ("DT", "PRP$") else j), j + 1
    if tok.pos not in _NOUN and tok.pos not in ("CD", "PRP"):
        return None
    # The noun phrase ending at j, back to the start of its clause or a word that cannot be in it.
    c = bisect_right(starts, j) - 1
    floor = spans[c][0] if c >= 0 else 0
    start = j
    modified = False  # a participle crossed: what is left of the phrase is its determiner ("The combined")
    joined = False  # a conjunction or comma crossed (kept as the walk goes: `_noun_phrase_clause` reads it)
    while start > floor and not _opens_clause(tokens, start - 1):
        if _names_clause(tokens, start - 1, j + 1):
            break  # "took place before Control Data scrapped": the conjunction opens the names' own clause
        if _noun_phrase_clause(a, start - 1, joined):
            break  # "fell to 12%, their lowest since the party was founded": "since" opens the clause
        if _time_noun_relative(tokens, start) or tokens[start].text in _ARTICLE_KEYS \
                and tokens[start - 1].pos in ("NN", "NNS") and _audience_before(tokens, start - 1):
            break  # "at noon, the hour the bridge collapsed": an article after a time noun opens a phrase of its own
                   # (a relative clause with no relative word), which is this verb's subject; so does one after a
                   # telling verb's audience ("told the court the boy had been coached")
        if tokens[start - 1].pos in _NOUN_PHRASE \
                or not antecedent and not modified and tokens[start - 1].pos in ("IN", "TO", "CC") \
                or not antecedent and tokens[start - 1].text == "of" and start - 1 > floor \
                and tokens[start - 2].pos in _NOUN \
                or tokens[start - 1].pos == "RB" and tokens[start].text == "of" and start - 1 > floor \
                and tokens[start - 2].pos in _NOUN \
                or not antecedent and not modified and tokens[start - 1].pos == "RB" and start - 1 > floor \
                and tokens[start - 2].pos == "IN" and tokens[start].pos in _NOUN_PHRASE:
            # ("Pre-orders of the recently announced iPhone"; "the fire north of Tarrow": an adverb before "of"
            # after a noun says where the noun's thing is; "An explosion at a factory in northwest Turkey": an
            # adverb between a preposition and its noun phrase is inside that phrase, which the walk goes on past
            # to the noun it modifies: the subject's head is "explosion", not "Turkey")
            start -= 1
            joined = joined or tokens[start].pos == "CC" or tokens[start].text == ","
        elif not antecedent and _gerund_conjunct(tokens, start - 1, floor):
            start -= 1  # "The death toll from flooding and landslides": a gerund is a noun in a list of nouns
        elif not modified and _participle_modifier(tokens, start - 1, floor, j):
            start -= 1
            while start > floor and tokens[start - 1].pos == "RB":
                start -= 1  # ("the recently announced iPhone")
            modified = True
        else:
            break
    if joined and start > 0 and tokens[start - 1].pos[:2] in ("VB", "RB"):
        # "The cause is still unclear and the driver will appear": adjectives after a verb before the "and" (a
        # predicate's) are no conjunct of a noun phrase that a determiner opens after it; the conjunction joins
        # two clauses. ("old and new members": an adjective after it joins adjectives of one phrase; "A weak
        # currency and a ban ...": a determiner opens a noun phrase, whatever its unknown noun was tagged.)
        for c in range(start, j):
            if tokens[c].pos == "CC":
                if tokens[c + 1].pos in ("DT", "PRP$", "PRP") and \
                        all(t.pos in ("JJ", "JJR", "JJS", "RB") for t in tokens[start:c]):
                    start = c + 1
                break
    if tokens[start].pos == "POS" and start > floor and tokens[start - 1].end == tokens[start].start \
            and tokens[start - 1].text[-1:].isalnum() and tokens[start - 1].pos not in ("VBD", "VBZ", "VBP", "MD"):
        # The walk stopped at a possessive's clitic: the word it is glued to owns the phrase whatever its tag (a
        # participle or an adjective made a noun: "The accused's court appearance stems", "the deceased's family
        # said"), so the phrase opens with that word and its determiner, never inside it ("s court appearance").
        # (Glued to it: a quotation's opening mark after a verb, "said 'several dozen' widgets", is no clitic.)
        start -= 1
        if start > floor and tokens[start - 1].pos in ("DT", "PRP$"):
            start -= 1
    while start < j and tokens[start].text.lower() in _SENTENCE_CONJUNCTIONS:
        start += 1  # "And Robert Gates asserted": the conjunction joins the sentence to the one before
    if tokens[start].pos in ("IN", "TO") and not bounds_number(tokens, start):
        # "In 2010 the company", "After talks in Paris the envoys": the leading phrase is an adverbial. (Not a
        # preposition that bounds a number, which is the subject's count: "At least 12 people were injured".)
        start = _after_leading_phrase(tokens, start, j)
    if tok.pos == "PRP" and start >= j - 1:
        return None  # "of them" alone
    start = _list_start(tokens, start, j, floor, antecedent)
    if not antecedent and start == floor + 1 and tokens[floor].pos == "VBG" and tokens[start].pos in _GERUND_OBJECT \
            and (floor == 0 or tokens[floor - 1].text.lower() in _BEFORE_GERUND_SUBJECT):
        # An "-ing" form that opens the clause, its object right before the verb, is the subject's head, a gerund:
        # "Rebuilding the bridge began in 2010" (not "The bridge began"), "said that closing the mine left ...".
        start = floor
    return start, j + 1


# What a gerund subject's object opens with (a determiner: "Rising prices" is an adjective's phrase, no gerund's),
# and what may stand right before such a subject.
_GERUND_OBJECT = frozenset({"DT", "PRP$"})
_BEFORE_GERUND_SUBJECT = frozenset({"that", "``", '"', "\u201c"})


def _gerund_conjunct(tokens: Sequence[Token], k: int, floor: int) -> bool:
    """Is token `k`, an -ing form right before "and"/"or", the first conjunct of a list of nouns that a
    preposition or a determiner opens ("from flooding and landslides", "the flooding and landslides")? Then it is
    a noun (a gerund), and the noun phrase the walk reads goes on before it to the noun the list completes ("The
    death toll from flooding and landslides climbed": the toll climbed, not the landslides). A verb's -ing form
    has no such word before it ("was considering selling and ..."; "after leaving and ...": no noun after "and"
    either, which the walk has crossed to get here)."""
    if k - 1 < floor or tokens[k].pos != "VBG" or tokens[k + 1].text.lower() not in ("and", "or") \
            or tokens[k + 2].pos not in ("NN", "NNS"):
        return False
    before = k - 1
    while before > floor and before > k - 3 and tokens[before].pos in ("JJ", "NN"):
        before -= 1  # its own modifiers: "from flash flooding and landslides", "the heavy flooding and"
    return tokens[before].pos in ("IN", "DT", "PRP$") \
        and tokens[before].text.lower() not in ("that", "because", "while", "if", "as")


# Pronouns in the object case only, which no clause has for its subject ("told them", "One of them").
_OBJECT_PRONOUNS = frozenset({"me", "him", "her", "us", "them"})


def _object_pronoun(token: Token) -> bool:
    """A pronoun in the object case ("them", "us"; not the country "US")."""
    return token.pos == "PRP" and token.text.lower() in _OBJECT_PRONOUNS and token.text[1:].islower()


def _partitive(tokens: Sequence[Token], span: tuple[int, int]) -> bool:
    """Is the phrase at `span` a partitive, a number or a quantity of a group ("One of them", "Two of the
    cousins", "Each of the men", "Most of them"), which names no one by itself?"""
    first, last = span
    of = next((k for k in range(first + 1, min(first + 3, last)) if tokens[k].text.lower() == "of"), None)
    if of is None or of - first == 2 and tokens[first].pos != "DT":
        return False  # ("the two of them": a determiner before the head)
    head = tokens[of - 1]
    return head.pos in ("CD", "DT", "JJS") or head.text.lower() in _QUANTIFIERS \
        or number_value(head.text.lower()) is not None


# Words that open a noun phrase as a determiner does, though Penn tags them adjectives ("several developers").
_QUANTIFIERS = frozenset({"several", "many", "few", "numerous", "various"})
_DETERMINERS = frozenset({"DT", "PRP$", "PDT"})
_NOT_BEFORE_SUBJECT = frozenset({"IN", "TO", "CC", "DT", "PRP$", "PDT", "POS", ","})  # words a determiner continues
# The month and weekday names and their abbreviations, in lower case ("may", "sept", "monday").
_CALENDAR_WORDS = frozenset(MONTHS) | frozenset(WEEKDAYS)


# The conjunctions that open an adverbial clause of time, cause or contrast after a main clause ("fell as the
# pandemic spread", "closed after the owner died"): the subordinators that open a clause after a comma
# (`_OPENING_SUBORDINATORS`) and "whilst", "while" as British writers spell it. Not "until", "if", "unless": "would
# not resume until prices recover", "would close if the sale fails" say when or whether the act is, which the title
# must keep.
_ADVERBIAL_CLAUSE_OPENERS = _OPENING_SUBORDINATORS - {"until", "till", "if", "unless"} | {"whilst"}
# Of those, the ones that open a clause only, inside a sentence too ("dried up in 2022 as rates rose"): not
# "after", "before", "since", whose noun phrase may be followed by the main clause's verb ("Sanctions imposed after
# its invasion of Kuwait were lifted"); "once" does not take one.
_SUBORDINATE_OPENERS = _ADVERBIAL_CLAUSE_OPENERS - SUBORDINATING_PREPOSITIONS | {"once"}


def _names_clause(tokens: Sequence[Token], p: int, end: int) -> bool:
    """Is the token at p a conjunction the tagger reads as a preposition, followed only by names up to token
    `end` (no calendar name)? Then it opens the names' own clause ("before Control Data scrapped", "after Norsk
    Hydro raised"), and the names are its subject, not a preposition's object ("until June")."""
    return tokens[p].pos == "IN" and tokens[p].text.lower() in SUBORDINATING_PREPOSITIONS and p + 1 < end \
        and all(t.pos in ("NNP", "NNPS") and t.text not in _CALENDAR_NAMES for t in tokens[p + 1:end])


def _noun_phrase_clause(a: "SentenceAnalysis", p: int, joined: bool) -> bool:
    """Is the token at p a conjunction the tagger reads as a preposition ("since", "after"), which opens the clause
    of the noun phrase after it ("the party", "its shares", "last-ditch talks"), whose verb the subject is sought for:
    while a verb group stands before it ("fell to 12%, their lowest share since the party was founded"; not
    "The sales since the merger rose", where the phrase is the subject's own)? (`_names_clause` does names.)"""
    tokens = a.tokens
    if tokens[p].pos != "IN" or tokens[p].text.lower() not in SUBORDINATING_PREPOSITIONS or p + 1 >= len(tokens) \
            or bisect_right(a.group_lasts, p - 1) == 0 and not _in_apposition(tokens, p):
        return False
    if tokens[p + 1].pos in ("DT", "PRP$"):
        return True
    # A bare noun phrase ("after last-ditch talks with the operator collapsed", "before 12 stores closed") up to the
    # verb, with no conjunction or comma in it (`joined`: the walk crossed one): a list's "item after item and on
    # Monday the board fled" is no such clause. (Names are `_names_clause`'s, which keeps a calendar name the
    # preposition's object: "until June".)
    return tokens[p + 1].pos in _BARE_SUBJECT_OPENERS and not joined


_BARE_SUBJECT_OPENERS = frozenset({"JJ", "JJR", "JJS", "NN", "NNS", "CD"})


def _in_apposition(tokens: Sequence[Token], p: int) -> bool:
    """Is token p inside an apposition that a comma opens after the sentence's first noun phrase ("Ohio, one of the
    worst-hit states since the floods began Monday, declared …")? The appositive is a noun phrase with no verb of
    its own, so a conjunction read as a preposition in it ("since") opens a clause whose subject is the phrase after
    it, as after a verb ("The sales since the merger rose": no comma, the phrase is the subject's own). Not after
    an opening adverbial ("In 2020, sales since …"): the sentence's first word is no preposition."""
    if p < 4 or tokens[0].pos in ("IN", "TO", "RB", "CC"):
        return False
    for q in range(1, p - 1):
        if tokens[q].text == ",":
            return tokens[q - 1].pos in _NOUN and tokens[q + 1].pos in ("DT", "CD", "PRP$", "JJS")
        if tokens[q].pos not in _NOUN_PHRASE or tokens[q].pos == "PRP":
            return False
    return False


# The prepositions that bound a number rather than open a phrase of their own ("About 300 shares", "Over 40
# people"), and the pairs that do ("At least 12", "At most 3", "Up to 300"): a closed class.
_NUMBER_BOUNDS = frozenset({"about", "around", "over", "under", "above", "below", "nearly", "almost", "roughly",
                            "approximately", "some"})
_NUMBER_BOUND_PAIRS = frozenset({("at", "least"), ("at", "most"), ("up", "to")})
# The units of time, singular and plural: "Over 12 days" is a stretch of time, no count of the subject.
_TIME_UNITS = frozenset(UNITS) | frozenset(unit + "s" for unit in UNITS)


def bounds_number(tokens: Sequence[Token], p: int) -> bool:
    """Does the preposition at token p bound the number after it, the count of a noun phrase ("About 40 people",
    "At least 12 people", "Up to 300 residents"), rather than open a phrase of its own ("In 2019, ...", "On 12
    March, ...", "Over 12 days, ...")? The number must count a noun that is no calendar word nor unit of time."""
    k = p + 1
    if k >= len(tokens):
        return False
    word = tokens[p].text.lower()
    if (word, tokens[k].text.lower()) in _NUMBER_BOUND_PAIRS:
        k += 1
    elif word not in _NUMBER_BOUNDS:
        return False
    if k >= len(tokens) or tokens[k].pos != "CD":
        return False
    while k < len(tokens) and tokens[k].pos == "CD":
        k += 1  # ("About 1.1 million warrants")
    if k < len(tokens) and tokens[k].text.lower() == "of":
        return True  # a partitive: "About 40 of the workers"
    return k < len(tokens) and (tokens[k].pos in _NOUN or tokens[k].pos == "JJ") \
        and tokens[k].text.lower() not in _CALENDAR_WORDS and tokens[k].text.lower() not in _TIME_UNITS


# A year written in figures ("1999", "2004"): a date's last word, which a count cannot follow in the same date.
_YEAR_NUMBER = re.compile(r"1[5-9]\d\d|20\d\d")


def _after_leading_phrase(tokens: Sequence[Token], p: int, j: int) -> int:
    """The first token of the subject ending at token j, after a leading phrase that opens with the preposition
    at p and has no comma after it. A number or calendar word for the phrase's object ("In 1986 Steve Jobs",
    "In May Ana Ruiz"): the name after it. Else the phrase's determiner, or a later determiner or quantifier
    after a noun ("At the fair several bakers", "By the evening rush hour the line"): the last one opens the
    subject. No determiner at all: the head alone ("In Paris police")."""
    k = p + 1
    while k < j and (tokens[k].pos == "CD" or tokens[k].text.lower() in _CALENDAR_WORDS
                     or tokens[k].pos != "DT" and number_value(tokens[k].text.lower()) is not None):  # "nineteen ninety-one"
        k += 1
    if k > p + 1 and tokens[k].pos in _NOUN and tokens[k].text[:1].isupper() and not opens_sentence(tokens[k].text):
        return k  # ("Jobs" is a plural noun to the tagger: its capital says it is no common noun here)
    if k <= j and tokens[k].pos in _NOUN:
        # A year ends the phrase's date: a number after it counts the subject's noun ("In 1999 15 people died",
        # "In March 2004 two miners were hurt"), which is part of the subject, not of the date.
        for q in range(p + 1, k - 1):
            if _YEAR_NUMBER.fullmatch(tokens[q].text):
                return q + 1
    k = p + 1
    while k <= j and tokens[k].pos not in ("DT", "PRP$", "PRP", "PDT"):
        k += 1
    if k > j:
        return j
    start = k
    for m in range(k + 2, j + 1):
        # (after a content word, whatever the tagger made of it: "the storm/VBG many farmers")
        if tokens[m - 1].pos not in _NOT_BEFORE_SUBJECT \
                and (tokens[m].pos in _DETERMINERS or tokens[m].text.lower() in _QUANTIFIERS):
            start = m
    return start


_LIST_ITEM_TAGS = _NOUN_PHRASE - {"PRP"}
_LIST_ITEM_OPENERS = frozenset({"DT", "PRP$", "CD", "NNP", "NNPS", "NNS"})
_DATED_ITEM_OPENERS = _LIST_ITEM_OPENERS | {"NN"}


def _list_item_start(tokens: Sequence[Token], end: int, floor: int = 0, *, dated: bool = False) -> int | None:
    """The first token (none before `floor`) of a short noun phrase ending at token `end` that can be an item
    of a list, or None. Of a list of subjects: six words at most, a noun last, not a bare common noun such as
    "Yesterday" ("Poland", "the Czech Republic"). With `dated`, of a list of dated objects, the item before
    its date's preposition ("Greece and Turkey | in 1952"): seven words at most, an inner "and" allowed
    unless it ends another dated item, a bare common noun too."""
    if not dated and (end < floor or tokens[end].pos not in _NOUN):
        return None
    k = end + 1
    while k > floor and end + 1 - k < (7 if dated else 6):
        prev = tokens[k - 1]
        if prev.pos in _LIST_ITEM_TAGS:
            k -= 1
        elif dated and prev.text.lower() == "and" and k >= 2 and tokens[k - 2].pos in _NOUN \
                and not _dated_item_end(tokens, k - 2):
            k -= 1
        else:
            break
    return k if k <= end and tokens[k].pos in (_DATED_ITEM_OPENERS if dated else _LIST_ITEM_OPENERS) else None


def _list_start(tokens: Sequence[Token], start: int, j: int, floor: int, antecedent: bool) -> int:
    """The start of a list of noun phrases whose last items are the phrase at [start, j]: "Poland, Hungary and
    the Czech Republic have been accepted", "Poland, the Czech Republic and Hungary, who were invited" (a
    relative pronoun after a list with commas stands for the whole list). Each item is a short noun phrase
    after a comma, the first one at the clause's start or after a verb."""
    s = start
    if antecedent:
        if not (s - 1 > floor and tokens[s - 1].text.lower() in ("and", "or")):
            return start
        p = _list_item_start(tokens, s - 2, floor)
        if p is None:
            return start
        s = p
    elif not any(t.text.lower() in ("and", "or") and t.pos == "CC" for t in tokens[start + 1:j]):
        return start
    items = 0
    while s - 1 > floor and tokens[s - 1].text == ",":
        p = _list_item_start(tokens, s - 2, floor)
        if p is None or not (p == floor or tokens[p - 1].text == "," or tokens[p - 1].pos.startswith("VB")):
            break
        s = p
        items += 1
    return s if items else start  # no comma item: "Smith and Jones, who ..." may mean Jones alone


def _in_other_relative(tokens: Sequence[Token], spans: list[tuple[int, int]], starts: list[int],
                       index: int, anchor: int) -> bool:
    c = bisect_right(starts, index) - 1
    if c < 0 or not spans[c][0] <= index < spans[c][1] or spans[c][0] <= anchor < spans[c][1]:
        return False
    return _is_relative(tokens[spans[c][0]])


def subject_is_plural(tokens: Sequence[Token], group: VerbGroup) -> bool | None:
    """Does the group's subject (`subject_of`) take a plural verb? "X and Y" does; otherwise the head
    noun, which stands before the phrase's first preposition ("The 2,000 tickets for the parade"), or the
    pronoun decides. None when no subject is found."""
    return SentenceAnalysis.of(tokens).subject_is_plural(group)


def _head_end(phrase: Sequence[Token], begin: int = 1) -> int:
    """Where the head's own words end, from `begin` on: at a preposition, or at a participle after a noun ("A
    joint venture involving units of X and Y": the "and" is the participle's object's)."""
    return next((k for k in range(max(begin, 1), len(phrase)) if phrase[k].pos in ("IN", "TO")
                 or phrase[k].pos in ("VBG", "VBN") and phrase[k - 1].pos in _NOUN), len(phrase))


def _plural_phrase(phrase: Sequence[Token], names: frozenset[str] = frozenset()) -> bool | None:
    """Does the noun phrase take a plural verb? None when unknown: no head, or an "-ing" word between nouns
    (`_ing_between_nouns`) that gives different numbers read as a compound's ("The thrift holding companies")
    and as a participle after the head ("A group representing farmers"). (`headline_clause` keeps the source's
    verb then.)"""
    if _partitive(phrase, (0, len(phrase))):
        return _plural_partitive(phrase, names)
    if len(phrase) > 2 and phrase[0].pos == "VBG" and phrase[1].pos in _GERUND_OBJECT:
        return False  # a gerund and its object are one act: "Rebuilding the bridges takes years"
    cut = _head_end(phrase)
    plural = _plural_before(phrase, cut, names)
    if cut < len(phrase) and _ing_between_nouns(phrase, cut) \
            and _plural_before(phrase, _head_end(phrase, cut + 1), names) != plural:
        return None
    return plural


def _plural_partitive(phrase: Sequence[Token], names: frozenset[str]) -> bool | None:
    """`_plural_phrase` for a partitive (`_partitive`): the number its head says ("One of them resigns", "Two
    of the men resign", "Several of them flee"), else the group's ("Most of them flee", "Some of the money is")."""
    of = next(k for k, t in enumerate(phrase) if t.text.lower() == "of")
    word = phrase[of - 1].text.lower()
    number = number_value(word)
    if number is not None:
        return number != 1
    if word in _SINGULAR_DETERMINERS:
        return False
    if word in _QUANTIFIERS or phrase[of - 1].pos == "NNS":
        return True
    group = phrase[of + 1:]
    if len(group) == 1 and _object_pronoun(group[0]):
        return group[0].text.lower() in ("us", "them")  # "Most of them flee"
    return _plural_phrase(group, names) if group else None


def _plural_before(phrase: Sequence[Token], cut: int, names: frozenset[str]) -> bool | None:
    """`_plural_phrase` for the head's own words ending at `cut`."""
    # "X and Y" takes a plural verb; an "and" inside a complement does not ("The border between Europe and
    # Asia moves"), nor one that opens the phrase ("And Robert Gates asserts").
    if any(t.text.lower() in ("and", "&") for t in phrase[1:cut]) and not _one_name_with_and(phrase[:cut]):
        return True
    heads = [k for k in range(cut) if phrase[k].pos in _NOUN or phrase[k].pos == "PRP"]
    if not heads:
        return None
    head = phrase[heads[-1]]
    if head.pos in ("NN", "NNP", "NNS") and invariable_plural(head.text) \
            and not any(t.text.lower() in _SINGULAR_DETERMINERS for t in phrase[:heads[-1]]):
        # "Tanzanian police say", "Police arrest", "the cattle were" (but "a sheep"); "Police/NNS in Leeds
        # arrest" (a capitalised one the tagger read as a plural is no singular name for the test below)
        return True
    if heads[-1] == 0 and head.pos == "NNP" and capitalised_plural(head.text) and head.text not in names:
        return True  # "Organisers cancelled …" at a sentence's start: a plural the lexicon lacks, read as a name
    if head.pos in ("NNPS", "NNS") and head.text[:1].isupper() and (
            _singular_name(phrase, heads[-1])
            or all_lemmas(head.text.lower()).get("NOUN") == (head.text.lower(),)
            and not any(t.pos == "DT" for t in phrase[:heads[-1]])):
        # (the latter: a capitalised singular noun the tagger read as a plural, as it may at a sentence's start:
        # "Secretary/NNS of State Madeleine Albright accepts"; lemminflect knows it as its own lemma only)
        return False
    if head.pos in ("NNP", "NN") and head.text.islower() and _plural_form(head.text):
        return True  # a lower-case plural the tagger read as a name or mass noun ("U.S. forces/NNP launch")
    if head.pos == "NNS" and head.text in names and head.text[:1].isupper() \
            and not (heads[-1] and phrase[heads[-1] - 1].pos == "DT"):
        # "Jobs also announced", "Cisco Systems sued": a capital the tagger read in lower case, but the
        # document writes the word capitalised mid-sentence too ("Steve Jobs"), so it is a name, singular.
        # After a determiner it stays plural ("The Falcons beat ...").
        return False
    return is_plural_noun(head)


def _one_thing_by_its(phrase: Sequence[Token], predicate: Sequence[Token]) -> bool:
    """Is a noun phrase with an "and" under one determiner, ending in a singular noun, one thing, as the "its" its
    predicate gives it says ("The luxury airline and casino company announced its agreements": the "and" joins
    the company's modifiers)? Not with a determiner or possessive after the "and" ("The airline and its casino
    unit"), nor where the predicate's first possessive is another ("their", "his")."""
    ands = [k for k, t in enumerate(phrase) if t.text.lower() == "and"]
    if len(ands) != 1 or not 0 < ands[0] < len(phrase) - 2 or phrase[ands[0] + 1].pos in ("DT", "PRP$", "CD") \
            or phrase[0].pos != "DT" or phrase[-1].pos not in ("NN", "NNP"):
        return False
    possessive = next((t.text.lower() for t in predicate if t.pos == "PRP$"), None)
    return possessive == "its"


def _name_word(token: Token) -> bool:
    """A capitalised word of a name: tagged a name, or one the lexicon knows capitalised as a name where the
    tagger guessed otherwise at a sentence's start ("General/JJ Motors", "Harris/JJ Associates"; not "Senior",
    "Many", "The")."""
    return token.text[:1].isupper() and (token.pos in ("NNP", "NNPS") or lexicon_tag(token.text) in ("NNP", "NNPS")) \
        and not opens_sentence(token.text)


def _singular_name(phrase: Sequence[Token], k: int) -> bool:
    """Is the capitalised plural-looking head at k the last word of a singular name? The name is the run of
    capitalised name words ending at k; a role noun may stand before it ("The record label Zenith Records",
    "The Microsoft co-founder Bill Gates": the determiner is the role's, and a role and a name take the name's
    number). A determiner, possessive or number right before the run makes it a plural name ("the Chicago
    Bulls", "The Beatles", "three Democrats"). Then the name is singular when it has two words or more
    ("Robert Gates says", "Korean Air Lines flies", "General Motors plans", and so "Senate Democrats" too). (One
    capitalised word alone says nothing: "Gates" and "Jurors" open sentences alike, and the lexicon knows both
    capitalised as names; `document_names` tells them.)"""
    start = k
    while start > 0 and _name_word(phrase[start - 1]):
        start -= 1
    if start > 0 and (phrase[start - 1].pos in ("DT", "PRP$", "CD", "PDT")
                      or phrase[start - 1].text.lower() in _QUANTIFIERS):
        return False
    return start < k


_SINGULAR_DETERMINERS = frozenset({"a", "an", "one", "this", "that", "each", "every"})
# Collective nouns that are plural only ("the police say"), which the tagger's lexicon tags as singular. (Those it
# tags plural, "people", "cattle", "personnel", need no list.) lemminflect cannot tell them: it gives "traffic" and
# "thrift", mass nouns, their own plural too.
_PLURAL_ONLY_COLLECTIVES = frozenset({"police", "gentry", "vermin", "clergy"})


def invariable_plural(word: str) -> bool:
    """A plural-only collective noun that the lexicon reads as singular (`_PLURAL_ONLY_COLLECTIVES`): it takes a
    plural verb."""
    return word.lower() in _PLURAL_ONLY_COLLECTIVES


def _one_name_with_and(phrase: Sequence[Token]) -> bool:
    """"The Immigration and Naturalization Service", "the Food and Drug Administration": one name, whose "and"
    joins a capitalised common noun (the lexicon knows it in lower case as a common noun) to a name of two
    words or more that ends in a singular head. Not "Britain and the United States", "Ana and Pedro Ruiz", "The
    Army and Navy" (a name of one word after the "and")."""
    words = [t for t in phrase if t.pos != "DT"] if phrase and phrase[0].pos == "DT" else list(phrase)
    if len(words) < 4 or words[1].text.lower() != "and" or any(t.text.lower() == "and" for t in words[2:]):
        return False
    first, rest = words[0], words[2:]
    return first.text[:1].isupper() and lexicon_tag(first.text.lower()) in ("NN", "NNS") \
        and all(t.pos in ("NNP", "NNPS") and t.text[:1].isupper() for t in rest) and rest[-1].pos == "NNP"


# A capitalised word after a space that does not follow a sentence end, colon, bracket, quote or dash.
# (Not after a year: a dateline's date run into its lead, "(AFP) July 22, 2013 Rescuers battled ...", where the
# lead's first word opens its sentence.)
_MID_CAPITAL = re.compile(r"(?<![.!?:;\"“”'‘’(\[{\-–—\s])(?<!\b\d{4})[ \t]+([A-Z][A-Za-z]*[a-z][A-Za-z]*)")


@lru_cache(maxsize=8)
def document_names(text: str) -> frozenset[str]:
    """The words `text` writes capitalised in mid-sentence ("Steve Jobs", "Jobs's", "Cisco Systems"): names,
    for the titles' verb agreement (`headline_clause(names=...)`). One regex pass per line; lines in
    headline case ("Troops Withdraw From City") say nothing and are skipped. Cached: every title of a
    document asks for the same set."""
    out: set[str] = set()
    for line in check_every(text.splitlines(), 256):
        found = _MID_CAPITAL.findall(line)  # (its one group: the word)
        # (Asked only of a line with such a word: the case test splits the line, the regex does not.)
        if found and not _headline_case(line.split()):
            out.update(found)
    return frozenset(out)


# "Steve Jobs", "Tim Cook": a capitalised word after a capitalised given name, the whole name ending there.
# (A line may wrap inside a name; a blank line may not: a headline's last word and the next paragraph's first
# are no name.)
_SPACE_IN_NAME = r"(?:[ \t]+|[ \t]*\n[ \t]*)"
_FULL_NAME = re.compile(rf"\b([A-Z][a-z]+){_SPACE_IN_NAME}(?:[A-Z]\.{_SPACE_IN_NAME})?([A-Z][a-z]+)\b(?!\s+[A-Z])")
# The first words of place names, which the lexicon knows as any word's ("New York", "North Carolina").
_PLACE_NAME_OPENERS = frozenset({"New", "North", "South", "East", "West", "United"})


def is_place_opener(word: str) -> bool:
    """Is the word one that opens place names ("North", "New", "United"), no given name before a name?"""
    return word in _PLACE_NAME_OPENERS


def _not_given_name(word: str) -> bool:
    """No given name: a word that opens a sentence (`opens_sentence`), a title ("Mr"), a place name's first, or
    a weekday's name ("On Monday Valk said": not "Monday Valk")."""
    return opens_sentence(word) or word in _NAME_TITLES or word in _PLACE_NAME_OPENERS or word.lower() in WEEKDAYS


def _full_calendar_names() -> frozenset[str]:
    """The months' and weekdays' full names, capitalised: each one's longest spelling in temporal_lexicon's
    tables ("June", not "Jun"; "September", not "Sept")."""
    names: set[str] = set()
    for table in (MONTHS, WEEKDAYS):
        longest: dict[int, str] = {}
        for word, value in table.items():
            if len(word) > len(longest.get(value, "")):
                longest[value] = word
        names.update(word.capitalize() for word in longest.values())
    return frozenset(names)


# A day's or month's full name ends no person's name ("Headline\nMonday, January 6"); "May" may (Theresa May), and
# so may an abbreviation's letters ("Jan", "Dec").
_CALENDAR_NAMES = _full_calendar_names() - {"May"}
# A company's legal form, the one closed class of words that ends a company's name ("Pixar Inc")
# (the long forms too: "General Electric Company", "Rolls-Royce Limited")
_LEGAL_FORMS = frozenset("Inc Corp Co Cos Ltd Plc Llc Bros Company Companies Corporation Limited Incorporated".split())


# A preposition of place before a name: the name is a place's.
PLACE_PREPOSITIONS = frozenset({"in", "at", "near", "from", "across", "outside", "inside"})
_PLACE_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(PLACE_PREPOSITIONS)) + r")\s+$")


# A one-word name after a preposition of place ("in Kessa", a sentence's "In Kessa"; not "in New York", whose
# words go on). Not "from", which people come from too ("a call from Johnson"), nor a possessive ("at Johnson's
# request").
# (A capital after a line break opens the next line, no second word of the name: "… found in Kamen" ends its line.)
_AFTER_PLACE_PREPOSITION = re.compile(
    r"\b(?i:" + "|".join(sorted(PLACE_PREPOSITIONS - {"from"})) + r")\s+([A-Z][^\W\d_]+)\b(?![ \t]+[A-Z]|['’]s\b)")


@lru_cache(maxsize=8)
def place_names(text: str) -> frozenset[str]:
    """The one-word names `text` writes after a preposition of place ("the election in Kessa", "At Brello"):
    a place's, so no person a he/she could stand for where the text makes it a verb's subject ("Kessa was
    governed by …"). One pass over the text; cached, as `person_surnames`."""
    return places_in(text)


def places_in(text: str) -> frozenset[str]:
    """`place_names` of a short text (a sentence), not cached: a document's names stay in that cache. (Merging asks
    it of a whole article too: Cancel is checked as it goes.)"""
    return frozenset(m.group(1) for m in check_every(_AFTER_PLACE_PREPOSITION.finditer(text), 1024))


@lru_cache(maxsize=8)
def person_surnames(text: str) -> frozenset[str]:
    """The family names of the people `text` names in full ("Jobs" of "Steve Jobs"), so that a later bare
    "Jobs" is known to be a person, whatever the tagger makes of it at a sentence's start. A word the text
    also writes in lower case ("Apple Computer" / "a computer") or an organisation's word is no family name.
    Cached: every title of a document asks."""
    lower = set(re.findall(r"\b[a-z]+\b", text))
    out = set()
    alone: frozenset[str] | None = None  # made on the first common noun a full name ends in
    for m in check_every(_FULL_NAME.finditer(text)):
        given, family = m.groups()
        if _PLACE_BEFORE.search(text, max(0, m.start() - 8), m.start()):
            continue  # "in San Francisco", "at Moscone Center": a place
        if _not_given_name(given) or _not_given_name(family) or family.lower() in lower \
                or family in _LEGAL_FORMS or family in _CALENDAR_NAMES or lexicon_tag(given.lower()) == "VBG":
            continue  # (an "-ing" verb is no given name: '"Bringing Bellamy into the family ...," said ...')
        if "NOUN" in all_lemmas(family.lower()):
            if alone is None:
                alone = _named_alone(text)
            if family not in alone:
                # "Apple Computer", "Cisco Systems", "Deutsche Bank": a common noun that ends a name is an
                # organisation's word unless the text also calls someone by it alone ("Tim Cook ... Cook said")
                continue
        out.add(family)
    return frozenset(out)


# "Steve Jobs", "James C. Kopp", "James Charles Kopp": given names (and an initial) before a family name.
# (The family name in a lookahead: in "said Ulric Weil" the match at "Ulric" must not be used up by "said".)
_GIVEN_BEFORE_FAMILY = re.compile(
    rf"\b((?:[A-ZÀ-ÖØ-Þ][^\W\d_]+[ \t]+)?[A-ZÀ-ÖØ-Þ][^\W\d_]+)"
    rf"(?={_SPACE_IN_NAME}(?:[A-Z]\.{_SPACE_IN_NAME})?([A-Z][a-z]+)\b)")


@lru_cache(maxsize=8)
def given_names(text: str) -> dict[str, str]:
    """Family name → the one given name `text` writes before it (`person_surnames` says which words are family
    names), with a middle name ("James Charles Kopp"); a family name written with two given names ("Fidel
    Castro", "Juanita Castro") is left out. A first word the dictionary knows as a noun, or one that opens a
    sentence ("President", "Yesterday", "When"), is no given name before another."""
    surnames = person_surnames(text)
    found: dict[str, set[str]] = {}
    for m in _GIVEN_BEFORE_FAMILY.finditer(text):
        given, family = m.groups()
        if family not in surnames:
            continue
        words = given.split()
        if len(words) == 2 and (_not_given_name(words[0]) or words[0].isupper()
                                or "NOUN" in all_lemmas(words[0].lower())):
            words = words[1:]
        if any(w.isupper() or _not_given_name(w) or w in surnames for w in words):
            continue
        found.setdefault(family, set()).add(" ".join(words))
    out = {}
    for family, given in found.items():
        # "Charles" is part of "James Charles" (the match one word later): the longer one.
        longest = max(given, key=len)
        if all(longest == g or longest.endswith(" " + g) for g in given):
            out[family] = longest
    return out


def full_name(text: str, name: str) -> str:
    """A person's name as a title away from its article needs it: a bare family name, or one after Mr./Ms./Dr.,
    becomes the given and family name `text` writes in full ("Jobs" → "Steve Jobs", "Mr. Reupke" → "Peter
    Reupke"); `name` as it is when the text gives no one full name for it."""
    words = name.split()
    if not words or len(words) > 2 or len(words) == 2 and words[0] not in ("Mr.", "Mrs.", "Ms.", "Dr.", "Miss", "Mr", "Mrs", "Ms", "Dr"):
        return name
    given = given_names(text).get(words[-1])
    return f"{given} {words[-1]}" if given else name


# A run of capitalised words ("Apple Computer", "Cook's Apple", "Jobs")
_CAPITAL_RUN = re.compile(r"[A-Z][\w&'\u2019-]*(?:\s+[A-Z][\w&'\u2019-]*)*")


def _named_alone(text: str) -> frozenset[str]:
    """The capitalised words `text` writes on their own, with no capitalised word just before or after them
    ("Jobs said", "according to Cook"), without a possessive "'s". One pass over the text."""
    return frozenset(run[:-2] if run.endswith(("'s", "\u2019s")) else run
                     for run in _CAPITAL_RUN.findall(text) if not any(c.isspace() for c in run))


# --- a headline from a dated sentence ------------------------------------------------------------------------
_RANGE_WORDS = frozenset({"and", "to", "until", "till", "through", "-", "–"})


def _counts_a_noun(tokens: Sequence[Token], k: int) -> bool:
    """Does the number tokens[k] count the common noun after it ("12 years", "9 years of imprisonment", "12
    percent", "40 people"): a measure phrase, no end of a range of dates ("Monday to 5 p.m.", "May 3 to 7 June")?"""
    return k + 1 < len(tokens) and tokens[k + 1].pos in ("NN", "NNS") and tokens[k + 1].text.isalpha() \
        and tokens[k + 1].text.islower()


def _same_kind_of_number(date_end: str, number: str) -> bool:
    """Can `number` end a range whose first end is the date ending in the word `date_end`: a year after a year
    ("1990 to 1994"), anything after a day or a word ("May 3 to 7", "Monday to 5")? Not a count after a year
    ("in 2023 to 15 years"), nor a four-digit count that cannot be the later year ("in 2008 to 1500 people",
    "from 1990 to 2400 staff"): the end is a year at or after the start, within a century (a span of history)."""
    if not (len(date_end) == 4 and date_end.isdigit()):
        return True
    return len(number) == 4 and number.isdigit() and 0 <= int(number) - int(date_end) <= 100
_CORE_ENDS = frozenset({",", ".", "!", "?", "`", "``", "'", "''", "\""})
_DANGLING_TAGS = frozenset({"IN", "CC", "DT", "WDT", "WP", "TO", "PRP$", "POS", ",", ":", "MD"})


_FIRST_FIELD = itemgetter(0)
_TOKEN_START = itemgetter(1)  # Token.start
_TOKEN_END = itemgetter(2)  # Token.end
UNREAD = object()  # SentenceAnalysis.main not found yet (news.main_group finds it)


class SentenceAnalysis:
    """One sentence's tokens, clauses and verb groups with the indexes that answer per date or per group
    in logarithmic time, and the subjects found so far (a coordinated chain is walked once)."""

    # Slots: thousands are cached at once (no instance dict: about 100 bytes less each).
    __slots__ = ("tokens", "spans", "clause_starts", "groups", "group_firsts", "group_lasts", "token_ends",
                 "subjects", "main", "end_marks", "_asides", "_token_starts", "_finite_before")

    def __init__(self, tokens: Sequence[Token]) -> None:
        self.tokens = tokens
        self.spans = clauses(tokens)
        self.clause_starts = list(map(_FIRST_FIELD, self.spans))
        self.groups = verb_groups(tokens, self.spans)
        self.group_firsts = [g.first for g in self.groups]
        self.group_lasts = [g.last for g in self.groups]
        self.token_ends = list(map(_TOKEN_END, tokens))  # (C-level loops: a sentence has dozens of tokens)
        self.subjects: dict[int, tuple[int, int] | None] = {}
        # The main clause's verb group once a reader has found it (news asks up to five times a sentence);
        # `UNREAD` until then, as None is an answer.
        self.main: object = UNREAD
        # The end marks and the "?" outside quotations (`_question_marks`), once a question is looked for.
        self.end_marks: tuple[list[int], frozenset[int]] | None = None
        self._asides: tuple[tuple[int, int], ...] | None = None  # (`asides`, found when first asked)
        self._token_starts: list[int] | None = None  # (`token_starts`, made when first asked)
        self._finite_before: list[int] | None = None  # (`finite_before`, made when first asked)

    @property
    def token_starts(self) -> list[int]:
        """Where each token starts, for bisection: made once per sentence for every reader of a date's token
        (extraction asks once per date and rule; news never), not a list per question."""
        if self._token_starts is None:
            self._token_starts = list(map(_TOKEN_START, self.tokens))
        return self._token_starts

    @property
    def finite_before(self) -> list[int]:
        """For each verb group, the index of the last finite group before it (-1 if none): made once per sentence
        (one pass over its groups), so a question per date costs one look whatever the sentence's length."""
        if self._finite_before is None:
            out: list[int] = []
            last = -1
            for h, group in enumerate(self.groups):
                out.append(last)
                if group.finite:
                    last = h
            self._finite_before = out
        return self._finite_before

    @property
    def asides(self) -> tuple[tuple[int, int], ...]:
        """The (opening, closing) token indices of the sentence's asides between a pair of dashes or brackets
        ("One of the two men -- police did not say which one -- was arrested"), found once (news asks up to
        three times a sentence)."""
        if self._asides is None:
            self._asides = _aside_spans(self.tokens)
        return self._asides

    @classmethod
    def of(cls, tokens: Sequence[Token]) -> "SentenceAnalysis":
        return cls(tokens)

    def clause_at(self, index: int) -> tuple[int, int] | None:
        c = bisect_right(self.clause_starts, index) - 1
        if c >= 0 and self.spans[c][0] <= index < self.spans[c][1]:
            return self.spans[c]
        return None

    def subject_of(self, group: VerbGroup) -> tuple[int, int] | None:
        # The memo's answer as `_subject_span` returns it on a hit, without its walk's set-up (readers ask about
        # the same groups many times a sentence): unless the answer is one a leading "WP" may widen there.
        found = self.subjects.get(group.first, UNREAD)
        if found is None or found is not UNREAD and (found[0] == 0 or self.tokens[0].pos != "WP"):
            return found  # type: ignore[return-value]
        return _subject_span(self, group)

    def subject_is_plural(self, group: VerbGroup, names: frozenset[str] = frozenset()) -> bool | None:
        span = _subject_span(self, group)
        return None if span is None else _plural_phrase(self.tokens[span[0]:span[1]], names)


def _analyse_sentence(sentence: str) -> SentenceAnalysis:
    return SentenceAnalysis(_tag_cached(sentence))


# (Cached as the tokens are: bounded in characters too, see `SentenceMemo`.)
analyse_sentence = SentenceMemo(_analyse_sentence, maxsize=MEMO_SENTENCES, max_chars=MEMO_CHARS)


def release_caches() -> None:
    """Empty every cache of tagged and analysed sentences (analyses, tokens, the tags memo): merging empties
    them once its titles are made (the memos' last readers)."""
    release_analyses()
    _TAG_MEMO.clear()


def release_analyses() -> None:
    """Empty the caches of tokens and analyses (several MB full), keeping the tags memo (a byte a word, at most
    `_TAG_MEMO.max_chars` characters of sentences: about 0.6 MB full): the pipeline releases these once every
    document has been read, and merging then tags titles and sentences the walks tagged already (a title is
    tagged by extraction's `_tells_no_act`, then by merging's title tests; 1,526 of 8,951 taggings of the dev
    articles were such repeats, 1,019 of them still in the memo). The tagger reads only the sentence's words, so
    the memo's tags are the tagger's."""
    analyse_sentence.cache_clear()
    _tag_cached.cache_clear()
    _closing_time_phrase.cache_clear()


# Tags of the words of a date's "of" complement ("of the financial year", "of that year"), and of the words
# that open a noun phrase of their own after a date.
_DATE_COMPLEMENT_TAGS = frozenset({"DT", "PRP$", "JJ", "CD", "NN", "NNS"})
_DEGREE_TAGS = frozenset({"RB", "RBR", "JJ", "JJR"})  # "early", "soon", "late", "recently" in "as … as"
_OF_HEAD_TAGS = frozenset({"NN", "NNS", "JJS"})  # "part", "end", "most" of a date
_NOUN_PHRASE_OPENERS = frozenset({"DT", "PRP$", "PRP", "NNP", "NNPS"})


def _reduced_relative(a: SentenceAnalysis, group: VerbGroup, subject: tuple[int, int]) -> bool:
    """A lone past form after the object of a preposition is a participle modifying it, not a clause's verb:
    "according to figures released April 3 by NPD Group" (no "figures release"). After a word that opens a
    clause, which the tagger reads as a preposition (a conjunction, a relative: "because", "which"; "after"
    before names), the noun is no object but the clause's subject, and the past form the clause's verb
    ("because workers struck", "after Norsk Hydro raised its forecast"), unless another finite verb follows in
    the clause: then that one is the verb, and the past form modifies the subject ("if the arrest announced
    today stemmed from")."""
    tokens = a.tokens
    if len(group.words) != 1 or group.main.pos not in ("VBD", "VBN") or subject[0] <= 1 \
            or tokens[subject[0] - 1].pos not in ("IN", "TO") or tokens[subject[0] - 1].text.lower() == "that" \
            or subject[1] < group.first and _is_relative(tokens[subject[1]]):
        return False  # (a relative's antecedent: "for a club that was relegated and came close": its clause's verb)
    if not (_opens_clause(tokens, subject[0] - 1) or _names_clause(tokens, subject[0] - 1, subject[1])):
        return True
    following = bisect_right(a.group_firsts, group.last)
    clause = a.clause_at(group.first)
    return following < len(a.groups) and a.groups[following].finite and clause is not None \
        and a.groups[following].first < clause[1] \
        and not any(t.text == "," or t.pos == "CC" for t in tokens[group.last + 1:a.groups[following].first])


def _relative_before_aside(a: SentenceAnalysis, d0: int, d1: int) -> tuple[int, int] | None:
    """The relative clause a date set off by commas right after it modifies, when the main clause's verb follows
    the closing comma at once: "A man who admitted the theft, in 2017, was jailed on Friday" (the admitting's
    year, not the jailing's). None otherwise."""
    tokens = a.tokens
    start = d0 - 1 if d0 > 0 and tokens[d0].pos != "IN" and tokens[d0 - 1].pos == "IN" else d0
    comma = start - 1
    if comma < 1 or tokens[comma].text != "," or d1 + 2 >= len(tokens) or tokens[d1 + 1].text != ",":
        return None
    k = bisect_right(a.clause_starts, comma - 1) - 1
    if k < 0:
        return None
    span = a.spans[k]
    if span[1] != comma or not _is_relative(tokens[span[0]]):
        return None
    g = bisect_right(a.group_firsts, d1 + 1)
    if g >= len(a.groups) or a.groups[g].first != d1 + 2 or not a.groups[g].finite:
        return None
    return span


def _outer_group_after_aside(a: SentenceAnalysis, g: int, d0: int, d1: int) -> int:
    """The verb group a date in a verbless stretch belongs to, given the last group `g` before the date at tokens
    d0..d1: when that group is in a relative clause opened and closed by commas and the date's stretch follows the
    closing comma, the outer clause goes on there ("Heavy rain hit Laos, which borders China, on Tuesday": the
    rain's Tuesday, not the border's), so the date is the last verb's before the relative word (when there is
    one); else `g`. `clauses` ends the relative at its closing comma and the rest is a clause of its own, as the
    spans are contiguous."""
    tokens = a.tokens
    span = a.clause_at(a.groups[g].first)
    if span is None or span[0] < 2 or tokens[span[0] - 1].text != "," or not _is_relative(tokens[span[0]]) \
            or span[1] >= len(tokens) or tokens[span[1]].text != ",":
        return g
    # The stretch after the closing comma is the date alone, with its preposition, up to the sentence's end: not a
    # list's next item inside the relative ("who stepped down as chairman, president and chief in March").
    date_clause = a.clause_at(d0)
    if date_clause is None or date_clause[0] != span[1] + 1 \
            or date_clause[0] < d0 and not (date_clause[0] == d0 - 1 and tokens[d0 - 1].pos == "IN"):
        return g
    if any(t.text not in _CORE_ENDS for t in tokens[d1 + 1:date_clause[1]]):
        return g
    outer = bisect_right(a.group_lasts, span[0] - 2) - 1
    return outer if outer >= 0 else g


def _headline_passive(sentence: str, tokens: Sequence[Token], group: VerbGroup, date_start: int,
                      date_end: int) -> bool:
    """A headline's lone past participle before a preposition is passive with its auxiliary dropped, as headlines
    write them: "Driver jailed for crash", "Second man sent to prison" (no "Driver jails for crash"). A headline:
    a line without a sentence's closing mark whose event is its verb itself (no date phrase: a clause cut from a
    sentence before its date, "The plant opened in 1990", has no closing mark either). The form must be a
    participle ("Shares rose to a record" keeps its verb's reading)."""
    if len(group.words) != 1 or group.main.pos not in ("VBD", "VBN") or group.last + 1 >= len(tokens) \
            or tokens[group.last + 1].pos not in ("IN", "TO") \
            or not (group.start <= date_start and date_end <= group.end):
        return False
    if sentence.rstrip()[-1:] in ".!?…\"'”’":
        return False
    low = group.main.text.lower()
    lemmas = all_lemmas(low).get("VERB", ())
    if len(lemmas) != 1:
        return False
    inflections = all_inflections(lemmas[0], "VERB")
    # (lemminflect leaves out a regular verb's participle: its past then)
    return low in inflections.get("VBN", inflections.get("VBD", ()))


_OPEN_QUOTES = frozenset({'"', "``", "“"})
_CLOSE_QUOTES = frozenset({'"', "''", "”"})
_QUOTED_OBJECT_MAX = 8  # words


def _main_after_fronted_participle(a: SentenceAnalysis, group: VerbGroup,
                                   subject: tuple[int, int]) -> tuple[int, tuple[int, int]] | None:
    """When `group` is a lone past form right after the object of a preposition that opens the sentence, and a
    comma closes that phrase before a clause with a subject of its own ("For the six months ended Aug. 12,
    Provigo posted ..."), the past form is a participle modifying the object, not a clause's verb: the main
    clause's verb group (its index) and its subject. Else None. A preposition that may open a clause as well does
    not count: "After the plant closed in 1990, the town shrank" may well be a clause of its own."""
    tokens = a.tokens
    p = subject[0] - 1
    if len(group.words) != 1 or group.main.pos not in ("VBD", "VBN") or subject[1] != group.first or p < 0 \
            or tokens[p].pos != "IN" or tokens[p].text.lower() in _OPENING_SUBORDINATORS or _opens_clause(tokens, p) \
            or any(t.text.lower() not in _SENTENCE_CONJUNCTIONS for t in tokens[:p]):
        return None
    comma = next((i for i in range(group.last + 1, len(tokens))
                  if tokens[i].text == "," and not _inner_comma(tokens, i) or tokens[i].text in _HARD_BREAKS), None)
    if comma is None or tokens[comma].text != ",":
        return None
    k = bisect_right(a.group_firsts, comma)
    if k >= len(a.groups):
        return None
    main_subject = a.subject_of(a.groups[k])
    if main_subject is None or main_subject[0] <= comma:
        return None
    return k, main_subject


def _quoted_object_end(tokens: Sequence[Token], i: int) -> int | None:
    """The closing quote of a short quotation opening at token i (no sentence end inside), or None."""
    for k in range(i + 1, min(len(tokens), i + 2 + _QUOTED_OBJECT_MAX)):
        if tokens[k].text in _CLOSE_QUOTES:
            return k if k > i + 1 else None
        if tokens[k].text in (".", "!", "?", ";"):
            return None
    return None


def _through_quotations(a: SentenceAnalysis, span: tuple[int, int]) -> tuple[int, int]:
    """The clause at `span` on through a short quotation inside it: `clauses` breaks at every quote mark, but a
    quoted noun phrase or a few quoted words that close before the clause goes on ("that "a very small
    percentage of users" were experiencing ...") are the clause's own words, so the span runs on to the end of
    the clause after the closing mark. A quotation that runs long (no close within `_QUOTED_OBJECT_MAX`
    words), closes the clause (a comma or full stop inside its marks, or nothing, a punctuation mark or a new
    clause's opener after them) or opens a clause of its own still ends the span there."""
    tokens = a.tokens
    first, end = span
    while end < len(tokens) and tokens[end].text in _OPEN_QUOTES:
        close = _quoted_object_end(tokens, end)
        if close is None or not tokens[close - 1].text[:1].isalnum():
            break  # (a long quotation, or one ending in its own comma: "an "Antennagate," saying")
        after = close + 1
        if (after >= len(tokens) or tokens[after].text in _END_MARKS or tokens[after].pos == "CC") \
                and end > first and tokens[end - 1].text[-1:].isalnum() and tokens[end + 1].text[:1].islower() \
                and any(first <= g < end for g in a.group_firsts):
            # Quoted words that end a clause whose verb stands before them ("said the evacuations had "without
            # doubt saved thousands of lives".", "that goal was "no longer realistic" and that ..."; the full stop
            # outside the marks): the clause's own end. (With no verb before them, as after "said that", the
            # quotation is what the frame reports, `test_titles_s16`.)
            return first, close + 1
        if after >= len(tokens) or not tokens[after].text[:1].isalnum() or tokens[after].pos == "CC" \
                or _opens_clause(tokens, after):
            break  # (""we will rebuild" and thanked the crews": the quotation ends the clause)
        rest = a.clause_at(after)
        if rest is None or rest[0] != after:
            break
        end = rest[1]
    return first, end


_END_MARKS = frozenset({".", "!", "?", ";"})
# What may stand before an auxiliary that precedes its subject, from the clause's start, when the clause opens
# with a negative or restricting adverb ("Never before 2019 had ...", "Only in 2019 did ...", "Not until May
# did ..."): adverbs, prepositions and the words of a date.
_FRONTED_ADVERBIAL_POS = frozenset({"RB", "RBR", "RBS", "IN", "CD", "DT", "JJ", "NN", "NNS", "NNP", "POS"})


def _question_marks(a: SentenceAnalysis) -> tuple[list[int], frozenset[int]]:
    """The sentence's end marks (token indexes, in order) and those of them that are a "?" outside a quotation
    (an even number of quote marks before it): read once per analysis, so each date's question costs a
    bisection, not a walk of the sentence."""
    found = a.end_marks
    if found is None:
        ends: list[int] = []
        asking: set[int] = set()
        quotes = 0
        for i, t in enumerate(a.tokens):
            text = t.text
            if text in _OPEN_QUOTES or text in _CLOSE_QUOTES:
                quotes += 1
            elif text in _END_MARKS:
                ends.append(i)
                if text == "?" and quotes % 2 == 0:
                    asking.add(i)
        found = a.end_marks = (ends, frozenset(asking))
    return found


def _lone_auxiliary(a: SentenceAnalysis, i: int) -> bool:
    """Is token i a verb group of its own with no subject before it, an auxiliary the tagger parted from its
    verb by the subject between ("Had the council approved")? Not a verb with its own subject ("investors, who
    were cautious about the gains these issues made")."""
    g = bisect_left(a.group_firsts, i)
    if g >= len(a.groups) or a.group_firsts[g] != i:
        return False
    own = a.subject_of(a.groups[g])
    return own is None or own[0] > i


def _asks(a: SentenceAnalysis, group: VerbGroup, subject: tuple[int, int], question_mark: bool) -> bool:
    """Does the clause of `group` ask a question, or put a case, rather than state something: it ends in "?"
    outside a quotation ("Who won the election in 2018?"), or opens with an auxiliary before its subject,
    perhaps after a wh-word ("Did the council approve the plan", "Why did the roof collapse", "How many shares
    will be") or a fronted negative or restricting adverbial ("Never before 2019 had the choir toured abroad":
    no "The choir has toured abroad"); a condition put that way is no fact either ("Had the council approved the
    plan in 2019, the road would be built"). Not a wh-word that opens a statement's clause ("When the roof had
    collapsed, ...", "the plan, which the council had approved, ...") nor an indirect question inside a
    statement ("investigators, wondering how the assailant could have emerged, searched"), nor "so did the
    council". `question_mark`: the sentence has a "?" (most have none, and for them no mark is looked for)."""
    tokens = a.tokens
    if question_mark:
        ends, asking = _question_marks(a)
        e = bisect_right(ends, group.last)
        if e < len(ends) and ends[e] in asking and bisect_left(a.group_firsts, ends[e]) == \
                bisect_right(a.group_firsts, group.last):
            # The "?" ends this verb's clause, no other verb after it ("The choir returned in 2019, but will it
            # stay?", "said today it will re-examine the question: are the remains known?" state something), and
            # closes no quotation.
            return True
    first = group.first
    if _is_aux(tokens[first]) and tokens[first].pos != "TO":
        aux = first
    elif subject[1] <= first and subject[0] > 0 and _is_aux(tokens[subject[0] - 1]) \
            and tokens[subject[0] - 1].pos != "TO" and _lone_auxiliary(a, subject[0] - 1):
        aux = subject[0] - 1  # an auxiliary of its own before the subject: "Had the council approved ..."
    else:
        return False
    clause = a.clause_at(aux)
    start = clause[0] if clause is not None else 0
    while start < aux and (tokens[start].text in _OPEN_QUOTES or tokens[start].pos == "CC"):
        start += 1  # ("And will the choir return": the clause's own first word)
    wh = start < aux and tokens[start].pos.startswith("W")
    if start < aux and not wh and not (
            tokens[start].pos in ("RB", "RBR", "RBS") and tokens[start].text.lower() not in ("so", "as")
            and all(t.pos in _FRONTED_ADVERBIAL_POS for t in tokens[start:aux])):
        return False
    # The auxiliary before its subject, or after one the opening wh-word asks about ("How many shares will ...").
    return subject[0] > aux or wh and tokens[start].text.lower() == "how" and subject[0] == start + 1


# The words a fronted adverbial and an inverted auxiliary's subject may take, at most: a bound on the walk.
_FRONTED_ADVERBIAL_MAX = 8
_INVERTED_SUBJECT_MAX = 6


class _NormalOrder(NamedTuple):
    """A statement with a fronted negative or restricting adverbial put in normal order ("Rarely in 2019 did the
    choir tour abroad" → "Rarely in 2019 the choir did tour abroad": the same length, every other offset kept),
    the subject's text, and the fronted adverb that modifies the verb ("rarely"), or "" for one that focuses the
    phrase after it ("only in 2019": the lexicon has it as an adjective too)."""
    sentence: str
    subject: str
    adverb: str


# The negative and restrictive adverbs, a closed class, after which a fronted adverbial inverts the clause
# ("Rarely in recent years did the council agree", "Only in 2019 did the city raise taxes"). Another adverb
# inverts no statement: "Here is the man wanted in 2019" is no "The man is here wanted".
_INVERTING_ADVERBS = frozenset({"never", "rarely", "seldom", "hardly", "scarcely", "barely", "little", "nowhere",
                                "only", "not", "nor", "neither"})


def _fronted_adverbial_in_order(sentence: str, tokens: Sequence[Token], date_start: int,
                                date_end: int) -> _NormalOrder | None:
    """`_NormalOrder` of a sentence that opens with an adverb and a few adverbial words ("Rarely in 2019", "Never
    before 2019", "Only in 2019"), then an auxiliary, its subject and the verb that auxiliary takes (a bare verb
    after "did" or a modal, a participle after "had", "was"), no comma between: a statement, not a question. The
    tagger reads the inverted clause badly ("did the choir tour/NN"): the subject ends before the first word
    after a noun that can be the verb the auxiliary takes. None otherwise, or when the date is in the moved
    words."""
    i = 1 if tokens[0].text in _OPEN_QUOTES else 0
    if i >= len(tokens) or tokens[i].pos not in ("RB", "RBR", "RBS") \
            or tokens[i].text.lower() not in _INVERTING_ADVERBS:
        return None
    k = i + 1
    while k < min(len(tokens), i + _FRONTED_ADVERBIAL_MAX) and not _is_aux(tokens[k]) \
            and tokens[k].pos in _FRONTED_ADVERBIAL_POS:
        k += 1
    if k >= len(tokens) - 2 or not _is_aux(tokens[k]) or tokens[k].pos == "TO" \
            or tokens[k + 1].pos not in _NOUN_PHRASE_OPENERS:
        return None
    aux = tokens[k].text.lower()
    bare = tokens[k].pos == "MD" or aux in ("do", "does", "did")
    j = k + 2
    while j < min(len(tokens), k + 2 + _INVERTED_SUBJECT_MAX):
        if tokens[j - 1].pos in _NOUN:
            v = j
            while v < len(tokens) - 1 and tokens[v].pos in ("RB", "RBR", "RBS"):
                v += 1  # "was the bridge finally reopened": the adverb stays after the auxiliary
            word = tokens[v]
            if bare and word.text.lower() in all_lemmas(word.text.lower()).get("VERB", ()) \
                    or not bare and word.pos in ("VBN", "VBG", "VBD"):
                break
        if tokens[j].pos not in _NOUN_PHRASE:
            return None
        j += 1
    else:
        return None
    lo, hi = tokens[k].start, tokens[j - 1].end
    if tokens[k].end + 1 != tokens[k + 1].start or lo < date_end and date_start < hi:
        return None  # (one space after the auxiliary keeps the length; the date is no moved word)
    subject = sentence[tokens[k + 1].start:hi]
    normal = sentence[:lo] + subject + " " + tokens[k].text + sentence[hi:]
    # ("not" negates the phrase after it: "Not until 2019 will the bridge reopen" says it reopens then)
    low = tokens[i].text.lower()
    adverb = low if set(all_lemmas(low)) == {"ADV"} and low != "not" else ""
    return _NormalOrder(normal, subject, adverb)


def _in_normal_order(normal: _NormalOrder, date_start: int, date_end: int, limit: int,
                     names: frozenset[str]) -> str | None:
    """The headline clause of a fronted adverbial's statement in normal order, with the adverb that modifies the
    verb after the subject or the title's first auxiliary: "The choir rarely tours abroad", "The choir had never
    toured abroad"."""
    title = _headline_clause(normal.sentence, date_start, date_end, limit, names)
    if title is None or not title.lower().startswith(normal.subject.lower() + " "):
        return title
    head, rest = title[:len(normal.subject)], title[len(normal.subject) + 1:]
    first, _, after = rest.partition(" ")
    if first.lower() in ("do", "does", "did") and after:
        # The "do" the inversion needed goes: "did the choir tour" → "The choir tours".
        bare, _, tail = after.partition(" ")
        forms = _present_forms(bare.lower(), bool(_plural_phrase(tag_words(normal.subject), names)), None)
        if forms:
            rest = f"{forms[0]} {tail}".rstrip()
            first, _, after = rest.partition(" ")
    if not normal.adverb:
        return f"{head} {rest}"
    if after and is_auxiliary(first):
        return f"{head} {first} {normal.adverb} {after}"
    return f"{head} {normal.adverb} {rest}"


def _past_predicate_follows(tokens: Sequence[Token], i: int) -> bool:
    """After a conjunction, a past verb (past or participle) opens another predicate, perhaps after a few
    adverbs ("and soon after reassumed the role")."""
    for j in range(i, min(i + 4, len(tokens))):
        if tokens[j].pos in ("VBD", "VBN"):
            return True
        if tokens[j].pos not in ("RB", "RBR", "RBS", "IN"):
            return False
    return False


def _not_a_word(word: str) -> bool:
    """Is `word` (lower case, letters only) no word the tagger's lexicon nor the morphology dictionary knows, as
    the part of a word a page cut off is ("a limp d", "the desperat")? A word the lexicon tags as a foreign word
    only ("d") is no word either."""
    return lexicon_tag(word) in (None, "FW") and not all_lemmas(word)


# The fewest words of a sentence read as cut mid-word: a page's cut falls in its body's sentences, long ones; a
# headline's few words may end in a word no dictionary knows, with no full stop.
_CUT_SENTENCE_WORDS = 8
# The tags of the words of a phrase a cut word ends ("after a limp d"): the phrase goes whole, from its preposition.
_CUT_PHRASE_TAGS = frozenset({"DT", "PDT", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "POS", "CD", "PRP$", "FW",
                              "RB", "VBG", "VBN"})


def cut_word_end(sentence: str) -> int | None:
    """Where `sentence` should end when the page cut it in the middle of a word ("Rovers got the start they needed
    after a limp d", the page's last characters): the start of the phrase that holds the cut word, from its
    preposition or conjunction ("after a limp d" goes whole), or the cut word's own start when no such phrase opens
    before it; None when the sentence ends as a sentence (a full stop, a closing mark, any character not a letter)
    or in a word (one the lexicon or the dictionary knows; a capitalised name). A word neither knows ends a sentence
    with no full stop seldom but for a page's cut. One tagging, only of a sentence that ends in a lower-case letter."""
    end = sentence.rstrip()
    if not end or not end[-1].isalpha() or not end[-1].islower():
        return None
    tokens = tag_words(end)
    if len(tokens) < _CUT_SENTENCE_WORDS:
        return None  # (a headline's, a label's or a caption's few words end with no full stop: "Teens turn to vapes")
    last = tokens[-1]
    if not last.text.isalpha() or not last.text.islower() or not _not_a_word(last.text):
        return None
    k = len(tokens) - 1
    while k > 0 and tokens[k - 1].pos in _CUT_PHRASE_TAGS and tokens[k - 1].text.isalpha():
        k -= 1
    if k > 0 and (tokens[k - 1].pos in ("IN", "TO", "CC") or tokens[k - 1].text in (",", ";", ":", "(")):
        k -= 1  # (the phrase's preposition or conjunction dangles without it)
    elif k < len(tokens) - 1:
        k = len(tokens) - 1  # (no phrase opens: only the cut word goes, the words before stay the clause's)
    return tokens[k].start if k > 0 else None


def headline_clause(sentence: str, date_start: int, date_end: int, *, limit: int = 200,
                    window: int = 2000, names: frozenset[str] = frozenset(), heads: bool = False) -> str | None:
    """Who did what, for the date at [date_start, date_end) of `sentence`: the subject, the verb group of
    the date's clause in headline tense (`headline_verb`, else the source's words) and the rest of that
    clause up to its first comma or next predicate (or its "that" complement when nothing else follows
    the verb), without the date phrase, its preposition or range, nothing dangling (which/that/of) at the
    end. "He eventually fled the country in 2010" → "He eventually flees the country". None when the
    date's clause has no verb group or no subject is found.

    A building block for titles: datelines, reporting frames ("X said that ...") and the final length stay
    the caller's; words are collected up to about `limit` characters. `names` (`document_names` of the
    article) tells a sentence-initial name from a plural noun for the verb: "Jobs announces", "Officials
    say". Every word comes from the sentence except the inflected verb. The sentence is analysed once
    (cached); each further date in it costs a few bisections and the words of its title. A sentence
    longer than 3 × `window` characters (a run-on page with no full stop) is analysed in overlapping
    blocks of that size around the date, so its memory stays a fixed multiple of `window` and each
    character is analysed at most three times. `heads`: a subject too long for the title to keep its verb
    keeps only each doer's head and possessor (`_subject_modifiers`): for a title made again because the first
    one told no act (`extraction.dated_clause_title`). A sentence the page cut mid-word is read without the phrase
    of its cut word (`cut_word_end`), when the date stands before it: no title ends in part of a word."""
    cut = cut_word_end(sentence)
    if cut is not None and date_end <= cut:
        sentence = sentence[:cut].rstrip()
    if len(sentence) > 3 * window:
        lo, hi = _block(sentence, date_start, window)
        title = _headline_clause(sentence[lo:hi], date_start - lo, date_end - lo, limit, names, heads)
        return title
    return _headline_clause(sentence, date_start, date_end, limit, names, heads)


def _block(sentence: str, offset: int, window: int) -> tuple[int, int]:
    """The block of the grid of `window`-sized cells around `offset`: its cell and the cells either side,
    moved to whitespace so no word is cut. Dates in one cell share one block (and one cached analysis)."""
    cell = offset // window
    lo = max(0, (cell - 1) * window)
    hi = min(len(sentence), (cell + 2) * window)
    if lo > 0:
        space = sentence.find(" ", lo, offset)
        lo = space + 1 if space >= 0 else lo
    if hi < len(sentence):
        space = sentence.rfind(" ", offset, hi)
        hi = space if space >= 0 else hi
    return lo, hi


def _commas_around_date_before_object(tokens: Sequence[Token], verb_last: int, d0: int, d1: int,
                                     drop: set[int]) -> set[int]:
    """The commas that set off a dropped date standing right after a verb group, before the verb's object: the
    comma after the date, and a comma before it ("arrested on Friday, March 3, a man", "approved, on Monday, a
    plan"). Only before a determiner or a possessive pronoun opening a noun phrase whose head is no time noun (the
    date's own apposition: "on Monday, May 2, the worst day"; a list's or a clause's comma goes on otherwise) and
    only when the date holds a comma of its own or a comma stands before it, as a parenthesis does. Empty
    otherwise."""
    after = d1 + 1
    if after + 1 >= len(tokens) or tokens[after].text != "," or tokens[after + 1].pos not in ("DT", "PRP$") \
            or tokens[after + 1].text.lower() in ("that", "this", "these", "those", "which", "what"):
        return set()
    head = after + 2
    while head < len(tokens) and tokens[head].pos in ("JJ", "JJS", "JJR", "RBS", "CD"):
        head += 1
    if head < len(tokens) and tokens[head].text.lower() in _TIME_NOUN_KEYS:
        return set()  # the date's own apposition, not an object: "hit on Monday, May 2, the worst day of the year"
    commas = {after}
    between = [k for k in range(verb_last + 1, d0) if k not in drop]
    if between == [verb_last + 1] and tokens[verb_last + 1].text == ",":
        commas.add(verb_last + 1)
    elif between or not any(tokens[k].text == "," for k in range(d0, d1 + 1)):
        return set()
    return commas


# The characters a title's subject and verb may take, leaving the words after the verb room in a title of about
# 80 (`extraction.MAX_TITLE`).
_SUBJECT_ROOM = 60


# The characters a whole title may take (`extraction.MAX_TITLE` and the `_OVERFLOW` it keeps whole rather than cut): a
# subject longer than this less its verb leaves the title cut before the verb, saying no act.
_TITLE_ROOM = 90


def _subject_modifiers(tokens: Sequence[Token], lo: int, hi: int, room: int) -> frozenset[int]:
    """The tokens of the subject [lo, hi) to leave out when it is too long for a title to keep its verb (its text
    over `room` characters): each conjunct's phrases of a preposition after its head noun but the first "of" one,
    its possessor ("the former dean of the USC School | of Social Work", "The chairman of the board | of
    directors of the ... Authority", "The bolstered cellular agreement | between BellSouth Corp. and ..."), so
    the title keeps each doer's head with what stands before it (a possessive, adjectives, a role) and the verb.
    A conjunct resumes after "and"/"or" only where a noun phrase with its own determiner, possessive, number or
    name opens ("and his deputy", "and the former dean"; not "in Tokyu Group shares and real estate issues",
    the phrase's own nouns). Not a preposition inside a name ("Bank of America": capitalised words either side),
    nor after a number, a determiner or a pronoun ("One of the men": the head is the phrase after it). Empty when
    the subject fits."""
    if hi - lo < 4 or tokens[hi - 1].end - tokens[lo].start <= room:
        return frozenset()
    out = _phrases_after_heads(tokens, lo, hi, True)
    kept = [t for k, t in enumerate(tokens[lo:hi], lo) if k not in out]
    if sum(len(t.text) + 1 for t in kept) > room:
        out = _phrases_after_heads(tokens, lo, hi, False)  # (still too long: the possessors go too)
    return out


def _phrases_after_heads(tokens: Sequence[Token], lo: int, hi: int, possessors: bool) -> frozenset[int]:
    """`_subject_modifiers`' phrases of a preposition after a head noun in [lo, hi), but with `possessors` each
    conjunct's first "of" phrase."""
    out: set[int] = set()
    possessor = not possessors  # this conjunct's first "of" phrase was kept (or none is to be)
    k = lo + 1
    while k < hi:
        t = tokens[k]
        if t.pos in ("IN", "TO") and tokens[k - 1].pos in _NOUN \
                and not (tokens[k - 1].pos in ("NNP", "NNPS") and k + 1 < hi and tokens[k + 1].text[:1].isupper()):
            end = k + 1
            while end < hi and tokens[end].pos in _NOUN_PHRASE and tokens[end].pos != "PRP":
                end += 1
            if t.text.lower() == "of" and not possessor:
                possessor = True
                k = end
                continue
            while end < hi and not _opens_conjunct(tokens, end, hi):
                end += 1
            out.update(range(k, end))
            k = end
            continue
        if _opens_conjunct(tokens, k, hi):
            possessor = not possessors
        k += 1
    return frozenset(out)


def _opens_conjunct(tokens: Sequence[Token], k: int, hi: int) -> bool:
    """Is token `k` of a subject ending at `hi` an "and"/"or" (after a comma or not) before a noun phrase that a
    determiner, a possessive pronoun, a number or a name opens: another doer, not a word of the phrase before?"""
    if tokens[k].pos != "CC" or k + 1 >= hi:
        return False
    after = tokens[k + 1]
    return after.pos in ("DT", "PRP$", "CD") or after.pos in ("NNP", "NNPS") and not tokens[k - 1].text[:1].isupper()


def _subject_core_end(tokens: Sequence[Token], subject: tuple[int, int], room: int) -> int:
    """Where a long subject's core ends: its noun phrase and the one preposition's phrase that completes it ("The
    death toll from flash floods and landslides"), not the phrases after that one which say where, when or which
    ("ahead of a tropical storm in the southern Philippines", "on the Indonesian island of Sumatra", "triggered by
    heavy rains"): cut by the title's length, the subject would take the verb and what follows it ("The death toll
    from flash floods and landslides ahead of a tropical storm"). The subject's own end when it fits in `room`
    characters, does not open with a noun phrase and a preposition, or has nothing after that phrase; also when
    what would go holds a conjunction ("A series of bombings in Atalanta and last month's explosion": a conjunct
    of the subject) or repeats the first preposition after one ("Kuchma of Ukraine and Yeltsin of Russia")."""
    lo, hi = subject
    if hi - lo < 4 or tokens[hi - 1].end - tokens[lo].start <= room:
        return hi
    first = lo + 1
    while first < hi and tokens[first].pos in _NOUN_PHRASE:
        first += 1
    if first >= hi - 1 or tokens[first].pos not in ("IN", "TO") or tokens[first - 1].pos not in _NOUN:
        return hi
    k = first + 1
    while k < hi and (tokens[k].pos in _NOUN_PHRASE or tokens[k].pos == "CC"
                      or tokens[k].pos == "VBG" and k + 1 < hi and tokens[k + 1].pos in ("CC", "NN", "NNS")
                      or tokens[k].text.lower() == "of" and tokens[k - 1].pos in _NOUN):
        # (the complement's noun phrase, "from flash flooding and landslides", with its own "of" phrases: "into
        # the cause of the rock burst" says which cause)
        k += 1
    if k >= hi or tokens[k - 1].pos not in _NOUN:
        return hi
    after = tokens[k]
    if any(t.pos == "CC" for t in tokens[k:hi]) or after.text.lower() == tokens[first].text.lower() \
            and any(t.pos == "CC" for t in tokens[first:k]):
        return hi
    if after.pos in ("IN", "TO", "VBN", "WDT") or after.pos == "RB" and k + 1 < hi and tokens[k + 1].pos == "IN" \
            or _is_relative(after):
        return k
    return hi


# The tags of the words of an object before a participle that modifies it ("three of the 47 people previously |
# reported missing"): a noun phrase, its "of" phrases, an adverb before the participle.
_OBJECT_PHRASE_TAGS = frozenset({"DT", "PDT", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "POS", "CD", "PRP$"})


def _object_participle(a: SentenceAnalysis, k: int) -> int | None:
    """The verb group before group `k` when `k` is a past participle (a lone "-ed" form the tagger read as a past
    tense) that modifies that group's object, a reduced relative ("Rescuers reached three of the 47 people previously
    reported missing"): the earlier group is finite and takes no clause (`_CLAUSE_TAKING_LEMMAS`: "said the people
    reported missing" may be a clause with no "that"), and only its object's noun phrase (with its "of" phrases) and
    adverbs stand between them: no comma, conjunction, relative word, nor a second noun phrase opened by a determiner
    right after a noun ("the company the agency acquired": a relative clause of its own). Else None."""
    tokens = a.tokens
    group = a.groups[k]
    if k == 0 or len(group.words) != 1 or group.main.pos not in ("VBD", "VBN") \
            or not past_participle_form(group.main.text):
        return None
    before = a.groups[k - 1]
    if not before.finite or before.main.pos not in ("VBD", "VBZ", "VBP", "VBN") and not any(
            w.pos == "MD" or w.pos in ("VBD", "VBZ", "VBP") for w in before.words):
        return None
    if a.subject_of(before) is None:
        return None  # (no clause's verb: an adjective the tagger read as one, "the man's dismembered and decapitated")
    after = group.last + 1
    if not verb_lemmas(before.main.text).isdisjoint(_CLAUSE_TAKING_LEMMAS | STATIVE_LEMMAS) and not (
            after + 1 < len(tokens) and tokens[after].pos in ("JJ", "VBG")
            and tokens[after + 1].pos in ("IN", "TO", "CC", ".", ",", ":")):
        # (after a verb that takes a clause the past form may be that clause's verb, "found the firm broke the rules";
        # only a participle with a state after it and no more is the object's: "found the climbers reported missing")
        return None
    if after < len(tokens) and tokens[after].pos in ("DT", "PRP$", "PRP", "CD", "NN", "NNS", "NNP", "NNPS"):
        return None  # (an object of its own: a finite verb, "after the case closed Apple extended an invitation")
    if any(t.text.lower() in _OPENING_SUBORDINATORS or t.pos in ("WDT", "WP", "WRB")
           for t in tokens[max(0, before.first - 3):before.first]):
        return None  # (the earlier verb's clause is a subordinate or a relative one: "Guests who arrived early
        # applauded", its noun phrase maybe the main clause's subject)
    if before.last + 1 < len(tokens) and tokens[before.last + 1].pos == "NN":
        return None  # (a bare singular noun, maybe a word the tagger made a noun: "arrived early/NN applauded")
    j = group.first - 1
    while j > before.last and tokens[j].pos in ("RB", "RBR", "RBS"):
        j -= 1  # ("previously", "earlier")
    if j <= before.last or tokens[j].pos not in _NOUN or group.first - before.last > _SUBJECT_WALK_LIMIT:
        return None
    for i in range(before.last + 1, j + 1):
        t = tokens[i]
        if t.pos in _OBJECT_PHRASE_TAGS:
            if t.pos in ("DT", "PRP$", "PDT") and i > before.last + 1 and tokens[i - 1].pos in _NOUN:
                return None  # ("the company the agency acquired": a contact relative clause, its own verb)
            continue
        if t.pos == "IN" and t.text.lower() == "of":
            continue
        return None
    return k - 1


# The participles that open a date's phrase as a preposition does, right after a verb too ("were declared beginning
# Monday", "runs starting June 1"): a closed class.
_DATE_PARTICIPLES = frozenset({"beginning", "starting", "ending", "commencing", "following", "dating"})


def _complement_subject(a: SentenceAnalysis, group: VerbGroup, subject: tuple[int, int]) -> tuple[int, int]:
    """The subject of `group`'s clause when that clause is the unmarked complement of a verb that takes one, and the
    subject the grammar found runs back over the frame's words to that verb ("told | analysts on a conference call
    on Wednesday the company | expects"): from the last noun phrase a determiner opens right after a noun ("the
    company"), as `_unmarked_complement` reads it. The subject found otherwise."""
    tokens = a.tokens
    g = bisect_right(a.group_firsts, subject[0]) - 1
    if g < 0 or a.groups[g].last + 1 != subject[0] or a.groups[g] is group or _passive_group(a.groups[g]) \
            or verb_lemmas(a.groups[g].main.text).isdisjoint(_CLAUSE_TAKING_LEMMAS):
        return subject
    for k in range(subject[1] - 1, subject[0] + 1, -1):
        if tokens[k].pos in ("DT", "PRP$") and tokens[k - 1].pos in _NOUN \
                and any(t.pos == "IN" for t in tokens[subject[0]:k]):
            return k, subject[1]  # (only past a phrase of where or how: "analysts on a conference call")
    return subject


def _passive_group(group: VerbGroup) -> bool:
    """Is the verb group a passive ("was quoted", "has been told"): a form of "be" before its participle?"""
    return group.main.pos == "VBN" and any(w.text.lower() in _BE for w in group.words[:-1])


def _unmarked_complement(a: SentenceAnalysis, group: VerbGroup, drop: set[int]) -> tuple[int, bool] | None:
    """Where a clause with no "that" opens after `group`'s verb, when the verb takes one (`_CLAUSE_TAKING_LEMMAS`,
    read from its lemma: "ruled", "told", "found") and the title's walk would lose it: its subject's first token,
    and whether words of the frame (a telling verb's audience, phrases of where or how: `_frame_remainder`) stand
    between the verb and it. The clause is the next verb group's, a finite one, whose subject opens after the verb
    (at a determiner after a noun: "analysts on a conference call | the company expects"); an aside of commas may
    stand between that subject and its verb ("Hernandez, 27, died"), no other comma, conjunction or relative word.
    None when the walk of the clause keeps the complement already and no frame's words stand before it ("ruled
    Hernandez died ..."), or when any of this fails."""
    tokens = a.tokens
    if len(group.words) > 3 or verb_lemmas(group.main.text).isdisjoint(_CLAUSE_TAKING_LEMMAS) \
            or _passive_group(group):
        return None  # (a passive's subject is the one told or quoted: "was quoted at 87.5 cents bid")
    g = bisect_right(a.group_firsts, group.last)
    if g >= len(a.groups) or not a.groups[g].finite:
        return None
    verb = a.groups[g].first
    subject = a.subject_of(a.groups[g])
    if subject is None or subject[1] > verb or subject[0] <= group.last:
        return None
    start = subject[0]
    for k in range(verb - 1, start, -1):
        if tokens[k].pos in ("DT", "PRP$") and (k - 1 in drop or tokens[k - 1].pos in _NOUN):
            start = k  # (a noun phrase a determiner opens after a noun: the clause's subject, the noun the frame's)
            break
    if any(tokens[k].pos in ("CC", "WDT", "WP", "WRB") or tokens[k].text in (";", ":") for k in range(start, verb)):
        return None
    asides = [k for k in range(start, verb) if tokens[k].text == ","]
    if asides and (len(asides) != 2 or asides[1] != verb - 1):
        return None  # (only one aside, closed right before the verb: "Hernandez, 27, died")
    between = [tokens[k] for k in range(group.last + 1, start) if k not in drop]
    if between and (any(t.text == "," for t in between) or not _frame_remainder(between, group)):
        return None
    where = any(t.pos == "IN" for t in between)
    if where and start - 1 not in drop:
        # (a phrase of where or how ends at the dropped date, which marks where the clause opens: "on a conference
        # call | on Wednesday | the company expects"; with no date there the noun phrase may be the phrase's noun's
        # relative clause: "asked about the message the king was said to be carrying")
        return None
    if not where and not asides:
        # ("ruled Hernandez died", "told reporters he would resign": the clause's walk reads on through the
        # complement, and the audience stays, as it was)
        return None
    if not where and "say" in verb_lemmas(group.main.text):
        # (what a plain "said" reports is the news, titled by its own words as before: "Lane said the fire, largely
        # confined to the kitchen, destroyed the stage" is "The fire destroys the stage"; a ruling or a finding
        # keeps its frame, "The medical examiner rules Hernandez died")
        return None
    return start, where


def _headline_clause(sentence: str, date_start: int, date_end: int, limit: int,
                     names: frozenset[str] = frozenset(), heads: bool = False) -> str | None:
    a = analyse_sentence(sentence)
    tokens = a.tokens
    if tokens and (tokens[0].pos in ("RB", "RBR", "RBS") or tokens[0].text in _OPEN_QUOTES):
        normal = _fronted_adverbial_in_order(sentence, tokens, date_start, date_end)
        if normal is not None:
            return _in_normal_order(normal, date_start, date_end, limit, names)
    d0 = bisect_right(a.token_ends, date_start)  # the first token ending after the date starts
    if d0 >= len(tokens) or tokens[d0].start >= date_end:
        return None
    d1 = bisect_right(a.token_ends, date_end - 1)
    d1 = min(max(d1, d0), len(tokens) - 1)
    if tokens[d1].start >= date_end:
        d1 -= 1
    clause = a.clause_at(d0)
    relative = _relative_before_aside(a, d0, d1)
    if relative is not None:
        clause = relative  # "A man who admitted the theft, in 2017, was jailed on Friday": the admitting's year
    # The clause's verb groups nearest the date: those before it (nearest first), then those after it.
    # A group without a subject is a tagging slip ("higher sales/VBZ this year"): the next one is tried.
    order: list[int] = []
    if clause is not None:
        g = bisect_right(a.group_firsts, d0) - 1
        order += [k for k in (g, g - 1) if k >= 0 and a.groups[k].first >= clause[0]]
        # (not the verb of a time noun's relative after the date: "On Sunday, the day the ferry sank was
        # remembered" is the remembering's Sunday)
        order += [k for k in (g + 1, g + 2) if k < len(a.groups) and a.groups[k].first < clause[1]
                  and not ((subject := a.subject_of(a.groups[k])) is not None and subject[0] > d1
                           and _time_noun_relative(tokens, subject[0], True))]
    if not order:
        # A date in a verbless stretch after its clause ("..., in 2004"): the verb before it. A leading one
        # ("On Friday, Putin, who visited Pyongyang, was elected"): the first verb after it that is not in
        # a relative clause, nor in a subordinate one ("On Monday, after the case closed Apple extended ...")
        # unless no other is near.
        g = bisect_right(a.group_lasts, d0 - 1) - 1
        if g >= 0:
            order = [_outer_group_after_aside(a, g, d0, d1)]
        else:
            for k in range(min(4, len(a.groups))):
                span = a.clause_at(a.groups[k].first)
                if span is not None and not _is_relative(tokens[span[0]]) \
                        and not ((subject := a.subject_of(a.groups[k])) is not None
                                 and _time_noun_relative(tokens, subject[0], True)):  # ("the day the ferry sank")
                    if tokens[span[0]].text.lower() not in _OPENING_SUBORDINATORS:
                        order = [k]
                        break
                    order = order or [k]
        if not order:
            return None
    group: VerbGroup | None = None
    subject: tuple[int, int] | None = None
    for k in order:
        outer = _object_participle(a, k)
        if outer is not None:
            # "reached three of the 47 people previously reported missing": "reported" modifies the object, and the
            # date at its end is the reaching's, no "The 47 people previously report"
            k = outer
        subject = a.subject_of(a.groups[k])
        if subject is not None:
            main = _main_after_fronted_participle(a, a.groups[k], subject)
            if main is not None:
                # "For the six months ended Aug. 12, Provigo posted ...": the participle modifies the leading
                # phrase's noun; the date's clause is the main one after the phrase.
                k, subject = main
            group = a.groups[k]
            break
    inverted = None
    if subject is None or d0 <= subject[0] and subject[1] <= d1 + 1 and subject[0] > 0 \
            and tokens[subject[0] - 1].pos == "IN":
        # No subject before the verb, or only the date's own phrase ("In 1975 came another sister"): a subject
        # after the verb, when only an adverbial stands before it.
        inverted = _inverted_subject(a, a.groups[order[0]])
        if inverted is not None:
            group, subject = a.groups[order[0]], inverted
    fronted: list[int] = []  # a fronted phrase before "be" and its subject, which the title puts in normal order
    if inverted is None:
        found = _fronted_inversion(a, group if group is not None else a.groups[order[0]])
        if found is not None:
            group = group if group is not None else a.groups[order[0]]
            inverted, fronted = found
            subject = inverted
    if group is None or subject is None:
        return None
    if inverted is None:
        subject = _complement_subject(a, group, subject)
    if inverted is None and subject[0] >= 3 and tokens[subject[0] - 2].text.lower() == "than":
        counted = _quantified_start(tokens, subject[0])
        if counted == subject[0] - 3 and tokens[counted].text.lower() in _QUANTITY_BOUNDS \
                and (counted == 0 or tokens[counted - 1].text in (",", ";", ":") or tokens[counted - 1].pos == "CC"):
            # "More than 1,200 | people were killed": the walk stops at "than", a preposition's tag, and leaves out
            # the count; opening the clause, the count and its bound are the subject's ("More than 1,200 people
            # were killed", not "People were killed").
            subject = (counted, subject[1])
    if inverted is None and d0 <= subject[0] <= d1 and subject[0] > 1 and _preposition_object(tokens, subject[0]):
        # The date after a preposition is that preposition's object, no subject ("Little of the vitriol that the
        # issue aroused in the late 1980s remains": not "The late 1980s remains"); the clause's subject is
        # further back, in words the tagger found no verb in: no headline from them.
        return None
    if _asks(a, group, subject, "?" in sentence):
        return None  # a question: no statement of who did what
    second = _coordinated_passive_participle(a, group, subject, d0)
    if second is not None:
        # "The ship was built in 1950 and sold in 1972": the date is the second participle's, which shares the
        # passive's subject and auxiliary: "The ship was sold" (not "… was built in 1950 and sold").
        end = second
        while end < len(tokens) and tokens[end].text not in _CORE_ENDS and tokens[end].pos != "CC" \
                and tokens[end].text.lower() != "and":
            end += 1
        dropped = set(range(d0, d1 + 1))
        if d0 > second + 1 and tokens[d0 - 1].pos in ("IN", "TO"):
            dropped.add(d0 - 1)
        words = [tokens[k] for k in range(second, end) if k not in dropped]
        while words and words[-1].pos in _DANGLING_TAGS:
            words.pop()
        auxiliary = [w for w in group.words[:-1] if w.pos != "RB"]
        return capitalised(_join([*tokens[subject[0]:subject[1]], *auxiliary, *words]))
    # "The stake it has agreed to buy will double its holding": a relative clause with no relative word between
    # a noun phrase and its verb. The outer verb's subject is the noun phrase; a date after the outer verb is its.
    contact = _contact_relative(a, group)
    if contact is not None and contact[2] is not None and d0 > a.groups[contact[2]].last:
        group, subject, contact = a.groups[contact[2]], contact[0], None
    elif contact is None:
        for inner in a.groups:
            if inner.last >= group.first:
                break
            found = _contact_relative(a, inner)
            if found is not None and found[2] is not None and a.groups[found[2]] is group:
                subject = found[0]
                break
    clause = a.clause_at(group.first)
    if clause is None:
        return None
    # The date goes, with the preposition that introduces it, unless it belongs to a noun phrase
    # ("last week's talks", "the 2000 treaty").
    drop: set[int] = set(range(d0, d1 + 1))
    # "the first quarter of the financial year": the date's own "of" complement goes with it.
    after = d1 + 1
    if after + 1 < len(tokens) and tokens[after].text.lower() == "of" and tokens[after + 1].pos in ("DT", "PRP$"):
        after += 1
        while after < len(tokens) and (tokens[after].pos in _DATE_COMPLEMENT_TAGS or tokens[after].text.islower()
                                       and tokens[after].pos == "NNP"):  # "year/NNP Apple/NNP": a slip
            after += 1
    if d0 <= subject[0] <= d1 and subject[1] > after and tokens[after].pos in _NOUN_PHRASE_OPENERS:
        # A date opening the sentence with no comma ("On September 21, 2004 the parties agreed", "During the
        # first quarter of the financial year Apple sold") is no part of the subject that follows it.
        subject = (after, subject[1])
        drop.update(range(d1 + 1, after))
    if d0 <= subject[0] and subject[1] <= d1 + 1 \
            and all(d0 <= k <= d1 or tokens[k].pos in ("RB", "RBR", "RBS") for k in range(subject[1], group.first)):
        # The date stands between the subject and its verb ("NATO's newest members just a decade ago were"):
        # the noun phrase before it is the subject, not the date.
        j = d0 - 1
        while j >= 0 and tokens[j].pos in ("RB", "RBR", "RBS"):
            j -= 1
        before = _noun_phrase_before(a, j) if j >= 0 and tokens[j].pos in _NOUN else None
        if before is not None and before[1] == j + 1:
            subject = before
            drop.update(range(j + 1, d0))  # "just", "earlier": the date's own adverbs
    # (the possessive mark the date's own text may end in: "Wednesday's" of "get around Wednesday's ruling")
    possessive = d1 + 1 < len(tokens) and tokens[d1 + 1].pos == "POS" or d1 > d0 and tokens[d1].pos == "POS"
    determined = d0 > 0 and tokens[d0 - 1].pos in ("DT", "PRP$") and tokens[d0].pos != "DT"
    if possessive or determined or d0 <= subject[0] <= d1:
        drop = set()  # part of a noun phrase, or the subject itself ("This quarter answers ...")
    else:
        k = d0 - 1
        if k >= 1 and tokens[k].text.lower() in ("least", "most", "earliest", "latest") \
                and tokens[k - 1].text.lower() == "at":
            drop.update((k, k - 1))  # "through at least 2030"
            k -= 2
        if k >= 2 and tokens[k].text.lower() in _RANGE_WORDS and tokens[k - 1].pos == "CD" \
                and tokens[k - 2].pos in ("IN", "TO"):
            drop.update((k, k - 1, k - 2))  # "between 1990 and 1994", "from 2006 until 2014": the whole range
            k -= 3
        elif k >= 2 and tokens[k].text.lower() == "as" and tokens[k - 2].text.lower() == "as" \
                and (tokens[k - 1].pos in _DEGREE_TAGS or tokens[k - 1].text.islower()
                     and not {"ADV", "ADJ"}.isdisjoint(all_lemmas(tokens[k - 1].text))):  # (tagged NNP by a slip)
            drop.update((k, k - 1, k - 2))  # "as early as Tuesday", "as soon as May": the comparison goes whole
            k -= 3
        elif k >= 1 and tokens[k].text.lower() == "of" and tokens[k - 1].pos in _OF_HEAD_TAGS:
            # The date completes a noun ("part of Sunday night", "the end of March"): the noun goes with it
            # when a preposition introduces the phrase ("at the end of March"); otherwise the phrase is the
            # verb's object, and the date stays in it rather than leave "spends part" behind.
            m = k - 1
            while m > 0 and tokens[m - 1].pos in _OF_HEAD_TAGS | {"DT", "PRP$", "CD", "JJ"}:
                m -= 1
            if m > group.last + 1 and tokens[m - 1].pos in ("IN", "TO") and tokens[m - 1].text.lower() != "of":
                # (not inside a chain of "of"s: "for many of the disasters of this century" keeps it all)
                drop.update(range(m - 1, k + 1))
                k = m - 2
            else:
                drop = set()
        elif k >= 0 and tokens[k].pos in ("IN", "TO"):
            drop.add(k)  # "in 2010"
            k -= 1
        if k == d0 - 1 and tokens[k].pos == "VBG" and k > group.last \
                and (k > group.last + 1 and not tokens[k - 1].pos.startswith("VB")
                     or tokens[k].text.lower() in _DATE_PARTICIPLES):
            # "beginning Monday" (but "began deliberating on Wednesday" keeps its verb: a gerund right after a
            # verb is its object, what began; without it the title says nothing began: "Jurors begin after ...";
            # so is one after a participle: "the people reported missing in 2019")
            drop.add(k)
        elif drop and k > group.last + 1 and tokens[k].pos in ("VBN", "VBD") and tokens[k].text.islower() \
                and tokens[k - 1].pos in _NOUN and (k + 1 in drop or k + 1 == d0) \
                and not (d1 + 1 < len(tokens) and tokens[d1 + 1].text.lower() == "by"):
            # A reduced relative's participle whose date goes ("at a press conference held on Friday", "in a letter
            # published Wednesday"): left alone it dangles ("at a press conference held"); its noun stays. (Not
            # before its "by" agent: "the deadline set in 2019 by the board".)
            drop.add(k)
        if d1 + 2 < len(tokens) and not group.first <= d1 <= group.last \
                and tokens[d1 + 1].text.lower() in _RANGE_WORDS and tokens[d1 + 2].pos == "CD" \
                and (tokens[d1 + 1].text.lower() != "and" or d0 > 0 and tokens[d0 - 1].text.lower() == "between") \
                and _same_kind_of_number(tokens[d1].text, tokens[d1 + 2].text) and not _counts_a_noun(tokens, d1 + 2):
            # "between 1990 and 1994", "from 2006 to 2014" (not "freed him on Monday and two of them fled", nor
            # "sentenced in 2023 to 15 years": a year's range ends in a year; nor "sentenced on Friday to 12
            # years", "rose on Friday to 12 percent": a number that counts a noun is a measure, the verb's own; nor
            # a verb group standing for the date, as news' undated happenings do: "Deaths have jumped | to 17")
            drop.update((d1 + 1, d1 + 2))
    participle = _participle_after_inverted(tokens, subject[1], d0) if fronted else None
    if participle is not None:
        # "Among the works is "X" by Y, painted around 1660 and bought in 1978": the date is the participle's, whose
        # noun is the inverted subject, a passive of the past with its auxiliary by the subject's number: '"X" by Y
        # was painted', '"X" by Y was bought' (no bare '"X" by Y painted', which reads as Y's painting).
        end = participle
        while end < len(tokens) and tokens[end].text not in _CORE_ENDS and tokens[end].pos != "CC":
            end += 1
        noun = list(tokens[subject[0]:subject[1]])
        words = [tokens[k] for k in range(participle, end) if k not in drop]
        while words and words[-1].pos in _DANGLING_TAGS:
            words.pop()
        auxiliary = "were" if _plural_phrase(noun, names) else "was"
        return capitalised(f"{_join(noun)} {auxiliary} {_join(words)}")
    size = 0
    kept: list[Token] = []
    if subject[0] >= 2 and tokens[subject[0] - 1].pos == "WP$":
        # "Ms Ray, whose term ends in January, said …": the subject is the antecedent's ("Ms Ray's term ends").
        j = subject[0] - 2
        while j >= 0 and tokens[j].text in (",", "(", "--", "—", "–"):
            j -= 1
        owner = _noun_phrase_before(a, j) if j >= 0 and tokens[j].pos in _NOUN else None
        if owner is not None and owner[1] == j + 1:
            # (the nearest noun phrase: "the introduction of the dolls, whose sales hit" are the dolls' sales)
            first = max([owner[0]] + [k + 1 for k in range(owner[0], owner[1]) if tokens[k].pos == "IN"])
            kept.extend(tokens[first:owner[1]])
            last = tokens[owner[1] - 1]
            plural = last.text.endswith("s") and last.pos in ("NNS", "NNPS")
            kept.append(Token("'" if plural else "'s", last.end, last.end, "POS"))
            size += sum(len(t.text) + 1 for t in kept)
    subject_end = _subject_core_end(tokens, subject, _SUBJECT_ROOM - len(group.text) - 1 - size)
    modifiers = _subject_modifiers(tokens, subject[0], subject_end, _TITLE_ROOM - len(group.text) - 1 - size) \
        if heads else frozenset()
    joined_aside = _joined_relative_aside(a, subject)
    if joined_aside:
        # ("Dr. Jones, who led the study, and her team": the first conjunct's relative clause goes, as a lone
        # subject's does, and the doers stay joined: "Dr. Jones and her team were honoured")
        modifiers = modifiers | joined_aside
    # A bracketed aside inside a name, before its ordinal (`_past_bracketed_gloss`: "King George Tupou (pronounced
    # Too-pow) the Fifth"), glosses it: the title keeps the name, not its gloss. (An acronym after a name stays:
    # "The World Health Organization (WHO) in Geneva".)
    glosses = {k for o, c in a.asides if subject[0] < o and c + 1 < subject_end and tokens[o].text == "("
               and _continues_a_name(tokens, c + 1) for k in range(o, c + 1)}
    for i in range(subject[0], subject_end):
        if i not in drop and i not in modifiers and i not in glosses and size <= limit:
            kept.append(tokens[i])
            size += len(tokens[i].text) + 1
    # Adverbs right before the verb ("He eventually fled"), not ones from a clause the walk to the subject
    # crossed ("Nashua, under a program that didn't …, had purchased": not "n't").
    adverbs = group.first
    while adverbs > subject[1] and tokens[adverbs - 1].pos in ("RB", "RBR", "RBS"):
        adverbs -= 1
    for i in range(adverbs, group.first):
        if i not in drop and size <= limit:
            kept.append(tokens[i])
            size += len(tokens[i].text) + 1
    if not kept:
        return None
    size += len(group.text) + 1
    if _reduced_relative(a, group, subject) or _headline_passive(sentence, tokens, group, date_start, date_end):
        verb = group.text  # "figures released by NPD Group": a participle, kept as the source has it
    else:
        # The number is the kept subject's: a date inside it is no head ("U.S. forces Thursday launched").
        # (Its heads, when their phrases went: "The chairman of the board ... and his deputy" are two.)
        own = [tokens[i] for i in range(*subject) if i not in drop and i not in modifiers]
        if len(own) > 3 and own[0].text.lower() in _QUANTITY_BOUNDS and own[1].text.lower() == "than":
            own = own[2:]  # "More than 300 | people": the count's phrase is the head's ("than" would cut it)
        plural = _plural_phrase(own, names)
        if plural and _one_thing_by_its(own, tokens[group.last + 1:clause[1]]):
            plural = False
        # (No number known: the source's verb, not a guess.)
        verb = group.text if plural is None else headline_verb(group, plural) or group.text
    rest: list[Token] = []
    next_group = bisect_right(a.group_firsts, group.last)
    gapped = _gapped_remnant(a, group, d0, d1)
    if gapped is not None:
        # "Apple introduced the iMac, in 2001 the iPod": the date's clause shares the verb before it and
        # brings its own object, so the title is the subject and verb with that object.
        rest = [tokens[i] for i in range(*gapped) if i not in drop]
        core_end = group.last + 1  # the first conjunct's own words are not this date's
    # The clause's words, and a quotation that opens right at its end (the quote mark closes the clause).
    if gapped is None:
        # (and on through a short quotation inside the clause: "said "a small percentage" were affected")
        core_end = _through_quotations(a, clause)[1]
        if core_end == clause[1] and clause[1] < len(tokens) and tokens[clause[1]].text in _OPEN_QUOTES:
            core_end += 1
    resume = 0  # after a quotation inside the clause, the words go on at its closing mark's next token
    held = False  # the clause is inside the subject of the verb after it ("The anger that the plan stirred … remains")
    # A clause that opens the sentence with a wh-word is the subject of the verb after it ("Why the roof collapsed in
    # 2018 remains unclear"): its own predicate ends there.
    # (also "whether" and "that" opening the sentence: "Whether the plant will reopen in 2026 is unclear", "That the
    # talks failed in May surprised no one", clauses with no other place in the sentence than its subject)
    wh_subject = subject[0] > 0 and (tokens[subject[0] - 1].pos in ("WRB", "WP")
                                     or tokens[subject[0] - 1].text.lower() in ("whether", "that")
                                     and tokens[subject[0] - 1].pos == "IN") \
        and all(t.text in _OPEN_QUOTES for t in tokens[:subject[0] - 1])
    # "Police arrested on Friday, March 3, a man ...", "approved, on Monday, a plan": a date set off between the
    # verb and its object; its commas (the one after it, one before it, its own) close the date, not the clause.
    parenthesis = _commas_around_date_before_object(tokens, group.last, d0, d1, drop) \
        if inverted is None and drop else ()
    if parenthesis:
        parenthesis = drop | parenthesis
        drop = parenthesis
    for i in range(group.last + 1 if inverted is None else subject[1], core_end):
        if i < resume or i in parenthesis:
            continue
        if tokens[i].text in _OPEN_QUOTES and len(rest) <= 3 and size <= limit:
            close = _quoted_object_end(tokens, i)
            if close is not None:
                # A short quotation as the object ("Steve called podcasting "Wayne's World for radio""):
                # without it the title stops before what was said.
                rest.extend(t for k, t in enumerate(tokens[i:close + 1], i) if k not in drop)
                if close + 1 < core_end:
                    size += sum(len(t.text) + 1 for t in tokens[i:close + 1])
                    resume = close + 1
                    continue
                break
        if tokens[i].text == "," and i - 1 in drop and i not in drop and _restated_position(tokens, i + 1):
            # "dropped him hours after his arrest on June 26, 2013, nine days after Lloyd was found dead": the
            # appositive says again where the dropped date stands (its "2013, nine" is no number's inner comma);
            # with the date gone it goes too, not left as "…his arrest, nine days".
            break
        if tokens[i].text in _CORE_ENDS and tokens[i].pos != "POS" and not _inner_comma(tokens, i) or size > limit:
            # the clause's core ends at its first comma (or a full stop run into the next sentence); a plural's
            # possessive mark is no quotation ("at a developers' conference"), a comma between two figures is no
            # break ("for a 3-6, 6-2, 6-2 win": one score)
            break
        while next_group < len(a.groups) and a.groups[next_group].first < i:
            next_group += 1
        if next_group < len(a.groups) and a.groups[next_group].first == i and inverted is None:
            outer = a.subject_of(a.groups[next_group])
            if outer is not None and outer[0] <= subject[0]:
                # The verb of the clause around this one, whose subject holds it ("The treaty that he rejected in
                # 1990 remains in force"): no word of this date's predicate.
                held = True
                break
            if wh_subject:
                break
            next_group += 1
        if tokens[i].text.lower() in _ADVERBIAL_CLAUSE_OPENERS and next_group < len(a.groups) \
                and inverted is None and _adverbial_clause_at(tokens, i, a.groups[next_group].first, drop) \
                and (rest or not _fits_whole(tokens, subject[0], i, core_end, drop)):
            # "Ticket sales fell sharply in 2020 as the pandemic spread": a subordinate clause with its own subject
            # and verb is the setting of this date's act, not part of it; the title ends before it ("Ticket sales
            # fall sharply"). Only when the main clause keeps a word after its verb, the date's aside: with none the
            # clause often is the news ("Two people were killed on Sunday when a gunman opened fire", "Fans
            # celebrated on Sunday as the team won the cup") and the title keeps it, when it fits whole (a title cut
            # inside the clause, "… concludes after the Netherlands…", says less than one ending before it).
            break
        if tokens[i].pos == "CC" and next_group < len(a.groups) and (
                a.groups[next_group].first <= i + 2 or _clause_subject_at(a, a.groups[next_group], i + 1)):
            # "... and funds irrigation projects": another predicate, without this date; "resigned and its
            # chairman, Frank Stronach, is stepping in": another clause, whose subject follows the "and"
            break
        if tokens[i].pos == "CC" and verb != group.text and _past_predicate_follows(tokens, i + 1):
            break  # "returned to Apple and soon after reassumed ...": no "returns ... and reassumed"
        if i not in drop:
            rest.append(tokens[i])
            size += len(tokens[i].text) + 1
    if held and contact is None and gapped is None and not _time_noun_relative(tokens, subject[0], True) \
            and (not rest or subject[0] > 0 and tokens[subject[0] - 1].text.lower() in _OBJECT_RELATIVES) and (
            inverted is not None or _gap_antecedent(a, subject, group, drop) is None
            or not _only_dropped_until_outer(a, group, drop)):
        # A relative clause inside the outer subject whose verb has nothing after it: its object is the gap, the
        # noun the outer clause is about ("Little of the anger that the plan stirred in 2015 remains": no "The plan
        # stirs"); no headline clause of its own. (A time noun's relative has no object gap: "the day the ferry
        # sank in 2015 was remembered" is the ferry's sinking.)
        return None
    if fronted:
        # "Among the dead was a journalist" in normal order: "A journalist is among the dead" (its date left out).
        front = [tokens[k] for k in fronted if k not in drop]
        if front:
            rest = [_lower_first(front[0], names)] + front[1:] + rest
    unmarked = _unmarked_complement(a, group, drop) \
        if inverted is None and gapped is None and contact is None and not fronted else None
    if unmarked is not None:
        # A verb that takes a clause with no "that" before it ("ruled Hernandez, 27, died ...", "told analysts on a
        # conference call the company expects ..."): the title is what was ruled or told, the clause's words up to
        # its first comma past its verb (an aside between its subject and its verb goes); where the frame's words
        # stand between (an audience, a phrase of where or how), they give way to it, and "tell" reads "say".
        start, frame_words = unmarked
        room = limit - size + sum(len(t.text) + 1 for t in rest)
        words = _complement_words(a, (start, len(tokens)), drop, room)
        if words and not frame_words and size + sum(len(t.text) + 1 for t in words) > _TITLE_ROOM:
            # (too long a title, cut for length inside the clause, would lose its end: the frame's title stays,
            # which a caller makes again from the complement's own clause, `news`' "Farmers ... had been urged to")
            words = []
        if words:
            rest = words
            if frame_words:
                verb = _as_saying(verb, group)
    # A telling verb's audience alone ("told reporters on Tuesday that ...") says nothing of what was told; nor do
    # the audience and a phrase of where or how ("told analysts on a conference call that ...").
    lemmas = verb_lemmas(group.main.text)
    audience_only = bool(rest) and not lemmas.isdisjoint(_TELLING_VERBS) \
        and (all(t.pos in _AUDIENCE_TAGS for t in rest) or not lemmas.isdisjoint(_TOLD_AS_SAID)
             and not _passive_group(group) and _frame_remainder(rest, group))
    that_at = clause[1]
    if not rest and that_at + 1 < len(tokens) and tokens[that_at].text == "," and drop \
            and all(k in drop or tokens[k].text == "," for k in range(group.last + 1, that_at)):
        # "said on Monday, May 2, that profits fell": the comma after the date closes the date's parenthesis, not
        # the clause; the "that" after it opens what was said.
        that_at += 1
    if (not rest or audience_only or rest[0].pos == "IN" and rest[0].text.lower() != "that"
            and not any(tokens[i].text == "," for i in range(group.last + 1, clause[1]))) and gapped is None \
            and that_at < len(tokens) and tokens[that_at].text.lower() == "that" and tokens[that_at].pos == "IN":
        # "Sadowski testified that Whitford had instructed him ...": the what is the complement clause, also
        # after a phrase of where or how ("announced in an internal memo that he would ...").
        nxt = a.clause_at(that_at)
        if not rest and nxt is not None and nxt[1] < len(tokens) \
                and (tokens[nxt[1]].text == "," or tokens[nxt[1]].text.lower() in _OPENING_SUBORDINATORS) \
                and (after := bisect_right(a.group_firsts, that_at)) < len(a.groups) and a.groups[after].first >= nxt[1]:
            # The complement's clause ends before any verb, at a comma or a subordinating word ("that while the court
            # has called for calm, the police ...", "that the bridge, which opened in 1990, will close"): it reads on
            # to the clause of its first verb that no relative word opens, whose commas `_complement_words` weighs.
            for k in range(after, min(after + 3, len(a.groups))):
                span = a.clause_at(a.groups[k].first)
                if span is not None and tokens[span[0]].pos not in ("WDT", "WP", "WP$"):
                    nxt = (nxt[0], span[1])
                    break
        if nxt is not None:
            nxt = _through_quotations(a, nxt)  # ("that "a small percentage" were ...": the quote is no break)
        g = bisect_right(a.group_firsts, that_at)
        if nxt is not None and (not rest or g < len(a.groups) and a.groups[g].first < nxt[1]):
            if audience_only:
                # What was told, without its audience (the title's room is for it), and "tell" as "say": "Toha
                # tells reporters that rescue teams had reached …" → "Toha says that rescue teams had reached …".
                size -= sum(len(t.text) + 1 for t in rest)
                rest = []
                verb = _as_saying(verb, group)
            rest += _complement_words(a, nxt, drop, limit - size - sum(len(t.text) + 1 for t in rest))
    if not rest and gapped is None and _may_report(group):
        # (only a verb that can report: in the comma splice "Prices rose, wages fell, the consumers were treated on
        # Friday" the clause before the comma is no content of "were treated")
        rest = _reported_content(a, subject, drop, limit - size, names)
    elif gapped is None and _frame_remainder(rest, group):
        # A closing frame with only its audience or a phrase of where or how after the verb ("…, the governor told
        # reporters in Brello", "…, the company said in a statement") reports the clause before its comma, as a
        # frame with nothing after its verb does; the audience and the phrase give way to it, "tell" to "say".
        room = limit - size + sum(len(t.text) + 1 for t in rest)
        content = _reported_content(a, subject, drop, room, names)
        if content:
            rest, verb = content, _as_saying(verb, group)
    antecedent = _gap_antecedent(a, subject, group, drop) if gapped is None and inverted is None else None
    if antecedent is not None and tokens[subject[0] - 1].text.lower() == "that" \
            and not _only_dropped_until_outer(a, group, drop):
        antecedent = None  # ("that the issue aroused in the late 1980s and early 1990s": no clause that ends)
    if contact is not None and gapped is None and inverted is None and (antecedent is None or contact[1] > group.last):
        # The date in the relative clause: its object is the noun phrase, back in the gap after the verb (and its
        # infinitive: "It has agreed to buy the stake"), and the words end before the outer verb.
        np, gap, outer_index = contact
        outer_start = tokens[a.groups[outer_index].first].start if outer_index is not None else len(sentence)
        rest = _respaced([[tokens[i] for i in range(group.last + 1, gap + 1) if i not in drop],
                          [_lower_first(tokens[np[0]], names)] + list(tokens[np[0] + 1:np[1]]),
                          [t for t in rest if tokens[gap].end <= t.start < outer_start]])
        antecedent = None
    if antecedent is not None:
        # "a treaty he had rejected in peace talks", "the region, which they ruled for centuries": the relative
        # clause's object is its antecedent, which the title puts back in the gap ("He rejects a treaty in …").
        following = bisect_right(a.group_firsts, group.last)  # (the first group after this one)
        outer = a.groups[following].first if following < len(a.groups) else len(tokens)
        while outer < len(tokens) and outer - 1 > group.last and tokens[outer - 1].pos in ("RB", "RBR", "RBS"):
            outer -= 1  # (an adverb right before the outer verb is its: "the bridge that they built in 1944 still stands")
        # (the relative clause ends before the outer clause's verb: "the plant it built in 2004 will close")
        joined = _coordinated_after_date(a, group, drop)
        if joined is not None:
            outer = joined  # (another time joined to the date is no object: "in the late 1980s | and early 1990s")
        moved = [tokens[i] for i in range(*antecedent) if i not in drop]
        if moved and antecedent[0] == 0:
            moved[0] = _lower_first(moved[0], names)  # (the sentence's first word, now inside the title)
        if _preposition_relative(tokens, subject[0]):
            # "Saddam, with whom the king met on Monday": the gap is the preposition's object ("The king meets with
            # Saddam")
            moved = _respaced([[tokens[subject[0] - 2]], moved])
        rest = moved \
            + [t for t in rest if t.start < tokens[min(outer, len(tokens) - 1)].start or outer == len(tokens)]
    while rest and (rest[-1].pos in _DANGLING_TAGS or not any(ch.isalnum() or ch == "%" for ch in rest[-1].text)
                    or rest[-1].text.lower() in ("whether", "which", "that", "who")) \
            and not (rest[-1].text in _CLOSE_QUOTES and any(t.text in _OPEN_QUOTES for t in rest[:-1])) \
            and not _particle_without_object(tokens, bisect_right(a.token_ends, rest[-1].start), drop):
        rest.pop()  # (a quotation keeps its closing mark; a verb's particle stays: "negotiations break off")
    frame = expletive(tokens, subject[0]) if subject[1] - subject[0] == 1 else None
    if frame is not None and frame.transparent and frame.that > group.last:
        # "It was announced that Starbucks would offer wi-fi", "It was not until Tuesday that Castro revealed …":
        # the "it" stands for the "that" clause, which is the title (its first verb group's; the content is
        # later in the sentence, so this ends).
        content = next((g for g in a.groups if g.first > frame.that), None)
        if content is not None:
            found = _headline_clause(sentence, content.start, content.end, limit, names)
            if found and len(found.split()) >= 3:
                return found
    # A clitic verb stays joined to its subject ("It's been", "We're seeing"), as in the sentence.
    text = _join(kept) + (" " if group.start != kept[-1].end else "") + verb
    if rest:
        text += (" " if rest[0].start > group.end or rest[0].start < group.start else "") + _join(rest)
    return capitalised(text)


def is_particle(tokens: Sequence[Token], k: int, object_gone: Callable[[int], bool] = lambda i: False) -> bool:
    """Is token k a verb's particle ("broke off", "fell through", "picked up"): a preposition that the
    dictionary also knows as an adverb (lemminflect's ADV: "off", "up", "through"; not "of", "for", "that"),
    right after a verb, with no object of its own after it (the clause's end, a preposition, an adverb, or
    words `object_gone` says were left out, such as a date)? Left off, the title says another verb ("negotiations
    break" for "broke off")."""
    if k <= 0 or k >= len(tokens) or tokens[k].pos not in ("IN", "RP", "RB", "DT") \
            or not tokens[k - 1].pos.startswith("VB") or not tokens[k].text.isalpha() \
            or "ADV" not in all_lemmas(tokens[k].text.lower()):
        return False
    after = k + 1
    # (not a word that opens a clause a preposition takes for its object, "vote on whether …", nor "that", which
    # may be a determiner: "the deadline set in that agreement")
    return after >= len(tokens) or object_gone(after) \
        or tokens[after].pos in _NO_OBJECT_TAGS and tokens[after].text.lower() not in _OBJECT_CLAUSE_WORDS


# What may follow a particle that has no object: a preposition, an adverb, a conjunction, punctuation (not a
# quotation mark: "engaged in ``a little cat and mouse''").
_NO_OBJECT_TAGS = frozenset({"IN", "TO", "RB", "RBR", "CC", ",", ".", ":", ")"})
_OBJECT_CLAUSE_WORDS = frozenset({"that", "whether", "if"})


def _particle_without_object(tokens: Sequence[Token], k: int, drop: set[int]) -> bool:
    """`is_particle` for token k of a headline clause whose words `drop` (the date's) were left out."""
    return is_particle(tokens, k, drop.__contains__)


def _adverbial_clause_at(tokens: Sequence[Token], i: int, verb: int, drop: Collection[int]) -> bool:
    """Does the conjunction at token i (`_ADVERBIAL_CLAUSE_OPENERS`) open a clause with its own subject and the
    verb group at `verb`? An "as" after a verb's object, before an indefinite or bare noun phrase, is the object's
    role, whatever the tagger reads after it ("described him as a witness wanted for questioning", "hailed the deal
    as proof investors can trust it"); its clause has a definite subject ("as the pandemic spread")."""
    if not _subject_then_verb(tokens, i + 1, verb):
        return False
    if tokens[i].text.lower() != "as" or tokens[i + 1].text.lower() in _NOMINATIVE or tokens[i + 1].text == "it" \
            or tokens[i + 1].pos in ("NNP", "NNPS"):
        return True  # (a pronoun or a name: a subject, "as it reported a loss", "as Easter week began")
    if tokens[i + 1].text.lower() in ("a", "an"):
        return False
    j = i - 1
    while j > 0 and (tokens[j].pos in ("RB", "RBR", "RBS") or j in drop):
        j -= 1
    # (a measure is no object with a role: "rose 5% as investors cheered")
    measure = tokens[j].text == "%" or j > 0 and tokens[j - 1].pos == "CD" and tokens[j - 1].text[:1].isdigit()
    return tokens[i + 1].pos in ("DT", "PRP$") or measure or not (tokens[j].pos in _NOUN or _object_pronoun(tokens[j]))


# How long a title may be and stay whole: extraction's MAX_TITLE and the few characters over it it allows.
_WHOLE_TITLE_ROOM = 90


def _fits_whole(tokens: Sequence[Token], first: int, clause: int, core_end: int, drop: Collection[int]) -> bool:
    """Do the words from token `first` (the subject's) through the end of the clause that opens at token `clause`
    (its first comma or the core's end), without the date's (`drop`), fit a title whole (`_WHOLE_TITLE_ROOM`)?"""
    size = 0
    for k in range(first, core_end):
        if k >= clause and tokens[k].text in _CORE_ENDS:
            break
        if k not in drop:
            size += len(tokens[k].text) + 1
            if size > _WHOLE_TITLE_ROOM + 1:
                return False
    return True


def _subject_then_verb(tokens: Sequence[Token], k: int, verb: int) -> bool:
    """Do the words from token k up to the verb group at `verb` make a short noun phrase, a clause's subject
    ("as the pandemic spread", "because it rained"; not "as mayor until 2010", with no verb after its phrase)?"""
    if not 0 < verb - k <= 6:
        return False
    if verb - k == 1 and tokens[k].pos == "PRP":
        return tokens[k].text.lower() in _NOMINATIVE or tokens[k].text.lower() == "it"
    return all(t.pos in _CLAUSE_SUBJECT_TAGS for t in tokens[k:verb]) and tokens[verb - 1].pos in _NOUN


def _clause_subject_at(a: SentenceAnalysis, group: VerbGroup, k: int) -> bool:
    """Does the subject of `group`, a clause of its own, start at token k? Not a relative clause's antecedent
    ("and other providers who have been killed": the providers are the first clause's object)."""
    subject = a.subject_of(group)
    return subject is not None and subject[0] == k and subject[1] < len(a.tokens) \
        and a.tokens[subject[1]].text.lower() not in ("who", "which", "that", "whom", "whose")


_GAP_AFTER_TAGS = frozenset({"IN", ",", ".", ":"})  # (not "to": "the stake it has agreed to buy" has its gap later)
# Verbs whose object may stand before a clause of its own ("told the reporters he would resign"): no relative.
_TELLING_VERBS = frozenset({"tell", "inform", "assure", "warn", "remind", "convince", "persuade", "notify",
                            "promise", "show", "teach", "advise", "ask"})
TELLING_VERBS = _TELLING_VERBS  # (for news: a telling verb's hearer before its clause with no "that")
# The words of a telling verb's object, its audience ("reporters", "the BBC", "Israel's Channel One").
_AUDIENCE_TAGS = frozenset({"DT", "PRP$", "PRP", "JJ", "NN", "NNS", "NNP", "NNPS", "CD", "POS"})
# Telling verbs that want their audience ("informs that" is no English): without it they are told as "say".
_TOLD_AS_SAID = frozenset({"tell", "inform", "notify", "remind", "assure", "convince", "persuade"})
_SAY_FORMS = {"VBZ": "says", "VBP": "say", "VB": "say", "VBD": "said", "VBN": "said", "VBG": "saying"}



def _frame_remainder(rest: Sequence[Token], group: VerbGroup) -> bool:
    """Are `rest`, the words after a reporting verb, only its frame's: a telling verb's audience ("told
    reporters", "assured residents") and then phrases of a preposition and a noun phrase ("in Brello", "in a
    statement"), nothing that could be what was said?"""
    lemmas = verb_lemmas(group.main.text)
    if lemmas.isdisjoint(REPORTING_LEMMAS) and lemmas.isdisjoint(_TOLD_AS_SAID):
        return False
    k = 0
    if not lemmas.isdisjoint(_TOLD_AS_SAID):
        while k < len(rest) and rest[k].pos in _AUDIENCE_TAGS:
            k += 1
    while k < len(rest):
        if rest[k].pos != "IN" or rest[k].text.lower() in ("that", "whether", "if") \
                or k + 1 == len(rest) or rest[k + 1].pos not in _AUDIENCE_TAGS:
            return False
        k += 1
        while k < len(rest) and rest[k].pos in _AUDIENCE_TAGS:
            k += 1
    return True


def _as_saying(verb: str, group: VerbGroup) -> str:
    """The title's `verb` (the group's words, maybe put in the present) with a telling verb that wants its
    audience ("tells", "told", "has informed") as the same form of "say"; other telling verbs ("warns",
    "promised") stay."""
    if verb_lemmas(group.main.text).isdisjoint(_TOLD_AS_SAID):
        return verb
    words = verb.split()
    last = words[-1].lower()
    tag = "VBZ" if last.endswith("s") else "VBG" if last.endswith("ing") else \
        group.main.pos if last == group.main.text.lower() else "VBP"
    return " ".join(words[:-1] + [_SAY_FORMS.get(tag, "said")])


# The relative words of an object relative clause ("the bridge which/that the army built in 1944").
_OBJECT_RELATIVES = frozenset({"which", "whom", "that"})


def _only_dropped_until_outer(a: SentenceAnalysis, group: VerbGroup, drop: set[int]) -> bool:
    """Are the words between `group` and the next verb group all the date's (dropped) or adverbs, or after the date
    a conjunction and words with no verb (another time joined to it: "in the late 1980s and early 1990s")? Then an
    object relative clause ends there, its object the gap ("The bridge that the army built in 1944 still stands");
    else it goes on in words the title cannot place."""
    return _coordinated_after_date(a, group, drop) is not None or all(
        i in drop or a.tokens[i].pos in ("RB", "RBR", "RBS", ".") for i in range(group.last + 1, _outer_first(a, group)))


def _outer_first(a: SentenceAnalysis, group: VerbGroup) -> int:
    """The first token of the verb group after `group` (the sentence's end when none)."""
    following = bisect_right(a.group_firsts, group.last)
    return a.groups[following].first if following < len(a.groups) else len(a.tokens)


def _coordinated_after_date(a: SentenceAnalysis, group: VerbGroup, drop: set[int]) -> int | None:
    """The conjunction right after the date (dropped words) that follows `group`, when only dropped words or adverbs
    come before it and no verb after it up to the next verb group ("aroused in the late 1980s | and early 1990s
    remains"): the relative clause's words end there. Else None."""
    tokens = a.tokens
    outer = _outer_first(a, group)
    i = group.last + 1
    while i < outer and (i in drop or tokens[i].pos in ("RB", "RBR", "RBS")):
        i += 1
    if i == group.last + 1 or i >= outer or i - 1 not in drop or tokens[i].pos != "CC" \
            or any(t.pos[:2] in ("VB", "MD", "WD", "WP") or t.text in _CORE_ENDS for t in tokens[i + 1:outer]):
        return None
    return i


_NOUN_PHRASE_TAGS = frozenset({"DT", "PRP$", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "CD", "POS"})
_PREPOSITION_WALK_LIMIT = 4  # (prepositional phrases stepped over back to a relative clause's head noun)


def _preposition_to(tokens: Sequence[Token], i: int) -> bool:
    """Is the "to" at `i` a preposition, a noun phrase after it ("dated to the early 17th century"), not an
    infinitive's ("the stake it has agreed to buy": its gap is later)?"""
    return tokens[i].pos == "TO" and i + 1 < len(tokens) and tokens[i + 1].pos in _NOUN_PHRASE_TAGS


def _head_before_prepositions(tokens: Sequence[Token], j: int) -> int:
    """The last word of the noun phrase a which/that clause attaches to, when the noun ending at `j` is a
    preposition's object inside it: "a carved wooden figure in his net near Holma, which the museum dated" is
    the figure's. Steps back over at most a few prepositional phrases, to the last noun phrase before them that opens
    with a determiner or possessive (after a verb, "sailed to Oslo, which ...", the preposition's object is the head)."""
    head = j
    for _ in range(_PREPOSITION_WALK_LIMIT):
        start = j
        while start > 0 and tokens[start - 1].pos in _NOUN_PHRASE_TAGS:
            start -= 1
        p = start - 1  # the preposition before this noun phrase
        if start > j or p < 2 or tokens[p].pos != "IN" or tokens[p].text.lower() in ("of", "than", "that") \
                or tokens[p - 1].pos not in ("NN", "NNS", "NNP", "NNPS", "JJ"):
            break
        head_start = p - 1
        while head_start > 0 and (tokens[head_start - 1].pos in _NOUN_PHRASE_TAGS
                                  or tokens[head_start - 1].pos in ("VBG", "VBN") and head_start > 1
                                  and tokens[head_start - 2].pos in ("DT", "PRP$")):
            head_start -= 1
        if tokens[head_start].pos in ("DT", "PRP$"):
            head = j = p - 1
        elif head_start > 0 and tokens[head_start - 1].pos == "IN":
            j = p - 1  # (a bare noun phrase inside another prepositional phrase: "a plan for new housing near …")
        else:
            break
    return head


def _preposition_relative(tokens: Sequence[Token], s: int) -> bool:
    """Does a preposition and "whom"/"which" open the relative clause whose subject starts at token s ("with whom
    the king met", "to which the firm sold it")?"""
    return s >= 3 and tokens[s - 1].text.lower() in ("whom", "which") and tokens[s - 2].pos in ("IN", "TO") \
        and tokens[s - 2].text.lower() not in _CLAUSE_OPENERS


def _gap_antecedent(a: SentenceAnalysis, subject: tuple[int, int], group: VerbGroup,
                    drop: Collection[int] = ()) -> tuple[int, int] | None:
    """The antecedent of an object relative clause whose subject is a pronoun: "a treaty he had rejected in …"
    (no relative word), "the region, which they ruled for …", or any noun phrase after which/whom ("His wife,
    Signe, whom Aron Lind married in 1968": a name is an antecedent too). The verb must lack its object (a preposition or
    the clause's end right after it), and the noun phrase before must not be a telling verb's object ("told the
    reporters he would …"). The antecedent's token span, or None."""
    tokens = a.tokens
    s = subject[0]
    # (after its relative word, any subject: "the bridge, which the council built in 1968")
    told = s >= 1 and tokens[s - 1].text.lower() in _OBJECT_RELATIVES \
        or subject[1] - s == 1 and tokens[s].text.lower() in _SUBJECT_PRONOUNS
    after = group.last + 1
    if after < len(tokens) and tokens[after].pos not in _GAP_AFTER_TAGS:
        while after in drop:
            after += 1  # (the date right after the verb, a break after it: "which the presidents signed last May.")
    if not told or s < 2 \
            or any(tokens[i].pos not in ("RB", "RBR", "RBS") for i in range(subject[1], group.first)) \
            or group.first < subject[1] or (after < len(tokens) and tokens[after].pos not in _GAP_AFTER_TAGS
                                             and not _preposition_to(tokens, after)) \
            or group.main.pos not in ("VBD", "VBN", "VBP", "VBZ") or "VERB" not in all_lemmas(group.main.text.lower()):
        return None  # (an adverb may stand before the verb, the date or a preposition "to" right after it)
    j = s - 1
    relative = tokens[j].text.lower() in _OBJECT_RELATIVES
    if relative:
        j -= 1
        if _preposition_relative(tokens, s):
            j -= 1  # "Saddam, with whom the king met": the antecedent before the preposition (`_gap_preposition`)
        if tokens[j].text == ",":
            j -= 1
        if j >= 0 and tokens[s - 1].text.lower() != "whom":
            j = _head_before_prepositions(tokens, j)
    if relative and j >= 0 and tokens[j].pos in ("NNP", "NNPS") and tokens[s - 1].text.lower() != "that":
        # (not after "that", which a name before makes a complement's: "reported on Monday that the mayor had resigned")
        # "His wife, Signe, whom he married in 1968, …": a name is a noun phrase of its own
        start = j
        while start > 0 and tokens[start - 1].pos in ("NNP", "NNPS"):
            start -= 1
        return start, j + 1
    last = j  # the antecedent's last token
    if not relative:
        head = head_before_figures(tokens, j)  # ("above the range of $18 to $20 it had set last week")
        if head != j and head >= 0 and tokens[head].pos in ("NN", "NNS"):
            j = head
    if j < (0 if relative else 1) or tokens[j].pos not in ("NN", "NNS"):
        return None
    start = j
    while start > 0 and tokens[start - 1].pos in ("DT", "PRP$", "JJ", "JJR", "JJS", "NN", "NNS", "CD", "VBG", "VBN") \
            and not (tokens[start - 1].pos in ("VBG", "VBN") and start - 1 > 0
                     and tokens[start - 2].pos not in ("DT", "PRP$")):
        start -= 1  # (a participle right after the determiner is an adjective: "a carved wooden figure")
    if start == 0 and relative and tokens[start].pos in ("DT", "PRP$", "CD"):
        # "The bridge, which they built in 1968, collapsed": the outer clause's subject, told by its relative word
        # (without one, "This year they moved in June" has no relative clause)
        return start, j + 1
    if start == 0 or tokens[start].pos not in ("DT", "PRP$", "CD") \
            or not (tokens[start - 1].pos[:2] == "VB" or tokens[start - 1].pos in ("IN", "TO", ",")):
        return None  # (a noun phrase that is a verb's object, a preposition's or an appositive)
    if _TELLING_VERBS & verb_lemmas(tokens[start - 1].text):
        return None
    return start, last + 1


def _respaced(runs: Sequence[Sequence[Token]]) -> list[Token]:
    """Runs of tokens from different places of a sentence, in this order, as one: each token moved so that
    `_join` spaces them as the source does within a run and with one space between runs."""
    out: list[Token] = []
    for run in runs:
        for k, t in enumerate(run):
            gap = 1 if k == 0 or t.start > run[k - 1].end else 0
            start = out[-1].end + gap if out else t.start
            out.append(Token(t.text, start, start + len(t.text), t.pos))
    return out


# Verbs of announcing: "It was announced/reported/confirmed that …" tells the clause as done. The passive of
# any other verb of saying or knowing keeps its frame: "It was alleged/rumored/feared/believed that …" does not.
ANNOUNCING_LEMMAS = frozenset({"announce", "say", "report", "confirm", "disclose", "reveal", "state", "declare",
                               "note", "acknowledge", "admit", "publish"})
# What may stand between the expletive frame's participle or "until" and its "that": a phrase of when, where or by
# whom ("announced by the company on Monday that", "not until last Tuesday that").
_FRAME_PHRASE_TAGS = frozenset({"IN", "DT", "CD", "NNP", "NNPS", "NN", "NNS", "JJ", "POS", "RB", "PRP$"})
_SEEM = frozenset({"seem", "appear"})


@dataclass(frozen=True, slots=True)
class Expletive:
    """An "it" that stands for the clause after it: `that` is the index of the clause's "that"/"whether";
    `transparent` when the frame adds nothing to the clause's truth (a passive of announcing, "It was announced
    that …", or a cleft around a phrase, "It was not until Tuesday that …"), so the clause may be told alone."""
    that: int
    transparent: bool


def expletive(tokens: Sequence[Token], i: int) -> Expletive | None:
    """Is token `i` an "it" that stands for the "that" (or "whether") clause after it? "It was announced that …",
    "It has long been rumored that …", "It was not until Tuesday that …", "It is possible that …", "It seems
    that …". A telling verb's passive has a subject of its own ("it was informed that it had violated …"): no."""
    if i >= len(tokens) or tokens[i].text.lower() != "it":
        return None
    j = i + 1
    # (modals, "has", adverbs before the be form: "It has long been rumored", "It would not be")
    while j < len(tokens) and tokens[j].pos in ("MD", "VBZ", "VBD", "VBP", "VB", "RB") \
            and tokens[j].text.lower() not in _BE and not _SEEM & verb_lemmas(tokens[j].text):
        j += 1
    if j >= len(tokens) or not (tokens[j].text.lower() in _BE or _SEEM & verb_lemmas(tokens[j].text)):
        return None
    that = next((k for k in range(j + 1, min(len(tokens), j + 14))
                 if tokens[k].text.lower() in ("that", "whether") or tokens[k].text in (",", ";", ":", ".")), None)
    if that is None or tokens[that].text.lower() not in ("that", "whether"):
        return None
    frame = tokens[j + 1:that]
    if tokens[j].text.lower() not in _BE:
        return Expletive(that, False)  # "It seems (likely) that …"
    k = 0
    while k < len(frame) and frame[k].pos in ("RB", "RBR") or k < len(frame) and frame[k].text.lower() in _BE:
        k += 1  # ("has long been", "was not")
    if k < len(frame) and frame[k].pos in ("VBN", "VBD"):
        lemmas = verb_lemmas(frame[k].text)
        if _TELLING_VERBS & lemmas:
            return None  # "it was informed that …": someone's "it"
        if all(w.pos in _FRAME_PHRASE_TAGS for w in frame[k + 1:]):
            return Expletive(that, bool(ANNOUNCING_LEMMAS & lemmas) and tokens[that].text.lower() == "that")
        return Expletive(that, False)
    # A cleft around a phrase of time or place: "It was (not) until Tuesday that", "It was in 1990 that".
    cleft = k < len(frame) and frame[k].pos in ("IN", "TO") and tokens[that].text.lower() == "that" \
        and len(frame) > k + 1 and all(w.pos in _FRAME_PHRASE_TAGS for w in frame[k + 1:])
    return Expletive(that, cleft)


_FIGURE_JOINERS = frozenset({"to", "and", "-", "–", "or"})  # "$18 to $20", "5 and 6"
_FIGURE_TAIL_LIMIT = 8  # tokens of figures walked back over: the walk stays short


def head_before_figures(tokens: Sequence[Token], j: int) -> int:
    """The noun before "of" and the figures that end a noun phrase at token j ("the range of $18 to $20 [it had
    set]", "a price of 40 pence [they paid]"): the phrase's head, so that the relative clause after it finds its
    antecedent. j itself when no such figures end there; -1 when figures end there after no "of"."""
    if j < 1 or tokens[j].pos != "CD":
        return j
    k = j
    while k > 0 and j - k < _FIGURE_TAIL_LIMIT and (tokens[k].pos in ("CD", "$")
                                                    or tokens[k].text.lower() in _FIGURE_JOINERS):
        k -= 1
    return k - 1 if tokens[k].text.lower() == "of" else -1


def _contact_relative(a: SentenceAnalysis, group: VerbGroup) -> tuple[tuple[int, int], int, int | None] | None:
    """A relative clause with no relative word whose subject is a pronoun and whose object is the noun phrase
    before it: "The stake [it has agreed to buy] will double …", "the plant [it built in 2004] will close". The
    verb (or its one infinitive) lacks its object, only a prepositional phrase follows it, and a finite verb
    group comes after it with nothing but that phrase between: the outer clause's verb, whose subject is the
    noun phrase ("This year it has agreed to buy a stake" has none), unless the noun phrase is itself a verb's or
    a preposition's object. The noun phrase's token span, the gap's last token (the verb or the infinitive) and the
    outer group's index in `a.groups` (None: no outer verb); None otherwise."""
    tokens = a.tokens
    subject = a.subject_of(group)
    if subject is None or subject[1] - subject[0] != 1 or group.first != subject[1] \
            or tokens[subject[0]].text.lower() not in _NOMINATIVE | {"it", "you"}:
        return None
    j = subject[0] - 1
    noun = head_before_figures(tokens, j)
    if noun < 0 or tokens[noun].pos not in ("NN", "NNS"):
        return None
    start = noun
    while start > 0 and tokens[start - 1].pos in ("DT", "PRP$", "JJ", "JJR", "JJS", "NN", "NNS", "CD"):
        start -= 1
    if tokens[start].pos not in ("DT", "PRP$", "CD") \
            or start > 0 and not (tokens[start - 1].pos[:2] == "VB" or tokens[start - 1].pos in ("IN", "TO")):
        return None
    if start > 0 and _TELLING_VERBS & verb_lemmas(tokens[start - 1].text):
        return None  # "told the reporters he would …": the noun phrase is the telling verb's object
    gap = group.last
    if gap + 2 < len(tokens) and tokens[gap + 1].pos == "TO" and tokens[gap + 2].pos == "VB":
        gap += 2  # "has agreed to buy": the infinitive's object is the gap
    if gap + 1 < len(tokens) and tokens[gap + 1].pos not in ("IN", "RB", ",", ".", ":", "MD", "VBZ", "VBD", "VBP"):
        return None  # the verb has an object of its own: no gap
    following = bisect_right(a.group_firsts, group.last)
    clause = a.clause_at(group.first)
    if following >= len(a.groups) or clause is not None and a.groups[following].first >= clause[1]:
        # No outer verb in the clause: the noun phrase is a verb's or a preposition's object ("most of the stake
        # it has agreed to acquire in …"), never the sentence's opening subject.
        return ((start, j + 1), gap, None) if start > 0 else None
    outer = a.groups[following]
    between = tokens[gap + 1:outer.first]
    if outer.first <= gap or not outer.finite \
            or any(t.pos not in ("IN", "RB", "DT", "CD", "JJ", "NN", "NNS", "NNP") for t in between):
        return None
    return (start, j + 1), gap, following


def participle_agent_clause(sentence: str, date_start: int, date_end: int, *,
                            names: frozenset[str] = frozenset()) -> str | None:
    """A date at the end of a participle phrase's agent, after a comma: "..., followed by Manuel and Ana in
    1984" → "Manuel and Ana follow". The agent did what the participle says; the title is it and the verb
    in headline present (lemminflect's, certain), else None."""
    a = analyse_sentence(sentence)
    tokens = a.tokens
    d0 = bisect_right(a.token_ends, date_start)
    if d0 < 3 or d0 >= len(tokens) or tokens[d0 - 1].pos != "IN" or tokens[d0 - 1].text.lower() == "by":
        return None
    k = d0 - 1  # the agent's noun phrase: back to "by"
    while k > 0 and (tokens[k - 1].pos in _NOUN_PHRASE - {"PRP"} or tokens[k - 1].text.lower() == "and"):
        k -= 1
    by = k - 1
    if by < 2 or k == d0 - 1 or tokens[by].text.lower() != "by" or tokens[by - 1].pos not in ("VBN", "VBD") \
            or tokens[by - 2].text != "," or not any(t.pos in _NOUN for t in tokens[k:d0 - 1]):
        return None
    agent = tokens[k:d0 - 1]
    participle, plural = tokens[by - 1].text.lower(), bool(_plural_phrase(agent, names))
    # (lemminflect lists a regular verb's participle as its past form only)
    forms = _present_forms(participle, plural, "VBN") or _present_forms(participle, plural, "VBD")
    if len(forms) != 1:
        return None
    return capitalised(f"{_join(agent)} {forms[0]}")


def _inverted_subject(a: SentenceAnalysis, group: VerbGroup) -> tuple[int, int] | None:
    """The subject after the verb of an inverted clause: "Then came another sister", "In 1975 came a storm".
    Only adverbs and a prepositional phrase (a preposition first, then its noun phrase) stand before the verb
    in its clause; right after the verb a noun phrase that opens with a determiner or a name and holds a
    noun. None otherwise ("In 1990 there was", "In 1990 sales rose" have their subject before the verb)."""
    tokens = a.tokens
    clause = a.clause_at(group.first)
    if clause is None or len(group.words) != 1 or group.main.pos not in ("VBD", "VBZ", "VBP") \
            or any(t.text in _CLOSE_QUOTES or t.text in _OPEN_QUOTES for t in tokens[:group.first]):
        return None  # ("'We will not go,' said Ana Ruiz": a reporting frame, whose title is what was said)
    before = [t for t in tokens[clause[0]:group.first] if t.pos not in ("RB", "RBR", "RBS", ",")]
    if before and (before[0].pos != "IN" or any(t.pos not in _NOUN_PHRASE - {"PRP"} for t in before[1:])):
        return None
    i = group.last + 1
    if i >= len(tokens) or tokens[i].pos not in ("DT", "PRP$", "NNP", "NNPS", "CD"):
        return None
    end = i
    while end < clause[1] and tokens[end].pos in _NOUN_PHRASE - {"PRP", "POS"}:
        end += 1
    if not any(t.pos in _NOUN for t in tokens[i:end]):
        return None
    return i, end


# The words of a noun phrase that a fronted preposition governs ("among the stolen works", "at stake") or that
# follows "by"/"of" in an inverted subject ("by Pieter de Graaf").
_FRONTED_OBJECT_WORDS = _NOUN_PHRASE - {"PRP"} | {"VBN", "VBG", "FW"}
_INVERTED_SUBJECT_OPENERS = frozenset({"DT", "PRP$", "NNP", "NNPS", "CD", "JJ"})


def _fronted_inversion(a: SentenceAnalysis, group: VerbGroup) -> tuple[tuple[int, int], list[int]] | None:
    """A fronted phrase, "be", then the subject: "Among the dead was a French journalist", "Also killed were two
    soldiers", "At stake is the country's credit rating", "Included in the sale were three paintings". Before the
    verb stand only adverbs, at most one participle (or an adjective with a phrase after it), and prepositional
    phrases each of one noun phrase (a determiner only at its start: "In Paris the company was" has its subject
    there); after it a noun phrase or a quoted title, with a "by"/"of" phrase ("a painting by X"). Returns the
    subject's span and the fronted phrase's words (no commas), which a title puts after the verb: "A French
    journalist is among the dead". None otherwise, and after a subordinator ("After the war was over")."""
    tokens = a.tokens
    clause = a.clause_at(group.first)
    if clause is None or len(group.words) != 1 or group.main.text.lower() not in _BE \
            or group.main.pos not in ("VBD", "VBZ", "VBP") \
            or any(t.text in _CLOSE_QUOTES or t.text in _OPEN_QUOTES for t in tokens[:group.first]):
        return None
    fronted = list(range(clause[0], group.first))
    k = 0
    while k < len(fronted) and tokens[fronted[k]].pos in ("RB", "RBR", "RBS", ","):
        k += 1
    participle = k < len(fronted) and tokens[fronted[k]].pos in ("VBN", "JJ")
    k += participle
    phrases = 0
    while k < len(fronted):
        if tokens[fronted[k]].text == ",":  # (a comma ends a phrase: "In Saudi Arabia, today is" has a subject)
            k += 1
            continue
        preposition = tokens[fronted[k]]
        if preposition.pos not in ("IN", "TO") or preposition.text.lower() in _OPENING_SUBORDINATORS \
                or preposition.text.lower() in ("that", "like", "for", "so"):
            return None
        k += 1
        start = k
        while k < len(fronted) and tokens[fronted[k]].pos in _FRONTED_OBJECT_WORDS \
                and (k == start or tokens[fronted[k]].pos not in _SUBJECT_OPENERS):
            k += 1
        if not any(tokens[fronted[m]].pos in _NOUN or tokens[fronted[m]].pos == "CD" for m in range(start, k)):
            return None
        phrases += 1
    fronted = [k for k in fronted if tokens[k].text != ","]
    if not phrases and not (participle and fronted and tokens[fronted[-1]].pos == "VBN"):
        return None  # (nothing fronted, or a lone adjective: "Japanese were the largest buyers")
    i = group.last + 1
    if i >= len(tokens) or i >= clause[1] and tokens[i].text not in _OPEN_QUOTES:
        return None  # (a quotation opens a clause of its own in `clauses`: the title's is the subject here)
    limit = len(tokens) if tokens[i].text in _OPEN_QUOTES else clause[1]
    if tokens[i].text in _OPEN_QUOTES:
        close = _quoted_object_end(tokens, i)
        if close is None or not tokens[i + 1].text[:1].isupper():
            return None
        end = close + 1  # a quoted title: "Woman Reading by a Window"
    elif tokens[i].pos in _INVERTED_SUBJECT_OPENERS:
        end = i
        while end < clause[1] and tokens[end].pos in _NOUN_PHRASE - {"PRP", "POS"} | {"POS"}:
            end += 1
        if not any(t.pos in _NOUN for t in tokens[i:end]):
            return None
    else:
        return None
    if end + 1 < limit and tokens[end].text.lower() in ("by", "of") and tokens[end + 1].pos in _NOUN_PHRASE:
        tail = end + 1
        while tail < limit and tokens[tail].pos in _FRONTED_OBJECT_WORDS:
            tail += 1
        if any(t.pos in _NOUN for t in tokens[end + 1:tail]):
            end = tail  # "... by Pieter de Graaf", "two soldiers of the border guard"
    return (i, end), fronted


def is_fronted_inversion(sentence: str, verb_start: int) -> bool:
    """Does the verb group starting at character `verb_start` have its subject after it, a fronted phrase before
    it ("Among the stolen works is "X" by Y, …": the words before "is" are no subject)? (`_fronted_inversion`)"""
    a = analyse_sentence(sentence)
    g = bisect_right(a.group_firsts, bisect_right(a.token_ends, verb_start)) - 1
    return g >= 0 and a.groups[g].start == verb_start and _fronted_inversion(a, a.groups[g]) is not None


def _coordinated_passive_participle(a: SentenceAnalysis, group: VerbGroup, subject: tuple[int, int],
                                    d0: int) -> int | None:
    """The participle after "and" that the date at token d0 belongs to, coordinated with the passive `group`
    ("was built in 1950 and sold in 1972", "were arrested in 2021 and sentenced in 2023"), or None. The participle
    stands right before the date or its preposition; no finite verb, comma or other "and" between the group and
    it; the group is a passive ("be" then its participle) after its subject."""
    tokens = a.tokens
    if len(group.words) < 2 or group.words[-1].pos != "VBN" or group.words[-2].text.lower() not in _BE \
            or subject[1] > group.first:
        return None
    p = d0 - 1
    while p > group.last + 1 and d0 - p <= 6 and tokens[p].pos != "VBN" and not tokens[p].pos.startswith(("VB", "MD")) \
            and tokens[p].text not in (",", ";", "and", "or"):
        p -= 1  # back over the participle's own words: "listed on the exchange in 1998"
    if p <= group.last + 1 or tokens[p].pos != "VBN" or not tokens[p].text.islower() \
            or tokens[p - 1].text.lower() != "and":
        return None
    first_part = tokens[group.last + 1:p - 1]
    if any(t.pos in ("VBD", "VBZ", "VBP", "MD", "WDT", "WP") or t.text in (",", ";", ".", "and", "or")
           for t in first_part):
        return None
    # the first participle has a date of its own ("built in 1950"): else both are of this date ("was arrested and
    # charged on Monday")
    return p if any(t.pos == "CD" or t.text[:1].isupper() and t.text.lower().rstrip(".") in _CALENDAR_WORDS
                    for t in first_part) else None


def _participle_after_inverted(tokens: Sequence[Token], subject_end: int, d0: int) -> int | None:
    """The participle whose phrase holds the date at d0, in a run of participle phrases right after an inverted
    subject and its comma ("..., painted around 1660 and bought by the museum in 1978"), or None: no finite verb
    nor sentence break between."""
    if subject_end + 1 >= d0 or tokens[subject_end].text != "," or tokens[subject_end + 1].pos != "VBN":
        return None
    if any(t.pos in ("VBD", "VBZ", "VBP", "MD") or t.text in (".", ";", "!", "?") for t in tokens[subject_end:d0]):
        return None
    for j in range(d0 - 1, subject_end, -1):
        if tokens[j].pos == "VBN" and tokens[j - 1].text.lower() in (",", "and", "or"):
            return j
    return None


# Verbs whose clause after a comma may be a frame reporting the clause before it ("…, officials said", "…, the
# company announced", '"We will win," he shouted'): the clause-taking ones, of publishing and of speaking.
_FRAME_LEMMAS = _CLAUSE_TAKING_LEMMAS | frozenset({
    "disclose", "publish", "tweet", "post", "text", "email", "shout", "yell", "scream", "cry", "whisper", "joke",
    "quip", "exclaim", "boast", "complain", "concede", "counter", "remark", "recount", "reiterate", "assert",
    "maintain", "contend", "lament", "plead", "urge", "continue", "laugh", "sigh", "murmur", "mutter", "retort",
    "chant", "sing", "read", "calculate"})


def _may_report(group: VerbGroup) -> bool:
    """Can the verb group be a closing frame's verb, whose clause before the comma is what it reports?"""
    return not verb_lemmas(group.main.text).isdisjoint(_FRAME_LEMMAS)


def _reported_content(a: SentenceAnalysis, subject: tuple[int, int], drop: set[int], room: int,
                      names: frozenset[str] = frozenset()) -> list[Token]:
    """What a reporting frame after a comma reports: in "Discussions have been renewed, a Justice official
    said Thursday" the frame's verb has nothing after it, and the clause before the comma is what was said,
    so the title is "A Justice official says discussions have been renewed" (the content in the source's
    words and tense). A quotation (""The bridge will reopen," the council said") is reported so too, unless it
    speaks in its speaker's own person ("our", "I", "you": no title's words). Empty when no comma stands before
    the frame's subject, or the content has no subject and verb of its own."""
    tokens = a.tokens
    comma = subject[0] - 1
    if comma >= 3 and tokens[comma].text in _CLOSE_QUOTES and tokens[comma - 1].text == ",":
        comma -= 1  # (a quotation's comma inside its closing mark)
    if comma < 2 or tokens[comma].text != ",":
        return []
    quoted = any(t.text in _CLOSE_QUOTES or any(ch in t.text for ch in '"“`‘') for t in tokens[:subject[1]])
    if quoted and any(t.text.lower() in _FIRST_AND_SECOND_PERSON and not _abbreviation(t.text)
                      for t in tokens[:comma]):
        return []  # A quotation in the speaker's own person is no title's
    for group in a.groups:
        if group.last >= comma:
            break
        span = a.clause_at(group.first)
        if span is None or _is_relative(tokens[span[0]]):
            continue
        content_subject = a.subject_of(group)
        if content_subject is None and group.first >= 1 and tokens[group.first - 1].pos == "EX":
            # "There will be an appeal, local media reported": an existential clause's "there" stands where its
            # subject does (the subject walk finds no noun phrase for it); what was reported is the clause whole
            content_subject = (group.first - 1, group.first)
        if content_subject is None or content_subject[0] > group.first:
            continue
        k = _quantified_start(tokens, content_subject[0])
        if not (k == 0 or tokens[k - 1].text == "," or k == 1 and (tokens[0].pos in ("CC", "RB")
                                                                     or tokens[0].text in _OPEN_QUOTES)):
            # Words before the subject that found no place in it ("Under the plan | the state will pay"): the subject
            # may not be the clause's, and half a clause would misreport it.
            return []
        if any(t.text == "," for t in tokens[k:content_subject[1]]):
            # A listed subject ("Poland, Hungary and the Czech Republic can now take part"): its commas are no
            # aside's, so the subject goes whole and the clause is read on from its end.
            head = [t for i, t in enumerate(tokens[k:content_subject[1]], k) if i not in drop]
            rest = _complement_words(a, (content_subject[1], comma), drop, room - sum(len(t.text) + 1 for t in head))
            words = head + rest if rest else []
        else:
            between = range(content_subject[1], group.first)
            if between and tokens[between[0]].pos in ("VBN", "VBG", "TO") \
                    and not any(tokens[i].text == "," or _is_relative(tokens[i]) for i in between) \
                    or len(between) > 2 and tokens[between[0]].text == "," and tokens[between[-1]].text == ",":
                # Words between the subject and its verb that the subject walk passed ("a false address | listed
                # on the forms | will cost", asides between commas: "Kopp, 44, of Vermont, was seen"): a modifier,
                # left out as the title's own subject leaves it out.
                adverbs = group.first
                while adverbs > content_subject[1] and tokens[adverbs - 1].pos in ("RB", "RBR", "RBS"):
                    adverbs -= 1
                drop = drop | set(range(content_subject[1], adverbs))
            # (after its frame, "An official says …", a long subject's further phrases give way as a title's do)
            core = _subject_core_end(tokens, content_subject, _SUBJECT_ROOM - len(group.text) - 1)
            words = _complement_words(a, (k, comma), drop | set(range(core, content_subject[1])), room)
        if words and (words[0].pos not in ("IN", "TO") or k < content_subject[0] or bounds_number(tokens, k)):
            return [_lower_first(words[0], names)] + words[1:]
        break
    return []


def _quantified_start(tokens: Sequence[Token], k: int) -> int:
    """Where a subject that starts at token k starts with the number that counts it and the number's own
    comparison before it, which the subject walk leaves out: "At least 11 | people", "More than 4,000 | people",
    "Nearly | 200 people" (a comparison of a preposition and a superlative, a comparative and a preposition, or
    an adverb). k itself when no number opens the subject or stands right before it."""
    if k < len(tokens) and tokens[k].pos == "CD":
        j = k  # ("Nearly | 200 homes": the walk took the number)
    elif k >= 1 and tokens[k - 1].pos == "CD":
        j = k - 1
    else:
        return k
    if j >= 2 and (tokens[j - 2].pos == "IN" and tokens[j - 1].pos == "JJS"
                   or tokens[j - 2].pos in ("JJR", "RBR") and tokens[j - 1].pos == "IN"):
        return j - 2  # "at least 11", "more than 4,000"
    if j >= 1 and tokens[j - 1].pos == "RB":
        return j - 1  # "nearly 200"
    return j


# The words that make a quotation the speaker's own ("our core businesses", "I was nervous"): reported in the title's
# third person they would say something else.
_FIRST_AND_SECOND_PERSON = frozenset({"i", "me", "my", "mine", "we", "us", "our", "ours", "you", "your", "yours"})


def _abbreviation(word: str) -> bool:
    """A word of two letters or more all in capitals is an abbreviation, not a pronoun: "US troops" (which the
    tagger reads as "us") is no speaker's own person. ("I" is one letter: still the pronoun.)"""
    return len(word) > 1 and word.isupper()


def _lower_first(word: Token, names: frozenset[str]) -> Token:
    """The content's first word as it reads mid-sentence: "Discussions" → "discussions"; names and "I" keep
    their capital: a word tagged as a name, one the article capitalises mid-sentence too, one with another
    capital inside, and one whose lower-case form the dictionary does not know ("Hungarian")."""
    text = word.text
    if text == "I" or text[1:] != text[1:].lower():
        return word
    if word.pos not in ("DT", "PDT", "PRP", "PRP$", "EX", "CD", "IN") \
            and (word.pos in ("NNP", "NNPS") or text in names or not all_lemmas(text.lower())):
        return word  # (a determiner is one whatever the article capitalises: "The New York Times")
    return word._replace(text=text[:1].lower() + text[1:])


_GAP_OPENERS = frozenset({"DT", "PRP$", "CD", "NNP", "NNPS", "JJ", "NN", "NNS"})
_GAP_ENDS = frozenset({".", "!", "?", ";", ","})


def _gapped_remnant(a: SentenceAnalysis, group: VerbGroup, d0: int, d1: int) -> tuple[int, int] | None:
    """The object of a gapped conjunct that the date at tokens [d0, d1] opens, as a token span: in "Apple
    introduced the iMac, in 2001 the iPod music player" the clause of 2001 has no verb of its own and
    shares "Apple introduced", so its what is "the iPod music player". None unless the date follows the
    verb group after a comma (with its preposition, and "and" or "then"), and a noun phrase with no verb
    group follows the date up to a comma or the sentence's end."""
    tokens = a.tokens
    k = d0 - 1
    if k >= 0 and tokens[k].pos in ("IN", "TO"):
        k -= 1
    if k >= 0 and tokens[k].text.lower() in ("and", "then"):
        k -= 1
    if k <= group.last or tokens[k].text != ",":
        return None
    start = d1 + 1
    if start >= len(tokens) or tokens[start].pos not in _GAP_OPENERS:
        return None
    end = start
    while end < len(tokens) and tokens[end].text not in _GAP_ENDS:
        if tokens[end].text.lower() == "and" and _opens_own_clause(a, end):
            break  # "…, in 2001 the iPod and the following year the OS was released": a clause of its own
        # ("an experienced/VBN goalkeeper": a modifier; a real verb is a verb group, refused below)
        if tokens[end].pos not in _NOUN_PHRASE | {"VBN", "VBG"} or tokens[end].text.lower() in _MAY_OPEN:
            return None  # a verb, preposition or clause of its own: no bare object
        end += 1
    if end - start < 2 or (end < len(tokens) and tokens[end].text == "," and end + 1 < len(tokens)
                           and tokens[end + 1].pos not in ("CC", "IN")):
        return None
    nxt = bisect_right(a.group_firsts, d1)
    if nxt < len(a.groups) and a.groups[nxt].first < end:
        return None
    return start, end


def _opens_own_clause(a: SentenceAnalysis, conjunction: int) -> bool:
    """Whether the "and" at `conjunction` opens a clause with its own subject and verb (the next verb group's
    subject starts after it), rather than joining two nouns of one subject ("the iPod and the iMac were")."""
    g = bisect_right(a.group_firsts, conjunction)
    if g >= len(a.groups):
        return False
    subject = a.subject_of(a.groups[g])
    return subject is not None and subject[0] > conjunction


def is_gapped(sentence: str, date_start: int, date_end: int) -> bool:
    """Whether the date at [date_start, date_end) opens a gapped conjunct that shares the verb before it
    ("…, and in 2017 an experienced goalkeeper"): its title needs the sentence up to that verb."""
    a = analyse_sentence(sentence)
    span = _date_tokens(a, date_start, date_end)
    if span is None:
        return False
    g = bisect_right(a.group_lasts, span[0] - 1) - 1
    return g >= 0 and _gapped_remnant(a, a.groups[g], *span) is not None


def _past_relative(a: SentenceAnalysis, span: tuple[int, int], verbs: set[int]) -> tuple[tuple[int, int], tuple[int, int]]:
    """A complement clause with no verb that a relative clause ends ("that a suspect | who was returned ... |
    had not admitted"): the span on to the end of the clause after the relative one, and the relative
    clause's span; else the span as it is and an empty one."""
    tokens = a.tokens
    end = span[1]
    if end >= len(tokens) or not _is_relative(tokens[end]) or any(k in verbs for k in range(*span)):
        return span, (0, 0)
    relative = a.clause_at(end)
    if relative is None or relative[1] >= len(tokens):
        return span, (0, 0)
    after = a.clause_at(relative[1])
    if after is None or after[0] != relative[1] or relative[1] not in verbs:
        return span, (0, 0)
    return (span[0], after[1]), relative


# The words that open a condition, which what is said holds only under.
_CONDITION_OPENERS = frozenset({"if", "unless", "once", "until", "provided"})


def _fronted_phrase(words: Sequence[Token]) -> bool:
    """Are `words` (a complement's words after its "that", up to a comma) a prepositional phrase alone ("according
    to provisional results", "after a long chase", "in a statement"), no condition ("if ...") and no subject?"""
    if not words:
        return False
    first = words[0].text.lower()
    if first == "according":
        return len(words) > 2 and words[1].text.lower() == "to"
    return words[0].pos == "IN" and first != "that" and first not in _CONDITION_OPENERS and len(words) > 1


def _complement_words(a: SentenceAnalysis, span: tuple[int, int], drop: set[int], room: int) -> list[Token]:
    """The words of a "that" complement clause at `span` up to its first comma, skipping an aside between
    two commas that stands before the complement's verb ("that a beta version of FaceTime, Apple's video
    calling application, would be available"). Empty when a comma (or the length) cuts the complement
    before its verb: a title never ends inside an unfinished "that" clause, it stops before "that". A
    complement that runs to its end unbroken stays, verb found or not ("that the phone ships/NNS in June",
    "answers that question")."""
    tokens = a.tokens
    words: list[Token] = []
    size = 0
    has_verb = False
    verbs = set(a.group_firsts)
    span, relative = _past_relative(a, span, verbs)
    i = span[0]
    while i < span[1]:
        if relative[0] <= i < relative[1]:
            i = relative[1]  # "that a suspect (who was returned from Pakistan) had not admitted ...": the subject's
            continue         # relative clause goes, the complement goes on at its verb
        has_verb = has_verb or i in verbs
        if size > room:
            break
        if i in drop and tokens[i].text == ",":
            i += 1  # (a comma of the asides the caller left out: "Kopp, 44, of Vermont, was seen")
            continue
        if tokens[i].text == ",":
            if has_verb and len(words) > 1 and words[0].text.lower() == "that" \
                    and words[1].text.lower() in _OPENING_SUBORDINATORS and words[1].pos in ("IN", "WRB") \
                    and words[1].text.lower() not in _CONDITION_OPENERS:
                # "that while the court has called for calm, the police was arresting people": the complement's own
                # setting clause goes; what was said goes on after its comma. (Not a condition: "that if no deal is
                # reached, buyers will be sought" says nothing without it.)
                words, size, has_verb = words[:1], len(words[0].text) + 1, False
                i += 1
                continue
            g = bisect_right(a.group_firsts, i)
            if not has_verb and words and words[0].text.lower() == "that" and _fronted_phrase(words[1:]) \
                    and g < len(a.groups) and a.groups[g].first < span[1]:
                # "that according to provisional results, Solih had won", "that after a long chase, the suspect was
                # arrested": a phrase of source, time or place fronted in the complement, with no verb of its own,
                # is its setting; what was said is the clause after its comma, as after a setting clause.
                words, size = words[:1], len(words[0].text) + 1
                i += 1
                continue
            if has_verb:
                break
            if g < len(a.groups) and a.groups[g].first == i + 1 and len(words) > 1:
                # "that arrests in connection with the riots, shall be done ...": a comma between the complement's
                # subject and its verb closes nothing
                i += 1
                continue
            close = next((j for j in range(i + 1, min(span[1] + 1, len(tokens))) if tokens[j].text == ","), None)
            if close is not None and i + 1 < len(tokens) and tokens[i + 1].pos in ("WDT", "WP") \
                    and (after := bisect_right(a.group_firsts, close)) < len(a.groups) \
                    and a.groups[after].first == close + 1:
                g = after  # "that the bridge, which opened in 1990, will close": the relative aside goes whole
            if close is None or g >= len(a.groups) or not close < a.groups[g].first <= close + 1:
                break
            i = close + 1  # the aside goes; the complement goes on at its verb
            continue
        if i not in drop:
            words.append(tokens[i])
            size += len(tokens[i].text) + 1
        i += 1
    unbroken = i >= span[1] and not (span[1] < len(tokens) and tokens[span[1]].text == ",")
    if len(words) > 1 and words[0].text.lower() == "that" \
            and words[1].text.lower() in _OPENING_SUBORDINATORS and words[1].pos in ("IN", "WRB"):
        # Still inside the complement's own setting clause, its comma not reached ("that if those who ... are
        # worried about turning…"): no word yet of what was said.
        return []
    # "disputed that notion, …": "that" before a lone singular noun is a determiner, not a clause.
    s = span[0] + 1
    determiner = s < len(tokens) and tokens[s].pos == "NN" \
        and (s + 1 >= len(tokens) or tokens[s + 1].pos in (",", ".", ":", "IN", "CC"))
    return words if has_verb or unbroken or determiner else []


# A wire service's slug before its headline: a word in capitals, an optional version number, a hyphen, the headline
# ("UPDATE 3-RIM results beat ...", "WRAPUP 1-Storm ...", "CORRECTED-Bank ...").
_WIRE_SLUG = re.compile(r"(?P<slug>[A-Z]{4,})(?P<number>[ \t]+\d{1,2})?-(?=[A-Z0-9\"'“][^ \t]*[ \t]+[A-Za-z])")


def without_wire_slug(headline: str) -> str:
    """`headline` without a wire service's slug before it (`_WIRE_SLUG`): one with a version number ("UPDATE 3-",
    "WRAPUP 1-"), or a word in capitals that the lexicon knows as a common word ("CORRECTED-", "EXCLUSIVE-",
    "ANALYSIS-"), not a name joined to another ("NATO-Russia talks", "ASEAN-China trade")."""
    if "-" not in headline[:24]:
        return headline
    m = _WIRE_SLUG.match(headline)
    if m is None or m["number"] is None and lexicon_tag(m["slug"].lower()) in (None, "NNP", "NNPS"):
        return headline
    return headline[m.end():]


def capitalised(text: str) -> str:
    """The text with a capital first letter, unless its first word is written with an inner capital
    ("iPhone", "eBay"): a name that keeps its own spelling."""
    first = text.split(" ", 1)[0]
    rest = first[1:]
    # (ASCII, nearly always: an inner capital is a letter lower() changes; else each character is asked.)
    if rest != rest.lower() if rest.isascii() else any(ch.isupper() for ch in rest):
        return text
    return text[:1].upper() + text[1:]


def _dated_item_end(tokens: Sequence[Token], k: int) -> bool:
    """Whether token k ends an item "Spain in 1982" / "Peru in May 1994": a short date after a preposition."""
    j = k
    while j >= 0 and k - j < 3 and tokens[j].pos in ("CD", "NNP") and tokens[j].text[:1].isalnum():
        j -= 1
    return j < k and j >= 1 and tokens[j].pos == "IN" and tokens[j - 1].pos in _NOUN


def listed_item(sentence: str, date_start: int, date_end: int, *, names: frozenset[str] = frozenset()) -> str | None:
    """The title of one item of a list of dated objects of one verb: in "The alliance has expanded, adding
    Greece and Turkey in 1952, West Germany in 1955 and Spain in 1982" the date 1982 is Spain's, so its
    title is "The alliance adds Spain", not "Spain in 1982". The list needs two items at least ("X in D,
    Y in D'" or "X in D and Y in D'"); the verb (a past form or an "-ing" participle, put in headline
    present when the dictionary is certain) and its subject are those of the clause the list ends. None
    when the date is no such item."""
    a = analyse_sentence(sentence)
    tokens = a.tokens
    span = _date_tokens(a, date_start, date_end)
    if span is None or span[0] < 2 or tokens[span[0] - 1].pos != "IN":
        return None
    d0, d1 = span
    item = _list_item_start(tokens, d0 - 2, dated=True)
    if item is None:
        return None
    # Walk back over the items before this one to the verb whose objects they are.
    first, others = item, 0
    preposition = tokens[d0 - 1].text.lower()  # the items are parallel: "Greece in 1952, Spain in 1982"
    while first >= 2 and tokens[first - 1].text.lower() in (",", "and") and _dated_item_end(tokens, first - 2):
        j = first - 2
        while tokens[j].pos != "IN":
            j -= 1
        earlier = _list_item_start(tokens, j - 1, dated=True)
        if earlier is None or tokens[j].text.lower() != preposition:
            return None
        first, others = earlier, others + 1
    nxt = d1 + 1
    if nxt + 1 < len(tokens) and tokens[nxt].text.lower() in (",", "and"):
        following = next((j for j in range(nxt + 1, min(nxt + 8, len(tokens))) if tokens[j].pos == "IN"), None)
        if following is not None and tokens[following].text.lower() == preposition \
                and _list_item_start(tokens, following - 1, dated=True) == nxt + 1 \
                and any(_dated_item_end(tokens, k) for k in range(following + 1, min(following + 4, len(tokens)))):
            others += 1
    if not others or first < 1 or not tokens[first - 1].pos.startswith("VB"):
        return None
    verb_index = first - 1
    verb = tokens[verb_index]
    g = bisect_right(a.group_firsts, verb_index) - 1
    if g < 0:
        return None
    # The list's verb group, or (for "…, adding Greece in 1952") the clause's before the participle: its
    # subject is the participle's too.
    group = a.groups[g]
    subject = a.subject_of(group)
    if subject is None:
        return None
    plural = bool(a.subject_is_plural(group, names))
    if group.first <= verb_index <= group.last:
        verb_text = headline_verb(group, plural) or group.text
    elif verb.pos == "VBG":
        # (The participle's own spelling is not checked: "marvelling" and "stinging" are not the dictionary's.)
        forms = _present_forms(verb.text.lower(), plural, None)
        verb_text = _match_case(forms[0], verb.text) if forms else verb.text
    else:
        return None
    return capitalised(f"{_join(tokens[subject[0]:subject[1]])} {verb_text} {_join(tokens[item:d0 - 1])}")


def _date_tokens(a: SentenceAnalysis, date_start: int, date_end: int) -> tuple[int, int] | None:
    """The first and last token of the date phrase at [date_start, date_end), or None."""
    tokens = a.tokens
    d0 = bisect_right(a.token_ends, date_start)
    if d0 >= len(tokens) or tokens[d0].start >= date_end:
        return None
    d1 = min(max(bisect_right(a.token_ends, date_end - 1), d0), len(tokens) - 1)
    if tokens[d1].start >= date_end:
        d1 -= 1
    return d0, d1


def _sentence_date_tokens(sentence: str, date_start: int,
                          date_end: int) -> tuple[SentenceAnalysis, int, int] | None:
    """The sentence's analysis and the first and last tokens of the date at [date_start, date_end) (None: the date
    covers no token)."""
    a = analyse_sentence(sentence)
    span = _date_tokens(a, date_start, date_end)
    return None if span is None else (a, span[0], span[1])


def noun_phrase_of_date(sentence: str, date_start: int, date_end: int) -> tuple[int, int] | None:
    """The tokens (first, head) of the noun phrase the date at [date_start, date_end) modifies: a year between a
    determiner and its noun ("the 1993 film", "a 1971 convention") or a possessive date before its noun ("last
    week's talks"). None when the date modifies no noun (an adverbial: "in 1993", "on Friday")."""
    found = _sentence_date_tokens(sentence, date_start, date_end)
    if found is None:
        return None
    a, d0, d1 = found
    tokens = a.tokens
    n = len(tokens)
    if d1 + 2 < n and tokens[d1 + 1].pos == "POS" and tokens[d1 + 2].pos in _NOUN | {"JJ"}:
        return d0, d1 + 2
    if d0 > 0 and tokens[d0 - 1].pos in ("DT", "PRP$", "POS") and d0 == d1 and tokens[d0].pos == "CD" \
            and d1 + 1 < n and tokens[d1 + 1].pos in _NOUN | {"JJ", "VBG", "VBN"}:
        return d0 - 1, d1 + 1
    return None


def date_in_apposition(sentence: str, date_start: int, date_end: int) -> bool:
    """Is the date at [date_start, date_end) inside a noun phrase that a comma sets off after a noun, with no verb
    of its own up to its closing comma or the sentence's end ("Sloane Stephens, the 2017 U.S. Open champion",
    "Coulson, editor of the newspaper from 2003-2007, was convicted")? The apposition says what the noun before it
    was (the champion, the editor): the date is its predication's, not the clause's around it, whose verb tells
    another happening. Not a date the clause's verb reaches with no comma between ("performed in the 1993 film")."""
    found = _sentence_date_tokens(sentence, date_start, date_end)
    if found is None:
        return False
    a, d0, d1 = found
    tokens = a.tokens
    k = d0 - 1
    while k >= 0 and tokens[k].text != ",":
        if tokens[k].pos.startswith("VB") or tokens[k].pos in ("MD", "WDT", "WP", ":"):
            return False
        k -= 1
    if k < 1 or tokens[k - 1].pos not in _NOUN:
        return False
    for t in tokens[d1 + 1:]:
        if t.text == "," or t.pos == ".":
            break
        if t.pos.startswith("VB") or t.pos in ("MD", "WDT", "WP", ":"):
            return False
    return True


_PHRASE_PREPOSITIONS = frozenset({"of", "on", "in", "against", "to", "with", "between", "over", "into", "for", "at",
                                  "from", "by"})


# A date's preposition right after a reduced relative's participle ("founded in 1990", "published on Monday").
_PARTICIPLE_DATE_PREPOSITIONS = frozenset({"in", "on", "at", "during"})
# The words of a short noun phrase before a participle or after its "by" (no pronoun: "it issued" is a clause).
_SHORT_PHRASE_TAGS = _NOUN_PHRASE - {"PRP"}


def _short_noun_phrase_before(tokens: Sequence[Token], end: int) -> int | None:
    """The first token of the noun phrase that ends at token `end` - 1 with a noun: determiners, adjectives,
    numbers, possessives and nouns, through one "of" between nouns ("a block of shares") or before the number that
    ends it ("the record of 118", "a fine of 5,000"); None if none."""
    crossed_of = False
    if end >= 3 and tokens[end - 1].pos == "CD" and tokens[end - 2].text == "of" and tokens[end - 3].pos in _NOUN:
        end -= 2  # (the noun's phrase, of its number)
        crossed_of = True
    if end <= 0 or tokens[end - 1].pos not in _NOUN:
        return None
    start = end - 1
    while start > 0:
        before = tokens[start - 1]
        if before.pos in _NOUN and (tokens[start].pos in ("DT", "PRP$", "CD")
                                    or tokens[start].text[:1].isupper() and before.text.islower()):
            break  # another noun phrase ends before this one ("the gains these issues", "the systems Sun")
        if before.pos in _SHORT_PHRASE_TAGS:
            start -= 1
        elif before.text == "of" and not crossed_of and start >= 2 and tokens[start - 2].pos in _NOUN:
            start -= 2
            crossed_of = True
        else:
            break
    return start


def _short_noun_phrase_after(tokens: Sequence[Token], start: int, stop: int) -> int:
    """The end of the noun phrase from token `start` (before `stop`), one with a noun, or `start` if none."""
    end = start
    while end < stop and tokens[end].pos in _SHORT_PHRASE_TAGS:
        end += 1
    return end if any(t.pos in _NOUN for t in tokens[start:end]) else start


def _participle_in_next_subject(a: SentenceAnalysis, k: int) -> bool:
    """Is the verb group at token k a participle the tagger took for a past tense, inside the subject of the very
    next verb group ("A man arrested/VBD last night in connection with the robbery | has been charged": that
    group's subject is "A man", read past the participle by `_reduced_relative_verb`)? One subject look-up."""
    g = bisect_left(a.group_firsts, k)
    if g + 1 >= len(a.groups) or a.groups[g].first != k or a.groups[g].last != k:
        return False
    subject = a.subject_of(a.groups[g + 1])
    return subject is not None and subject[0] < k and subject[1] == k


def _clause_verb(a: SentenceAnalysis, k: int) -> bool:
    """Is token k the first finite verb of its clause ("The ambassador to Venezuela said on Tuesday": the noun
    phrase before it, however it ends, is its subject)?"""
    g = bisect_left(a.group_firsts, k)
    if g >= len(a.groups) or a.groups[g].first != k or not a.groups[g].finite:
        return False
    clause = a.clause_at(k)
    if clause is None:
        return False
    h = a.finite_before[g]  # (the last finite group before it, looked up: one look per date)
    return h < 0 or a.groups[h].first < clause[0]


def _content_clause(a: SentenceAnalysis, tokens: Sequence[Token], main: int, noun: Sequence[Token],
                    names: frozenset[str]) -> str | None:
    """The title "A report finds that ..." when the verb group at token `main`, after a reduced relative ("A report
    released Thursday found that ..."), says what the phrase's document holds: a verb of content (one that takes a
    clause and is neither a speech verb nor a state: "show", "conclude", "reveal"), or one before "that" that is
    no speech verb ("found that", "estimated that"). A speech verb ("A man arrested on Friday said he was
    innocent") is what someone did later, not on the participle's date. The main verb after any auxiliary ("had
    found"), in headline present (lemminflect's, certain); None otherwise."""
    g = bisect_left(a.group_firsts, main)
    if g < len(a.groups) and a.groups[g].first == main:
        words, last = a.groups[g].words, a.groups[g].last
    else:
        words, last = (tokens[main],), main  # (a tagger's participle before "that": "estimated/VBN that")
    verb = words[-1]
    if any(w.pos == "MD" for w in words) or verb.pos not in ("VBD", "VBN", "VBZ", "VBP"):
        return None
    lemmas = verb_lemmas(verb.text)
    if not lemmas.isdisjoint(REPORTING_LEMMAS) or not (
            last + 1 < len(tokens) and tokens[last + 1].text == "that"
            or not lemmas.isdisjoint(_CLAUSE_TAKING - STATIVE_LEMMAS)):
        return None
    # (of the lemmas, those the form is this tag's form of: "found" is find's past, not found's present;
    # lemminflect lists a regular verb's participle as its past form only)
    low = verb.text.lower()
    tags = ("VBD", "VBN") if verb.pos in ("VBD", "VBN") else (verb.pos,)
    own = [lemma for lemma in lemmas if low in verb_forms(lemma, tags)]
    forms = verb_forms(own[0], ("VBP" if _plural_phrase(noun, names) else "VBZ",)) if len(own) == 1 else ()
    if len(forms) != 1:
        return None
    end = last + 1
    while end < len(tokens) and tokens[end].text not in _CORE_ENDS:
        end += 1
    rest = list(tokens[last + 1:end])
    while rest and rest[-1].pos in _DANGLING_TAGS:
        rest.pop()
    return capitalised(" ".join(filter(None, (_join(noun), next(iter(forms)), _join(rest)))))


def reduced_relative_date(sentence: str, date_start: int, date_end: int, *,
                          names: frozenset[str] = frozenset()) -> str | None:
    """The title of a date that a reduced relative's participle governs: a noun phrase, a participle, the date,
    perhaps its "by" agent ("the company founded in 1990", "a report released Thursday by the agency"). The date
    is the participle's happening, in the source's words ("The company founded", "A bid launched by the group"),
    not the outer clause's ("... was sold": the company is not sold in 1990). When the phrase is the subject of
    a verb that says what it holds ("A report released Thursday found that ..."), the finding's owner and act
    (its content is released with it, that day): "A report finds that ..." (`_content_clause`).

    Only where the participle reading is sure: a finite verb right after the date (and agent), a "by" agent, or
    the phrase the object of a preposition (not a subordinator: "after the store opened on Monday"; not one after
    a noun, whose phrase may be a subject: "talks with the operator collapsed late on Monday") or of a verb that
    takes no clause ("suspend the injunction issued Thursday"; not "said the store opened Monday"). Never a
    reporting verb without its agent ("an official from the agency said on Monday")."""
    a = analyse_sentence(sentence)
    tokens = a.tokens
    d0 = bisect_right(a.token_ends, date_start)
    if d0 < 2 or d0 >= len(tokens) or tokens[d0].start >= date_end:
        return None
    d1 = bisect_right(a.token_ends, date_end - 1)
    d1 = min(max(d1, d0), len(tokens) - 1)
    if tokens[d1].start >= date_end:
        d1 -= 1
    p = d0 - 1
    if tokens[p].text in _PARTICIPLE_DATE_PREPOSITIONS:
        p -= 1
    place = p
    while place > p - 3 and place > 1 and tokens[place].pos == "NNP":
        place -= 1
    if place < p and tokens[place].text in ("in", "at"):
        p = place - 1  # a place's name between the participle and its date: "set in Berlin in 2022"
    if p < 1 or tokens[p].pos not in ("VBN", "VBD") or not tokens[p].text.islower():
        return None
    participle = tokens[p].text
    lemmas = verb_lemmas(participle)
    if len(lemmas) != 1 or "end" in lemmas:
        return None  # ("the quarter ended June 30": the period's bound, no happening)
    # (lemminflect lists a regular verb's participle as its past form only: "rose" is no participle, "risen" is)
    if participle not in (verb_forms(next(iter(lemmas)), ("VBN",)) or verb_forms(next(iter(lemmas)), ("VBD",))):
        return None
    first = _short_noun_phrase_before(tokens, p)
    if first is None:
        return None
    noun = tokens[first:p]
    after = d1 + 1
    agent_end = after
    if after < len(tokens) and tokens[after].text == "by":
        agent_end = _short_noun_phrase_after(tokens, after + 1, len(tokens))
        if agent_end == after + 1:
            return None  # "by" and no noun phrase ("by then", "by 5%"): no agent
    main = agent_end if agent_end < len(tokens) else None
    opens = main is not None and tokens[main].pos in ("VBD", "VBZ", "VBP", "MD") \
        or main is not None and tokens[main].pos == "VBN" and main + 1 < len(tokens) \
        and tokens[main + 1].text == "that"  # ("estimated/VBN that": the tagger's participle is the clause's verb)
    before = tokens[first - 1] if first > 0 else None
    if before is not None and (before.pos in _NOUN or before.pos in ("WDT", "WP", "WRB", "WP$")
                               or before.text.lower() in _CLAUSE_OPENERS and not (
                                   before.text.lower() == "that" and first >= 2
                                   and tokens[first - 2].pos.startswith("VB"))
                               or before.text.lower() in _BE):
        # A relative clause's subject and verb ("the gains these issues made", "jobs that Unisys cut"), a
        # subordinate clause's ("Why the roof collapsed in 2018 remains unclear"; but "said that the company
        # founded in 1990 was sold"), a noun phrase after "be" ("Today is the deadline set in 2019 by the board").
        return None
    if before is not None and before.pos in ("IN", "TO") and before.text.lower() not in _CLAUSE_OPENERS \
            and first >= 2 and not verb_lemmas(tokens[first - 2].text).isdisjoint(_CLAUSE_TAKING):
        # The object of a preposition after a verb that takes a clause ("said in a statement released on Monday
        # that ...", "announced in a letter sent Friday"): the date is as likely that verb's (`headline_clause`).
        return None
    if opens:
        found = _content_clause(a, tokens, main, noun, names)
        if found is not None:
            return found
    elif agent_end == after and not _participle_in_next_subject(a, p) and (
            _clause_verb(a, p) or not lemmas.isdisjoint(REPORTING_LEMMAS) or not (
            before is not None and (before.pos in ("IN", "TO") and before.text.lower() not in _CLAUSE_OPENERS
                                    and not (first >= 2 and tokens[first - 2].pos in _NOUN)
                                    or before.pos.startswith("VB") and before.text.lower() not in _BE
                                    and verb_lemmas(before.text).isdisjoint(_CLAUSE_TAKING)))):
        return None
    # (the source's words, as for a participle's phrase elsewhere: "Cars built at the plant")
    agent = f" by {_join(tokens[after + 1:agent_end])}" if agent_end > after else ""
    return capitalised(f"{_join(noun)} {participle}{agent}")


# The nouns of a stretch of time that a date may modify ("the 2019 season", "the 2004/05 year", "the 1990s era"): the
# temporal lexicon's units and seasons, and the words for a span of a calendar or a fixture list. A dated phrase with
# such a head names when, not what: the title is its clause's, not the phrase ("won the cup in the 2019 season").
_SPAN_NOUNS = frozenset(UNITS) | frozenset(unit + "s" for unit in UNITS) | frozenset(SEASONS) \
    | frozenset({"season", "seasons", "period", "periods", "era", "term", "terms", "session", "sessions"})


# The prepositions by which a verb's act takes place within a dated thing ("killed in the 2004 tsunami", "at the 2012
# Games", "during the 1998 floods"), and the tags of the verb, or an adverb or particle after it, right before one.
_ACT_WITHIN_PREPOSITIONS = frozenset({"in", "at", "during"})
_VERB_OR_ADVERB_TAGS = frozenset({"VB", "VBD", "VBN", "VBZ", "VBP", "VBG", "RB", "RP"})


def dated_noun_phrase(sentence: str, date_start: int, date_end: int) -> str | None:
    """The noun phrase that the date at [date_start, date_end) modifies, when that phrase is not its
    clause's subject but stands after the clause's verb: "apologised for the deaths in a 2010 raid on a
    flotilla" → "a 2010 raid on a flotilla" (2010 dates the raid, not the apology); "build on last week's
    negotiations in Brussels" → "last week's negotiations in Brussels". The phrase runs from its determiner
    (or the date) to its head noun, with one prepositional phrase after it. None when the date is not
    inside such a noun phrase. Words and their order are the sentence's."""
    if len(sentence) > 6000:
        return None  # a run-on page: the clause title reads it in blocks
    found = _sentence_date_tokens(sentence, date_start, date_end)
    if found is None:
        return None
    a, d0, d1 = found
    tokens = a.tokens
    n = len(tokens)
    if d1 + 1 < n and tokens[d1 + 1].pos == "POS":
        start, head = d0, d1 + 2  # "last week's negotiations"
    elif d0 > 0 and tokens[d0 - 1].pos in ("DT", "PRP$") and tokens[d0].pos == "CD" and d0 == d1:
        start, head = d0 - 1, d1 + 1  # "a 2010 raid", "the 2000 treaty"
    elif d0 > 1 and tokens[d0 - 1].pos == "POS" and tokens[d0 - 2].pos in ("NNP", "NNPS") \
            and tokens[d0].pos == "CD" and d0 == d1:
        # "in Bangladesh's 1971 war of independence": a named owner's possessive is the phrase's determiner
        start = d0 - 2
        while start > 0 and tokens[start - 1].pos in ("NNP", "NNPS"):
            start -= 1
        head = d1 + 1
    else:
        return None
    if head >= n or tokens[head].pos not in _NOUN and tokens[head].pos not in ("JJ", "VBN", "VBG"):
        return None
    while head + 1 < n and tokens[head + 1].pos in _NOUN or head + 1 < n and tokens[head].pos in ("JJ", "VBN", "VBG") \
            and tokens[head + 1].pos in _NOUN | {"JJ"}:
        head += 1
    if tokens[head].pos not in _NOUN:
        return None
    if tokens[head].text.lower() in _SPAN_NOUNS:
        return None  # "in the 2019 season", "for the 2004/05 year": a stretch of time, no happening of its own
    clause = a.clause_at(start)
    if clause is None:
        return None
    # After a verb group of its own clause: an object or a prepositional phrase, not the subject.
    g = bisect_right(a.group_lasts, start - 1) - 1
    if g < 0 or a.groups[g].first < clause[0]:
        return None
    if tokens[d0].pos == "CD" and start >= 2 and tokens[start - 1].text.lower() in _ACT_WITHIN_PREPOSITIONS \
            and a.groups[g].last >= start - 3 and tokens[start - 2].pos in _VERB_OR_ADVERB_TAGS:
        # "were killed in the 2004 tsunami", "won gold at the 2012 Games": the preposition is the verb's own, so the
        # clause's act took place within the dated thing and the clause tells it, the year kept in its noun phrase
        # (not "The 2004 tsunami"). A preposition after a noun ("the deaths in a 2010 raid") dates that noun's thing.
        return None
    if tokens[d1 + 1].pos == "POS" and g + 1 < len(a.groups) and a.groups[g + 1].first == head + 1 \
            and tokens[head + 1].pos != "VBN":
        # A verb right after the phrase is its own: the phrase is the subject of a clause with no "that" ("Critics
        # argue last year's reform failed"), not the object of the verb before it. (Not a bare participle, which
        # may be a reduced relative's: "criticised last year's reform passed by parliament". Only a possessive date's
        # phrase: "the leaders who led the 1992 protests have moved" ends a relative clause before the main verb.)
        return None
    end = head + 1
    if end + 1 < clause[1] and tokens[end].text.lower() in _PHRASE_PREPOSITIONS and tokens[end].pos in ("IN", "TO"):
        k = end + 1
        while k < clause[1] and tokens[k].pos in _NOUN_PHRASE and tokens[k].pos != "PRP" \
                and not (tokens[k].pos == "POS" and k == end + 1):
            k += 1
        while k > end + 1 and tokens[k - 1].pos not in _NOUN and tokens[k - 1].pos != "CD":
            k -= 1
        if k > end + 1:
            end = k
    name = _apposed_name(tokens, start, end)
    if name is not None:
        # "over fifth-seeded Sloane Stephens, the 2017 U.S. Open champion": the phrase is the name's apposition,
        # which says what the named one was; alone it names no one ("The 2017 U.S. Open champion").
        return _join(tokens[name:end])
    return _join(tokens[start:end])


def _apposed_name(tokens: Sequence[Token], start: int, end: int) -> int | None:
    """The first token of the name a noun phrase at [start, end) stands in apposition to: a determiner opens the
    phrase, a comma stands before it and capitalised proper nouns before the comma, and the phrase ends its
    clause (a comma, a full stop or the sentence's end after it). None otherwise."""
    if start < 2 or tokens[start].pos != "DT" or tokens[start - 1].text != "," \
            or end < len(tokens) and tokens[end].text not in (",", ".", ";"):
        return None
    k = start - 1
    while k > 0 and tokens[k - 1].pos in ("NNP", "NNPS") and tokens[k - 1].text[:1].isupper():
        k -= 1
    if k == start - 1:
        return None
    return k - 1 if tokens[k - 1].pos == "DT" else k  # (its own determiner: "the Prado, the 1819 museum")


# The words of a noun phrase that opens a sentence as its subject before an apposition ("Andy Coulson,",
# "The bank's former chairman,"), and the first word an apposition of a noun phrase may open with ("editor of
# ...", "a former minister", "chairwoman", "its chief executive"): no verb, no relative pronoun.
_APPOSED_SUBJECT_TAGS = frozenset({"DT", "JJ", "NN", "NNS", "NNP", "NNPS", "POS", "PRP$"})
_APPOSITION_OPENING_TAGS = frozenset({"DT", "JJ", "NN", "NNS", "NNP", "NNPS", "PRP$"})


def dated_apposition(sentence: str, date_start: int, date_end: int) -> tuple[int, int, int] | None:
    """The noun-phrase apposition that holds the date at [date_start, date_end), set off by commas between a
    sentence-opening subject and its finite verb ("Coulson, editor of the newspaper from 2003-2007, was convicted
    last week"): the date is the apposition's (the editorship), never the main clause's (the conviction). Returns
    (the subject's end, the apposition's start, the apposition's end) as character offsets, or None. Only an
    apposition that opens with a noun phrase's word (not a participle's or a relative clause's, which have their
    own readers), holds no finite verb, and is followed right away by the subject's verb group."""
    if len(sentence) > 6000 or "," not in sentence[:date_start]:
        return None
    found = _sentence_date_tokens(sentence, date_start, date_end)
    if found is None:
        return None
    a, d0, d1 = found
    tokens = a.tokens
    k0 = next((k for k in range(d0) if tokens[k].text == ","), None)
    if k0 is None or k0 == 0 or any(t.pos not in _APPOSED_SUBJECT_TAGS for t in tokens[:k0]) \
            or not any(t.pos in _NOUN for t in tokens[:k0]):
        return None
    if tokens[k0 + 1].pos not in _APPOSITION_OPENING_TAGS or k0 + 1 >= d0:
        return None
    # (a comma inside the date, "on May 3, 2005", is the date's own; any other one before it ends the apposition)
    if any(t.text in (",", ";", ":") or t.pos in ("WDT", "WP", "WP$") for t in tokens[k0 + 1:d0]):
        return None
    k1 = d1 + 1
    while k1 < len(tokens) and tokens[k1].text not in (",", ";", ":", ".") and tokens[k1].pos not in ("WDT", "WP"):
        k1 += 1
    if k1 + 1 >= len(tokens) or tokens[k1].text != ",":
        return None
    g = bisect_left(a.group_firsts, k0 + 1)
    if g >= len(a.groups):
        return None
    group = a.groups[g]
    if group.first <= k1 or not group.finite \
            or any(t.pos not in ("RB", "RBR") for t in tokens[k1 + 1:group.first]):
        return None  # a verb inside the apposition, or the subject's verb not right after it
    return tokens[k0].start, tokens[k0 + 1].start, tokens[k1].start


_COMPARATIVE_TAGS = frozenset({"JJS", "RBS", "JJR", "RBR"})
_SINCE_BEFORE = re.compile(r"\bsince\b", re.IGNORECASE)


def is_comparison_since(sentence: str, date_start: int, date_end: int) -> bool:
    """Is the date the far end of a comparison, "best since 1993", "lowest level since October 9, 2002",
    "higher than at any time since 1990": "since" before it and a superlative or comparative (by its tag)
    earlier in the same clause, within eight words? Such a date is not when something happened."""
    if len(sentence) > 6000 or not _SINCE_BEFORE.search(sentence[max(0, date_start - 12):date_start + 6]):
        return False  # no "since" at the date: nothing to tag
    a = analyse_sentence(sentence)
    tokens = a.tokens
    span = _date_tokens(a, date_start, date_end)
    if span is None:
        return False
    if tokens[span[0]].text.lower() == "since":
        since = span[0]  # the tagger's phrase may hold the "since"
    elif span[0] > 0 and tokens[span[0] - 1].text.lower() == "since":
        since = span[0] - 1
    else:
        return False
    clause = a.clause_at(since)
    floor = max(clause[0] if clause is not None else 0, since - 8)
    return any(tokens[k].pos in _COMPARATIVE_TAGS and tokens[k].text.lower() not in ("more", "less", "most")
               or tokens[k].text.lower() in ("first", "most", "more") and k + 1 < since
               and tokens[k + 1].pos in ("JJ", "RB", "NN", "NNS")
               or _counted_ordinal(tokens[k].text.lower())
               and not any(tokens[j].pos.startswith(("VB", "MD")) for j in range(k + 1, since))
               for k in range(floor, since))


# An ordinal past the first counts happenings since the date ("the ninth eruption since December 2023", "her third
# title since 2019"): the date opens the count, it dates none of them. (Not with a verb between: "the second bridge
# has stood since 1968" is the verb's time.)
_COUNTED_ORDINALS = frozenset(w for w, n in ORDINALS.items() if n > 1 and w not in ("last", "final"))
_NUMBERED_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")


def _counted_ordinal(word: str) -> bool:
    """Is the lower-cased `word` an ordinal past the first ("ninth", "21st")?"""
    return word in _COUNTED_ORDINALS or _NUMBERED_ORDINAL.fullmatch(word) is not None


# The bare yardstick of a comparison: "growth of 28% compared to the previous year", "more than in 2005",
# "versus a year earlier". The date says what the figures are set against, not when anything happened. A figure
# of its own before the date ("compared with a loss of $195 million in 1988", "from $5.8 billion in 2005") is a
# fact of that date and stays.
_COMPARED_BEFORE = re.compile(
    r"(?:\bcompared\s+(?:to|with)|\bthan|\bversus|\bvs\.|\bagainst"
    # a change and where it started: "is up 82% from 9 months ago", "rose 5% from a year earlier"
    r"|\b(?:up|down|higher|lower|rose|rises|risen|fell|falls|fallen|gained|dropped|increased|decreased)\b"
    r"[^,;:.!?]{0,30}?\bfrom)"
    r"(?:\s+(?:in|at|during|on|for|over|with))?"
    r"(?:\s+(?:the\s+same\s+(?:period|quarter|months?|time|season)|that|those|the\s+level)\s+(?:of|in|a))?"
    r"\s*$", re.IGNORECASE)


# A change set "over" an earlier period, the far side named by its time alone: "up 7 to 10 percent over the prior year
# period", "a 5% increase over a year earlier". Only an earlier period's own words make it a yardstick: "rose 3% over
# the past year" is a span, "over the weekend" a time.
_CHANGE_OVER_BEFORE = re.compile(
    r"\b(?:up|down|higher|lower|rose|rises|risen|fell|falls|fallen|gained|gains?|dropped|increased|decreased|"
    r"grew|growth|increases?|decreases?|rises?|drops?|declines?|declined|jump(?:s|ed)?)\b[^,;:.!?]{0,40}?\bover\s+$",
    re.IGNORECASE)
_EARLIER_PERIOD = re.compile(
    r"(?:the\s+)?(?:(?:prior|previous|preceding|year[\s-](?:ago|earlier))\s+(?:year|quarter|period|months?)"
    r"|a\s+year\s+(?:earlier|ago|before)|last\s+year)\Z", re.IGNORECASE)
_OVER_IN_PHRASE = re.compile(r"over\s+", re.IGNORECASE)
# The period's own noun after the date phrase ("the prior year period"): still a bare yardstick.
_PERIOD_NOUN_AFTER = re.compile(r"\s+(?:period|quarter|levels?|figures?)\b", re.IGNORECASE)
# A part of every match of _COMPARED_BEFORE, lower-cased.
_COMPARED_PARTS = ("compared", "than", "versus", "vs.", "against", "from")
# A part of every comparison `is_comparison_since` (its "since") or `is_comparison_baseline` finds, lower-cased: a
# sentence none of them is in (`may_hold`) closes no comparison at any of its dates.
COMPARISON_PARTS = ("since", "over", *_COMPARED_PARTS)


def may_hold(text: str, start: int, end: int, parts: Sequence[str]) -> bool:
    """False only when text[start:end] holds none of `parts` (lower-case ASCII words) in any case: a test, by
    str.lower and substring search, that an IGNORECASE pattern needing one of them cannot match there, far
    cheaper than that pattern's search. (Outside ASCII it says True: re's IGNORECASE matches "ſ" to "s", "K"
    to "k", "ı" and "İ" to "i", which lower-casing does not.)"""
    window = text[start:end]
    if not window.isascii():
        return True
    window = window.lower()
    return any(map(window.__contains__, parts))


# After a bare yardstick the clause ends; a word there makes the date a modifier ("compared with year-earlier
# net income of $967,809": the income is a fact of that year).
_YARDSTICK_END = re.compile(r"\s*(?:$|[,.;:!?)\"”’—–-]|(?:and|but|when|while|as)\b)")


# The tags of the words of a noun phrase after "since" before its date ("since independence", "since the civil
# war", "since the country's last coup in"): no verb, no clause.
_SINCE_OBJECT_TAGS = frozenset({"DT", "JJ", "NN", "NNS", "NNP", "NNPS", "PRP$", "POS"})


def since_object_before(tokens: Sequence[Token], d0: int) -> int | None:
    """The index of a "since" whose noun object the date starting at token d0 follows, with at most "in", "on"
    or "of" between ("the first vote since independence more than 40 years ago", "since the war in 1945", "since
    the flood of 2007"); None otherwise. The date is that noun's happening's, not the clause verb's: a "since"
    with a noun object is a preposition. (A "since" with a clause, "since police found the bomb on Monday", has
    a verb between; a bare "since 1994" no noun.)"""
    k = d0 - 1
    if k >= 0 and tokens[k].text.lower() in ("in", "on", "of"):
        k -= 1
    last = k
    while k >= 0 and (tokens[k].pos in _SINCE_OBJECT_TAGS or tokens[k].text.lower() == "of" and k < last) \
            and tokens[k].text.lower() != "since" and last - k < 8:  # (an "of" inside: "since the end of the war")
        k -= 1
    if k < 0 or k == last or tokens[k].text.lower() != "since" or tokens[last].pos not in ("NN", "NNS", "NNP", "NNPS"):
        return None
    return k


def is_comparison_baseline(sentence: str, date_start: int, date_end: int) -> bool:
    """Does the date phrase at [date_start, date_end) stand alone as the yardstick of a comparison ("compared to
    the previous year", "than in 2005", "compared with the same period of the last year")?"""
    lo = max(0, date_start - 60)
    over = _OVER_IN_PHRASE.match(sentence, date_start, date_end)  # (the tagger's phrase may hold it: "over a year
    inner = date_start if over is None else over.end()  # earlier")
    if may_hold(sentence, lo, inner, ("over",)) and _EARLIER_PERIOD.match(sentence, inner, date_end) \
            and _YARDSTICK_END.match(sentence, _period_noun_end(sentence, date_end)) is not None \
            and _CHANGE_OVER_BEFORE.search(sentence, lo, inner) is not None:
        return True  # "up 11 to 12 percent over the prior year": what the change is set against
    if _YARDSTICK_END.match(sentence, date_end) is None or not may_hold(sentence, lo, date_start, _COMPARED_PARTS):
        return False  # (both far cheaper than the search, which tries its alternatives at every position)
    return _COMPARED_BEFORE.search(sentence, lo, date_start) is not None


def _period_noun_end(sentence: str, date_end: int) -> int:
    """Where the date phrase ending at date_end ends with the period's noun after it ("the prior year period")."""
    noun = _PERIOD_NOUN_AFTER.match(sentence, date_end)
    return date_end if noun is None else noun.end()


# --- the far side of a comparison ---------------------------------------------------------------------------
# "… a net loss of $2.3 million, versus net income of $5.3 million, or $1.61 a share, a year earlier": the date
# closes what the figures are set against, so it dates the compared figure, never the main clause.
_COMPARE_VERBS = frozenset({"compared", "compare", "compares", "comparing"})
_QUANTITY_BOUNDS = frozenset({"more", "less", "fewer"})  # "more than 21 million": a quantity, no comparison
_FIGURE_TAGS = frozenset({"CD", "$", "#"})
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD", "VB", "WDT", "WP"})
_BARE_TAGS = frozenset({"DT", "PDT", "IN", "JJ", "JJR", "JJS", "NN", "NNS", "PRP$", "RB", "RBR"})
_SPAN_PREPOSITIONS = frozenset({"in", "for", "at", "during", "over", "on"})
_WHEN_CLAUSE_AFTER = re.compile(r"\s*,?\s*when\b", re.IGNORECASE)


def _is_figure(t: Token) -> bool:
    return t.pos in _FIGURE_TAGS or t.text[:1].isdigit()  # the tagger reads a lone "4" before a noun as IN


_YEAR_TOKEN = re.compile(r"(?:1[89]|20)\d\d")


def _time_unit(word: str) -> bool:
    """Whether a word names a unit of time, singular or plural ("years", "month")."""
    word = word.lower()
    return word in UNITS or word.endswith("s") and word[:-1] in UNITS


def _date_word(t: Token) -> bool:
    """Whether a token is a date's own word: a year, a month, a weekday, "today", or a unit of time ("this
    year", "a year earlier", "the first quarter"): what the near side of an "over" comparison dates itself by."""
    word = t.text.lower()
    return _YEAR_TOKEN.fullmatch(word) is not None or word in MONTHS or word in WEEKDAYS or word in DAY_WORDS \
        or _time_unit(word)


@dataclass(frozen=True, slots=True)
class ComparedSide:
    """The far side of a comparison that a date closes. `figure` is the compared phrase in the sentence's
    words ("net income of $5.3 million"), None for a bare yardstick ("fell 8.4% from a year ago").
    `borrowed` is a bare figure named as the near side names its own (see `_borrowed_noun`); `then` the
    clause of a "when" after the date, which the date does date."""

    figure: str | None
    borrowed: str | None = None
    then: str | None = None  # what the sentence says happened at the date ("when the industry enjoyed …")
    # The main clause said again of the compared figure, when it is "<measure> was <figure>" (`_restated_measure`):
    # "The company's net income was C$410 million", not a label with a figure and no owner ("Previously: …").
    restated: str | None = None


_CURRENCY_SIGNS = frozenset("$£€¥")


def _comparison_marker(a: SentenceAnalysis, d0: int) -> int | None:
    """The index of the word that opens the far side ending at token d0: "versus", "than", "compared with",
    "up/down from", or "from" after a verb and a figure of change ("fell 8.4% from", "rose to $7 from")."""
    tokens = a.tokens
    for k in range(d0 - 1, max(-1, d0 - 30), -1):
        word = tokens[k].text.lower()
        if word in (";", ":") or tokens[k].pos == "." and word != "vs.":
            return None
        if word in ("versus", "vs.", "vs"):
            return k
        if word == "than":
            if k > 0 and tokens[k - 1].text.lower() in _QUANTITY_BOUNDS and (
                    k + 1 >= d0 or tokens[k + 1].pos not in ("DT", "PRP$") or tokens[k + 1].text.lower() in ("a", "an")):
                return None  # "more than 21 million iPods", "more than a year ago": a quantity's bound
            return k  # (also "1 million more than its last estimate in 2023": the estimate is compared)
        if word in ("with", "to") and k > 0 and tokens[k - 1].text.lower() in _COMPARE_VERBS:
            return k
        if word == "over" and k > 0:
            # "up 2 percent this year, over 1 percent last year": a figure set over another, each with its own
            # date; both figures needed (a bare "over 100 villagers last year" is a quantity's bound, "rose 3%
            # over the past year" a span). The near figure has its own date before "over", or the far side is
            # set off by a comma ("reached 64 percent, over 58 percent in 2019"): else one figure beats another
            # in a contest ("won 304 votes over 227 for his rival in 2016", "by 52 percent over 48 percent").
            # A far figure of time units is a span ("a 4 percent raise over 3 years").
            after = k + 1 + (k + 1 < d0 and tokens[k + 1].text in _CURRENCY_SIGNS)
            if not (after < d0 and _is_figure(tokens[after])):
                return None
            if after + 1 < d0 and _time_unit(tokens[after + 1].text):
                return None
            clause = a.clause_at(k)
            floor = clause[0] if clause is not None else 0
            dated = tokens[k - 1].pos == ","
            for v in range(k - 1, max(floor, k - 15) - 1, -1):
                if _date_word(tokens[v]):
                    dated = True
                elif _is_figure(tokens[v]):
                    return k if dated else None
                elif tokens[v].pos.startswith("VB"):
                    return None
            return None
        if word == "from":
            if k > 0 and tokens[k - 1].text.lower() in ("up", "down"):
                return k
            # A change: the nearest verb before "from" in its clause with a figure between them ("fell 8.4%
            # from"), or the figure it changed from between "from" and the date ("having grown from $5.8
            # billion in 2005"; not "served from 1998", where the date itself follows).
            clause = a.clause_at(k)
            floor = clause[0] if clause is not None else 0
            # An apposed figure opens no clause of its own ("fell 37% to $32.9 million, or 30 cents a share,
            # from $52.2 million"): the change's verb is before it.
            while floor > 0 and tokens[floor].text.lower() == "or" \
                    and not any(t.pos.startswith(("VB", "MD")) for t in tokens[floor:k]):
                c = bisect_right(a.clause_starts, floor - 1) - 1
                floor = a.clause_starts[c] if c >= 0 else 0
            after = k + 1 + (k + 1 < d0 and tokens[k + 1].text in _CURRENCY_SIGNS)
            # (a year after "from" is a span's start, no figure: "led the council from 2010 until stepping down in
            # 2014")
            figure = after < d0 and _is_figure(tokens[after]) and not (
                after == k + 1 and _YEAR_TOKEN.fullmatch(tokens[after].text) is not None)
            for v in range(k - 1, max(floor, k - 15) - 1, -1):
                if _is_figure(tokens[v]):
                    figure = True
                elif tokens[v].pos.startswith("VB"):
                    return k if figure else None
            return None
    return None


def _verb_object_before(tokens: Sequence[Token], k: int, marker: int) -> str | None:
    """The common noun phrase right after a verb group (from token k), before the comparison's marker, that a
    preposition or "to" follows: the verb's object, the thing whose figure changed ("raised rates from 5.5%",
    "expects consumer price growth to slow to 7.5 percent from 3.7 percent"), without its determiner; None when
    the verb has no such object ("Sales rose 5% to …", "Profit rose to …"). An object that "to" and a verb follow
    is the infinitive's subject ("expect the company to raise output to …", "urged members to accept a raise to …"):
    the infinitive's own object is what changed, when it has one (else the subject: "expects growth to slow to …").
    An object that a preposition and a noun phrase of its own follow (with a determiner: "blamed weather for a drop
    in sales to …") is an adjunct's, not the measured thing: the phrase nearer the marker is, and a change noun's
    bare plural complement after "in" names it ("a drop in sales")."""
    found: str | None = None
    for _ in range(4):  # (a few hops: each one moves right towards the marker)
        while k < marker and tokens[k].pos in ("RB", "RBR"):
            k += 1
        while k < marker and tokens[k].pos in ("DT", "PRP$"):
            k += 1
        j = k
        while j < marker and tokens[j].pos in ("JJ", "NN", "NNS") and tokens[j].text[:1].isalpha():
            j += 1
        if j == k or j >= marker + 1 or tokens[j - 1].pos not in ("NN", "NNS") or tokens[j].pos not in ("IN", "TO"):
            return found
        found = _join(tokens[k:j])
        if j + 1 >= marker:
            return found
        nxt = tokens[j + 1]
        if tokens[j].pos == "TO" and nxt.pos == "VB":
            k = j + 2  # the infinitive's object, if it has one
            while k < marker and tokens[k].pos == "RP":
                k += 1
        elif tokens[j].pos == "IN" and tokens[j].text.lower() != "of" and nxt.pos in ("DT", "PRP$"):
            k = j + 1  # "for a drop …": the adjunct's noun phrase, nearer the marker
        elif tokens[j].text.lower() == "in" and nxt.pos == "NNS" and j + 2 < len(tokens) \
                and tokens[j + 2].pos in ("IN", "TO") and j + 2 <= marker and found is not None \
                and len(tokens[k:j]) == 1 and "VERB" in all_lemmas(tokens[k].text.lower()):
            return nxt.text  # "a drop/rise/cut in sales to …": the change noun's measured plural
        else:
            return found
    return found


def _borrowed_noun(a: SentenceAnalysis, marker: int, figure: str) -> str | None:
    """The far side's bare figure named as the near side names its own: "net income of $133.1 million … up from
    $100 million" → "net income of $100 million"; "Sales increased … to $747.8 million from $623.5 million" →
    "Sales: $623.5 million"; "13 facilities …, up from seven" → "seven facilities". None when the near side
    names it by nothing but a pronoun or a clause."""
    tokens = a.tokens
    floor = max(0, marker - 25)

    def named_before(prepositions: tuple[str, ...]) -> str | None:
        # "net income of $133.1 million", "a drop in operating profit to $58.6 million"; never an adjunct's
        # noun ("in the quarter to $2.35 billion", "a high for the year of $42.875")
        for k in range(marker - 1, floor + 1, -1):
            if tokens[k].text.lower() in prepositions and any(_is_figure(t) for t in tokens[k + 1:k + 3]) \
                    and tokens[k - 1].pos in ("NN", "NNS") and tokens[k - 1].text[:1].isalpha():
                j = k - 1
                while j - 1 > floor and tokens[j - 1].pos in ("NN", "NNS", "JJ", "VBG"):
                    j -= 1
                if j >= 2 and tokens[j - 1].pos == "DT" and tokens[j - 2].pos in ("IN", "TO"):
                    return None
                # the source's "of" joins them again; after another preposition a colon ("operating profit:")
                return f"{_join(tokens[j:k])}{' of' if tokens[k].text.lower() == 'of' else ':'} {figure}"
        return None

    named = named_before(("of",))
    if named is not None:
        return named
    g = bisect_right(a.group_firsts, marker - 1) - 1
    if g >= 0:
        subject = a.subject_of(a.groups[g])
        if subject is not None:
            words = list(tokens[subject[0]:subject[1]])
            cut = next((i for i, t in enumerate(words) if t.pos in ("IN", "TO")), len(words))
            words = words[:cut]
            while words and words[0].pos == "DT":
                words = words[1:]
            if words and words[-1].pos in ("NN", "NNS") and all(t.pos in ("JJ", "NN", "NNS") for t in words):
                # A verb's object is what changed, not its subject ("The bank raised rates from 5.5%": the rates
                # were 5.5%); a subject names the figure only with no object ("Revenue rose … from …"). (Only in
                # place of a common-noun subject: after a name, "Previously: 20%" stays, as the dev set judged.)
                measured = _verb_object_before(tokens, a.groups[g].last + 1, marker)
                return f"{measured or _join(words)}: {figure}"  # no word the sentence lacks
    named = named_before(("to", "at"))
    if named is not None:
        return named
    if " " not in figure and figure[:1].isalnum():
        for k in range(marker - 1, floor, -1):
            if _is_figure(tokens[k]) and k + 1 < marker and tokens[k + 1].pos == "NNS" \
                    and (k == 0 or tokens[k - 1].pos not in _FIGURE_TAGS):
                return f"{figure} {tokens[k + 1].text}"  # "13 facilities …, up from seven" → "seven facilities"
    return None


def comparison_far_side(sentence: str, date_start: int, date_end: int) -> ComparedSide | None:
    """Does the date at [date_start, date_end) close the far side of a comparison: "versus net income of $5.3
    million a year earlier", "up from seven a year ago", "fell 8.4% from a year ago", "to $747.8 million from
    $623.5 million a year ago"? Or open it as a year-ago adjective: "compared with a year-earlier net loss of
    $6.2 million", "rose 5% from year-ago levels"? Then the compared side (see `ComparedSide`); None when the
    date is no yardstick ("moved from Paris in 2004", "more than 21 million iPods in 2006", "from 2004 through
    2008")."""
    if len(sentence) > 6000:
        return None
    if _YARDSTICK_END.match(sentence, date_end) is None:
        return _far_side_opened(sentence, date_start, date_end)
    return _far_side_closed(sentence, date_start, date_end) or _far_side_opened(sentence, date_start, date_end)


# A date that reads as an adjective of the time before ("a year-earlier net loss", "year-ago levels", "the
# quarter-earlier figure"), and the words that may stand between a comparison's marker and it.
_YEAR_AGO_ADJECTIVE = re.compile(r"(?:year|quarter|month)[\s-](?:earlier|ago)\Z", re.IGNORECASE)
_BEFORE_ADJECTIVE = frozenset({"a", "an", "the", "comparable", "corresponding", "same", "prior"})
_OPENING_MARKERS = frozenset({"versus", "vs.", "vs", "against", "from"})
_FAR_SIDE_ENDS = frozenset({",", ";", ":", "!", "?", "."})


def _far_side_opened(sentence: str, date_start: int, date_end: int) -> ComparedSide | None:
    """The far side a year-ago adjective opens after a comparison's marker: the figure it dates, up to the
    clause's next punctuation ("compared with a year-earlier net loss of $6.2 million" → "net loss of $6.2
    million"); a bare yardstick when no figure follows ("rose 5% from year-ago levels")."""
    if _YEAR_AGO_ADJECTIVE.search(sentence, date_start, date_end) is None:
        return None
    a = analyse_sentence(sentence)
    tokens = a.tokens
    span = _date_tokens(a, date_start, date_end)
    if span is None:
        return None
    k = span[0] - 1
    while k >= 0 and tokens[k].text.lower() in _BEFORE_ADJECTIVE and tokens[k].start >= date_start - 40:
        k -= 1
    if k < 0 or tokens[k].start < date_start - 40:
        return None
    word = tokens[k].text.lower()
    if word not in _OPENING_MARKERS and not (
            word in ("with", "to") and k > 0 and tokens[k - 1].text.lower() == "compared"):
        return None
    end = span[1] + 1
    while end < len(tokens) and tokens[end].pos not in _FAR_SIDE_ENDS and tokens[end].text not in _FAR_SIDE_ENDS:
        end += 1
    figure = sentence[tokens[span[1] + 1].start:tokens[end - 1].end].split() if end > span[1] + 1 else []
    if not any(c.isdigit() for word in figure for c in word):
        return ComparedSide(None)  # "rose 5% from year-ago levels": a bare yardstick
    if len(figure) > 12:
        return None
    return ComparedSide(" ".join(figure))


# Every word `_comparison_marker` takes for a marker, lower-cased, holds one of these ("compared with", "compare
# to": "compar"): a sentence with none of them before the date has no marker, so no far side to read.
_MARKER_PARTS = ("versus", "vs", "than", "compar", "from", "over")
# A part of every far side `comparison_far_side` finds, lower-cased: a marker's before the date (`_MARKER_PARTS`) or
# a year-ago adjective's in it (`_YEAR_AGO_ADJECTIVE`). A sentence none of them is in (`may_hold`) has no far side
# at any of its dates (extraction tests that once per sentence).
FAR_SIDE_PARTS = (*_MARKER_PARTS, "earlier", "ago")
# A part of every yardstick `is_comparison_baseline` or `comparison_far_side` finds: a sentence none of them is in
# (`may_hold`) has no yardstick at any of its dates (news tests that once per sentence).
YARDSTICK_PARTS = (*_COMPARED_PARTS, *FAR_SIDE_PARTS)


def _far_side_closed(sentence: str, date_start: int, date_end: int) -> ComparedSide | None:
    """`comparison_far_side` for a date that closes the far side."""
    if not may_hold(sentence, 0, date_start, _MARKER_PARTS):
        return None  # (the tokens before the date's first one end by date_start: see `_date_tokens`)
    a = analyse_sentence(sentence)
    tokens = a.tokens
    span = _date_tokens(a, date_start, date_end)
    if span is None:
        return None
    d0 = span[0]
    marker = _comparison_marker(a, d0)
    if marker is None:
        return None
    when = _WHEN_CLAUSE_AFTER.match(sentence, date_end)
    if when is not None:
        # "6.8% from Oct. 13, when Wall Street's plunge helped spark …": the sentence says what happened then.
        then = re.split(r"[,;:!?]|\.(?:\s|$)", sentence[when.end():], maxsplit=1)[0].strip()
        return ComparedSide(None, then=then) if len(then.split()) >= 2 else None
    # The far side: its first comma-delimited part is the compared phrase, then appositives ("or $1.61 a share")
    # and at most a closing preposition ("for the corresponding period").
    segments: list[list[Token]] = [[]]
    for t in tokens[marker + 1:d0]:
        if t.pos == ",":
            segments.append([])
        else:
            segments[-1].append(t)
    segments = [s for s in segments if s]
    if not segments:
        return ComparedSide(None)
    phrase = segments[0]
    if not any(_is_figure(t) for t in phrase):
        if len(segments) == 1 and all(t.pos in _BARE_TAGS for t in phrase):
            return ComparedSide(None)  # "compared with the same period of last year"
        return None  # "compared with the Soviet invasion in 1979": a happening, dated by its own date
    cut = next((i for i, t in enumerate(phrase) if i and t.text.lower() in _SPAN_PREPOSITIONS
                and any(_is_figure(p) for p in phrase[:i])), len(phrase))
    rest, phrase = phrase[cut:], phrase[:cut]
    if any(t.pos in _FINITE_TAGS for t in phrase):
        return None  # "than the 16 cents a share it reported last year": a clause of its own dates
    for i, s in enumerate(segments[1:]):
        if s[0].text.lower() != "or" and not (i == len(segments) - 2 and s[0].text.lower() in _SPAN_PREPOSITIONS):
            return None
    if rest and len(segments) > 1:
        return None
    while phrase and phrase[0].pos == "DT":
        phrase = phrase[1:]
    if not phrase:
        return None
    figure = _join(phrase)
    # A bare figure ("$100 million", "C$18.1 million", "4 pence"), not one its own noun names ("net income of …").
    bare = next(i for i, t in enumerate(phrase) if _is_figure(t)) <= 1 and all(t.text != "of" for t in phrase)
    borrowed = _borrowed_noun(a, marker, figure) if bare else None
    # (the measure's own clause said again first: "Sales were $4.1 million", not the label "Previous sales: …")
    restated = _restated_measure(a, marker, figure) if bare else None
    return ComparedSide(figure, borrowed, restated=restated)


# The words a measure's noun phrase may hold before its head and in an "of" complement ("The company's net
# income", "the number of visitors"): no verb, no pronoun, no clause.
_MEASURE_PHRASE_TAGS = frozenset({"DT", "PRP$", "POS", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "CD", "IN"})


# A measure's lone copula and its past: the far side's figure is of an earlier time ("Debt is $5 billion, compared
# with $4 billion a year earlier" → "Debt was $4 billion").
_COMPARED_COPULAS = {"is": "was", "was": "was", "are": "were", "were": "were"}


def _changes_intransitively(tokens: Sequence[Token], verb: int) -> bool:
    """Is the verb at `verb` a change of its subject's figure, no object after it: a preposition ("rose to",
    "fell by", "dropped sharply to") or a percentage ("rose 5% to") right after it and its adverbs, not a figure
    it takes as its object ("earned $45.2 million": the subject is who earned, not a measure)?"""
    k = verb + 1
    while k < len(tokens) and tokens[k].pos in ("RB", "RBR"):
        k += 1
    if k >= len(tokens):
        return False
    if tokens[k].pos in ("IN", "TO"):
        return True
    return tokens[k].pos == "CD" and k + 1 < len(tokens) and tokens[k + 1].text.lower() in ("%", "percent", "pct")


def _restated_measure(a: SentenceAnalysis, marker: int, figure: str) -> str | None:
    """The main clause said of the far side's bare figure when that clause is a measure's copula with a figure
    ("The company's net income for the quarter was C$400 million, compared with C$410 million a year earlier" →
    "The company's net income was C$410 million"): its subject names the measure and the sentence's own "was"
    joins them, so the title names what the figure is of and whose it is, with no word the sentence lacks. The
    subject stops at its first preposition other than "of" ("for the quarter" is the near side's period, not the
    far side's); None when the verb is no copula, no figure follows it, or the subject is no common-noun phrase
    ("It was $5 million", "Smith was 45")."""
    tokens = a.tokens
    g = bisect_right(a.group_firsts, marker - 1) - 1
    if g < 0:
        return None
    group = a.groups[g]
    copula = _COMPARED_COPULAS.get(group.main.text.lower()) if group.first == group.last else None
    # (a lone finite group's participle tag is the tagger's slip for the past: "Sales increased/VBN 5% to …")
    if copula is None and group.first == group.last and group.finite and group.main.pos in ("VBD", "VBN") \
            and group.main.text.islower() \
            and verb_lemmas(group.main.text).isdisjoint(REPORTING_LEMMAS) \
            and any(_is_figure(t) for t in tokens[group.last + 1:marker]) \
            and _changes_intransitively(tokens, group.last) \
            and _verb_object_before(tokens, group.last + 1, marker) is None:
        # A measure's past change with no object of its own ("Sales rose 5% to $5 million from $4.1 million"): the
        # far side's figure is the measure's earlier one, said with the copula of its head's number ("Sales were
        # $4.1 million"); the verb changed the subject's figure, not an object's ("raised rates from 5.5%").
        copula = ""
    elif copula is None or not any(_is_figure(t) for t in tokens[group.last + 1:group.last + 4]):
        return None  # (not "will be", "could be": a forecast's figure is no figure of the far side's past)
    subject = a.subject_of(group)
    if subject is None or subject[1] > group.first or subject[1] - subject[0] > 12 \
            or subject[0] > 0 and tokens[subject[0] - 1].pos in ("IN", "TO") \
            and tokens[subject[0] - 1].text.lower() != "that":
        # (a preposition's object is no subject: "Net for the nine months was …", not "The nine months"; a reported
        # clause's "that" is no preposition: "Acme said that its net loss was …")
        return None
    words = list(tokens[subject[0]:subject[1]])
    # (a participle before a noun is a compound's modifier: "operating profit", "adjusted earnings")
    if not all(t.pos in _MEASURE_PHRASE_TAGS or t.pos in ("VBG", "VBN") and 0 < i < len(words) - 1
               and words[i + 1].pos in ("JJ", "NN", "NNS") for i, t in enumerate(words)):
        return None
    cut = next((i for i, t in enumerate(words) if t.pos == "IN" and t.text.lower() != "of"), len(words))
    words = words[:cut]
    head = next((i for i, t in enumerate(words) if t.pos == "IN"), len(words)) - 1
    if head < 0 or words[head].pos not in ("NN", "NNS") or not words[head].text[:1].isalpha() \
            or words[-1].pos not in ("NN", "NNS"):
        return None  # "Smith was 45", "The company's was …": no measure named by a common noun
    if not copula:
        copula = "were" if words[head].pos == "NNS" else "was"
    return f"{_join(words)} {copula} {figure}"
