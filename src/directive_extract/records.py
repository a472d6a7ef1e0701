"""Map drafts (normalised offsets) to the pydantic contract (offsets into the raw input)."""

from __future__ import annotations

import hashlib
from typing import Any, get_args

from directive_extract.draft import DirectiveDraft, DocumentDraft, Mention
from directive_extract.lexicon import lexicon
from directive_extract.models import (
    Actor,
    ActorKind,
    Deadline,
    Directive,
    Document,
    Recurrence,
    Span,
    Target,
)
from directive_extract.normalize import Normalized

_KINDS = frozenset(get_args(ActorKind))


class RecordBuilder:
    """Builds the records of one document, mapping normalised offsets to the raw input."""

    def __init__(self, norm: Normalized) -> None:
        self.norm = norm
        self.digest = hashlib.sha1(norm.raw.encode("utf-8", "surrogatepass")).hexdigest()[:8]

    def span_fields(self, start: int, end: int) -> dict[str, Any]:
        s, e, text = self.norm.raw_slice(start, end)
        return {"text": text, "start": s, "end": e}

    def span(self, start: int, end: int) -> Span:
        return Span(**self.span_fields(start, end))

    def actor(self, m: Mention, inherited: bool = False) -> Actor:
        values = m.values
        kind = values.get("kind") if values.get("kind") in _KINDS else "other"
        name = _singular(values.get("name") or self.norm.text[m.start : m.end])
        return Actor(
            **self.span_fields(m.start, m.end),
            name=name,
            kind=kind,
            id=values.get("id"),
            level=values.get("level"),
            inherited=inherited,
        )

    def directive(self, d: DirectiveDraft) -> Directive:
        fields = self.span_fields(d.start, d.end)
        did = (
            "d-" + hashlib.sha1(f"{self.digest}:{fields['start']}:{fields['end']}".encode()).hexdigest()[:10]
        )
        dl = None
        if d.deadline is not None:
            v = d.deadline.values
            dl = Deadline(
                **self.span_fields(d.deadline.start, d.deadline.end),
                relation=v.get("relation") or "by",
                date=v.get("date"),
                value=v.get("value"),
                start_date=v.get("start_date"),
                anchor=v.get("anchor") or "absolute",
                flags=list(v.get("flags") or []),
            )
        rc = None
        if d.recurrence is not None:
            v = d.recurrence.values
            rc = Recurrence(
                **self.span_fields(d.recurrence.start, d.recurrence.end),
                period=v.get("period"),
                rrule=v.get("rrule"),
                anchor_day=v.get("anchor_day"),
            )
        targets = []
        for t in d.targets:
            v = t.values
            targets.append(
                Target(
                    **self.span_fields(t.start, t.end),
                    comparator=v["comparator"],
                    value=v["value"],
                    value_max=v.get("value_max"),
                    direction=v.get("direction"),
                    unit=v.get("unit"),
                    unit_id=v.get("unit_id"),
                    currency=v.get("currency"),
                    per=v.get("per"),
                    metric=self.span(*v["metric"]) if v.get("metric") else None,
                    base=self.span(*v["base"]) if v.get("base") else None,
                    baseline=self.span(*v["baseline"]) if v.get("baseline") else None,
                )
            )
        provenance = list(dict.fromkeys(d.provenance + [m.rule for m in _mentions(d)]))
        return Directive(
            id=did,
            **fields,
            modality=d.modality,  # type: ignore[arg-type]
            cue=self.span(d.cue.start, d.cue.end) if d.cue else None,
            issuer=self.actor(d.issuer, d.issuer_inherited) if d.issuer else None,
            addressees=_dedupe([self.actor(a, d.addressees_inherited) for a in d.addressees]),
            coordinators=_dedupe([self.actor(a, d.coordinators_inherited) for a in d.coordinators]),
            reported_to=_dedupe([self.actor(a) for a in d.reported_to]),
            action=self.span(*d.action) if d.action else None,
            deadline=dl,
            recurrence=rc,
            targets=targets,
            urgent=d.urgent,
            confidence=d.confidence,
            provenance=provenance,
        )

    def document(self, draft: DocumentDraft, source: str | None) -> Document:
        return Document(
            source=source,
            document_date=draft.document_date,
            document_date_source=draft.document_date_source,  # type: ignore[arg-type]
            document_date_span=self.span(*draft.document_date_span) if draft.document_date_span else None,
            issuer=self.actor(draft.issuer) if draft.issuer else None,
            directives=[self.directive(d) for d in draft.directives],
        )


def _singular(name: str) -> str:
    """The canonical name drops a leading plural word and opens with a capital (GUIDELINES §27):
    "các địa phương" → "Địa phương", "cơ quan, đơn vị liên quan" → "Cơ quan, đơn vị liên quan"."""
    for m in lexicon("directives/roles.yaml", "plural_markers").find(name, 0, min(len(name), 15)):
        if m.start == 0 and len(name) > m.end + 1:
            name = name[m.end :].lstrip()
        break
    return name[:1].upper() + name[1:]


def _mentions(d: DirectiveDraft) -> list[Mention]:
    out: list[Mention] = [*d.addressees, *d.coordinators, *d.targets]
    for m in (d.deadline, d.recurrence):
        if m is not None:
            out.append(m)
    return out


def _dedupe(actors: list[Actor]) -> list[Actor]:
    seen: set[tuple[int, int]] = set()
    out: list[Actor] = []
    for a in actors:
        if (a.start, a.end) not in seen:
            seen.add((a.start, a.end))
            out.append(a)
    return out
