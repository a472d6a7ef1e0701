"""Scoring predicted directives against gold ones (pure: two ``Document`` objects in, counts out).

Matching rule: a predicted directive matches a gold one when their clauses overlap and their
actions agree — token F1 of the two actions ≥ 0.5 (syllables, case-folded); when either has no
action, clause overlap of at least half the shorter clause stands in. Pairs are made greedily,
best score first, one-to-one.

Field scores are computed over matched pairs (conditional on detection), so a field's figure
says how well it is filled when the directive is found:
- addressees, coordinators, issuer: P/R/F1 on normalised names (case-folded, "các " dropped);
- action: mean token F1 and the share of exact boundaries;
- deadline: P/R/F1 on (date), plus relation accuracy where both have one;
- recurrence: P/R/F1 on (period) where period None counts as a value of its own;
- targets: P/R/F1 on (comparator, value, unit) multisets;
- modality: accuracy.

Calibration check: of the predicted directives with ``confidence`` ≥ 0.9 (``CONFIDENT``), the
share matched to a gold directive (``calibration`` in :meth:`Scores.as_dict`).

End to end (``end_to_end``): the same field counts over every directive, so a directive that is
missed costs its fields' recall and a spurious one their precision; this is the figure a user of the
whole system sees, while the per-pair one says how well a found directive is filled.

Vacuous cases: precision is 1.0 when nothing was predicted and recall 1.0 when there was
nothing to find (so a field absent from both sides scores F1 = 1.0).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from directive_extract.models import Actor, Directive, Document
from directive_extract.normalize import fold

_TOKEN = re.compile(r"\w+", re.UNICODE)

FIELDS = ("addressees", "coordinators", "issuer", "deadline", "recurrence", "targets")
CONFIDENT = 0.9  # the calibration check: the share of directives at or above this that match


@dataclass
class PRF:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: PRF) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


@dataclass
class Scores:
    """Counts for one document or a whole corpus."""

    detection: PRF = field(default_factory=PRF)
    fields: dict[str, PRF] = field(default_factory=lambda: {f: PRF() for f in FIELDS})
    # end to end: every gold and predicted directive counts, so a missed directive's addressees
    # are missed addressees and a spurious directive's deadline a spurious deadline
    end_to_end: dict[str, PRF] = field(default_factory=lambda: {f: PRF() for f in FIELDS})
    action_f1_sum: float = 0.0
    action_exact: int = 0
    action_pairs: int = 0
    relation_ok: int = 0
    relation_pairs: int = 0
    modality_ok: int = 0
    pairs: int = 0
    confident: int = 0  # predicted directives with confidence >= CONFIDENT
    confident_matched: int = 0  # … of which matched to a gold directive
    errors: list[dict[str, Any]] = field(default_factory=list)

    def add(self, other: Scores) -> None:
        self.detection.add(other.detection)
        for k, v in other.fields.items():
            self.fields[k].add(v)
        for k, v in other.end_to_end.items():
            self.end_to_end[k].add(v)
        self.action_f1_sum += other.action_f1_sum
        self.action_exact += other.action_exact
        self.action_pairs += other.action_pairs
        self.relation_ok += other.relation_ok
        self.relation_pairs += other.relation_pairs
        self.modality_ok += other.modality_ok
        self.pairs += other.pairs
        self.confident += other.confident
        self.confident_matched += other.confident_matched
        self.errors.extend(other.errors)

    def as_dict(self) -> dict[str, Any]:
        return {
            "directives": self.detection.as_dict(),
            **{k: v.as_dict() for k, v in self.fields.items()},
            "action": {
                "token_f1": round(self.action_f1_sum / self.action_pairs, 4) if self.action_pairs else None,
                "exact": round(self.action_exact / self.action_pairs, 4) if self.action_pairs else None,
                "pairs": self.action_pairs,
            },
            "deadline_relation": {
                "accuracy": round(self.relation_ok / self.relation_pairs, 4) if self.relation_pairs else None,
                "pairs": self.relation_pairs,
            },
            "modality": {
                "accuracy": round(self.modality_ok / self.pairs, 4) if self.pairs else None,
                "pairs": self.pairs,
            },
            "end_to_end": {k: v.as_dict() for k, v in self.end_to_end.items()},
            "calibration": {
                "threshold": CONFIDENT,
                "predicted": self.confident,
                "matched": self.confident_matched,
                "share": round(self.confident_matched / self.confident, 4) if self.confident else None,
            },
        }


def tokens(text: str | None) -> list[str]:
    return _TOKEN.findall(fold(text)) if text else []


def token_f1(a: str | None, b: str | None) -> float:
    ta, tb = Counter(tokens(a)), Counter(tokens(b))
    if not ta and not tb:
        return 1.0
    common = sum((ta & tb).values())
    if not common:
        return 0.0
    p, r = common / sum(ta.values()), common / sum(tb.values())
    return 2 * p * r / (p + r)


def name_key(name: str) -> str:
    key = re.sub(r"\s+", " ", fold(name)).strip(" ,.;:")
    return re.sub(r"^(?:các|những)\s+", "", key)


def _names(actors: list[Actor]) -> Counter[str]:
    return Counter(name_key(a.name) for a in actors)


def _prf(pred: Counter[Any], gold: Counter[Any]) -> PRF:
    tp = sum((pred & gold).values())
    return PRF(tp, sum(pred.values()) - tp, sum(gold.values()) - tp)


def _overlap(a: Directive, b: Directive) -> float:
    inter = min(a.end, b.end) - max(a.start, b.start)
    if inter <= 0:
        return 0.0
    return inter / max(1, min(a.end - a.start, b.end - b.start))


def match_score(pred: Directive, gold: Directive) -> float:
    """0 when the pair does not match; otherwise a score to rank candidate pairs."""
    ov = _overlap(pred, gold)
    if ov <= 0:
        return 0.0
    if pred.action is not None and gold.action is not None:
        f = token_f1(pred.action.text, gold.action.text)
        return f + ov / 10 if f >= 0.5 else 0.0
    return ov if ov >= 0.5 else 0.0


def match(pred: list[Directive], gold: list[Directive]) -> list[tuple[int, int]]:
    """Greedy one-to-one pairs ``(pred index, gold index)``, best score first."""
    cands = []
    for i, p in enumerate(pred):
        for j, g in enumerate(gold):
            s = match_score(p, g)
            if s > 0:
                cands.append((s, i, j))
    cands.sort(key=lambda x: (-x[0], x[1], x[2]))
    used_p: set[int] = set()
    used_g: set[int] = set()
    pairs = []
    for _s, i, j in cands:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            pairs.append((i, j))
    return sorted(pairs, key=lambda x: x[1])


def _target_key(t: Any) -> tuple[str, float, str]:
    unit = fold(t.unit or "").strip()
    return (t.comparator, round(float(t.value), 6), unit)


def field_items(d: Directive) -> dict[str, Counter[Any]]:
    """What each field of ``d`` contributes to the counts, keyed as the scorer compares them."""
    return {
        "addressees": _names(d.addressees),
        "coordinators": _names(d.coordinators),
        "issuer": Counter([name_key(d.issuer.name)] if d.issuer else []),
        "deadline": Counter([d.deadline.date] if d.deadline else []),
        "recurrence": Counter([d.recurrence.period or "unspecified"] if d.recurrence else []),
        "targets": Counter(_target_key(t) for t in d.targets),
    }


def _unmatched(s: Scores, pred: Document, gold: Document, pairs: list[tuple[int, int]]) -> None:
    """End-to-end counts of the directives left out of ``pairs``: all missed or all spurious."""
    matched_p = {i for i, _ in pairs}
    matched_g = {j for _, j in pairs}
    for j, g in enumerate(gold.directives):
        if j not in matched_g:
            for f, items in field_items(g).items():
                s.end_to_end[f].add(PRF(0, 0, sum(items.values())))
    for i, p in enumerate(pred.directives):
        if i not in matched_p:
            for f, items in field_items(p).items():
                s.end_to_end[f].add(PRF(0, sum(items.values()), 0))


def score_document(pred: Document, gold: Document, doc_id: str = "") -> Scores:
    """Compare one predicted document with its gold version."""
    s = Scores()
    pairs = match(pred.directives, gold.directives)
    s.detection = PRF(len(pairs), len(pred.directives) - len(pairs), len(gold.directives) - len(pairs))
    _unmatched(s, pred, gold, pairs)
    matched_p = {i for i, _ in pairs}
    matched_g = {j for _, j in pairs}
    for i, p in enumerate(pred.directives):
        if p.confidence >= CONFIDENT:
            s.confident += 1
            s.confident_matched += i in matched_p
    for j, g in enumerate(gold.directives):
        if j not in matched_g:
            s.errors.append({"document": doc_id, "kind": "missed", "gold": g.text[:160]})
    for i, p in enumerate(pred.directives):
        if i not in matched_p:
            s.errors.append({"document": doc_id, "kind": "spurious", "predicted": p.text[:160]})
    for i, j in pairs:
        p, g = pred.directives[i], gold.directives[j]
        s.pairs += 1
        s.modality_ok += p.modality == g.modality
        p_items, g_items = field_items(p), field_items(g)
        prfs = {f: _prf(p_items[f], g_items[f]) for f in FIELDS}
        for f, prf in prfs.items():
            s.fields[f].add(prf)
            s.end_to_end[f].add(prf)  # a matched pair counts the same in both views
        for name in ("addressees", "coordinators"):
            prf = prfs[name]
            if prf.fp or prf.fn:
                s.errors.append(
                    {
                        "document": doc_id,
                        "kind": name,
                        "gold": sorted(g_items[name]),
                        "predicted": sorted(p_items[name]),
                        "clause": g.text[:100],
                    }
                )
        prf = prfs["deadline"]
        if prf.fp or prf.fn:
            s.errors.append(
                {
                    "document": doc_id,
                    "kind": "deadline",
                    "gold": [g.deadline.text, str(g.deadline.date)] if g.deadline else None,
                    "predicted": [p.deadline.text, str(p.deadline.date)] if p.deadline else None,
                    "clause": g.text[:100],
                }
            )
        if p.deadline and g.deadline:
            s.relation_pairs += 1
            s.relation_ok += p.deadline.relation == g.deadline.relation
        prf = prfs["targets"]
        if prf.fp or prf.fn:
            s.errors.append(
                {
                    "document": doc_id,
                    "kind": "targets",
                    "gold": [t.text for t in g.targets],
                    "predicted": [t.text for t in p.targets],
                    "clause": g.text[:100],
                }
            )
        if p.action is not None or g.action is not None:
            s.action_pairs += 1
            pa = p.action.text if p.action else None
            ga = g.action.text if g.action else None
            s.action_f1_sum += token_f1(pa, ga)
            s.action_exact += bool(pa and ga and " ".join(tokens(pa)) == " ".join(tokens(ga)))
    return s
