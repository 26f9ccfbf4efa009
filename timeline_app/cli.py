"""Command line: no subcommand opens the window; `extract` and `tag` serve scripts."""
from __future__ import annotations

import argparse
import datetime as dt
import json
import sys


def _gui(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="timeline-app",
        description="Open news articles as a source-linked timeline of events. "
                    "Subcommands for scripts: `timeline-app extract -h`, `timeline-app tag -h`.")
    parser.add_argument("paths", nargs="*", help="files or folders of articles (default: the bundled seeds)")
    parser.add_argument("--screenshot", metavar="FILE.png",
                        help="render the main window offscreen with the first event selected to FILE.png and exit")
    args = parser.parse_args(argv)
    from timeline_app.ui.app import run_gui

    return run_gui(args.paths, screenshot=args.screenshot)


def _extract(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="timeline-app extract",
                                     description="Print the dated events in articles, with their provenance.")
    parser.add_argument("paths", nargs="*", help="files or folders (default: the bundled seeds)")
    parser.add_argument("--format", choices=("json", "csv"), default="json")
    args = parser.parse_args(argv)
    from timeline_app.core.export import timeline_csv, timeline_json
    from timeline_app.core.pipeline import build_timeline, seeds_dir

    timeline = build_timeline(args.paths or [seeds_dir()])
    if not timeline.documents:
        reasons = "; ".join(f"{p.path}: {p.message}" for p in timeline.problems) or "nothing to read"
        print(f"timeline-app extract: no document could be loaded ({reasons})", file=sys.stderr)
        return 2
    sys.stdout.write(timeline_json(timeline) + "\n" if args.format == "json" else timeline_csv(timeline))
    return 0


def _reference(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a date in the form YYYY-MM-DD: {value!r}") from exc


def _tag(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="timeline-app tag",
                                     description="Print the TimeML time expressions (TIMEX3) in a text.")
    parser.add_argument("file", nargs="?", default="-", help="a text file, or - for standard input (default)")
    parser.add_argument("--reference", type=_reference, help="the document date, YYYY-MM-DD, for relative dates")
    parser.add_argument("--format", choices=("json", "tsv"), default="json")
    args = parser.parse_args(argv)
    from timeline_app.core.export import expression_dict
    from timeline_app.core.temporal import tag

    if args.file == "-":
        text = sys.stdin.read()
    else:
        from timeline_app.core.documents import DocumentError, load_document

        try:
            text = load_document(args.file).text
        except DocumentError as exc:
            print(f"timeline-app tag: {args.file}: {exc}", file=sys.stderr)
            return 2
    expressions = tag(text, reference=args.reference)
    if args.format == "json":
        print(json.dumps([expression_dict(x) for x in expressions], ensure_ascii=False, indent=2))
    else:
        for x in expressions:
            print(f"{x.start}\t{x.end}\t{x.type.value}\t{x.value}\t{x.text}")
    return 0


def run(argv: list[str]) -> int:
    if argv and argv[0] == "extract":
        return _extract(argv[1:])
    if argv and argv[0] == "tag":
        return _tag(argv[1:])
    return _gui(argv)


if __name__ == "__main__":
    sys.exit(run(sys.argv[1:]))
