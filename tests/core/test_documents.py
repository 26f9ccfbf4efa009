"""Tests for timeline_app.core.documents: loading, decoding, titles, dates, boilerplate, sentences."""
from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from timeline_app.core import documents
from timeline_app.core.documents import (
    DocumentError,
    document_from_text,
    load_document,
    load_paths,
    split_sentences,
)
from timeline_app.core.model import Document, Problem

FIXTURES = Path(__file__).parent / "fixtures" / "documents"
SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def check_offsets(doc: Document) -> None:
    """Every sentence and excluded span indexes the text: sorted, in range, trimmed, disjoint."""
    n = len(doc.text)
    prev = 0
    for s in doc.sentences:
        assert 0 <= prev <= s.start < s.end <= n
        piece = doc.text[s.start:s.end]
        assert piece == piece.strip(), repr(piece)
        assert any(ch.isalnum() for ch in piece)
        prev = s.end
    prev = 0
    for a, b in doc.excluded:
        assert prev <= a < b <= n
        prev = b + 1  # merged: not even touching
    for s in doc.sentences:
        assert doc.sentence_at(s.start) == s


def sentences_of(doc: Document) -> list[str]:
    return [doc.text[s.start:s.end] for s in doc.sentences]


def excluded_of(doc: Document) -> list[str]:
    return [doc.text[a:b] for a, b in doc.excluded]


def find(doc: Document, needle: str) -> tuple[int, int]:
    i = doc.text.index(needle)
    return i, i + len(needle)


# ---- fixtures ------------------------------------------------------------------------------------

def test_plain_article_title_date_and_boilerplate():
    doc = load_document(FIXTURES / "plain_article.txt")
    check_offsets(doc)
    assert doc.id == "plain_article"
    assert doc.path.endswith("plain_article.txt")
    assert doc.encoding == "utf-8"
    assert doc.title == "Harbour Bridge Reopens After Two-Year Repair"
    assert doc.published == dt.date(2019, 3, 4)  # "Published On" beats "Updated On"
    assert doc.text == (FIXTURES / "plain_article.txt").read_bytes().decode("utf-8")
    for meta in ("Monday, March 4, 2019", "By Jane Q. Reporter", "Published On: March 4, 2019",
                 "Updated On: March 5, 2019", "Share This Article", "---Advertisement---",
                 "Home › Business › Harbour Bridge Reopens", "Read more: Tunnel plans delayed again",
                 "Photo: City Press Office", "Hi, I'm Tom", "tom@example.org", "Leave a Reply",
                 "Required fields are marked *", "Post Comment"):
        assert doc.is_excluded(*find(doc, meta)), meta
    for body in ("The city reopened the Harbour Bridge on March 2, 2019",
                 "The bridge closed on Feb. 1, 2017.", "Harbour Bridge Reopens After Two-Year Repair",
                 "Others did not."):
        assert not doc.is_excluded(*find(doc, body)), body
    got = sentences_of(doc)
    assert "The city reopened the Harbour Bridge on March 2, 2019, after repairs that began in Jan. 2017." in got
    assert "Mayor Ana B. Ortiz said the work cost $3.5 million." in got
    assert "Engineers from Smith & Co. Ltd. led the project." in got
    assert "Key facts" in got
    assert "The bridge closed on Feb. 1, 2017." in got
    assert "Traffic returned at 6 a.m. on Saturday." in got
    assert "Tolls stay at the old rate." in got
    assert '"We are proud," Dr. Lee said.' in got


def test_cp1252_file_loads_with_a_warning_and_keeps_crlf():
    path = FIXTURES / "cp1252_article.txt"
    docs, problems = load_paths([path])
    # the file loaded: a warning, not a failure (the window counted it as one of the files it could not use)
    assert problems == [Problem(str(path), "not valid UTF-8; read as Windows-1252", Problem.WARNING)]
    (doc,) = docs
    check_offsets(doc)
    assert doc.encoding == "cp1252"
    assert doc.title == "Café Owner Wins Award"
    assert "“thank you”" in doc.text
    assert "\r\n" in doc.text
    assert doc.text == path.read_bytes().decode("cp1252")
    assert doc.published == dt.date(2020, 11, 3)
    assert "The owner said “thank you” on Tuesday." in sentences_of(doc)


def test_utf8_bom_is_stripped_and_recorded():
    doc = load_document(FIXTURES / "bom_article.txt")
    check_offsets(doc)
    assert doc.encoding == "utf-8-sig"
    assert doc.text.startswith("BOM Headline Here")
    assert doc.title == "BOM Headline Here"
    assert sentences_of(doc) == ["BOM Headline Here", "The museum opened on 12 May 2021.", "It was busy."]


def test_markdown_front_matter():
    doc = load_document(FIXTURES / "front_matter.md")
    check_offsets(doc)
    assert doc.title == "Dam Project Approved"
    assert doc.published == dt.date(2022, 8, 15)
    assert doc.is_excluded(*find(doc, "date: 2022-08-15"))
    got = sentences_of(doc)
    assert got[0] == "Dam Project Approved After Long Review"  # no '#', nothing from the front matter
    assert "Timeline" in got
    assert "Proposal filed in 2018." in got and "Review finished in 2022." in got


def test_markdown_title_from_heading_without_front_matter():
    doc = document_from_text("Some intro line\n\n# The Real Title #\n\nBody text here.", id="m", kind="md")
    assert doc.title == "The Real Title"


def test_html_article_is_reduced_to_readable_text():
    doc = load_document(FIXTURES / "article.html")
    check_offsets(doc)
    assert doc.title == "Rail Line Opens & Passengers Cheer"
    assert doc.published == dt.date(2023, 9, 1)
    for gone in ("tracking", "color: red", "Sport", "Sponsored", "Subscribe", "JavaScript",
                 "Example News", "&amp;", "&nbsp;", "<p>"):
        assert gone not in doc.text, gone
    assert "\n\nWork began in 2019 & ended this summer.\n\n" in doc.text
    got = sentences_of(doc)
    assert "The new rail line opened on Aug.\u00a031, 2023." in got or \
        "The new rail line opened on Aug. 31, 2023." in got
    assert "Riders called it “fast” — and cheap." in got
    assert "What comes next" in got
    assert "A second line in 2025" in got and "More trains" in got


@pytest.mark.parametrize("furniture", [
    '<section class="comments" id="comments"><h2>Comments (3)</h2><p>Rode it in 2019.</p></section>',
    '<div id="disqus_thread"><p>Rode it in 2019.</p></div>',
    '<ol class="comment-list"><li>Rode it in 2019.</li></ol>',
    '<div class="related-posts"><a href="/x">Rode it in 2019</a></div>',
    '<div class="share social"><p>Rode it in 2019.</p></div>',
])
def test_html_comment_and_related_blocks_are_dropped_by_class_or_id(furniture: str) -> None:
    markup = (f'<html><body><article class="post-commentary"><h1>Tram opens</h1>'
              f'<p>The tram opened in 2025.</p>{furniture}</article></body></html>')
    doc = document_from_text(markup, id="h", kind="html")
    assert "The tram opened in 2025." in doc.text  # "commentary" is not a comment section
    assert "2019" not in doc.text


@pytest.mark.parametrize("markup, title, published", [
    ("<html><head><title>Only Title | Site</title></head><body><p>Text here.</p></body></html>",
     "Only Title", None),
    ("<body><h1>Heading One</h1><p>Posted <time datetime='2021-02-03'>Feb 3</time>.</p></body>",
     "Heading One", dt.date(2021, 2, 3)),
    ('<head><meta itemprop="datePublished" content="2020-05-06"><meta name="article:modified_time"'
     ' content="2020-07-01"></head><body><p>Story.</p></body>', "Story.", dt.date(2020, 5, 6)),
    ('<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2019-10-11T10:00Z"}'
     '</script><p>Body text of the story.</p>', "Body text of the story.", dt.date(2019, 10, 11)),
    ("<div role='navigation'>Menu stuff</div><article><header><h1>Kept Headline</h1></header>"
     "<p>Body.</p></article>", "Kept Headline", None),
])
def test_html_metadata(markup, title, published):
    doc = document_from_text(markup, id="h", kind="html")
    check_offsets(doc)
    assert doc.title == title
    assert doc.published == published
    assert "Menu stuff" not in doc.text


