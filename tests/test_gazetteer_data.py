"""Every entry of ``data/vi/actors/*.yaml`` is well formed and runs its own examples and negatives.

- gazetteer files (named bodies, titles, generic actors): ids unique across all files, kinds and
  levels from the closed sets, ``replaced_by``/``formerly`` pointing at existing ids, names in the
  normalised spelling; each example yields a mention with the entry's id (a province: a mention
  whose name ends with it), each negative none;
- ``abbreviations.yaml``: ``canonical_name(text) == name``;
- ``heads.yaml``: each example yields a mention starting with the head, each negative none;
- ``boundaries.yaml`` / ``scopes.yaml``: the example's first actor is exactly ``actor``.
"""

from __future__ import annotations

from typing import Any

import pytest

from directive_extract.actors import find_actors
from directive_extract.data import entries, load
from directive_extract.gazetteer import GENERIC_FILE, KINDS, LEVELS, NAMED_FILES, canonical_name, lookup
from directive_extract.normalize import normalize_text

GAZETTEER = (*NAMED_FILES, GENERIC_FILE)


def _items(files: tuple[str, ...]) -> list[tuple[str, dict[str, Any]]]:
    return [(f, item) for f in files for item in entries(f"actors/{f}")]


ALL = _items(GAZETTEER)
IDS = {str(item["id"]) for _, item in ALL}


def _cases(key: str) -> list[Any]:
    out = []
    for f, item in ALL:
        for k, text in enumerate(item.get(key, []) or []):
            out.append(pytest.param(f, item, text, id=f"{item['id']}-{k}"))
    return out


def test_ids_unique_across_files() -> None:
    seen: dict[str, str] = {}
    others = ["abbreviations.yaml", "heads.yaml", "boundaries.yaml"]
    for f, item in ALL + _items(tuple(others)):
        ident = str(item["id"])
        assert ident not in seen, f"id {ident!r} in {f} already used in {seen[ident]}"
        assert ident.isascii() and ident.replace("_", "").isalnum(), (
            f"{f}: id {ident!r} is not ASCII [a-z0-9_]"
        )
        seen[ident] = f


@pytest.mark.parametrize("f,item", [pytest.param(f, i, id=str(i["id"])) for f, i in ALL])
def test_entry_fields(f: str, item: dict[str, Any]) -> None:
    assert item.get("kind") in KINDS, f"{f}:{item['id']}: kind {item.get('kind')!r}"
    assert item.get("level") is None or item["level"] in LEVELS, f"{f}:{item['id']}: level {item['level']!r}"
    name = item.get("name")
    if name is not None:
        assert normalize_text(name) == name, f"{f}:{item['id']}: name not in normalised spelling"
    else:
        assert item.get("phrases"), f"{f}:{item['id']}: neither name nor phrases"
    rep = item.get("replaced_by")
    if rep is not None:
        assert rep["id"] in IDS and isinstance(rep["year"], int), f"{f}:{item['id']}: replaced_by {rep}"
    for old in item.get("formerly", []) or []:
        assert old["id"] in IDS and isinstance(old["year"], int), f"{f}:{item['id']}: formerly {old}"
    assert item.get("examples"), f"{f}:{item['id']}: no examples"


def test_merges_are_symmetric() -> None:
    """A unit listed under another's ``formerly`` is ``replaced_by`` it (same year), and back."""
    by_id = {str(i["id"]): i for _, i in ALL}
    for ident, item in by_id.items():
        for old in item.get("formerly", []) or []:
            rep = by_id[old["id"]].get("replaced_by")
            assert rep == {"id": ident, "year": old["year"]}, f"{old['id']} should be replaced_by {ident}"


def test_provinces_63_before_and_34_after_2025() -> None:
    provs = entries("actors/provinces.yaml")
    assert sum("since" not in p for p in provs) == 63
    assert sum("until" not in p for p in provs) == 34


@pytest.mark.parametrize("f,item,text", _cases("examples"))
def test_example_found(f: str, item: dict[str, Any], text: str) -> None:
    found = find_actors(normalize_text(text))
    if f == "provinces.yaml":
        name = normalize_text(item["name"])
        assert any(a.id == item["id"] or a.name.endswith(name) for a in found), (text, found)
    else:
        assert any(a.id == item["id"] for a in found), (text, [(a.text, a.id) for a in found])


