"""Command line: no subcommand opens the window; `extract` and `tag` serve scripts."""
from __future__ import annotations

import argparse
import datetime as dt
import sys


def _write(text: str) -> None:
    """Output as UTF-8 whatever the locale: the formats are UTF-8, and a strict ASCII or Latin-1 stdout
    must not turn a title into UnicodeEncodeError (the text holds no lone surrogate: export escapes them)."""
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:
        sys.stdout.write(text)
        return
    sys.stdout.flush()
    buffer.write(text.encode("utf-8"))
    buffer.flush()


def _say(message: str) -> None:
    """A one-line error on stderr; file names shown with their undecodable bytes as \\xe9."""
    from timeline_app.core.export import printable

    print(printable(message), file=sys.stderr)


def _gui(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="timeline-app",
        description="Open news articles as a source-linked timeline of events. "
                    "Subcommands for scripts: `timeline-app extract -h`, `timeline-app tag -h`.")
    parser.add_argument("paths", nargs="*", help="files or folders of articles (default: the bundled seeds), "
                                                 "or one project file")
    parser.add_argument("--screenshot", metavar="FILE.png",
                        help="render the main window offscreen with the first event selected to FILE.png and exit")
    args = parser.parse_args(argv)
    from timeline_app.core.project import is_project_file
    from timeline_app.ui.app import run_gui

    # A project is known by its content (whatever it is called), and opens on its own.
    projects = [p for p in args.paths if is_project_file(p)]
    if projects:
        if len(args.paths) > 1:
            parser.error(f"a project file opens on its own: timeline-app {projects[0]}")
        return run_gui([], screenshot=args.screenshot, project=projects[0])
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
        _say(f"timeline-app extract: no document could be loaded ({reasons})")
        return 2
    _write(timeline_json(timeline) + "\n" if args.format == "json" else timeline_csv(timeline))
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
    from timeline_app.core.documents import DocumentError, decode_stream, load_document
    from timeline_app.core.export import expression_dict, expressions_tsv, to_json
    from timeline_app.core.temporal import tag

    try:
        if args.file == "-":
            # Bytes, decoded as the loader decodes files (UTF-8, BOM, UTF-16, Windows-1252): invalid UTF-8
            # on stdin is a text to tag, not a crash.
            text = decode_stream(getattr(sys.stdin, "buffer", None) or sys.stdin)
        else:
            text = load_document(args.file).text
    except DocumentError as exc:
        _say(f"timeline-app tag: {args.file}: {exc}")
        return 2
    expressions = tag(text, reference=args.reference)
    if args.format == "json":
        _write(to_json([expression_dict(x) for x in expressions]) + "\n")
    else:
        _write(expressions_tsv(expressions))
    return 0


def run(argv: list[str]) -> int:
    if argv and argv[0] == "extract":
        return _extract(argv[1:])
    if argv and argv[0] == "tag":
        return _tag(argv[1:])
    return _gui(argv)


if __name__ == "__main__":
    sys.exit(run(sys.argv[1:]))