# ---- sentence splitting --------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("One. Two! Three? Four.", ["One.", "Two!", "Three?", "Four."]),
    ("The U.S. is big. The U.K.’s Defense Secretary spoke.",
     ["The U.S. is big.", "The U.K.’s Defense Secretary spoke."]),
    ("Ties with N.Korea grew. Then they stopped.", ["Ties with N.Korea grew.", "Then they stopped."]),
    ("President Vladimir V. Putin arrived. He waved.", ["President Vladimir V. Putin arrived.", "He waved."]),
    ("Mr. Smith met Dr. Jones and Gen. Lee at St. Paul's. Sen. Ray and Gov. Li came too.",
     ["Mr. Smith met Dr. Jones and Gen. Lee at St. Paul's.", "Sen. Ray and Gov. Li came too."]),
    ("It fell 3.5 percent. It rose 2.25 points.", ["It fell 3.5 percent.", "It rose 2.25 points."]),
    ("It began on Jan. 5 and ended Sept. 30. No. 10 agreed.",
     ["It began on Jan. 5 and ended Sept. 30.", "No. 10 agreed."]),
    ("They met at 9 a.m. Tuesday. They left at 5 p.m. The talks failed.",
     ["They met at 9 a.m. Tuesday.", "They left at 5 p.m.", "The talks failed."]),
    ("Apple Inc. said so. Toys, games, etc. The end.", ["Apple Inc. said so.", "Toys, games, etc.", "The end."]),
    ("The U.N. Security Council met.", ["The U.N. Security Council met."]),
    ("It talked to the U.S. The deal died.", ["It talked to the U.S.", "The deal died."]),
    ("He said “Welcome.” The crowd cheered.", ["He said “Welcome.”", "The crowd cheered."]),
    ("(It rained.) Then it stopped.", ["(It rained.)", "Then it stopped."]),
    ("She waited... Then she left.", ["She waited...", "Then she left."]),
    ("It was... Remarkable, really.", ["It was... Remarkable, really."]),
    ("He won in 2000. 2001 was worse.", ["He won in 2000.", "2001 was worse."]),
    ("lower case after. a period", ["lower case after. a period"]),
    ("Heading Without Stop\nBody sentence here. Another.", ["Heading Without Stop", "Body sentence here.", "Another."]),
    ("Para one\n\nPara two", ["Para one", "Para two"]),
    ("Intro:\n• First item\n• Second item.\n  - Third item\n* Fourth\n1. Fifth\n2) Sixth",
     ["Intro:", "First item", "Second item.", "Third item", "Fourth", "Fifth", "Sixth"]),
    ("## Markdown Heading\nText.", ["Markdown Heading", "Text."]),
    ("Line one ends,\ncontinues here.", ["Line one ends,\ncontinues here."]),
    ("Windows\r\nLine\r\n\r\nNext.", ["Windows", "Line", "Next."]),
    ("lower\r\ncontinuation line.", ["lower\r\ncontinuation line."]),
    ("   \n\n  ", []),
    ("---\n***\nText", ["Text"]),
    ("Bond Street vs. Oxford St. were closed. Jr. staff.", ["Bond Street vs. Oxford St. were closed.", "Jr. staff."]),
    # A chronology's lines, each with its own dash: no aside between two of them.
    ("Timeline\n1989 – The wall falls.\n1990: Germany reunites.\n1991 — The union ends.",
     ["Timeline", "1989 – The wall falls.", "1990: Germany reunites.", "1991 — The union ends."]),
    ("March 2004 — The treaty is signed.\nMay 2005 — Voters reject it.\nJune 2007 — Leaders meet again.",
     ["March 2004 — The treaty is signed.", "May 2005 — Voters reject it.", "June 2007 — Leaders meet again."]),
    # (a pair of dashes within a line still holds its aside)
    ("The vote—held Dec. 31. 2024—passed.", ["The vote—held Dec. 31. 2024—passed."]),
])
def test_split_sentences(text, expected):
    got = split_sentences(text)
    assert [text[s.start:s.end] for s in got] == expected


def test_split_sentences_hard_wrapped_paragraph_is_not_split_at_line_breaks():
    text = ("The committee met on Tuesday to discuss the proposal that\n"
            "Parliament had sent back for another reading after the long\n"
            "Summer recess ended, and it agreed to vote next week. Then\n"
            "it adjourned.\n")
    got = [text[s.start:s.end] for s in split_sentences(text)]
    assert len(got) == 2
    assert got[0].endswith("vote next week.") and got[1] == "Then\nit adjourned."


def test_split_sentences_within_a_range():
    text = "Skip this. Keep one. Keep two. Skip that."
    start = text.index("Keep one")
    end = text.index(" Skip that")
    got = split_sentences(text, start, end)
    assert [text[s.start:s.end] for s in got] == ["Keep one.", "Keep two."]


# ---- publication dates ---------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Thursday, July 11, 2024\nHeadline Here\n\nBody.", dt.date(2024, 7, 11)),
    ("Headline Here\nJuly 11, 2024\n\nBody.", dt.date(2024, 7, 11)),
    ("Headline\n11 July 2024\n\nBody.", dt.date(2024, 7, 11)),
    ("Headline\nSept. 3, 2021 10:45 AM EDT\n\nBody.", dt.date(2021, 9, 3)),
    ("Headline\n2022-01-31\n\nBody.", dt.date(2022, 1, 31)),
    # An ISO 8601 timestamp on a line of its own, as wire desks and feeds print it.
    ("Headline\n2019-11-02T08:05:00Z\n\nBody.", dt.date(2019, 11, 2)),
    ("Headline\n2019-11-02T23:30+05:30\n\nBody.", dt.date(2019, 11, 2)),
    ("Headline\n2019-11-02T23:30:12.250-0400\n\nBody.", dt.date(2019, 11, 2)),
    ("Headline\nPublished On: June 20, 2024\n\nBody.", dt.date(2024, 6, 20)),
    ("Headline\nPublished: 2024-06-20\n\nBody.", dt.date(2024, 6, 20)),
    ("Headline\nUpdated: June 22, 2024\nPublished: June 20, 2024\n\nBody.", dt.date(2024, 6, 20)),
    ("Headline\nUpdated: June 22, 2024\n\nBody.", dt.date(2024, 6, 22)),
    ("Headline\nPosted on 3 March 2020 by admin\n\nBody.", dt.date(2020, 3, 3)),
    ("Headline\nBy Jane Doe | May 2, 2018\n\nBody.", dt.date(2018, 5, 2)),
    # A byline or a dateline in Markdown emphasis is read as its words.
    ("# Headline\n\n*By Jane Doe, staff writer | Published 4 May 2019*\n\nBody.", dt.date(2019, 5, 4)),
    ("Headline\n_Posted on March 9, 2017 by admin_\n\nBody.", dt.date(2017, 3, 9)),
    ("Headline\n**Updated: 2016-02-01**\n\nBody.", dt.date(2016, 2, 1)),
    # A dateline with the time of its last update after it: the first date is the publication's.
    ("# Headline\n\n**By Ann Roe, health editor**\n*Friday 9 May 2014, 07:30 BST · Updated 16:02 BST*\n\nBody.",
     dt.date(2014, 5, 9)),
    ("Headline\nMarch 3, 2011 | Last updated March 4, 2011 8:15 pm\n\nBody.", dt.date(2011, 3, 3)),
    # A time zone with its offset from UTC, as news sites print it, after the date or before it.
    ("Headline\nBy Jane Doe\nMarch 3, 2024 9:05 AM GMT+2\n\nBody.", dt.date(2024, 3, 3)),
    ("Headline\n2 June 2023, 18:20 UTC-05:00\n\nBody.", dt.date(2023, 6, 2)),
    ("Headline\nUpdated 11:20 PM GMT-4, June 2, 2023\n\nBody.", dt.date(2023, 6, 2)),
    ("Headline\nPublished 07:45 (GMT+8), 1 May 2022\n\nBody.", dt.date(2022, 5, 1)),
    # A byline whose first part only is emphasised, the date after it.
    ("# Headline\n\n**By Jane Roe, Health Editor** | Published 2021-07-09 10:00 BST\n\nBody.",
     dt.date(2021, 7, 9)),
    ("Headline\n__By Sam Lee__ · 12 May 2020\n\nBody.", dt.date(2020, 5, 12)),
    ("Headline\n12 August 2019 10:05 (updated: 13:40)\n\nBody.", dt.date(2019, 8, 12)),
    ("Headline\n2 June 2016 - modified on 3 June 2016\n\nBody.", dt.date(2016, 6, 2)),
    ("Headline\n\nMOSCOW, June 19, 2024 (Reuters) — Putin landed.", dt.date(2024, 6, 19)),
    ("Headline\nBy Jane Doe\nHARTFORD, Conn. — April 18, 2025\n\nA jury convicted him.", dt.date(2025, 4, 18)),
    ("Headline\nLagos – 2 March 2023\n\nThe vote was held.", dt.date(2023, 3, 2)),
    ("Headline\n\nOn June 19, 2024, Putin landed in Pyongyang.", None),
    ("Headline\n\nPublished On:\n\nBody without any date.", None),
    ("\n".join(["Headline"] + [f"Line {i} of text." for i in range(20)] + ["July 11, 2024"]), None),
])
def test_publication_date(text, expected):
    doc = document_from_text(text, id="d")
    check_offsets(doc)
    assert doc.published == expected


