"""Export an extraction as a review file, ready for a reviewer to accept, correct or reject.

Every directive gets its stable ``id`` (``Directive.id``), ``status: pending``, its fields as
short YAML with spans as quotes (white space runs written as one space; matching ignores
spacing), the system's confidence, and comments that help the reviewer: the rules that produced
the directive (``provenance``), why a field is empty, which actors were inherited from outside
the clause. An ``extracted`` block of fingerprints lets ``review stats`` tell later which fields
the reviewer changed.

Example: the clause "Giao Sở Y tế chủ trì, phối hợp với Sở Tài chính …" exports as
``addressees: [{text: "Sở Y tế", name: "Sở Y tế", kind: department}]`` plus
``coordinators: [{text: "Sở Tài chính", …}]``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from pathlib import Path
from typing import Any

from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.scalarstring import DoubleQuotedScalarString

from directive_extract.models import Actor, Directive, Document, Span
from directive_extract.review.model import (
    FORMAT,
    SCHEMA_PATH,
    ReviewActor,
    ReviewDeadline,
    ReviewDirective,
    ReviewRecurrence,
    ReviewTarget,
    fingerprints,
)
from directive_extract.review.write import compose

SCHEMA_FILE = Path(SCHEMA_PATH).name

#: Why a field is empty, written as a comment beside it.
_EMPTY_REASON = {
    "cue": "no directing word found; the directive was found by its structure",
    "issuer": "no issuer in the clause, before it, or in the document header",
    "addressees": "no actor named before the verb or in a lead-in/header",
    "action": "no verb phrase found",
    "deadline": "no time limit in the clause or at the end of its sentence",
    "recurrence": "no recurrence phrase",
    "targets": "no prescribed quantity",
}


def quote(text: str) -> str:
    """A span's text as a one-line quote (runs of white space written as one space)."""
    return " ".join(text.split())


def _q(text: str | None) -> DoubleQuotedScalarString | None:
    return None if text is None else DoubleQuotedScalarString(text)


def _span_quote(span: Span | None) -> str | None:
    return None if span is None else quote(span.text)


def review_actor(actor: Actor) -> ReviewActor:
    return ReviewActor(
        text=quote(actor.text), name=actor.name, kind=actor.kind, id=actor.id, level=actor.level
    )


def review_directive(d: Directive) -> ReviewDirective:
    """The review-file form of an extracted directive (``status: pending``)."""
    return ReviewDirective(
        id=d.id,
        status="pending",
        text=quote(d.text),
        cue=_span_quote(d.cue),
        modality=d.modality,
        issuer=review_actor(d.issuer) if d.issuer else None,
        addressees=[review_actor(a) for a in d.addressees],
        coordinators=[review_actor(a) for a in d.coordinators],
        reported_to=[review_actor(a) for a in d.reported_to] or None,
        action=_span_quote(d.action),
        deadline=ReviewDeadline(
            text=quote(d.deadline.text),
            relation=d.deadline.relation,
            date=d.deadline.date,
            start_date=d.deadline.start_date,
        )
        if d.deadline
        else None,
        recurrence=ReviewRecurrence(text=quote(d.recurrence.text), period=d.recurrence.period)
        if d.recurrence
        else None,
        targets=[
            ReviewTarget(
                text=quote(t.text),
                comparator=t.comparator,
                value=t.value,
                value_max=t.value_max,
                unit=t.unit,
                currency=t.currency,
                per=t.per,
                metric=_span_quote(t.metric),
                base=_span_quote(t.base),
            )
            for t in d.targets
        ],
        urgent=d.urgent,
        confidence=round(d.confidence, 3),
    )


def _number(value: float) -> int | float:
    return int(value) if float(value).is_integer() and abs(value) < 1e15 else value


def actor_node(actor: ReviewActor) -> CommentedMap:
    node = CommentedMap()
    node["text"] = _q(actor.text)
    node["name"] = _q(actor.name if actor.name is not None else actor.text)
    node["kind"] = actor.kind
    if actor.id is not None:
        node["id"] = _q(actor.id)
    if actor.level is not None:
        node["level"] = actor.level
    node.fa.set_flow_style()
    return node


def _actors_node(actors: list[ReviewActor] | None) -> CommentedSeq:
    seq = CommentedSeq(actor_node(a) for a in actors or [])
    if not seq:
        seq.fa.set_flow_style()
    return seq


