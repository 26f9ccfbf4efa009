"""A pronoun subject takes its antecedent when exactly one is in reach (issue 8, item 3): the subject of the
sentence before (a bare family name the article gives in full counts as a person; a company's name for
"it"), or, when the sentence before names nobody, the one person of the headline's subject. A pronoun that
is the subject after a leading date ("In 2009 she left") counts; an "it" that stands for a clause ("It was
not until …") never takes anything."""
from __future__ import annotations

import pytest

from timeline_app.core import grammar
from timeline_app.core.documents import document_from_text
from tests.core.title_helpers import article_title


def _title(text: str, phrase: str) -> str:
    return article_title(text, phrase)


_HEAD = "March 3, 2020\n\n"


@pytest.mark.parametrize("body, phrase, title", [
    # A bare family name as the sentence before's subject, known as a person from the full name earlier.
    # (s23: the object "it" takes the one singular thing of the sentence before, test_titles_object_pronouns)
    ("Maria Lopez founded the firm. Lopez has built a large company. She sold it in 2015.", "2015",
     "Maria Lopez sells a large company"),
    # The pronoun is the subject after a leading date or adverbial.
    ("Anna Berg joined the board of the bank. One year later she left the company in 2011.", "2011",
     "Anna Berg leaves the company"),
    ("Anna Berg joined the board of the bank. Later, she left the company in 2011.", "2011",
     "Anna Berg leaves the company"),
    # The sentence before names nobody: the one person the headline's subject names.
    ("Engineer Tom Hale dies aged 80\n\nHe moved to Oslo in 1990 and built bridges. Then he opened a studio in "
     "1995.", "1995", "Tom Hale opens a studio"),
    # "it" for a company that is the sentence before's only name.
    ("Norcom posted a loss for the year. It closed two plants in March 2009.", "March 2009", "Norcom closes two plants"),
])
def test_a_pronoun_takes_its_one_antecedent(body: str, phrase: str, title: str) -> None:
    assert _title(_HEAD + body, phrase) == title


@pytest.mark.parametrize("body, phrase, pronoun_title", [
    # Two people the pronoun could be.
    ("Anna Berg met Tom Hale at the bank. One year later he left the company in 2011.", "2011", "He leaves the company"),
    # The sentence before names a person (not the subject), so the headline is not asked.
    ("Engineer Tom Hale dies aged 80\n\nThe prize went to Anna Berg. Then she opened a studio in 1995.", "1995",
     "She opens a studio"),
    # Another name beside the company: it could be either.
    ("Norcom sued Delcorp over a patent. It closed two plants in March 2009.", "March 2009", "It closes two plants"),
])
def test_a_pronoun_with_no_single_antecedent_stays(body: str, phrase: str, pronoun_title: str) -> None:
    assert _title(_HEAD + body, phrase) == pronoun_title


def test_an_it_that_stands_for_a_clause_takes_nothing() -> None:
    title = _title(_HEAD + "The Cuban leader spoke on Sunday night. But it was not until Tuesday that the "
                   "ministers replied to him.", "Tuesday")
    assert not title.startswith("The Cuban leader")


@pytest.mark.parametrize("text, surnames, not_surnames", [
    ("Steve Jobs met the press. Apple Computer sold a computer in San Francisco. Jobs left.",
     {"Jobs"}, {"Computer", "Francisco", "Apple"}),
    ("The Walt Disney Company bought Pixar Inc. Tim Cook said so. Cook declined to say more.", {"Cook"},
     {"Disney", "Company", "Inc"}),
    # a common noun ending a name is an organisation's word, unless the text calls someone by it alone; a
    # family name that is no common noun always counts; found by the dictionary, not a list of such words
    ("Deutsche Bank hired Anshu Jain in 1995.", {"Jain"}, {"Bank"}),
    ("Warner Music signed Ed Sheeran. Sheeran is 19.", {"Sheeran"}, {"Music"}),
    ("The story ran in the Washington Post on Sunday, Mark Felt said. Felt was 91.", {"Felt"}, {"Post"}),
    ("Angela Merkel met Gordon Brown in Berlin. Brown said the talks went well.", {"Merkel", "Brown"}, set()),
    ("Tata Motors bought Jaguar Cars from Ford.", set(), {"Motors", "Cars"}),
    ("Sony Pictures hired Amy Pascal. Pascal said she was glad.", {"Pascal"}, {"Pictures"}),
])
def test_person_surnames(text: str, surnames: set[str], not_surnames: set[str]) -> None:
    found = grammar.person_surnames(text)
    assert surnames <= found
    assert not (not_surnames & found)


