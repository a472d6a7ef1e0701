"""``directive-extract evaluate`` and ``directive-extract agreement``."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from directive_extract.modes import add_mode_option
from directive_extract.output import dumps, error, open_output


def _load_baseline(path: str) -> dict[str, object]:
    try:
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
    except (OSError, json.JSONDecodeError) as e:
        raise SystemExit(
            f"directive-extract: {path}: cannot read baseline ({e}); give a file written by --json"
        ) from e
    if not isinstance(data, dict) or "overall" not in data:
        raise SystemExit(f"directive-extract: {path}: not an evaluate --json result")
    return data


def cmd_evaluate(args: argparse.Namespace) -> int:
    from directive_extract.evaluate.run import evaluate, format_report, gold_folder, pipeline_predictor

    folder = Path(args.folder)
    if not folder.is_dir():
        return error(f"{folder}: no such folder; give a folder of *.review.yaml files", 2)
    gold = gold_folder(folder)
    if not gold:
        return error(f"{folder}: no *.review.yaml files", 2)
    baseline = _load_baseline(args.baseline) if args.baseline else None
    result = evaluate(gold, pipeline_predictor(args.mode))
    result["folder"] = str(folder)
    with open_output(args.output) as f:
        if args.json:
            f.write(dumps(result) + "\n")
        else:
            f.write(format_report(result, errors=args.errors, baseline=baseline) + "\n")
    return 0


def cmd_agreement(args: argparse.Namespace) -> int:
    from directive_extract.evaluate.run import agreement, format_report

    for folder in (*args.first, args.second):
        if not Path(folder).is_dir():
            return error(f"{folder}: no such folder", 2)
    result = agreement([Path(f) for f in args.first], Path(args.second))
    if not result["documents"]:
        return error(f"{args.second}: no document in common with {' '.join(args.first)}")
    with open_output(args.output) as f:
        f.write((dumps(result) if args.json else format_report(result, errors=args.errors)) + "\n")
    return 0


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    e = sub.add_parser(
        "evaluate",
        help="score the pipeline against gold review files",
        description="Run the pipeline on every gold document (with its gold date) and "
        "report directive detection and per-field P/R/F1.",
    )
    e.add_argument(
        "folder",
        nargs="?",
        default="corpora/test",
        help="folder of gold *.review.yaml (default corpora/test)",
    )
    add_mode_option(e)
    e.add_argument("--json", action="store_true", help="print the full result as JSON")
    e.add_argument("--baseline", metavar="FILE", help="an earlier --json result to compare with")
    e.add_argument("--errors", type=int, default=15, metavar="N", help="how many errors to list (default 15)")
    e.add_argument("-o", "--output", default=None, metavar="FILE", help="write here (atomically)")
    e.set_defaults(func=cmd_evaluate)
    a = sub.add_parser(
        "agreement",
        help="inter-annotator agreement between two annotations of the same documents",
        description="Score the second annotator's files (SECOND) against the first's (FIRST "
        "folders), per field, on the documents both annotated.",
    )
    a.add_argument(
        "first",
        nargs="+",
        metavar="FIRST",
        help="folders of the first annotation (e.g. corpora/train corpora/dev)",
    )
    a.add_argument(
        "--second", required=True, metavar="FOLDER", help="the second annotation (e.g. corpora/agreement)"
    )
    a.add_argument("--json", action="store_true")
    a.add_argument("--errors", type=int, default=10, metavar="N")
    a.add_argument("-o", "--output", default=None, metavar="FILE")
    a.set_defaults(func=cmd_agreement)
