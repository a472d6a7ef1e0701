"""Throughput of :func:`directive_extract.targets.find_targets`, in sentences per second.

Usage: python benchmarks/bench_targets.py [--rounds 5] [--corpus DIR]

Reads the ``*.txt`` documents of ``/work/shared/corpora-raw`` when that folder exists (else the repo's
``examples/``), normalises them, splits them into sentences (at line breaks and at ". " before a
capital letter), and times ``find_targets`` over all sentences ``--rounds`` times after one warm-up
pass (the warm-up also builds the lexicons). Prints sentences/s, sentences with a digit, and the
number of targets found per pass.
"""

from __future__ import annotations

import argparse
import re
import time
from pathlib import Path

from directive_extract.normalize import normalize_text
from directive_extract.targets import find_targets

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path("/work/shared/corpora-raw")
_SPLIT = re.compile(r"\n+|(?<=[.!?])\s+(?=[A-ZĐÀ-Ỹ])")


def sentences(folder: Path) -> list[str]:
    """Normalised, non-empty sentences of every ``*.txt`` file in ``folder``."""
    out: list[str] = []
    for path in sorted(folder.glob("*.txt")):
        text = normalize_text(path.read_text(encoding="utf-8"))
        out.extend(s.strip() for s in _SPLIT.split(text) if s.strip())
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--corpus", type=Path, default=None)
    a = ap.parse_args(argv)
    folder = a.corpus or (SHARED if SHARED.is_dir() else ROOT / "examples")
    sents = sentences(folder)
    if not sents:
        print(f"no sentences under {folder}")
        return 1
    found = sum(len(find_targets(s)) for s in sents)  # warm-up: builds the lexicons
    best = float("inf")
    total = 0.0
    for _ in range(max(1, a.rounds)):
        t = time.perf_counter()
        for s in sents:
            find_targets(s)
        dt = time.perf_counter() - t
        best = min(best, dt)
        total += dt
    mean = total / max(1, a.rounds)
    with_digit = sum(1 for s in sents if any(c.isdigit() for c in s))
    chars = sum(len(s) for s in sents)
    print(f"corpus: {folder} ({len(sents)} sentences, {with_digit} with a digit, {chars} characters)")
    print(f"targets found per pass: {found}")
    print(f"find_targets: {len(sents) / mean:,.0f} sentences/s mean, {len(sents) / best:,.0f} best "
          f"({chars / mean / 1e6:.2f} M chars/s) over {a.rounds} rounds")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
