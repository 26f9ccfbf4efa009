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


def test_profile_streams_an_article_as_analyse_document_does(monkeypatch) -> None:
    # The tagger hands out its expressions as the walks read them (`temporal.tag_stream`, `streamed` walks): some
    # are found only after extraction's first sentence is read, and the candidates are those of a walk given the
    # whole list.
    from timeline_app.core import extraction, temporal
    from timeline_app.core.documents import load_paths

    [doc], _problems = load_paths([str(Path(__file__).parent / "fixtures" / "profile_stream" / "harbour.txt")])
    order: list[str] = []
    tag_stream, steps = temporal.tag_stream, extraction.MentionWalk.steps

    def logged_tags(*args, **kwargs):
        for e in tag_stream(*args, **kwargs):
            order.append("tag")
            yield e

    def logged_steps(self):
        for at in steps(self):
            order.append("step")
            yield at

    monkeypatch.setattr(temporal, "tag_stream", logged_tags)
    monkeypatch.setattr(extraction.MentionWalk, "steps", logged_steps)
    clock = pipeline_profile.Clock()
    made, _reader = pipeline_profile.streamed_analysis(doc, clock)
    assert "step" in order and "tag" in order[order.index("step"):]
    assert clock.seconds.keys() >= {"tag", "extract", "news"}
    monkeypatch.setattr(extraction.MentionWalk, "steps", steps)
    whole = extraction.MentionWalk(doc, temporal.tag(doc.text, reference=doc.published, day_first=doc.day_first,
                                                     furniture=doc.excluded))
    for _at in whole.steps():
        pass
    assert len(made) >= 3 and made == whole.finish()
