"""Throughput of the full pipeline against underthesea's own word_tokenize, in one process.

Usage: python benchmarks/bench_pipeline.py [--mb 1.0] [--repeat 3] [--json out.json] [--skip-cli]
       [--skip-throughput] [--big-mb 5 10 50] [--stream]

Reports, on at least ``--mb`` MB of real text (the corpus in corpora/raw repeated):
- characters/s of ``underthesea.word_tokenize`` alone (the baseline) and of the full pipeline,
  and their ratio (full / word_tokenize: 1.0 = as fast as segmentation alone);
- directives/s; peak resident memory of this process;
- the CLI's cold start (a fresh process extracting a one-line input);
- the ``--jobs 2`` speed-up over ``--jobs 1`` on a folder of the corpus documents;
- with ``--big-mb``: for each size, ONE text of that many MB (the corpus repeated, in a temp dir)
  extracted by a fresh process (block mode): its throughput and peak resident memory, with the
  memory of the same process after loading the models and warming up (``base_rss_mb``); with
  ``--stream`` through ``Pipeline.iter_blocks``, dropping each block's result.
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RAW = ROOT / "corpora" / "raw"


def corpus(min_bytes: int) -> list[str]:
    docs = [p.read_text(encoding="utf-8") for p in sorted(RAW.glob("*.txt"))]
    out: list[str] = []
    size = 0
    while size < min_bytes:
        for d in docs:
            out.append(d)
            size += len(d.encode("utf-8"))
            if size >= min_bytes:
                break
    return out


BIG = """
import json, resource, sys, time
from pathlib import Path
from directive_extract.pipeline import Pipeline
pipe = Pipeline()
pipe("Giao Bộ Y tế hoàn thành trước ngày 15/12/2020.")
base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
text = Path(sys.argv[1]).read_text(encoding="utf-8")
t = time.perf_counter()
if sys.argv[2] == "stream":  # Pipeline.iter_blocks, each block's Document dropped after counting
    n = sum(len(part.directives) for part in pipe.iter_blocks(text))
    size = None
else:
    doc = pipe(text)
    n = len(doc.directives)
el = time.perf_counter() - t
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
if sys.argv[2] != "stream":
    size = round(len(doc.model_dump_json()) / 1e6, 1)
print(json.dumps({"mode": sys.argv[2], "characters": len(text), "seconds": round(el, 1),
                  "chars_per_s": round(len(text) / el), "directives": n, "base_rss_mb": round(base, 1),
                  "peak_rss_mb": round(peak, 1), "result_json_mb": size}))
"""


def big(mb: float, mode: str) -> dict[str, object]:
    """Extract one ``mb``-MB text in a fresh process; its speed and peak memory. ``mode``: "whole"
    (one ``Document``, all directives kept) or "stream" (``Pipeline.iter_blocks``, none kept)."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "big.txt"
        path.write_text("\n\n".join(corpus(int(mb * 1_000_000))), encoding="utf-8")
        out = subprocess.run(
            [sys.executable, "-c", BIG, str(path), mode], check=True, capture_output=True, text=True
        ).stdout
    res: dict[str, object] = json.loads(out)
    res["mb"] = mb
    return res


def timed(fn) -> float:  # type: ignore[no-untyped-def]
    t = time.perf_counter()
    fn()
    return time.perf_counter() - t


def cli(args: list[str]) -> float:
    exe = shutil.which("directive-extract")
    cmd = [exe] if exe else [sys.executable, "-m", "directive_extract.cli"]  # not installed: from PYTHONPATH
    t = time.perf_counter()
    subprocess.run([*cmd, *args], check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - t


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, default=1.0)
    ap.add_argument("--json", default=None)
    ap.add_argument("--skip-cli", action="store_true")
    ap.add_argument("--skip-throughput", action="store_true")
    ap.add_argument("--big-mb", type=float, nargs="*", default=[])
    ap.add_argument("--stream", action="store_true", help="--big-mb through Pipeline.iter_blocks")
    ap.add_argument("--mode", default=None, help="Settings.mode for the throughput (default: the package's)")
    ap.add_argument("--repeat", type=int, default=3, help="alternate the two timings; keep the best of each")
    a = ap.parse_args()
    result: dict[str, object] = {"command": " ".join(["python", *sys.argv])}
    if not a.skip_throughput:
        result.update(throughput(a.mb, a.repeat, a.mode))
    if not a.skip_cli:
        result.update(cli_figures())
    for mb in a.big_mb:
        mode = "stream" if a.stream else "whole"
        result[f"big_{mb:g}mb_{mode}"] = big(mb, mode)
    print(json.dumps(result, indent=2))
    if a.json:
        Path(a.json).write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0


def throughput(mb: float, repeat: int, mode: str | None = None) -> dict[str, object]:
    """Both timings alternated ``repeat`` times, the best of each kept (the machine is shared)."""
    from underthesea import word_tokenize

    from directive_extract.pipeline import Pipeline, Settings

    texts = corpus(int(mb * 1_000_000))
    chars = sum(len(t) for t in texts)
    nbytes = sum(len(t.encode("utf-8")) for t in texts)
    pipe = Pipeline(Settings(mode=mode)) if mode else Pipeline()  # type: ignore[arg-type]
    pipe(texts[0])  # warm both up: models loaded, caches filled
    word_tokenize(texts[0])
    segs: list[float] = []
    fulls: list[float] = []
    found: list[int] = []
    for _ in range(max(1, repeat)):
        segs.append(timed(lambda: [word_tokenize(ln) for t in texts for ln in t.split("\n") if ln.strip()]))
        found.clear()
        fulls.append(timed(lambda: found.extend(len(pipe(t).directives) for t in texts)))
    t_seg, t_full = min(segs), min(fulls)
    return {
        "bytes": nbytes,
        "characters": chars,
        "documents": len(texts),
        "mode": pipe.settings.mode,
        "repeat": repeat,
        "word_tokenize_s": [round(t, 2) for t in segs],
        "pipeline_s": [round(t, 2) for t in fulls],
        "word_tokenize_chars_per_s": round(chars / t_seg),
        "pipeline_chars_per_s": round(chars / t_full),
        "ratio_pipeline_to_word_tokenize": round(t_seg / t_full, 3),
        "directives_per_s": round(sum(found) / t_full, 1),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }


def cli_figures() -> dict[str, object]:
    result: dict[str, object] = {}
    with tempfile.TemporaryDirectory() as tmp:
        one = Path(tmp) / "one.txt"
        one.write_text("Giao Bộ Y tế hoàn thành trước ngày 15/12/2020.\n", encoding="utf-8")
        result["cli_cold_start_s"] = round(min(cli(["extract", str(one)]) for _ in range(3)), 2)
        folder = Path(tmp) / "docs"
        folder.mkdir()
        for p in sorted(RAW.glob("*.txt")):
            shutil.copy(p, folder / p.name)
        t1 = cli(["extract", str(folder), "--format", "jsonl", "--jobs", "1"])
        t2 = cli(["extract", str(folder), "--format", "jsonl", "--jobs", "2"])
        result["jobs1_s"] = round(t1, 2)
        result["jobs2_s"] = round(t2, 2)
        result["jobs2_speedup"] = round(t1 / t2, 2)
    return result


if __name__ == "__main__":
    sys.exit(main())
