"""An undated sentence of an article names one of the article's dated happenings only when it says what a reader
would need to take it for that one (`merging._attach_undated`): a name the happening's own sentence prints, not
one it takes from the article's title because it names nobody ("her mother, who had carved wooden bowls in the
town since the 1930s" is not "The first bowl she carved there ... in the Vinstad museum"), and no other share of
something by the verb they share ("agreed to purchase up to 40% of Holmgren Foods" is not "expects Dalby Mills
to purchase the 60% of Holmgren's flour unit"). The articles are invented (fixtures/undated_same_act/)."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.core.merging_helpers import sentences_by_event, together
from timeline_app.core import merging

FIXTURES = Path(__file__).parent / "fixtures" / "undated_same_act"


@pytest.fixture(scope="module")
def told_together() -> dict[str, list[list[str]]]:
    """Per fixture article, the sentences of each event."""
    return sentences_by_event(FIXTURES)


@pytest.mark.parametrize("article, first, second", [
    # another person's act: the dated sentence names nobody, the undated one only the article's town
    ("profile_carver", "The girl left school at 15", "The first bowl she carved there"),
    # another share of the same company, by the same verb
    ("bakery_deal", "Last March, Petra Holmgren", "The board said that if the founder's offer succeeds"),
])
def test_an_undated_sentence_of_another_act_stays_apart(told_together: dict[str, list[list[str]]], article: str,
                                                        first: str, second: str) -> None:
    assert not together(told_together[article], first, second), told_together[article]


@pytest.mark.parametrize("article, first, second", [
    # the same share, the same company named by both: one act told again
    ("ferry_sale", "In January, Olsen Shipping", "Brevik's mayor said that Olsen Shipping would lease"),
])
def test_an_undated_sentence_of_the_same_act_joins_it(told_together: dict[str, list[list[str]]], article: str,
                                                      first: str, second: str) -> None:
    assert together(told_together[article], first, second), told_together[article]


@pytest.mark.parametrize("sentence, word, expected", [
    ("The trust agreed to sell up to 25% of Orvik Timber to a pension fund.", "sell", {frozenset({"25"})}),
    ("Managers hope to sell the 15% of the mill that the trust still holds.", "sell", {frozenset({"15"})}),
    # an amount a value changed by is no share of a thing
    ("Output fell 12% in the spring.", "fall", set()),
    ("Output fell to 3.4 million tonnes, or 9 tonnes a worker.", "fall", set()),
    # a count of things is no share
    ("The navy will sell 30 patrol boats.", "sell", set()),
    # a verb not among the words asked about
    ("The trust agreed to lease 25% of Orvik Timber.", "sell", set()),
    # no "of" at all (not tagged: `_OF`), and one in capitals, which is read
    ("The trust agreed to sell 25% to a pension fund.", "sell", set()),
    ("The trust agreed to sell up to 25% Of Orvik Timber.", "sell", {frozenset({"25"})}),
])
def test_the_share_a_verbs_object_gives(sentence: str, word: str, expected: set[frozenset[str]]) -> None:
    # (looked up when run: the module's other tests run, and this one fails by its assertion, where it is missing)
    object_numbers = getattr(merging, "_object_numbers", None)
    assert object_numbers is not None and object_numbers(sentence, {word}) == expected
