"""A he/she takes the most recent person of its sort: the subject of the sentence before, even when that sentence
also names an organisation, a place or a product (which no he/she stands for), and a role noun phrase ("the
mayor said") stands for the person the article named with that role (`coref.role_holders`). Invented articles."""
from __future__ import annotations

import pytest

from timeline_app.core import coref
from tests.core.title_helpers import article_title

_HEAD = "March 3, 2020\n\n"


@pytest.mark.parametrize("body, phrase, title", [
    # Another run of capitals in the sentence before is no person: a long name, an acronym, a lower-case word.
    ("Maria Lopez toured the Harlow Regional Medical Center. She opened a ward in May 2019.", "May 2019",
     "Maria Lopez opens a ward"),
    ("Anna Berg said that Cobalt OS would ship soon. She left the company in 2011.", "2011",
     "Anna Berg leaves the company"),
    # The whole role phrase: the prime minister is Howard, not the later foreign minister.
    ("Prime Minister John Howard spoke. Foreign Minister Alexander Downer arrived. Downer spoke. The prime minister said the "
     "talks went well. He signed the order in 2019.", "2019", "John Howard signs the order"),
    # A title that agrees with the pronoun.
    ("Mayor John Harlan presented the budget. Mr. Harlan smiled. The mayor said the budget would pass. He signed "
     "the order in 2019.", "2019", "John Harlan signs the order"),
    # A role the article gave a person before: the mayor is Jane Lindqvist.
    ("Mayor Jane Lindqvist visited the park. The plan was dropped, the mayor said. She signed the order in 2019.",
     "2019", "Jane Lindqvist signs the order"),
    ("Tom Hale, the chairman, spoke first. The chairman said the plan was good. He sold his shares in 2018.",
     "2018", "Tom Hale sells his shares"),
    # An it/they takes a name's possessive noun phrase, as definite as a "the …" one, of its number.
    ("Varga's party had ruled the town since 2010. It lost its majority in 2019.", "2019",
     "Varga's party loses its majority"),
    ("Acme's workers went on strike. They returned to work in June 2019.", "June 2019", "Acme's workers return to work"),
    # A word opening a quotation that is an "-ing" verb is no given name: the company is no person, an it's.
    ('"Bringing Tarvo into the group makes sense," said Ana Lind. Tarvo, founded in 1950 as a bakery, grew fast. It '
     'has struggled since 2015.', "2015", "Tarvo has struggled"),
    # An "it" opening a clause after the main one takes the main clause's subject, when no other noun competes.
    ("The hall was attacked by critics when it was unveiled in 2002.", "2002", "The hall was unveiled"),
    ("The museum was closed for a year after it was flooded in 2002.", "2002", "The museum was flooded"),
])
def test_a_pronoun_takes_the_most_recent_person(body: str, phrase: str, title: str) -> None:
    assert article_title(_HEAD + body, phrase) == title


@pytest.mark.parametrize("body, phrase, title", [
    # Two people named: not sure which.
    ("Maria Lopez met Anna Kowalczyk in Oslo. She opened a ward in May 2019.", "May 2019", "She opens a ward"),
    ("Maria Lopez met Anna Smith in Oslo. She opened a ward in May 2019.", "May 2019", "She opens a ward"),
    # The role's holder is of the other sex (a title), or unknown while another person is the pronoun's sex.
    ("Mayor John Harlan presented the budget. Mr. Harlan smiled. The mayor said the budget would pass. She signed "
     "the order in 2019.", "2019", "She signs the order"),
    ("Mayor John Harlan presented the budget. Councilwoman Rita Osei criticised it. The mayor said the budget "
     "would pass. She signed the order in 2019.", "2019", "She signs the order"),
    ("Mayor John Harlan presented the budget. Rita Osei criticised it, and she left. The mayor said the budget "
     "would pass. She signed the order in 2019.", "2019", "She signs the order"),
    # Holders of the head noun only, two of them: "the prime minister" is neither foreign nor trade minister.
    ("Foreign Minister Alexander Downer arrived. Downer spoke. Trade Minister Mark Vaile arrived. Vaile spoke. The "
     "prime minister said the talks went well. He signed the order in 2019.", "2019", "He signs the order"),
    # A possessive noun phrase of the other number.
    ("Varga's party had ruled the town since 2010. They lost their majority in 2019.", "2019",
     "They lose their majority"),
    ("Acme's workers went on strike. It returned to work in June 2019.", "June 2019", "It returns to work"),
    ("Critics attacked the hall when it was unveiled in 2002.", "2002", "It was unveiled"),
    # (a person is no "it": the one thing she acted on is, `test_titles_pronoun_told`)
    ("Anna Berg praised the hall when it was unveiled in 2002.", "2002", "The hall was unveiled"),
])
def test_a_pronoun_without_a_sure_person_stays(body: str, phrase: str, title: str) -> None:
    assert article_title(_HEAD + body, phrase) == title


