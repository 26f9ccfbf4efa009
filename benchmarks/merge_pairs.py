"""Likely missed and likely wrong merges across articles, read from `extract` JSON.

    python benchmarks/merge_pairs.py OUT.json [OUT2.json ...] [--examples N] [--show missed|wrong|both]
    python ../shared/events-dev/score.py --examples 0 --articles /tmp/art   # writes such JSON, e.g.
    python benchmarks/merge_pairs.py /tmp/art/tbaq-AQUAINT.json /tmp/art/timeline-apple.json

The articles are read from each document's `path` (the JSON names them). For every pair of dates, the
events on exactly those dates are compared pairwise, each pair through its mentions in different articles:

* a *likely missed merge* is a pair of events whose mention sentences (in two articles) are near-duplicates
  (half the word trigrams of the shorter one are in the other: a quote or a copied sentence), or name the
  same key participants (two names in common, or the one name each gives) and the same action (a verb or
  an event noun of the same lemma, read over the whole sentence);
* a *likely wrong merge* is one event whose mentions disagree: some article's mentions share neither a name
  nor an action with any other article's mentions (and are no near-duplicate of one).

The reading is deliberately its own (whole sentences, full lemmas, no merging code): it is a second opinion
on merging's rules, to be judged by hand, not a score. It never fails; it prints counts and examples.
"""
from __future__ import annotations

import argparse
import functools
import itertools
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from timeline_app.core import grammar  # noqa: E402
from timeline_app.core.extraction import actors_in  # noqa: E402

_TOKEN = re.compile(r"[A-Za-z0-9]+(?:['’][A-Za-z]+)?")
_LOWER = re.compile(r"(?<![\w'’-])[a-z]{3,}")
# Verbs that say no action of their own (a report, a state, an auxiliary).
_LIGHT = frozenset("""be have do say tell will would can could may might must shall should get go make take give
come become seem appear continue include use know think want add note state claim report expect call ask let put
keep begin start hold remain see look find need try show accord""".split())
_NOMINAL = re.compile(r"(?:ment|tion|sion|ance|ence|ure|al|ing)s?$")
_NEAR_DUPLICATE = 0.5


@functools.lru_cache(maxsize=None)
def _action(word: str) -> str | None:
    """The lemma of a lower-case word that says what happened (a verb, or a noun made from one), else None."""
    lemmas = grammar.all_lemmas(word)
    verb = lemmas.get("VERB")
    if verb and verb[0] not in _LIGHT:
        return verb[0]
    noun = lemmas.get("NOUN")
    if noun and _NOMINAL.search(noun[0]) and len(noun[0]) > 5:
        return noun[0]
    return None


@functools.lru_cache(maxsize=None)
def _reading(sentence: str) -> tuple[frozenset, frozenset[str], frozenset[str]]:
    """(word trigrams, names, action lemmas) of a sentence."""
    words = [w.lower() for w in _TOKEN.findall(sentence)]
    trigrams = frozenset(zip(words, words[1:], words[2:]))
    actions = frozenset(a for w in _LOWER.findall(sentence) if (a := _action(w)))
    return trigrams, actors_in(sentence), actions


def near_duplicate(a: str, b: str) -> bool:
    ta, tb = _reading(a)[0], _reading(b)[0]
    if min(len(ta), len(tb)) < 3:
        return False
    return len(ta & tb) / min(len(ta), len(tb)) >= _NEAR_DUPLICATE


def same_participants_and_action(a: str, b: str) -> bool:
    _, na, aa = _reading(a)
    _, nb, ab = _reading(b)
    shared = na & nb
    key_people = len(shared) >= 2 or (len(shared) == 1 and (len(na) == 1 or len(nb) == 1))
    return key_people and bool(aa & ab)


def agree(a: str, b: str) -> bool:
    """Whether two sentences can report one happening: near-duplicates, or a name and an action in common."""
    if near_duplicate(a, b):
        return True
    _, na, aa = _reading(a)
    _, nb, ab = _reading(b)
    return bool(na & nb) and bool(aa & ab)


