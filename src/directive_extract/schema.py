"""JSON Schemas generated from the pydantic models (never hand-edited).

``python -m directive_extract.schema`` rewrites ``schemas/`` from the models; a test fails
when the committed files and the models drift apart.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from directive_extract.models import SCHEMA_VERSION, Document

SCHEMA_FILES = {"document.schema.json": "document"}


def document_schema() -> dict[str, Any]:
    """The JSON Schema of the ``extract`` output (one document)."""
    schema = Document.model_json_schema(mode="serialization")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = f"directive-extract/document/{SCHEMA_VERSION}"
    return schema


def all_schemas() -> dict[str, dict[str, Any]]:
    """File name → schema for every schema the package defines."""
    out = {"document.schema.json": document_schema()}
    try:
        from directive_extract.review import review_schema
    except ImportError:
        return out
    out["review-file.schema.json"] = review_schema()
    return out


def main(argv: list[str] | None = None) -> int:
    from directive_extract.output import atomic_writer, dumps

    folder = Path((argv or sys.argv[1:] or ["schemas"])[0])
    folder.mkdir(parents=True, exist_ok=True)
    for name, schema in all_schemas().items():
        with atomic_writer(folder / name) as f:
            f.write(dumps(schema) + "\n")
        print(folder / name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
