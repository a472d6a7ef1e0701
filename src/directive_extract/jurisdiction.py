"""Which province an actor belongs to (``Actor.jurisdiction``), resolved from the document.

The canonical ``name`` is what the text says (GUIDELINES §28: "Sở Tài chính" in a Hà Nội notice
stays "Sở Tài chính"), so the place a reader fills in goes into a separate field:

- an actor that names its province keeps it: "Ủy ban nhân dân tỉnh Long An", "Sở Giáo dục và Đào
  tạo Hà Nội" → Long An, Hà Nội;
- a provincial, district or commune body that does not ("Sở Tài chính", "Ủy ban nhân dân tỉnh",
  "các địa phương", "Ủy ban nhân dân các huyện") takes the province of the document: the one its
  issuer names, else, when the issuer is a provincial body, the province most often named with the
  provincial bodies of the text ("Ngày 28/10/2025, UBND tỉnh Lạng Sơn đã ban hành …");
- central bodies, and every actor of a document issued centrally ("Ủy ban nhân dân các tỉnh" in a
  Công điện of the Prime Minister means all provinces), get none.

``jurisdiction_id`` is the province's gazetteer id ("prov_lang_son"), for joins; a province merged
in 2025 keeps its own id (the gazetteer's ``replaced_by`` says where it went).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from functools import cache

from directive_extract.gazetteer import Entry, FormIndex, build_index, records, tokenize
from directive_extract.models import Actor, Document

PROVINCES_FILE = "provinces.yaml"
LOCAL_LEVELS = frozenset({"provincial", "district", "commune"})


@cache
def _index() -> FormIndex:
    return build_index([r for r in records() if r.file == PROVINCES_FILE])


def provinces_in(name: str) -> list[Entry]:
    """The provinces named in ``name``, in order: capitalised forms only, so the "an" of
    "an ninh" is not Long An ("Ủy ban nhân dân các tỉnh, thành phố Cần Thơ, An Giang" → Cần Thơ,
    An Giang)."""
    toks = tokenize(name)
    low = [t.low for t in toks]
    raw = [t.text for t in toks]
    out: list[Entry] = []
    i = 0
    while i < len(toks):
        hit = _index().match(low, raw, i) if raw[i][:1].isupper() else None
        if hit is None:
            i += 1
            continue
        n, rec = hit
        if rec.entry not in out:
            out.append(rec.entry)
        i += n
    return out


def _actors(doc: Document) -> Iterator[Actor]:
    if doc.issuer is not None:
        yield doc.issuer
    for d in doc.directives:
        if d.issuer is not None:
            yield d.issuer
        yield from d.addressees
        yield from d.coordinators
        yield from d.reported_to


def document_province(doc: Document) -> Entry | None:
    """The province the document is issued in, or ``None`` for a central or unknown issuer."""
    issuer = doc.issuer
    if issuer is None or issuer.level not in LOCAL_LEVELS:
        return None
    own = provinces_in(issuer.name)
    if len(own) == 1:
        return own[0]
    counts: Counter[str] = Counter()
    entries: dict[str, Entry] = {}
    for a in _actors(doc):
        if a.level == "provincial":
            found = provinces_in(a.name)
            if len(found) == 1:
                counts[found[0].id] += 1
                entries[found[0].id] = found[0]
    if not counts:
        return None
    # the most frequent; on a tie the first named (max keeps the first of equal keys, in insertion order)
    return entries[max(counts, key=counts.__getitem__)]


def assign_jurisdictions(doc: Document) -> Document:
    """Fill ``jurisdiction`` and ``jurisdiction_id`` of every actor of ``doc`` (in place)."""
    home = document_province(doc)
    for a in _actors(doc):
        own = provinces_in(a.name)
        place = own[0] if len(own) == 1 else None
        if place is None and home is not None and a.level in LOCAL_LEVELS and not own:
            place = home
        if place is not None:
            a.jurisdiction, a.jurisdiction_id = place.name, place.id
    return doc
