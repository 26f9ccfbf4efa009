"""An undated headline whose happening the body tells with its own day takes the body's day, not the report's: the
body's dated sentence has the headline's subject by its head noun, of the same kind, on a day of the news before
the publication, doing the same act or being a noun that names the happening itself ("Earthquake in Peru kills 7 people" over "The earthquake struck on Sunday afternoon", published
Monday: Sunday; `news._body_day_of_headline`). A headline whose subject the body dates on no day of its own stays
the report's news. Invented articles."""
from __future__ import annotations

from pathlib import Path

import pytest

from timeline_app.core.pipeline import build_timeline


def _headline_days(tmp_path: Path, text: str) -> set[str]:
    """The first days of the events that hold a mention in `text`'s headline line."""
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    headline_end = text.index("\n")
    timeline = build_timeline([tmp_path], cache=False)
    return {e.first.isoformat() for e in timeline.events if any(m.start < headline_end for m in e.mentions)}


@pytest.mark.parametrize("text, days", [
    # the body dates the headline's subject on a day of its own: that day
    ("Earthquake in Peru kills 7 people\n\nMonday, March 8, 2010\n\n"
     "Landslides killed at least seven people in southern Peru, officials said Monday.\n\n"
     "The 5.1-magnitude earthquake struck on Sunday afternoon near the town of Chala.\n",
     {"2010-03-07"}),
    ("Storm leaves 40,000 homes without power\n\nThursday, November 4, 2021\n\n"
     "Power lines fell across the county and 40,000 homes lost power, the utility said.\n\n"
     "The storm hit the coast on Tuesday night with gusts of 120 km/h.\n",
     {"2021-11-02"}),
    # the same subject doing the same act on a day of its own: that day
    ("Gunman kills three in Tallinn\n\nSunday, June 5, 2016\n\n"
     "Three people were killed and two wounded in a shooting in Tallinn, police said.\n\n"
     "The gunman killed three customers in a cafe on Friday night.\n",
     {"2016-06-03"}),
    # (the same person doing something else on another day: another happening; the headline stays the report's)
    ("Mayor Lund opens new harbour in Tallinn\n\nSunday, June 5, 2016\n\n"
     "Thousands watched as the new harbour in Tallinn was opened, the city said.\n\n"
     "Mayor Lund returned from talks in Oslo on Friday.\n",
     {"2016-06-05"}),
    ("Dahl leads his team on a tour of three sites\n\nFriday, March 6, 1998\n\n"
     "A Danish inspector resumed work in Tallinn, the agency said.\n\n"
     "Dahl arrived in Tallinn on Thursday with some 50 inspectors.\n",
     {"1998-03-06"}),
    # (the body gives no day of the headline's subject: the report's news, as before)
    ("Acme buys shares in rival\n\nThursday, November 4, 2021\n\n"
     "Acme said it bought 2.7 million shares of Bolt Inc.\n\n"
     "Bolt's chief executive resigned on Tuesday.\n",
     {"2021-11-04"}),
    # (a day of the subject long before the news is another happening: the report's news)
    ("Storm leaves 40,000 homes without power\n\nThursday, November 4, 2021\n\n"
     "Power lines fell across the county and 40,000 homes lost power, the utility said.\n\n"
     "A storm hit the coast on September 3 with gusts of 120 km/h.\n",
     {"2021-11-04"}),
])
def test_the_headline_takes_the_bodys_day_of_its_happening(tmp_path: Path, text: str, days: set[str]) -> None:
    assert _headline_days(tmp_path, text) == days
