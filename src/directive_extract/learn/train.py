"""Train the clause classifier on ``corpora/train``, calibrate and tune the fusion on ``corpora/dev``.

Reproducible: one seed fixes spaCy/thinc/numpy and the shuffling; the documents are read in
sorted order; the saved ``meta.json`` (key ``directive_extract``) records the seed, the spaCy
config, the epochs, the calibration, the thresholds, the dev scores of every mode and the exact
list of training and dev documents (with a SHA-1 of each text).

A unit is labelled DIRECTIVE when it overlaps a gold directive by at least half of the shorter of
the two (the scorer's own overlap); its modality label is that directive's modality. E.g. the unit
"Giao Sở Y tế chủ trì, hướng dẫn các địa phương" is a positive with label ``obligation``.
"""

from __future__ import annotations

import hashlib
import random
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

import numpy as np
import spacy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.training import Example

from directive_extract.components.assemble import Assembler
from directive_extract.components.common import DRAFT
from directive_extract.draft import DocumentDraft
from directive_extract.evaluate.scoring import Scores, score_document
from directive_extract.learn.component import LABEL, MODALITIES, ClauseModel, Fusion, fuse_scored
from directive_extract.learn.features import UnitView, rule_doc, unit_views
from directive_extract.learn.span_fusion import SpanPolicy, Spans, fuse_spans, search_policy
from directive_extract.learn.spans import SPANS_DIR
from directive_extract.learn.train_spans import save_spans, train_spans
from directive_extract.models import Document
from directive_extract.normalize import Normalized
from directive_extract.records import RecordBuilder

LABELS = (LABEL, *MODALITIES)
CONFIG: dict[str, Any] = {
    "threshold": 0.5,
    "model": {
        "@architectures": "spacy.TextCatBOW.v3",
        "exclusive_classes": False,
        "ngram_size": 2,
        "no_output_layer": False,
        "length": 65536,
    },
}
DROP_GRID = (0.0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5)
ADD_GRID = (0.4, 0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 1.01)
MODEL_GRID = (0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7)


@dataclass
class Prepared:
    """One gold document run through the rules, split into labelled units."""

    name: str
    digest: str
    norm: Normalized
    gold: Document
    asm: Assembler
    draft: DocumentDraft
    views: list[UnitView]
    labels: list[dict[str, float]] = field(default_factory=list)


def _overlap(a0: int, a1: int, b0: int, b1: int) -> float:
    inter = min(a1, b1) - max(a0, b0)
    return inter / max(1, min(a1 - a0, b1 - b0)) if inter > 0 else 0.0


def prepare(nlp: Language, name: str, text: str, gold: Document) -> Prepared:
    """Run the rules over ``text`` and label its units from ``gold``."""
    doc, norm = rule_doc(nlp, text, gold.document_date)
    asm = Assembler(doc)
    views = unit_views(doc, asm)
    spans = [(norm.from_raw(d.start), norm.from_raw(d.end), d.modality) for d in gold.directives]
    labels = []
    for v in views:
        best, mod = 0.0, ""
        for s, e, m in spans:
            ov = _overlap(v.unit.start, v.unit.end, s, e)
            if ov > best:
                best, mod = ov, m
        cats = {lab: 0.0 for lab in LABELS}
        if best >= 0.5:
            cats[LABEL] = 1.0
            cats[mod] = 1.0
        labels.append(cats)
    digest = hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:12]
    return Prepared(name, digest, norm, gold, asm, doc.user_data[DRAFT], views, labels)


def load_gold(folder: str | Path) -> list[tuple[str, str, Document]]:
    """``(name, text, gold)`` of every review file under ``folder``, sorted by name."""
    from directive_extract.review import gold_documents

    out = [(Path(g.source or "").name or f"doc{i}", t, g) for i, (t, g) in enumerate(gold_documents(folder))]
    return sorted(out, key=lambda x: x[0])


def load_reviewed(paths: Sequence[str | Path]) -> list[tuple[str, str, Document]]:
    """``(name, text, corrected Document)`` of reviewed files given one by one (``--extra``)."""
    from directive_extract.review.apply import apply_review, review_text

    out = []
    for p in paths:
        doc = apply_review(p)
        out.append((Path(doc.source or "").name or Path(p).name, review_text(p), doc))
    return out


def _rules_nlp() -> Language:
    from directive_extract.pipeline import Pipeline, Settings

    return Pipeline(Settings(mode="rules")).nlp


def _classifier(seed: int) -> Language:
    spacy.util.fix_random_seed(seed)
    nlp = spacy.blank("xx")
    tc = nlp.add_pipe("textcat_multilabel", config=CONFIG)
    for lab in LABELS:
        tc.add_label(lab)
    return nlp