def directive_node(rd: ReviewDirective, source: Directive | None = None) -> CommentedMap:
    """One directive as a commented YAML mapping (``source`` adds comments from the extraction)."""
    node = CommentedMap()
    node["id"] = _q(rd.id)
    node["status"] = rd.status
    node["text"] = _q(rd.text)
    node["cue"] = _q(rd.cue)
    node["modality"] = rd.modality
    node["issuer"] = actor_node(rd.issuer) if rd.issuer else None
    node["addressees"] = _actors_node(rd.addressees)
    node["coordinators"] = _actors_node(rd.coordinators)
    if rd.reported_to:
        node["reported_to"] = _actors_node(rd.reported_to)
    node["action"] = _q(rd.action)
    if rd.deadline is not None:
        dl = CommentedMap()
        dl["text"] = _q(rd.deadline.text)
        dl["relation"] = rd.deadline.relation
        dl["date"] = rd.deadline.date
        if rd.deadline.start_date is not None:
            dl["start_date"] = rd.deadline.start_date
        node["deadline"] = dl
    else:
        node["deadline"] = None
    if rd.recurrence is not None:
        rc = CommentedMap()
        rc["text"] = _q(rd.recurrence.text)
        rc["period"] = rd.recurrence.period
        node["recurrence"] = rc
    else:
        node["recurrence"] = None
    targets = CommentedSeq()
    for t in rd.targets or []:
        tn = CommentedMap()
        tn["text"] = _q(t.text)
        tn["comparator"] = t.comparator
        tn["value"] = _number(t.value)
        if t.value_max is not None:
            tn["value_max"] = _number(t.value_max)
        tn["unit"] = _q(t.unit)
        if t.currency is not None:
            tn["currency"] = _q(t.currency)
        tn["per"] = _q(t.per)
        tn["metric"] = _q(t.metric)
        if t.base is not None:
            tn["base"] = _q(t.base)
        targets.append(tn)
    if not targets:
        targets.fa.set_flow_style()
    node["targets"] = targets
    if rd.urgent:
        node["urgent"] = True
    if rd.confidence is not None:
        node["confidence"] = rd.confidence
    if rd.note is not None:
        node["note"] = _q(rd.note)
    if rd.reviewer is not None:
        node["reviewer"] = _q(rd.reviewer)
    prints = CommentedMap(sorted(fingerprints(rd).items()))
    prints.fa.set_flow_style()
    node["extracted"] = prints
    _comment(node, rd, source)
    return node


def _comment(node: CommentedMap, rd: ReviewDirective, source: Directive | None) -> None:
    """Reviewer hints as end-of-line comments."""
    if source is not None and source.provenance:
        node.yaml_add_eol_comment("rules: " + ", ".join(source.provenance), "id")
    node.yaml_add_eol_comment("pending | accepted | corrected | rejected", "status")
    for key, why in _EMPTY_REASON.items():
        value = node.get(key)
        if value is None or (isinstance(value, list) and not value):
            node.yaml_add_eol_comment(why, key)
    if source is not None:
        if source.issuer is not None and source.issuer.inherited:
            node.yaml_add_eol_comment("written outside the clause (inherited)", "issuer")
        if source.addressees and any(a.inherited for a in source.addressees):
            node.yaml_add_eol_comment("inherited from a lead-in or header", "addressees")
        if source.deadline is not None:
            notes = []
            if source.deadline.value:
                notes.append(f"value {source.deadline.value}")
            if source.deadline.anchor != "absolute":
                notes.append(f"anchored on the {source.deadline.anchor.replace('_', ' ')}")
            notes.extend(source.deadline.flags)
            if notes:
                node.yaml_add_eol_comment("; ".join(notes), "deadline")
    if "confidence" in node:
        node.yaml_add_eol_comment("the system's, informative only", "confidence")
    node.yaml_add_eol_comment("fingerprints of the extraction, for stats; do not edit", "extracted")


def _schema_ref(out_dir: Path | None) -> str:
    """Relative path from ``out_dir`` to the repository's review-file schema, when found."""
    candidates: list[Path] = []
    if out_dir is not None:
        for parent in [out_dir.resolve(), *out_dir.resolve().parents]:
            candidates.append(parent / SCHEMA_PATH)
    candidates.append(Path(__file__).resolve().parents[3] / SCHEMA_PATH)
    base = (out_dir or Path.cwd()).resolve()
    for c in candidates:
        if c.is_file():
            repo = c.parents[1]
            if base == repo or repo in base.parents:
                return os.path.relpath(c, base).replace(os.sep, "/")
            return c.as_posix()  # outside the repository: an absolute path still validates
    return SCHEMA_PATH


def header_line(out_dir: Path | None) -> str:
    return f"# yaml-language-server: $schema={_schema_ref(out_dir)}"


def export_tree(
    text: str,
    doc: Document,
    *,
    doc_id: str,
    source: str | None = None,
    date: dt.date | None = None,
    reviewer: str | None = None,
    origin: str | None = None,
    doc_type: str | None = None,
) -> CommentedMap:
    """The review file of ``doc`` (extracted from ``text``) as a commented YAML tree, without ``text``."""
    root = CommentedMap()
    root["format"] = FORMAT
    block = CommentedMap()
    block["id"] = _q(doc_id)
    block["source"] = _q(source if source is not None else doc.source)
    block["origin"] = _q(origin)
    block["type"] = _q(doc_type)
    block["date"] = date if date is not None else doc.document_date
    block["date_approximate"] = False
    block["issuer"] = actor_node(review_actor(doc.issuer)) if doc.issuer else None
    block["sha256"] = hashlib.sha256(text.encode("utf-8")).hexdigest()
    if date is None and doc.document_date is not None:
        block.yaml_add_eol_comment("found in the text by the extractor; check it", "date")
    block.yaml_add_eol_comment("of the UTF-8 bytes of `text` below; do not edit the text", "sha256")
    root["document"] = block
    root["reviewer"] = _q(reviewer)
    root.yaml_add_eol_comment("your name; a directive's own `reviewer:` overrides it", "reviewer")
    seq = CommentedSeq()
    for d in sorted(doc.directives, key=lambda d: (d.start, d.end)):
        seq.append(directive_node(review_directive(d), d))
    if not seq:
        seq.fa.set_flow_style()
    root["directives"] = seq
    root.yaml_add_eol_comment(
        "set status: accepted | corrected | rejected; add missed ones with status: added", "directives"
    )
    return root


def export_text(text: str, doc: Document, *, doc_id: str, out_dir: Path | None = None, **options: Any) -> str:
    """The whole review file as text (header line, tree, text block)."""
    return compose(header_line(out_dir), export_tree(text, doc, doc_id=doc_id, **options), text)
