"""Reading user inputs safely: files, folders of ``.txt``, stdin; one clear error per bad input.

Offsets in the output index the *decoded* text: a UTF-8 or UTF-16 byte-order mark is not
part of it. Non-regular files (FIFOs, devices) are refused without being opened, so a
FIFO never hangs the run; files above ``max_bytes`` are refused before reading.
"""

from __future__ import annotations

import codecs
import os
import stat
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from directive_extract.errors import InputError

DEFAULT_MAX_BYTES = 50 * 1024 * 1024


class UsageError(InputError):
    """A path that does not name an input at all (exit code 2)."""


@dataclass(frozen=True)
class Input:
    name: str
    path: Path | None  # None for stdin


def expand(args: list[str]) -> Iterator[Input | UsageError]:
    """Inputs named by ``args`` in order: folders give their ``.txt`` files, sorted."""
    for arg in args:
        if arg == "-":
            yield Input("-", None)
            continue
        p = Path(arg)
        try:
            if p.is_dir():
                files = sorted(q for q in p.rglob("*.txt") if q.is_file())
                if not files:
                    yield UsageError(
                        f"{arg}: folder has no .txt files; name .txt files or a folder holding them"
                    )
                for q in files:
                    yield Input(str(q), q)
                continue
            if not p.exists() and not p.is_symlink():
                yield UsageError(f"{arg}: no such file or folder")
                continue
        except OSError as e:
            yield UsageError(f"{arg}: cannot access ({e.strerror or e})")
            continue
        yield Input(arg, p)


def decode(data: bytes, name: str) -> str:
    """Decode bytes as UTF-8 (or UTF-16/UTF-8 with a BOM); refuse empty and binary data."""
    if not data.strip():
        raise InputError(f"{name}: empty input; give a text with at least one sentence")
    if data.startswith(codecs.BOM_UTF16_LE) or data.startswith(codecs.BOM_UTF16_BE):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as e:
            raise InputError(f"{name}: invalid UTF-16 at byte {e.start}; save the file as UTF-8") from e
    if b"\x00" in data[:8192]:
        raise InputError(f"{name}: binary file (NUL bytes); give a UTF-8 text file")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise InputError(
            f"{name}: not valid UTF-8 at byte {e.start} (0x{data[e.start]:02x}); convert the file to UTF-8"
        ) from e


def read(inp: Input, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """Read and decode one input, raising :class:`InputError` with a one-line message."""
    if inp.path is None:
        data = sys.stdin.buffer.read(max_bytes + 1)
        if len(data) > max_bytes:
            raise InputError(f"-: input larger than {max_bytes} bytes; raise --max-bytes or split it")
        return decode(data, "<stdin>")
    try:
        st = os.stat(inp.path)
    except OSError as e:
        raise InputError(f"{inp.name}: cannot read ({e.strerror or e})") from e
    if not stat.S_ISREG(st.st_mode):
        raise InputError(f"{inp.name}: not a regular file (FIFO, device or socket); give a text file")
    if st.st_size > max_bytes:
        raise InputError(
            f"{inp.name}: {st.st_size} bytes is over the limit of {max_bytes}; raise --max-bytes or split it"
        )
    try:
        with open(inp.path, "rb") as f:
            data = f.read(max_bytes + 1)
    except OSError as e:
        raise InputError(f"{inp.name}: cannot read ({e.strerror or e})") from e
    return decode(data, inp.name)