def _examples(nlp: Language, docs: list[Prepared]) -> list[Example]:
    out = []
    for p in docs:
        for v, cats in zip(p.views, p.labels, strict=True):
            out.append(
                Example(
                    Doc(nlp.vocab, words=v.words or ["__empty__"]),
                    Doc(nlp.vocab, words=v.words or ["__empty__"]),
                )
            )
            out[-1].reference.cats = dict(cats)
    return out


def _raw(nlp: Language, docs: list[Prepared]) -> tuple[np.ndarray, np.ndarray]:
    model = ClauseModel(nlp)
    ps, ys = [], []
    for p in docs:
        for cats, lab in zip(model.raw_scores(p.views), p.labels, strict=True):
            ps.append(cats[LABEL])
            ys.append(lab[LABEL])
    return np.array(ps), np.array(ys)


def _log_loss(p: np.ndarray, y: np.ndarray) -> float:
    p = np.clip(p, 1e-6, 1 - 1e-6)
    return float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))


def platt(p: np.ndarray, y: np.ndarray, iters: int = 100) -> tuple[float, float]:
    """Fit ``sigmoid(a·logit(p) + b)`` to labels ``y`` by Newton's method (Platt's targets)."""
    p = np.clip(p, 1e-6, 1 - 1e-6)
    x = np.log(p / (1 - p))
    n_pos, n_neg = float(y.sum()), float(len(y) - y.sum())
    t = np.where(y > 0.5, (n_pos + 1) / (n_pos + 2), 1 / (n_neg + 2))
    a, b = 1.0, 0.0
    for _ in range(iters):
        q = 1 / (1 + np.exp(-(a * x + b)))
        g = np.array([np.sum((q - t) * x), np.sum(q - t)])
        w = q * (1 - q) + 1e-9
        h = np.array([[np.sum(w * x * x), np.sum(w * x)], [np.sum(w * x), np.sum(w)]]) + 1e-6 * np.eye(2)
        step = np.linalg.solve(h, g)
        a, b = a - step[0], b - step[1]
        if np.abs(step).max() < 1e-9:
            break
    return float(a), float(b)


def score_mode(
    model: ClauseModel,
    docs: list[Prepared],
    mode: str,
    fusion: Fusion,
    cache: dict[int, Any] | None = None,
    spans: list[Spans] | None = None,
    policy: SpanPolicy | None = None,
) -> Scores:
    """Scores of ``mode`` over ``docs`` with the full scorer (``rules`` ignores the model); with
    ``spans`` (the span model's predictions per document) and ``policy``, the span fusion too."""
    total = Scores()
    for i, p in enumerate(docs):
        if mode == "rules":
            draft = p.draft
        else:
            if cache is not None and i in cache:
                scores = cache[i]
            else:
                scores = model.scores(p.views)
                if cache is not None:
                    cache[i] = scores
            draft = fuse_scored(p.asm, p.draft, p.views, scores, mode, fusion)
            if spans is not None and policy is not None:
                draft = fuse_spans(p.asm, draft, spans[i], policy)
        draft.document_date = p.gold.document_date
        pred = RecordBuilder(p.norm).document(draft, p.gold.source)
        total.add(score_document(pred, p.gold, p.name))
    return total


def objective(s: Scores) -> float:
    """What the thresholds maximise on dev: directive F1 plus the mean F1 of the fields (so that
    a threshold which adds clauses must also keep their fields right)."""
    fields = [v.f1 for v in s.fields.values()]
    return round(s.detection.f1 + sum(fields) / max(1, len(fields)), 5)


def _brief(scores: dict[str, Any]) -> dict[str, Any]:
    """Directive and field F1 of a ``Scores.as_dict()``."""
    keys = ("directives", "addressees", "coordinators", "issuer", "deadline", "recurrence", "targets")
    return {k: scores[k]["f1"] for k in keys}


