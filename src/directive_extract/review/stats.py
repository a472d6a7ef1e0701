"""Per-field counts of a review: accepted, corrected, rejected, added — the system's precision
as reviewers see it.

A field of a directive counts once per directive when the system or the reviewer filled it:

- ``accepted``: the system's value was kept (directive accepted, or corrected elsewhere);
- ``corrected``: the reviewer changed the system's value;
- ``rejected``: the system's value was deleted, or its whole directive rejected;
- ``added``: the system left it empty and the reviewer filled it (or the directive was added);
- ``pending``: not reviewed yet; ``unknown``: a corrected directive without the ``extracted``
  fingerprints export writes, so which fields changed cannot be told.

Precision is ``accepted / (accepted + corrected + rejected)`` for a field, and for directives
``(accepted + corrected) / (accepted + corrected + rejected)`` (a corrected directive is still a
directive the system found). Example: 8 addressee lists accepted, 1 corrected, 1 deleted → 0.8.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path

from directive_extract.review.check import check_path
from directive_extract.review.io import DEFAULT_MAX_BYTES
from directive_extract.review.model import FIELDS, ReviewDirective, fingerprints

COLUMNS = ("accepted", "corrected", "rejected", "added", "pending", "unknown")


@dataclass
class Counts:
    accepted: int = 0
    corrected: int = 0
    rejected: int = 0
    added: int = 0
    pending: int = 0
    unknown: int = 0

    def precision(self, *, directive: bool = False) -> float | None:
        kept = self.accepted + self.corrected if directive else self.accepted
        judged = self.accepted + self.corrected + self.rejected
        return kept / judged if judged else None


@dataclass
class Stats:
    files: int = 0
    directives: Counts = field(default_factory=Counts)
    fields: dict[str, Counts] = field(default_factory=lambda: {f: Counts() for f in FIELDS})
    problems: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, object]:
        def row(c: Counts, directive: bool = False) -> dict[str, object]:
            return {**asdict(c), "precision": c.precision(directive=directive)}

        return {
            "files": self.files,
            "directives": row(self.directives, True),
            "fields": {name: row(c) for name, c in self.fields.items()},
        }


def _bump(counts: Counts, column: str) -> None:
    setattr(counts, column, getattr(counts, column) + 1)


def count_directive(stats: Stats, d: ReviewDirective) -> None:
    """Add one directive's per-field judgements to ``stats``."""
    _bump(stats.directives, d.status)
    now = fingerprints(d)
    before = d.extracted
    for name in FIELDS:
        c = stats.fields[name]
        current = now.get(name)
        if d.status == "added":
            if current:
                _bump(c, "added")
            continue
        system = before.get(name) if before is not None else current
        if d.status == "pending":
            if system:
                _bump(c, "pending")
        elif d.status == "rejected":
            if system:
                _bump(c, "rejected")
        elif d.status == "accepted":
            if system:
                _bump(c, "accepted")
        elif before is None:  # corrected, but what the system said is unknown
            if current:
                _bump(c, "unknown")
        elif system and current:
            _bump(c, "accepted" if system == current else "corrected")
        elif system:
            _bump(c, "rejected")
        elif current:
            _bump(c, "added")


def review_stats(paths: Iterable[str | Path], *, max_bytes: int = DEFAULT_MAX_BYTES) -> Stats:
    """Counts over every review file in ``paths`` (folders are searched for ``*.review.yaml``)."""
    stats = Stats()
    for p in paths:
        path = Path(p)
        files = sorted(path.rglob("*.review.yaml")) if path.is_dir() else [path]
        for f in files:
            result = check_path(f, max_bytes=max_bytes)
            if result.problems or result.review is None:
                stats.problems.extend(result.problems)
                continue
            stats.files += 1
            for d in result.review.directives or []:
                count_directive(stats, d)
    return stats


def format_stats(stats: Stats) -> str:
    """A plain-text table, one row per field."""
    head = f"{'field':<14}" + "".join(f"{c:>10}" for c in COLUMNS) + f"{'precision':>11}"
    lines = [f"{stats.files} file(s)", head]

    def row(name: str, c: Counts, directive: bool = False) -> str:
        p = c.precision(directive=directive)
        cells = "".join(f"{getattr(c, col):>10}" for col in COLUMNS)
        return f"{name:<14}{cells}{(f'{p:.3f}' if p is not None else '-'):>11}"

    lines.append(row("directive", stats.directives, True))
    lines.extend(row(name, c) for name, c in stats.fields.items())
    return "\n".join(lines)
