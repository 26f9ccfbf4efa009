"""The tagger's shortcuts answer as the plain rules do: Brill's lexical rules walked one by one, every contextual
rule tried at every word, and a lexicon look-up that reads its stretch of the file afresh. Each test compares the
shortcut with a straightforward reference kept here, over the words and sentences of the fixture articles."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest

from timeline_app.core import grammar
from timeline_app.core.documents import split_sentences

FIXTURES = Path(__file__).parent / "fixtures"


def _fixture_sentences() -> list[str]:
    sentences: list[str] = []
    for path in sorted(FIXTURES.rglob("*.txt")):
        text = path.read_text(encoding="utf-8", errors="replace")
        sentences += [text[s.start:s.end] for s in split_sentences(text)]
    return sentences


@pytest.fixture(scope="module")
def sentences() -> list[str]:
    found = _fixture_sentences()
    assert len(found) > 500
    return found


def _plain_lexical_tag(word: str, tag: str, before: str, after: str, brill) -> str:
    """Brill's lexical rules each in turn, every one tested (what `_lexical_tag` did before its index)."""
    knows = brill.lexicon.knows
    for when, cmd, a, new, n in brill.lexical:
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
            hit = before == a
        else:
            hit = after == a
        if hit:
            tag = new
    return tag


def test_the_lexical_rules_index_gives_every_word_the_plain_walks_tag(sentences, monkeypatch):
    """Every word of the fixtures (and made-up ones: affixes alone, one letter, marks, digits) under each tag the
    rules start from, beside no neighbour and beside each neighbour a rule names: the same tag as every rule
    tested in turn. Fails if the index left out a rule a word can hit."""
    # (the lexicon's answers kept for the test: both walks ask it about the same made-up spellings)
    monkeypatch.setattr(grammar._Lexicon, "knows", lru_cache(maxsize=None)(grammar._Lexicon.knows))
    brill = grammar._brill()
    words = set(sorted({w for s in sentences for w in grammar.token_texts(s)})[::3])  # (a third: fast enough)
    words |= {r[2] for r in brill.lexical} | {r[2] + "x" for r in brill.lexical} | {"x" + r[2] for r in brill.lexical}
    words |= {"", "a", "A", "-", ".", "3", "3.5", "re-elected", "Reupke", "unhappily", "ex-chief", "naïve"}
    befores = ["", *sorted(brill.after_words)]
    afters = ["", *sorted(brill.before_words)]
    starting_tags = sorted({"NN", "NNP", *(r[0] for r in brill.lexical if r[0] is not None)})
    differ = []
    for k, word in enumerate(sorted(words)):
        for tag in starting_tags if k % 7 == 0 else ("NN", "NNP"):
            for before, after in (("", ""), (befores[k % len(befores)], afters[k % len(afters)])):
                if grammar._lexical_tag(word, tag, before, after, brill) \
                        != _plain_lexical_tag(word, tag, before, after, brill):
                    differ.append((word, tag, before, after))
    assert differ == []
    assert len(words) > 1500


def _plain_contextual(keys: list[str], tags: list[str], brill) -> list[str]:
    """Brill's contextual rules as he applies them, without masks or scans: each rule in turn, at every word
    left to right."""
    pad = ["STAART"] * 3
    w = pad + keys + pad
    t = pad + tags + pad
    for rule in brill.context:
        for i in range(3, len(t) - 3):
            if t[i] == rule.source and rule.check(w, t, i):
                t[i] = rule.target
    return t[3:-3]


def test_the_contextual_rules_masks_change_what_trying_every_rule_changes(sentences, monkeypatch):
    """Each fixture sentence tagged with `_contextual` (its masks by tag, word, pair and the edges' three tags) and
    with every rule tried at every word: the same tags. Fails if a mask kept out a rule that applies."""
    calls: list[tuple[list[str], list[str], list[str]]] = []
    contextual = grammar._contextual

    def both(keys, tags, brill):
        calls.append((list(keys), list(tags), _plain_contextual(keys, list(tags), brill)))
        return contextual(keys, tags, brill)

    monkeypatch.setattr(grammar, "_contextual", both)
    brill = grammar._brill()
    for sentence in sentences[::2]:
        words = grammar.token_texts(sentence)
        if words:
            grammar._tags(words)
    assert len(calls) > 400
    assert [(keys, plain) for keys, tags, plain in calls if contextual(keys, tags, brill) != plain] == []
    assert sum(plain != tags for _keys, tags, plain in calls) > 100  # (the rules changed tags: a real test)


def test_an_edge_rule_is_let_through_once_an_earlier_rule_makes_its_three_tags():
    """The rules that want the sentence's start beside a word ("NNP NN SURROUNDTAG STAART NNS") are let through by
    the first word's tag and the next one's, as they stand after each rule, not only as the sentence started: in
    "Acme names new chief" one rule makes the name a noun, and a later one wants that noun at the start."""
    brill = grammar._brill()
    assert any(r.surround and r.surround[0] == "STAART" for r in brill.context)
    keys, tags = ["Acme", "names", "new", "chief"], ["NNP", "NNS", "JJ", "JJ"]
    plain = _plain_contextual(keys, list(tags), brill)
    assert plain[0] not in ("NNP", "NN")  # (moved twice: a real case for the masks)
    assert grammar._contextual(keys, list(tags), brill) == plain
    for tags in (["NNP", "DT", "VB"], ["NNP", "NN", "VB"], ["NNP", "VB", "NN"], ["NNP"], ["NN", "NNP"]):
        keys = ["Smith", "the", "walk"][:len(tags)]
        assert grammar._contextual(keys, list(tags), brill) == _plain_contextual(keys, list(tags), brill)


def test_a_longer_word_in_the_stretch_read_last_is_read_on_not_missed(tmp_path, monkeypatch):
    """A look-up reads its samples' stretch and a line more; the next look-up in the same stretch reuses it only
    when it holds all that look-up would read: a longer word whose line ends past the stretch read for a short
    one is found (read afresh), and a word read after another in the stretch has its own tag."""
    long_word = "ab" + "c" * 300
    lines = ["a DT", "aa NN", "ab NN", long_word + " JJ", "abd VB", "b NN", "zz NN"]
    path = tmp_path / "lexicon.txt"
    path.write_bytes(";;; header\n".encode() + "\n".join(lines).encode() + b"\n")
    monkeypatch.setattr(grammar._SortedLines, "SAMPLE", 1024)  # one stretch: every word in it
    lexicon = grammar._Lexicon(path)
    assert lexicon._lines.text is None  # on file
    assert lexicon.get("a") == "DT"
    assert len(lexicon._lines._last_read[1]) < len(long_word)  # (the stretch read ends before the long word's tag)
    assert lexicon.get(long_word) == "JJ"
    for word, tag in [("abd", "VB"), ("aa", "NN"), ("zz", "NN"), ("ab", "NN"), ("abc", None), ("b", "NN")]:
        assert lexicon.unkept_tag(word) == tag, word

