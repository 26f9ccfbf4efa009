"""Issue 7: what the core loads once to analyse any text (its set-up: the tagger's lexicon and rules,
lemminflect's tables, the modules a load imports) is held compactly, and gives exactly what the plain
tables gave. Memory is measured by tracemalloc in a fresh interpreter, with headroom; no timings."""
from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from timeline_app.core import grammar

ROOT = Path(__file__).resolve().parents[2]
ARTICLE = ROOT / "tests" / "core" / "fixtures" / "articles" / "a_talks.txt"


def _fresh(code: str) -> dict:
    """Runs `code` (which prints one JSON line last) in a new interpreter on this checkout."""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT,
                         env={"PYTHONPATH": str(ROOT), "TIMELINE_APP_CACHE": "0", "PATH": "/usr/bin:/bin"})
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_the_tables_take_a_few_mb():
    """The Brill lexicon was a dict of 94,000 words and lemminflect's tables a dict of 14,500 blocks besides
    their text: 14.3 MB together; then the text of each and a kilobyte's sample of keys: 5.7 MB. Now the lexicon
    is read from its file (`_SortedLines.keep_on_file`): 4.2 MB."""
    held = _fresh("""
import gc, json, tracemalloc
from timeline_app.core import grammar
gc.collect()
tracemalloc.start()
grammar.load_tables()
gc.collect()
print(json.dumps({"held": tracemalloc.get_traced_memory()[0]}))
""")["held"]
    assert held < 5_000_000, f"{held / 1e6:.1f} MB"


def test_loading_the_tables_makes_no_passing_copies_of_them():
    """Each table is read into its one buffer in place (`grammar._table_buffer`): reading a table whole, decoding
    it and putting a newline before it made passing copies, 2.2 MB above what the tables hold, which the
    allocator kept resident (the set-up's RSS was 10 MB for 5.7 MB held)."""
    found = _fresh("""
import gc, json, tracemalloc
from timeline_app.core import grammar
gc.collect()
tracemalloc.start()
grammar.load_tables()
gc.collect()
held, peak = tracemalloc.get_traced_memory()
print(json.dumps({"held": held, "peak": peak}))
""")
    assert found["peak"] - found["held"] < 1_000_000, f"{(found['peak'] - found['held']) / 1e6:.1f} MB"


def test_the_set_up_of_a_small_article_is_small():
    """All that one small article's analysis leaves behind once its sentence memos are emptied (the tables
    and the modules the load imports on first use): 20.4 MB before, about 9.5 MB now."""
    found = _fresh(f"""
import gc, json, sys, tracemalloc
from pathlib import Path
from timeline_app.core import grammar
from timeline_app.core.pipeline import build_timeline
gc.collect()
tracemalloc.start()
timeline = build_timeline([Path({str(ARTICLE)!r})], cache=False)
events = len(timeline.events)
del timeline
grammar.release_caches()
gc.collect()
print(json.dumps({{"held": tracemalloc.get_traced_memory()[0], "events": events, "modules": sorted(sys.modules)}}))
""")
    assert found["events"] > 0
    assert found["held"] < 13_000_000, f"{found['held'] / 1e6:.1f} MB"
    # What a plain-text load never needs: the e-mail parser, zip files, the process pool's machinery.
    unneeded = {"email.message", "email.policy", "zipfile", "multiprocessing", "concurrent.futures"}
    assert unneeded.isdisjoint(found["modules"]), unneeded & set(found["modules"])


def _plain_lexicon(path: Path) -> dict[str, str]:
    """The lexicon as a dict read a line at a time (what `_Lexicon` replaced): the reference."""
    return {row[0]: row[1] for row in grammar._rows(path) if len(row) >= 2}


def test_the_lexicon_gives_every_word_its_tag():
    path = grammar._data_dir() / "en-lexicon.txt"
    plain = _plain_lexicon(path)
    lexicon = grammar._Lexicon(path)
    assert lexicon._lines.text is None  # the shipped lexicon is read from its file
    assert len(plain) > 90_000
    assert [w for w, tag in plain.items() if lexicon.get(w) != tag or lexicon.tag_of(w) != tag] == []
    assert [w for w in plain if not lexicon.knows(w)] == []
    # All of it by tag (`opening_words` reads the words of some tags): not only the words looked up so far.
    assert _by_tag(lexicon, plain) == _plain_by_tag(plain)
    assert lexicon.get("the") == "DT" and lexicon.get("zzzqx") is None and lexicon.get("zzzqx", "NN") == "NN"
    for word in ["", " ", "\n", "the the", "zzzqx", "The", "THE", "tHe", "it’s", "it's", "“", "♥", "£", "a\nb",
                 "Bt-7", "1,000", "ÉTÉ", "the\ud800", "\udcff", "the\r", "the DT", "\nthe"]:
        assert lexicon.get(word) == plain.get(word), word
        assert (word in lexicon) == (word in plain) == lexicon.knows(word), word


