"""Write an empty gold review file for a raw corpus document (annotators fill `directives:`).

Usage: python scripts/gold_skeleton.py corpora/raw/NNN_name.txt SPLIT
       [--date YYYY-MM-DD] [--approximate] [--type T] [--origin O]
"""

from __future__ import annotations

import argparse
import hashlib
from datetime import date as _date
from pathlib import Path

import yaml


class _Literal(str):
    pass


def _literal(dumper: yaml.SafeDumper, data: _Literal) -> yaml.Node:
    return dumper.represent_scalar("tag:yaml.org,2002:str", str(data), style="|")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("raw", type=Path)
    ap.add_argument("split", choices=["train", "dev", "test", "agreement"])
    ap.add_argument("--date", default=None)
    ap.add_argument("--approximate", action="store_true")
    ap.add_argument("--type", default=None)
    ap.add_argument("--origin", default=None)
    a = ap.parse_args()
    text = a.raw.read_text(encoding="utf-8")
    doc_id = a.raw.stem
    out = Path("corpora") / a.split / f"{doc_id}.review.yaml"
    if out.exists():
        raise SystemExit(f"{out}: exists; not overwritten")
    out.parent.mkdir(parents=True, exist_ok=True)
    dumper = yaml.SafeDumper
    dumper.add_representer(_Literal, _literal)
    head = {
        "format": "directive-extract-review/1",
        "document": {
            "id": doc_id,
            "source": str(a.raw),
            "origin": a.origin,
            "type": a.type,
            "date": _date.fromisoformat(a.date) if a.date else None,
            "date_approximate": a.approximate,
            "issuer": None,
            "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
        },
        "reviewer": None,
        "directives": [],
    }
    body = yaml.dump(head, Dumper=dumper, allow_unicode=True, sort_keys=False, width=10_000)
    tail = yaml.dump({"text": _Literal(text)}, Dumper=dumper, allow_unicode=True, width=10_000)
    if yaml.safe_load(tail)["text"] != text:
        raise SystemExit(f"{a.raw}: text does not round-trip through a literal block")
    header = "# yaml-language-server: $schema=../../schemas/review-file.schema.json\n"
    out.write_text(header + body + tail, encoding="utf-8")
    print(out)


if __name__ == "__main__":
    main()