def _load(path: Path) -> tuple[str, list[dict]]:
    data = json.loads(path.read_text(encoding="utf-8"))
    texts = {d["id"]: Path(d["path"]).read_text(encoding="utf-8") for d in data["documents"]}
    events = []
    for e in data["events"]:
        mentions = [(m["document"], texts[m["document"]][m["sentence_start"]:m["sentence_end"]].strip())
                    for m in e["mentions"]]
        events.append({"id": e["id"], "title": e["title"], "dates": (e["start"], e["end"]), "mentions": mentions})
    return path.stem, events


def missed_pairs(events: list[dict]) -> list[tuple[str, dict, dict, tuple[str, str], tuple[str, str]]]:
    """(why, event, event, mention, mention) for each pair of events on the same dates that looks like one."""
    by_dates: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for e in events:
        by_dates[e["dates"]].append(e)
    out = []
    for group in by_dates.values():
        # Mention pairs one event of these dates already holds (a sentence can report two events) are no miss.
        held = {(ma, mb) for e in group for ma in e["mentions"] for mb in e["mentions"]}
        for a, b in itertools.combinations(group, 2):
            found = None
            for ma, mb in itertools.product(a["mentions"], b["mentions"]):
                if ma[0] == mb[0] or (ma, mb) in held:
                    continue
                if near_duplicate(ma[1], mb[1]):
                    found = ("near-duplicate", ma, mb)
                    break
                if found is None and same_participants_and_action(ma[1], mb[1]):
                    found = ("participants+action", ma, mb)
            if found:
                out.append((found[0], a, b, found[1], found[2]))
    return out


def wrong_merges(events: list[dict]) -> list[tuple[dict, str]]:
    """(event, article) for each event with an article whose mentions agree with no other article's."""
    out = []
    for e in events:
        by_doc: dict[str, list[str]] = defaultdict(list)
        for doc, sentence in e["mentions"]:
            by_doc[doc].append(sentence)
        if len(by_doc) < 2:
            continue
        for doc, sentences in by_doc.items():
            others = [s for d, ss in by_doc.items() if d != doc for s in ss]
            if not any(agree(s, o) for s in sentences for o in others):
                out.append((e, doc))
                break
    return out


def _short(text: str, width: int = 150) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[:width - 1] + "…"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("json", nargs="+", type=Path)
    ap.add_argument("--examples", type=int, default=10, help="examples of each kind per file (0: none, -1: all)")
    ap.add_argument("--show", choices=("missed", "wrong", "both"), default="both")
    args = ap.parse_args(argv)
    total_missed = total_wrong = 0
    for path in args.json:
        name, events = _load(path)
        merged = sum(1 for e in events if len({d for d, _ in e["mentions"]}) > 1)
        missed = missed_pairs(events)
        wrong = wrong_merges(events)
        total_missed += len(missed)
        total_wrong += len(wrong)
        dup = sum(1 for m in missed if m[0] == "near-duplicate")
        print(f"{name}: {len(events)} events, {merged} in several articles; likely missed merges {len(missed)} "
              f"(near-duplicate {dup}, participants+action {len(missed) - dup}); likely wrong merges {len(wrong)}")
        limit = None if args.examples < 0 else args.examples
        if args.show in ("missed", "both"):
            for why, a, b, ma, mb in missed[:limit]:
                print(f"  missed [{why}] {a['dates'][0]}..{a['dates'][1]}: {a['id']} / {b['id']}")
                print(f"    {ma[0]}: {_short(ma[1])}")
                print(f"    {mb[0]}: {_short(mb[1])}")
        if args.show in ("wrong", "both"):
            for e, doc in wrong[:limit]:
                print(f"  wrong {e['dates'][0]}..{e['dates'][1]} {e['id']} {_short(e['title'], 70)!r}: {doc} agrees "
                      f"with no other article")
                for d, s in e["mentions"][:6]:
                    print(f"    {'*' if d == doc else ' '}{d}: {_short(s)}")
    if len(args.json) > 1:
        print(f"all: likely missed merges {total_missed}; likely wrong merges {total_wrong}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
