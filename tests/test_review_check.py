"""`review check`: every kind of problem reported with its line; hostile YAML refused; nothing written."""

from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path

import pytest

from directive_extract.cli import main
from directive_extract.review import check_review

# Verbatim from corpora/raw/021 (Công điện 108/CĐ-TTg 2025): the lead-in and item (2).
TEXT = (
    "Thủ tướng Chính phủ đã yêu cầu các đơn vị có liên quan khẩn trương thực hiện các nhiệm vụ như sau:\n"
    "(2) Bộ Quốc phòng có trách nhiệm trực tiếp chỉ đạo chặt chẽ việc xét đề nghị đặc xá cho phạm nhân "
    "đang chấp hành án tại các trại giam, trại tạm giam do Bộ Quốc phòng quản lý.\n"
)
SHA = hashlib.sha256(TEXT.encode("utf-8")).hexdigest()

BASE = [
    "# yaml-language-server: $schema=../schemas/review-file.schema.json",  # 1
    "format: directive-extract-review/1",  # 2
    "document:",  # 3
    '  id: "021"',  # 4
    "  source: corpora/raw/021_cd-ttg-108-2025-dac-xa.txt",  # 5
    "  date: 2025-07-16",  # 6
    f"  sha256: {SHA}",  # 7
    "reviewer: annotator-c",  # 8
    "directives:",  # 9
    '  - id: "021-04"',  # 10
    "    status: added",  # 11
    '    text: "Bộ Quốc phòng có trách nhiệm trực tiếp chỉ đạo chặt chẽ việc xét đề nghị đặc xá"',  # 12
    '    cue: "có trách nhiệm"',  # 13
    "    modality: obligation",  # 14
    '    issuer: {text: "Thủ tướng Chính phủ", name: "Thủ tướng Chính phủ", kind: official}',  # 15
    "    addressees:",  # 16
    '      - {text: "Bộ Quốc phòng", name: "Bộ Quốc phòng", kind: ministry}',  # 17
    "    coordinators: []",  # 18
    '    action: "trực tiếp chỉ đạo chặt chẽ việc xét đề nghị đặc xá"',  # 19
    "    deadline: null",  # 20
    "    recurrence: null",  # 21
    "    targets: []",  # 22
    "text: |",  # 23
    *("  " + line for line in TEXT.rstrip("\n").split("\n")),  # 24-25
]


def _file(tmp_path: Path, lines: list[str], name: str = "x.review.yaml") -> Path:
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _with(changes: dict[int, str | None], extra: dict[int, str] | None = None) -> list[str]:
    """BASE with line N replaced (None deletes it) and lines inserted after line N."""
    out: list[str] = []
    for n, line in enumerate(BASE, start=1):
        new = changes.get(n, line)
        if new is not None:
            out.append(new)
        for add in (extra or {}).get(n, "").split("\n") if extra and n in extra else []:
            out.append(add)
    return out


def test_base_file_is_valid(tmp_path: Path) -> None:
    assert check_review(_file(tmp_path, BASE)) == []


