"""An undated happening, the lead's or the body's, that a sentence within the next two dates as the same act takes
that day, not the report's (`news._act_told_by_its_noun`, `NewsWalk.body_act_days`): the act named by its subject's
noun ("The verdict came on Monday" after "A jury has found a man guilty": the case's stage; "The crash happened
yesterday" after "have died in a crash": a happening the sentence names; "The collapse happened early on Sunday"
after "A footbridge collapsed": the verb's own noun), or told by the same verb that the day governs ("Most of the
victims were killed on Saturday night" after "Floods have killed 40 people"), or by another verb of the same harm
("died ... yesterday" after "have been killed"), or by another verb of the same stage of a case ("Jurors on Friday
found him guilty" after "A jury has convicted"; "reached its verdict" after "has found ... guilty") or one handing
over the act's own noun, in a quotation told on a day too ("We handed our letters of resignation," ... told reporters
on Sunday, after "have resigned"). The happening a sentence sets its act in ("have died in a crash")
joins the telling of it ("The crash happened yesterday": `merging._nouns_not_opening`), and a perfect dated so by
its verb joins the telling that dated it (`merging._join_retellings`). Another happening is left
alone: a later stage of the case ("was charged on Monday" after "have arrested"), a statement's own day ("said on
Monday"), another thing's noun ("The decision to sell the site"), a happening the act only follows ("arrested a
man after a fire" ... "The fire started on Sunday night"), one more of the same act ("also arrested a
second man on Sunday", "died in a separate attack"), an answer to a stage ("appealed the verdict") and a
quotation handing over another thing ("We handed our report"). Invented articles (fixtures/dated_elsewhere/), published
Tuesday, March 4, 2025."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.core import merging_helpers, news_helpers

FIXTURES = Path(__file__).parent / "fixtures" / "dated_elsewhere"


@pytest.fixture(scope="module")
def dated_sentences() -> dict[str, set[str]]:
    return news_helpers.dated_sentences(FIXTURES)


@pytest.fixture(scope="module")
def events() -> dict[str, list[list[str]]]:
    return merging_helpers.sentences_by_event(FIXTURES)


@pytest.mark.parametrize("sentence, day", [
    # the case's stage named by its noun, the day beside a length ("after two days of deliberation")
    ("Jury finds Corran man guilty of murder", "2025-03-03"),
    ("A jury has found a Corran man guilty of murdering a dock worker in Kellsway.", "2025-03-03"),
    # a happening the lead names, its noun the next sentence's subject, dated by a relative day
    ("A man and a woman have died in a crash on the coast road near Dunmore.", "2025-03-03"),
    # the same verb, its day governing it; the headline's present too
    ("Floods have killed at least 40 people in the south of Varen province.", "2025-03-01"),
    ("Floods kill dozens in Varen", "2025-03-01"),
    # a harm told again by another verb of its kind ("have been killed", "died ... yesterday")
    ("Two people have been killed in a road accident on the Dunmore bypass.", "2025-03-03"),
    # an undated happening of the body, its act's noun the next sentence's subject
    ("A footbridge over the canal collapsed in the town centre.", "2025-03-02"),
    # another happening: a later stage, a statement's day, another thing's noun, one more of the act
    ("Police in Dunmore have arrested a man over a raid on a jewellery shop.", "2025-03-04"),
    ("The Corran port authority has cut 200 jobs at its eastern terminal.", "2025-03-04"),
    ("A fire has destroyed an old grain warehouse on Dock Road in Kellsway.", "2025-03-04"),
    ("Officers arrested a man near the bar.", "2025-03-04"),
    ("A soldier has been killed by a roadside bomb in the north of Varen province.", "2025-03-04"),
    # a happening the act follows, not one it is set in ("after a fire" ... "The fire started on Sunday night")
    ("Police have arrested a man after a fire at a warehouse in Kellsway.", "2025-03-04"),
])
def test_a_happening_takes_the_day_the_next_sentences_give_its_act(dated_sentences: dict[str, set[str]],
                                                                   sentence: str, day: str) -> None:
    assert dated_sentences.get(sentence) == {day}


@pytest.mark.parametrize("sentence, day", [
    # the same stage of a case told by another verb ("has convicted", "found him guilty") or by a verb that hands
    # over the stage's noun ("reached its verdict", "issued its verdict")
    ("A jury has convicted a Kellsway man of setting fire to a furniture warehouse.", "2025-02-28"),
    ("A jury has found a Dunmore woman guilty of defrauding a housing charity.", "2025-03-01"),
    ("A jury has convicted a Corran man of robbing a post office in Kellsway.", "2025-03-02"),
    # the act's own noun handed over, in a quotation told on a day ("have resigned", "handed our letters of
    # resignation")
    ("Three ministers in the Varen government have resigned over a dispute about the budget.", "2025-03-02"),
    # not a later stage, an answer to the stage, one more finding, nor a quotation of another thing handed over
    ("A jury has convicted a Dunmore man of burgling a row of shops.", "2025-03-04"),
    ("A jury has convicted a Corran woman of defrauding her employer.", "2025-03-04"),
    ("A jury has convicted a Kellsway man of assaulting a bus driver.", "2025-03-04"),
    ("Two ministers in the Varen government have resigned over a row about the ports.", "2025-03-04"),
])
def test_a_stage_told_by_another_verb_or_its_noun_takes_that_day(dated_sentences: dict[str, set[str]],
                                                                 sentence: str, day: str) -> None:
    assert dated_sentences.get(sentence) == {day}


@pytest.mark.parametrize("article, first, second, joined", [
    # one happening, two mentions: the undated telling joins the dated one
    ("verdict", "A jury has found", "The verdict came on Monday", True),
    ("body_collapse", "A footbridge over the canal", "The collapse happened", True),
    # the happening the deaths were in, told again as the subject ("died in a crash", "The crash happened")
    ("crash", "A man and a woman have died", "The crash happened", True),
    # a perfect told again by its verb on the day it took from there ("have killed", "were killed on Saturday")
    ("floods", "Floods have killed", "Most of the victims were killed", True),
    # the same stage of a case or the act's own noun, told by another verb on a day: one happening on that day
    ("stage_found", "A jury has convicted", "Jurors on Friday found", True),
    ("stage_verdict", "A jury has found", "The jury reached its verdict", True),
    ("resign_quote", "Three ministers", "\"We handed our letters", True),
    # another happening stays apart
    ("stage_sentence", "A jury has convicted", "The judge handed down", False),
    ("quote_other", "Two ministers", "\"We handed our report", False),
    ("also", "Officers arrested a man", "They also arrested a second man", False),
    ("other_noun", "A fire has destroyed", "The decision to sell", False),
])
def test_the_dated_telling_and_the_undated_one_are_one_event(events: dict[str, list[list[str]]], article: str,
                                                               first: str, second: str, joined: bool) -> None:
    assert merging_helpers.together(events[article], first, second) == joined