def test_the_family_names_are_looked_for_only_when_a_title_starts_with_a_pronoun(monkeypatch) -> None:
    asked: list[str] = []
    real = grammar.person_surnames

    def counting(text: str) -> frozenset[str]:
        asked.append(text)
        return real(text)

    monkeypatch.setattr(grammar, "person_surnames", counting)
    assert _title(_HEAD + "The council approved the bridge on May 2, 2019.", "May 2, 2019") \
        == "The council approves the bridge"
    assert asked == []  # no pronoun in any title: the names are never needed
    assert _title(_HEAD + "Maria Lopez founded the firm. Lopez has built a large company. She sold it in 2015.",
                  "2015") == "Maria Lopez sells a large company"
    assert asked  # a pronoun title: asked, and it still resolves


# A he/she follows its chain of pronouns back (up to three sentences) to the one person named; a pronoun inside the
# sentence takes the one person named before it; a person is named in full, as the article first writes the name
# (the title is read away from the article, among other articles' titles); "They said they" goes through the
# speaker. All passages are invented.
@pytest.mark.parametrize("body, phrase, title", [
    ("Maria Lopez opened a bakery in Lyon. She hired four bakers the next spring. She sold the bakery in 2015.",
     "2015", "Maria Lopez sells the bakery"),
    ("The prize went to Anna Kowalczyk. Then she opened a studio in 1995.", "1995", "Anna Kowalczyk opens a studio"),
    ("Viktor Hansen signed the treaty that he had rejected in 1988.", "1988", "Viktor Hansen had rejected the treaty"),
    ("Peter Lindqvist runs the port. Mr. Lindqvist said the docks were full. He closed the north gate in May 2019.",
     "May 2019", "Peter Lindqvist closes the north gate"),
    ("The two unions met the owners. The unions said the talks were useful. They said they expect a deal by "
     "March 2021.", "March 2021", "The unions expect a deal"),
    ("Kowalczyk and Lopez founded the firm. Anna Kowalczyk left in 2001. She returned in 2012.", "2012",
     "Anna Kowalczyk returns"),
    # a sentence whose own subject is the same she/he carries the chain on past the people it names after it
    # (the one she married, the one whose office she joined, are others)
    ("Maria Kowalczyk studied in Porto. She married Tomas Lindqvist, an architect, in 1958. Ten years later, she "
     "became a partner of the firm in 1968.", "1968", "Maria Kowalczyk becomes a partner of the firm"),
    ("Lena Kowalczyk studied law in Oslo. That same year she joined the office of the lawyer Tomas Lindqvist. Two "
     "years later she married the painter Ola Haugen in 1963.", "1963", "Lena Kowalczyk marries the painter Ola Haugen"),
    ("Jonas Haugstad trained as a cook. In 1990 he opened a cafe with his friend Tomas Lindqvist. He sold the cafe in "
     "2004.", "2004", "Jonas Haugstad sells the cafe"),
    # a range or a list of years resolves its pronoun too
    ("Maria Lopez moved to Oslo. She ran the museum from 1990 to 1995.", "1995", "Maria Lopez runs the museum"),
])
def test_a_pronoun_takes_the_one_person_along_its_chain(body: str, phrase: str, title: str) -> None:
    assert _title(_HEAD + body, phrase) == title


@pytest.mark.parametrize("body, phrase, pronoun_title", [
    # no antecedent at all
    ("The meeting ended late. He left the city in 2011.", "2011", "He leaves the city"),
    # two candidates of the same kind
    ("Anna Kowalczyk met Maria Lopez at the bank. She left the company in 2011.", "2011", "She leaves the company"),
    # the chain stops at a sentence that may speak of someone unnamed ("a spokesman")
    ("Maria Lopez founded the firm. A spokesman said the plant was safe. He closed it in 2012.", "2012",
     "He closes it"),
    # a her before the person in the sentence the chain reaches, not its subject: the person is someone else
    ("Her daughter, Ana Lindqvist, spoke at the funeral. She spent her childhood in Porto in the 1940s.", "1940s",
     "She spends her childhood in Porto"),
    # a title that says she is not he
    ("Mrs. Kowalczyk chaired the meeting. He closed the gate in 2012.", "2012", "He closes the gate"),
    # another "he" before the person in the sentence: the second may be the first's
    ("He has spoken with Anna Kowalczyk twice since he arrived in Oslo in 2019.", "2019", "He arrived in Oslo"),
    # a quotation's "we"
    ("Maria Lopez spoke to the board. \"We will close the plant in 2012,\" she said.", "2012",
     "We will close the plant"),
    # generic "it": the weather, a clause after it
    ("The ferry was withdrawn. It was raining heavily on May 2, 2019.", "May 2, 2019", "It was raining heavily"),
    # an "it" that stands for the clause after it: no antecedent, and a frame that is no announcement stays
    ("The ferry was withdrawn. It was expected in 2019 that the port would close.", "2019",
     "It was expected that the port would close"),
    ("The ferry company posted a loss. It has long been rumored in 2019 that the owners would sell the unit.", "2019",
     "It has long been rumored that the owners would sell the unit"),
    # a noun in the sentence before the pronoun may be what "it" means
    ("The court was divided. As for the ruling, it upheld the ban in 2012.", "2012", "It upholds the ban"),
])
def test_a_pronoun_without_one_sure_antecedent_stays(body: str, phrase: str, pronoun_title: str) -> None:
    assert _title(_HEAD + body, phrase) == pronoun_title


