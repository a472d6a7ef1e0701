"""Every entry of ``data/vi/numbers/*.yaml`` runs its own ``examples`` and ``negatives``.

What an example or a negative must show is written at the top of each data file; this module holds one
check per file section. Example: the unit entry ``ha`` has the example "diện tích cao su đạt 6.000 ha",
so ``find_targets`` must return a target whose ``unit_id`` is ``ha``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import pytest

from directive_extract.data import entries
from directive_extract.normalize import normalize_text
from directive_extract.numbers import find_numbers, parse_number
from directive_extract.targets import TargetMatch, find_targets

FILES = {
    "number_words": ("numbers/number_words.yaml", ["entries", "ranges"]),
    "multipliers": ("numbers/multipliers.yaml", ["entries"]),
    "units": ("numbers/units.yaml", ["entries"]),
    "comparators": ("numbers/comparators.yaml", ["cues", "fillers", "conditions", "baselines"]),
    "per_unit": ("numbers/per_unit.yaml", ["markers", "nouns"]),
    "metric_stops": ("numbers/metric_stops.yaml", ["lead_ins", "base_end", "trailing", "time_heads"]),
    "labels": ("numbers/labels.yaml", ["labels", "list_joiners", "numero"]),
}


def _cases(kind: str) -> list[tuple[str, str, str, dict[str, Any], str]]:
    """(file, section, entry id, entry, phrase) for every example ("ex") or negative ("neg")."""
    out = []
    for name, (path, sections) in FILES.items():
        for section in sections:
            for e in entries(path, section):
                for phrase in e.get("examples" if kind == "ex" else "negatives") or []:
                    out.append((name, section, str(e["id"]), e, normalize_text(phrase)))
    return out


def _id(case: tuple[str, str, str, dict[str, Any], str]) -> str:
    return f"{case[0]}.{case[2]}:{case[4][:40]}"


def _terms(path: str, section: str) -> list[str]:
    return [normalize_text(t).lower() for e in entries(path, section) for t in e["terms"]]


def _starts_with_term(text: str, terms: list[str]) -> bool:
    low = text.lower()
    return any(re.match(re.escape(t) + r"(?!\w)", low) for t in terms)


def _ends_with_term(text: str, terms: list[str]) -> bool:
    low = text.lower()
    return any(re.search(r"(?<!\w)" + re.escape(t) + "$", low) for t in terms)


def _slice(text: str, span: tuple[int, int] | None) -> str | None:
    return None if span is None else text[span[0]:span[1]]


def _check_example(name: str, section: str, eid: str, e: dict[str, Any], text: str) -> None:
    targets: list[TargetMatch] = find_targets(text)
    if name == "number_words" and section == "ranges":
        assert [m.value_max is not None for m in find_numbers(text)] == [True]
    elif name == "number_words":
        assert parse_number(text) is not None
    elif name == "multipliers":
        value = parse_number(text)
        assert value is not None and value >= float(e["value"])
    elif name == "units":
        assert find_numbers(text)
        if e["kind"] in ("time", "age"):
            assert targets == []
        else:
            assert eid in [t.unit_id for t in targets]
    elif name == "comparators" and section == "cues":
        assert eid in [t.rule for t in targets]
    elif name == "comparators" and section == "fillers":
        assert any(t.text.lower().count(normalize_text(term).lower()) for t in targets for term in e["terms"])
    elif name == "comparators" and section == "conditions":
        assert targets == []
    elif name == "comparators" and section == "baselines":
        assert any(t.baseline is not None or t.base is not None for t in targets)
    elif name == "per_unit":
        assert any(t.per for t in targets)
    elif name == "metric_stops":
        assert targets
        path = FILES[name][0]
        for t in targets:
            metric, base = _slice(text, t.metric), _slice(text, t.base)
            if section == "lead_ins" and metric:
                assert not _starts_with_term(metric, _terms(path, "lead_ins"))
            if section == "trailing" and metric:
                assert not _ends_with_term(metric, _terms(path, "trailing"))
            if section == "time_heads" and metric:
                assert not _starts_with_term(metric, _terms(path, "time_heads"))
            if section == "base_end" and base:
                assert not any(re.search(r"(?<!\w)" + re.escape(w) + r"(?!\w)", base.lower())
                               for w in _terms(path, "base_end"))
    elif name == "labels":
        assert find_numbers(text) == []
    else:  # pragma: no cover - a new file section needs a check here
        raise AssertionError(f"no example check for {name}.{section}")


def _check_negative(name: str, section: str, eid: str, e: dict[str, Any], text: str) -> None:
    targets = find_targets(text)
    checks: dict[str, Callable[[], bool]] = {
        "number_words": lambda: find_numbers(text) == [],
        "multipliers": lambda: find_numbers(text) == [],
        "units": lambda: eid not in [t.unit_id for t in targets],
        "comparators": lambda: eid not in [t.rule for t in targets],
        "per_unit": lambda: not any(t.per for t in targets),
    }
    assert checks[name]()


EXAMPLES = _cases("ex")
NEGATIVES = _cases("neg")


@pytest.mark.parametrize("case", EXAMPLES, ids=[_id(c) for c in EXAMPLES])
def test_data_examples(case: tuple[str, str, str, dict[str, Any], str]) -> None:
    _check_example(*case)


@pytest.mark.parametrize("case", NEGATIVES, ids=[_id(c) for c in NEGATIVES])
def test_data_negatives(case: tuple[str, str, str, dict[str, Any], str]) -> None:
    _check_negative(*case)


@pytest.mark.parametrize("name", sorted(FILES))
def test_ids_ascii_unique_and_every_entry_has_examples(name: str) -> None:
    path, sections = FILES[name]
    seen: set[str] = set()
    for section in sections:
        for e in entries(path, section):
            eid = str(e["id"])
            assert eid.isascii() and re.fullmatch(r"[a-z0-9_]+", eid), eid
            assert eid not in seen, eid
            seen.add(eid)
            assert "examples" in e, eid


def test_every_unit_kind_is_known() -> None:
    kinds = {str(e["kind"]) for e in entries("numbers/units.yaml")}
    assert kinds <= {"percent", "permille", "currency", "measure", "count", "times", "time", "age"}
