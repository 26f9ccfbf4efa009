"""The part-of-speech, verb-group, clause and headline-verb helpers that event titles are to be built on.

The sentences behind the non-English titles of issue 8 are here: the verb found must be the real one,
and every word produced is a word of the sentence or an inflection lemminflect produced."""
from __future__ import annotations

import pytest
from hypothesis import example, given, settings, strategies as st

from timeline_app.core.grammar import (Token, analyse_sentence, clause_of, clauses, headline_clause, headline_verb,
                                       is_plural_noun, subject_is_plural, subject_of, tag_words, verb_groups)


def _tag_of(sentence: str, word: str) -> str:
    return next(t.pos for t in tag_words(sentence) if t.text == word)


# --- tags: sentence, word, accepted Penn tags ------------------------------------------------------------------
_MISSES = "the Brill tagger reads noun + past form as a participle here; verb_groups guesses it instead"
TAGS = [
    ("He eventually fled the country", "fled", {"VBD"}),
    ("Mr. Erdogan has long sought an apology", "sought", {"VBN"}),
    ("The A380 will begin regular service", "begin", {"VB"}),
    ("The A380 will begin regular service", "will", {"MD"}),
    ("The company has a deadline set to draw up a restructuring plan", "set", {"VBN"}),
    ("The company has a deadline set to draw up a restructuring plan", "has", {"VBZ"}),
    ("He was involved in two of the most important explorations", "involved", {"VBN"}),
    ("A four-week, phased closure of the 149 control towers", "phased", {"VBN", "JJ"}),
    ("strategies adopted by Boeing", "adopted", {"VBN"}),
    ("Israel's prime minister apologized to Turkey", "apologized", {"VBD"}),
    ("The suspect was arrested on Monday", "arrested", {"VBN"}),
    ("Putin made his first such visit to the country", "made", {"VBD"}),
    ("Putin made his first such visit to the country", "such", {"JJ", "PDT"}),
    ("The president said the talks would resume", "said", {"VBD"}),
    ("The president said the talks would resume", "resume", {"VB"}),
    ("Officials announced that the plant closed", "closed", {"VBD"}),
    ("The treaty was signed in 1990", "signed", {"VBN"}),
    ("Police arrested three men", "arrested", {"VBD"}),
    ("Sales rose 5 percent", "rose", {"VBD"}),
    ("The bill, which passed the Senate, was vetoed", "passed", {"VBD"}),
    ("The bill, which passed the Senate, was vetoed", "vetoed", {"VBN"}),
    ("The minister, who resigned last year, said nothing", "resigned", {"VBD"}),
    ("She has been appointed chief executive", "appointed", {"VBN"}),
    ("The plant opened in 1990 and closed in 2005", "opened", {"VBD"}),
    ("The plant opened in 1990 and closed in 2005", "closed", {"VBD"}),
    ("The deal is expected to close next month", "expected", {"VBN"}),
    ("The deal is expected to close next month", "close", {"VB"}),
    ("Troops withdrew from the city", "withdrew", {"VBD"}),
    ("The court ruled that the law was unconstitutional", "ruled", {"VBD"}),
    ("The rebels seized the airport", "seized", {"VBD"}),
    ("He was born in Seville", "born", {"VBN"}),
    ("The company's shares fell sharply", "fell", {"VBD"}),
    ("Negotiators reached a deal", "reached", {"VBD"}),
    ("The newly elected parliament met", "elected", {"VBN", "JJ"}),
    ("Prices have risen", "risen", {"VBN"}),
    ("He had visited Moscow", "visited", {"VBN"}),
    ("It is the first time the leaders have met", "met", {"VBN"}),
    ("The bridge, built in 1932, collapsed", "built", {"VBN"}),
    ("The bridge, built in 1932, collapsed", "collapsed", {"VBD"}),
    ("Hundreds of people were killed", "killed", {"VBN"}),
    ("He led the party until 2004", "led", {"VBD"}),
    ("The strike that paralysed the port ended", "ended", {"VBD"}),
    # Only a wh-word is ever a wh-determiner: the rules that make "that" one before its clause's verb touch no
    # preposition, number or determiner there; a figure is a number, whatever the lexicon's chat spellings.
    ("The share of calls dropped by the handset was higher", "of", {"IN"}),
    ("The share of calls dropped by the handset was higher", "calls", {"NNS"}),
    ("Model 4 was cheaper than the old one", "4", {"CD"}),
    ("Model 2 was cheaper", "2", {"CD"}),
    ("He bought 2 tickets", "2", {"CD"}),
    ("The plant that makes chips closed", "that", {"WDT"}),
    ("The company said that prices rose", "that", {"IN"}),
    # A contextual rule never makes a verb of a word that has no verb reading at all.
    ("Apple passed Best Buy for the No. 2 U.S. music retailer in 2007", "retailer", {"NN"}),
    ("A magnitude 5.4 aftershock the following day brought down several buildings", "aftershock", {"NN"}),
    # Headlines: capitals say nothing about names there.
    ("Senate Passes Budget Bill", "Passes", {"VBZ"}),
    ("Apple Unveils New iPhone", "Unveils", {"VBZ"}),
    pytest.param("The storm killed 12 people", "killed", {"VBD"}, marks=pytest.mark.xfail(strict=True, reason=_MISSES)),
    pytest.param("Protesters clashed with police", "clashed", {"VBD"},
                 marks=pytest.mark.xfail(strict=True, reason=_MISSES)),
    pytest.param("The government plans to raise taxes", "plans", {"VBZ"},
                 marks=pytest.mark.xfail(strict=True, reason="noun or verb: the lexicon's first guess, NNS, stays")),
]