def _plain_by_tag(plain: dict[str, str]) -> dict[str, list[str]]:
    by_tag: dict[str, list[str]] = {}
    for word, tag in plain.items():
        by_tag.setdefault(tag, []).append(word)
    return {tag: sorted(words) for tag, words in by_tag.items()}


def _by_tag(lexicon: grammar._Lexicon, plain: dict[str, str]) -> dict[str, list[str]]:
    """Every tag's words as `words_tagged` gives them one tag at a time, and all the tags at once too."""
    tags = sorted(set(plain.values()))
    everything = lexicon.words_tagged(tags)
    assert sorted(everything) == sorted(plain) and len(everything) == len(set(everything))
    return {tag: sorted(lexicon.words_tagged([tag])) for tag in tags}


def test_words_tagged_takes_tags_as_text_not_patterns():
    """Tags with a regex's characters ("PRP$", "(") are matched as they are written, and a tag is matched
    whole ("PRP" is not "PRP$")."""
    lexicon = grammar._brill().lexicon
    assert "his" in lexicon.words_tagged(["PRP$"]) and "his" not in lexicon.words_tagged(["PRP"])
    assert "he" in lexicon.words_tagged(["PRP"]) and "he" not in lexicon.words_tagged(["PRP$"])
    assert lexicon.words_tagged(["P.P"]) == [] and lexicon.words_tagged([]) == []
    plain = _plain_lexicon(grammar._data_dir() / "en-lexicon.txt")
    assert sorted(lexicon.words_tagged(["("])) == sorted(w for w, tag in plain.items() if tag == "(") != []


def test_the_lexical_rules_spellings_are_not_kept():
    """Brill's lexical rules try made-up spellings of an unknown word ("Reupkes", "unReupke"): read from the
    text, they are not kept among the words looked up, which hold the words the text asks about."""
    brill = grammar._brill()
    brill.lexicon.looked_up.clear()
    grammar._lexical_tag("Zorblaxes", "NNP", "", "", brill)
    grammar._lexical_tag("zorblaxing", "NN", "", "", brill)
    assert len(brill.lexicon.looked_up) == 0


def test_a_lexicon_of_any_layout_reads_as_line_by_line(tmp_path, monkeypatch):
    """Unsorted, odd spacing, blank lines, extra fields, comments, a word listed twice, lines beyond Latin-1:
    the same tags as the line-by-line reading (the shipped file has some of these; the rest may come)."""
    lines = [";;; a comment", "zebra NN", "apple NN", "", "  banana\tNN  extra", "apple JJ", "naïve JJ",
             "it’s VBZ", ";;;x y", "cherry NNS", "♥ SYM", "b NN", "a DT", "ab NN"]
    path = tmp_path / "lexicon.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    monkeypatch.setattr(grammar._SortedLines, "SAMPLE", 4)  # a sample every line or two: every path walked
    plain = _plain_lexicon(path)
    lexicon = grammar._Lexicon(path)
    assert plain["apple"] == "JJ"
    for word in [*plain, "a b", "apple JJ", "zz", "", "abc", "ba"]:
        assert lexicon.get(word) == plain.get(word), word
    assert _by_tag(lexicon, plain) == _plain_by_tag(plain)
    assert lexicon.words_tagged(["NN"]).count("apple") == 0  # listed NN, then JJ: JJ, as the dict keeps


def test_a_lexicon_with_carriage_returns_reads_as_text_mode_does(tmp_path, monkeypatch):
    """Windows line ends, an old Mac one inside a line and no newline after the last line: read as the
    line-by-line text-mode reading reads them (the lexicon is read as bytes, its odd lines as text)."""
    path = tmp_path / "lexicon.txt"
    path.write_bytes(b";;; a comment\r\nbanana NN\r\napple NN\rcherry NNS\r\n\r\nzebra NN extra\r\nfig NN")
    monkeypatch.setattr(grammar._SortedLines, "SAMPLE", 4)
    plain = _plain_lexicon(path)
    assert plain == {"banana": "NN", "apple": "NN", "cherry": "NNS", "zebra": "NN", "fig": "NN"}
    lexicon = grammar._Lexicon(path)
    for word in [*plain, "apple NN", "apple\r", "", ";;;"]:
        assert lexicon.get(word) == plain.get(word), word
    assert _by_tag(lexicon, plain) == _plain_by_tag(plain)