@pytest.mark.parametrize("f,item,text", _cases("negatives"))
def test_negative_not_found(f: str, item: dict[str, Any], text: str) -> None:
    found = find_actors(normalize_text(text))
    assert not any(a.id == item["id"] for a in found), (text, [(a.text, a.id) for a in found])


def test_names_look_themselves_up() -> None:
    for f, item in ALL:
        if "name" in item and f != "titles.yaml":
            entry = lookup(item["name"])
            assert entry is not None and entry.id == item["id"], (f, item["id"], entry)


@pytest.mark.parametrize(
    "item,ex",
    [
        pytest.param(i, ex, id=f"{i['id']}-{k}")
        for i in entries("actors/abbreviations.yaml")
        for k, ex in enumerate(i["examples"])
    ],
)
def test_abbreviation_examples(item: dict[str, Any], ex: dict[str, str]) -> None:
    assert canonical_name(ex["text"]) == normalize_text(ex["name"])


def _head_cases(key: str) -> list[Any]:
    return [
        pytest.param(i, text, id=f"{i['id']}-{k}")
        for i in entries("actors/heads.yaml")
        for k, text in enumerate(i.get(key, []) or [])
    ]


@pytest.mark.parametrize("item,text", _head_cases("examples"))
def test_head_examples(item: dict[str, Any], text: str) -> None:
    t = normalize_text(text)
    assert any(any(a.text.startswith(h) for h in item["forms"]) for a in find_actors(t)), (
        text,
        find_actors(t),
    )


@pytest.mark.parametrize("item,text", _head_cases("negatives"))
def test_head_negatives(item: dict[str, Any], text: str) -> None:
    t = normalize_text(text)
    found = find_actors(t)
    assert not any(
        a.text.lower().startswith(h.lower()) and a.kind == item["kind"] for a in found for h in item["forms"]
    ), (text, found)


def _actor_examples() -> list[Any]:
    out = [
        pytest.param(ex, id=f"{i['id']}-{k}")
        for i in entries("actors/boundaries.yaml")
        for k, ex in enumerate(i["examples"])
    ]
    out += [pytest.param(ex, id=f"scopes-{k}") for k, ex in enumerate(load("actors/scopes.yaml")["examples"])]
    return out


@pytest.mark.parametrize("ex", _actor_examples())
def test_boundary_and_scope_examples(ex: dict[str, str]) -> None:
    found = find_actors(normalize_text(ex["text"]))
    assert found and found[0].text == normalize_text(ex["actor"]), (ex, found)


# The 2025 merger of provinces (Nghị quyết 202/2025/QH15, in force 1/7/2025): each absorbed unit and
# the unit it joined, as the resolution lists them; the 11 unchanged units have neither. Thừa Thiên
# Huế became the centrally-run city Huế on 1/1/2025 (Nghị quyết 1314/NQ-UBTVQH15).
MERGED_2025 = {
    "Hà Giang": "Tuyên Quang",
    "Yên Bái": "Lào Cai",
    "Bắc Kạn": "Thái Nguyên",
    "Vĩnh Phúc": "Phú Thọ",
    "Hòa Bình": "Phú Thọ",
    "Bắc Giang": "Bắc Ninh",
    "Thái Bình": "Hưng Yên",
    "Hải Dương": "Hải Phòng",
    "Hà Nam": "Ninh Bình",
    "Nam Định": "Ninh Bình",
    "Quảng Bình": "Quảng Trị",
    "Quảng Nam": "Đà Nẵng",
    "Kon Tum": "Quảng Ngãi",
    "Bình Định": "Gia Lai",
    "Ninh Thuận": "Khánh Hòa",
    "Đắk Nông": "Lâm Đồng",
    "Bình Thuận": "Lâm Đồng",
    "Phú Yên": "Đắk Lắk",
    "Bình Dương": "Thành phố Hồ Chí Minh",
    "Bà Rịa - Vũng Tàu": "Thành phố Hồ Chí Minh",
    "Bình Phước": "Đồng Nai",
    "Long An": "Tây Ninh",
    "Sóc Trăng": "Cần Thơ",
    "Hậu Giang": "Cần Thơ",
    "Bến Tre": "Vĩnh Long",
    "Trà Vinh": "Vĩnh Long",
    "Tiền Giang": "Đồng Tháp",
    "Bạc Liêu": "Cà Mau",
    "Kiên Giang": "An Giang",
    "Thừa Thiên Huế": "Huế",
}
UNCHANGED_2025 = {
    "Hà Nội",
    "Huế",
    "Lai Châu",
    "Điện Biên",
    "Sơn La",
    "Lạng Sơn",
    "Quảng Ninh",
    "Thanh Hóa",
    "Nghệ An",
    "Hà Tĩnh",
    "Cao Bằng",
}


