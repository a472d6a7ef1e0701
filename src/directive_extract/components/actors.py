"""``de_actors``: actor mentions from the gazetteer and productive patterns
(:func:`directive_extract.actors.find_actors`), written to ``doc.spans["actor"]``."""

from __future__ import annotations

from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc

from directive_extract.actors import find_actors, resolve_reference
from directive_extract.components.common import add_mentions, sentence_texts
from directive_extract.draft import Mention


@Language.component("de_actors")
def actors(doc: Doc) -> Doc:
    found: list[Mention] = []
    previous = []
    for off, text in sentence_texts(doc):
        for local in find_actors(text):
            a = replace(local, start=off + local.start, end=off + local.end)
            # "Bộ cũng yêu cầu" → the ministry named before: keep the span, take its identity
            ante = resolve_reference(a, previous)
            rule = a.rule
            if ante is not None:
                a = replace(a, name=ante.name, kind=ante.kind, id=ante.id, level=ante.level)
                rule = f"{a.rule}+resolved"
            previous.append(a)
            found.append(
                Mention(
                    a.start,
                    a.end,
                    "actor",
                    rule,
                    {
                        "name": a.name,
                        "kind": a.kind,
                        "id": a.id,
                        "level": a.level,
                        "generic": a.generic,
                        "match": a,
                    },
                )
            )
    add_mentions(doc, "actor", found)
    return doc