CASES = [
    ("typo-key", {16: "    adressees:"}, None, 16, "unknown key 'adressees' (did you mean 'addressees'?)"),
    ("unknown-top-key", {}, {8: "reviewr: annotator-c"}, 9, "unknown key 'reviewr'"),
    (
        "bad-kind",
        {17: '      - {text: "Bộ Quốc phòng", name: "Bộ Quốc phòng", kind: ministy}'},
        None,
        17,
        "addressees[0].kind",
    ),
    ("bad-status", {11: "    status: done"}, None, 11, "status: got 'done'"),
    ("bad-modality", {14: "    modality: order"}, None, 14, "modality: got 'order'"),
    (
        "quote-not-found",
        {19: '    action: "chỉ đạo quyết liệt việc xét đặc xá"'},
        None,
        19,
        "action: quote 'chỉ đạo quyết liệt việc xét đặc xá' not found",
    ),
    (
        "clause-not-found",
        {12: '    text: "Bộ Quốc phòng chủ trì"'},
        None,
        12,
        "text: quote 'Bộ Quốc phòng chủ trì' not",
    ),
    (
        "actor-not-found",
        {15: '    issuer: {text: "Phó Thủ tướng", name: "Phó Thủ tướng", kind: official}'},
        None,
        15,
        "issuer.text: quote 'Phó Thủ tướng' not found",
    ),
    ("empty-quote", {13: '    cue: ""'}, None, 13, "cue: empty quote"),
    ("list-not-list", {22: "    targets: 5"}, None, 22, "targets: got 5"),
    ("missing-modality", {14: None}, None, 10, "missing key 'modality'"),
    ("missing-sha", {7: None}, None, 3, "missing key 'sha256'"),
    ("checksum", {7: "  sha256: " + "a" * 64}, None, 7, "does not match the text"),
    ("bad-date", {6: "  date: 16/7/2025"}, None, 6, "document.date: got '16/7/2025'"),
    (
        "bad-target-value",
        {22: "    targets:"},
        {22: '      - {text: "Bộ Quốc phòng", comparator: ">=", value: ba mươi, unit: null}'},
        23,
        "value",
    ),
    (
        "bad-relation",
        {20: '    deadline: {text: "khẩn trương", relation: soon, date: null}'},
        None,
        20,
        "deadline.relation",
    ),
    (
        "bad-period",
        {21: '    recurrence: {text: "khẩn trương", period: monthly}'},
        None,
        21,
        "recurrence.period",
    ),
    ("duplicate-key", {}, {13: '    cue: "yêu cầu"'}, 14, "duplicate key"),
    ("yaml-syntax", {12: '    text: "Bộ Quốc phòng có trách nhiệm'}, None, 13, "invalid YAML"),
    ("wrong-format", {2: "format: directive-extract-review/2"}, None, 2, "format"),
]


@pytest.mark.parametrize(
    ("changes", "extra", "line", "fragment"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_problem_reported_with_its_line(
    tmp_path: Path,
    changes: dict[int, str | None],
    extra: dict[int, str] | None,
    line: int,
    fragment: str | None,
) -> None:
    path = _file(tmp_path, _with(changes, extra))
    problems = check_review(path)
    assert len(problems) == 1, problems
    assert problems[0].startswith(f"{path}:{line}: "), problems
    if fragment:
        assert fragment in problems[0]
    assert "\n" not in problems[0] and "expected" in problems[0]


def test_all_problems_at_once(tmp_path: Path) -> None:
    path = _file(
        tmp_path,
        _with(
            {
                7: "  sha256: " + "ab" * 32,
                11: "    status: done",
                16: "    adressees:",
                19: '    action: "không có"',
            }
        ),
    )
    problems = check_review(path)
    lines = sorted(int(p.split(":")[1]) for p in problems)
    assert lines == [7, 11, 16, 19]


def test_duplicate_ids(tmp_path: Path) -> None:
    second = [line for line in BASE[9:22]]
    path = _file(tmp_path, BASE[:22] + second + BASE[22:])
    problems = check_review(path)
    assert problems == [f"{path}:23: directive 021-04: duplicate id (also directive #1); expected unique ids"]


def test_accepted_but_edited_is_reported(tmp_path: Path) -> None:
    extracted = "    extracted: {cue: abcdef01}"
    lines = _with({11: "    status: accepted"}, {22: extracted})
    problems = check_review(_file(tmp_path, lines))
    assert len(problems) == 1 and ":11: " in problems[0] and "expected status corrected" in problems[0]


HOSTILE = [
    (
        "alias-bomb",
        "a: &a [x, x, x, x, x, x, x, x, x]\n"
        + "".join(
            f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join(['*' + chr(97 + i)] * 9)}]\n" for i in range(8)
        ),
        6,
        "alias bomb",
    ),  # line 6: where the expansion first passes 200000 nodes
    ("python-object", "format: !!python/object/apply:os.system ['touch PWNED']\n", 1, "not allowed"),
    ("python-name", "document: !!python/name:os.system\n", 1, "not allowed"),
    (
        "custom-tag",
        "format: directive-extract-review/1\ndocument: !include other.yaml\n",
        2,
        "tag '!include'",
    ),
    ("recursive-alias", "directives: &a [*a]\n", 1, "recursive alias"),
    ("deep-nesting", "a: " + "[" * 200 + "]" * 200 + "\n", 1, "nesting"),
    ("not-a-mapping", "- just\n- a list\n", 1, "not a mapping"),
    ("empty", "", 1, "empty file"),
]


