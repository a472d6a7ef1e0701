"""Build ``src/directive_extract/data/vi/verbs.yaml``: the verbs the pipeline recognises without a tagger.

Usage: PYTHONPATH=src python scripts/build_verb_lexicon.py [--threshold 0.5] [--min-count 1] [--check]

Runs underthesea's CRF POS tagger (:func:`directive_extract.tokens.crf_tag_words`, exactly as the
pipeline used to) over the training documents only: the files of ``corpora/raw`` whose review
file is under ``corpora/train`` or ``corpora/dev`` (never ``corpora/test``). Words are those the
pipeline sees (:func:`directive_extract.tokens.segment`, dictionary longest match); each occurrence
takes the tagger's tag of the word holding its first syllable. A word (lower-cased) is kept as a
verb when it is tagged "V" in MORE THAN ``--threshold`` (default 0.5, i.e. most) of its occurrences
and occurs at least ``--min-count`` times. The action verbs of ``data/vi/directives/filters.yaml``
(``imperatives``) tagged "V" at least once but not kept are added as a second entry.
``--check`` exits 1 when the committed file differs from what would be built.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

from directive_extract.data import data_path, load
from directive_extract.normalize import normalize_text
from directive_extract.tokens import VERBS, crf_tag_words, segment

ROOT = Path(__file__).resolve().parents[1]
RAW = ROOT / "corpora" / "raw"
SPLITS = ("train", "dev")
_WORD = re.compile(r"\w", re.UNICODE)
_DIGIT = re.compile(r"\d")


def training_files() -> list[Path]:
    """Raw texts whose review file is in ``corpora/train`` or ``corpora/dev``."""
    out: list[Path] = []
    for split in SPLITS:
        for review in sorted((ROOT / "corpora" / split).glob("*.review.yaml")):
            raw = RAW / (review.name.removesuffix(".review.yaml") + ".txt")
            if raw.exists():
                out.append(raw)
    return sorted(set(out))


def count(files: list[Path]) -> tuple[Counter[str], Counter[str]]:
    """(occurrences, occurrences tagged "V") per word as the pipeline segments it
    (:func:`directive_extract.tokens.segment`); a word's tag is the tagger's tag of the word that
    holds its first syllable (the tagger's words come from underthesea's own segmentation)."""
    seen: Counter[str] = Counter()
    verb: Counter[str] = Counter()
    for path in files:
        text = normalize_text(path.read_text(encoding="utf-8"))
        tagged = crf_tag_words(text)
        k = 0
        for s, _e, word in segment(text):
            while k < len(tagged) and tagged[k][1] <= s:
                k += 1
            if not _WORD.search(word) or _DIGIT.search(word):
                continue
            seen[word] += 1
            if k < len(tagged) and tagged[k][0] <= s and tagged[k][2] == "V":
                verb[word] += 1
    return seen, verb


def _yaml_list(words: list[str], indent: str) -> str:
    lines: list[str] = []
    line = indent
    for w in words:
        item = f'"{w}", '
        if len(line) + len(item) > 108:
            lines.append(line.rstrip())
            line = indent
        line += item
    lines.append(line.rstrip().rstrip(","))
    return "\n".join(lines)


def _comment_list(names: list[str]) -> str:
    return _yaml_list(names, "#   ").replace('"', "")


def build(threshold: float, min_count: int) -> str:
    files = training_files()
    seen, verb = count(files)
    tagged = sorted(w for w in seen if seen[w] >= min_count and verb[w] / seen[w] > threshold)
    imperatives: list[str] = []
    for item in load("directives/filters.yaml")["imperatives"]:
        for p in item["phrases"]:
            w = " ".join(normalize_text(p).lower().replace(",", " ").split())
            if w and w not in tagged and verb[w] > 0 and w not in imperatives:
                imperatives.append(w)
    imperatives.sort()
    names = [p.stem for p in files]
    return (
        "# Verbs: a word of these is tagged \"V\" by directive_extract.tokens (token.tag_), which the\n"
        "# assembly reads to split clauses and to find an actor's verb. GENERATED, do not edit by hand:\n"
        "#   PYTHONPATH=src python scripts/build_verb_lexicon.py"
        f" --threshold {threshold} --min-count {min_count}\n"
        "# from underthesea's POS tagger over the training documents only (train + dev, never test):\n"
        f"# a word is a verb when tagged V in more than {threshold:.0%} of its occurrences there.\n"
        f"# Documents: {len(files)}; words seen: {len(seen)}; verbs: {len(tagged)} + {len(imperatives)}.\n"
        f"{_comment_list(names)}\n"
        "entries:\n"
        "  - id: verbs.tagged\n"
        "    value: V\n"
        f"    threshold: {threshold}\n"
        f"    min_count: {min_count}\n"
        "    phrases: [\n"
        f"{_yaml_list(tagged, '      ')}\n"
        "    ]\n"
        "    examples: [\"Sở Y tế chủ trì, phối hợp với các cơ quan liên quan\"]\n"
        "    negatives: [\"cơ quan\", \"kết quả\"]\n"
        "  - id: verbs.imperatives   # action verbs of directives/filters.yaml the tagger also tags V\n"
        "    value: V\n"
        "    phrases: [\n"
        f"{_yaml_list(imperatives, '      ')}\n"
        "    ]\n"
        "    examples: [\"Tăng cường kiểm tra, giám sát\"]\n"
    )


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--threshold", type=float, default=0.5)
    ap.add_argument("--min-count", type=int, default=1)
    ap.add_argument("--check", action="store_true")
    a = ap.parse_args()
    out = build(a.threshold, a.min_count)
    path = data_path(VERBS)
    if a.check:
        same = path.exists() and path.read_text(encoding="utf-8") == out
        print("up to date" if same else f"{path} differs from the build", file=sys.stderr)
        return 0 if same else 1
    path.write_text(out, encoding="utf-8")
    print(f"wrote {path}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
