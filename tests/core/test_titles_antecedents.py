"""Titles that name who did what (s22): a pronoun or a relative pronoun takes the noun phrase it stands for, as a
reader of the sentence takes it. Invented sentences, and sentences each rule must leave alone."""
from __future__ import annotations

import pytest

from tests.core.title_helpers import article_title

_DATELINE = "May 3, 2025\n\nA headline of the story\n\nA quiet street in the town. "


def _title(sentence: str, phrase: str) -> str:
    return article_title(_DATELINE + sentence, phrase)


# A sentence's first word is capitalised whatever it is: a common noun there that the tagger reads as a name
# ("Police") speaks for the reported clause's "they" as "the police" would.
@pytest.mark.parametrize("sentence, phrase, title", [
    ("Police said they had detained the driver on Sunday near the bridge.", "Sunday",
     "Police had detained the driver near the bridge"),
    ("Police said they seized 40 kilos of cocaine in a raid on Tuesday.", "Tuesday",
     "Police seize 40 kilos of cocaine in a raid"),
    # left alone: a plural common noun was read so already; a name speaks for no "they" (its frame kept instead,
    # `extraction._framed_pronoun_title`)
    ("Firefighters said they had put out the blaze on Tuesday.", "Tuesday", "Firefighters had put out the blaze"),
    ("Halvorsen said they had signed the lease on Monday.", "Monday", "Halvorsen says they had signed the lease"),
    # (nor a family name the document gives a person, though it is a plural noun in lower case too)
    ("The shop belongs to Ada Stokes. Stokes said they had signed the lease on Monday.", "Monday",
     "Stokes says they had signed the lease"),
])
def test_a_capitalised_common_noun_speaks_for_they(sentence: str, phrase: str, title: str) -> None:
    assert _title(sentence, phrase) == title


# A family name named once whose lower case is the "-s" form of a word the lexicon knows first as a verb ("stokes")
# is a name, not a common plural opening the sentence; a capitalised plural of a noun still speaks for "they".
@pytest.mark.parametrize("sentence, phrase, title", [
    ("Stokes said they had signed the lease on Monday.", "Monday", "Stokes says they had signed the lease"),
    ("Stokes said they would appeal the fine on Friday.", "Friday", "Stokes says they would appeal the fine"),
    ("Organisers said they had cancelled the parade on Monday.", "Monday", "Organisers had cancelled the parade"),
])
def test_a_lone_family_name_that_is_a_plural_noun_speaks_for_nobody(sentence: str, phrase: str, title: str) -> None:
    assert _title(sentence, phrase) == title


# A relative clause after a place name that follows a thing and its determiner ("a new gallery in Tarn, which
# is due to open") tells of the thing, named with its place; a verb of the other number than the thing's, a verb
# in the simple past other than "be", or no thing before the place, leaves the place the antecedent.
@pytest.mark.parametrize("sentence, phrase, title", [
    ("The paintings will hang in a new gallery in Tarn, which is due to open in 2027.", "2027",
     "A new gallery in Tarn is due to open"),
    ("The firm will build a plant near Lisvik, which will start production in 2026.", "2026",
     "A plant near Lisvik will start production"),
    ("Work stopped at the depot at Kessel Point, which has stood empty since 2019.", "2019",
     "The depot at Kessel Point has stood empty"),
    ("Rescuers reached two villages in Tarn, which were cut off by the floods on Monday.", "Monday",
     "Two villages in Tarn were cut off by the floods"),
    ("The trust restored a mill near Orvik, which was built in 1820.", "1820", "A mill near Orvik was built"),
    # left alone: the place alone, a plural thing and a singular verb, no preposition of place; a relative in the
    # simple past of a verb other than "be" tells the place's own history
    ("The group bought a hotel in Valmora, which hosted the sailing games in 2004.", "2004",
     "Valmora hosted the sailing games"),
    ("The firm built a new bridge in Kessara, which lost its old bridge in 1990.", "1990",
     "Kessara lost its old bridge"),
    ("Engineers inspected a dam near Orvik, which voted for the repairs in 2019.", "2019",
     "Orvik voted for the repairs"),
    ("He flew to Tarn, which was hit by floods in May.", "May", "Tarn was hit by floods"),
    ("Talks were held in Oslo, which hosted the first round in 1993.", "1993", "Oslo hosted the first round"),
    ("Rescuers reached farms in Tarn, which was cut off by the floods on Monday.", "Monday",
     "Tarn was cut off by the floods"),
    ("The union wants a strong council for Norland, which joined the union in 1995.", "1995",
     "Norland joined the union"),
])
def test_a_relative_after_a_things_place_tells_of_the_thing(sentence: str, phrase: str, title: str) -> None:
    assert _title(sentence, phrase) == title


