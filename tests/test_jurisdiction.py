"""Actor.jurisdiction: the province an actor belongs to, named or taken from the document."""

from __future__ import annotations

import pytest

from directive_extract.jurisdiction import provinces_in
from directive_extract.models import Document
from tests.conftest import raw_text


@pytest.mark.parametrize(
    "name,expected",
    [
        ("Ủy ban nhân dân tỉnh Lạng Sơn", ["prov_lang_son"]),
        ("Sở Nội vụ TP.HCM", ["prov_ho_chi_minh"]),
        ("Ủy ban nhân dân tỉnh Hà Giang", ["prov_ha_giang"]),  # merged in 2025: keeps its own id
        (
            "Ủy ban nhân dân các tỉnh, thành phố Cần Thơ, An Giang, Cà Mau, Đồng Tháp",
            ["prov_can_tho", "prov_an_giang", "prov_ca_mau", "prov_dong_thap"],
        ),
        ("bảo đảm an ninh, trật tự", []),  # lower-case "an" is not Long An or An Giang
        ("Ủy ban nhân dân các huyện, thành phố Tân An", []),  # a city of a province, not a province
    ],
)
def test_provinces_in(name: str, expected: list[str]) -> None:
    assert [e.id for e in provinces_in(name)] == expected


def _actors(doc: Document) -> dict[str, tuple[str | None, str | None]]:
    out = {}
    for d in doc.directives:
        for a in [*d.addressees, *d.coordinators]:
            out[a.name] = (a.jurisdiction, a.jurisdiction_id)
    return out


def test_provincial_document_gives_its_province_to_unnamed_local_bodies(pipeline) -> None:  # type: ignore[no-untyped-def]
    # 057: "Ngày 28/10/2025, UBND tỉnh Lạng Sơn đã ban hành Kế hoạch 279/KH-UBND …"; "Giao Sở Tài
    # chính chủ trì, phối hợp với các sở, ngành, UBND các xã, phường …"
    doc = pipeline(raw_text("057_kh-ubnd-langson-279-2025-dieu-chinh-quy-hoach"))
    assert doc.issuer is not None and doc.issuer.jurisdiction_id == "prov_lang_son"
    actors = _actors(doc)
    assert actors["Sở Tài chính"] == ("Lạng Sơn", "prov_lang_son")
    assert actors["Ủy ban nhân dân các xã, phường"] == ("Lạng Sơn", "prov_lang_son")
    # the name stays as written (GUIDELINES §28)
    assert "Sở Tài chính" in actors and "Sở Tài chính tỉnh Lạng Sơn" not in actors


def test_central_document_gives_no_province_to_plural_local_bodies(pipeline) -> None:  # type: ignore[no-untyped-def]
    # 022, Công điện of the Prime Minister: "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc
    # trung ương" means every province; "Ủy ban nhân dân Thành phố Hồ Chí Minh" names its own
    doc = pipeline(raw_text("022_cd-ttg-27-2025-chay-nha-quan8"))
    actors = _actors(doc)
    assert actors["Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"] == (None, None)
    assert actors["Ủy ban nhân dân Thành phố Hồ Chí Minh"] == ("Thành phố Hồ Chí Minh", "prov_ho_chi_minh")
    assert actors["Bộ Công an"] == (None, None)
