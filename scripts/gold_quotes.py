"""Check that every quoted span of gold review files occurs in the document text (normalised).

Usage: PYTHONPATH=src python scripts/gold_quotes.py corpora/train/*.review.yaml
A stop-gap until `directive-extract review check` exists; prints problems, exit 1 if any.
"""

from __future__ import annotations

import hashlib
import re
import sys

import yaml

from directive_extract.normalize import normalize_text


def _key(s: str) -> str:
    return re.sub(r"\s+", " ", normalize_text(s)).strip()


def main(paths: list[str]) -> int:
    bad = 0
    for p in paths:
        with open(p, encoding="utf-8") as f:
            d = yaml.safe_load(f)
        text = d["text"]
        if hashlib.sha256(text.encode()).hexdigest() != d["document"]["sha256"]:
            print(f"{p}: sha256 mismatch")
            bad += 1
        hay = _key(text)
        for i, dv in enumerate(d.get("directives") or []):
            quotes = [("text", dv.get("text")), ("cue", dv.get("cue")), ("action", dv.get("action"))]
            for role in ("issuer",):
                if dv.get(role):
                    quotes.append((role, dv[role]["text"]))
            for role in ("addressees", "coordinators"):
                for a in dv.get(role) or []:
                    quotes.append((role, a["text"]))
            for f in ("deadline", "recurrence"):
                if dv.get(f):
                    quotes.append((f, dv[f]["text"]))
            for t in dv.get("targets") or []:
                quotes.append(("target", t["text"]))
                if t.get("metric"):
                    quotes.append(("metric", t["metric"]))
            for role, q in quotes:
                if q is not None and _key(q) not in hay:
                    print(f"{p}: directive {i} ({dv.get('id')}): {role} {q!r} not found in text")
                    bad += 1
        print(f"{p}: {len(d.get('directives') or [])} directives")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
