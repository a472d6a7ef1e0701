"""Writing review files: readable YAML that round-trips exactly.

The head (format, document, reviewer, directives) is dumped by ruamel.yaml's round-trip emitter
so that comments survive a merge; lines are never folded and Vietnamese is written as is (no
``\\u`` escapes). The document text comes last as a literal block (``text: |``) when a literal
block holds it exactly; otherwise (CRLF, control characters, …) as a double-quoted scalar
broken after each ``\\n`` escape, still one source line per text line. Either form is checked
by reading it back with PyYAML and ruamel.yaml before it is used.

Example: ``text_block("Điều 1.\\nGiao Sở Y tế.\\n")`` is ``'text: |\\n  Điều 1.\\n  Giao Sở Y tế.\\n'``.
"""

from __future__ import annotations

import io
from typing import Any

import yaml

from directive_extract.errors import ReviewFileError
from directive_extract.review.io import round_trip_yaml

_BREAKS = {"\r", "\x85", "\u2028", "\u2029"}
_ESCAPES = {"\n": "\\n", "\t": "\\t", "\r": "\\r", '"': '\\"', "\\": "\\\\", "\x00": "\\0"}


def _printable(ch: str) -> bool:
    """Characters YAML allows raw in a scalar (and that are not line breaks or a BOM)."""
    o = ord(ch)
    if ch in _BREAKS or ch == "\ufeff":
        return False
    return ch == "\t" or 0x20 <= o <= 0x7E or 0xA0 <= o <= 0xD7FF or 0xE000 <= o <= 0xFFFD or o >= 0x10000


def _literal(text: str, key: str) -> str | None:
    if not text or any(ch != "\n" and not _printable(ch) for ch in text):
        return None
    body = text.rstrip("\n")
    trailing = len(text) - len(body)
    if not body:
        return None
    chomp = "-" if trailing == 0 else ("" if trailing == 1 else "+")
    first = text.split("\n", 1)[0]
    indicator = "2" if not first.strip() or first[0] in " \t" else ""
    lines = text.split("\n")
    if trailing:
        lines = lines[:-1]
    out = [f"{key}: |{indicator}{chomp}"]
    out.extend(f"  {line}" if line else "" for line in lines)
    return "\n".join(out) + "\n"


def double_quoted(text: str) -> str:
    """``text`` as a YAML double-quoted scalar, breaking the source line after each ``\\n``."""
    parts: list[str] = ['"']
    at_line_start = False
    for ch in text:
        if at_line_start and ch == " ":
            parts.append("\\ ")  # leading spaces of a continuation line would be dropped
            at_line_start = False
            continue
        at_line_start = False
        if ch in _ESCAPES:
            parts.append(_ESCAPES[ch])
            if ch == "\n":
                parts.append("\\\n  ")
                at_line_start = True
        elif _printable(ch):
            parts.append(ch)
        elif ord(ch) <= 0xFF:
            parts.append(f"\\x{ord(ch):02x}")
        elif ord(ch) <= 0xFFFF:
            parts.append(f"\\u{ord(ch):04x}")
        else:  # pragma: no cover - astral characters are printable
            parts.append(f"\\U{ord(ch):08x}")
    parts.append('"')
    return "".join(parts)


def _reads_back(block: str, key: str, text: str) -> bool:
    try:
        ok_pyyaml = yaml.safe_load(block) == {key: text}
        loaded = round_trip_yaml().load(block)
    except Exception:  # noqa: BLE001 - any failure means "use the other form"
        return False
    return ok_pyyaml and isinstance(loaded, dict) and str(loaded.get(key)) == text


def text_block(text: str, key: str = "text") -> str:
    """``key: <text>`` as YAML lines: a literal block if it is exact, else double-quoted."""
    literal = _literal(text, key)
    if literal is not None and _reads_back(literal, key, text):
        return literal
    quoted = f"{key}: {double_quoted(text)}\n"
    if not _reads_back(quoted, key, text):  # pragma: no cover - the escaper covers every character
        raise ReviewFileError([f"<text>:1: cannot write the document text as YAML exactly (key {key!r})"])
    return quoted


def dump_tree(tree: Any) -> str:
    """The round-trip tree as YAML text (comments kept)."""
    buf = io.StringIO()
    round_trip_yaml().dump(tree, buf)
    return buf.getvalue()


def compose(header: str, tree: Any, text: str) -> str:
    """A whole review file: the header comment line, the tree, then the text block last."""
    head = dump_tree(tree)
    if not head.endswith("\n"):
        head += "\n"
    return f"{header}\n{head}{text_block(text)}"