@pytest.mark.parametrize("text, name, full", [
    ("Steve Jobs founded Apple. Jobs left.", "Jobs", "Steve Jobs"),
    ("Peter Lindqvist runs the port. Mr. Lindqvist said so.", "Mr. Lindqvist", "Peter Lindqvist"),
    ("James C. Kopp fled. Kopp was seen in May.", "Kopp", "James Kopp"),
    ("Police sought James Charles Kopp. Kopp was seen in May.", "Kopp", "James Charles Kopp"),
    ("The quarter was bad, said Ulric Weil. Mr. Weil is an analyst.", "Mr. Weil", "Ulric Weil"),
    # two given names for one family: not sure which
    ("Fidel Castro spoke. Juanita Castro left. Castro said no.", "Castro", "Castro"),
    ("Thomas Whitcombe spoke. Inês Whitcombe left. Whitcombe said no.", "Whitcombe", "Whitcombe"),
    # a blank line or a day's name makes no name
    ("Headline\n\nThe ferry sailed. Maria Lopez said so.", "The", "The"),
])
def test_full_name(text: str, name: str, full: str) -> None:
    assert grammar.full_name(text, name) == full


def test_an_undated_news_title_takes_its_pronouns_antecedent() -> None:
    from timeline_app.core import news
    from timeline_app.core.temporal import tag
    text = ("Lopez opens new bakery\nMarch 3, 2020\n\nMaria Lopez opened a bakery in Lyon on Monday.\n\n"
            "Maria Lopez met the mayor of the town. She also pledged to hire twenty bakers.\n")
    doc = document_from_text(text, id="d")
    titles = [i.candidate.title for i in news.find_news(doc, tag(doc.text, reference=doc.published))]
    assert "Maria Lopez also pledges to hire twenty bakers" in titles, titles


# s14: a possessive opening a reported clause's title stands for the speaker ("Norcom said its sales rose" →
# "Norcom's sales rise"); a speaker whose name holds "Inc.," or a possessive, or whose common noun phrase holds an
# "-ing" word between nouns, is found whole. Left alone: no speaker, or another name between.
@pytest.mark.parametrize("body, phrase, title", [
    ("Norcom Systems Inc. said that its net income rose 12% in the third quarter.", "the third quarter",
     "Norcom Systems Inc.'s net income rises 12%"),
    ("Delmar said its European sales were weak in the second quarter.", "the second quarter",
     "Delmar's European sales were weak"),
    ("Norcom Systems Inc., recovering from a loss, said it earned $5 million in the third quarter.",
     "the third quarter", "Norcom Systems Inc. earns $5 million"),
    ("Fenwick's Bay said it will redeem its preferred shares on Oct. 31.", "Oct. 31",
     "Fenwick's Bay will redeem its preferred shares"),
    ("The Denver thrift holding company said it had a loss of $9 million in the quarter.", "the quarter",
     "The Denver thrift holding company has a loss of $9 million"),
])
def test_a_reported_pronoun_or_possessive_takes_its_speaker(body: str, phrase: str, title: str) -> None:
    assert _title(_HEAD + body, phrase) == title


# A plural head after an "-ing" word between nouns ("thrift holding companies"): its number is unknown (a compound's
# plural, or "thrift" with a participle after it), so neither "it" nor "they" is sure to stand for it.
@pytest.mark.parametrize("body, phrase, pronoun_title", [
    ("The Denver thrift holding companies said they had a loss of $9 million in the quarter.", "the quarter",
     "The Denver thrift holding companies say they have a loss"),
    ("The Denver thrift holding companies said it had a loss of $9 million in the quarter.", "the quarter",
     "The Denver thrift holding companies say it has a loss"),
])
def test_a_plural_head_after_an_ing_word_keeps_its_pronoun(body: str, phrase: str, pronoun_title: str) -> None:
    assert _title(_HEAD + body, phrase).startswith(pronoun_title)


