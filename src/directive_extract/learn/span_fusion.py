"""``de_span_model``: fuse the span model's role spans with the directives' fields.

Runs after ``de_clause_model`` (modes ``model`` and ``hybrid``). Policy (the switches are chosen
on dev by ``directive-extract train`` and stored in the span model's ``meta.json``):

- **addressees**: addressees the rules found *written in the clause* are kept (the rule wins
  inside its patterns). When the rules found none (``fill_addressees``), or only inherited ones
  (and ``replace_inherited``), the model's ``ADDRESSEE`` spans inside the clause are taken; else
  (``inherit``) those written nearest before it: earlier in its block, then in the blocks it hangs
  under, then in the nearest lead-in above (headers such as "2.2 Phòng Văn hoá - Thông tin:").
- **coordinators**, **issuer**: filled from the model's spans in the clause (the issuer also from
  the blocks above and the document's first ``ISSUER`` span) when the rules left them empty.
- **deadline**, **targets**: filled from the rule mentions (which carry the parsed date or value)
  that a model ``DEADLINE``/``TARGET`` span in the clause overlaps, when the rules left them empty;
  with ``veto_deadline``/``veto_targets`` a rule value that no model span overlaps is dropped.

A model span maps onto the rule actor mentions it overlaps (their canonical names and gazetteer
ids); a span with none becomes (``new_actors``) a new actor with the text as written (rule
``model:span``), or is ignored. Every
field the model filled or changed adds ``"model:span:<field>"`` to the directive's provenance.
``confidence`` stays the clause model's calibrated probability (the span model does not decide
whether a clause is a directive).

Example: under the header "2.2 Phòng Văn hoá - Thông tin:" the item "- Kiểm tra và xử phạt hành
chính …" has no addressee written; the rules inherit the document's opening addressees, the model
tags "Phòng Văn hoá - Thông tin" as ``ADDRESSEE`` and, with ``replace_inherited``, it replaces them.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import asdict, dataclass, fields, replace

from spacy.language import Language
from spacy.tokens import Doc

from directive_extract.components.assemble import Assembler
from directive_extract.components.common import DRAFT
from directive_extract.draft import DirectiveDraft, DocumentDraft, Mention
from directive_extract.learn.component import RULE_DRAFT
from directive_extract.learn.spans import HEADS, SPANS_DIR, SpanModel, packaged_spans

PREFIX = "model:span"
Spans = list[tuple[int, int, str]]


@dataclass(frozen=True)
class SpanPolicy:
    """Switches of the fusion (see the module docstring)."""

    fill_addressees: bool = True
    inherit: bool = True
    replace_inherited: bool = True
    new_actors: bool = True
    fill_coordinators: bool = True
    fill_issuer: bool = True
    fill_deadline: bool = True
    fill_targets: bool = True
    veto_deadline: bool = False
    veto_targets: bool = False

    def as_dict(self) -> dict[str, bool]:
        return asdict(self)


def _inside(spans: Spans, label: str, start: int, end: int) -> Spans:
    return [x for x in spans if x[2] == label and start <= x[0] and x[1] <= end]


def _overlapping(items: list[Mention], s: int, e: int) -> list[Mention]:
    return [m for m in items if m.start < e and s < m.end]


def actors_for(asm: Assembler, spans: Spans, new: bool = True) -> list[Mention]:
    """The actors of model spans: the rule actor mentions each overlaps, else (``new``) a new
    mention with the text as written (rule ``model:span``)."""
    out: list[Mention] = []
    seen: set[tuple[int, int]] = set()
    for s, e, _lab in spans:
        found = _overlapping(asm.actors, s, e)
        if not found and new:
            found = [Mention(s, e, "actor", PREFIX, {"name": asm.text[s:e], "kind": "other"})]
        for m in found:
            if (m.start, m.end) not in seen:
                seen.add((m.start, m.end))
                out.append(m)
    return out


def _written_before(asm: Assembler, spans: Spans, label: str, d: DirectiveDraft) -> Spans:
    """Spans of ``label`` nearest before ``d``: in its block before it (the last sentence that has
    some), else in the nearest block above it (its parents) that has some, else in the nearest
    lead-in before it that has some."""
    seg = asm.seg
    b = _block_of(asm, d.start)
    if b is None:
        return []
    blk = seg.blocks[b]
    before = [x for x in spans if x[2] == label and blk.start <= x[0] and x[1] <= d.start]
    if before:
        last = max(x[0] for x in before)
        sent = next((s for s in seg.sentences if s.start <= last < s.end), None)
        if sent is not None:
            return [x for x in before if sent.start <= x[0] < sent.end]
        return before
    p = blk.parent
    while p is not None:
        pb = seg.blocks[p]
        found = _inside(spans, label, pb.start, pb.end)
        if found:
            return found
        p = pb.parent
    for q in range(b - 1, -1, -1):  # an unmarked paragraph after a list: the lead-ins above it
        qb = seg.blocks[q]
        found = _inside(spans, label, qb.start, qb.end) if qb.leadin else []
        if found:
            return found
    return []


def _block_of(asm: Assembler, pos: int) -> int | None:
    for i, blk in enumerate(asm.seg.blocks):
        if blk.start <= pos < blk.end:
            return i
    return None


def fuse_spans(asm: Assembler, draft: DocumentDraft, spans: Spans, policy: SpanPolicy) -> DocumentDraft:
    """A copy of ``draft`` whose directives' fields are fused with the model's ``spans``."""
    new = replace(draft, directives=[])
    issuers = [x for x in spans if x[2] == "ISSUER"]
    for old in draft.directives:
        d = replace(old, provenance=list(old.provenance))
        marks: list[str] = []
        fresh = policy.new_actors
        if policy.fill_addressees and (
            not d.addressees or (d.addressees_inherited and policy.replace_inherited)
        ):
            got = actors_for(asm, _inside(spans, "ADDRESSEE", d.start, d.end), fresh)
            inherited = False
            if not got and policy.inherit:
                got, inherited = actors_for(asm, _written_before(asm, spans, "ADDRESSEE", d), fresh), True
            if got and [(m.start, m.end) for m in got] != [(m.start, m.end) for m in d.addressees]:
                d.addressees, d.addressees_inherited = got, inherited
                marks.append("addressees")
        if policy.fill_coordinators and not d.coordinators:
            own = _inside(spans, "COORDINATOR", d.start, d.end)
            taken = {(m.start, m.end) for m in d.addressees}
            got = [m for m in actors_for(asm, own, fresh) if (m.start, m.end) not in taken]
            if got:
                d.coordinators = got
                marks.append("coordinators")
        if policy.fill_issuer and d.issuer is None:
            found = _inside(spans, "ISSUER", d.start, d.end) or _written_before(asm, spans, "ISSUER", d)
            inherited = not _inside(spans, "ISSUER", d.start, d.end)
            if not found and issuers:
                found = issuers[:1]
            got = actors_for(asm, found[:1], fresh)
            if got:
                d.issuer, d.issuer_inherited = got[0], inherited
                marks.append("issuer")
        dl_spans = _inside(spans, "DEADLINE", d.start, d.end)
        if d.deadline is None and policy.fill_deadline:
            for s, e, _ in dl_spans:
                found = _overlapping(asm.deadlines, s, e)
                if found:
                    d.deadline = found[0]
                    marks.append("deadline")
                    break
        elif d.deadline is not None and policy.veto_deadline:
            dl = d.deadline
            if not any(s < dl.end and dl.start < e for s, e, _ in dl_spans):
                d.deadline = None
                marks.append("deadline")
        tg_spans = _inside(spans, "TARGET", d.start, d.end)
        if not d.targets and policy.fill_targets:
            got = [m for s, e, _ in tg_spans for m in _overlapping(asm.targets, s, e)]
            if got:
                d.targets = list({id(m): m for m in got}.values())
                marks.append("targets")
        elif d.targets and policy.veto_targets:
            kept = [t for t in d.targets if any(s < t.end and t.start < e for s, e, _ in tg_spans)]
            if len(kept) != len(d.targets):
                d.targets = kept
                marks.append("targets")
        d.provenance.extend(f"{PREFIX}:{m}" for m in marks)
        new.directives.append(d)
    return new


class SpanFusion:
    """The pipeline component: fuses the span model's predictions into ``doc.user_data["de.draft"]``."""

    def __init__(self, path: str = "") -> None:
        self.model: SpanModel = packaged_spans(path or str(SPANS_DIR))
        self.policy = SpanPolicy(**self.model.info.get("policy", {}))

    def __call__(self, doc: Doc) -> Doc:
        asm = Assembler(doc)
        rule_draft: DocumentDraft = doc.user_data.get(RULE_DRAFT) or doc.user_data[DRAFT]
        draft: DocumentDraft = doc.user_data[DRAFT]
        heads, blocks = needed(self.policy, asm, draft)
        spans = self.model.predict(doc, asm, rule_draft, heads=heads, blocks=blocks) if heads else []
        doc.user_data[DRAFT] = fuse_spans(asm, draft, spans, self.policy)
        return doc


