"""Command line: no subcommand opens the window; `extract`, `tag` and `export` serve scripts."""
from __future__ import annotations

import argparse
import datetime as dt
import itertools
import os
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

if TYPE_CHECKING:  # only for annotations: the subcommands import what they use when they run
    from types import ModuleType

    from timeline_app.core.model import Timeline
    from timeline_app.core.publish import ExportOptions


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


def _write_chunks(chunks: Iterable[str]) -> None:
    """`_write` of text that comes in pieces, as it comes: a large output is never held whole (pieces are
    gathered up to about 64 KB so that small ones do not cost a write each)."""
    pending: list[str] = []
    size = 0
    for chunk in chunks:
        pending.append(chunk)
        size += len(chunk)
        if size >= 1 << 16:
            _write("".join(pending))
            pending.clear()
            size = 0
    _write("".join(pending))


def _say(message: str) -> None:
    """A one-line error on stderr; file names shown with their undecodable bytes as \\xe9."""
    from timeline_app.core.export import printable

    print(printable(message), file=sys.stderr)


# Qt's own command-line options (QGuiApplication's and QApplication's), passed through to QApplication rather
# than rejected by argparse: those that take a value, and flags.
QT_VALUE_OPTIONS = frozenset({"style", "stylesheet", "platform", "platformpluginpath", "platformtheme", "plugin",
                              "qwindowgeometry", "qwindowicon", "qwindowtitle", "session", "display", "geometry",
                              "title", "name", "visual", "ncols", "cmap"})
QT_FLAGS = frozenset({"reverse", "widgetcount", "nograb", "dograb", "sync"})


def split_qt_options(argv: list[str]) -> tuple[list[str], list[str]]:
    """(Qt's options, with their values; everything else) from `argv`. Qt spells them with one dash
    (`-style Fusion`, `-style=Fusion`, `-reverse`) and also accepts two; `--` ends the options."""
    qt: list[str] = []
    rest: list[str] = []
    i = 0
    while i < len(argv):
        arg = argv[i]
        if arg == "--":
            rest.extend(argv[i:])
            break
        name, eq, _ = arg.lstrip("-").partition("=")
        if arg.startswith("-") and not arg.startswith("---") and name in QT_VALUE_OPTIONS:
            if eq:
                qt.append(arg)
            elif i + 1 < len(argv):
                qt.extend(argv[i:i + 2])
                i += 1
            else:
                rest.append(arg)  # no value: let argparse say what is wrong
        elif arg.startswith("-") and not eq and name in QT_FLAGS:
            qt.append(arg)
        else:
            rest.append(arg)
        i += 1
    return qt, rest


def _gui(argv: list[str]) -> int:
    if not argv:
        # Nothing to parse: the plain start-up on the seeds skips building the parser (with gettext's search
        # for its translations, ~5 ms before the first paint; issue 10, item 5). Same call as below.
        from timeline_app.ui.app import run_gui

        return run_gui([], screenshot=None, qt_options=[])
    parser = argparse.ArgumentParser(
        prog="timeline-app",
        description="Open news articles as a source-linked timeline of events. "
                    "Subcommands for scripts: `timeline-app extract -h`, `timeline-app tag -h`, "
                    "`timeline-app export -h`.")
    parser.add_argument("paths", nargs="*", help="files or folders of articles (default: the bundled seeds), "
                                                 "or one project file")
    parser.add_argument("--screenshot", metavar="FILE.png",
                        help="render the main window offscreen with the first event selected to FILE.png and exit")
    parser.epilog = "Qt's standard options (-style Fusion, -platform offscreen, -reverse…) are passed to Qt."
    qt_options, rest = split_qt_options(argv)
    args = parser.parse_args(rest)
    from timeline_app.ui.app import run_gui

    # A project is known by its content (whatever it is called), and opens on its own. (The project module
    # is imported only when there are paths to check: the seeds' start-up does without it.)
    projects = []
    if args.paths:
        from timeline_app.core.project import is_project_file

        projects = [p for p in args.paths if is_project_file(p)]
    if projects:
        if len(args.paths) > 1:
            parser.error(f"a project file opens on its own: timeline-app {projects[0]}")
        return run_gui([], screenshot=args.screenshot, qt_options=qt_options, project=projects[0])
    return run_gui(args.paths, screenshot=args.screenshot, qt_options=qt_options)


