"""Source colours stay readable and apart however many sources there are (ui/event_model.source_color)."""
from __future__ import annotations

import pytest

from timeline_app.ui.event_model import source_color


@pytest.mark.parametrize("count", [12, 500, 10_000])
def test_no_source_colour_fades_to_white_or_black(count: int) -> None:
    for position in range(count):
        c = source_color(position)
        assert 0.25 <= c.lightnessF() <= 0.7, (position, c.name())
        assert c.hslSaturationF() >= 0.3, (position, c.name())


def test_neighbouring_sources_differ_in_hue() -> None:
    for position in range(12, 2_000):
        a, b = source_color(position).hslHueF(), source_color(position + 1).hslHueF()
        gap = abs(a - b)
        assert min(gap, 1 - gap) >= 0.1, position


def test_the_first_sources_keep_the_named_hues() -> None:
    assert source_color(0).name() == "#0072b2"
    assert source_color(1).name() == "#e69f00"
