"""``directive-extract train``: train the clause classifier and the span model (see
:mod:`directive_extract.learn.train`)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from directive_extract.learn.component import MODEL_DIR
from directive_extract.learn.spans import SPANS_DIR
from directive_extract.output import error


def cmd_train(args: argparse.Namespace) -> int:
    from directive_extract.learn.train import train

    for folder in (args.train, args.dev):
        if not Path(folder).is_dir():
            return error(f"{folder}: no such folder of *.review.yaml", 2)
    for path in args.extra:
        if not Path(path).is_file():
            return error(f"{path}: no such review file", 2)
    spans_output = args.spans_output
    if spans_output is None:
        same = Path(args.output).resolve() == MODEL_DIR.resolve()
        spans_output = str(SPANS_DIR) if same else str(Path(args.output) / "spans")
    info = train(
        args.output,
        train_dir=args.train,
        dev_dir=args.dev,
        extra=args.extra,
        seed=args.seed,
        epochs=args.epochs,
        limit=args.limit,
        spans_output=spans_output,
        span_epochs=args.span_epochs,
        log=lambda line: print(line, file=sys.stderr),
    )
    print(
        f"wrote {args.output} and {spans_output} (default mode on dev: {info['default_mode']})",
        file=sys.stderr,
    )
    return 0


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    t = sub.add_parser(
        "train",
        help="train the clause classifier and the span model on the gold corpus",
        description="Train the clause classifier on TRAIN, calibrate it and tune the fusion thresholds "
        "on DEV; train the span model (roles) on TRAIN and choose its fusion policy on DEV; save both "
        "(spaCy to_disk; meta.json records seed, config, split, thresholds, policy).",
    )
    t.add_argument(
        "--output", default=str(MODEL_DIR), metavar="DIR", help="where to save (default: the packaged model)"
    )
    t.add_argument("--train", default="corpora/train", metavar="DIR", help="gold training folder")
    t.add_argument(
        "--dev", default="corpora/dev", metavar="DIR", help="gold dev folder (calibration, thresholds)"
    )
    t.add_argument(
        "--extra", nargs="*", default=[], metavar="REVIEWED.yaml", help="reviewed files to train on as well"
    )
    t.add_argument(
        "--spans-output",
        default=None,
        metavar="DIR",
        help="where to save the span model (default: the packaged one; with --output DIR, DIR/spans)",
    )
    t.add_argument("--seed", type=int, default=0, metavar="N", help="random seed (default 0)")
    t.add_argument("--epochs", type=int, default=20, metavar="N", help="training epochs (default 20)")
    t.add_argument("--span-epochs", type=int, default=20, metavar="N", help="span model epochs (default 20)")
    t.add_argument(
        "--limit", type=int, default=None, metavar="N", help="use only the first N training documents"
    )
    t.set_defaults(func=cmd_train)