def test_dateline_is_excluded_but_body_dates_are_not():
    text = "Thursday, July 11, 2024\nBig Headline\n\nOn June 19, 2024, it happened."
    doc = document_from_text(text, id="d")
    assert doc.is_excluded(*find(doc, "Thursday, July 11, 2024"))
    assert not doc.is_excluded(*find(doc, "June 19, 2024"))
    assert doc.title == "Big Headline"


@pytest.mark.parametrize("text, dateline, published, title", [
    # On a line of its own: boilerplate, never the title; its day without a year leaves the date to line 1.
    ("February 10, 1999\n\nBRUSSELS, February 10 (Xinhua) --\n\nNATO has decided to admit Poland.",
     "BRUSSELS, February 10 (Xinhua) --", dt.date(1999, 2, 10), "NATO has decided to admit Poland."),
    ("August 18, 1998\n\nNAIROBI, Kenya (AP) _\n\nAlbright paid tribute to the victims.",
     "NAIROBI, Kenya (AP) _", dt.date(1998, 8, 18), "Albright paid tribute to the victims."),
    # Opening the lead: the same, and the lead stays.
    ("Talks Resume\n\nWASHINGTON, March 12 (Xinhua) -- The ministers met on Friday.",
     "WASHINGTON, March 12 (Xinhua) --", None, "Talks Resume"),
    ("Talks Resume\n\nINDEPENDENCE, MO. (AP)-- The ministers met on Friday.",
     "INDEPENDENCE, MO. (AP)--", None, "Talks Resume"),
    # With its year it dates the article.
    ("Talks Resume\n\nNEW YORK, June 3, 2001 (AP) _ The ministers met on Friday.",
     "NEW YORK, June 3, 2001 (AP) _", dt.date(2001, 6, 3), "Talks Resume"),
    # A newspaper's own dateline: no agency, always its dash (the typewriter "_" of a wire copy too).
    ("February 24, 2000\n\nMIAMI _\n\nThe angry crowd met him outside.",
     "MIAMI _", dt.date(2000, 2, 24), "The angry crowd met him outside."),
    ("Talks Resume\n\nWASHINGTON — The ministers met on Friday.", "WASHINGTON —", None, "Talks Resume"),
    ("Talks Resume\n\nLOS ANGELES, Calif. -- The ministers met on Friday.", "LOS ANGELES, Calif. --", None,
     "Talks Resume"),
])
def test_wire_dateline_is_boilerplate(text, dateline, published, title):
    doc = document_from_text(text, id="d")
    assert doc.is_excluded(*find(doc, dateline))
    assert not doc.is_excluded(*find(doc, "met" if "met" in text else title))
    assert (doc.published, doc.title) == (published, title)


@pytest.mark.parametrize("text, kept", [
    # Capitals and a dash in a headline, not before a lead sentence: no dateline.
    ("NASA WARNS - Storm ahead\n\nThe agency said on Monday a storm was coming.", "NASA WARNS"),
    ("UPDATE — Markets fall again\n\nStocks fell on Monday.", "UPDATE"),
])
def test_capitals_and_a_dash_in_a_headline_are_not_a_dateline(text, kept):
    doc = document_from_text(text, id="d")
    assert not doc.is_excluded(*find(doc, kept))
    assert doc.title == text.split("\n")[0]


def test_city_dateline_prefix_is_excluded():
    doc = document_from_text("Headline\n\nMOSCOW, June 19, 2024 (Reuters) — Putin landed.", id="d")
    assert doc.is_excluded(*find(doc, "June 19, 2024"))
    assert not doc.is_excluded(*find(doc, "Putin landed."))


# ---- titles and boilerplate ----------------------------------------------------------------------

@pytest.mark.parametrize("text, title", [
    ("---Advertisement---\n\nReal Headline\n\nBody.", "Real Headline"),
    ("\n\n  Leading Blank Lines Headline  \nBody.", "Leading Blank Lines Headline"),
    ("By Someone\nPublished On:\nFollow Us\nThe Headline\n\nBody.", "The Headline"),
    ("HomeWorldThe Story\n\nThe Story\n\nBody.", "The Story"),
    ("HomeWorldThe Story", "HomeWorldThe Story"),
    ("Jane Doe - Senior writer\nStaff Shortages Hit Hospitals\n\nBody.", "Staff Shortages Hit Hospitals"),
    ("Jane Doe, Foreign Correspondent\nEditor's Note On Coverage\n\nBody.", "Editor's Note On Coverage"),
    ("", "fallback-id"),
    # a one-word label in capitals over the headline is the story's kind, not its title
    ("ANALYSIS\n\nWhy Rates Rose Again\n\nBody.", "Why Rates Rose Again"),
    ("OPINION:\nThe Case For Night Trains\n\nBody.", "The Case For Night Trains"),
    ("EXCLUSIVE\nMinister Quits Over Flat\nBy Ann Roe\n\nBody.", "Minister Quits Over Flat"),
])
def test_titles(text, title):
    assert document_from_text(text, id="fallback-id").title == title


def test_long_first_paragraph_title_is_its_first_sentence():
    text = "This opening sentence is the headline. " + "More words follow here. " * 20
    assert document_from_text(text, id="x").title == "This opening sentence is the headline."


@pytest.mark.parametrize("line", [
    "Leave a Comment", "Leave a Reply", "Please enter your comment!", "Please enter your name here",
    "Share This Article", "Your email address will not be published.", "Required fields are marked *",
    "Scroll to Top", "To read more latest news, click here.", "Exit mobile version", "More articles",
    "Latest article", "Follow Us", "---Advertisement---", "Credit: Some Agency",
    "Image – example.com", "For Feedback - Contact@example.com", "Facebook Twitter WhatsApp",
    "Related Posts", "Tags: politics, asia", "© 2024 Some Site. All rights reserved.",
    "https://example.com/story", "Subscribe to our newsletter", "ADVERTISEMENT",
])
def test_boilerplate_lines_are_excluded(line):
    text = f"A Headline\n\nA real sentence stays. Another one stays too.\n\n{line}\n\nThe story goes on here at length."
    doc = document_from_text(text, id="b")
    check_offsets(doc)
    assert doc.is_excluded(*find(doc, line)), line
    assert not doc.is_excluded(*find(doc, "A real sentence stays."))
    assert not doc.is_excluded(*find(doc, "The story goes on here at length."))