@pytest.mark.parametrize("sentence, word, expected", TAGS)
def test_tag(sentence: str, word: str, expected: set[str]) -> None:
    assert _tag_of(sentence, word) in expected


# --- tokens keep exact offsets ------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence, texts", [
    ("Israel's prime minister didn't apologise.", ["Israel", "'s", "prime", "minister", "did", "n't", "apologise", "."]),
    ("Israel’s “deal” with the U.S. (in 2010)", ["Israel", "’s", "“", "deal", "”", "with", "the", "U.S.", "(", "in",
                                                  "2010", ")"]),
    ("Mr. Erdogan, 54, paid $1,000.50 — a four-week fee", ["Mr.", "Erdogan", ",", "54", ",", "paid", "$", "1,000.50",
                                                          "—", "a", "four-week", "fee"]),
    ("  AT&T  closed\ton 9/11 ", ["AT&T", "closed", "on", "9/11"]),
    ("A 2-2 draw in the 2022-23 season", ["A", "2-2", "draw", "in", "the", "2022-23", "season"]),
    # An abbreviation before a possessive or in capitals, and a first initial opening the sentence, stay whole.
    ("Norcom Corp.'s net rose", ["Norcom", "Corp.", "'s", "net", "rose"]),
    ("NORCOM PUMP CORP. said", ["NORCOM", "PUMP", "CORP.", "said"]),
    ("J. Walter Pike was named", ["J.", "Walter", "Pike", "was", "named"]),
])
def test_tokens(sentence: str, texts: list[str]) -> None:
    tokens = tag_words(sentence)
    assert [t.text for t in tokens] == texts
    assert all(sentence[t.start:t.end] == t.text for t in tokens)


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab Ted.,'’-—n1 \t\n\"“"), max_size=60))
def test_tokens_cover_every_visible_character_once(sentence: str) -> None:
    tokens = tag_words(sentence)
    assert all(sentence[t.start:t.end] == t.text for t in tokens)
    assert all(a.end <= b.start for a, b in zip(tokens, tokens[1:]))
    assert "".join(t.text for t in tokens) == "".join(sentence.split())
    verb_groups(tokens)
    clauses(tokens)


def test_a_sentence_is_tagged_once() -> None:
    sentence = "The committee approved the plan on a Tuesday nobody will remember."
    first = tag_words(sentence)
    assert tag_words(sentence) == first
    assert first is not tag_words(sentence)  # callers get their own list, the cached tuple stays intact


# --- verb groups: sentence → the finite verb groups ------------------------------------------------------------
GROUPS = [
    ("He eventually fled the country", ["fled"]),
    ("Mr. Erdogan has long sought an apology", ["has long sought"]),
    ("The A380 will begin regular service in 2007", ["will begin"]),
    ("The company has a deadline set to draw up a restructuring plan", ["has"]),
    ("He was involved in two of the most important explorations", ["was involved"]),
    ("A four-week, phased closure of the 149 control towers", []),
    ("strategies adopted by Boeing", []),
    ("The suspect was arrested on Monday", ["was arrested"]),
    ("Police said the suspect didn't resist", ["said", "didn't resist"]),
    ("She has been appointed chief executive", ["has been appointed"]),
    ("The bill, which passed the Senate, was vetoed", ["passed", "was vetoed"]),
    ("The strike that paralysed the port ended", ["paralysed", "ended"]),
    ("The bridge, built in 1932, collapsed", ["collapsed"]),
    ("It could trigger landslides on hillsides destabilized by the rain", ["could trigger"]),
    ("the preferred shares rose", ["rose"]),
    ("The company discussed the list and eliminated the reserves", ["discussed", "eliminated"]),
    ("He was arrested and charged with murder", ["was arrested"]),
    # Guessed (not certain): a past form the tagger read as a participle, in a clause with no other verb.
    ("Israel's prime minister apologised to Turkey", ["apologised"]),
    ("The storm killed 12 people", ["killed"]),
    ("Protesters clashed with police", ["clashed"]),
    ("Bilateral trade between the two countries reached $1.2 billion in 2024", ["reached"]),
    ("However, the Cuban exile community called for more civil disobedience", ["called"]),  # adverb first
    ("However, strategies adopted by Boeing", []),
]


@pytest.mark.parametrize("sentence, expected", GROUPS)
def test_verb_groups(sentence: str, expected: list[str]) -> None:
    groups = verb_groups(tag_words(sentence))
    assert [g.text for g in groups] == expected
    assert all(sentence[g.start:g.end] == g.text for g in groups)


