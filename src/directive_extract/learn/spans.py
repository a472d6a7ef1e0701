"""The span model: where the roles of directives are written, learned from the gold corpus.

Two spaCy NER heads over the rule pipeline's syllable tokens, one ``Doc`` per text block (a
line: a lead-in, an item, a header such as "2.2 Phòng Văn hoá - Thông tin"):

- ``main``: ``ADDRESSEE``, ``ISSUER``, ``ACTION``, ``DEADLINE`` (they do not nest);
- ``inner``: ``COORDINATOR``, ``TARGET`` (written inside an action: "phối hợp với Sở Tài chính",
  "giảm 10% số vụ").

Each token's ``tag_`` and ``lemma_`` carry what the rules found there, and the tok2vec embeds them
with the syllable: ``tag_`` = the tokeniser's tag (``V``/``X``) and the rule mention covering the
token (``actor``, ``deadline``, ``cue_object`` …, with ``B``/``I``); ``lemma_`` = the role the
rule assembly gave it (``addr``, ``coord``, ``issuer``, ``action``, ``deadline``, ``target``,
``cue``; ``addr_src`` where inherited addressees are written), whether it lies inside a rule
directive and whether its block is a lead-in. In "- Giao Sở Y tế chủ trì" the tokens of "Sở Y tế"
get ``X|B-actor`` / ``X|I-actor`` and ``addr|dir|N``.

Gold spans are labelled where they are written: an inherited addressee points at its lead-in or
header text (the review loader locates it there), so the header "2.2 Phòng Văn hoá - Thông tin"
is an ``ADDRESSEE`` span even though the directives that inherit it lie below. Spans repeated by
several directives are labelled once.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from directive_extract.components.assemble import Assembler
from directive_extract.components.common import mentions
from directive_extract.draft import DocumentDraft
from directive_extract.models import Document
from directive_extract.normalize import Normalized

SPANS_DIR = Path(__file__).resolve().parent.parent / "trained" / "spans"
HEADS: dict[str, tuple[str, ...]] = {
    "main": ("ADDRESSEE", "ISSUER", "ACTION", "DEADLINE"),
    "inner": ("COORDINATOR", "TARGET"),
}
LABELS = tuple(lab for labs in HEADS.values() for lab in labs)
_MENTION_ORDER = ("actor", "deadline", "target", "recurrence", "urgency", "cue")
_ROLE_ORDER = ("addr", "coord", "issuer", "deadline", "target", "cue", "addr_src", "action")


def ner_config(width: int = 64, depth: int = 2) -> dict[str, Any]:
    """The NER model of one head: a small CNN tok2vec over syllable and rule features."""
    return {
        "model": {
            "@architectures": "spacy.TransitionBasedParser.v2",
            "state_type": "ner",
            "extra_state_tokens": False,
            "hidden_width": 64,
            "maxout_pieces": 2,
            "use_upper": True,
            "nO": None,
            "tok2vec": {
                "@architectures": "spacy.Tok2Vec.v2",
                "embed": {
                    "@architectures": "spacy.MultiHashEmbed.v2",
                    "width": width,
                    "attrs": ["NORM", "PREFIX", "SUFFIX", "SHAPE", "TAG", "LEMMA"],
                    "rows": [3000, 500, 1000, 200, 200, 200],
                    "include_static_vectors": False,
                },
                "encode": {
                    "@architectures": "spacy.MaxoutWindowEncoder.v2",
                    "width": width,
                    "window_size": 1,
                    "maxout_pieces": 3,
                    "depth": depth,
                },
            },
        }
    }


@dataclass
class BlockDoc:
    """A block of the rule ``Doc`` as a feature ``Doc`` (offsets: ``base`` + char in ``doc``)."""

    block: int
    base: int
    doc: Doc


def _token_features(doc: Doc, draft: DocumentDraft) -> tuple[list[str], list[str]]:
    """``(tag, lemma)`` of every token of the rule ``doc`` (see the module docstring)."""
    n = len(doc)
    starts = [t.idx for t in doc]
    import bisect

    def token_range(s: int, e: int) -> range:
        i = bisect.bisect_right(starts, s) - 1
        j = bisect.bisect_left(starts, e)
        return range(max(i, 0), j)

    mention_tag = [""] * n
    for kind in _MENTION_ORDER:
        for m in mentions(doc, kind):
            label = kind if kind != "cue" else f"cue_{m.values.get('pattern')}"
            for k, i in enumerate(token_range(m.start, m.end)):
                if not mention_tag[i] and not doc[i].is_space:
                    mention_tag[i] = ("B-" if k == 0 else "I-") + label
    role = [""] * n
    inside = [False] * n

    def mark(s: int, e: int, name: str) -> None:
        for i in token_range(s, e):
            if not role[i] or _ROLE_ORDER.index(name) < _ROLE_ORDER.index(role[i]):
                role[i] = name

    for d in draft.directives:
        for i in token_range(d.start, d.end):
            inside[i] = True
        for a in d.addressees:
            mark(a.start, a.end, "addr_src" if d.addressees_inherited else "addr")
        for a in d.coordinators:
            mark(a.start, a.end, "coord")
        if d.issuer is not None and not d.issuer_inherited:
            mark(d.issuer.start, d.issuer.end, "issuer")
        if d.deadline is not None:
            mark(d.deadline.start, d.deadline.end, "deadline")
        for t in d.targets:
            mark(t.start, t.end, "target")
        if d.cue is not None:
            mark(d.cue.start, d.cue.end, "cue")
        if d.action is not None:
            mark(d.action[0], d.action[1], "action")
    if draft.issuer is not None:
        mark(draft.issuer.start, draft.issuer.end, "issuer")
    tags = [f"{t.tag_ or 'X'}|{mention_tag[i] or 'O'}" for i, t in enumerate(doc)]
    lemmas = [f"{role[i] or 'O'}|{'dir' if inside[i] else 'out'}" for i in range(n)]
    return tags, lemmas


def block_docs(nlp: Language, doc: Doc, asm: Assembler, draft: DocumentDraft) -> list[BlockDoc]:
    """One feature ``Doc`` per block of the rule ``doc`` (after ``de_assemble``; ``draft`` the
    rule draft), in ``nlp``'s vocabulary."""
    tags, lemmas = _token_features(doc, draft)
    out: list[BlockDoc] = []
    toks = list(doc)
    i = 0
    for bi, blk in enumerate(asm.seg.blocks):
        while i < len(toks) and toks[i].idx < blk.start:
            i += 1
        j = i
        while j < len(toks) and toks[j].idx + len(toks[j].text) <= blk.end:
            j += 1
        if j <= i:
            continue
        leadin = "L" if blk.leadin else "N"
        words = [t.text for t in toks[i:j]]
        spaces = [bool(t.whitespace_) for t in toks[i:j]]
        spaces[-1] = False
        bdoc = Doc(
            nlp.vocab,
            words=words,
            spaces=spaces,
            tags=tags[i:j],
            lemmas=[f"{lem}|{leadin}" for lem in lemmas[i:j]],
        )
        out.append(BlockDoc(bi, toks[i].idx, bdoc))
        i = j
    return out


