"""Does every stage stay linear in its input? Times hostile and ordinary inputs at 100 KB, 1 MB and 10 MB.

    python benchmarks/growth.py                      # every case at 100 KB, 1 MB, 10 MB
    python benchmarks/growth.py --case tag_repeated_relative --sizes 100000 1000000
    python benchmarks/growth.py --timeout 60         # seconds allowed for one run (default 300)
    python benchmarks/growth.py --case extract_news --cache   # extract as the app runs: a new, empty cache

Each (case, size) runs in a child process, so a run that blows up is stopped at the timeout and reported
as such instead of hanging the benchmark. For each case it prints wall and CPU seconds, MB/s of CPU, the
growth ratio per 10x of input in CPU time (linear is 10; the target is <= 15) and the peak memory the run
added over the input's size (target <= 10x), with and without the one-off tables the run loads
(`w/o setup`: the peak over what the process held once they were loaded). Tests never assert timings;
this script is where the targets are watched.
"""
from __future__ import annotations

import argparse
import datetime as dt
import importlib
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic_words import MONTHS, PEOPLE, PLACES  # noqa: E402

REFERENCE = dt.date(2024, 6, 20)

NEWS_SENTENCES = [
    "On {month} {day}, {year}, {person} visited {place} for talks on trade.",
    "{person} signed an agreement in {place} on {month} {day}, {year}.",
    "It was {person}'s first visit to {place} since {year2}.",
    "The accord replaces older deals from {year2}, {year3}, and {year}.",
    "Officials said the talks would build on last week's negotiations in {place}.",
    "The visit, {person}'s first to {place} in {gap} years, drew crowds.",
    "Protesters gathered in {place} on Tuesday, and {person} spoke the next day.",
    "Prices rose 3.5% in the second quarter, with 2,000 jobs added, the ministry said.",
    "{person} resigned two days after the vote, and {place} held new elections in {month}.",
]