@pytest.mark.parametrize("text, role, holder", [
    ("President Bill Clinton spoke. Bill Clinton left.", "president", "Clinton"),
    ("President Bill Clinton on Saturday vowed to fight. Bill Clinton left.", "president", "Clinton"),
    ("A Pentagon spokesman, Kenneth Bacon, said so. Bacon left.", "spokesman", "Bacon"),
    ("Later spokesman Kenneth Bacon added more. Bacon left.", "spokesman", "Bacon"),
    ("Secretary of State Madeleine Albright arrived.", "secretary", "Albright"),
    ("Tom Hale, the chairman, spoke. Tom Hale left.", "chairman", "Hale"),
    ("The order was signed by Anna Kowalczyk, Acme's chief executive, and sent.", "executive", "Kowalczyk"),
    ("Bill Clinton said so to visit Anna Berg.", "visit", None),          # a verb before a name is no role
    ("The president spoke. Bill Clinton left.", "president", None),       # nobody named with the role
    # Keyed by the whole role phrase; a modifier nobody was named with falls back to a head one person holds.
    ("Prime Minister John Howard spoke. Foreign Minister Alexander Downer left. Downer left.", "prime minister", "Howard"),
    ("Prime Minister John Howard spoke. Foreign Minister Alexander Downer left. Downer left.", "foreign minister", "Downer"),
    ("Prime Minister John Howard spoke. Foreign Minister Alexander Downer left. Downer left.", "new minister", None),
    ("Mayor John Harlan spoke. Harlan left.", "new mayor", "Harlan"),
    ("Mayor John Harlan spoke. Harlan left.", "former mayor", "Harlan"),
    # a word of rank before the head makes another role: its holder is nobody named, not the head's holder
    ("Mayor John Harlan spoke. Harlan left.", "deputy mayor", None),
    ("President Bill Clinton spoke. Clinton left.", "vice president", None),
    ("Governor Ann Lo spoke. Lo left.", "acting governor", None),
    ("Mayor John Harlan spoke. Deputy Mayor Tom Reyes left. Reyes left.", "deputy mayor", "Reyes"),
    # and so does a word the document writes in a role before a name ("Foreign Minister")
    ("Secretary Tom Hale spoke. Foreign Minister Alexander Downer left. Downer left.", "foreign secretary", None),
    # any other noun says whose the role is: the head's one holder
    ("Mayor John Harlan spoke. Harlan left.", "city mayor", "Harlan"),
    ("Mayor John Harlan spoke. Harlan left.", "town mayor", "Harlan"),
    ("Governor Ann Lo spoke. Lo left.", "state governor", "Lo"),
    ("Leader Ann Lo spoke. Lo left.", "party leader", "Lo"),
    ("Chairman Tom Hale spoke. Hale left.", "board chairman", "Hale"),
    # ... one named with the head alone: a deputy mayor is not the city's mayor
    ("Deputy Mayor Tom Reyes spoke. Reyes left.", "city mayor", None),
    ("Councilwoman Rita Osei spoke on Monday. Mayor John Harlan left.", "mayor", "Harlan"),
])
def test_role_holders(text: str, role: str, holder: str | None) -> None:
    assert coref.role_holders(text).holder(role, len(text)) == holder


@pytest.mark.parametrize("text, sexes", [
    ("Mayor John Harlan spoke. Mr. Harlan left.", {"Harlan": "He"}),
    ("Councilwoman Rita Osei spoke. Rita Osei left.", {"Osei": "She"}),
    ("Lena Varga cancelled the tour herself. Lena Varga left.", {"Varga": "She"}),
    # An object pronoun in the name's sentence may be another person's (him/her say nothing of the subject).
    ("Mayor John Harlan met Rita Osei and thanked her. Mayor John Harlan left.", {}),
    ("Tom Reyes spoke on Monday. He left. Tom Reyes stayed.", {"Reyes": "He"}),
    ("Tom Reyes spoke on Monday. He left. Mrs. Reyes stayed. Tom Reyes stayed.", {}),  # both ways: not known
])
def test_person_sexes(text: str, sexes: dict[str, str]) -> None:
    assert coref.person_sexes(text) == sexes


def test_the_most_recent_holder_of_a_role() -> None:
    text = "President Bill Clinton spoke. Later President George Bush spoke. Clinton left. Bush left."
    holders = coref.role_holders(text)
    assert holders.holder("president", text.index("Later")) == "Clinton"
    assert holders.holder("president", len(text)) == "Bush"