def _extract(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="timeline-app extract",
                                     description="Print the dated events in articles, with their provenance.")
    parser.add_argument("paths", nargs="*", help="files or folders (default: the bundled seeds)")
    parser.add_argument("--format", choices=("json", "csv"), default="json")
    parser.add_argument("--dask", metavar="SCHEDULER_ADDRESS",
                        help="find each document's events on this Dask cluster (tcp://host:8786); merge here. "
                             "Needs the [dask] extra on this machine and timeline-app on the workers")
    parser.add_argument("--workers", type=int, metavar="N",
                        help="worker processes on this machine (1: none; default: every core, for large inputs)")
    parser.add_argument("--no-cache", action="store_true",
                        help="analyse every document again, ignoring and not filling the analysis cache")
    parser.add_argument("--published", action="append", type=_published_option, default=[],
                        metavar="PATH=YYYY-MM-DD",
                        help="read the article in file PATH as published on that day (a page that prints no "
                             "date, or prints a wrong one); repeatable")
    args = parser.parse_args(argv)
    published = dict(args.published)
    for path in published:
        if not os.path.isfile(path):
            parser.error(f"--published: no such file: {path}")
    from timeline_app.core.export import timeline_csv_chunks, timeline_json_chunks
    from timeline_app.core.pipeline import build_timeline, seeds_dir

    if args.dask is not None:
        try:
            import distributed  # noqa: F401
        except ImportError:
            _say("timeline-app extract: --dask needs dask.distributed: pip install 'timeline-app[dask]'")
            return 2
    try:
        timeline = build_timeline(args.paths or [seeds_dir()], workers=args.workers, scheduler=args.dask,
                                  cache=False if args.no_cache else None, published=published or None)
    except (OSError, TimeoutError) as exc:  # the Dask scheduler could not be reached
        _say(f"timeline-app extract: the Dask scheduler {args.dask} could not be used: {exc}")
        return 2
    if not timeline.documents:
        reasons = "; ".join(f"{p.path}: {p.message}" for p in timeline.problems) or "nothing to read"
        _say(f"timeline-app extract: no document could be loaded ({reasons})")
        return 2
    loaded = {os.path.realpath(d.path) for d in timeline.documents}
    unknown = [path for path in published if os.path.realpath(path) not in loaded]
    if unknown:  # a typo'd or unlisted path must not pass silently as "no date given"
        _say(f"timeline-app extract: --published: no article was loaded from {unknown[0]} "
             "(it must be one of the files read)")
        return 2
    # Every problem on stderr too, one line each naming its file, as the window's Problems panel lists them: a
    # failure inside one article's merging or news showed only in the JSON's "problems" (and not at all in CSV).
    for problem in timeline.problems:
        _say(f"timeline-app extract: {problem.level}: {problem.path}: {problem.message}")
    if args.format == "json":
        _write_chunks(itertools.chain(timeline_json_chunks(timeline), ["\n"]))
    else:
        _write_chunks(timeline_csv_chunks(timeline))
    return 0


