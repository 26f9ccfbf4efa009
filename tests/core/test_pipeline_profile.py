"""benchmarks/pipeline_profile.py runs the pipeline's stages as build_timeline does, the lend included."""
from __future__ import annotations

from pathlib import Path

from benchmarks import pipeline_profile

FIXTURES = Path(__file__).parent / "fixtures" / "profile_lend"


def test_profile_runs_a_folder_with_an_undated_article_beside_a_dated_one(capsys) -> None:
    # (An undated article beside another takes the lend's path: `merging.may_lend`, `pipeline._lend_days`.)
    pipeline_profile.run(sorted(FIXTURES.glob("*.txt")), None)
    out = capsys.readouterr().out
    assert "2 articles" in out
    assert "  lend " in out
