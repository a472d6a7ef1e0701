"""Run the pipeline over gold review files and score it; compare two runs; annotator agreement."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from directive_extract.evaluate.scoring import FIELDS, Scores, score_document
from directive_extract.models import Document

Predictor = Callable[[str, Document], Document]


def gold_folder(folder: Path) -> list[tuple[str, str, Document]]:
    """``(doc id, text, gold Document)`` for every review file under ``folder``, sorted."""
    from directive_extract.review import gold_documents

    out = []
    for text, doc in gold_documents(folder):
        out.append((doc.source or "", text, doc))
    return sorted(out, key=lambda x: x[0])


def evaluate(gold: list[tuple[str, str, Document]], predict: Predictor) -> dict[str, Any]:
    """Score ``predict`` on every gold document: overall, per document, and the worst errors."""
    total = Scores()
    per_doc = []
    for doc_id, text, g in gold:
        p = predict(text, g)
        s = score_document(p, g, doc_id)
        total.add(s)
        per_doc.append(
            {
                "document": doc_id,
                "gold": len(g.directives),
                "predicted": len(p.directives),
                "matched": s.detection.tp,
                "f1": round(s.detection.f1, 4),
            }
        )
    return {
        "documents": len(gold),
        "gold_directives": sum(len(g.directives) for _, _, g in gold),
        "overall": total.as_dict(),
        "per_document": per_doc,
        "errors": total.errors,
    }


def pipeline_predictor(mode: str | None = None) -> Predictor:
    from directive_extract.pipeline import Pipeline, Settings

    pipe = Pipeline(Settings(mode=mode)) if mode else Pipeline()  # type: ignore[arg-type]

    def predict(text: str, gold: Document) -> Document:
        return pipe(text, document_date=gold.document_date, source=gold.source)

    return predict


def agreement(folders_a: list[Path], folder_b: Path) -> dict[str, Any]:
    """Inter-annotator agreement: B scored against A (F1 is symmetric) on the documents both hold."""
    a = {d: (t, g) for folder in folders_a for d, t, g in gold_folder(folder)}
    b = {d: (t, g) for d, t, g in gold_folder(folder_b)}
    common = sorted(set(a) & set(b), key=str)
    gold = [(d, a[d][0], a[d][1]) for d in common]
    other = {d: b[d][1] for d in common}
    return evaluate(gold, lambda _text, g: other[g.source or ""])


def _f(x: float | None) -> str:
    return "—" if x is None else f"{x:.3f}"


def summary_rows(result: dict[str, Any]) -> list[tuple[str, str, str, str]]:
    """(field, P, R, F1 or accuracy) rows of the overall figures."""
    o = result["overall"]
    rows = [
        (
            "directives",
            _f(o["directives"]["precision"]),
            _f(o["directives"]["recall"]),
            _f(o["directives"]["f1"]),
        )
    ]
    for name in FIELDS:
        rows.append((name, _f(o[name]["precision"]), _f(o[name]["recall"]), _f(o[name]["f1"])))
    rows.append(("action token F1", "", "", _f(o["action"]["token_f1"])))
    rows.append(("action exact boundary", "", "", _f(o["action"]["exact"])))
    rows.append(("deadline relation acc.", "", "", _f(o["deadline_relation"]["accuracy"])))
    rows.append(("modality accuracy", "", "", _f(o["modality"]["accuracy"])))
    for name in FIELDS:
        e = o["end_to_end"][name]
        rows.append((f"{name} (end to end)", _f(e["precision"]), _f(e["recall"]), _f(e["f1"])))
    cal = o.get("calibration")
    if cal is not None:
        label = f"confidence ≥ {cal['threshold']} correct"
        rows.append((label, "", f"{cal['matched']}/{cal['predicted']}", _f(cal["share"])))
    return rows


def format_report(result: dict[str, Any], *, errors: int = 15, baseline: dict[str, Any] | None = None) -> str:
    lines = [f"{result['documents']} documents, {result['gold_directives']} gold directives", ""]
    base_rows = {r[0]: r for r in summary_rows(baseline)} if baseline else {}
    header = f"{'field':<24} {'P':>7} {'R':>7} {'F1/acc':>7}"
    if baseline:
        header += f" {'Δ F1':>8}"
    lines += [header, "-" * len(header)]
    for row in summary_rows(result):
        line = f"{row[0]:<24} {row[1]:>7} {row[2]:>7} {row[3]:>7}"
        if baseline and row[0] in base_rows:
            old, new = base_rows[row[0]][3], row[3]
            if old not in ("—", "") and new not in ("—", ""):
                delta = float(new) - float(old)
                line += f" {delta:>+8.3f}" + (
                    "  better" if delta > 0.0005 else "  worse" if delta < -0.0005 else ""
                )
        lines.append(line)
    lines += ["", f"{'document':<56} {'gold':>5} {'pred':>5} {'match':>5} {'F1':>6}"]
    for d in result["per_document"]:
        lines.append(
            f"{d['document'][:56]:<56} {d['gold']:>5} {d['predicted']:>5} {d['matched']:>5} {d['f1']:>6.3f}"
        )
    if errors and result["errors"]:
        lines += ["", f"worst errors (first {errors} of {len(result['errors'])}, missed and spurious first):"]
        order = {"missed": 0, "spurious": 1}
        for e in sorted(result["errors"], key=lambda e: order.get(e["kind"], 2))[:errors]:
            detail = {k: v for k, v in e.items() if k not in ("document", "kind")}
            lines.append(f"  [{e['kind']}] {e['document']}: {detail}")
    return "\n".join(lines)
