"""``de_cues``: directing words ("yêu cầu", "giao", "có trách nhiệm", "nghiêm cấm") from
``data/vi/directives/cues.yaml``, written to ``doc.spans["cue"]``."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from directive_extract.components.common import add_mentions, doc_text, segmentation
from directive_extract.draft import Mention
from directive_extract.lexicon import lexicon

CUES = "directives/cues.yaml"


@Language.component("de_cues")
def cues(doc: Doc) -> Doc:
    found: list[Mention] = []
    lex = lexicon(CUES)
    text = doc_text(doc)
    for sent in segmentation(doc).sentences:
        for m in lex.find(text, sent.start, sent.end):
            e = m.entry
            found.append(
                Mention(
                    m.start,
                    m.end,
                    "cue",
                    m.id,
                    {
                        "modality": e["modality"],
                        "pattern": e["pattern"],
                        "priority": int(e.get("priority", 0)),
                        "action_in_items": bool(e.get("action_in_items", False)),
                    },
                )
            )
    add_mentions(doc, "cue", found)
    return doc