@pytest.mark.parametrize("sentence, certain", [
    ("He eventually fled the country", True),
    ("The rebels seized the airport", True),
    ("Israel's prime minister apologised to Turkey", False),
    ("The storm killed 12 people", False),
])
def test_certainty(sentence: str, certain: bool) -> None:
    assert [g.certain for g in verb_groups(tag_words(sentence))] == [certain]


# --- clauses: sentence, a word in it → its clause ----------------------------------------------------------------
CLAUSES = [
    ("The bill, which passed the Senate, was vetoed", "passed", "which passed the Senate"),
    ("The bill, which passed the Senate, was vetoed", "vetoed", "was vetoed"),
    ("The strike that paralysed the port ended", "port", "that paralysed the port"),
    ("Officials announced that the plant closed", "announced", "Officials announced"),
    ("Officials announced that the plant closed", "plant", "that the plant closed"),
    ("He fled in 2010; his brother stayed", "stayed", "his brother stayed"),
    ("The talks collapsed, and the envoy left", "left", "and the envoy left"),
    ("He resigned because he was ill", "resigned", "He resigned"),
    ("It is unclear whether the deal will hold", "hold", "whether the deal will hold"),
    ("The plan (approved in May) failed", "approved", "approved in May"),
    ("The plant opened in 1990 and closed in 2005", "closed", "The plant opened in 1990 and closed in 2005"),
    ("A four-week, phased closure of the 149 control towers", "phased",
     "A four-week, phased closure of the 149 control towers"),
]


@pytest.mark.parametrize("sentence, word, expected", CLAUSES)
def test_clause_of(sentence: str, word: str, expected: str) -> None:
    tokens = tag_words(sentence)
    first, last = clause_of(tokens, next(i for i, t in enumerate(tokens) if t.text == word))
    assert sentence[tokens[first].start:tokens[last - 1].end] == expected


@pytest.mark.parametrize("sentence", sorted({row[0] for row in GROUPS} | {row[0] for row in CLAUSES}))
def test_one_analysis_reads_as_the_standalone_passes(sentence: str) -> None:
    # Extraction's readers take a sentence's groups and subjects from its one cached analysis (no verb_groups or
    # subject_of on a token list of their own), and its tokens' starts, kept once for their bisections: what the
    # analysis holds is what each pass finds on its own.
    tokens = tag_words(sentence)
    a = analyse_sentence(sentence)
    assert a.spans == clauses(tokens)
    assert [(g.first, g.last, g.text, g.finite, g.certain) for g in a.groups] \
        == [(g.first, g.last, g.text, g.finite, g.certain) for g in verb_groups(tokens)]
    assert [a.subject_of(g) for g in a.groups] == [subject_of(tokens, g) for g in verb_groups(tokens)]
    assert a.token_starts == [t.start for t in tokens]
    assert a.token_starts is a.token_starts  # made once


# --- headline present tense ----------------------------------------------------------------------------------
HEADLINES = [
    ("He eventually fled the country", "flees"),
    ("They fled the country", "flee"),
    ("The rebels seized the airport", "seize"),
    ("Putin made his first such visit to the country", "makes"),
    ("Troops withdrew from the city", "withdraw"),
    ("The talks, which began in May, ended without a deal", "end"),
    ("Acme and Widget Corp agreed to merge", "agree"),
    ("Officials from both countries met in Geneva", "meet"),
    # Kept as the source has it: already present, an auxiliary group, or "was" ("He was 54").
    ("Mr. Erdogan has long sought an apology", "has long sought"),
    ("The A380 will begin regular service in 2007", "will begin"),
    ("The company has a deadline set to draw up a restructuring plan", "has"),
    ("He was involved in two of the most important explorations", "was involved"),
    ("Senate Passes Budget Bill", "Passes"),
    # Not certain: the caller keeps the source's tense.
    ("Israel's prime minister apologised to Turkey", None),
    ("The storm killed 12 people", None),
    ("He was 54", None),
]


@pytest.mark.parametrize("sentence, expected", HEADLINES)
def test_headline_verb(sentence: str, expected: str | None) -> None:
    tokens = tag_words(sentence)
    groups = verb_groups(tokens)
    main = groups[-1] if "which" in sentence else groups[0]
    plural = subject_is_plural(tokens, main)
    assert headline_verb(main, bool(plural)) == expected


# The sentences behind issue 8's non-English titles: the real verb is found, and nothing is invented.
ISSUE_8 = [
    ("He eventually fled the country", "fled", "flees"),                                       # not "fls"
    ("Mr. Erdogan has long sought an apology", "has long sought", "has long sought"),         # not "has long seeks"
    ("The A380 will begin regular service in 2007", "will begin", "will begin"),              # not "will will begin"
    ("The company has a deadline set to draw up a restructuring plan", "has", "has"),          # not "deadline sets"
    ("He was involved in two of the most important explorations", "was involved", "was involved"),  # keeps "was"
    ("A four-week, phased closure of the 149 control towers", None, None),                    # not "phases"
    ("Israel's prime minister apologised to Turkey", "apologised", None),                     # source tense kept
]


