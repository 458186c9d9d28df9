"""Numbers as written in Vietnamese evidence, for the "evidence contains the value" rule.

Vietnamese writes "1.954.846" (dot = thousands) and "58,9" / "0,5320" (comma = decimal), but
English-style "58.9" also occurs in portals. Every numeric token is therefore read every plausible
way: "1.637" is 1637 or 1.637; "48/63" gives 48 and 63; "1,5 triệu" also gives 1 500 000.
A rank of 1 may be written in words ("đứng đầu cả nước").
"""

from __future__ import annotations

import math
import re
import unicodedata

_TOKEN = re.compile(r"(?<![\d.,])(\d+(?:[.,]\d+)*)(?:\s*(nghìn|ngàn|triệu|tỷ|tỉ)\b)?", re.IGNORECASE)
_GROUPED_DOT = re.compile(r"^\d{1,3}(?:\.\d{3})+$")
_GROUPED_COMMA = re.compile(r"^\d{1,3}(?:,\d{3})+$")
_MULTIPLIERS = {"nghìn": 1e3, "ngàn": 1e3, "triệu": 1e6, "tỷ": 1e9, "tỉ": 1e9}
_FIRST_WORDS = re.compile(r"đứng đầu|dẫn đầu|thứ nhất|hạng nhất|số 1\b|vị trí đầu", re.IGNORECASE)


def normalise(text: str) -> str:
    """NFC, non-breaking and thin spaces to plain spaces, lower case."""
    text = unicodedata.normalize("NFC", text)
    return re.sub(r"[\u00a0\u2009\u202f]", " ", text).lower()


def _readings(token: str) -> set[float]:
    out: set[float] = set()
    has_dot, has_comma = "." in token, "," in token
    if not has_dot and not has_comma:
        out.add(float(token))
    elif has_dot and has_comma:
        # Vietnamese 1.954,5 and English 1,954.5
        if token.rfind(",") > token.rfind("."):
            out.add(float(token.replace(".", "").replace(",", ".")))
        else:
            out.add(float(token.replace(",", "")))
    else:
        sep = "." if has_dot else ","
        grouped = _GROUPED_DOT if has_dot else _GROUPED_COMMA
        if grouped.match(token):
            out.add(float(token.replace(sep, "")))
        if token.count(sep) == 1:
            out.add(float(token.replace(sep, ".")))
    return out


def numbers_in(text: str | None) -> set[float]:
    """Every value a reader could take from the numbers written in `text`."""
    if not text:
        return set()
    text = normalise(text)
    values: set[float] = set()
    for match in _TOKEN.finditer(text):
        readings = _readings(match.group(1))
        values |= readings
        if match.group(2):
            factor = _MULTIPLIERS[match.group(2).lower()]
            values |= {r * factor for r in readings}
    if _FIRST_WORDS.search(text):
        values.add(1.0)
    return values


def mentions(text: str | None, value: float | None) -> bool:
    """True when `text` contains `value` (or its magnitude, for changes written "giảm 0,1")."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return False
    target = abs(float(value))
    return any(math.isclose(n, target, rel_tol=1e-6, abs_tol=1e-9) for n in numbers_in(text))