def _repeat(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def dated_lines_newest_first(size: int) -> str:
    """Dated list lines whose days go back one a line (Dec 28, 2199; Dec 27, 2199; ...), each with its own number."""
    months = ("Dec", "Nov", "Oct", "Sep", "Aug", "Jul", "Jun", "May", "Apr", "Mar", "Feb", "Jan")
    out: list[str] = []
    total = k = 0
    while total < size:
        year, rest = 2199 - k // 336, k % 336
        line = f"{months[rest // 28]} {28 - rest % 28}, {year} Harbour Board statement number {k}\n"
        out.append(line)
        total += len(line)
        k += 1
    return "".join(out)[:size]


def _news_paragraphs(size: int, seed: int = 3) -> list[str]:
    rng = random.Random(seed)
    out: list[str] = []
    total = 0
    while total < size:
        year = rng.randint(1990, 2025)
        s = rng.choice(NEWS_SENTENCES).format(
            month=rng.choice(MONTHS), day=rng.randint(1, 28), year=year, year2=year - rng.randint(5, 30),
            year3=year - rng.randint(31, 60), person=rng.choice(PEOPLE), place=rng.choice(PLACES),
            gap=rng.randint(2, 30))
        out.append(s)
        total += len(s) + 2
    return out


def news_text(size: int) -> str:
    return ("Talks in the capital\nThursday, June 20, 2024\n\n" + "\n\n".join(_news_paragraphs(size)))[:size]


def news_html(size: int) -> str:
    head = ("<html><head><title>Talks in the capital</title>"
            '<meta property="article:published_time" content="2024-06-20"></head><body><article>')
    body = "".join(f"<p>{p}</p>\n" for p in _news_paragraphs(size))
    return (head + body)[: size - 30] + "</article></body></html>"


def advertisement_lines(size: int) -> str:
    paragraphs = _news_paragraphs(size)
    return ("Talks\nJune 20, 2024\n\n" + "\n\nAdvertisement\n\n".join(paragraphs))[:size]


def nav_unclosed(size: int) -> str:
    unit = "<div><span><li><a href='#'>Home</a></span></b></i></em>"
    return "<html><body><nav>" + _repeat(unit, size - 40) + "</nav></body></html>"


def nav_unclosed_then_text(size: int) -> str:
    """nav_unclosed with whole units (no tag cut in the middle) and a paragraph after the nav."""
    unit = "<div><span><li><a href='#'>Home</a></span></b></i></em>"
    return "<html><body><nav>" + unit * ((size - 60) // len(unit)) + "</nav><p>The end.</p></body></html>"


def one_persons_statements(size: int) -> str:
    """One person's statements of one day in one article, each saying another thing ("Dovan announced Monday
    that the council would abandon it."): all share the saying word and the name (merging's issue 7)."""
    from timeline_app.core import grammar

    verbs = sorted(w for w in grammar._brill().lexicon.words_tagged(frozenset({"VB"}))
                   if w.isalpha() and w.islower() and len(w) > 4)
    out = ["Minister sets out plans\n\nMarch 4, 2024\n"]
    total = len(out[0])
    i = 0
    while total < size:
        s = f"Dovan announced Monday that the council would {verbs[i % len(verbs)]} it."
        out.append(s)
        total += len(s) + 2
        i += 1
    return "\n\n".join(out)[:size]


def lead_retold_statements(size: int) -> str:
    """A page's lead ("A major Meta outage disrupted access to Facebook on Friday.") and then statements telling it
    again, each with another service, length and place ("A widespread Meta outage hit Instagram for 12 minutes,
    users in Ohio said.")."""
    rng = random.Random(5)
    services = ("Facebook", "Instagram", "WhatsApp", "Messenger", "Threads")
    verbs = ("affected", "disrupted", "hit", "crippled", "knocked out")
    places = ("Ohio", "Kent", "Lagos", "Perth", "Quebec", "Pune")
    out = ["Meta outage hits Facebook\nFriday, June 14, 2024\n\nA major Meta outage disrupted access to Facebook on Friday."]
    total = len(out[0])
    while total < size:
        s = (f"A widespread Meta outage {rng.choice(verbs)} {rng.choice(services)} for {rng.randint(2, 90)} minutes, "
             f"users in {rng.choice(places)} said.")
        out.append(s)
        total += len(s) + 2
    return "\n\n".join(out)[:size]


def quotes_and_dates(unit: str, size: int, paragraph: bool = False) -> str:
    """One "sentence" of `unit` ('"He said," and ') with a date every ~300 characters, a stray quotation mark
    first (so no quotation is balanced); as one line or as one paragraph of 80-character lines. Every event's
    sentence is the whole page (issue 7: `extract` wrote 1.8 GB of JSON for 370 KB)."""
    parts, day, total = ['"'], 0, 1
    while total < size:
        part = unit * (300 // len(unit)) + f"on March {day % 28 + 1}, 2020 and "
        parts.append(part)
        total += len(part)
        day += 1
    body = "".join(parts)
    if paragraph:
        body = "\n".join(body[i:i + 80] for i in range(0, len(body), 80))
    return ("Talks\nJune 20, 2024\n\n" + body)[:size]


# name -> (stage, input maker). Stages: tag (the tagger alone), html (the HTML reader alone),
# extract (a file on disk through load -> tag -> extract -> merge, as `timeline-app extract` does),
# extract-json (that, and the JSON `timeline-app extract` prints, counted instead of written),
# load (that file through load_document only),
# mentions (extract_mentions and merge on a document already loaded and tagged).
CASES: dict[str, tuple[str, Callable[[int], str]]] = {
    "tag_repeated_relative": ("tag", lambda n: _repeat("two days after the vote ", n)),
    "tag_ones": ("tag", lambda n: _repeat("1 ", n)),
    "tag_news": ("tag", news_text),
    # a live blog's lines each headed by a time that reads as a year, one long run (`temporal._chronology_headings`:
    # the runs and the document's years read once)
    "tag_chronology_lines": ("tag", lambda n: _repeat("1430: Police close the road.\n2001 - The agency warns.\n", n)),
    "html_nav_unclosed": ("html", nav_unclosed),
    "html_news": ("html", news_html),
    "extract_news": ("extract", news_text),
    "extract_news_html": ("extract-html", news_html),
    "extract_advertisement_lines": ("extract", advertisement_lines),
    "extract_clock_times_one_sentence": ("extract", lambda n: _repeat("3 p.m. ", n)),
    # clock times after a past day, each sentence read back for the day's names (`temporal._goes_on_with_the_day`)
    "tag_clock_times_after_a_day": ("tag", lambda n: "Police charged Ray Dunn on Monday. " + _repeat(
        "A witness saw Kerr Lane in Tarbert at 3 p.m. and a Monday bus ", n)),
    "extract_ones": ("extract", lambda n: _repeat("1 ", n)),
    "extract_one_line_of_the": ("extract", lambda n: _repeat("the ", n)),
    "extract_nav_unclosed": ("extract-html", nav_unclosed),
    "extract_json_news": ("extract-json", news_text),
    # One run-on "sentence" of names that are common words too and a family name of two people, a date every
    # ~80 characters: merging read the whole sentence per candidate (review 18, finding 6).
    "extract_run_on_names": ("extract", lambda n: "Quake\nJune 20, 2024\n\nThe quake killed Hussein Ford " + _repeat(
        "the quake hit Saddam Hussein and King Hussein of Ford Motor on March 3, 2020 and ", n)),
    # One run-on "sentence" of things' dates ("the deadline of June 30"): the day's news analysed the whole sentence
    # again for each date, too long for the analyses' memo (review s26: 40 KB took 42 s).
    "extract_run_on_noun_dates": ("extract", lambda n: "Deadlines\nJune 20, 2024\n\nThe mayor said " + _repeat(
        "the council extended the deadline of June 30 and ", n)),
    # One court named again and again, each time a "the court" after it: the court a "the court" stands for was
    # found from a set of every earlier name (review 19, coref finding 3).
    "extract_one_court_many_times": ("extract", lambda n: "Ruling\nJune 20, 2024\n\n" + _repeat(
        "The Supreme Court ruled on Monday. The court said on Tuesday it would hear the case. ", n)),
    # One run-on sentence of organisations' names, each a verb's subject, then a "the court" to resolve: every
    # name re-read the subjects of every verb group of its sentence (names x groups: 28 KB took 17 s, review 19).
    "extract_one_sentence_of_organisations": ("extract", lambda n: "Ruling\nJune 20, 2024\n\nThe Board of Education "
                                              "said on Monday " + _repeat("the Water Board ruled that the Harbor Court "
                                                                          "met, and ", n)
                                              + "the board met. On Tuesday the court ruled that the board erred."),
    # One run-on sentence of values set off with their as-of dates (", worth $4 million in March,"): each date's
    # value title analysed the whole sentence again (review 20, finding 1: 78 KB took 26 s).
    "extract_run_on_as_of_values": ("extract", lambda n: "Farms\nJune 20, 2024\n\n" + _repeat(
        "the farms, worth $4 million in March, were sold by the group and ", n)),
    # One article's dated tellings of one verb and undated present-perfect retellings of it, again and again:
    # each retelling looks for the one dated telling it retells (`merging._join_retellings`; compared with a
    # few at most, not with every telling of its verb).
    "extract_retold_convictions": ("extract", lambda n: "Clerks convicted\nJune 14, 2023\n\n" + _repeat(
        "The tribunal on June 2 convicted a harbour clerk of fraud. The tribunal has convicted a harbour clerk. ", n)),
    # One person's statements of one day in one article, through load, tagging, news and merging (merging's
    # "said" bucket: each statement met every earlier one under the saying word, issue 7).
    "extract_one_persons_statements": ("extract", one_persons_statements),
    # One page's lead told again in hundreds of statements that differ in what they say ("A widespread Meta outage
    # hit Instagram for 12 minutes, users in Ohio said."): each query of merging's index was refused the earliest
    # under a shared key and read all the others (issue 7; `_Bucket._earliest_allowed`)
    "extract_lead_retold_statements": ("extract", lead_retold_statements),
    # One article's day of two kinds of happening sharing words and names, under a headline of one of them, and
    # its undated sentences telling one act alike: merging's kinds apart (a refused pair's head), headline keys and
    # told-alike veto lifts (wt-merges).
    "extract_one_days_kinds_and_headline": ("extract", lambda n: "Tarrow man arrested\n\nMonday, June 17, 2024\n\n"
                                            + _repeat("Police in Tarrow arrested a man on Monday over the fire that "
                                                      "killed two. The fire killed two people in Tarrow on Monday. "
                                                      "Police in Tarrow arrested another man over the deaths. ", n)),
    # One article's day of a visit and other acts sharing one name each with it (printed inside other longer names,
    # outside the visit's subject), and one light-verb act told again and again: merging's one-name check of the
    # occasion rule (`_one_name_apart`) and its act keys (`_act_keys`) (wt-merges, stop 21).
    "extract_one_days_visit_and_acts": ("extract", lambda n: "Minister visits Kessa\n\nMonday, June 17, 2024\n\n"
                                        + _repeat("Trade minister Anna Lind visited Kessa on Monday. Norland Customs "
                                                  "officials called Kessa Port a hazard on Monday. Norland Foreign "
                                                  "Office officials showed Lind the harbour on Monday. ", n)),
    # One run-on sentence of acts on a noun for a year ("cut its forecast for 2001 and"): each year looked for
    # another date of its clause by reading all the sentence's dates (review 21b, finding 1: 210 KB took 15 s).
    "extract_run_on_forecasts_for_years": ("extract", lambda n: "Forecasts\nJune 20, 2024\n\n" + _repeat(
        "Acme cut its forecast for 2001 and ", n)),
    # Titles that read the sentence before (s23, wt-titles): an object pronoun's antecedent ("It acquired them"), a
    # bare measure's counted noun ("The number could reach 150"); each reads one sentence back, once per title.
    "extract_object_pronouns_and_measures": ("extract", lambda n: "Deals\nJune 20, 2024\n\n" + _repeat(
        "Acme bought 12 rival firms last year. It acquired them on Monday. About 120 people have been arrested. "
        "The number could reach 150 by Friday. ", n)),
    # Sections under heading lines dated long before the news, each with simple pasts and a "recently" perfect
    # (s25, wt-dates): the walk keeps only the last heading's answer, one test a sentence; and speaker day words
    # inside quotations, with the day each was spoken.
    "extract_old_sections_and_quoted_days": ("extract", lambda n: "Strikers match old feat\n\nSeptember 4, 2023\n\n"
                                            "Three strikers scored hat-tricks on Saturday.\n\n" + _repeat(
        "Marsh, Ikeda and Varga, October 14, 1996\n\nThe winger crossed for his third goal. A defender set up "
        "Ikeda. The fans have recently returned.\n\n\"We won yesterday,\" the coach said on Sunday.\n\n", n)),
    "extract_json_quotes_and_one_line": ("extract-json", lambda n: quotes_and_dates('"He said," and ', n)),
    "extract_json_quotes_and_one_paragraph": ("extract-json",
                                              lambda n: quotes_and_dates("'a' and 'b' and ", n, paragraph=True)),
    # The loader alone (load_document: decoding, HTML, lines, boilerplate, titles, sentences).
    "load_news": ("load", news_text),
    "load_news_html": ("load-html", news_html),
    "load_advertisement_lines": ("load", advertisement_lines),
    "load_one_line_of_the": ("load", lambda n: _repeat("the ", n)),
    "load_ones": ("load", lambda n: _repeat("1 ", n)),
    # page furniture (documents._dated_lists, _caption_sentences): one run of dated list lines as long as the text,
    # and every sentence a caption to tag
    "load_dated_list_lines": ("load", lambda n: _repeat("Mar 4 Harbour Board statement\n", n)),
    # a list whose days never advance, each entry a different line (newest first, 2199 back to 1800), so its words
    # are tagged (the source list's clause count), not answered by the analysis cache
    "load_dated_list_newest_first": ("load", dated_lines_newest_first),
    "load_caption_sentences": ("load", lambda n: _repeat(
        "A fisherman mends his nets on the quay at Porthleven, Cornwall, 14 February 2014. ", n)),
    "load_nav_unclosed": ("load-html", lambda n: nav_unclosed_then_text(n)),
    # Extraction and merging alone (the document and its expressions are made first, untimed).
    "mentions_news": ("mentions", news_text),
    "mentions_advertisement_lines": ("mentions", advertisement_lines),
    "mentions_clock_times_one_sentence": ("mentions", lambda n: _repeat("3 p.m. ", n)),
    "mentions_one_persons_statements": ("mentions", one_persons_statements),
}


def _rss_kb() -> int:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * (os.sysconf("SC_PAGE_SIZE") // 1024)


def child(case: str, size: int, cache: bool = False) -> None:
    """Runs one measurement and prints it as JSON (called in a fresh process)."""
    stage, make = CASES[case]
    if cache:
        # As the app runs, with nothing cached yet: a first load fills the analysis and timeline caches.
        cache_dir = tempfile.TemporaryDirectory()
        os.environ["TIMELINE_APP_CACHE"] = cache_dir.name
    from timeline_app.core.html_text import reduce_html
    from timeline_app.core.pipeline import build_timeline
    from timeline_app.core.temporal import tag

    text = make(size)
    tmp = None
    if stage.startswith(("extract", "load")):
        tmp = tempfile.TemporaryDirectory()
        path = Path(tmp.name) / ("article.html" if stage.endswith("-html") else "article.txt")
        path.write_text(text, encoding="utf-8")
    if stage.startswith("load"):
        del text  # the loader reads the file; the text in memory would only blur its own peak
    if stage == "mentions":
        from timeline_app.core.documents import document_from_text
        from timeline_app.core.extraction import extract_mentions
        from timeline_app.core.merging import merge

        doc = document_from_text(text, id="article")
        # Undated inputs (a line of clock times) get the reference date, so their dates reach extraction.
        expressions = tag(text, reference=doc.published or REFERENCE)
    if stage.endswith("-html"):
        # a page's second reading (core/web_page.py) imports trafilatura and lxml once per process: set-up,
        # like the tagger's tables, not a cost that grows with the page
        from timeline_app.core.web_page import main_text

        main_text("<html><body><p>Set-up.</p><p>Done.</p></body></html>")
    base_kb = _rss_kb()
    start = time.perf_counter()
    cpu_start = time.process_time()
    setup_kb = base_kb
    if stage.startswith("extract") or stage == "mentions":
        # The one-off tables (the lexicon, lemminflect's) these stages load anyway, loaded first (still timed)
        # so the peak can also be read without them: they cost the same for 1 KB as for 10 MB. (Not
        # lemminflect's module with NumPy: news loads it only for some verb forms.) The stages' modules too, which
        # the per-document work imports when it first runs (their compiled patterns and tables: 3 MB resident,
        # the same for any input).
        from timeline_app.core import grammar

        for module in ("analysis", "coref", "extraction", "merging", "news", "references"):
            importlib.import_module(f"timeline_app.core.{module}")

        grammar._brill()
        grammar._present_forms.__wrapped__("fled", False)
        grammar.singular_noun.__wrapped__("deals")
        setup_kb = _rss_kb()
    if stage == "mentions":
        count = len(merge(extract_mentions(doc, expressions), [doc]))
    elif stage == "tag":
        count = len(tag(text, reference=REFERENCE))
    elif stage == "html":
        count = len(reduce_html(text).text)
    elif stage.startswith("load"):
        from timeline_app.core.documents import load_document

        count = len(load_document(path).sentences)
    else:
        # No caches unless asked (then new, empty ones): the inputs are the same from run to run, so a second
        # run (or another checkout with the same core) would read the analysis or the whole timeline back
        # instead of measuring it.
        timeline = build_timeline([path], cache=None if cache else False)
        count = len(timeline.events)
        if stage == "extract-json":
            from timeline_app.core.export import timeline_json_chunks

            count = f"{count}, {sum(map(len, timeline_json_chunks(timeline))) / size:.1f} chars of JSON per input char"
        if timeline.problems:
            count = f"{count} ({timeline.problems[0].message})"
    seconds = time.perf_counter() - start
    cpu = time.process_time() - cpu_start
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"seconds": seconds, "cpu": cpu, "added_bytes": max(0, peak_kb - base_kb) * 1024,
                      "added_after_setup": max(0, peak_kb - setup_kb) * 1024, "count": count}))
    if tmp is not None:
        tmp.cleanup()


def measure(case: str, size: int, timeout: float, cache: bool = False) -> dict | None:
    try:
        out = subprocess.run([sys.executable, __file__, "--child", case, str(size), *(["--cache"] if cache else [])],
                             capture_output=True,
                             text=True, timeout=timeout, check=True).stdout
    except subprocess.TimeoutExpired:
        return None
    except subprocess.CalledProcessError as exc:
        return {"error": (exc.stderr.strip().splitlines() or ["failed"])[-1]}
    return json.loads(out.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--case", nargs="*", choices=sorted(CASES), help="cases to run (default: all)")
    parser.add_argument("--sizes", nargs="*", type=int, default=[100_000, 1_000_000, 10_000_000])
    parser.add_argument("--timeout", type=float, default=300.0)
    parser.add_argument("--cache", action="store_true",
                        help="extract cases: fill new, empty analysis and timeline caches, as a first load in the app "
                             "does (default: no caches)")
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child[0], int(args.child[1]), args.cache)
        return
    # Growth is read from CPU time, which another busy process on the machine disturbs far less than wall time.
    print(f"{'case':34} {'size':>9} {'seconds':>9} {'cpu s':>8} {'MB/s cpu':>8} {'x per 10x':>9} {'mem/input':>9}"
          f" {'w/o setup':>9}  result")
    for case in args.case or list(CASES):
        previous: tuple[int, float] | None = None
        for size in args.sizes:
            r = measure(case, size, args.timeout, args.cache)
            label = f"{size / 1e6:g} MB"
            if r is None:
                print(f"{case:34} {label:>9} {'> ' + format(args.timeout, 'g'):>9} {'':>8} {'':>8} {'':>9} {'':>9} "
                      f"{'':>9}  timed out")
                break  # a larger size would only take longer
            if "error" in r:
                print(f"{case:34} {label:>9} {'':>9} {'':>8} {'':>8} {'':>9} {'':>9} {'':>9}  error: {r['error']}")
                break
            secs, cpu = r["seconds"], r["cpu"]
            ratio = ""
            if previous and previous[1] > 0:
                ratio = f"{(cpu / previous[1]) * (10 * previous[0] / size):.1f}"
            print(f"{case:34} {label:>9} {secs:9.2f} {cpu:8.2f} {size / 1e6 / max(cpu, 1e-9):8.2f} {ratio:>9} "
                  f"{r['added_bytes'] / size:9.1f} {r['added_after_setup'] / size:9.1f}  {r['count']}")
            previous = (size, cpu)


if __name__ == "__main__":
    main()