def _published_option(value: str) -> tuple[str, dt.date]:
    """--published PATH=YYYY-MM-DD: the path and the day (the last "=" splits: a path may hold one)."""
    path, equals, day = value.rpartition("=")
    if not equals or not path:
        raise argparse.ArgumentTypeError(f"not PATH=YYYY-MM-DD: {value!r}")
    try:
        return path, dt.date.fromisoformat(day.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date in the form YYYY-MM-DD: {day!r} (in {value!r})") from None


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


# ---- export ----------------------------------------------------------------------------------------

IMAGE_FORMATS = ("png", "svg", "pdf")  # drawn by ui/render.py (Qt), the others by core/publish.py


class _ExportFailed(Exception):
    """An export that cannot be made: its message is the one line the user reads."""


class _OneLineParser(argparse.ArgumentParser):
    """argparse whose usage errors are one line on stderr with exit status 2, like every export error."""

    def error(self, message: str) -> NoReturn:
        _say(f"{self.prog}: {message} (see {self.prog} -h)")
        sys.exit(2)


def _export(argv: list[str]) -> int:
    from timeline_app.core.publish import FORMATS

    parser = _OneLineParser(
        prog="timeline-app export",
        description="Write the events (a project's as the user edited them, or those found in articles) as "
                    "CSV, JSON, TimelineJS JSON, iCalendar, a chronology report (Markdown, HTML) or a picture "
                    "of the timeline (PNG, SVG, PDF).")
    parser.add_argument("inputs", nargs="*", metavar="PROJECT|PATH",
                        help="a project file, or article files and folders (default: the bundled seeds)")
    parser.add_argument("--format", choices=(*FORMATS, *IMAGE_FORMATS),
                        help="what to write (default: from the suffix of -o: .csv .json .ics .md .html .png "
                             ".svg .pdf)")
    parser.add_argument("-o", "--output", default="-", metavar="OUT", help="the file to write, - for standard "
                                                                          "output (default)")
    parser.add_argument("--sources", metavar="ID,ID...",
                        help="only these sources (document ids, as `extract` lists them), comma-separated")
    parser.add_argument("--starred", action="store_true", help="only key (starred) events")
    parser.add_argument("--group-by", choices=("source", "kind"), default="source",
                        help="TimelineJS groups: by the first source's title (default) or by kind of event")
    args = parser.parse_args(argv)
    try:
        fmt = _export_format(args.format, args.output)
        timeline = _export_input(args.inputs)
        from timeline_app.core.publish import ExportError, ExportOptions

        options = ExportOptions(sources=_export_sources(args.sources, timeline), starred_only=args.starred,
                                group_by=args.group_by)
        if fmt in IMAGE_FORMATS:
            _write_output(args.output, _image_bytes(timeline, options, fmt))
        else:
            try:
                data = FORMATS[fmt].write(timeline, options)
            except ExportError as exc:
                raise _ExportFailed(str(exc)) from exc
            _write_output(args.output, data)
    except _ExportFailed as exc:
        _say(f"timeline-app export: {exc}")
        return 2
    except Exception as exc:  # noqa: BLE001  (a script gets one line and status 2, never a traceback)
        _say(f"timeline-app export: failed: {type(exc).__name__}: {exc}")
        return 2
    return 0


def _export_format(fmt: str | None, output: str) -> str:
    if fmt:
        return fmt
    from timeline_app.core.publish import format_for_suffix

    suffix = Path(output).suffix.lower() if output != "-" else ""
    if suffix.lstrip(".") in IMAGE_FORMATS:
        return suffix.lstrip(".")
    found = format_for_suffix(suffix) if suffix else None
    if found is None:
        raise _ExportFailed("say which --format to write (-o gives no known suffix)")
    return found.key


def _export_input(inputs: Sequence[str]) -> Timeline:
    """The events as the user sees them: a project's view (its edits applied, hidden events out), or the
    events found in article files and folders."""
    project = _project_module()
    projects = [p for p in inputs if project is not None and os.path.isfile(p) and project.is_project_file(p)]
    if projects:
        if len(inputs) > 1:
            raise _ExportFailed("a project file must be the only input (its sources are read from it)")
        try:
            opened = project.Project.open(projects[0])
            try:
                return opened.view().timeline
            finally:
                opened.close()
        except project.ProjectError as exc:
            raise _ExportFailed(str(exc)) from exc  # ProjectError names the file itself
    from timeline_app.core.pipeline import build_timeline, seeds_dir

    timeline = build_timeline(list(inputs) or [seeds_dir()])
    if not timeline.documents:
        reasons = "; ".join(f"{p.path}: {p.message}" for p in timeline.problems) or "nothing to read"
        raise _ExportFailed(f"no document could be loaded ({reasons})")
    return timeline


def _project_module() -> ModuleType | None:
    """core/project.py (the project file), when this build has it: the seam the lead wires at merge."""
    import importlib

    try:
        return importlib.import_module("timeline_app.core.project")
    except ImportError:
        return None


def _export_sources(value: str | None, timeline: Timeline) -> frozenset[str] | None:
    if value is None:
        return None
    wanted = [v.strip() for v in value.split(",") if v.strip()]
    known = {d.id for d in timeline.documents}
    unknown = [v for v in wanted if v not in known]
    if unknown or not wanted:
        raise _ExportFailed(f"no source {', '.join(map(repr, unknown)) or 'given'} "
                            f"(sources: {', '.join(sorted(known))})")
    return frozenset(wanted)


def _image_bytes(timeline: Timeline, options: ExportOptions, fmt: str) -> bytes:
    """A picture of the timeline, drawn by ui/render.py with a QGuiApplication (offscreen when there is no
    display), written to a temporary file and read back."""
    import tempfile  # here, not at the top: the window's start-up does without it

    from timeline_app.core.publish import selected_timeline
    from timeline_app.ui.app import _needs_offscreen

    if _needs_offscreen():
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before the application exists: it picks the platform
    from PySide6.QtGui import QGuiApplication

    try:
        from timeline_app.ui.render import export_image
    except ImportError as exc:
        raise _ExportFailed(f"{fmt.upper()} pictures are not available in this build ({exc})") from exc
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 (kept alive while drawing)
    chosen = selected_timeline(timeline, options)
    hidden = frozenset(d.id for d in timeline.documents) - frozenset(d.id for d in chosen.documents)
    with tempfile.TemporaryDirectory(prefix="timeline-export-") as tmp:
        path = Path(tmp) / f"timeline.{fmt}"
        export_image(chosen, path, fmt, hidden_sources=hidden)
        return path.read_bytes()


def _write_output(output: str, data: bytes) -> None:
    """The bytes to standard output, or to a file replaced whole (a failed export leaves no half file)."""
    if output == "-":
        buffer = getattr(sys.stdout, "buffer", None)
        if buffer is None:
            sys.stdout.write(data.decode("utf-8"))
        else:
            sys.stdout.flush()
            buffer.write(data)
            buffer.flush()
        return
    from timeline_app.core.files import replacing

    target = Path(output)
    if target.is_dir():
        raise _ExportFailed(f"{output}: is a folder; give a file name")
    try:
        with replacing(target) as temporary:
            try:
                temporary.write_bytes(data)
            except OSError as exc:  # a full disk, say: the old file stays, the temporary one goes
                raise _ExportFailed(f"{output}: cannot write ({exc.strerror or exc})") from exc
    except OSError as exc:  # no such folder, no permission there
        raise _ExportFailed(f"{output}: cannot write there ({exc.strerror or exc})") from exc


def run(argv: list[str]) -> int:
    if argv and argv[0] == "extract":
        return _extract(argv[1:])
    if argv and argv[0] == "tag":
        return _tag(argv[1:])
    if argv and argv[0] == "export":
        return _export(argv[1:])
    return _gui(argv)


if __name__ == "__main__":
    sys.exit(run(sys.argv[1:]))