@pytest.mark.parametrize("sentence, verb, headline", ISSUE_8)
def test_issue_8_titles(sentence: str, verb: str | None, headline: str | None) -> None:
    import lemminflect

    tokens = tag_words(sentence)
    groups = verb_groups(tokens)
    assert (groups[0].text if groups else None) == verb
    if not groups:
        return
    produced = headline_verb(groups[0], bool(subject_is_plural(tokens, groups[0])))
    assert produced == headline
    words = {t.text for t in tokens}
    lemma = lemminflect.getAllLemmas(groups[0].main.text.lower(), upos="VERB").get("VERB", ("",))[0]
    inflections = {f for forms in lemminflect.getAllInflections(lemma, upos="VERB").values() for f in forms}
    for word in (produced or "").split():
        assert word in words or word in inflections


# --- number of nouns and subjects ---------------------------------------------------------------------------
@pytest.mark.parametrize("token, plural", [
    (Token("towers", 0, 6, "NNS"), True),
    (Token("Falcons", 0, 7, "NNPS"), True),
    (Token("closure", 0, 7, "NN"), False),
    (Token("they", 0, 4, "PRP"), True),
    (Token("she", 0, 3, "PRP"), False),
])
def test_is_plural_noun(token: Token, plural: bool) -> None:
    assert is_plural_noun(token) is plural


@pytest.mark.parametrize("sentence, plural", [
    ("The 2,000 tickets for the parade sold out", True),
    ("The ticket for the parades sold out", False),
    ("The talks, which began in May, ended", True),
    ("The strike that paralysed the port ended", False),
    ("Mr. Smith, 54, died on Saturday", False),
    ("Acme and Widget Corp agreed to merge", True),
    ("They visited Moscow", True),
    ("Officials announced that the plant closed", True),
    ("The plant opened in 1990 and closed in 2005", False),
    ("Negotiators met in May and agreed on a text", True),
])
def test_subject_is_plural(sentence: str, plural: bool) -> None:
    tokens = tag_words(sentence)
    group = verb_groups(tokens)[-1] if "ended" in sentence or " and " in sentence else verb_groups(tokens)[0]
    assert subject_is_plural(tokens, group) is plural


@pytest.mark.parametrize("sentence, verb, subject", [
    ("He eventually fled the country", "fled", "He"),
    ("Mr. Erdogan has long sought an apology", "has long sought", "Mr. Erdogan"),
    ("The bill, which passed the Senate, was vetoed", "passed", "The bill"),
    ("The bill, which passed the Senate, was vetoed", "was vetoed", "The bill"),
    ("The strike that paralysed the port ended", "ended", "The strike"),
    ("The 2,000 tickets for the parade sold out", "sold", "The 2,000 tickets for the parade"),
    ("Mr. Smith, 54, died on Saturday", "died", "Mr. Smith"),
    ("In 2010 the company moved to Texas", "moved", "the company"),
    ("Israel's prime minister apologised to Turkey", "apologised", "Israel's prime minister"),
    ("The plant opened in 1990 and closed in 2005", "closed", "The plant"),
    ("Police said the suspect didn't resist", "didn't resist", "the suspect"),
    # A participle with its adverb inside the noun phrase, after an "of".
    ("Sales of the newly launched tablet began on Friday", "began", "Sales of the newly launched tablet"),
    ("Pre-orders of the recently unveiled handset began", "began", "Pre-orders of the recently unveiled handset"),
])
def test_subject_of(sentence: str, verb: str, subject: str) -> None:
    tokens = tag_words(sentence)
    group = next(g for g in verb_groups(tokens) if g.text == verb)
    span = subject_of(tokens, group)
    assert span is not None
    assert sentence[tokens[span[0]].start:tokens[span[1] - 1].end] == subject