@pytest.mark.parametrize("body, phrase, pronoun_title", [
    ("Sales were weak. Its European sales fell in the second quarter.", "the second quarter", "Its European sales"),
    ("Delmar and Norcom met. Analysts think its sales rose in the second quarter.", "the second quarter",
     "Its sales"),
])
def test_a_possessive_without_one_speaker_stays(body: str, phrase: str, pronoun_title: str) -> None:
    assert _title(_HEAD + body, phrase).startswith(pronoun_title)


# A he/she takes the one person the sentence before names, also in a subordinate clause, when the main clause's
# one-word subject is a place the article names after "in"/"at" ("Kessa was governed by …, when Fenn won").
@pytest.mark.parametrize("text, phrase, title", [
    ("Vote in Tarrow\n\nMay 12, 2025\n\nThe mayor of Tarrow, Otto Lindqvist, lost on Sunday. Turnout in Tarrow "
     "was low.\n\nTarrow was run by the Liberals from 1990 until 2006, when Lindqvist won his first term. He was "
     "re-elected in 2010 and 2014.", "2010", "Otto Lindqvist was re-elected"),
    # left alone: a one-word subject the article never places, who may be a person
    ("Vote\n\nMay 12, 2025\n\nThe mayor, Otto Lindqvist, lost on Sunday.\n\nBrandt ran the party from 1990 "
     "until 2006, when Lindqvist won his first term. He was re-elected in 2010 and 2014.", "2010",
     "He was re-elected"),
])
def test_a_pronoun_takes_a_person_from_a_subordinate_clause(text: str, phrase: str, title: str) -> None:
    assert article_title(text, phrase) == title


# s20: an "it"/"they" that opens the clause joined after "and" takes the first clause's subject also when a possessive
# opens that noun phrase ("Their turnout rose …, and it doubled" → "Their turnout doubles": the reader learns what
# doubled). Left alone: another number, no noun phrase of the pronoun's sort.
@pytest.mark.parametrize("body, phrase, title", [
    ("Their turnout rose slowly after the reform, and it doubled in 2018.", "2018", "Their turnout doubles"),
    ("Its debt grew for a decade, and it peaked in 2011.", "2011", "Its debt peaks"),
    ("Their shares rose in 2001, and it fell in 2009.", "2009", "It fell in 2009"),
    ("Sales of the paper rose in 2001, and it fell in 2009.", "2009", "It fell in 2009"),
])
def test_a_joined_clauses_pronoun_takes_a_possessed_subject(body: str, phrase: str, title: str) -> None:
    assert _title(_HEAD + body, phrase) == title


# s20: the he/she of a closing frame after a quotation that opens the sentence is the sentence's subject, as a first
# word is, so it takes the sentence before's person ('"…," he told supporters' → 'Lars Dahlgren says "…"': s23, a
# telling frame with only its audience says the quotation it reports, test_titles_quotation_frames).
# Left alone: two people before, a they with no plural antecedent.
@pytest.mark.parametrize("body, phrase, title", [
    ("Lars Dahlgren conceded defeat and said he would step down. \"The voters have spoken, and we have to listen,\" "
     "he told supporters on Monday.", "Monday", 'Lars Dahlgren says "The voters have spoken, and we have to listen"'),
    ("Anna Kowalczyk met the staff. ``You did well,'' she told the staffers on Friday.", "Friday",
     'Anna Kowalczyk says "You did well"'),
    # (a role's lower-case word the tagger read into the name is no part of it)
    ("Chief executive Paul Hendry met the crew. \"They did well,\" he told reporters on Friday.", "Friday",
     "Paul Hendry says they did well"),
    ("Chief executive Paul Hendry met the crew. He resigned on Friday.", "Friday", "Paul Hendry resigns"),
    ("Lars Dahlgren met Anna Lindqvist. \"We have to listen,\" she told supporters on Monday.", "Monday",
     'She says "We have to listen"'),
    ("The union met the owners. \"We want a deal,\" they said on Friday.", "Friday", 'They say "We want a deal"'),
])
def test_a_frames_pronoun_after_a_quotation_takes_its_antecedent(body: str, phrase: str, title: str) -> None:
    assert _title(_HEAD + body, phrase) == title