@pytest.mark.parametrize("header", [b"", b";;; a comment\n;;;\n"])
@pytest.mark.parametrize("end", [b"", b"\n"])
@pytest.mark.parametrize("sample", [1, 4, 1024])
def test_a_lexicon_read_from_its_file_gives_every_word_its_tag(tmp_path, monkeypatch, header, end, sample):
    """A lexicon that is its file bar a comment header is read from the file (`_SortedLines.keep_on_file`), a
    word's stretch at a time: the same tags as the line-by-line reading, the first and last words, a word listed
    twice (its last tag) and a word whose lines run past a stretch read among them."""
    lines = ["a DT", "apple NN", "apple JJ", "b NN", "banana NN", "naïve JJ", "zebra NN", "zebras NNS", "♥ SYM"]
    lines[5:5] = [f"bb{k:03} NN" for k in range(40)]
    path = tmp_path / "lexicon.txt"
    path.write_bytes(header + "\n".join(lines).encode("utf-8") + end)
    monkeypatch.setattr(grammar._SortedLines, "SAMPLE", sample)
    plain = _plain_lexicon(path)
    lexicon = grammar._Lexicon(path)
    assert lexicon._lines.text is None  # on file
    for word in [*plain, "", "aa", "apple JJ", "bb", "bb040", "zebra NN", "zz", "♥♥", "\n"]:
        assert lexicon.get(word) == plain.get(word), word
    assert _by_tag(lexicon, plain) == _plain_by_tag(plain)
    monkeypatch.setattr(grammar._SortedLines, "SAMPLE", 1)
    table = grammar._SortedLines(bytearray(b"\n" + b"\n".join(f"k,{n}".encode() for n in range(50)) + b"\nl,x"), b",")
    file = tmp_path / "table.csv"
    file.write_bytes(b"\n".join(f"k,{n}".encode() for n in range(50)) + b"\nl,x\n")
    assert table.keep_on_file(file) and table.text is None
    assert table.lines(b"k") == [str(n).encode() for n in range(50)] and table.lines(b"l") == [b"x"]


def test_a_lexicon_other_than_its_file_is_kept_in_memory(tmp_path):
    """Respelled lines (or any other difference from the file): the text stays in memory."""
    path = tmp_path / "lexicon.txt"
    path.write_bytes(b"apple NN\nbanana  NN\ncherry NN\n")
    lexicon = grammar._Lexicon(path)
    assert lexicon._lines.text is not None and lexicon.get("banana") == "NN"
    table = grammar._SortedLines(bytearray(b"\napple,1\nbanana,2"), b",")
    path.write_bytes(b"apple,1\nbanana,3")
    assert not table.keep_on_file(path) and table.lines(b"banana") == [b"2"]


def test_unsorted_lines_are_sorted_and_found_in_order(monkeypatch):
    monkeypatch.setattr(grammar._SortedLines, "SAMPLE", 3)
    table = grammar._SortedLines(bytearray(b"\npear,1\napple,2\npear,3\nfig,4\napple,5\n"), b",")
    assert table.lines(b"pear") == [b"1", b"3"] and table.lines(b"apple") == [b"2", b"5"]
    assert table.lines(b"fig") == [b"4"] and table.lines(b"grape") == [] and table.lines(b"") == []


@pytest.mark.parametrize("sample", [1, 3, 1024])
def test_a_table_ending_in_a_newline_has_no_empty_line(monkeypatch, sample):
    """Every line has a key: the newline after the last line opens none (the shipped tables end in one)."""
    monkeypatch.setattr(grammar._SortedLines, "SAMPLE", sample)
    table = grammar._SortedLines(bytearray(b"\napple,2\napple,5\nfig,4\npear,1\n"), b",")
    assert not table.text.endswith(b"\n") and b"" not in table.keys
    assert table.lines(b"pear") == [b"1"] and table.lines(b"apple") == [b"2", b"5"] and table.lines(b"fig") == [b"4"]
    empty = grammar._SortedLines(bytearray(b"\n"), b",")
    assert empty.keys == [] and empty.lines(b"pear") == []


def test_the_lexicon_keeps_a_bounded_number_of_words(monkeypatch):
    """The words looked up are kept as a dict (C-level look-ups), but never more than its bound: a document
    of a million different names cannot grow it."""
    monkeypatch.setattr(grammar, "_LEXICON_CACHE_WORDS", 100)
    lexicon = grammar._Lexicon(grammar._data_dir() / "en-lexicon.txt")
    for k in range(1_000):
        assert lexicon.tag_of(f"Name{k}") is None
        assert len(lexicon.looked_up) <= 100
    assert lexicon.tag_of("the") == "DT" and lexicon.tag_of("The") == "DT"