def test_click_here_sentence_inside_a_paragraph_is_excluded():
    doc = document_from_text("T\n\nThe vote passed. For details click here. Turnout was high.", id="c")
    assert doc.is_excluded(*find(doc, "For details click here."))
    assert not doc.is_excluded(*find(doc, "The vote passed."))
    assert not doc.is_excluded(*find(doc, "Turnout was high."))


def test_author_footer_after_byline_is_excluded():
    text = ("Headline\n\nThe article body is here. It has sentences.\n\nThe last paragraph ends.\n\n"
            "By Sam Writer Senior editor\nSenior editor at Example. Coffee lover. Reads a lot.\n")
    doc = document_from_text(text, id="f")
    assert doc.is_excluded(*find(doc, "Coffee lover."))
    assert not doc.is_excluded(*find(doc, "The last paragraph ends."))


def test_article_ending_in_bullets_keeps_them():
    text = "Headline\n\nBody text here.\n\n• Short item\n• Another item"
    doc = document_from_text(text, id="f")
    assert not doc.excluded
    assert sentences_of(doc)[-2:] == ["Short item", "Another item"]


def test_caption_credit_tail_is_excluded():
    text = "Head\n\nLeaders meet in the capital.Credit: Some Agency via Photo Service\n\nBody."
    doc = document_from_text(text, id="c")
    assert doc.is_excluded(*find(doc, "Credit: Some Agency"))
    assert not doc.is_excluded(*find(doc, "Leaders meet"))


# ---- loading files and folders -------------------------------------------------------------------

