"""Pydantic models of a review file (``directive-extract-review/1``), see ``docs/review-format.md``.

Spans are *quoted text*, never offsets: ``review.locate`` finds each quote in ``text`` and
recomputes offsets. Unknown keys are errors (``extra="forbid"``), so a typo such as
``adressees`` is reported with its line instead of being silently dropped.

Example: an addressee written in the notice as "các sở thông tin và truyền thông" is
``ReviewActor(text="các sở thông tin và truyền thông", name="Sở Thông tin và Truyền thông",
kind="department")``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from directive_extract.models import ActorKind, Comparator, Modality, Relation

FORMAT = "directive-extract-review/1"
SCHEMA_PATH = "schemas/review-file.schema.json"

Status = Literal["pending", "accepted", "corrected", "rejected", "added"]
_DURATION = r"^P(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(\d+H)?(\d+M)?(\d+S)?)?$"
REVIEWED: frozenset[str] = frozenset({"accepted", "corrected", "rejected", "added"})

#: Fields of a directive compared field by field (``extracted`` fingerprints, stats).
FIELDS: tuple[str, ...] = (
    "text",
    "cue",
    "modality",
    "issuer",
    "addressees",
    "coordinators",
    "reported_to",
    "action",
    "deadline",
    "recurrence",
    "targets",
    "urgent",
)


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ReviewActor(_Model):
    """An actor: ``text`` quoted as written, ``name`` canonical (defaults to the quote)."""

    text: str = Field(description="Quoted as written in the document (may be outside the clause).")
    name: str | None = Field(default=None, description="Canonical name, abbreviations expanded.")
    kind: ActorKind = "other"
    id: str | None = Field(default=None, description="Gazetteer id, when known.")
    level: Literal["central", "provincial", "district", "commune"] | None = None


class ReviewDeadline(_Model):
    """A time limit: ``date`` is the ISO last day the phrase allows ("trong năm 2020" → 2020-12-31)."""

    text: str
    relation: Relation
    date: dt.date | None = None
    start_date: dt.date | None = Field(default=None, description="First day, for ranges.")


class ReviewRecurrence(_Model):
    """How often: ``period`` an ISO 8601 duration ("hằng quý" → P3M), null when unspecified."""

    text: str
    period: str | None = Field(default=None, pattern=_DURATION)

    @field_validator("period")
    @classmethod
    def _not_empty_duration(cls, value: str | None) -> str | None:
        if value is not None and value.rstrip("T") == "P":
            raise ValueError(f"{value!r} has no amount; expected an ISO 8601 duration such as P1M, P3M, P1Y")
        return value


class ReviewTarget(_Model):
    """A prescribed quantity ("ít nhất 30% dân số" → >=, 30, "%")."""

    text: str
    comparator: Comparator
    value: float
    value_max: float | None = None
    unit: str | None = None
    currency: str | None = None
    per: str | None = Field(default=None, description='Per-unit target: "hộ gia đình".')
    metric: str | None = Field(default=None, description="Quoted: what is measured.")
    base: str | None = Field(default=None, description="Quoted: the base a change is measured from.")


class ReviewDirective(_Model):
    """One directive as the reviewer sees it; every span is a quote."""

    id: str = Field(min_length=1, description="Stable id (the extractor's); any unique string when added.")
    status: Status
    text: str = Field(description="The directive's clause, quoted.")
    cue: str | None = None
    modality: Modality
    issuer: ReviewActor | None = None
    addressees: list[ReviewActor] | None = None
    coordinators: list[ReviewActor] | None = None
    reported_to: list[ReviewActor] | None = None
    action: str | None = None
    deadline: ReviewDeadline | None = None
    recurrence: ReviewRecurrence | None = None
    targets: list[ReviewTarget] | None = None
    urgent: bool = False
    confidence: float | None = Field(default=None, ge=0.0, le=1.0, description="The system's, informative.")
    note: str | None = None
    reviewer: str | None = Field(
        default=None, description="Overrides the file's reviewer for this directive."
    )
    extracted: dict[str, str] | None = Field(
        default=None,
        description="Fingerprints of the fields as extracted (written by export; do not edit). "
        "Lets `review stats` tell which fields a reviewer corrected.",
    )

    def field_value(self, name: str) -> Any:
        """The JSON value of field ``name``, with empty lists and null alike (``None``)."""
        value = getattr(self, name)
        if isinstance(value, BaseModel):
            return value.model_dump(mode="json")
        if isinstance(value, list):
            return [v.model_dump(mode="json") for v in value] or None
        if value is False:
            return None
        return value


class ReviewDocument(_Model):
    """The document block: identity, date used for deadlines, checksum of ``text``."""

    id: str = Field(min_length=1)
    source: str | None = None
    origin: str | None = None
    type: str | None = None
    date: dt.date | None = None
    date_approximate: bool = False
    issuer: ReviewActor | None = None
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$", description="Of the UTF-8 bytes of `text`.")


class ReviewFile(_Model):
    """A whole review file: one document, its directives, the full text at the end."""

    format: Literal["directive-extract-review/1"]
    document: ReviewDocument
    reviewer: str | None = None
    directives: list[ReviewDirective] | None = None
    text: str = Field(description="The full document text, exactly.")


def fingerprint(value: Any) -> str:
    """A short, stable digest of one field's JSON value (what ``extracted`` stores)."""
    payload = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:8]


def fingerprints(directive: ReviewDirective) -> dict[str, str]:
    """Fingerprints of the non-empty fields of ``directive`` (empty fields are left out)."""
    out: dict[str, str] = {}
    for name in FIELDS:
        value = directive.field_value(name)
        if value is not None:
            out[name] = fingerprint(value)
    return out