# --- headline_clause: sentence, date phrase → who did what --------------------------------------------------------
HEADLINE_CLAUSES = [
    # a short quotation as the object stays, closing mark and all; a longer one or a quoted clause does not
    ('Steve called podcasting "Wayne\'s World for radio" on Monday.', "Monday",
     'Steve calls podcasting "Wayne\'s World for radio"'),
    ('He said on Monday, "we will win".', "Monday", "He says"),
    # a plural's possessive mark is no quotation
    ("The chief executive announced the phone at a developers' conference on Monday.", "Monday",
     "The chief executive announces the phone at a developers' conference"),
    ("He eventually fled the country in 2010.", "2010", "He eventually flees the country"),
    ("Mr. Erdogan has long sought an apology since 2010.", "2010", "Mr. Erdogan has long sought an apology"),
    ("The A380 will begin regular service in 2007, the company said.", "2007", "The A380 will begin regular service"),
    ("The company has a deadline set for June 30 to draw up a restructuring plan.", "June 30",
     "The company has a deadline to draw up a restructuring plan"),
    ("In 1962 he was involved in two of the most important explorations.", "1962",
     "He was involved in two of the most important explorations"),
    ("Israel's prime minister apologised to Turkey in March 2013.", "March 2013",
     "Israel's prime minister apologised to Turkey"),
    ("The talks, which began in May, ended without a deal.", "May", "The talks begin"),
    ("Okonjo, a former executive, was appointed CEO in 2019 and has since pushed Halvorsen into software.", "2019",
     "Okonjo was appointed CEO"),
    ("Revenue for Q3 2024 rose 9.4% to $2.14 billion, compared with $1.96 billion a year earlier.", "a year earlier",
     "Revenue for Q3 2024 rises 9.4% to $2.14 billion"),
    ("NASA's Magellan spacecraft then mapped the planet with radar between 1990 and 1994.", "1994",
     "NASA's Magellan spacecraft then maps the planet with radar"),
    ("Sadowski testified on Tuesday that Whitford had instructed him to split payments, prosecutors said.", "Tuesday",
     "Sadowski testifies that Whitford had instructed him to split payments"),
    ("A federal grand jury returned an indictment against him on Oct. 3, 2023, and he pleaded not guilty.",
     "Oct. 3, 2023", "A federal grand jury returns an indictment against him"),
    ("This quarter largely answers that question.", "This quarter", "This quarter largely answers that question"),
    ("Jurors began deliberating on Wednesday.", "Wednesday", "Jurors begin deliberating"),
    ("Monday, May 5, 2025", "Monday, May 5, 2025", None),
    # The tagger reads "sales" as a verb here; that "verb" has no subject, so the one before it is taken.
    ("Marous said the business will achieve higher sales this year.", "this year",
     "The business will achieve higher sales"),
    ("A federal jury on Thursday convicted the former finance chief of stealing $14 million.", "Thursday",
     "A federal jury convicts the former finance chief of stealing $14 million"),
]


@pytest.mark.parametrize("sentence, date, expected", HEADLINE_CLAUSES)
def test_headline_clause(sentence: str, date: str, expected: str | None) -> None:
    start = sentence.index(date)
    assert headline_clause(sentence, start, start + len(date)) == expected


@pytest.mark.parametrize("sentence, date, expected", HEADLINE_CLAUSES)
def test_headline_clause_invents_no_word(sentence: str, date: str, expected: str | None) -> None:
    start = sentence.index(date)
    title = headline_clause(sentence, start, start + len(date))
    words = {t.text.lower() for t in tag_words(sentence)}
    groups = verb_groups(tag_words(sentence))
    inflected = {(headline_verb(g, plural) or "").lower() for g in groups for plural in (False, True)}
    for token in tag_words(title or ""):
        assert token.text.lower() in words | inflected


def test_headline_clause_in_a_run_on_sentence_reads_only_the_block_around_the_date() -> None:
    # A page with no full stop: the clause around the date is found as in a sentence of its own.
    filler = "the list goes on with item after item " * 400
    sentence = filler + "and on Monday the board fled the city in 2010 while " + filler
    start = sentence.index("2010")
    assert len(sentence) > 3 * 2000
    assert headline_clause(sentence, start, start + 4) == headline_clause(
        "On Monday the board fled the city in 2010.", 37, 41) == "The board flees the city"


# --- the Brill tagger's indexes: the same tags as applying every rule everywhere --------------------------------
def _every_rule_everywhere(keys: list[str], tags: list[str]) -> list[str]:
    """Brill's contextual stage without indexes: each rule in turn at every position, left to right."""
    from timeline_app.core.grammar import _brill
    pad = ["STAART"] * 3
    w, t = pad + keys + pad, pad + tags + pad
    for rule in _brill().context:
        for i in range(3, len(t) - 3):
            if t[i] == rule.source and rule.check(w, t, i):
                t[i] = rule.target
    return t[3:-3]


def _initial(sentence: str) -> tuple[list[str], list[str]]:
    """The sentence's lexicon spellings and its tags before the contextual rules."""
    from timeline_app.core import grammar
    words = [m.group(0) for m in grammar._TOKEN.finditer(sentence)]
    return [w.translate(grammar._LEXICON_KEY) for w in words], _lexical_stage(words)


def _lexical_stage(words: list[str]) -> list[str]:
    """The tags `_tags` has just before the contextual rules (lexicon, then lexical rules)."""
    from timeline_app.core import grammar
    keep = grammar._contextual
    try:
        grammar._contextual = lambda keys, tags, brill: list(tags)  # type: ignore[assignment]
        return grammar._tags(words)
    finally:
        grammar._contextual = keep


# Sentences whose contextual rules fire, some moving words to a tag the sentence did not have (which lets
# that tag's later rules in), some with the words that word-keyed rules need.
CONTEXT_SENTENCES = [
    "Mr. Erdogan has long sought an apology",
    "They like it when the plan works, as the talks showed that it would",
    "The company has a deadline set to draw up a restructuring plan",
    "He said that he would not comment on the U.S. offer, but that talks were expected to resume",
    "Officials Said Jurors Began Deliberating on Monday",
    "The storm killed 12 people and forced thousands to flee their homes",
    "As much as $ 2 billion could be raised, more than the 1.5 billion it had hoped for",
    "Bilateral trade between the two countries rose to record levels last year",
    # A rule keyed by two words, the sentence's start and the word ("NNP NN LBIGRAM STAART Business"): indexed by
    # the word itself, which the sentence must hold, not by the start, which every sentence has.
    "Business was slow on Monday",
    "U.S. officials said the talks failed",
]


