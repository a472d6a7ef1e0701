"""Writing results: JSON on stdout (UTF-8, no ``\\u`` escapes) or atomically to a file."""

from __future__ import annotations

import json
import os
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import IO, Any


def error(message: str, code: int = 1) -> int:
    """Print one ``directive-extract: message`` line on stderr and return ``code`` (the exit code)."""
    print(f"directive-extract: {message}", file=sys.stderr)
    return code


def dumps(obj: Any, *, indent: int | None = 2) -> str:
    return json.dumps(obj, ensure_ascii=False, indent=indent)


def _mode_for(path: Path) -> int:
    """The existing file's mode, else what a plain ``open(path, "w")`` would give."""
    try:
        return os.stat(path).st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


@contextmanager
def atomic_writer(path: Path) -> Iterator[IO[str]]:
    """Write ``path`` through a temporary file in the same folder, renamed on success only."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as f:
            yield f
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, _mode_for(path))
        os.replace(tmp, path)
    except BaseException:
        with suppress(OSError):
            os.unlink(tmp)
        raise


@contextmanager
def open_output(path: str | None) -> Iterator[IO[str]]:
    """stdout when ``path`` is None or "-", else an atomic writer."""
    if path is None or path == "-":
        yield sys.stdout
        sys.stdout.flush()
    else:
        with atomic_writer(Path(path)) as f:
            yield f