def gold_spans(norm: Normalized, gold: Document) -> dict[str, list[tuple[int, int, str]]]:
    """Gold role spans of ``gold`` in normalised offsets, once each, per head: where two spans of
    a head overlap, the one more directives name (then the longer) is kept."""
    text = norm.text
    votes: Counter[tuple[int, int, str]] = Counter()

    def add(start: int, end: int, label: str) -> None:
        s, e = norm.from_raw(start), norm.from_raw(end)
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            votes[(s, e, label)] += 1

    if gold.issuer is not None:
        add(gold.issuer.start, gold.issuer.end, "ISSUER")
    for d in gold.directives:
        for a in d.addressees:
            add(a.start, a.end, "ADDRESSEE")
        for a in d.coordinators:
            add(a.start, a.end, "COORDINATOR")
        if d.issuer is not None:
            add(d.issuer.start, d.issuer.end, "ISSUER")
        if d.action is not None:
            add(d.action.start, d.action.end, "ACTION")
        if d.deadline is not None:
            add(d.deadline.start, d.deadline.end, "DEADLINE")
        for t in d.targets:
            add(t.start, t.end, "TARGET")
    out: dict[str, list[tuple[int, int, str]]] = {}
    for head, labels in HEADS.items():
        cands = sorted(
            (k for k in votes if k[2] in labels), key=lambda k: (-votes[k], -(k[1] - k[0]), k[0], k[2])
        )
        kept: list[tuple[int, int, str]] = []
        for s, e, lab in cands:
            if all(e <= ks or ke <= s for ks, ke, _ in kept):
                kept.append((s, e, lab))
        out[head] = sorted(kept)
    return out


def block_entities(bd: BlockDoc, spans: Iterable[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The spans inside the block, as token-aligned character offsets of its ``Doc``."""
    n = len(bd.doc.text)
    out = []
    for s, e, lab in spans:
        ls, le = s - bd.base, e - bd.base
        if ls < 0 or le > n:
            continue
        sp = bd.doc.char_span(ls, le, label=lab, alignment_mode="expand")
        if sp is not None:
            out.append((sp.start_char, sp.end_char, lab))
    return out


class SpanModel:
    """The trained heads; :meth:`predict` gives role spans in the rule ``Doc``'s offsets."""

    def __init__(self, heads: dict[str, Language], info: dict[str, Any] | None = None) -> None:
        self.heads = heads
        self.info = info or {}

    @classmethod
    def load(cls, path: str | Path = SPANS_DIR) -> SpanModel:
        path = Path(path)
        main = spacy.load(path / "main")
        heads = {h: main if h == "main" else spacy.load(path / h, vocab=main.vocab) for h in HEADS}
        return cls(heads, main.meta.get("directive_extract", {}))

    @property
    def vocab_nlp(self) -> Language:
        return self.heads["main"]

    def predict_blocks(
        self, blocks: list[BlockDoc], heads: set[str] | None = None
    ) -> list[tuple[int, int, str]]:
        out: list[tuple[int, int, str]] = []
        for name, nlp in self.heads.items():
            if heads is not None and name not in heads:
                continue
            docs = [b.doc.copy() for b in blocks]
            for b, d in zip(blocks, nlp.pipe(docs, batch_size=64), strict=True):
                out.extend((b.base + e.start_char, b.base + e.end_char, e.label_) for e in d.ents)
        return sorted(out)

    def predict(
        self,
        doc: Doc,
        asm: Assembler,
        draft: DocumentDraft,
        heads: set[str] | None = None,
        blocks: set[int] | None = None,
    ) -> list[tuple[int, int, str]]:
        """Role spans ``(start, end, label)`` of the rule ``doc`` (normalised offsets), from the
        ``heads`` named (all by default) over the ``blocks`` named (all by default)."""
        bdocs = block_docs(self.vocab_nlp, doc, asm, draft)
        if blocks is not None:
            bdocs = [b for b in bdocs if b.block in blocks]
        return self.predict_blocks(bdocs, heads)


@lru_cache(maxsize=4)
def packaged_spans(path: str = str(SPANS_DIR)) -> SpanModel:
    """The span model shipped in the package (loaded once per process, from disk only)."""
    return SpanModel.load(path)