@pytest.mark.parametrize("sentence", CONTEXT_SENTENCES)
def test_indexed_contextual_rules_tag_as_every_rule_everywhere(sentence: str) -> None:
    from timeline_app.core import grammar
    keys, initial = _initial(sentence)
    assert grammar._contextual(keys, list(initial), grammar._brill()) == _every_rule_everywhere(keys, list(initial))


_VOCABULARY = ["the", "to", "that", "has", "long", "sought", "like", "as", "more", "than", "set", "plan", "plans",
               "it", "they", "said", "would", "be", "U.S.", "$", "2", ",", ".", "Officials", "up", "down", "out",
               "record", "levels", "rose", "left", "back", "so", "and", "in", "on", "about", "'s", "n't", "do",
               "Business"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_VOCABULARY), min_size=1, max_size=14))
def test_indexed_contextual_rules_on_any_word_sequence(words: list[str]) -> None:
    from timeline_app.core import grammar
    keys = [w.translate(grammar._LEXICON_KEY) for w in words]
    initial = _lexical_stage(words)
    assert grammar._contextual(keys, list(initial), grammar._brill()) == _every_rule_everywhere(keys, list(initial))


@pytest.mark.parametrize("word, before, after", [
    ("Kurdistan", "the", "would"), ("glorbed", "he", "the"), ("unflinchingly", "", ""), ("Bt-7", "$", "be"),
    ("zorps", "it", "are"), ("snarfing", "was", "n't"),
])
def test_unknown_word_rules_are_cached_without_changing_the_tag(word: str, before: str, after: str) -> None:
    from timeline_app.core import grammar
    brill = grammar._brill()
    for tag in ("NN", "NNP"):
        cached = grammar._unknown_tag(word, tag, before if before in brill.after_words else "",
                                      after if after in brill.before_words else "")
        assert cached == grammar._lexical_tag(word, tag, before, after, brill)


@pytest.mark.parametrize("sentence", [g[0] for g in GROUPS] + CONTEXT_SENTENCES)
def test_verb_groups_with_the_clauses_given_are_the_same(sentence: str) -> None:
    tokens = tag_words(sentence)
    assert verb_groups(tokens, clauses(tokens)) == verb_groups(tokens)


@pytest.mark.parametrize("curly, straight", [
    ("Israel’s prime minister didn’t apologize", "Israel's prime minister didn't apologize"),
    ("The talks — which began in May — collapsed", "The talks -- which began in May -- collapsed"),
])
def test_typographic_marks_tag_as_their_ascii_spellings(curly: str, straight: str) -> None:
    assert [t.pos for t in tag_words(curly)] == [t.pos for t in tag_words(straight)]


# --- morphology: lemminflect's tables read by bisection give exactly what lemminflect's own look-ups give -----
_MORPHOLOGY_WORDS = ["fled", "flee,verb", "1,000", "a\nb", "flee", "be", "was", "can", "could", "will", "dare", "must", "'d", "'ll", "deals",
                     "treaties", "abdomen", "bankrol", "bless", "all", "another", "Fled", "FLED", "Be", "Aaron",
                     "aaron", "zzzz", "", "a", "zygote", "zyzzyva", "naïve", "café", "leaves", "underwent"]


def _table_sample() -> list[str]:
    """Every 503rd word of lemminflect's two tables, so the first, middle and last rows are all sampled."""
    import gzip

    from lemminflect import config
    words: list[str] = []
    for path in (config.lemma_lu_fn, config.inflection_lu_fn):
        with gzip.open(path, "rt", encoding="utf-8") as f:
            words += [line.split(",")[0] for k, line in enumerate(f) if k % 503 == 0]
    return words


def test_morphology_matches_lemminflect() -> None:
    import lemminflect

    from timeline_app.core import grammar
    words = _MORPHOLOGY_WORDS + _table_sample()
    assert len(words) > 200
    for word in words:
        lemmas = lemminflect.getAllLemmas(word)
        assert grammar.all_lemmas(word) == lemmas and list(grammar.all_lemmas(word)) == list(lemmas), word
        for upos in ("VERB", "NOUN"):
            forms = lemminflect.getAllInflections(word, upos=upos)
            assert grammar.all_inflections(word, upos) == forms, (word, upos)
            assert list(grammar.all_inflections(word, upos)) == list(forms), (word, upos)


