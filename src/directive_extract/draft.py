"""Intermediate records of the pipeline, in normalised-text offsets (before mapping to the input).

The extractor components propose :class:`Mention` objects; assembly groups them into
:class:`DirectiveDraft` objects; :mod:`directive_extract.records` maps those to the pydantic
contract with offsets into the raw input.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any


@dataclass
class Mention:
    """A span of the normalised text with its normalised values and the rule that found it."""

    start: int
    end: int
    kind: str  # "cue", "actor", "deadline", "recurrence", "target", "urgency"
    rule: str
    values: dict[str, Any] = field(default_factory=dict)

    def overlaps(self, start: int, end: int) -> bool:
        return self.start < end and start < self.end

    def inside(self, start: int, end: int) -> bool:
        return start <= self.start and self.end <= end


@dataclass
class DirectiveDraft:
    start: int
    end: int
    modality: str
    rule: str
    cue: Mention | None = None
    issuer: Mention | None = None
    issuer_inherited: bool = False
    addressees: list[Mention] = field(default_factory=list)
    addressees_inherited: bool = False
    coordinators: list[Mention] = field(default_factory=list)
    coordinators_inherited: bool = False
    reported_to: list[Mention] = field(default_factory=list)
    action: tuple[int, int] | None = None
    deadline: Mention | None = None
    recurrence: Mention | None = None
    targets: list[Mention] = field(default_factory=list)
    urgent: bool = False
    confidence: float = 0.5
    provenance: list[str] = field(default_factory=list)


@dataclass
class DocumentDraft:
    document_date: date | None = None
    document_date_source: str = "none"
    document_date_span: tuple[int, int] | None = None
    issuer: Mention | None = None
    directives: list[DirectiveDraft] = field(default_factory=list)
