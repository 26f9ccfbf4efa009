"""Who a role noun phrase is: "the president" after "President Bill Clinton", "the official" after "Edgar Woolard
Jr., Du Pont's chairman", "the spokesman" after "spokesman Kenneth Bacon". One pass over the document finds every
person it names together with a role word (before the name or in apposition), so that a later "the ROLE" (and a
he/she whose sentence before had "the ROLE" for its subject) stands for the most recent person named with it.
Qt-free, linear in the text (a few regex passes), cached per document."""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from timeline_app.core import grammar

# A run of capitalised words, "of" allowed inside ("Secretary of State Madeleine Albright", "President Bill
# Clinton"), or one lower-case word before one ("spokesman Kenneth Bacon"): the role word(s), then the name, which
# ends in a family name the document gives a person (checked after the match).
_ROLE_BEFORE_NAME = re.compile(
    r"\b(?P<lower>[a-z][a-z-]+\s+)?(?P<run>[A-Z][a-z.]+(?:\s+(?:of\s+)?[A-Z][\w.'’-]*)*\s+[A-Z][a-z'’-]+)\b")
# "Clinton, the president," "Edgar Woolard Jr., Du Pont's chairman and chief executive": the family name, then
# a noun phrase whose head is the role (up to a comma, full stop, preposition, relative pronoun or "and").
_APPOSITION_AFTER = re.compile(
    r"\b(?P<family>[A-Z][a-z'’-]+)(?:\s+(?:Jr|Sr)\.)?,\s+(?:the|a|an|its|[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)*['’]s)\s+"
    r"(?P<role>(?:[a-z][a-z-]*\s+){0,3}?[a-z][a-z-]*)(?=\s*[,.;]|\s+(?:of|at|for|who|and|in)\b)")
# "the president, Bill Clinton," "A Pentagon spokesman, Kenneth Bacon": the role's noun phrase, then the name.
_APPOSITION_BEFORE = re.compile(
    r"\b(?:[Tt]he|[Aa]n?)\s+(?:[A-Z][\w.&-]*\s+){0,2}(?P<role>(?:[a-z][a-z-]*\s+){0,2}?[a-z][a-z-]*),\s+"
    r"(?P<name>(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][a-z'’-]+)\b")


class RoleHolders:
    """The people a document names with a role word: role (lower case) → the offsets and family names, in order
    of the text."""

    def __init__(self, text: str) -> None:
        surnames = grammar.person_surnames(text)
        found: list[tuple[int, str, str]] = []
        if surnames:
            for m in _ROLE_BEFORE_NAME.finditer(text):
                words = m.group("run").split()
                while words and words[-1] not in surnames:
                    words.pop()  # "President Bill Clinton Saturday vowed": the name ends before the day
                if len(words) < 2 and not m.group("lower") or not words:
                    continue
                family = words[-1]
                given = grammar._given_names(text).get(family, "")
                roles = words[:-1]
                if given and " ".join(roles[-len(given.split()):]) == given:
                    roles = roles[:-len(given.split())]  # "Bill" of "President Bill Clinton" is his name
                if "of" in roles:  # "Secretary of State": the head before "of"
                    roles = roles[:roles.index("of")]
                heads = [r for r in roles[-1:] if _role_word(r)]
                if m.group("lower") and not roles:
                    heads = [w for w in m.group("lower").split() if _role_word(w)]
                for role in heads:
                    found.append((m.start("run"), role.lower(), family))
            for m in _APPOSITION_AFTER.finditer(text):
                if m.group("family") in surnames:
                    role = m.group("role").split()[-1]
                    if _role_word(role):
                        found.append((m.start(), role, m.group("family")))
            for m in _APPOSITION_BEFORE.finditer(text):
                family = m.group("name").split()[-1]
                role = m.group("role").split()[-1]
                if family in surnames and _role_word(role):
                    found.append((m.start(), role, family))
        found.sort()
        self._by_role: dict[str, tuple[list[int], list[str]]] = {}
        for at, role, family in found:
            offsets, names = self._by_role.setdefault(role, ([], []))
            offsets.append(at)
            names.append(family)

    def holder(self, role: str, before: int) -> str | None:
        """The family name of the most recent person named with `role` before offset `before`; None if none."""
        held = self._by_role.get(role.lower())
        if held is None:
            return None
        k = bisect.bisect_left(held[0], before)
        return held[1][k - 1] if k else None

    def holds(self, family: str, role: str, before: int) -> bool:
        """Is `family` the most recent person named with `role` before `before`?"""
        return self.holder(role, before) == family


def _role_word(word: str) -> bool:
    """Can `word` be a person's role: a noun the dictionary knows and no verb form of its own ("said", "visit"
    before a name are not roles)?"""
    lemmas = grammar.all_lemmas(word.lower())
    return "NOUN" in lemmas and "VERB" not in lemmas or word[:1].isupper() and "NOUN" in lemmas


@lru_cache(maxsize=8)
def role_holders(text: str) -> RoleHolders:
    """`RoleHolders` of a document's text (cached: every sentence of the document asks)."""
    return RoleHolders(text)
