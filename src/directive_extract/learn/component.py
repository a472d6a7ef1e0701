"""``de_clause_model``: fuse the clause classifier with the rule drafts.

Runs after ``de_assemble``. Fusion policy, by ``mode``:

- ``hybrid``: a rule draft is kept unless the model's calibrated probability that its clause is
  a directive is below ``drop_below``; a clause the rules skipped becomes a directive when that
  probability reaches ``add_above`` (a high bar: the model fills gaps only where it is sure).
- ``model``: the classifier alone decides (probability ≥ ``model_threshold``); the fields of a
  kept clause still come from the rules (the rule draft, or one built for the clause).

A clause the rules skipped gets the assembler's inheritance (:func:`forced_draft`), down to the
document's opening addressees (``inherit_document``).

Every draft the model touches gets ``confidence`` = the calibrated probability (Platt scaling fitted
on dev, see :mod:`directive_extract.learn.train`) and ``"model:clause"`` in its provenance; a draft
the model added has provenance ``["model:clause", …]`` without an ``assemble.*`` rule. A directive
kept with a probability below ``review_below`` (0.7) also gets ``"model:low-confidence"``: the
items to review first.

Example: under "UBND tỉnh yêu cầu các sở, ngành:" the item "- Rà soát, sửa đổi quy chế phối hợp"
that the rules miss (no cue, no actor) may be added when the model is confident.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from directive_extract.components.assemble import (
    ROLES,
    Assembler,
    Unit,
    _after_phrases,
    _best_cue,
    _body,
    _chain,
    _chain_before,
    _lex,
    _skip_ws,
)
from directive_extract.components.common import DRAFT
from directive_extract.draft import DirectiveDraft, DocumentDraft, Mention
from directive_extract.learn.features import UnitView, unit_views

MODEL_DIR = Path(__file__).resolve().parent.parent / "trained" / "clause"
LABEL = "DIRECTIVE"
MODALITIES = ("obligation", "request", "prohibition", "permission")
PROVENANCE = "model:clause"
LOW_CONFIDENCE = "model:low-confidence"
RULE_DRAFT = "de.rule_draft"  # the rule draft, before the fusion


@dataclass(frozen=True)
class Fusion:
    """Calibration and thresholds chosen on dev (stored in the model's ``meta.json``)."""

    platt_a: float = 1.0
    platt_b: float = 0.0
    drop_below: float = 0.0
    add_above: float = 1.01
    model_threshold: float = 0.5
    review_below: float = 0.7  # a kept directive below this is flagged for review (provenance)
    # an added clause that names nobody inherits the document's opening addressees, as the rules'
    # clauses do (Assembler.default_addressees; GUIDELINES: items inherit their lead-in's)
    inherit_document: bool = True

    def calibrate(self, p: float) -> float:
        """Platt scaling of a raw score: ``sigmoid(a·logit(p) + b)``."""
        p = min(max(p, 1e-6), 1 - 1e-6)
        z = self.platt_a * math.log(p / (1 - p)) + self.platt_b
        return 1.0 / (1.0 + math.exp(-z))


class ClauseModel:
    """The trained classifier (a spaCy pipeline over unit words) and its fusion settings."""

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp
        info: dict[str, Any] = nlp.meta.get("directive_extract", {})
        self.fusion = Fusion(**info.get("fusion", {}))
        self.info = info

    @classmethod
    def load(cls, path: str | Path = MODEL_DIR) -> ClauseModel:
        return cls(spacy.load(Path(path)))

    def raw_scores(self, views: list[UnitView]) -> list[dict[str, float]]:
        docs = [Doc(self.nlp.vocab, words=v.words or ["__empty__"]) for v in views]
        out = []
        for doc in self.nlp.pipe(docs, batch_size=256):
            out.append(dict(doc.cats))
        return out

    def scores(self, views: list[UnitView]) -> list[tuple[float, str]]:
        """``(calibrated P(directive), most likely modality)`` of every unit."""
        out = []
        for cats in self.raw_scores(views):
            mod = max(MODALITIES, key=lambda m: (cats.get(m, 0.0), -MODALITIES.index(m)))
            out.append((self.fusion.calibrate(cats.get(LABEL, 0.0)), mod))
        return out


@lru_cache(maxsize=4)
def packaged_model(path: str = str(MODEL_DIR)) -> ClauseModel:
    """The model shipped in the package (loaded once per process, from disk only)."""
    return ClauseModel.load(path)


def forced_draft(
    asm: Assembler,
    u: Unit,
    modality: str,
    fallback: list[Mention],
    prev: DirectiveDraft | None = None,
    deadline: Mention | None = None,
) -> DirectiveDraft:
    """A draft for a clause the rules did not take, with the assembler's inheritance: addressees
    written at the clause start or after its cue, else :meth:`Assembler.default_addressees` (the
    directive before in the same sentence ``prev``, the subject opening its list item, the
    lead-in's, the document's), else ``fallback``; the deadline written in the clause,
    else ``deadline`` (Assembler.unit_deadlines: the limit closing it or a later clause of its
    sentence, or its item), else the lead-in's."""
    text = asm.text
    d = DirectiveDraft(u.start, u.end, modality, PROVENANCE)
    d.provenance.append(PROVENANCE)
    every = asm.within(asm.actors, u.start, u.end)
    d.coordinators = [
        a for g in _after_phrases(_lex("coordination", ROLES), every, text, u.start, u.end) for a in g
    ]
    d.reported_to = [
        a for g in _after_phrases(_lex("advising", ROLES), every, text, u.start, u.end) for a in g
    ]
    taken = {id(a) for a in d.coordinators + d.reported_to}
    actors = [a for a in every if id(a) not in taken]
    cue = _best_cue(asm.within(asm.cues, u.start, u.end))
    ctx = asm.context_of(u.block)
    body = _body(asm.seg, u, text)
    action_from = body
    if cue is not None:
        d.cue = cue
        if cue.values["pattern"] == "object":
            d.addressees = _chain(actors, text, _skip_ws(text, cue.end, u.end, extra=("cho",)), u.end)
            action_from = d.addressees[-1].end if d.addressees else cue.end
        else:
            d.addressees = _chain_before(actors, text, u.start, cue.start)
            action_from = cue.end
    else:
        head = [a for a in actors if abs(a.start - body) < 4]
        if head:
            d.addressees = _chain(actors, text, head[0].start, u.end)
            action_from = d.addressees[-1].end if d.addressees else body
    if not d.addressees:
        # the assembler's own order (Assembler.default_addressees), ``fallback`` last
        got = asm.default_addressees(u, prev, ctx) or fallback
        d.addressees, d.addressees_inherited = got, bool(got)
    if prev is not None and prev.issuer is not None:
        d.issuer, d.issuer_inherited = prev.issuer, True
    if ctx is not None:
        if ctx.issuer is not None and d.issuer is None:
            d.issuer, d.issuer_inherited = ctx.issuer, True
        if d.cue is None and ctx.cue is not None:
            d.cue = ctx.cue
    asm.fill_time_targets_action(d, u, deadline, ctx, every, action_from)
    return d


def fuse(
    doc: Doc, model: ClauseModel, mode: str, fusion: Fusion | None = None, asm: Assembler | None = None
) -> DocumentDraft:
    """The fused draft of ``doc`` (after ``de_assemble``); ``doc``'s own draft is left as it was."""
    fusion = fusion or model.fusion
    old: DocumentDraft = doc.user_data[DRAFT]
    asm = asm or Assembler(doc)
    views = unit_views(doc, asm)
    scores = model.scores(views)
    return fuse_scored(asm, old, views, scores, mode, fusion)


def fuse_scored(
    asm: Assembler,
    old: DocumentDraft,
    views: list[UnitView],
    scores: list[tuple[float, str]],
    mode: str,
    fusion: Fusion,
) -> DocumentDraft:
    """:func:`fuse` once the units are scored (training tunes the thresholds with this)."""
    new = DocumentDraft(old.document_date, old.document_date_source, old.document_date_span, old.issuer, [])
    fallback = _document_addressees(old) if fusion.inherit_document else []
    asm.document_addressees, asm.item_subjects = fallback, {}  # rebuilt as the rules built them
    placed = {id(v.draft) for v in views if v.draft is not None}
    # the assembler's own closing limits (and its item-limit sentences), as its rule drafts got them
    closing = asm.unit_deadlines([v.unit for v in views])
    prev: DirectiveDraft | None = None
    for v, (p, modality), dl in zip(views, scores, closing, strict=True):
        if prev is not None and v.unit.index_in_sentence == 0:
            prev = None
        if v.draft is not None:
            asm.note_item_subject(v.unit, v.draft)  # as the rules did, in order
        if v.draft is None and v.unit.sentence in asm.deadline_sentences:
            continue  # "Hoàn thành trước ngày 30/10/2025.": an item's time limit, not a task
        if mode == "hybrid":
            keep = p >= fusion.drop_below if v.draft is not None else p >= fusion.add_above
        else:
            keep = p >= fusion.model_threshold
        if not keep:
            continue
        d = v.draft
        if d is None:
            d = forced_draft(asm, v.unit, modality, fallback, prev, dl)
            if d.issuer is None and old.issuer is not None:
                d.issuer, d.issuer_inherited = old.issuer, True
        else:
            d = _copy(d)
            d.provenance.append(PROVENANCE)
        d.confidence = round(p, 3)
        if p < fusion.review_below:
            d.provenance.append(LOW_CONFIDENCE)
        new.directives.append(d)
        prev = d
    # a rule draft whose span is not a unit (none today) is kept as the rules made it
    for d in old.directives:
        if id(d) not in placed:
            new.directives.append(d)
    new.directives.sort(key=lambda d: (d.start, d.end))
    return new


def _copy(d: DirectiveDraft) -> DirectiveDraft:
    from dataclasses import replace

    return replace(d, provenance=list(d.provenance))


def _document_addressees(draft: DocumentDraft) -> list[Mention]:
    for d in draft.directives[:2]:
        if (
            d.cue is not None
            and d.cue.values.get("pattern") == "object"
            and d.addressees
            and not d.addressees_inherited
            and d.issuer is not None
        ):
            return d.addressees
    return []


@Language.factory("de_clause_model", default_config={"mode": "hybrid", "path": ""})
def make_clause_model(nlp: Language, name: str, mode: str, path: str) -> ClauseFusion:
    return ClauseFusion(mode, path)


class ClauseFusion:
    """The pipeline component: replaces ``doc.user_data["de.draft"]`` with the fused draft."""

    def __init__(self, mode: str, path: str = "") -> None:
        if mode not in ("model", "hybrid"):
            raise ValueError(f"de_clause_model: mode {mode!r}; expected 'model' or 'hybrid'")
        self.mode = mode
        self.model = packaged_model(path or str(MODEL_DIR))

    def __call__(self, doc: Doc) -> Doc:
        doc.user_data[RULE_DRAFT] = doc.user_data[DRAFT]  # the span model's features read it
        doc.user_data[DRAFT] = fuse(doc, self.model, self.mode)
        return doc


def model_info(path: str | Path = MODEL_DIR) -> dict[str, Any]:
    """The training record of a saved model (``meta.json`` → ``directive_extract``)."""
    meta = json.loads((Path(path) / "meta.json").read_text(encoding="utf-8"))
    return meta.get("directive_extract", {})  # type: ignore[no-any-return]