def test_province_merger_2025_as_enacted() -> None:
    provs = {str(p["id"]): p for p in entries("actors/provinces.yaml")}
    by_name = {normalize_text(p["name"]): p for p in provs.values()}
    for old, new in MERGED_2025.items():
        rep = by_name[normalize_text(old)].get("replaced_by")
        assert rep is not None and provs[rep["id"]]["name"] == new and rep["year"] == 2025, (old, rep)
    for name in UNCHANGED_2025:
        p = by_name[normalize_text(name)]
        assert "replaced_by" not in p and "until" not in p, name
    continuing = {p["name"] for p in provs.values() if "until" not in p}
    assert continuing == set(MERGED_2025.values()) | UNCHANGED_2025


# Ministries and ministry-level agencies after the 2025 reorganisation (Nghị quyết 176/2025/QH15),
# and the former ministries with the one they went into.
MINISTRIES_2025 = {
    "Bộ Quốc phòng",
    "Bộ Công an",
    "Bộ Ngoại giao",
    "Bộ Nội vụ",
    "Bộ Tư pháp",
    "Bộ Tài chính",
    "Bộ Công Thương",
    "Bộ Nông nghiệp và Môi trường",
    "Bộ Xây dựng",
    "Bộ Văn hóa, Thể thao và Du lịch",
    "Bộ Khoa học và Công nghệ",
    "Bộ Giáo dục và Đào tạo",
    "Bộ Y tế",
    "Bộ Dân tộc và Tôn giáo",
    "Ngân hàng Nhà nước Việt Nam",
    "Thanh tra Chính phủ",
    "Văn phòng Chính phủ",
}
FORMER_MINISTRIES = {
    "Bộ Thông tin và Truyền thông": "Bộ Khoa học và Công nghệ",
    "Bộ Kế hoạch và Đầu tư": "Bộ Tài chính",
    "Bộ Lao động - Thương binh và Xã hội": "Bộ Nội vụ",
    "Bộ Tài nguyên và Môi trường": "Bộ Nông nghiệp và Môi trường",
    "Bộ Nông nghiệp và Phát triển nông thôn": "Bộ Nông nghiệp và Môi trường",
    "Bộ Giao thông vận tải": "Bộ Xây dựng",
    "Ủy ban Dân tộc": "Bộ Dân tộc và Tôn giáo",
}


def test_ministries_after_2025() -> None:
    by_id = {str(i["id"]): i for _, i in ALL}
    for name in MINISTRIES_2025:
        e = lookup(name)
        assert e is not None and e.name == name and e.replaced_by is None, (name, e)
    for old, new in FORMER_MINISTRIES.items():
        e = lookup(old)
        assert e is not None and e.replaced_by is not None, old
        assert by_id[e.replaced_by]["name"] == new and by_id[e.id]["replaced_by"]["year"] == 2025, old


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("Bộ TT&TT", "Bộ Thông tin và Truyền thông"),
        ("Bộ TT-TT", "Bộ Thông tin và Truyền thông"),
        ("Sở GD&ĐT", "Sở Giáo dục và Đào tạo"),
        ("Bộ NN&PTNT", "Bộ Nông nghiệp và Phát triển nông thôn"),
        ("Bộ KH&ĐT", "Bộ Kế hoạch và Đầu tư"),
        ("Bộ LĐ-TB&XH", "Bộ Lao động - Thương binh và Xã hội"),
        ("UBND tỉnh Lai Châu", "Ủy ban nhân dân tỉnh Lai Châu"),
        ("HĐND tỉnh Lai Châu", "Hội đồng nhân dân tỉnh Lai Châu"),
        ("Sở Nội vụ TP HCM", "Sở Nội vụ Thành phố Hồ Chí Minh"),
        ("UBND TP. Hà Nội", "Ủy ban nhân dân Thành phố Hà Nội"),
    ],
)
def test_issue_abbreviations(written: str, name: str) -> None:
    """The abbreviation variants the issue names."""
    assert canonical_name(written) == name
