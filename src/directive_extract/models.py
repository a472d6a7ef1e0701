"""The record contract: pydantic models of documents, directives, actors and spans.

Every span's ``start``/``end`` are character offsets (end exclusive) into the input
*exactly as given* to :func:`directive_extract.extract`, so ``input[start:end] == text``
holds for every span, whatever normalisation happened inside the pipeline.

Example (the sample notice): the addressee "các sở thông tin và truyền thông" is an
``Actor`` with ``name="Sở Thông tin và Truyền thông"`` and ``kind="department"``.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

SCHEMA_VERSION = "1.0"

Modality = Literal["obligation", "request", "prohibition", "permission"]
ActorKind = Literal[
    "ministry",
    "department",
    "people_committee",
    "government",
    "party",
    "agency",
    "locality",
    "official",
    "organisation",
    "enterprise",
    "other",
]
Relation = Literal["before", "by", "on", "from", "during", "range"]
Comparator = Literal[">=", ">", "<=", "<", "=", "increase", "decrease"]
Anchor = Literal["absolute", "document_date", "relative"]
DateSource = Literal["argument", "text", "none"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Span(_Model):
    """A piece of the input: ``input[start:end] == text``."""

    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)

    @model_validator(mode="after")
    def _ordered(self) -> Span:
        if self.end < self.start:
            raise ValueError(f"span end {self.end} precedes start {self.start}")
        if self.end - self.start != len(self.text):
            raise ValueError(
                f"span [{self.start}:{self.end}] has {self.end - self.start} characters "
                f"but its text has {len(self.text)}"
            )
        return self


class Actor(Span):
    """Someone who issues, must act or coordinates, as written plus a canonical name."""

    name: str = Field(description="Canonical name, abbreviations expanded.")
    kind: ActorKind = "other"
    id: str | None = Field(default=None, description="Gazetteer id, when known.")
    level: Literal["central", "provincial", "district", "commune"] | None = None
    inherited: bool = Field(
        default=False, description="True when the actor is written outside the directive's clause."
    )
    jurisdiction: str | None = Field(
        default=None,
        description="The province the actor belongs to: named in the actor itself, or, for a "
        "provincial, district or commune body that does not name it ('Sở Tài chính', 'các địa "
        "phương'), the province of a provincially issued document. `name` stays as written.",
    )
    jurisdiction_id: str | None = Field(default=None, description="The province's gazetteer id.")


class Deadline(Span):
    """A time limit. ``date`` is the last day the phrase allows (ISO)."""

    relation: Relation
    date: dt.date | None = None
    value: str | None = Field(
        default=None, description='TIMEX3-style value: "2020", "2020-Q3", "2020-12-15".'
    )
    start_date: dt.date | None = Field(default=None, description="First day, for ranges.")
    anchor: Anchor = "absolute"
    flags: list[str] = Field(
        default_factory=list,
        description='Warnings such as "year_inferred", "before_document_date".',
    )


class Recurrence(Span):
    """How often: ``period`` is an ISO 8601 duration ("P1M") or null when unspecified."""

    period: str | None = None
    rrule: str | None = Field(default=None, description="RFC 5545 RRULE when exact.")
    anchor_day: int | None = Field(default=None, description="Day of the period, when written.")


class Target(Span):
    """A prescribed quantity: comparator, value and unit, plus what is measured."""

    comparator: Comparator = Field(
        description='">=" ">" "<=" "<" "="; "increase"/"decrease": a change with no bound word ("tăng 10%").'
    )
    value: float
    value_max: float | None = Field(default=None, description="Upper bound of a range.")
    direction: Literal["increase", "decrease"] | None = Field(
        default=None, description='For a prescribed change: "tăng ít nhất 25%" → comparator ">=", increase.'
    )
    unit: str | None = None
    unit_id: str | None = Field(default=None, description="ASCII id of the unit in the package's units data.")
    currency: str | None = None
    per: str | None = Field(default=None, description='Per-unit target: "hộ gia đình".')
    metric: Span | None = None
    base: Span | None = None
    baseline: Span | None = Field(
        default=None, description='What a change is measured from: "so với năm 2020".'
    )


class Directive(_Model):
    """One action that an authority directs some actor to do."""

    id: str = Field(description="Stable id derived from the document and the clause span.")
    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    modality: Modality
    cue: Span | None = None
    issuer: Actor | None = None
    addressees: list[Actor] = Field(default_factory=list)
    coordinators: list[Actor] = Field(default_factory=list)
    reported_to: list[Actor] = Field(
        default_factory=list, description='Party advised or reported to ("tham mưu cho", "báo cáo").'
    )
    action: Span | None = None
    deadline: Deadline | None = None
    recurrence: Recurrence | None = None
    targets: list[Target] = Field(default_factory=list)
    urgent: bool = Field(default=False, description='"khẩn trương", "ngay": urgent, no date.')
    confidence: float = Field(ge=0.0, le=1.0)
    provenance: list[str] = Field(default_factory=list)


class Document(_Model):
    """The result of extracting one input text."""

    schema_version: str = SCHEMA_VERSION
    source: str | None = None
    document_date: dt.date | None = None
    document_date_source: DateSource = "none"
    document_date_span: Span | None = None
    issuer: Actor | None = None
    directives: list[Directive] = Field(default_factory=list)

    def check_grounding(self, text: str) -> list[str]:
        """Return a message for every span whose text is not ``text[start:end]``."""
        problems: list[str] = []

        def visit(obj: object, path: str) -> None:
            if isinstance(obj, (Span, Directive)):
                got = text[obj.start : obj.end]
                if got != obj.text:
                    problems.append(f"{path}: text {obj.text!r} != input[{obj.start}:{obj.end}] {got!r}")
            if isinstance(obj, BaseModel):
                for name in type(obj).model_fields:
                    visit(getattr(obj, name), f"{path}.{name}")
            elif isinstance(obj, list):
                for i, item in enumerate(obj):
                    visit(item, f"{path}[{i}]")

        visit(self, "document")
        return problems