@pytest.mark.parametrize("name", ["lemma_lu.csv.gz", "infl_lu.csv.gz"])
def test_the_morphology_tables_give_every_word_its_rows(name: str):
    """Every word of lemminflect's two tables: the same rows as the table read into a dict of lists."""
    import importlib.util

    spec = importlib.util.find_spec("lemminflect")
    path = Path(next(iter(spec.submodule_search_locations))) / "resources" / name
    plain: dict[str, list[list[str]]] = {}
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            fields = line.strip().split(",")
            if len(fields) > 1:
                plain.setdefault(fields[0], []).append(fields)
    table = grammar._MorphologyTable(path)
    assert len(plain) > 30_000
    assert [w for w, rows in plain.items() if table.rows(w) != rows] == []
    for word in ["", "zzzz", "a,b", "a\nb", "Aaro", "aaron", "AARON", "Aaron\ud800", "\udcff", "café", "Zürich",
                 *(w for w in plain if not w.isascii())]:
        assert table.rows(word) == plain.get(word, []), word


def _lexicon_on_file(tmp_path, monkeypatch, lines: list[str]):
    path = tmp_path / "lexicon.txt"
    path.write_bytes(";;; header\n".encode() + "\n".join(lines).encode("utf-8") + b"\n")
    monkeypatch.setattr(grammar._SortedLines, "SAMPLE", 16)
    lexicon = grammar._Lexicon(path)
    assert lexicon._lines.text is None  # on file
    return path, lexicon


def _finished(call, *args):
    """`call(*args)`'s answer, run on a thread that is given up on if it never ends (main's read on for ever)."""
    answer: list = []
    thread = threading.Thread(target=lambda: answer.append(call(*args)), daemon=True)
    thread.start()
    thread.join(30)
    assert not thread.is_alive(), "the look-up never ended"
    return answer[0]


_WORDS = [f"w{k:03} {'NN' if k % 2 else 'VB'}" for k in range(60)]


@pytest.mark.parametrize("cut_after", ["w050 ", "w05", "w051 NN\n"])
def test_a_lexicon_file_cut_in_place_is_read_as_it_now_is(tmp_path, monkeypatch, cut_after):
    """The lexicon's file cut in place while the app runs (just after a word's separator, or inside a word): the
    look-up ends (it read on for ever past the cut) and every word has the tag the file now gives, as a fresh
    reading of it would."""
    path, lexicon = _lexicon_on_file(tmp_path, monkeypatch, _WORDS)
    data = path.read_bytes()
    with open(path, "r+b") as f:
        f.truncate(data.index(cut_after.encode()) + len(cut_after))
    fresh = grammar._Lexicon(path)
    for word in ["w050", "w040", "w049", "w051", "w000", "w059"]:
        assert _finished(lexicon.get, word) == fresh.get(word), word
    assert lexicon.get("w049") == "NN"


def test_a_lexicon_file_written_anew_in_place_gives_its_new_tags(tmp_path, monkeypatch):
    """The same size written anew in place (its lines moved, other tags): the words have the file's new tags, as
    a fresh reading gives, not what the old text's places find in the new bytes."""
    path, lexicon = _lexicon_on_file(tmp_path, monkeypatch, _WORDS)
    swapped = [line.replace("NN", "XX").replace("VB", "NN").replace("XX", "VB") for line in _WORDS[3:]]
    swapped.append("z" * 20 + " NN")  # the 3 lines' bytes: every line 24 bytes earlier than it was
    stat = path.stat()
    with open(path, "r+b") as f:
        f.write(";;; header\n".encode() + "\n".join(swapped).encode() + b"\n")
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))  # (a coarse clock: another time)
    assert path.stat().st_size == stat.st_size
    fresh = grammar._Lexicon(path)
    words = [f"w{k:03}" for k in range(60)] + ["z" * 20]
    assert [lexicon.get(word) for word in words] == [fresh.get(word) for word in words]
    assert lexicon.get("w003") == "VB"


def test_a_lexicon_file_that_cannot_be_opened_is_kept_in_memory(tmp_path):
    """An error opening the file (here: none there) leaves the table in memory, not raised."""
    table = grammar._SortedLines(bytearray(b"\napple,1\nbanana,2"), b",")
    assert not table.keep_on_file(tmp_path / "missing.csv") and table.lines(b"banana") == [b"2"]