@pytest.mark.parametrize(
    ("content", "line", "fragment"), [h[1:] for h in HOSTILE], ids=[h[0] for h in HOSTILE]
)
def test_hostile_yaml_refused_with_one_line(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    content: str,
    line: int,
    fragment: str,
) -> None:
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "bad.review.yaml"
    path.write_text(content, encoding="utf-8")
    problems = check_review(path)
    assert len(problems) == 1 and problems[0].startswith(f"{path}:{line}: ") and fragment in problems[0]
    assert main(["review", "apply", str(path), "-o", str(tmp_path / "out.json")]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert not (tmp_path / "PWNED").exists() and not (tmp_path / "out.json").exists()


def test_huge_file_refused_unread(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "huge.review.yaml"
    path.write_text("text: |\n" + ("  " + "x" * 1000 + "\n") * 2000, encoding="utf-8")
    problems = check_review(path)
    assert problems == [] or "over the limit" not in problems[0]  # 2 MB is under the default limit
    assert main(["review", "check", "--max-bytes", "100000", str(path)]) == 1
    err = capsys.readouterr().err.strip().split("\n")
    assert len(err) == 1 and err[0].startswith(f"{path}:1: ") and "over the limit of 100000" in err[0]


def _snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    return {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in sorted(folder.iterdir())}


def test_broken_file_leaves_every_file_untouched(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import directive_extract
    from directive_extract.models import Document

    monkeypatch.setitem(vars(directive_extract), "extract", lambda text, **_: Document())
    broken = _file(tmp_path, _with({16: "    adressees:", 19: '    action: "không có"'}))
    hostile = _file(
        tmp_path, ["format: !!python/object/apply:os.system ['touch PWNED']"], "hostile.review.yaml"
    )
    notice = tmp_path / "notice.txt"
    notice.write_text(TEXT, encoding="utf-8")
    good = _file(tmp_path, BASE, "good.review.yaml")
    (tmp_path / "out.json").write_text("previous\n", encoding="utf-8")
    before = _snapshot(tmp_path)
    assert main(["review", "check", str(good), str(broken)]) == 1
    assert main(["review", "apply", str(broken), "-o", str(tmp_path / "out.json")]) == 1
    assert main(["review", "apply", str(broken), "-o", str(tmp_path / "new.json")]) == 1
    assert main(["review", "stats", str(broken)]) == 1
    assert main(["review", "export", str(notice), "-o", str(hostile)]) == 1  # merging onto a hostile file
    assert main(["review", "export", str(notice), "-o", str(broken)]) == 1  # fix the file first
    err = capsys.readouterr().err
    assert f"{good}: ok (1 added)" in err
    assert len(re.findall(rf"^{re.escape(str(broken))}:16: ", err, flags=re.M)) == 5
    assert "Traceback" not in err
    assert _snapshot(tmp_path) == before
    assert not any(name.startswith(".") for name in os.listdir(tmp_path))  # no temp file left behind


def test_action_outside_the_clause_is_a_warning(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _file(
        tmp_path, _with({19: '    action: "khẩn trương thực hiện các nhiệm vụ"'})
    )  # from the lead-in
    assert check_review(path) == []
    assert main(["review", "check", str(path)]) == 0
    err = capsys.readouterr().err.splitlines()
    assert err[0] == (
        f"{path}:19: warning: directive 021-04: action 'khẩn trương thực hiện các nhiệm vụ' is not inside "
        "the directive's clause; expected part of its `text` (or widen `text`)"
    )


def test_unwritable_output_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = _file(tmp_path, BASE)
    target = tmp_path / "missing-folder" / "out.json"
    assert main(["review", "apply", str(good), "-o", str(target)]) == 1
    err = capsys.readouterr().err
    assert err == f"{target}: cannot write (No such file or directory); expected a writable path\n"
    assert (
        main(["review", "apply", str(good), "-o", str(good)]) == 2
    )  # apply never overwrites the review file
