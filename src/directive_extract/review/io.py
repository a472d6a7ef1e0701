"""Safe loading of review files: line numbers kept, hostile YAML refused with one line.

A review file is read with ruamel.yaml's round-trip loader, which keeps comments (for the
merge on re-export) and the line of every key and item (for ``FILE:LINE:`` messages). Before
anything is constructed the file is composed and checked: only the plain YAML types are allowed
(no ``!!python/object`` or custom tags — no Python object is ever built), aliases may not expand
beyond ``max_nodes`` nodes (alias bombs) and files over ``max_bytes`` are refused unread.

Example: a file with ``adressees:`` is read fine here; the model check then reports
``NAME.review.yaml:12: unknown key 'adressees' …`` using :func:`line_of`.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import MarkedYAMLError, YAMLError
from ruamel.yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from directive_extract.errors import ReviewFileError

DEFAULT_MAX_BYTES = 10 * 1024 * 1024
DEFAULT_MAX_NODES = 200_000
_MAX_DEPTH = 64

_ALLOWED_TAGS = frozenset(
    f"tag:yaml.org,2002:{t}" for t in ("str", "int", "float", "bool", "null", "map", "seq", "timestamp")
)


@dataclass
class Loaded:
    """A review file as read: ``data`` is the round-trip tree (CommentedMap with comments, lines)."""

    path: str
    source: str
    data: Any


def round_trip_yaml() -> YAML:
    """The ruamel.yaml instance used to read and write review files."""
    y = YAML(typ="rt")
    y.allow_unicode = True
    y.width = 1_000_000  # never fold a line: folding would make quotes harder to read and diff
    y.indent(mapping=2, sequence=4, offset=2)
    y.preserve_quotes = True
    # shared values (one date object in two deadlines) are written out twice, never as &anchors
    y.representer.ignore_aliases = lambda data: True
    return y


def read_text(path: str | Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """Read a UTF-8 file of at most ``max_bytes`` bytes; raise :class:`ReviewFileError` otherwise."""
    name = str(path)
    try:
        st = os.stat(path)
    except OSError as e:
        raise ReviewFileError([f"{name}:1: cannot read ({e.strerror or e}); expected a review file"]) from e
    if not stat.S_ISREG(st.st_mode):
        raise ReviewFileError([f"{name}:1: not a regular file; expected a review file"])
    if st.st_size > max_bytes:
        raise ReviewFileError(
            [
                f"{name}:1: file of {st.st_size} bytes is over the limit of {max_bytes}; "
                f"expected a review file of one document (raise --max-bytes if it is genuine)"
            ]
        )
    try:
        with open(path, "rb") as f:
            data = f.read(max_bytes + 1)
    except OSError as e:
        raise ReviewFileError([f"{name}:1: cannot read ({e.strerror or e}); expected a review file"]) from e
    if len(data) > max_bytes:
        raise ReviewFileError(
            [f"{name}:1: file is over the limit of {max_bytes} bytes; expected a review file"]
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = data[: e.start].count(b"\n") + 1
        raise ReviewFileError(
            [f"{name}:{line}: not valid UTF-8 at byte {e.start}; expected a UTF-8 file"]
        ) from e


def _vet(node: Node, name: str, max_nodes: int) -> None:
    """Refuse custom tags, recursive aliases and alias expansion beyond ``max_nodes``."""
    sizes: dict[int, int] = {}
    active: set[int] = set()

    def size(n: Node, depth: int) -> int:
        key = id(n)
        if key in sizes:
            return sizes[key]
        line = n.start_mark.line + 1 if n.start_mark is not None else 1
        if key in active:
            raise ReviewFileError(
                [f"{name}:{line}: recursive alias; expected plain data without self-references"]
            )
        if depth > _MAX_DEPTH:
            raise ReviewFileError(
                [f"{name}:{line}: nesting deeper than {_MAX_DEPTH}; expected a review file"]
            )
        tag = str(n.tag)
        if tag not in _ALLOWED_TAGS:
            raise ReviewFileError(
                [
                    f"{name}:{line}: tag {tag.replace('tag:yaml.org,2002:', '!!')!r} is not allowed; "
                    f"expected plain strings, numbers, dates, lists and mappings"
                ]
            )
        active.add(key)
        total = 1
        if isinstance(n, MappingNode):
            for k, v in n.value:
                total += size(k, depth + 1) + size(v, depth + 1)
                if total > max_nodes:
                    break
        elif isinstance(n, SequenceNode):
            for v in n.value:
                total += size(v, depth + 1)
                if total > max_nodes:
                    break
        elif not isinstance(n, ScalarNode):  # pragma: no cover - composer yields only these
            raise ReviewFileError([f"{name}:{line}: unexpected YAML node; expected plain data"])
        active.discard(key)
        if total > max_nodes:
            raise ReviewFileError(
                [
                    f"{name}:{line}: aliases expand to more than {max_nodes} nodes (alias bomb?); "
                    f"expected a review file without such aliases"
                ]
            )
        sizes[key] = total
        return total

    size(node, 0)


def _marked(name: str, e: MarkedYAMLError) -> ReviewFileError:
    mark = e.problem_mark or e.context_mark
    line = mark.line + 1 if mark is not None else 1
    what = " ".join(str(e.problem or e.context or "invalid YAML").split())
    context = " ".join(str(e.context).split()) if e.context and e.problem else ""
    detail = f"{what} ({context})" if context else what
    return ReviewFileError([f"{name}:{line}: invalid YAML: {detail}; expected a review file (YAML mapping)"])


def parse(source: str, name: str, *, max_nodes: int = DEFAULT_MAX_NODES) -> Any:
    """Vet then load ``source`` (the text of file ``name``) as a round-trip tree."""
    y = round_trip_yaml()
    constructor, parser = y.get_constructor_parser(source)
    try:
        # compose once, vet the node graph, and only then construct (plain data, comments, lines)
        node = constructor.composer.get_single_node()
        if node is None:
            raise ReviewFileError([f"{name}:1: empty file; expected a review file (YAML mapping)"])
        _vet(node, name, max_nodes)
        data = constructor.construct_document(node)
    except MarkedYAMLError as e:
        raise _marked(name, e) from None
    except YAMLError as e:
        raise ReviewFileError([f"{name}:1: invalid YAML: {' '.join(str(e).split())}"]) from None
    except RecursionError:
        raise ReviewFileError([f"{name}:1: nesting too deep; expected a review file"]) from None
    finally:
        parser.dispose()
    if not isinstance(data, CommentedMap):
        raise ReviewFileError(
            [f"{name}:1: top level is not a mapping; expected a review file (YAML mapping)"]
        )
    return data


def load_tree(
    path: str | Path, *, max_bytes: int = DEFAULT_MAX_BYTES, max_nodes: int = DEFAULT_MAX_NODES
) -> Loaded:
    """Read and safely parse review file ``path`` (no validation against the model yet)."""
    source = read_text(path, max_bytes=max_bytes)
    return Loaded(str(path), source, parse(source, str(path), max_nodes=max_nodes))


def line_of(data: Any, loc: Sequence[str | int], *, value: bool = False) -> int:
    """1-based line of the deepest part of ``loc`` (keys and indexes) that exists in ``data``.

    A missing key reports the line of the mapping that lacks it. ``value=True`` gives the line
    of the value instead of its key (useful for multi-line values).
    """
    node = data
    line = 1
    for part in loc:
        if isinstance(node, CommentedMap) and isinstance(part, str) and part in node:
            try:
                pos = node.lc.value(part) if value else node.lc.key(part)
            except (KeyError, TypeError, AttributeError):
                pos = None
            if pos is not None and pos[0] is not None:
                line = pos[0] + 1
            node = node[part]
        elif isinstance(node, CommentedSeq) and isinstance(part, int) and 0 <= part < len(node):
            try:
                pos = node.lc.item(part)
            except (KeyError, TypeError, AttributeError):
                pos = None
            if pos is not None and pos[0] is not None:
                line = pos[0] + 1
            node = node[part]
        # else: a missing key (the mapping's line stands) or a pydantic union member name
    return line
