"""``de_time``: deadlines, recurrences and urgency words (:mod:`directive_extract.timex`),
written to ``doc.spans["deadline"]``, ``doc.spans["recurrence"]``, ``doc.spans["urgency"]``."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from directive_extract.components.common import add_mentions, ref_date, sentence_texts
from directive_extract.draft import Mention
from directive_extract.timex import find_deadlines, find_recurrences, find_urgency


@Language.component("de_time")
def time(doc: Doc) -> Doc:
    ref = ref_date(doc)
    deadlines: list[Mention] = []
    recurrences: list[Mention] = []
    urgency: list[Mention] = []
    for off, text in sentence_texts(doc):
        for t in find_deadlines(text, ref):
            deadlines.append(
                Mention(
                    off + t.start,
                    off + t.end,
                    "deadline",
                    t.rule,
                    {
                        "relation": t.relation,
                        "date": t.date,
                        "start_date": t.start_date,
                        "value": t.value,
                        "anchor": t.anchor,
                        "flags": list(t.flags),
                    },
                )
            )
        for r in find_recurrences(text):
            recurrences.append(
                Mention(
                    off + r.start,
                    off + r.end,
                    "recurrence",
                    r.rule,
                    {"period": r.period, "rrule": r.rrule, "anchor_day": r.anchor_day},
                )
            )
        for s, e, rule in find_urgency(text):
            urgency.append(Mention(off + s, off + e, "urgency", rule))
    add_mentions(doc, "deadline", deadlines)
    add_mentions(doc, "recurrence", recurrences)
    add_mentions(doc, "urgency", urgency)
    return doc
