"""Command line: no subcommand opens the window; `extract` and `tag` serve scripts."""
from __future__ import annotations

import argparse
import sys


def _gui(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="timeline-app",
                                     description="Open news articles as a source-linked timeline of events. "
                                                 "Subcommands: extract, tag (see `timeline-app extract -h`).")
    parser.add_argument("paths", nargs="*", help="files or folders of articles (default: the bundled seeds)")
    parser.add_argument("--screenshot", metavar="FILE.png",
                        help="render the main window offscreen with the first event selected to FILE.png and exit")
    args = parser.parse_args(argv)
    from timeline_app.ui.app import run_gui

    return run_gui(args.paths, screenshot=args.screenshot)


def run(argv: list[str]) -> int:
    if argv and argv[0] == "extract":
        from timeline_app.export import extract_command

        return extract_command(argv[1:])
    if argv and argv[0] == "tag":
        from timeline_app.export import tag_command

        return tag_command(argv[1:])
    return _gui(argv)


if __name__ == "__main__":
    sys.exit(run(sys.argv[1:]))
