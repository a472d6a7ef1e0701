"""Clause units of a rule-processed Doc and their classifier inputs.

The units are the assembler's own (``_units``: semicolon pieces, a verbless piece merged into
the one before), so training and prediction see the same pieces. Each unit becomes a list of
words: pseudo-words for the rule outputs, then its lower-cased syllables. For
"- Giao Sở Y tế chủ trì, phối hợp với Sở Tài chính …" under "UBND tỉnh chỉ đạo:" the words begin
``__rule_cue__ __cue_object__ __mod_obligation__ __leadin_item__ … giao sở y tế …``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from spacy.language import Language
from spacy.tokens import Doc

from directive_extract.components.assemble import Assembler, Unit, _body, _units
from directive_extract.components.common import DRAFT, REF_DATE, TEXT
from directive_extract.draft import DirectiveDraft, DocumentDraft
from directive_extract.normalize import Normalized, normalize
from directive_extract.tokens import make_doc

_WORD = re.compile(r"\w+|[^\w\s]")
MAX_WORDS = 60  # the opening of a clause decides; a long tail only adds noise


@dataclass
class UnitView:
    """A clause unit, the rule draft made for it (if any) and the classifier's words."""

    unit: Unit
    draft: DirectiveDraft | None
    words: list[str] = field(default_factory=list)


def rule_doc(nlp: Language, text: str, document_date: date | None = None) -> tuple[Doc, Normalized]:
    """Run the rule components of ``nlp`` (all but ``de_clause_model``) over ``text``."""
    from directive_extract.timex import find_document_date

    norm = normalize(text)
    ref = document_date
    if ref is None:
        found = find_document_date(norm.text)
        ref = found[0] if found is not None else None
    doc = make_doc(nlp, norm.text)
    doc.user_data[TEXT] = norm.text
    doc.user_data[REF_DATE] = ref
    for name, proc in nlp.pipeline:
        if name == "de_clause_model":
            break
        doc = proc(doc)
    return doc, norm


def _bucket(n: int, edges: tuple[int, ...]) -> str:
    for e in edges:
        if n <= e:
            return str(e)
    return "more"


def unit_views(doc: Doc, asm: Assembler | None = None) -> list[UnitView]:
    """Every clause unit of ``doc`` (after ``de_assemble``) with its words and its rule draft."""
    asm = asm or Assembler(doc)
    draft: DocumentDraft = doc.user_data[DRAFT]
    by_span = {(d.start, d.end): d for d in draft.directives}
    text = asm.text
    out: list[UnitView] = []
    for u in _units(doc, asm.seg):
        d = by_span.get((u.start, u.end))
        out.append(UnitView(u, d, _words(asm, u, d, text)))
    return out


def _words(asm: Assembler, u: Unit, d: DirectiveDraft | None, text: str) -> list[str]:
    blk = asm.seg.blocks[u.block]
    body = _body(asm.seg, u, text)
    w: list[str] = []
    w.append(f"__rule_{d.rule.split('.')[-1]}__" if d is not None else "__norule__")
    if d is not None:
        w.append("__r_addr__" if d.addressees else "__r_noaddr__")
        w.append("__r_action__" if d.action else "__r_noaction__")
        w.append(f"__r_mod_{d.modality}__")
    cues = asm.within(asm.cues, u.start, u.end)
    for c in cues:
        w.append(f"__cue_{c.values.get('pattern')}__")
        w.append(f"__mod_{c.values.get('modality')}__")
        if c.start - body < 4:
            w.append("__cue_first__")
    actors = asm.within(asm.actors, u.start, u.end)
    if actors:
        w.append("__actor__")
        if abs(actors[0].start - body) < 4:
            w.append("__actor_start__")
    for kind, items in (
        ("deadline", asm.deadlines),
        ("recur", asm.recurrences),
        ("target", asm.targets),
        ("urgent", asm.urgency),
    ):
        if asm.starting(items, u.start, u.end):
            w.append(f"__{kind}__")
    ctx = asm.context_of(u.block)
    if ctx is not None:
        if ctx.directing:
            w.append("__leadin_item__")
        if ctx.addressees:
            w.append("__leadin_addr__")
    if blk.leadin and u.end >= blk.end - 1:
        w.append("__leadin_tail__")
    w.append(f"__marker_{blk.marker_type or 'none'}__")
    w.append(f"__depth_{min(blk.depth, 3)}__")
    w.append(f"__idx_{min(u.index_in_sentence, 2)}__")
    w.append(f"__verbs_{min(len(u.verbs), 3)}__")
    if u.verbs and u.verbs[0] - body < 4:
        w.append("__verb_first__")
    piece = text[body : u.end]
    syll = _WORD.findall(piece.lower())
    w.append(f"__len_{_bucket(len(syll), (3, 6, 12, 25, 50))}__")
    if piece.rstrip().endswith(":"):
        w.append("__colon_end__")
    for i, s in enumerate(syll[:3]):
        w.append(f"__open{i}_{s}__")
    w.extend(syll[:MAX_WORDS])
    return w