# --- the tokenizer's two patterns ------------------------------------------------------------------------------
# The alternatives as one plain alternation, tried at every position: what `_TOKEN` and `_TOKEN_PLAIN` speed up
# (their leading look-aheads left out; the list of abbreviations is grammar's own).
from timeline_app.core.grammar import _ABBREVIATED  # noqa: E402
from timeline_app.core.grammar import _STOCK_CODE  # noqa: E402  (a wire's stock code in its context, tried first)
_REFERENCE_TOKEN = (_STOCK_CODE
                    + r"(?:[A-Z]-)?(?:[A-Za-z]\.){2,}"
                    rf"|(?:{_ABBREVIATED})\.(?=[\s,;:)]|['’]s\b)"
                    r"|(?:[A-Z]-)?[A-Z][a-z]{1,3}\.(?=,|\s[a-z])"
                    r"|(?<![\w.'’-])[A-Z]\.(?=\s(?:[A-Z][a-z]|[A-Z]\.\s[A-Z]))"
                    r"|\d+(?:[.,:/-]\d+)*(?:st|nd|rd|th|s)?(?:-[^\W\d_]+)*\b"
                    r"|\w+?(?=n['’]t\b)|n['’]t\b|``|''(?!')|['’](?:s|S|re|ve|ll|d|m)\b|\w+(?:[-&]\w+)*(?:\.[a-z]{2,}\b)*|--+|\.\.\.|\S")
_TOKEN_PIECES = ["a", "U", "S", "n", "t", "N", "T", "s", ".", " ", "'", "’", "-", "&", ",", ":", "/", "1", "9", "_",
                 "é", "\n", "Mr", "Sept", "Jan", "vs", "Co", "Inc", "n't", "didn", "th", "st", "--", "...", "`", "''",
                 "Vt", "Dept", "I", "M", "Pei", "(", "<", "The", "19", "R-", "Kan", "com", "uk"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_TOKEN_PIECES), max_size=16).map("".join))
@example("Ua.,")  # a short capitalised word's full stop before a comma (found by hypothesis)
@example("said, I. M. Pei, of St. Albans, Vt., became")
@example("UU.U")  # a stock-code shape at the start: no code (found by hypothesis)
@example("Mr UU.U 1999.Ua UU.A")  # after a capitalised word; a year's digits; after another code
@example("Snopes.com's bbc.co.uk Inc.com U.S.com")  # a web address's name with its domain: one word
def test_the_tokenizer_patterns_split_as_the_plain_alternation(text: str) -> None:
    import re

    from timeline_app.core import grammar
    expected = [m.span() for m in re.finditer(_REFERENCE_TOKEN, text)]
    assert [m.span() for m in grammar._TOKEN.finditer(text)] == expected
    if "n'" not in text and "n’" not in text:  # where `_tag_cached` uses it
        assert [m.span() for m in grammar._TOKEN_PLAIN.finditer(text)] == expected


def test_load_tables_reads_the_opening_words() -> None:
    # A process that forks workers loads the tables once for all of them: the opening words the tokenizer's
    # middle initial is checked against (some 2,000, read from the lexicon) among them. (The tokenizer's
    # patterns themselves are compiled at import.)
    from timeline_app.core import grammar
    grammar.opening_words.cache_clear()
    grammar.load_tables()
    assert grammar.opening_words.cache_info().currsize == 1


# The middle initial before a word that opens a sentence ("grade A. Then") is split again in Python
# (`grammar._false_initials`): the same tokens as the pattern with the opening words in a lookahead, as it was.
_INITIAL_PIECES = ["a", "x", " ", "  ", "\n", "A", "B", ".", "Then", "The", "Taylor", "Its", "It", "Ann", "Mr",
                   "n't", ",", "1", "é", "_"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_INITIAL_PIECES), max_size=14).map("".join))
@example("x A. Then x B. Taylor a B.\nIts")
@example("x A. The_ a A. Thené x B. It n't")
@example("A. Then x")
@example("B. Taylor x")
@example("AA.A")
def test_false_initials_split_as_the_opening_words_lookahead(text: str) -> None:
    import re

    from timeline_app.core import grammar
    openers = "|".join(sorted(grammar.opening_words(), key=len, reverse=True))
    initial = r"|(?<![\w.'’-])[A-Z]\.(?=\s(?:[A-Z][a-z]|[A-Z]\.\s[A-Z])))"
    assert initial in grammar._ABBREVIATIONS
    lookahead = grammar._ABBREVIATIONS.replace(
        initial, rf"|(?<![\w.'’-])[A-Z]\.(?=\s(?:[A-Z][a-z]|[A-Z]\.\s[A-Z]))(?!\s(?:{openers})\b))")
    # The stock-code alternative is tried first, as in `grammar._TOKEN` ("AA.A" is one token there and here).
    reference = re.compile(grammar._STOCK_CODE + lookahead + grammar._NEGATIONS + grammar._REST)
    assert [(t.start, t.end) for t in grammar._tag_sentence(text)] == [m.span() for m in reference.finditer(text)]


# `token_texts`: the words of `tag_words` without tagging them (news reads a title's words alone), split the
# same way: negations, clitics, a typewriter's quotes, a middle initial that ends a sentence ("grade A. Then").
TOKEN_TEXTS = [
    ("Price said his client would appeal.", ["Price", "said", "his", "client", "would", "appeal", "."]),
    ("He didn't say", ["He", "did", "n't", "say"]),
    ("It was rated grade A. Then it fell.", ["It", "was", "rated", "grade", "A", ".", "Then", "it", "fell", "."]),
    ("Mr. Vaux says ``no''", ["Mr.", "Vaux", "says", "``", "no", "''"]),
    ("", []),
]


