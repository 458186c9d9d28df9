"""Page furniture a scraped article keeps around its text: boxes of links to other articles, and the readers'
comments under it.

A news page lists other articles' headlines under "Tin liên quan", "Xem thêm", "Bài viết cùng chuyên
mục" and the like, before or after the article, and a scraper (or trafilatura, on some templates)
keeps them with the text. Those headlines state other articles' figures, often of other provinces
and years ("- Lạng Sơn công bố DTI 2021: xếp thứ 42/63"): read as the article's sentences they are
false facts, and their province names tilt which province the article is about.

``related_links`` finds them on the folded lower-case text (one line each, offsets of that text):
the heading's line and the headlines under it, or a single line led by "Xem thêm:" / "Đọc thêm:".
``comments_start`` finds where a comment section begins (rule readers-comments: a reader's "Khánh Hòa xếp thứ 12
kìa" is no fact).
"""

from __future__ import annotations

import re

# a box's heading, alone on its line (a count or a colon may follow): "Tin liên quan:", "Bài viết cùng
# chuyên mục", "Có thể bạn quan tâm", "Tin khác (5)"
_HEADING = re.compile(
    r"[ \t>»›\-–•*#|]*(?:tin(?: bai)? lien quan|bai(?: viet)? lien quan|xem them|doc them|"
    r"(?:tin|bai|bai viet|tin bai) cung chuyen muc|(?:cac )?tin(?: bai)? khac|cac bai khac|"
    r"co the ban quan tam|ban co the quan tam|tin moi(?: nhat| hon)?|tin cu hon|tin noi bat|"
    r"(?:tin )?doc nhieu(?: nhat)?|tin xem nhieu(?: nhat)?|tin da dua)"
    r"[ \t]*(?:\(\d+\))?[ \t]*:?[ \t]*$"
)
# one link on its own line: "Xem thêm: Bắc Giang xếp thứ 17 về DTI 2021", ">> Đọc thêm: ..."
_INLINE = re.compile(r"[ \t>»›\-–•*]*(?:xem them|doc them|tin lien quan|bai lien quan)[ \t]*(?::|>>|»)[ \t]*\S")
# a line that ends a sentence or announces a list: the article's own text again, not another headline
# (a headline cut short ends with an ellipsis and is still one)
_CLOSED = re.compile(r"(?<!\.\.)[.;:][\"”’)]*[ \t]*$")
# (the headings' telling words: an article without any has no box, and its lines are not tried one by one; looked
# for by str.find, at C speed, not by one regex tried at every character)
_HEADING_WORDS = (
    "lien quan",
    "xem them",
    "doc them",
    "cung chuyen muc",
    "tin khac",
    "bai khac",
    "quan tam",
    "tin moi",
    "tin cu hon",
    "noi bat",
    "doc nhieu",
    "xem nhieu",
    "tin da dua",
)
_MAX_HEADLINE = 200  # characters: longer is a paragraph
_MAX_LINKS = 15  # lines under one heading


def related_links(lower: str) -> list[tuple[int, int]]:
    """Spans (start, end) of the lines of related-link boxes in ``lower``, in order."""
    if not any(w in lower for w in _HEADING_WORDS):
        return []
    spans: list[tuple[int, int]] = []
    lines = _lines(lower)
    i = 0
    while i < len(lines):
        s, e = lines[i]
        if _HEADING.match(lower, s, e):
            spans.append((s, e))
            taken = 0
            j = i + 1
            while j < len(lines) and taken < _MAX_LINKS:
                s2, e2 = lines[j]
                line = lower[s2:e2].strip()
                if not line:
                    j += 1
                    continue
                if len(line) > _MAX_HEADLINE or _CLOSED.search(line):
                    break
                spans.append((s2, e2))
                taken += 1
                j += 1
            i = j
            continue
        if _INLINE.match(lower, s, e):
            spans.append((s, e))
        i += 1
    return spans


def _lines(text: str) -> list[tuple[int, int]]:
    out, start = [], 0
    for line in text.split("\n"):
        out.append((start, start + len(line)))
        start += len(line) + 1
    return out


# a comment section's heading, a line of its own ("Ý kiến bạn đọc (3)", "Bình luận (2)", "Các bình luận")
_COMMENTS = re.compile(
    r"^[ \t]*(?:y kien ban doc|binh luan|cac binh luan|ban doc binh luan|y kien cua ban)[ \t]*(?:\(\d+\))?[ \t]*$",
    re.M,
)


def comments_start(lower: str) -> int:
    """Where the readers' comments begin in ``lower`` (its length when there are none)."""
    # (every heading names "bình luận" or "ý kiến": an article without either has none, and is not searched)
    found = _COMMENTS.search(lower) if "binh luan" in lower or "y kien" in lower else None
    return found.start() if found else len(lower)
