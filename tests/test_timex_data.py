"""Every entry of ``data/vi/time/*.yaml`` runs its own ``examples`` and ``negatives``.

How an example is checked depends on the section (``MODES``): ``rule`` — some match's rule names
the entry; ``consumed`` — a match ends where the example ends (vocabulary that never names a rule,
e.g. connectors and number words); ``recurrence``/``urgency`` — the finder reports the entry's id;
``document_date`` — the example's date is found as the document date. A negative must not produce
what its example would; for guard sections (``none``) a negative yields no deadline at all.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import pytest

from directive_extract.data import entries, load
from directive_extract.timex import find_deadlines, find_document_date, find_recurrences, find_urgency

REF = dt.date(2020, 10, 15)

MODES: dict[tuple[str, str], str] = {
    ("relations", "entries"): "rule",
    ("relations", "completion"): "consumed",
    ("relations", "range_joiners"): "consumed",
    ("relations", "name_guards"): "none",
    ("relations", "name_heads"): "none",
    ("periods", "units"): "rule",
    ("periods", "quarter_numerals"): "rule",
    ("periods", "spans"): "rule",
    ("periods", "year_parts"): "rule",
    ("periods", "sub_parts"): "rule",
    ("periods", "this_period_words"): "consumed",
    ("periods", "connectors"): "consumed",
    ("relative", "entries"): "rule",
    ("relative", "anchors"): "rule",
    ("relative", "number_words"): "consumed",
    ("relative", "duration_links"): "consumed",
    ("relative", "duration_blockers"): "none",
    ("holidays", "entries"): "rule",
    ("holidays", "can_chi"): "consumed",
    ("recurrence", "entries"): "recurrence",
    ("recurrence", "every_n"): "recurrence",
    ("recurrence", "blockers"): "no_recurrence",
    ("urgency", "entries"): "urgency",
    ("citations", "doc_types"): "none",
    ("citations", "event_prefixes"): "none",
    ("citations", "issue_verbs"): "document_date",
    ("citations", "past_markers"): "document_date",
    ("citations", "header"): "document_date",
}
FILES = sorted({f for f, _ in MODES})


def _cases(kind: str) -> list[tuple[str, str, str, dict[str, Any], str]]:
    out = []
    for (f, sec), mode in MODES.items():
        for e in entries(f"time/{f}.yaml", sec):
            for ex in e.get(kind) or []:
                out.append((f, sec, mode, e, ex))
    return out


def _rules(text: str) -> list[list[str]]:
    return [m.rule.split("+") for m in find_deadlines(text, REF)]


def _ids(cases: list[tuple[str, str, str, dict[str, Any], str]]) -> list[str]:
    return [f"{f}.{e['id']}:{ex[:40]}" for f, _, _, e, ex in cases]


POSITIVE = _cases("examples")
NEGATIVE = _cases("negatives")


@pytest.mark.parametrize(("f", "sec", "mode", "entry", "example"), POSITIVE, ids=_ids(POSITIVE))
def test_example(f: str, sec: str, mode: str, entry: dict[str, Any], example: str) -> None:
    eid = entry["id"]
    if mode == "rule":
        assert any(eid in r for r in _rules(example)), (example, _rules(example))
    elif mode == "consumed":
        found = find_deadlines(example, REF)
        assert found and found[-1].end == len(example.rstrip(" .;")), (example, found)
    elif mode == "recurrence":
        assert eid in [r.rule for r in find_recurrences(example)]
    elif mode == "urgency":
        assert eid in [rid for _, _, rid in find_urgency(example)]
    elif mode == "document_date":
        assert find_document_date(example) is not None
    else:
        raise AssertionError(f"section {f}.{sec} (mode {mode!r}) takes no examples; move {example!r}")


@pytest.mark.parametrize(("f", "sec", "mode", "entry", "example"), NEGATIVE, ids=_ids(NEGATIVE))
def test_negative(f: str, sec: str, mode: str, entry: dict[str, Any], example: str) -> None:
    eid = entry["id"]
    if mode == "rule":
        assert not any(eid in r for r in _rules(example)), (example, _rules(example))
    elif mode in ("none", "document_date"):
        assert find_deadlines(example, REF) == []
    elif mode == "recurrence":
        assert eid not in [r.rule for r in find_recurrences(example)]
    elif mode == "no_recurrence":
        assert find_recurrences(example) == []
    elif mode == "urgency":
        assert eid not in [rid for _, _, rid in find_urgency(example)]
    else:
        assert find_deadlines(example, REF) == []


@pytest.mark.parametrize("name", FILES)
def test_every_section_is_checked(name: str) -> None:
    doc = load(f"time/{name}.yaml")
    assert set(doc) == {sec for f, sec in MODES if f == name}


@pytest.mark.parametrize("name", FILES)
def test_entries_have_ascii_unique_ids(name: str) -> None:
    ids = [e["id"] for sec in load(f"time/{name}.yaml") for e in entries(f"time/{name}.yaml", sec)]
    assert len(ids) == len(set(ids))
    assert all(re.fullmatch(r"[a-z0-9_]+", i) for i in ids)


def test_every_example_count() -> None:
    assert len(POSITIVE) >= 80 and len(NEGATIVE) >= 40
