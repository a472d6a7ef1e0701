"""The offset map: every normalised span maps back to the raw input exactly."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from directive_extract.normalize import fold, normalize, normalize_text


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        pytest.param("Tin học hoá", "Tin học hóa", id="tone-oa"),
        pytest.param("thuỷ lợi", "thủy lợi", id="tone-uy"),
        pytest.param("sức khoẻ", "sức khỏe", id="tone-oe"),
        pytest.param("quý III", "quý III", id="qu-keeps-mark-on-y"),
        pytest.param("hoàn thành", "hoàn thành", id="closed-syllable-unchanged"),
        pytest.param("khuya", "khuya", id="uya-unchanged"),
        pytest.param("Sở\u00a0thông tin", "Sở thông tin", id="nbsp"),
        pytest.param("a\r\nb\rc", "a\nb\nc", id="crlf-and-cr"),
        pytest.param("a\tb", "a b", id="tab"),
        pytest.param("a\u200bb", "ab", id="zero-width-dropped"),
        pytest.param(unicodedata.normalize("NFD", "Thủ tướng"), "Thủ tướng", id="nfd-to-nfc"),
    ],
)
def test_normalize_text(raw: str, expected: str) -> None:
    assert normalize_text(raw) == expected


def test_sample_nbsp_spans_map_back() -> None:
    raw = "Bộ\u00a0cũng yêu\u00a0cầu các sở"
    n = normalize(raw)
    i = n.text.index("yêu cầu")
    s, e, text = n.raw_slice(i, i + len("yêu cầu"))
    assert text == "yêu\u00a0cầu" and raw[s:e] == text


def test_nfd_span_covers_whole_cluster() -> None:
    raw = unicodedata.normalize("NFD", "Bộ Y tế")
    n = normalize(raw)
    i = n.text.index("Y tế")
    s, e, text = n.raw_slice(i, i + 4)
    assert unicodedata.normalize("NFC", text) == "Y tế"


def test_fold_is_lowercase_key() -> None:
    assert fold("Tin Học Hoá") == "tin học hóa"


def _toneless(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text) if c not in "\u0301\u0300\u0309\u0303\u0323")


@settings(max_examples=300, deadline=None)
@given(st.text(), st.data())
def test_any_span_is_grounded(raw: str, data: st.DataObject) -> None:
    n = normalize(raw)
    assert len(n.text) <= len(raw) * 2 + 1
    if not n.text:
        return
    a = data.draw(st.integers(0, len(n.text) - 1))
    b = data.draw(st.integers(a + 1, len(n.text)))
    s, e, text = n.raw_slice(a, b)
    assert 0 <= s <= e <= len(raw)
    assert raw[s:e] == text
    # the raw piece normalises to (a superstring of) the normalised piece, up to where the tone mark
    # sits: the placement depends on the letter after the syllable ("0UÝ" → "0ÚY", "0UÝ0" stays),
    # which a piece cut out of its context may not have
    piece, again, whole = (_toneless(x) for x in (n.text[a:b], normalize_text(text), n.text))
    assert piece in again or again in whole


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_is_normal_agrees_with_normalize(raw: str) -> None:
    from directive_extract.normalize import is_normal

    if is_normal(raw):
        assert normalize_text(raw) == raw
    assert is_normal(normalize_text(raw)) or normalize_text(normalize_text(raw)) == normalize_text(raw)


def test_a_moved_tone_mark_maps_both_vowels_to_the_pair() -> None:
    # "hoá" → "hóa": the "ó" holds the raw "a"'s tone, so either vowel alone maps to the raw pair
    n = normalize("hoá học")
    assert n.text == "hóa học"
    assert n.raw_slice(1, 2) == (1, 3, "oá")
    assert n.raw_slice(2, 3) == (1, 3, "oá")
    assert n.raw_slice(0, 3) == (0, 3, "hoá")
    assert n.raw_slice(4, 7) == (4, 7, "học")