@pytest.mark.parametrize("body, phrase, title", [
    # The company that opens a sentence before: the title names it.
    ("Norvex Inc. said it would close two plants. Analysts expected the move. In 2019, the company earned "
     "$4 million.", "2019", "Norvex Inc. earns $4 million"),
    # The sentence just before opens with another company, by its short name: that one.
    ("Norvex Inc. agreed to buy Pellam Co. for $9 million. Norvex makes pumps. Pellam, based in Oslo, makes "
     "valves. In 2019, the company earned $4 million.", "2019", "Pellam Co. earns $4 million"),
    # Otherwise the company the article names most.
    ("Norvex Inc. agreed to buy Pellam Co. for $9 million. Norvex makes pumps. Pellam makes valves. Norvex "
     "sells them. Analysts expected the move. In 2019, the company earned $4 million.", "2019",
     "Norvex Inc. earns $4 million"),
    # A word that opened the sentence is no part of the name when the text names the company without it.
    ("Rival Zenith Inc. said it would cut prices. Zenith makes televisions. Analysts expected the move. In 2019, "
     "the company earned $4 million.", "2019", "Zenith Inc. earns $4 million"),
    ("Struggling Zenith Inc. said it would cut prices. Zenith makes televisions. Analysts expected the move. In "
     "2019, the company earned $4 million.", "2019", "Zenith Inc. earns $4 million"),
    # ... and is one otherwise.
    ("General Motors Corp. said it would cut prices. GM makes cars. Analysts expected the move. In 2019, the "
     "company earned $4 million.", "2019", "General Motors Corp. earns $4 million"),
    # The second word named elsewhere only inside another name: the opener stays (review: "Trust Corp.", "Union
    # Corp.").
    ("Northern Trust Corp. said it would cut jobs. U.S. Trust disagreed. Analysts expected the move. In 2019, the "
     "company earned $4 million.", "2019", "Northern Trust Corp. earns $4 million"),
    ("First Union Corp. said it would cut jobs. The Soviet Union fell. Analysts expected the move. In 2019, the "
     "company earned $4 million.", "2019", "First Union Corp. earns $4 million"),
    # A noun of the company's own name.
    ("Tarvo Group Ltd. said it would close two plants. Analysts expected the move. In 2019, the group earned "
     "$4 million.", "2019", "Tarvo Group Ltd. earns $4 million"),
    # The sentence's first "the <noun>" another noun: its "the company" further on is still found.
    ("Norvex Inc. said it would close two plants. The strike ended; the company raised wages in 2019.", "2019",
     "Norvex Inc. raises wages"),
    # An organisation whose name's head is the noun, a sentence's subject before (`coref.Organisations`).
    ("The Food Workers Union said it would act. Talks stalled. In 2019, the union called a strike.", "2019",
     "The Food Workers Union calls a strike"),
    ("Meanwhile, Egypt's Varna News Agency said that the talks failed. In 2019, the agency quoted witnesses.", "2019",
     "Egypt's Varna News Agency quotes witnesses"),
    ("The Court of Appeals heard the case. Lawyers argued for hours. In 2019, the court upheld the law.", "2019",
     "The Court of Appeals upholds the law"),
])
def test_the_company_is_named(body: str, phrase: str, title: str) -> None:
    assert article_title(_HEAD + body, phrase) == title


@pytest.mark.parametrize("body, phrase, title", [
    # No company opens a sentence before ("at Norvex Inc." may be anyone's).
    ("Analysts at Norvex Inc. expected the move. In 2019, the company earned $4 million.", "2019",
     "The company earns $4 million"),
    # "the company" is no subject of the title's verb.
    ("Norvex Inc. said it would close two plants. The strike ended when the company raised wages in 2019.", "2019",
     "The company raises wages"),
    ("Norvex Inc. said it would close two plants. Payments to workers leaving the company will reduce its results "
     "in 2020.", "2020", "Payments to workers will reduce its results"),  # (the participle's object is no subject)
    # "U.S. Trust Corp." opens no sentence at "Trust".
    ("The deal went to U.S. Trust Corp. and others. In 2019, the company earned $4 million.", "2019",
     "The company earns $4 million"),
    # An organisation named in passing, no subject; two names with the head; a person's role and name.
    ("Workers joined the Food Workers Union last year. Talks stalled. In 2019, the union called a strike.", "2019",
     "The union calls a strike"),
    ("The Supreme Court heard the case. The Court of Appeals had ruled. In 2019, the court upheld the law.", "2019",
     "The court upholds the law"),
    ("Secretary of State Ana Varga spoke. Talks stalled. In 2019, the secretary signed the law.", "2019",
     "The secretary signs the law"),
])
def test_the_company_stays_when_not_sure(body: str, phrase: str, title: str) -> None:
    assert article_title(_HEAD + body, phrase) == title
