"""Every title on real news is in the source's own words (issue 8, part 3).

Runs extraction over every article of the development sets in `../shared` (the TimeLine trial's Wikinews
articles and TimeBank + AQUAINT), written as text by the events-dev scorer's own functions, and checks
each title: every word is a word of its sentence (or of the three sentences before, or of the headline, where a
pronoun took its antecedent, or the given name the article writes before that person's family name) or an inflection of
one that lemminflect produced, no word twice in a row, and no title ends in a word that needs another after it.
Skipped when `../shared` is absent.
"""
from __future__ import annotations

import bisect
import importlib.util
import re
import sys
from functools import lru_cache
from pathlib import Path
from types import ModuleType

import pytest

from timeline_app.core import grammar
from timeline_app.core.documents import document_from_text
from timeline_app.core.extraction import Candidate, extract_mentions

ROOT = Path(__file__).resolve().parents[2]
SCORER = ROOT.parent / "shared" / "events-dev" / "score.py"

# The words a title may add: an inferred earlier happening says so ("Berg's previous visit to Norway"); a name in a
# possessive pronoun's place takes the possessive mark ("Compaq said its net income rose" → "Compaq's net income");
# a telling verb without its audience is told as "say" ("told reporters that …" → "says that …"); a deadline says
# whose it is ("Deadline for the firm to reply"); a compared figure of a measure that changed is said with the
# copula of the measure's head ("Net income fell … from $52.2 million" → "Net income was $52.2 million").
MARKERS = frozenset({"previous", "previously", "deadline", "for", "s", "says", "say", "said", "was", "were"})
FUNCTION_WORDS = frozenset("""
a an the this these those its his her their our my your
of for in on at from with without to by about over under into onto against through during since until
before after between among via per than as
and or but nor so yet if because while although though whether which that who whom whose
is are was were be been being am has have had having do does did will would shall should can could
may might must not n't 's
""".split())
_WORD = re.compile(r"[^\W_]+")  # "It's" and "It 's", "ABC-TV's": the same words


def _scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("events_dev_score", SCORER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("events_dev_score", module)  # its dataclass-like classes look themselves up
    spec.loader.exec_module(module)
    return module


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text.replace("’", "'"))]


@lru_cache(maxsize=None)
def _lemmas(word: str) -> frozenset[str]:
    import lemminflect

    return frozenset(lemma for forms in lemminflect.getAllLemmas(word).values() for lemma in forms)


@lru_cache(maxsize=None)
def _inflections(lemma: str) -> frozenset[str]:
    import lemminflect

    return frozenset(f.lower() for forms in lemminflect.getAllInflections(lemma).values() for f in forms)


def _produced_from(word: str, source: set[str]) -> bool:
    """Is `word` an inflection that lemminflect gives of the lemma of a word in `source`?"""
    return any(word in _inflections(lemma) for s in source for lemma in _lemmas(s) & (_lemmas(word) | {word}))


def _ends_whole(title: str, source_text: str) -> bool:
    """Does the title end in a word that needs nothing after it though it may be a function word: a verb's
    particle where the source has it so ("The talks fall through" from "fell through on Friday",
    `grammar.is_particle`), or a capitalised name ("… conclude by May")?"""
    words = _WORD.findall(title)
    if len(words) > 1 and words[-1][:1].isupper():
        return True
    last = words[-1].lower()
    tokens = grammar.tag_words(source_text)
    return any(t.text.lower() == last and grammar.is_particle(tokens, k) for k, t in enumerate(tokens))


def _problems(title: str, source_text: str) -> list[str]:
    words = _words(title)
    source = set(_words(source_text))
    out = []
    for w in words:
        if w not in source and w not in MARKERS and not _produced_from(w, source):
            out.append(f"invented word {w!r}")
    pairs = set(zip(_words(source_text), _words(source_text)[1:]))
    for a, b in zip(words, words[1:]):
        if a == b and (a, b) not in pairs:
            out.append(f"{a!r} twice in a row")
    if words and words[-1] in FUNCTION_WORDS and not title.endswith("…") and not _ends_whole(title, source_text):
        out.append(f"ends in {words[-1]!r}")
    elif words and title.endswith("…") and words[-1] in FUNCTION_WORDS:
        out.append(f"cut after {words[-1]!r}")
    return out


@pytest.fixture(scope="session")
def dev_titles() -> list[tuple[str, Candidate, str]]:
    """(article id, candidate, source text) for every candidate of every development article."""
    if not SCORER.is_file() or not (ROOT.parent / "shared" / "tempeval-dev").is_dir():
        pytest.skip("../shared (events-dev, tempeval-dev) is not here")
    score = _scorer()
    out = []
    for gold in (score.load_timeline(), score.load_tbaq()):
        for article in gold.articles.values():
            doc = document_from_text(article.text, id=article.id)
            starts = [s.start for s in doc.sentences]
            for c in extract_mentions(doc):
                m = c.mention
                # The sentence, and the three before it (a pronoun's antecedent comes from there).
                k = bisect.bisect_left(starts, m.sentence_start)
                lo = doc.sentences[max(0, k - 3)].start if k > 0 else m.sentence_start
                source = doc.text[min(lo, m.sentence_start):m.sentence_end]
                # A he/she whose sentences before name nobody takes the headline's one person; a person is
                # named in full, by the given name the article writes before the family name.
                full = " ".join(grammar.full_name(doc.text, family) for family in grammar.person_surnames(doc.text))
                out.append((article.id, c, f"{doc.title or ''}\n{source}\n{full}"))
    return out


def test_the_dev_sets_give_titles(dev_titles) -> None:
    assert len(dev_titles) > 500


def test_every_dev_title_is_in_the_sources_words(dev_titles) -> None:
    bad = []
    for doc_id, c, source in dev_titles:
        if c.period:
            continue  # named from the table of periods ("Cold War"), not from the sentence
        found = _problems(c.title, source)
        if found:
            bad.append(f"{doc_id}: {c.title!r}: {', '.join(found)}")
    assert not bad, f"{len(bad)} titles:\n" + "\n".join(bad[:40])


@pytest.mark.parametrize("title, source, problem", [
    ("He eventually fls the country", "He eventually fled the country in 2010.", "invented word 'fls'"),
    ("The A380 will will begin regular service", "The A380 will begin regular service in October.",
     "'will' twice in a row"),
    ("Talks resumed in", "Talks resumed in 2010.", "ends in 'in'"),
    ("The company has", "The company has a deadline set for 2010.", "ends in 'has'"),
    ("He eventually flees the country", "He eventually fled the country in 2010.", None),  # lemminflect's
    ("Berg's previous visit to Norway", "Berg's first visit to Norway since 2011.", None),
    # a verb's particle, where the source has no object after it, and a name end a title
    ("The talks fall through", "The talks fell through on Friday.", None),
    ("The talks are supposed to conclude by May", "The talks are supposed to conclude by May.", None),
    ("The board will vote on", "The board will vote on whether the school can move.", "ends in 'on'"),
])
def test_the_checks_catch_bad_titles(title: str, source: str, problem: str | None) -> None:
    found = _problems(title, source)
    assert (problem in found) if problem else found == []