def train(
    output: str | Path,
    *,
    train_dir: str | Path = "corpora/train",
    dev_dir: str | Path = "corpora/dev",
    extra: Sequence[str | Path] = (),
    seed: int = 0,
    epochs: int = 20,
    limit: int | None = None,
    spans_output: str | Path | None = SPANS_DIR,
    span_epochs: int = 20,
    log: Callable[[str], None] = print,
) -> dict[str, Any]:
    """Train, calibrate, tune and save both models (the span model to ``spans_output``; ``None``:
    the clause model only); return the clause model's training record (``meta.json``)."""
    t0 = time.monotonic()
    rules = _rules_nlp()
    train_gold = load_gold(train_dir)[:limit] + load_reviewed(extra)
    dev_gold = load_gold(dev_dir)
    tr = [prepare(rules, n, t, g) for n, t, g in train_gold]
    dv = [prepare(rules, n, t, g) for n, t, g in dev_gold]
    log(f"prepared {len(tr)} train / {len(dv)} dev documents in {time.monotonic() - t0:.1f}s")
    nlp = _classifier(seed)
    examples = _examples(nlp, tr)
    nlp.initialize(lambda: examples)
    rng = random.Random(seed)
    best: tuple[float, int, bytes] | None = None
    for epoch in range(1, epochs + 1):
        rng.shuffle(examples)
        losses: dict[str, float] = {}
        for i in range(0, len(examples), 32):
            nlp.update(examples[i : i + 32], drop=0.2, losses=losses)
        p, y = _raw(nlp, dv)
        ll = _log_loss(p, y)
        if best is None or ll < best[0] - 1e-6:
            best = (ll, epoch, nlp.to_bytes())
        log(f"epoch {epoch:2d} loss {losses.get('textcat_multilabel', 0.0):.3f} dev log-loss {ll:.4f}")
    assert best is not None
    nlp.from_bytes(best[2])
    p, y = _raw(nlp, dv)
    a, b = platt(p, y)
    model = ClauseModel(nlp)
    cal = Fusion(platt_a=a, platt_b=b)
    model.fusion = cal
    cache: dict[int, Any] = {}
    dev_scores: dict[str, Any] = {"rules": score_mode(model, dv, "rules", cal).as_dict()}
    best_h = max(
        (Fusion(a, b, drop, add) for drop in DROP_GRID for add in ADD_GRID),
        key=lambda f: objective(score_mode(model, dv, "hybrid", f, cache)),
    )
    best_m = max(
        (replace(best_h, model_threshold=t) for t in MODEL_GRID),
        key=lambda f: objective(score_mode(model, dv, "model", f, cache)),
    )
    fusion = best_m
    model.fusion = fusion
    for mode in ("hybrid", "model"):
        dev_scores[mode] = score_mode(model, dv, mode, fusion, cache).as_dict()
    span_info: dict[str, Any] | None = None
    preds: list[Spans] | None = None
    policy: SpanPolicy | None = None
    if spans_output is not None:
        t1 = time.monotonic()
        span_model = train_spans(tr, dv, seed=seed, epochs=span_epochs, log=log)
        preds = [span_model.predict(p.asm.doc, p.asm, p.draft) for p in dv]
        policy, tried = search_policy(
            lambda pol: objective(score_mode(model, dv, "hybrid", fusion, cache, preds, pol))
        )
        for mode in ("hybrid", "model"):
            dev_scores[mode] = score_mode(model, dv, mode, fusion, cache, preds, policy).as_dict()
        span_info = span_model.info
        span_info.update(
            {
                "policy": policy.as_dict(),
                "policy_objective_on_dev": {k: v for k, v in sorted(tried.items(), key=lambda kv: -kv[1])},
                "dev_scores": {m: _brief(s) for m, s in dev_scores.items()},
                "train_documents": [{"name": d.name, "sha1": d.digest} for d in tr],
                "dev_documents": [{"name": d.name, "sha1": d.digest} for d in dv],
                "seconds": round(time.monotonic() - t1, 1),
            }
        )
        save_spans(span_model, spans_output)
        log(f"span model: policy {policy.as_dict()}; {span_info['seconds']}s")
    default = max(
        ("rules", "hybrid", "model"),
        key=lambda m: objective(score_mode(model, dv, m, fusion, cache, preds, policy)),
    )
    info: dict[str, Any] = {
        "seed": seed,
        "epochs": epochs,
        "best_epoch": best[1],
        "dev_log_loss": round(best[0], 5),
        "labels": list(LABELS),
        "config": spacy.util.copy_config(nlp.config).interpolate().to_str(),
        "fusion": asdict(fusion),
        "calibration": "Platt scaling: sigmoid(a*logit(p)+b) fitted on every dev unit's DIRECTIVE score",
        "default_mode": default,
        "dev_scores": {m: _brief(s) for m, s in dev_scores.items()},
        "span_model": str(spans_output) if spans_output is not None else None,
        "train_documents": [{"name": d.name, "sha1": d.digest} for d in tr],
        "dev_documents": [{"name": d.name, "sha1": d.digest} for d in dv],
        "train_units": sum(len(d.views) for d in tr),
        "train_positive_units": int(sum(lab[LABEL] for d in tr for lab in d.labels)),
        "seconds": round(time.monotonic() - t0, 1),
    }
    nlp.meta["name"] = "clause"
    nlp.meta["version"] = "0.1.0"
    nlp.meta["directive_extract"] = info
    out = Path(output)
    out.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(out)
    log(
        "dev directive F1: "
        + ", ".join(f"{m} {dev_scores[m]['directives']['f1']:.3f}" for m in ("rules", "model", "hybrid"))
        + f"; thresholds drop<{fusion.drop_below} add≥{fusion.add_above} model≥{fusion.model_threshold}"
        + f"; {info['seconds']}s"
    )
    return info
