"""``de_actors``: actor mentions from the gazetteer and productive patterns
(:func:`directive_extract.actors.find_actors`), written to ``doc.spans["actor"]``."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from directive_extract.actors import find_actors
from directive_extract.components.common import add_mentions, sentence_texts
from directive_extract.draft import Mention


@Language.component("de_actors")
def actors(doc: Doc) -> Doc:
    found: list[Mention] = []
    for off, text in sentence_texts(doc):
        for a in find_actors(text):
            found.append(
                Mention(
                    off + a.start,
                    off + a.end,
                    "actor",
                    a.rule,
                    {"name": a.name, "kind": a.kind, "id": a.id, "level": a.level, "generic": a.generic,
                     "match": a},
                )
            )
    add_mentions(doc, "actor", found)
    return doc
