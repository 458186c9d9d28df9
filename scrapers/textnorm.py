"""Diacritics-insensitive text matching for Vietnamese (titles, province names, keywords)."""

from __future__ import annotations

import re
import unicodedata

_SPACE = re.compile(r"[^a-z0-9]+")

# Digital-transformation keywords; matched on folded text (no diacritics, lower case).
DX_KEYWORDS = (
    "chuyen doi so",
    "dti",
    "kinh te so",
    "chinh quyen so",
    "xa hoi so",
    "chinh phu so",
    "ha tang so",
    "du lieu so",
    "nhan luc so",
    "cong nghe so",
    "dich vu cong truc tuyen",
    "chu ky so",
    "ky so",
    "de an 06",
    "dinh danh dien tu",
    "vneid",
    "thuong mai dien tu",
    "khong dung tien mat",
    "an toan thong tin",
    "ict index",
    "xep hang",
)


def fold(text: str) -> str:
    """Lower case, no diacritics, đ -> d, runs of non-alphanumerics -> one space."""
    text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    text = "".join(ch for ch in text if unicodedata.category(ch) != "Mn")
    return _SPACE.sub(" ", text.lower()).strip()


def is_relevant(*texts: str | None, keywords: tuple[str, ...] = DX_KEYWORDS) -> bool:
    """True when any keyword occurs (as whole words) in any of the texts (titles, snippets, URL slugs)."""
    folded = " " + " ".join(fold(t) for t in texts if t) + " "
    return any(f" {kw} " in folded for kw in keywords)
