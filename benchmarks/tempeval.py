"""Score the temporal tagger on the TempEval-3 development corpus (TimeBank + AQUAINT).

    python benchmarks/tempeval.py [TEMPEVAL_DIR] [--errors errors.tsv]

TEMPEVAL_DIR (or the TEMPEVAL_DIR environment variable) is the folder holding score.py, TimeBank/ and
AQUAINT/; by default ../shared/tempeval-dev relative to the repository root. The corpus is not part of
the repository: when the folder is absent this script says so and exits 0.
"""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dir", nargs="?", default=os.environ.get("TEMPEVAL_DIR",
                                                             str(ROOT.parent / "shared" / "tempeval-dev")))
    ap.add_argument("--errors", metavar="TSV", help="write every miss, false positive and wrong value")
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args(argv)
    folder = Path(args.dir)
    if not (folder / "score.py").is_file():
        print(f"TempEval development corpus not found at {folder}; nothing to score.")
        return 0
    sys.path.insert(0, str(folder))
    import score  # the corpus' own TempEval-3 scorer

    docs = [doc for sub in ("TimeBank", "AQUAINT") if (folder / sub).is_dir()
            for doc in score.load_dir(str(folder / sub))]
    res = score.evaluate(score.project_tagger(), docs, runs=args.runs, collect_errors=bool(args.errors))
    print(score.format_result(f"timeline_app on {len(docs)} docs", res))
    if args.errors:
        with open(args.errors, "w", encoding="utf-8") as f:
            f.write("kind\tdoc\tgold_text\tgold_value\tpredicted_value\tpredicted_text\n")
            for row in res["errors"]:
                f.write("\t".join(str(x) for x in row) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
