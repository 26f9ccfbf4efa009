"""What the title tests share: the title of the event a phrase dates in an invented article or sentence."""
from __future__ import annotations

from timeline_app.core import grammar
from timeline_app.core.documents import document_from_text
from timeline_app.core.extraction import extract_mentions, title_from_sentence
from timeline_app.core.temporal import tag


def article_title(text: str, phrase: str) -> str:
    """The title of the first candidate whose mention covers the last `phrase` in the article `text`."""
    doc = document_from_text(text, id="t")
    start = doc.text.rindex(phrase)
    found = [c.title for c in extract_mentions(doc) if c.mention.start <= start < c.mention.end]
    assert found, f"no event at {phrase!r}"
    return found[0]


def sentence_title(sentence: str, phrase: str) -> str:
    """The title `title_from_sentence` gives the event that the first `phrase` of `sentence` dates."""
    start = sentence.index(phrase)
    return title_from_sentence(sentence, start, start + len(phrase))


def verb_subject(sentence: str, verb: str) -> str | None:
    """The subject the grammar finds for the verb group written `verb` in `sentence`, as text (None: no subject)."""
    a = grammar.analyse_sentence(sentence)
    group = next(g for g in a.groups if g.text == verb)
    span = a.subject_of(group)
    return None if span is None else grammar._join(a.tokens[span[0]:span[1]])


def dated_titles(article: str, sentence: str) -> dict[str, str]:
    """The dated candidates of `sentence` appended to the invented `article` (a format string with one `{}`):
    date phrase -> title."""
    doc = document_from_text(article.format(sentence), id="d")
    start = doc.text.index(sentence)
    return {c.phrase: c.title for c in extract_mentions(doc, tag(doc.text, reference=doc.published))
            if c.sentence_start >= start and c.dated}
