"""Throughput of :func:`directive_extract.timex.find_deadlines` over every sentence of the corpus.

Usage: ``PYTHONPATH=src python benchmarks/bench_timex.py [--repeat 5] [--dir PATH]``

Reads ``/work/shared/corpora-raw/*.txt`` when present, else the repository's ``examples/*.txt``
(or ``--dir``), splits each document into sentences (line breaks and ``. ; ! ?``), resolves each
document's date with ``find_document_date`` and times ``find_deadlines(sentence, ref)`` over all
sentences, ``--repeat`` times after one warm-up pass (which also loads the lexicon). Prints
sentences/s, characters/s and time expressions found per second (stdout, one line each).
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from directive_extract.normalize import normalize_text  # noqa: E402
from directive_extract.timex import find_deadlines, find_document_date  # noqa: E402

SHARED = Path("/work/shared/corpora-raw")
_SENT = re.compile(r"(?<=[.;!?])\s+|\n+")


def load(folder: Path | None) -> list[tuple[list[str], object]]:
    """(sentences, document date) per document."""
    if folder is None:
        folder = SHARED if SHARED.is_dir() else ROOT / "examples"
    docs = []
    for p in sorted(folder.glob("*.txt")):
        text = normalize_text(p.read_text(encoding="utf-8"))
        found = find_document_date(text)
        sents = [s for s in _SENT.split(text) if s.strip()]
        docs.append((sents, found[0] if found else None))
    if not docs:
        raise SystemExit(f"no *.txt files in {folder}")
    return docs


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--dir", type=Path, default=None)
    args = ap.parse_args(argv)
    docs = load(args.dir)
    n_sent = sum(len(s) for s, _ in docs)
    n_chars = sum(len(x) for s, _ in docs for x in s)
    found = sum(len(find_deadlines(x, ref)) for s, ref in docs for x in s)  # warm-up
    t0 = time.perf_counter()
    for _ in range(args.repeat):
        for sents, ref in docs:
            for x in sents:
                find_deadlines(x, ref)  # type: ignore[arg-type]
    dt_s = time.perf_counter() - t0
    runs = args.repeat
    print(f"documents: {len(docs)}  sentences: {n_sent}  characters: {n_chars}  time expressions: {found}")
    print(f"sentences/s: {n_sent * runs / dt_s:,.0f}")
    print(f"characters/s: {n_chars * runs / dt_s:,.0f}")
    print(f"time expressions/s: {found * runs / dt_s:,.0f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
