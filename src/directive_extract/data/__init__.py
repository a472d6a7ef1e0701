"""Loading the package's Vietnamese data files (YAML), lazily and cached.

Files live under ``directive_extract/data/vi/``; ``load("time/months.yaml")`` returns the parsed
YAML. Nothing is read at import time. Errors name the file and line.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from directive_extract.errors import DataFileError

LANG = "vi"


def data_path(name: str) -> Path:
    """Filesystem path of a packaged data file, e.g. ``data_path("cues.yaml")``."""
    return Path(str(resources.files("directive_extract.data").joinpath(LANG, name)))


@cache
def load(name: str) -> Any:
    """Parse the packaged YAML file ``vi/<name>`` (cached).

    Raises :class:`DataFileError` naming the file and line when the YAML is broken.
    """
    path = data_path(name)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as e:
        raise DataFileError(
            f"{path}: cannot read packaged data file ({e.strerror}); reinstall the package"
        ) from e
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        line = f":{mark.line + 1}" if mark is not None else ""
        raise DataFileError(f"{path}{line}: invalid YAML ({getattr(e, 'problem', e)}); fix the file") from e


def entries(name: str, key: str = "entries") -> list[dict[str, Any]]:
    """The list under ``key`` in a data file, checked to be a list of mappings with an ``id``."""
    doc = load(name)
    items = doc.get(key) if isinstance(doc, dict) else None
    if not isinstance(items, list):
        raise DataFileError(f"{data_path(name)}: expected a mapping with a list under {key!r}")
    for i, item in enumerate(items):
        if not isinstance(item, dict) or "id" not in item:
            raise DataFileError(f"{data_path(name)}: entry {i} under {key!r} has no 'id'")
    return items
