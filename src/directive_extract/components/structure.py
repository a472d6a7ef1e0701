"""``de_structure``: blocks, list items, sentences and clauses (see :mod:`directive_extract.segment`)."""

from __future__ import annotations

import numpy
from spacy.attrs import IDX, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from directive_extract.components.common import SEGMENTATION, doc_text
from directive_extract.segment import segment


@Language.component("de_structure")
def structure(doc: Doc) -> Doc:
    seg = segment(doc_text(doc))
    doc.user_data[SEGMENTATION] = seg
    starts = {s.start for s in seg.sentences}
    # One array write: setting ``tok.is_sent_start`` token by token re-checks the whole Doc each time.
    flags = [1 if i == 0 or int(off) in starts else -1 for i, off in enumerate(doc.to_array(IDX))]
    if flags:
        doc.from_array([SENT_START], numpy.array(flags, dtype="int64").astype("uint64"))
    return doc