@pytest.mark.parametrize("text,words", TOKEN_TEXTS)
def test_token_texts_are_the_tagged_words(text: str, words: list[str]) -> None:
    from timeline_app.core.grammar import token_texts
    assert token_texts(text) == words == [t.text for t in tag_words(text)]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_INITIAL_PIECES + ["didn't", "Israel's", "``", "''", "U.S."]), max_size=14).map("".join))
def test_token_texts_split_as_the_tagger(text: str) -> None:
    from timeline_app.core import grammar
    assert grammar.token_texts(text) == [t.text for t in grammar._tag_sentence(text)]


@pytest.mark.parametrize("sentence", [
    "And two of them fled with him",
    "And three men fled and hid them",
    "Or two men ran from them",
])
def test_a_sentence_opening_conjunction_joins_no_object_before_it(sentence: str) -> None:
    # Nothing precedes the opening "And": the sentence's last word (an object pronoun) is not its object.
    from timeline_app.core.grammar import _object_then_clause, analyse_sentence
    assert not _object_then_clause(analyse_sentence(sentence).tokens, 0)


# A capitalised preposition or determiner inside a sentence, right before a name, is part of that name ("Per
# Arnesen", "The Hague"); at a sentence's start, or before a common noun, it keeps its reading.
@pytest.mark.parametrize("sentence, word, tag", [
    ("She married the engineer Per Arnesen in 1963.", "Per", "NNP"),
    ("He died in The Hague in 2009.", "The", "NNP"),
    ("Shares rose 3 Per cent.", "Per", "IN"),
    ("The council met in May.", "The", "DT"),
])
def test_a_capitalised_function_word_before_a_name_is_part_of_it(sentence: str, word: str, tag: str) -> None:
    assert {t.pos for t in tag_words(sentence) if t.text == word} == {tag}


# --- the memo of a time phrase closing the words before a subject's verb: one answer per text -----------------
CLOSING_TIME_PHRASES = [
    ("Smith on Monday", 9),
    ("which last year", 6),
    ("troops , today", 9),
    ("An update released Thursday", 19),
    ("early November", 0),
    ("Monday morning", 0),
    ("the company said", None),  # no time word at all
    ("in 1990 the", None),  # a date, but not at the end
]


def test_the_closing_time_phrase_memo_answers_each_text_as_the_tagger_does() -> None:
    """Asked in either order, and again, each text gets its own answer (the memo never answers one text with
    another's), and the answer is where the tagger's last expression starts when it ends the text."""
    from timeline_app.core import grammar, temporal
    for table in (CLOSING_TIME_PHRASES, CLOSING_TIME_PHRASES[::-1], CLOSING_TIME_PHRASES):
        for text, expected in table:
            assert grammar._closing_time_phrase(text) == expected, text
            found = temporal.tag(text)
            closes = bool(found) and found[-1].end == len(text) and found[-1].type.value in ("DATE", "TIME")
            assert (found[-1].start if closes else None) == expected, text


# --- guards (they pass before and after: `may_hold` is unchanged, and the per-sentence memo `_Reading.holds`
# over it answers as it does): a window holds a part when its slice does ---------------------------------------
@pytest.mark.parametrize("text, start, end, expected", [
    ("Sales fell 8% from a year ago", 0, 20, True),  # "from" in the window
    ("Sales fell 8% from a year ago", 0, 14, False),  # ... not before it
    ("Sales fell 8% FROM a year ago", 0, 20, True),  # any case
    ("Sales fell 8% fro", 0, 40, False),  # a part cut by the window's end is not in it
    ("Café sales fell 8% from a year ago", 5, 10, False),  # an ASCII window of a sentence that is not
    ("Café sales fell 8% from a year ago", 0, 10, True),  # a window that is not ASCII may hold anything
    ("Sales fell 8% from a year ago", -16, -10, True),  # bounds read as a slice's
    ("x" * 2500 + " from", 2400, 2505, True),  # a long text
])
def test_may_hold_answers_each_window_as_its_own_slice(text: str, start: int, end: int, expected: bool) -> None:
    from timeline_app.core.grammar import may_hold
    for _ in range(2):  # (asked again: the same answer)
        assert may_hold(text, start, end, ("from", "than")) == expected


def test_may_hold_agrees_with_the_slice_on_random_windows() -> None:
    import random

    from timeline_app.core.grammar import may_hold
    rng = random.Random(5)
    for _ in range(3000):
        text = "".join(rng.choice("abcDATEfromthan ,.ſé") for _ in range(rng.randrange(0, 40)))
        start, end = rng.randrange(-5, 45), rng.randrange(-5, 45)
        window = text[start:end]
        parts = ("date", "from", "than")
        expected = not window.isascii() or any(part in window.lower() for part in parts)
        assert may_hold(text, start, end, parts) == expected, (text, start, end)