def test_folder_is_recursive_sorted_and_skips_other_extensions(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.md").write_text("Z story\n\nText.", encoding="utf-8")
    (tmp_path / "a.txt").write_text("A story\n\nText.", encoding="utf-8")
    (tmp_path / "c.HTML").write_text("<p>C story</p>", encoding="utf-8")
    (tmp_path / "d.markdown").write_text("D story", encoding="utf-8")
    (tmp_path / "e.text").write_text("E story", encoding="utf-8")
    (tmp_path / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    (tmp_path / "notes.csv").write_text("a,b", encoding="utf-8")
    (tmp_path / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1")  # hidden: silent
    (tmp_path / "Thumbs.db").write_bytes(b"\xd0\xcf\x11\xe0")  # system junk: silent
    docs, problems = load_paths([tmp_path])
    assert problems == [
        Problem(str(tmp_path / "image.png"), "not an article: PNG image; supported: .txt, .md, .html, .pdf, .docx, .eml, .mbox, .rss, .atom, .xml feeds", "skipped"),
        Problem(str(tmp_path / "notes.csv"), "not an article: CSV table; supported: .txt, .md, .html, .pdf, .docx, .eml, .mbox, .rss, .atom, .xml feeds", "skipped"),
    ]
    assert [d.id for d in docs] == ["a", "z", "c", "d", "e"]
    assert [d.title for d in docs] == ["A story", "Z story", "C story", "D story", "E story"]
    docs2, _ = load_paths([str(tmp_path)])
    assert docs2 == docs


def test_explicit_file_with_unknown_extension_is_tried_as_text(tmp_path):
    p = tmp_path / "story.log"
    p.write_text("Plain Story\n\nIt happened.", encoding="utf-8")
    docs, problems = load_paths([p])
    assert problems == [] and docs[0].title == "Plain Story"
    binary = tmp_path / "photo.jpg"
    binary.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" * 10)
    docs, problems = load_paths([binary])
    assert docs == [] and problems == [Problem(str(binary), "binary file, not text")]


def test_duplicate_stems_get_distinct_ids(tmp_path):
    for sub in ("a", "b", "c"):
        (tmp_path / sub).mkdir()
    (tmp_path / "a" / "story.txt").write_text("One", encoding="utf-8")
    (tmp_path / "b" / "story.md").write_text("Two", encoding="utf-8")
    (tmp_path / "c" / "story.html").write_text("<p>Three</p>", encoding="utf-8")
    docs, _ = load_paths([tmp_path])
    assert [d.id for d in docs] == ["story", "story-2", "story-3"]
    assert [d.title for d in docs] == ["One", "Two", "Three"]


def test_same_file_twice_loads_once(tmp_path):
    p = tmp_path / "x.txt"
    p.write_text("X", encoding="utf-8")
    (tmp_path / "link.txt").symlink_to(p)
    docs, problems = load_paths([p, tmp_path, p])
    assert [d.id for d in docs] == ["x"] and problems == []


@pytest.mark.parametrize("name, content, message", [
    ("empty.txt", b"", "file is empty"),
    ("blank.txt", b"  \n\r\n\t ", "file is empty (only whitespace)"),
    ("nul.txt", b"text\x00with\x00nul bytes", "binary file, not text (a NUL byte at byte 4)"),
    ("late_nul.txt", b"Plain text. " * 8000 + b"\x00\x01binary tail", "binary file, not text (a NUL byte at byte 96,000)"),
    ("controls.txt", bytes(range(1, 9)) * 20, "binary file, not text"),
    ("gif.txt", b"GIF89a some picture", "binary file, not text"),
    ("bad.txt", b"caf\x81 \x8d\x90\x9d", "cannot decode the text (neither UTF-8 nor Windows-1252)"),
    ("empty.html", b"<html><script>x()</script></html>", "no readable text in this HTML page"),
])
def test_bad_files_become_problems(tmp_path, name, content, message):
    p = tmp_path / name
    p.write_bytes(content)
    good = tmp_path / "good.txt"
    good.write_text("Good one", encoding="utf-8")
    docs, problems = load_paths([p, good])
    assert problems == [Problem(str(p), message)]
    assert [d.id for d in docs] == ["good"]
    with pytest.raises(DocumentError, match="^" + message.replace("(", r"\(").replace(")", r"\)")):
        load_document(p)


def test_too_large_file_is_refused_without_reading(tmp_path, monkeypatch):
    p = tmp_path / "huge.txt"
    with open(p, "wb") as f:
        f.truncate(int(73.2 * 1024 * 1024))
    monkeypatch.setattr(documents, "_read_bytes", lambda *a: pytest.fail("read a huge file"))
    _, problems = load_paths([p])
    assert problems == [Problem(str(p), "larger than 50 MB (73.2 MB)")]
    q = tmp_path / "big.txt"
    with open(q, "wb") as f:
        f.truncate(51 * 1024 * 1024)
    with pytest.raises(DocumentError, match=r"larger than 50 MB \(51\.0 MB\)"):
        load_document(q)


def test_missing_path_and_broken_links(tmp_path):
    missing = tmp_path / "nope.txt"
    broken = tmp_path / "broken.txt"
    broken.symlink_to(tmp_path / "gone.txt")
    a, b = tmp_path / "loop_a.txt", tmp_path / "loop_b.txt"
    a.symlink_to(b)
    b.symlink_to(a)
    docs, problems = load_paths([missing, broken, a])
    assert docs == []
    assert problems == [
        Problem(str(missing), "no such file or folder"),
        Problem(str(broken), "broken symbolic link (its target does not exist)"),
        Problem(str(a), "symbolic link loop"),
    ]


def test_folder_with_link_loops_and_broken_links(tmp_path):
    root = tmp_path / "root"
    (root / "sub").mkdir(parents=True)
    (root / "sub" / "story.txt").write_text("Story", encoding="utf-8")
    (root / "sub" / "up").symlink_to(root)  # a cycle through a folder link
    (root / "x.txt").symlink_to(root / "y.txt")
    (root / "y.txt").symlink_to(root / "x.txt")
    (root / "dangling.md").symlink_to(root / "missing.md")
    (root / "dangling.png").symlink_to(root / "missing.png")  # not a supported type: ignored
    docs, problems = load_paths([root])
    assert [d.id for d in docs] == ["story"]
    assert sorted(problems, key=lambda p: p.path) == [
        Problem(str(root / "dangling.md"), "broken symbolic link (its target does not exist)"),
        Problem(str(root / "x.txt"), "symbolic link loop"),
        Problem(str(root / "y.txt"), "symbolic link loop"),
    ]


def test_folder_without_supported_files(tmp_path):
    (tmp_path / "pic.png").write_bytes(b"\x89PNG")
    docs, problems = load_paths([tmp_path])
    assert docs == []
    assert problems[0] == Problem(str(tmp_path / "pic.png"), "not an article: PNG image; supported: .txt, .md, .html, .pdf, .docx, .eml, .mbox, .rss, .atom, .xml feeds",
                                  Problem.SKIPPED)
    assert len(problems) == 2 and problems[1].path == str(tmp_path) and problems[1].level == Problem.ERROR
    assert problems[1].message.startswith("no supported files in this folder")


def test_permission_denied(tmp_path, monkeypatch):
    p = tmp_path / "secret.txt"
    p.write_text("Secret", encoding="utf-8")
    p.chmod(0)
    try:
        if not os.access(p, os.R_OK):  # not root: the real thing
            _, problems = load_paths([p])
            assert problems == [Problem(str(p), "permission denied")]

        def refuse(path, limit):
            raise PermissionError(13, "Permission denied", path)

        monkeypatch.setattr(documents, "_read_bytes", refuse)
        _, problems = load_paths([p])
        assert problems == [Problem(str(p), "permission denied")]
    finally:
        p.chmod(0o644)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_fifo_is_not_opened(tmp_path):
    p = tmp_path / "pipe.txt"
    os.mkfifo(p)
    _, problems = load_paths([p])
    assert problems == [Problem(str(p), "not a regular file: a named pipe (FIFO)", Problem.SKIPPED)]


def test_unexpected_errors_become_problems(tmp_path, monkeypatch):
    p = tmp_path / "x.txt"
    p.write_text("X", encoding="utf-8")

    def boom(*a, **k):
        raise RuntimeError("kaboom")

    monkeypatch.setattr(documents, "_build", boom)
    docs, problems = load_paths([p])
    assert docs == [] and problems == [Problem(str(p), "could not load: kaboom")]


def test_progress_and_cancel(tmp_path):
    for name in ("a", "b", "c"):
        (tmp_path / f"{name}.txt").write_text(name.upper(), encoding="utf-8")
    calls = []
    docs, _ = load_paths([tmp_path], progress=lambda i, n, path: calls.append((i, n, Path(path).name)))
    assert calls == [(1, 3, "a.txt"), (2, 3, "b.txt"), (3, 3, "c.txt")]
    assert len(docs) == 3
    docs, problems = load_paths([tmp_path], cancelled=lambda: len(calls) >= 4,
                                progress=lambda i, n, path: calls.append(i))
    assert [d.id for d in docs] == ["a"] and problems == []


def test_documents_module_is_qt_free():
    src = (Path(documents.__file__).read_text(encoding="utf-8")
           + (Path(documents.__file__).parent / "html_text.py").read_text(encoding="utf-8"))
    assert "PySide" not in src and "Qt" not in src.replace("Qt-free", "")


# ---- seeds ---------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def seeds():
    docs, problems = load_paths([SEEDS])
    return docs, problems


def test_seeds_load(seeds):
    docs, problems = seeds
    assert problems == []
    assert len(docs) == 5
    for d in docs:
        check_offsets(d)
        assert d.encoding == "utf-8"
    assert docs[0].title.startswith("North Korea Visit: Putin Thanks Kim Jong-un")
    assert docs[1].title == "Putin’s Visit to North Korea Signals Deepening Alliance and Strategic Importance"
    assert docs[2].title.startswith("Putin’s Historic Visit to North Korea")
    assert docs[3].title == "Russia and North Korea Craft Strongest Alliance Since Cold War"
    assert docs[4].title.startswith("Putin and Kim Forge Strategic Alliance")
    assert docs[1].published == dt.date(2024, 7, 11)
    assert docs[1].is_excluded(0, 5)  # the dateline


def test_seed_sentences(seeds):
    docs, _ = seeds
    s3 = sentences_of(docs[3])
    assert "The alliance offers mutual assistance in times of aggression." in s3
    assert "Kim received symbolic gifts from Putin." in s3
    assert not any(s.startswith("•") for s in s3)
    assert any(s.startswith("U.K.’s Defense Secretary") for s in s3)
    assert not any(s.endswith("N.") for s in s3)
    s0 = sentences_of(docs[0])
    assert any("Vladimir V. Putin of Russia" in s for s in s0)


def test_seed_boilerplate(seeds):
    docs, _ = seeds
    for d in docs:
        for line in d.text.splitlines():
            line = line.strip()
            if line in ("Leave a Comment", "Leave a comment", "Leave a Reply", "Please enter your comment!",
                        "Exit mobile version", "Scroll to Top", "---Advertisement---", "More articles"):
                assert d.is_excluded(*find(d, line)), (d.id, line)
    # body text with dates stays extractable
    body = docs[0].text.index("On June 19, 2024")
    assert not docs[0].is_excluded(body, body + 16)


def test_a_list_of_short_lines_is_not_all_footer():
    text = "Headlines\n\n" + "\n".join(f"Story number {i}" for i in range(60)) + "\nLeave a Comment\n"
    doc = document_from_text(text, id="l")
    check_offsets(doc)
    assert doc.is_excluded(*find(doc, "Leave a Comment"))
    assert not doc.is_excluded(*find(doc, "Story number 5\n"))
    assert len(doc.sentences) == 62


def test_related_links_and_comment_section_are_excluded():
    doc = load_document(FIXTURES / "blog_page.txt")
    check_offsets(doc)
    assert doc.title == "Harbour Ferry Service to Resume After Repairs"
    assert doc.published == dt.date(2025, 10, 3)
    for furniture in ("Related Stories", "Parking charges double in the old town – September 28, 2025",
                      "Bridge closure extended – August 14, 2025", "New cycle lanes approved",
                      "7 thoughts on", "Rosa Vidal says:", "I commuted on that ferry in 1995",
                      "October 4, 2025 at 7:02 pm", "Good news at last."):
        assert doc.is_excluded(*find(doc, furniture)), furniture
    for body in ("The harbour ferry will carry passengers again on Saturday",
                 "It first sailed in 1987.", "Engineers expect the second vessel to return by 2026."):
        assert not doc.is_excluded(*find(doc, body)), body


@pytest.mark.parametrize("text", [
    # "Comments" in the top matter of a page opens no comment section.
    "Ferry returns\nBy Lena Marsh | 2 Comments\n\nThe ferry sails again.\n\nIt first sailed in 1987.\n\n"
    "Repairs took months.\n\nPassengers were pleased.\n\nThe fare stays the same.",
    # A short "Read more" link inside the article does not swallow the next paragraph.
    "Ferry returns\n\nThe ferry sails again.\n\nRead more\n\nIt first sailed in 1987.\n\nRepairs took months.",
])
def test_comment_and_link_list_headings_need_their_context(text: str) -> None:
    doc = document_from_text(text, id="t")
    assert not doc.is_excluded(*find(doc, "It first sailed in 1987."))
    assert not doc.is_excluded(*find(doc, "Repairs took months."))


@pytest.mark.parametrize("heading, cited", [
    # Wikinews closes every report with its sources: a cited headline is not this article's news.
    ("Sources", "\u201cValk wins Kessa\u201d \u2014 Solvenian Press Agency, May 11, 2025"),
    ("Sources:", "* \"Dam gives way in Castavia\" \u2014 Castavia Herald, March 13, 2025"),
    ("References", "Marsh, L. \"Ferry returns\". Harbour Gazette, October 3, 2025"),
    ("External links", "Official results of the Kessa mayoral election"),
])
def test_a_list_of_cited_works_is_not_the_article(heading: str, cited: str) -> None:
    text = ("Valk wins in Kessa\n\nMonday, May 12, 2025\n\nIrina Valk won the election on Sunday.\n\n"
            f"She takes office on June 1.\n\n{heading}\n\n{cited}\n")
    doc = document_from_text(text, id="t")
    check_offsets(doc)
    assert doc.is_excluded(*find(doc, cited))
    assert not doc.is_excluded(*find(doc, "She takes office on June 1."))


# ---- dates read without dateutil ----------------------------------------------------------------

@pytest.mark.parametrize("core, expected", [
    ("June 20, 2024", dt.date(2024, 6, 20)),
    ("Sept. 3 2024", dt.date(2024, 9, 3)),
    ("JAN 1st, 1998", dt.date(1998, 1, 1)),
    ("20 June 2024", dt.date(2024, 6, 20)),
    ("31st of December, 2024", dt.date(2024, 12, 31)),
    ("2024-06-20", dt.date(2024, 6, 20)),
    ("2024/6/5", dt.date(2024, 6, 5)),
    ("February 29, 2024", dt.date(2024, 2, 29)),
])
def test_common_date_forms_are_read_without_dateutil(core: str, expected: dt.date) -> None:
    assert documents._quick_date(core) == expected
    assert documents._parse_date(core) == expected


@pytest.mark.parametrize("core", [
    "05/06/2024",  # day/month order: dateutil's reading
    "February 30, 2024",  # impossible: dateutil decides
    "2024-13-05",
    "Auguſt 5, 2024",  # IGNORECASE matches "ſ" for "s"; dateutil does not
])
def test_other_date_forms_are_left_to_dateutil(core: str) -> None:
    assert documents._quick_date(core) is None


def test_quick_dates_agree_with_dateutil() -> None:
    """Every form the quick reader takes gives dateutil's date (the slow path is the reference)."""
    import re
    import warnings

    from dateutil import parser

    cores = [f"{month} {day}, {year}" for month in ("Jan", "jan.", "March", "Sept", "SEPTEMBER", "May")
             for day in ("1", "09", "28", "31", "2nd", "3rd", "21st") for year in ("1800", "2024", "2199")]
    cores += [f"{day} of {month} {year}" for month in ("Feb", "April", "dec.") for day in ("1", "29", "30")
              for year in ("1999", "2000")]
    cores += [f"2024{sep}{month}{sep}{day}" for sep in "-/" for month in ("1", "02", "12") for day in ("1", "31")]
    for core in cores:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            try:
                slow = parser.parse(re.sub(r"\bof\b", " ", core), default=dt.datetime(1900, 1, 1)).date()
            except ValueError:
                slow = None
        quick = documents._quick_date(core)
        assert quick is None or quick == slow, core
        assert documents._parse_date(core) == slow, core


@pytest.mark.parametrize("sentence, excluded", [
    ("Click here to read the full story.", True),
    ("Subscribe to our newsletter for more.", True),
    ("Download the app for alerts.", True),
    ("Join our WhatsApp channel for updates.", True),
    ("The minister said talks would go on here.", False),
    ("The firm told users to download a patch.", False),
    ("Cliсk here to read more.", False),  # a Cyrillic "с": not the words
    ("Folloω us on air.", False),
    ("Tap HERE to ſubscribe to our list.", True),  # outside ASCII: the full pattern decides
    ("Do ſubscribe to our list.", True),  # IGNORECASE takes "ſ" for "s"; str.lower does not
    ("İstanbul readers: click here.", True),  # "İ" lower-cases to two characters: offsets would shift
])
def test_calls_to_action_in_sentences(sentence: str, excluded: bool) -> None:
    text = f"Talks in the capital\n\nThe talks began on Monday. {sentence} They ended on Friday."
    doc = document_from_text(text, id="a")
    start = text.index(sentence)
    assert documents._calls_to_action(text, start, start + len(sentence)) is excluded
    assert any(a <= start < b for a, b in doc.excluded) is excluded


@pytest.mark.parametrize("line, furniture", [
    ("Advertisement", True),
    ("ADVERTISEMENT", True),
    ("Share on Facebook", True),
    ("Related Articles", True),
    ("Advertiſement", True),  # outside ASCII the IGNORECASE pattern decides: "ſ" is an "s" to it
    ("Share on Facebook “now”", False),
    ("The vote was held on Monday.", False),
])
def test_furniture_lines_are_recognised_in_any_case(line: str, furniture: bool) -> None:
    assert documents._is_boilerplate_line(line) is furniture
    assert documents._BOILERPLATE.fullmatch(documents._normalise(line)) is furniture


@pytest.mark.parametrize("line, byline", [
    ("Reporting by Jane Doe; editing by John Smith.", True),
    ("REPORTING BY JANE DOE.", True),
    ("Additional reporting by Ann Lee in Paris.", True),
    ("Translated by Ana Ruiz.", True),
    ("Author: Jane Doe.", True),
    ("The editor said the paper would close.", False),
    ("Critics reported by Monday that sales fell.", False),
])
def test_credit_lines_ending_in_a_full_stop_are_bylines(line: str, byline: bool) -> None:
    assert documents._is_byline(line) is byline


@pytest.mark.parametrize("shift", range(0, 8, 2))
def test_a_call_to_action_across_a_chunk_boundary_is_found(shift: int) -> None:
    """The phrases are looked for 64K characters at a time: one cut by a chunk's end is still seen."""
    from timeline_app.core.progress import PROGRESS_STEP

    filler = "The talks went on. " * ((PROGRESS_STEP - 8 - shift) // 19)
    pad = "x" * (PROGRESS_STEP - 8 - shift - len(filler))
    text = f"{filler}{pad} now. Click here to read more. The talks ended."
    at = text.index("Click here")
    assert at < PROGRESS_STEP < at + len("Click here")
    spans = documents._call_to_action_sentences(text, split_sentences(text))
    assert spans == [(at, text.index(" The talks ended."))]


@pytest.mark.parametrize("text, expected", [
    # a straight quote standing apart after a sentence's end closes the quotation open before it
    ('He said: "We won. We are happy. " The crowd cheered.', ['He said: "We won.', 'We are happy. "',
                                                            "The crowd cheered."]),
    ('It read: "Thank you. " he said. Then he left.', ['It read: "Thank you. " he said.', "Then he left."]),
    ('She left. "Fine. "', ["She left.", '"Fine. "']),
    # with no quotation open, it opens the next sentence's (tokenised text spaces every mark)
    ('He left . " We will go , " he said .', ["He left .", '" We will go , " he said .']),
    ('He said "yes". " No one asked , " she said.', ['He said "yes".', '" No one asked , " she said.']),
])
def test_split_sentences_a_quote_standing_apart(text: str, expected: list[str]) -> None:
    assert [text[s.start:s.end] for s in split_sentences(text)] == expected


@pytest.mark.parametrize("line", [
    "**Published** on 3 May 2024, the report found that rents had doubled.",
    "__Updated__ on 9 June 2023, the figures show that exports fell.",
])
def test_a_bold_lead_in_below_the_top_lines_stays_a_sentence(line: str) -> None:
    # (a byline's emphasis is read away among the top lines only: in the body it opens a paragraph)
    text = "\n\n".join(["# Headline"] + [f"Paragraph {i} of the story." for i in range(16)] + [line]) + "\n"
    doc = document_from_text(text, id="d.md")
    start = text.index(line)
    assert not doc.is_excluded(start + len(line) - 10, start + len(line) - 2)


@pytest.mark.parametrize("markdown, shown", [
    ("Rates\n\nThe bank said inflation had *eased* in March.\n", "The bank said inflation had eased in March."),
    ("Rates\n\nPrices **rose sharply** in May, and _fell_ in June.\n", "Prices rose sharply in May, and fell in June."),
    ("Rates\n\n* The council approved ***three*** projects in 2019.\n", "* The council approved three projects in 2019."),
    # (no emphasis: a list's marker, a product, a name with underscores, a marker left open)
    ("Rates\n\n* Sales rose 5 * 3 times in snake_case_city in 2019, said *one.\n",
     "* Sales rose 5 * 3 times in snake_case_city in 2019, said *one."),
])
def test_a_markdown_documents_text_is_shown_without_its_emphasis_markers(markdown: str, shown: str) -> None:
    doc = document_from_text(markdown, id="d", kind="md")
    check_offsets(doc)
    assert shown in doc.text and [s for s in doc.sentences if doc.text[s.start:s.end] in shown]


@pytest.mark.parametrize("sentence, phrase, words", [
    ("The central bank said on Monday that inflation had *eased* further.", "Monday", "inflation had eased"),
    ("Shares in the firm **fell sharply** on Tuesday.", "Tuesday", "fell sharply"),
])
def test_a_markdown_events_title_has_no_emphasis_markers(sentence: str, phrase: str, words: str) -> None:
    from timeline_app.core.extraction import extract_mentions
    doc = document_from_text(f"# Rates\n\nMarch 4, 2025\n\n{sentence}\n", id="d", kind="md")
    start = doc.text.rindex(phrase)
    titles = [c.title for c in extract_mentions(doc) if c.mention.start <= start < c.mention.end]
    assert titles and words in titles[0].lower() and "*" not in titles[0]


# --- a document's sentences as offsets: read as the tuple of Sentences they stand for ---------------------------
def test_sentence_spans_answer_every_index_as_the_tuple_whatever_was_asked_before() -> None:
    """`SentenceSpans` hands the sentence it made last out again for the same index: asked in any order (the same
    index twice, a negative index, a slice between), each index gets its own sentence, and a bad one an IndexError."""
    import pickle
    import random

    from timeline_app.core.documents import SentenceSpans
    from timeline_app.core.model import Sentence
    as_tuple = tuple(Sentence(10 * k, 10 * k + 7 + k % 3) for k in range(40))
    spans = SentenceSpans(as_tuple)
    again = pickle.loads(pickle.dumps(spans))
    rng = random.Random(3)
    asks = [rng.randrange(-40, 40) for _ in range(400)] + [5, 5, -35, 5, 39, -1, 39, 0, -40, 0]
    for read in (spans, again):
        for k in asks:
            assert read[k] == as_tuple[k], k
            assert read[k:k + 3] == as_tuple[k:k + 3]
        for bad in (40, -41):
            with pytest.raises(IndexError):
                read[bad]
    assert spans == as_tuple and list(spans) == list(as_tuple) and hash(spans) == hash(as_tuple)


# Page furniture a reader knows is no happening of the story: a contributor's credit, an editor's note on the copy,
# a heading within the story (fresh3: an AP credit, a Guardian-style amendment note, a Markdown section heading).
@pytest.mark.parametrize("line, furniture", [
    ("Reuters correspondent Lena Marsh contributed from Oslo.", True),
    ("Staff writers Omar Haddad and Pia Kern contributed.", True),
    ("Tomas Berg in Vienna contributed reporting.", True),
    ("Maria T. Oyelaran in Lagos contributed to this article.", True),
    ("Ines Duarte and Paul Onu contributed to this report.", True),
    ("Researcher Kim Ode also contributed research for this story.", True),
    ("Correction: An earlier version misspelled the mayor's name.", True),
    ("Clarification — The figures refer to the fiscal year.", True),
    ("Editor's note: This story was first published in March.", True),
    ("An earlier version of this story gave the wrong year for the merger.", True),
    ("This story has been updated to include a statement from the ministry.", True),
    ("This report was corrected on 3 June to clarify the size of the loan.", True),
    ("## Why the talks stalled", True),
    ("### What comes after the vote", True),
    ("Where the money went", True),
    # story sentences
    ("The foundation contributed $2 million to the new hospital.", False),
    ("Heavy rain contributed to the collapse of the bridge in Tirana.", False),
    ("Writers from six countries contributed essays to the anthology.", False),
    ("This article of the treaty was amended in 1992 to allow majority votes.", False),
    ("The story was updated by the tabloid the next morning.", False),
    ("How the company survived is still a mystery to analysts.", False),
    ("Where the river bends, the town built a new dam in 2019.", False),
    ("Voters reject the new constitution", False),
])
def test_credits_notes_and_section_headings_are_not_the_story(line: str, furniture: bool) -> None:
    text = f"A Headline Over It All\n\nThe council met on Tuesday. It voted for the plan.\n\n{line}\n\nThe plan goes on."
    doc = document_from_text(text, id="f", kind="md")
    check_offsets(doc)
    start, end = find(doc, line)
    assert doc.is_excluded(start, end) is furniture
    assert not doc.is_excluded(*find(doc, "The council met on Tuesday."))


@pytest.mark.parametrize("kind", ["txt", "md"])
def test_a_title_that_opens_with_a_question_word_is_not_a_section_heading(kind: str) -> None:
    text = "How the town rebuilt its harbour\n\nThe council met on Tuesday."
    doc = document_from_text(text, id="h", kind=kind)
    assert doc.title == "How the town rebuilt its harbour"
    assert not doc.is_excluded(*find(doc, "How the town rebuilt its harbour"))


def test_a_credit_closing_a_paragraph_after_a_dash_rule_is_not_the_story() -> None:
    text = ("A Headline\n\nThe ferry was due back in port on Friday. The strike delayed it. --- Ruth A. Kimani "
            "in Mombasa contributed to this article.\n\nThe port reopened.")
    doc = document_from_text(text, id="d")
    assert doc.is_excluded(*find(doc, "Ruth A. Kimani in Mombasa contributed to this article."))
    assert not doc.is_excluded(*find(doc, "The strike delayed it."))
    assert not doc.is_excluded(*find(doc, "The ferry was due back in port on Friday."))


# ---- header lines of archive exports and outlets: publication dates, not story ----------------------------------

_LEAD = "\n\nThe ferry resumed its crossings on Monday after the storm. Crews worked through the night to clear it.\n"


@pytest.mark.parametrize("header, published", [
    # The outlet's (or the place's) name, then the date, on a line of its own.
    ("Northfield Courier, June 9, 1987", dt.date(1987, 6, 9)),
    ("The Evening Lantern (Dover), 14 April 2009", dt.date(2009, 4, 14)),
    ("Harbour Gazette - 2 February 2016", dt.date(2016, 2, 2)),  # (with a dash: read before as well)
    ("Valley Ledger | Sept. 30, 2011", dt.date(2011, 9, 30)),
    ("Kingston, 21 October 2015", dt.date(2015, 10, 21)),
    # An archive export's date line: its weekday after the date, the edition.
    ("October 12, 1994, Wednesday", dt.date(1994, 10, 12)),
    ("June 2, 1996, Sunday, Late Edition - Final", dt.date(1996, 6, 2)),
    ("NOVEMBER 8, 1991, FRIDAY", dt.date(1991, 11, 8)),
    ("Valley Ledger (Ohio), 4 May 1990, p. 12", dt.date(1990, 5, 4)),
    ("Valley Ledger; May 4, 1990; Pg. A7", dt.date(1990, 5, 4)),
    ("The Lakeside Observer\nFebruary 7, 2002, Thursday\nSECTION: Local; Pg. 4", dt.date(2002, 2, 7)),
    # Labelled: a filing time, an archive's publication-date field, a source with its date.
    ("Filed 17 Nov 2018", dt.date(2018, 11, 17)),
    ("Filed: 17 Nov 2018 09:40 GMT", dt.date(2018, 11, 17)),
    ("PD 5 August 2003", dt.date(2003, 8, 5)),
    ("Source: Xinhua, 11 January 2020", dt.date(2020, 1, 11)),
    ("DATELINE: KINGSTON, Oct. 20, 2015", dt.date(2015, 10, 20)),
    ("LOAD-DATE: October 22, 2015", dt.date(2015, 10, 22)),  # (the day an archive stored it: the last resort)
])
def test_header_line_is_the_publication_date(header, published):
    doc = document_from_text("Ferry Crossings Resume\n" + header + _LEAD, id="d")
    check_offsets(doc)
    assert doc.published == published
    dated = header.split("\n")[-2] if "SECTION" in header else header.split("\n")[-1]
    assert doc.is_excluded(*find(doc, dated))  # a header line, never an event's sentence
    assert not doc.is_excluded(*find(doc, "The ferry resumed"))
    assert doc.title == "Ferry Crossings Resume"


@pytest.mark.parametrize("text", [
    # A lead that opens with a place and a date goes on after it: story.
    "Ferry Crossings Resume\n\nKingston, 21 October 2015, was calm when the ferry sailed again.",
    "Ferry Crossings Resume\n\nOn 21 October 2015, the ferry sailed again.",
    "Ferry Crossings Resume\n\nBy 21 October 2015 the ferry was sailing again.",
    "Ferry Crossings Resume\n\nKingston, 21 October 2015, 40 passengers",
    # A name and a date after the story has started is not the header's.
    "Ferry Crossings Resume\n\nThe ferry resumed its crossings after the long storm.\n\nKingston, 21 October 2015\n\n"
    "Passengers said the wait had been long.",
    # A sentence that starts with a label's word ("Filed", "Source") and holds a date.
    "Ferry Crossings Resume\n\nFiled complaints rose on 21 October 2015, the council said.",
    "Ferry Crossings Resume\n\nSource of the delay was a storm on 21 October 2015, officials said.",
])
def test_place_and_date_in_a_story_sentence_stay_story(text):
    doc = document_from_text(text, id="d")
    check_offsets(doc)
    assert doc.published is None
    for story in text.split("\n")[1:]:
        if story:
            assert not doc.is_excluded(*find(doc, story)), story


def test_archive_export_header_dates_the_article_and_keeps_its_story():
    # An archive export: many short header lines (a byline among them) before a short story. The byline opens
    # the article: it does not start a footer that swallows the story. The date line dates the article, not
    # the dateline's day (the eve) nor the archive's load date.
    doc = load_document(FIXTURES / "archive_export_header.txt")
    check_offsets(doc)
    assert doc.published == dt.date(2004, 9, 14)
    for header in ("September 14, 2004, Tuesday, Final Edition", "BYLINE: By SAM ROWE",
                   "DATELINE: NORTHFIELD, Sept. 13, 2004", "LOAD-DATE: September 16, 2004"):
        assert doc.is_excluded(*find(doc, header)), header
    for story in ("The new reading wing of the county library opened on Monday, the trustees said.",
                  "Work on the wing began in May 2003."):
        assert not doc.is_excluded(*find(doc, story)), story


# ---- an archive export's headline: the title, not the outlet's name above the date line ----------------------

_STORY = "\n\nThe ferry resumed its crossings on Monday after the storm. Crews worked through the night to clear it.\n"


@pytest.mark.parametrize("header, title, published, outlet", [
    # Labelled: the HEADLINE:/TITLE:/HD field wins over any line above it.
    ("The Harbour Sentinel (Portsmouth)\n\nMarch 3, 1999, Wednesday\n\nSECTION: News; Pg. 2\n\nLENGTH: 311 words\n\n"
     "HEADLINE: Ferry Crossings Resume\n\nBYLINE: By ANN LEE", "Ferry Crossings Resume", dt.date(1999, 3, 3),
     "The Harbour Sentinel (Portsmouth)"),
    ("Valley Ledger\nJune 2, 1996, Sunday, Late Edition - Final\nTitle: Storm Closes the Strait\nBy Tom Vale",
     "Storm Closes the Strait", dt.date(1996, 6, 2), "Valley Ledger"),
    ("Eastbridge Post\n\nOctober 12, 1994, Wednesday\n\nHD\nPort Workers Clear the Quay\n\nWC 290 words",
     "Port Workers Clear the Quay", dt.date(1994, 10, 12), "Eastbridge Post"),
    ("Eastbridge Post\nNOVEMBER 8, 1991, FRIDAY\nHD    Crossings Back After Gale", "Crossings Back After Gale",
     dt.date(1991, 11, 8), "Eastbridge Post"),
    # Unlabelled: the first line after the date line (fields and bylines passed) that reads as a headline.
    ("The Lakeside Observer\nFebruary 7, 2002, Thursday\nSECTION: Local; Pg. 4\nFerries Sail Again\nBy Ruth Kim",
     "Ferries Sail Again", dt.date(2002, 2, 7), "The Lakeside Observer"),
    ("Northfield Courier\n\nSeptember 14, 2004, Tuesday\n\nQuay Reopens to Traffic", "Quay Reopens to Traffic",
     dt.date(2004, 9, 14), "Northfield Courier"),
    # The headline above the date line, nothing headline-like below it: an article's own headline stays.
    ("Ferry Crossings Resume\nOctober 12, 1994, Wednesday", "Ferry Crossings Resume", dt.date(1994, 10, 12), None),
    ("Ferry Crossings Resume\nJune 2, 1996\nBy Tom Vale", "Ferry Crossings Resume", dt.date(1996, 6, 2), None),
    ("Ferry Crossings Resume\nThe Lakeside Observer\nFebruary 7, 2002, Thursday\nSECTION: Local; Pg. 4\n"
     "LENGTH: 120 words", "Ferry Crossings Resume", dt.date(2002, 2, 7), None),
    ("Ferry Crossings Resume\nMarch 3, 1999, Wednesday\nSECTION: News\nBYLINE: By ANN LEE",
     "Ferry Crossings Resume", dt.date(1999, 3, 3), None),
])
def test_archive_export_title_is_its_headline(header, title, published, outlet):
    doc = document_from_text(header + _STORY, id="d")
    check_offsets(doc)
    assert doc.title == title
    assert doc.published == published
    if outlet is not None:
        assert doc.is_excluded(*find(doc, outlet))  # the outlet's name: header, never an event's sentence
    assert not doc.is_excluded(*find(doc, "The ferry resumed"))


def test_archive_export_fixture_title_is_the_headline():
    doc = load_document(FIXTURES / "archive_export_header.txt")
    assert doc.title == "Library Wing Opens"
    assert doc.is_excluded(*find(doc, "Northfield Courier\n"))


@pytest.mark.parametrize("text, title", [
    # A web page's headline over its outlet and a date (its weekday first), then a list's heading: no archive
    # form, so the page's first line stays the title.
    ("Ferry crossings resume after the storm\n\nLive updates | The Harbour Sentinel\n\nTuesday 4 March 2025\n\n"
     "Key events\nCrews clear the quay\n\nThe ferry resumed its crossings on Monday after the storm.",
     "Ferry crossings resume after the storm"),
    ("Ferry crossings resume after the storm\nMarch 4, 2025\nWhat we know\n\nThe ferry resumed its crossings on "
     "Monday after the storm, the port said.", "Ferry crossings resume after the storm"),
])
def test_a_web_pages_headline_over_its_date_stays_the_title(text, title):
    assert document_from_text(text, id="d").title == title


@pytest.mark.parametrize("text, furniture, body", [
    # each linked headline with its teaser, cut by the site where the link ends: the other stories' words
    ("Flood kills two in Siberia\n\nTwo residents were killed in a flash flood on Friday.\n\nMOST READ\n"
     "Pakistan Extends Deadline For Refugees\nPakistan on Friday extended by up to a year the deadline to...\n"
     "Governor Revokes School Land\nThe governor has revoked all schools' land allocated to individuals. The...\n"
     "\nRescuers searched the river on Saturday.",
     ["Pakistan on Friday extended", "The governor has revoked"], ["Rescuers searched the river on Saturday."]),
    # a teaser comes only under a listed headline: the article's next paragraph ending in "…" stays its own
    ("Flood kills two in Siberia\n\nRelated Stories\n\nRescuers searched the river on Saturday and found…\n\n"
     "The rains stopped on Sunday.",
     [], ["Rescuers searched the river on Saturday", "The rains stopped on Sunday."]),
])
def test_a_link_lists_teasers_cut_by_the_site_are_excluded(text: str, furniture: list[str], body: list[str]) -> None:
    doc = document_from_text(text, id="t")
    check_offsets(doc)
    for words in furniture:
        assert doc.is_excluded(*find(doc, words)), words
    for words in body:
        assert not doc.is_excluded(*find(doc, words)), words
