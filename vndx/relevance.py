"""Is a discovered link about digital transformation? (titles, feed snippets, URL slugs)

The crawl (`scrapers.crawl_source`) is handed `is_relevant` by the task library and drops the
links it rejects before fetching them; `scrapers/` itself knows no topic and no keyword.
"""

from __future__ import annotations

from vndx.extract.text import fold_words

# Digital-transformation keywords, matched as whole words on folded text (no diacritics, lower case).
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


def is_relevant(*texts: str | None, keywords: tuple[str, ...] = DX_KEYWORDS) -> bool:
    """True when any keyword occurs (as whole words) in any of the texts (titles, snippets, URL slugs)."""
    folded = " " + " ".join(fold_words(t) for t in texts if t) + " "
    return any(f" {kw} " in folded for kw in keywords)