# A pronoun that opens a sentence after one closed by a reporting frame ("…, the airline said.") takes the frame's
# speaker when the sentence's subject is not of its sort; and when its own clause has an object pronoun of its
# number ("They released them"), the two are two things: the subject before is the object's, the speaker the
# subject's.
@pytest.mark.parametrize("body, phrase, title", [
    ("Trains will run again by noon, the operator said. It cancelled 60 services on Monday.", "Monday",
     "The operator cancels 60 services"),
    ("Visitors should stay away from the ward, said the hospital. It closed two wards on Friday.", "Friday",
     "The hospital closes two wards"),
    ("Fares will rise, the operator said on its website. It dropped 60 services on Monday.", "Monday",
     "The operator drops 60 services"),
    ("Three men were detained, police said. They released them on bail on Monday.", "Monday",
     "Police release them on bail"),
    ("Most of the roads are open again, Tomas Berg said. He visited the dam on Friday.", "Friday",
     "Tomas Berg visits the dam"),
    # left alone: the subject before is of the pronoun's sort; a frame that tells a clause is no closing frame
    ("The new bridge will open in May, the council said. It reached its full height in 2024.", "2024",
     "The new bridge reaches its full height"),
    ("Fares will rise, and the operator said it would explain why. It dropped 60 services on Monday.", "Monday",
     "It drops 60 services"),
    # (an organisation's capitals after a determiner are no person for he/she)
    ("The ferry sank near Tarn, the Vask Maritime Agency said last year. He was rescued on Monday.", "Monday",
     "He was rescued"),
])
def test_a_closing_frames_speaker_stands_for_the_next_pronoun(body: str, phrase: str, title: str) -> None:
    assert _title(body, phrase) == title


# An it/they that is the subject of a relative clause on a noun of the main clause ("the farm it had bought") is not
# that noun, what its verb did: it is the main clause's subject, when that is of its sort and no other noun of its
# number stands between them.
@pytest.mark.parametrize("sentence, phrase, title", [
    ("The Harlo trust sold the farm it had bought from a cousin in 1990.", "1990",
     "The Harlo trust had bought the farm from a cousin"),
    ("The Vask council closed the pool that it had opened in 1975.", "1975", "The Vask council had opened the pool"),
    ("The bus operator said its loss would be smaller than the 3 million euros it lost in 2021.", "2021",
     "The bus operator loses the 3 million euros"),
    ("The two ferry firms sold the routes they had run since 1990.", "1990", "The two ferry firms had run the routes"),
    # left alone: another thing of the pronoun's number before it; no noun phrase for subject; a reporting
    # verb's object before the pronoun (what was told follows it)
    ("Ana Ruiz praised the library for the archive it opened in 2019.", "2019", "It opens the archive"),
    ("The board thanked the mayor for the grant it received in 2019.", "2019", "It receives the grant"),
    ("That was mostly payments by Norcorp for the 40% stake it agreed to buy in March.", "March",
     "It agrees to buy the 40% stake"),
    ("The ferry firm warned the council it would stop the night crossings in March.", "March",
     "It would stop the night crossings"),
])
def test_a_relative_clauses_pronoun_is_the_main_subject(sentence: str, phrase: str, title: str) -> None:
    assert _title(sentence, phrase) == title


# A sentence's first word, capitalised whatever it is, that the lexicon lacks and lemminflect reads as a plural
# ("Organisers", "Labourers") is a plural subject, not a one-word name: its verb is plural, and it speaks for the
# reported "they".
@pytest.mark.parametrize("sentence, phrase, title", [
    ("Organisers cancelled the boat race on Sunday because of the gales.", "Sunday",
     "Organisers cancel the boat race"),
    ("Labourers, who had not been paid since March, blocked the depot on Friday.", "Friday",
     "Labourers block the depot"),
    ("Organisers said they postponed the concert on Friday.", "Friday", "Organisers postpone the concert"),
    # left alone: a name the lexicon knows capitalised; a plural the lexicon knows already
    ("Sanders opened the new depot on Friday.", "Friday", "Sanders opens the new depot"),
    ("Volunteers cleared the beach on Sunday.", "Sunday", "Volunteers clear the beach"),
])
def test_a_capitalised_plural_the_lexicon_lacks_is_plural(sentence: str, phrase: str, title: str) -> None:
    assert _title(sentence, phrase) == title


# "it" is a subject's form as well as an object's: a later "it" before a finite verb or a modal is the subject of
# what was said ("It said it had lost …") and the same thing as the opening "It", which keeps its antecedent; only an
# "it" before anything else is an object, another thing ("It sold it to a developer").
@pytest.mark.parametrize("body, phrase, title", [
    ("The ferry firm cut its night crossings in March. It said it had lost two contracts on Monday.", "Monday",
     "The ferry firm had lost two contracts"),
    ("The port authority inspected 40 cranes last year. It said it found 12 faulty cranes on Monday.", "Monday",
     "The port authority found 12 faulty cranes"),
    ("The water board raised its charges in April. It said it would close two reservoirs on Friday.", "Friday",
     "The water board would close two reservoirs"),
    ("The water board raised its charges in April. It said that it closed two reservoirs on Friday.", "Friday",
     "The water board closes two reservoirs"),
    # left alone: an object "it" is another thing than the subject
    ("The old depot will close, the rail operator said. It sold it to a developer on Friday.", "Friday",
     "The rail operator sells it to a developer"),
])
def test_a_reported_clauses_it_keeps_the_antecedent(body: str, phrase: str, title: str) -> None:
    assert _title(body, phrase) == title
