"""``de_targets``: numeric targets (:func:`directive_extract.targets.find_targets`), written to
``doc.spans["target"]``."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from directive_extract.components.common import add_mentions, sentence_texts
from directive_extract.draft import Mention
from directive_extract.targets import find_targets


def _shift(pair: tuple[int, int] | None, off: int) -> tuple[int, int] | None:
    return None if pair is None else (pair[0] + off, pair[1] + off)


@Language.component("de_targets")
def targets(doc: Doc) -> Doc:
    found: list[Mention] = []
    for off, text in sentence_texts(doc):
        for t in find_targets(text):
            found.append(
                Mention(
                    off + t.start,
                    off + t.end,
                    "target",
                    t.rule,
                    {
                        "comparator": t.comparator,  # "tăng ít nhất 25%" → ">=" (GUIDELINES 54)
                        "direction": t.direction,
                        "value": t.value,
                        "value_max": t.value_max,
                        "unit": t.unit,
                        "unit_id": t.unit_id,
                        "currency": t.currency,
                        "per": t.per,
                        "metric": _shift(t.metric, off),
                        "base": _shift(t.base, off),
                        "baseline": _shift(t.baseline, off),
                    },
                )
            )
    add_mentions(doc, "target", found)
    return doc
