"""The pipeline: raw text → normalised text → structure → words/POS → spans → directive records.

Example::

    >>> import directive_extract as de
    >>> from datetime import date
    >>> doc = de.extract("Giao Bộ Y tế hoàn thành trước ngày 15/12/2020.", document_date=date(2020, 10, 15))
    >>> doc.directives[0].addressees[0].name
    'Bộ Y tế'
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date

import spacy
from pydantic import BaseModel
from spacy.language import Language

from directive_extract import components  # noqa: F401  (registers the factories)
from directive_extract.components.common import DRAFT, REF_DATE, TEXT
from directive_extract.draft import DocumentDraft
from directive_extract.jurisdiction import assign_jurisdictions
from directive_extract.models import Directive, Document, Span
from directive_extract.modes import Mode
from directive_extract.normalize import normalize
from directive_extract.records import RecordBuilder
from directive_extract.timex import find_document_date
from directive_extract.tokens import make_doc

COMPONENTS = ("de_structure", "de_cues", "de_actors", "de_time", "de_targets", "de_assemble")


@dataclass(frozen=True)
class Settings:
    """Options of a :class:`Pipeline` (keyword-only in :func:`extract`)."""

    find_document_date: bool = True
    # A longer text is extracted block by block (cut at blank lines or line ends), so memory
    # stays bounded on huge inputs; offsets still index the whole text.
    block_chars: int = 200_000
    # "rules": the rule components alone; "model": the clause classifier decides which clauses are
    # directives (fields from the rules and the span model); "hybrid": rules fused with the
    # classifier and the span model (docs/model.md)
    mode: Mode = "hybrid"


class Pipeline:
    """A reusable extractor: builds the spaCy pipeline once, then ``pipe`` many texts."""

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings or Settings()
        self.nlp: Language = spacy.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": False}}})
        for name in COMPONENTS:
            self.nlp.add_pipe(name)
        if self.settings.mode != "rules":
            from directive_extract.learn import component, span_fusion  # noqa: F401  (the factories)

            self.nlp.add_pipe("de_clause_model", config={"mode": self.settings.mode})
            self.nlp.add_pipe("de_span_model")

    def __call__(
        self, text: str, *, document_date: date | None = None, source: str | None = None
    ) -> Document:
        """Extract the directives of one text. Offsets in the result index ``text`` as given.

        A text longer than ``Settings.block_chars`` is extracted in blocks (see :func:`blocks`).
        """
        if len(text) > self.settings.block_chars:
            return self._blocks(text, document_date, source)
        return self._one(text, document_date, source)

    def _one(self, text: str, document_date: date | None, source: str | None) -> Document:
        norm = normalize(text)
        date_source = "none"
        date_span: tuple[int, int] | None = None
        ref = document_date
        if ref is not None:
            date_source = "argument"
        elif self.settings.find_document_date:
            found = find_document_date(norm.text)
            if found is not None:
                ref, s, e = found
                date_source, date_span = "text", (s, e)
        doc = make_doc(self.nlp, norm.text)
        doc.user_data[TEXT] = norm.text  # == doc.text, which spaCy would rebuild on every access
        doc.user_data[REF_DATE] = ref
        for _name, proc in self.nlp.pipeline:
            doc = proc(doc)
        draft: DocumentDraft = doc.user_data[DRAFT]
        draft.document_date = ref
        draft.document_date_source = date_source
        draft.document_date_span = date_span
        builder = RecordBuilder(norm)
        return assign_jurisdictions(builder.document(draft, source))

    def iter_blocks(
        self, text: str, *, document_date: date | None = None, source: str | None = None
    ) -> Iterator[Document]:
        """Extract ``text`` block by block (see :func:`blocks`; one block when it is short), one
        ``Document`` per block, its offsets and directive ids those of the whole text: memory stays
        that of one block when the caller does not keep them all. The document date found in a
        block is the reference date of the blocks after it."""
        cuts = blocks(text, self.settings.block_chars)
        digest = hashlib.sha1()
        for start, end in cuts:
            digest.update(text[start:end].encode("utf-8", "surrogatepass"))
        whole = digest.hexdigest()[:8]
        ref = document_date
        for start, end in cuts:
            part = self._one(text[start:end], ref, source)
            _shift(part, start)
            for d in part.directives:  # ids as in one pass: the whole input's digest and offsets
                d.id = "d-" + hashlib.sha1(f"{whole}:{d.start}:{d.end}".encode()).hexdigest()[:10]
            if ref is None and part.document_date is not None:
                ref = part.document_date
            yield part

    def _blocks(self, text: str, document_date: date | None, source: str | None) -> Document:
        """All blocks in one ``Document``: the document date and the document's issuer come from
        the first block that has them."""
        out: Document | None = None
        for part in self.iter_blocks(text, document_date=document_date, source=source):
            if out is None:
                out = part
                continue
            if out.document_date_source == "none" and part.document_date_source == "text":
                out.document_date = part.document_date
                out.document_date_source = part.document_date_source
                out.document_date_span = part.document_date_span
            if out.issuer is None:
                out.issuer = part.issuer
            out.directives.extend(part.directives)
        assert out is not None
        return out

    def pipe(self, texts: Iterable[str], *, document_date: date | None = None) -> Iterator[Document]:
        """Extract many texts, in order."""
        for text in texts:
            yield self(text, document_date=document_date)


def blocks(text: str, size: int) -> list[tuple[int, int]]:
    r"""``(start, end)`` of consecutive pieces of ``text`` of at most ``size`` characters, each cut
    after a blank line (in the second half of the piece) or else after a line end, never inside a
    line (a single line longer than ``size`` is one piece). The pieces cover ``text`` exactly.

    >>> blocks("I. Nhiệm vụ\n\n1. Giao Sở Y tế\n2. Giao Sở Tài chính\n", 20)
    [(0, 13), (13, 29), (29, 50)]
    """
    out: list[tuple[int, int]] = []
    start, n = 0, len(text)
    while n - start > size:
        limit = start + size
        blank = max(text.rfind("\n\n", start, limit), text.rfind("\n\r\n", start, limit))
        if blank >= start + size // 2:
            cut = text.index("\n", blank + 1) + 1
        else:
            cut = text.rfind("\n", start, limit) + 1
            if cut <= start:
                nl = text.find("\n", limit)
                cut = n if nl < 0 else nl + 1
        out.append((start, cut))
        start = cut
    if start < n or not out:
        out.append((start, n))
    return out


def _shift(obj: object, by: int) -> None:
    """Add ``by`` to the offsets of every span of ``obj`` (a result model, in place)."""
    if isinstance(obj, (Span, Directive)):
        obj.start += by
        obj.end += by
    if isinstance(obj, BaseModel):
        for name in type(obj).model_fields:
            _shift(getattr(obj, name), by)
    elif isinstance(obj, list):
        for item in obj:
            _shift(item, by)


_DEFAULT: Pipeline | None = None


def extract(
    text: str,
    *,
    document_date: date | None = None,
    source: str | None = None,
    settings: Settings | None = None,
) -> Document:
    """Extract the directives of ``text`` with a shared default :class:`Pipeline`."""
    global _DEFAULT
    if settings is not None:
        return Pipeline(settings)(text, document_date=document_date, source=source)
    if _DEFAULT is None:
        _DEFAULT = Pipeline()
    return _DEFAULT(text, document_date=document_date, source=source)
