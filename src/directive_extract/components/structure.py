"""``de_structure``: blocks, list items, sentences and clauses (see :mod:`directive_extract.segment`)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from directive_extract.components.common import SEGMENTATION
from directive_extract.segment import segment


@Language.component("de_structure")
def structure(doc: Doc) -> Doc:
    seg = segment(doc.text)
    doc.user_data[SEGMENTATION] = seg
    starts = {s.start for s in seg.sentences}
    for tok in doc:
        tok.is_sent_start = tok.idx in starts or tok.i == 0
    return doc
