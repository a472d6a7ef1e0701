"""Train the span model's heads (:mod:`directive_extract.learn.spans`) on rule-processed gold documents.

Each head is a blank ``xx`` pipeline with one ``ner`` component; the heads share one vocabulary.
Reproducible: the seed fixes spaCy/thinc/numpy and the shuffling; the epoch kept per head is the
one with the best exact-span micro F1 on the dev blocks.
"""

from __future__ import annotations

import random
import time
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.training import Example

from directive_extract.learn.spans import (
    HEADS,
    BlockDoc,
    SpanModel,
    block_docs,
    block_entities,
    gold_spans,
    ner_config,
)


def _blocks_of(nlp: Language, prepared: Sequence[Any]) -> list[tuple[list[BlockDoc], dict[str, list[Any]]]]:
    out = []
    for p in prepared:
        blocks = block_docs(nlp, p.asm.doc, p.asm, p.draft)
        out.append((blocks, gold_spans(p.norm, p.gold)))
    return out


def _examples(data: list[tuple[list[BlockDoc], dict[str, list[Any]]]], head: str) -> list[Example]:
    out = []
    for blocks, gold in data:
        for b in blocks:
            ents = block_entities(b, gold[head])
            out.append(Example.from_dict(b.doc.copy(), {"entities": ents}))
    return out


def span_prf(
    nlp: Language, data: list[tuple[list[BlockDoc], dict[str, list[Any]]]], head: str
) -> dict[str, dict[str, float]]:
    """Exact-span P/R/F1 per label of one head over ``data`` (and ``"all"``)."""
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    for blocks, gold in data:
        docs = [b.doc.copy() for b in blocks]
        for b, d in zip(blocks, nlp.pipe(docs, batch_size=64), strict=True):
            g = set(block_entities(b, gold[head]))
            p = {(e.start_char, e.end_char, e.label_) for e in d.ents}
            for x in p & g:
                tp[x[2]] += 1
                tp["all"] += 1
            for x in p - g:
                fp[x[2]] += 1
                fp["all"] += 1
            for x in g - p:
                fn[x[2]] += 1
                fn["all"] += 1
    out = {}
    for lab in (*HEADS[head], "all"):
        p = tp[lab] / (tp[lab] + fp[lab]) if tp[lab] + fp[lab] else 0.0
        r = tp[lab] / (tp[lab] + fn[lab]) if tp[lab] + fn[lab] else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        out[lab] = {
            "precision": round(p, 4),
            "recall": round(r, 4),
            "f1": round(f, 4),
            "gold": tp[lab] + fn[lab],
        }
    return out


def train_spans(
    train: Sequence[Any],
    dev: Sequence[Any],
    *,
    seed: int = 0,
    epochs: int = 12,
    log: Callable[[str], None] = print,
) -> SpanModel:
    """Train every head on ``train`` (:class:`~directive_extract.learn.train.Prepared` documents)
    and keep each head's best epoch on ``dev`` (save with :func:`save_spans`)."""
    t0 = time.monotonic()
    spacy.util.fix_random_seed(seed)
    base = spacy.blank("xx")
    tr = _blocks_of(base, train)
    dv = _blocks_of(base, dev)
    heads: dict[str, Language] = {}
    info: dict[str, Any] = {"seed": seed, "epochs": epochs, "heads": {}}
    for head, labels in HEADS.items():
        spacy.util.fix_random_seed(seed)
        nlp = base if head == "main" else spacy.blank("xx", vocab=base.vocab)
        ner = nlp.add_pipe("ner", config=ner_config())
        for lab in labels:
            ner.add_label(lab)  # type: ignore[attr-defined]
        examples = _examples(tr, head)
        nlp.initialize(lambda ex=examples: ex)  # type: ignore[misc]
        rng = random.Random(seed)
        best: tuple[float, int, bytes, dict[str, Any]] | None = None
        for epoch in range(1, epochs + 1):
            rng.shuffle(examples)
            losses: dict[str, float] = {}
            for i in range(0, len(examples), 16):
                nlp.update(examples[i : i + 16], drop=0.2, losses=losses)
            scores = span_prf(nlp, dv, head)
            f = scores["all"]["f1"]
            if best is None or f > best[0] + 1e-9:
                best = (f, epoch, nlp.get_pipe("ner").to_bytes(), scores)
            log(f"spans {head} epoch {epoch:2d} loss {losses.get('ner', 0.0):.1f} dev span F1 {f:.3f}")
        assert best is not None
        nlp.get_pipe("ner").from_bytes(best[2])
        info["heads"][head] = {
            "labels": list(labels),
            "best_epoch": best[1],
            "dev": best[3],
            "config": spacy.util.copy_config(nlp.config).interpolate().to_str(),
            "train_blocks": len(examples),
        }
        heads[head] = nlp
    info["seconds"] = round(time.monotonic() - t0, 1)
    return SpanModel(heads, info)


def save_spans(model: SpanModel, output: str | Path) -> None:
    """Write every head under ``output/<head>``; the record (``model.info``) goes with ``main``."""
    out = Path(output)
    out.mkdir(parents=True, exist_ok=True)
    for head, nlp in model.heads.items():
        nlp.meta["name"] = f"spans_{head}"
        nlp.meta["version"] = "0.1.0"
        nlp.meta["directive_extract"] = model.info if head == "main" else {"head": head}
        nlp.to_disk(out / head)