def needed(policy: SpanPolicy, asm: Assembler, draft: DocumentDraft) -> tuple[set[str], set[int] | None]:
    """The heads whose labels ``policy`` reads, and the blocks whose spans it can use (``None``: all).

    Each block is predicted on its own, so predicting only these gives the same spans there; with
    the packaged policy (only ``fill_addressees``) that is the main head over the blocks of the
    directives the rules left without addressees — a fraction of the text."""
    labels: set[str] = set()
    if policy.fill_addressees:
        labels.add("ADDRESSEE")
    if policy.fill_coordinators:
        labels.add("COORDINATOR")
    if policy.fill_issuer:
        labels.add("ISSUER")
    if policy.fill_deadline or policy.veto_deadline:
        labels.add("DEADLINE")
    if policy.fill_targets or policy.veto_targets:
        labels.add("TARGET")
    heads = {h for h, labs in HEADS.items() if labels & set(labs)}
    # any switch but "fill empty addressees" reads spans outside the blocks of the directives without
    # addressees (above them, or of every directive)
    if labels - {"ADDRESSEE"} or policy.inherit or policy.replace_inherited:
        return heads, None
    blocks: set[int] = set()
    for d in draft.directives:
        if not d.addressees:
            blocks.update(i for i, b in enumerate(asm.seg.blocks) if b.start < d.end and d.start < b.end)
    return heads, blocks


