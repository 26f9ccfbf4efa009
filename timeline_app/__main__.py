"""Entry point: `timeline-app` / `python -m timeline_app`."""
from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    from timeline_app.cli import run

    return run(sys.argv[1:] if argv is None else argv)


if __name__ == "__main__":
    sys.exit(main())
