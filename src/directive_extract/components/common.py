"""Shared plumbing of the components: where they read context and write mentions."""

from __future__ import annotations

from datetime import date

from spacy.tokens import Doc, Span

from directive_extract.draft import Mention
from directive_extract.segment import Segmentation

if not Span.has_extension("mention"):
    Span.set_extension("mention", default=None)

MENTIONS = "de.mentions"
SEGMENTATION = "de.segmentation"
REF_DATE = "de.ref_date"
DRAFT = "de.draft"
TEXT = "de.text"


def segmentation(doc: Doc) -> Segmentation:
    seg = doc.user_data.get(SEGMENTATION)
    if seg is None:
        raise ValueError("de_structure must run before this component")
    return seg  # type: ignore[no-any-return]


def ref_date(doc: Doc) -> date | None:
    return doc.user_data.get(REF_DATE)  # type: ignore[no-any-return]


def mentions(doc: Doc, kind: str) -> list[Mention]:
    return doc.user_data.setdefault(MENTIONS, {}).setdefault(kind, [])  # type: ignore[no-any-return]


def add_mentions(doc: Doc, kind: str, found: list[Mention]) -> None:
    """Record ``found`` (normalised offsets) and mirror them in ``doc.spans[kind]``."""
    store = mentions(doc, kind)
    store.extend(found)
    store.sort(key=lambda m: (m.start, -m.end))
    group = list(doc.spans.get(kind, []))
    for m in found:
        span = doc.char_span(m.start, m.end, label=m.rule, alignment_mode="expand")
        if span is not None:
            span._.mention = m
            group.append(span)
    doc.spans[kind] = group


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per ``Doc`` (spaCy rebuilds it from the tokens on every access)."""
    text = doc.user_data.get(TEXT)
    if text is None:
        text = doc.user_data[TEXT] = doc.text
    return text  # type: ignore[no-any-return]


def sentence_texts(doc: Doc) -> list[tuple[int, str]]:
    """``(offset, text)`` of every sentence, for the pure parsers."""
    text = doc_text(doc)
    return [(s.start, text[s.start : s.end]) for s in segmentation(doc).sentences]