@Language.factory("de_span_model", default_config={"path": ""})
def make_span_model(nlp: Language, name: str, path: str) -> SpanFusion:
    return SpanFusion(path)


SWITCHES = tuple(f.name for f in fields(SpanPolicy))


def search_policy(
    score: Callable[[SpanPolicy], float], rounds: int = 2
) -> tuple[SpanPolicy, dict[str, float]]:
    """The policy ``train`` keeps: start with every switch off (the rules' fields untouched) and
    turn on, one at a time in :data:`SWITCHES` order, each switch that strictly raises ``score``
    (the dev objective); repeat until nothing changes. A switch that only ties stays off, so the
    rules keep a field the model does not measurably improve. Returns the policy and the score of
    every policy tried (keyed by its JSON)."""
    current = SpanPolicy(**dict.fromkeys(SWITCHES, False))
    tried = {json.dumps(current.as_dict()): score(current)}
    best = tried[json.dumps(current.as_dict())]
    for _ in range(rounds):
        changed = False
        for name in SWITCHES:
            cand = replace(current, **{name: not getattr(current, name)})
            key = json.dumps(cand.as_dict())
            if key not in tried:
                tried[key] = score(cand)
            if tried[key] > best + 1e-9:
                current, best, changed = cand, tried[key], True
        if not changed:
            break
    return current, tried
