"""The pipeline: raw text → normalised text → structure → words/POS → spans → directive records.

Example::

    >>> import directive_extract as de
    >>> from datetime import date
    >>> doc = de.extract("Giao Bộ Y tế hoàn thành trước ngày 15/12/2020.", document_date=date(2020, 10, 15))
    >>> doc.directives[0].addressees[0].name
    'Bộ Y tế'
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date

import spacy
from spacy.language import Language

from directive_extract import components  # noqa: F401  (registers the factories)
from directive_extract.components.common import DRAFT, REF_DATE
from directive_extract.draft import DocumentDraft
from directive_extract.models import Document
from directive_extract.normalize import normalize
from directive_extract.records import RecordBuilder
from directive_extract.timex import find_document_date
from directive_extract.tokens import make_doc

COMPONENTS = ("de_structure", "de_cues", "de_actors", "de_time", "de_targets", "de_assemble")


@dataclass(frozen=True)
class Settings:
    """Options of a :class:`Pipeline` (keyword-only in :func:`extract`)."""

    find_document_date: bool = True


class Pipeline:
    """A reusable extractor: builds the spaCy pipeline once, then ``pipe`` many texts."""

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings or Settings()
        self.nlp: Language = spacy.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": False}}})
        for name in COMPONENTS:
            self.nlp.add_pipe(name)

    def __call__(
        self, text: str, *, document_date: date | None = None, source: str | None = None
    ) -> Document:
        """Extract the directives of one text. Offsets in the result index ``text`` as given."""
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
        doc.user_data[REF_DATE] = ref
        for _name, proc in self.nlp.pipeline:
            doc = proc(doc)
        draft: DocumentDraft = doc.user_data[DRAFT]
        draft.document_date = ref
        draft.document_date_source = date_source
        draft.document_date_span = date_span
        builder = RecordBuilder(norm)
        return builder.document(draft, source)

    def pipe(self, texts: Iterable[str], *, document_date: date | None = None) -> Iterator[Document]:
        """Extract many texts, in order."""
        for text in texts:
            yield self(text, document_date=document_date)


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
