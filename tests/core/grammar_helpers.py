"""What the clause tests share: a sentence's main clause as the reader sees it, its subject and its verb group, and
the subject of a named verb."""
from __future__ import annotations

from timeline_app.core import grammar, news


def main_subject_and_verb(sentence: str) -> tuple[str | None, str | None]:
    """The main clause's subject (its words as written) and verb group (`news.main_group`), None where missing."""
    a = grammar.analyse_sentence(sentence)
    group = news.main_group(a)
    if group is None:
        return None, None
    span = a.subject_of(group)
    subject = None if span is None else sentence[a.tokens[span[0]].start:a.tokens[span[1] - 1].end]
    return subject, group.text


def subject_of_verb(sentence: str, verb: str) -> str | None:
    """The subject (its words as written) `grammar.subject_of` gives the first verb group reading `verb`."""
    tokens = grammar.tag_words(sentence)
    group = next(g for g in grammar.verb_groups(tokens) if g.text == verb)
    span = grammar.subject_of(tokens, group)
    return None if span is None else sentence[tokens[span[0]].start:tokens[span[1] - 1].end]
