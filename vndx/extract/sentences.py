"""Sentence and heading segmentation with character offsets.

Works on the case-preserving folded text (same offsets as the article text). A sentence ends at a
line break, or at ``.!?…`` followed by space and an upper-case letter, digit, quote or bullet,
unless the period closes an abbreviation such as "TP." or "TS.".
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from vndx.extract.scan import skipping

_BOUNDARY = skipping(re.compile(r"[.!?…]+[\"”’)]*\s+(?=[A-Z0-9\"“‘(+\-•*])"))
_ABBREV = re.compile(r"(?:\b(?:TP|Tp|tp|TS|ThS|GS|PGS|BS|CN|KS|ST|Q|P|TX|TT|Th|Mr|Ms|Dr|St|No)|\b[A-Z])\.$")
_ENUMERATOR = re.compile(r"\s*(?:\d{1,2}(?:\.\d{1,2})*|[IVXivx]{1,5}|[a-z])\.\s+")
_TERMINAL = re.compile(r"[.!?…:;]\s*[\"”’)]*\s*$")


def _ends_with_stop(line: str) -> bool:
    """``_TERMINAL.search(line)``: a stop, then at most spaces, closing quotes or brackets and spaces, read from the end
    (the search tried the pattern at every stop of the line, and every line is asked)."""
    return line.rstrip().rstrip("\"”’)").rstrip().endswith((".", "!", "?", "…", ":", ";"))


# (slots, not frozen: a frozen dataclass's __init__ sets every field through object.__setattr__, and the
# extractor makes thousands of these per article; nothing changes one after it is made, and the hash is kept)
@dataclass(unsafe_hash=True, slots=True)
class Sentence:
    start: int
    end: int
    is_heading: bool  # a whole short line without closing punctuation
    line_no: int


# "1. Hà Nội: 0,6912 điểm", "1. Lâm Đồng – 0,4702 điểm, hạng 19/63": an item's label, then a colon or a dash (a label
# may be an indicator's whole name: "1. Tỷ lệ TTHC đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình – 60%")
_NUMBERED_ITEM = re.compile(
    r"\d{1,2}[.)]\s[^:–—]{1,100}(?::|\s[–—-])\s*\d"
    # (or one whose line ends on a share or a score: "1. Tỷ lệ hồ sơ ...: chỉ tiêu 50% - kết quả 56,3%")
    r"|\d{1,2}[.)]\s.{5,150}?\d(?:\s*%|,\d{2,4}(?:\s*diem)?)\s*(?:\([^()]{0,20}\))?$"
)
# "Giá trị DTI: 0.5733", "Kinh tế số: 0,4412 | Hạng 4", "DTI 2024: xếp thứ 11/34", "Tổ công nghệ số: 4.982 tổ",
# "Xã hội số: hạng 33 – giá trị 0,4475":
# a label and its value, as infographics and fact boxes print them: a line of a list, not a heading. The
# value ends the line (a unit word or two, or more cells after "|" may follow); "Cà Mau: 9 tháng, 85% hồ
# sơ được số hóa" goes on as a headline does. Chrome stays chrome: the label holds a word and no date
# ("07/11/2024 - 08:00", "Thứ Năm, 10/04/2025 08:15" are datelines), the colon is not a clock's, the
# value is no date, and the page's counters and stamps ("Cập nhật: ...", "Lượt xem: 1.284") are not
# labels. The text here is folded.
_LABEL_VALUE = re.compile(
    r"(?=[^:\n]*[^\W\d_]{2})(?!(?i:luot xem|luot truy cap|so luot|truy cap|dang online|online|cap nhat|ngay dang"
    r"|dang ngay|ngay|gio|thoi gian|binh luan|chia se|thich)\b)(?![^:\n]*\d{1,2}/\d{1,2}/\d{2,4})"
    r"[^:\n]{2,120}(?:(?<!\d):|:(?!\d))[ \t]*(?:[+\-−][ \t]?)?(?i:(?:xep |dung )?(?:thu|hang)[ \t]+)?"
    r"(?!\d{1,2}/\d{1,2}/\d|\d{1,2}:\d\d)\d[\d.,/]*[ \t]*%?"
    # (its year in brackets, before a second value after a dash: "Chính quyền số: hạng 38 (2020) – hạng 24 (2021)")
    r"(?:[ \t]*\((?:19|20)\d\d\)(?=[ \t]+-))?"
    # (its share after a comma: "Số người có tài khoản: 1.312.447 người, tỷ lệ 91,8%", "98.540 hộ, đạt 41,3%")
    r"(?:(?:[ \t]+[^\W\d_]+){0,2}[ \t]*,[ \t]*(?:[^\W\d_]+[ \t]+){0,3}\d[\d.,/]*[ \t]*%?)?"
    # (a second label and value after a dash, also after the first value's unit: "Kinh tế số: hạng 41 – giá trị
    # 0,3402", "DTI 2023: 0,5487 điểm – hạng 21/63")
    r"(?:(?:[ \t]+[^\W\d_]+)?[ \t]+-[ \t]+(?:[^\W\d_]+[ \t]+){1,3}\d[\d.,/]*[ \t]*%?)?"
    # (a second count after its unit, joined by a slash or "với": "Tổ công nghệ số cộng đồng: 527 tổ / 3.150 thành
    # viên", "1.652 tổ với gần 8.000 thành viên")
    r"(?:[ \t]+[^\W\d_]+[ \t]*(?:/|voi(?:[ \t]+(?:gan|hon|khoang|tren))?)[ \t]*\d[\d.,]*)?"
    # (an aside in brackets after it or its unit: "Tỷ trọng kinh tế số trong GRDP: 13,8% (xếp thứ 6 toàn quốc)", "Chỉ
    # số DTI 2023: thứ 27/63 (năm 2022: thứ 38/63)", "Hộ được đào tạo kỹ năng số: 96.520 hộ (chiếm 38% ...)")
    r"(?:(?:[ \t]+[^\s|(]+){0,2}[ \t]*\([^()\n]{1,60}\))?"
    # (a movement to the next value after an arrow: "Xếp hạng: 57/63 (năm 2020) → 46/63 (năm 2021)")
    r"(?:[ \t]*(?:\u2192|->|=>|\u27f6|\u279d|\u2794)[ \t]*\d[\d.,/]*[ \t]*%?(?:[ \t]*\([^()\n]{1,60}\))?)?"
    r"(?:[ \t]+[^\s|]+){0,3}[ \t]*(?:\|.*)?"
)
# a fact box's line of labelled values ("Giá trị các trụ cột: CQS: 0,7012 | KTS: 0,5103 | XHS: 0,6340",
# "Nhận thức số: 0,85; Thể chế số: 0,77"): two or more labels, each with its value, after an optional lead label
_LABEL_CELLS = re.compile(
    r"(?:[^:|;\n]{1,60}:\s*)?(?:[^:|;\n\d]{1,60}:\s*(?:hang\s+|thu\s+)?\d[\d.,/]*\s*%?\s*(?:[|;]\s*|$)){2,}",
    re.IGNORECASE,
)
# a line of a year's figures under a lead-in: "2017 – hạng 12 (83,51%)", "2018: thứ 9", "2020 → hạng 30"
YEAR_ITEM = re.compile(r"(?:19|20)\d\d\s*(?:[-\u2013\u2014:\u2192\u27f6\u279d\u2794]|->|=>)\s*\S")
_SYMBOL_RUN = re.compile(r"(\S{1,3})\s")
# a line that opens with a value and goes on in lower case ("2.016 thủ tục hành chính được cung cấp trực
# tuyến", "68,4% hồ sơ ...", "Hơn 1.700 tỷ đồng doanh thu"): an infographic's figure and its caption, not a
# heading (not a year, "2023 - những con số ấn tượng"; not a numbered heading, "1. Kết quả")
# ("91,2% - Tỷ lệ hồ sơ ... trực tuyến", "1/63 - Chỉ số chuyển đổi số": the caption after a dash)
# (also its caption after a colon or a bar, "89,4%: tỷ lệ hồ sơ ...", "0,6648 | Giá trị Chỉ số DTI", and a rank or a
# change that opens the line, "Hạng 2/63 | Vị trí ...", "Thứ 4: xếp hạng ...", "+0,0615 – mức tăng ..."; not a
# date after the dash, "Thứ 2 - 15/04/2024": a weekday's dateline)
_VALUE_FIRST = re.compile(
    r"(?:[Hh]on |[Gg]an |[Kk]hoang |(?:[Hh]ang|[Tt]hu) |\+)?(?!(?:19|20)\d\d\b)\d[\d.,]*(?:/\d+)?"
    r"(?:\s*%|\s+(?:trieu|ty|nghin))?(?:\s+[a-z]|\s+[-\u2013\u2014|]\s+(?!\d)\S|\s*:\s*(?!\d)\S)"
)


def label_value_line(stripped: str) -> bool:
    """A line of a fact box or an infographic that labels its value ("Kinh tế số: 0,4412 | Hạng 4", "Số người có
    tài khoản: 1.312.447 người, tỷ lệ 91,8%", "CQS: 0,7012 | KTS: 0,5103"): an item of a list, not a heading."""
    return _LABEL_VALUE.fullmatch(stripped) is not None or _LABEL_CELLS.fullmatch(stripped) is not None


_KEYCAP = re.compile("[0-9#*]\ufe0f?\u20e3\\s")  # "1️⃣ ", "2⃣ ": a digit in a keycap, then a space


def _caps_after_symbol(stripped: str) -> bool:
    """The text after a line's leading symbols is written in capitals, with no label's colon ("📊 CHỈ SỐ DTI 2023 CỦA
    BẮC GIANG"): a section's title, as infographics print them."""
    m = _SYMBOL_RUN.match(stripped)
    rest = stripped[m.end() :] if m else stripped
    letters = [c for c in rest if c.isalpha()]
    return len(letters) >= 4 and ":" not in rest and all(c.isupper() for c in letters)


def symbol_bullet(stripped: str) -> bool:
    """A line led by a symbol and a space ("✅ Tỷ lệ ... đạt 68,9%", "📌 Kinh tế số: thứ 17", "► ..."):
    a list item of a post or a portal, a sentence without its stop. Symbols, arrows and dashes are
    bullets; letters, digits, quotes and brackets are not, but a keycap is ("1️⃣ 1.179 – số Tổ công nghệ số")."""
    if _KEYCAP.match(stripped):
        return True
    m = _SYMBOL_RUN.match(stripped)
    if m is None:
        return False
    cats = {unicodedata.category(c) for c in m.group(1)}
    # ("No": a circled number, "① 87,3% – hồ sơ được ... xử lý trực tuyến", numbers the items like a keycap)
    allowed = {"So", "Sm", "Sk", "Pd", "Mn", "Cf", "No"} | ({"Po"} if m.group(1) not in {".", "..."} else set())
    return bool(cats) and cats <= allowed


# a series over years written as text: the years joined by dashes, a colon, as many values joined by dashes ("Xếp hạng
# DTI (2021 – 2022 – 2023): 9 – 7 – 6"; groups: the years, the values), and a line of values alone under it ("Xếp hạng
# DTI: 12 – 9 – 11"; group: the values). One home: lists.year_series reads them, and such lines are no headings
YEAR_SERIES = re.compile(
    r"((?:19|20)\d\d(?:\s*[\u2013-]\s*(?:19|20)\d\d)+)\s*\)?\s*:\s*"
    r"(\d[\d.,]*[ \t]*%?(?:[ \t]*[\u2013-][ \t]*\d[\d.,]*[ \t]*%?)+)"
)
VALUE_SERIES = re.compile(r":\s*(\d[\d.,]*\s*%?(?:\s*[\u2013-]\s*\d[\d.,]*\s*%?)+)\s*$")


def split_sentences(cased: str) -> list[Sentence]:
    """Sentences of a (folded, case-kept) text, in order, whitespace-trimmed."""
    out: list[Sentence] = []
    pos = 0
    items = False  # in the lines under a lead-in that ends with ":" that each open with a year ("2017 – hạng 12")
    lines = cased.split("\n")
    carry: tuple[int, int] | None = None  # (start, line) of a sentence a line before began and this one goes on with
    prev_year_item = False  # the line before opened with a year ("2020 → hạng 30")
    for line_no, line in enumerate(lines):
        line_start = pos
        pos += len(line) + 1
        stripped = line.strip()
        if not stripped:
            items = prev_year_item = False
            carry = None
            continue
        nxt = lines[line_no + 1].strip() if line_no + 1 < len(lines) else ""  # (stripped once, read twice)
        joins = _joins_next(stripped, nxt)
        year_item = bool(YEAR_ITEM.match(stripped))
        # (two lines or more in a row that each open with a year are items of their own, whatever stands above them:
        # "DTI VĨNH PHÚC QUA CÁC NĂM" over "2020 → hạng 30", "2021 → hạng 23")
        items = year_item and (items or prev_year_item or bool(YEAR_ITEM.match(nxt)))
        prev_year_item = year_item
        lead = line_start + (len(line) - len(line.lstrip()))
        line_end = line_start + len(line.rstrip())
        # (a line that goes on from the line before or into the next one is no heading: the tests below, which scan
        # the line, are not run for it)
        heading = (
            carry is None
            and not joins
            and len(stripped) <= 160
            and not _ends_with_stop(stripped)
            and len(stripped.split()) >= 2
            and not stripped.startswith("|")  # a table row ("| Kinh tế số | 0,2310 | 61/63 |"), as trafilatura keeps it
            and not stripped.startswith(("+ ", "- ", "• ", "* ", "– "))  # a bullet item: a sentence without its stop
            and not _NUMBERED_ITEM.match(stripped)  # "1. Hà Nội: 0,6912 điểm": a numbered item with its value
            # "✅ ...", "📌 ...": an item (the first line is the title); not a section title in capitals after its icon
            # ("📱 9 THÁNG NĂM 2025", "🏛 BA TRỤ CỘT": rule icon-heading)
            and not (out and symbol_bullet(stripped) and not _caps_after_symbol(stripped))
            and not (out and label_value_line(stripped))  # "Kinh tế số: 0,4412 | Hạng 4": a fact box's line
            # "Xếp hạng DTI (2021 – 2022 – 2023): 9 – 7 – 6", and "Xếp hạng DTI: 12 – 9 – 11" under it: lines of data
            and not (out and (YEAR_SERIES.search(stripped) or VALUE_SERIES.search(stripped)))
            # "68,4% hồ sơ ... trực tuyến": an infographic's figure (not a table's row, "2 | Tỷ lệ ... | % | 50 |")
            and not (out and _VALUE_FIRST.match(stripped) and stripped.count("|") <= 1)
            # "Thứ hạng PAR Index của tỉnh qua các năm:" over "2017 – hạng 12 (83,51%)": the lead-in's items
            and not items
        )
        items = stripped.endswith(":") or items
        seg_start, seg_line = (carry if carry is not None else (lead, line_no))
        for m in _BOUNDARY.finditer(cased, lead, line_end):
            head = cased[max(lead, m.start() - 6) : m.start() + 1]
            if _ABBREV.search(head):
                continue
            if _ENUMERATOR.fullmatch(cased, seg_start, m.end()):
                continue  # "3. Chỉ tiêu năm 2024", "II. Nhiệm vụ": a numbered heading, not a sentence
            cut = m.end()
            out.append(_trim(cased, seg_start, cut, False, seg_line))
            seg_start = cut
        if joins:
            carry = (seg_start, seg_line)  # (rule line-goes-on: the sentence goes on on the next line)
            continue
        carry = None
        if seg_start < line_end:
            out.append(_trim(cased, seg_start, line_end, heading and seg_start == lead, seg_line))
    out = [s for s in out if s.end > s.start]
    last_text = cased[out[-1].start : out[-1].end] if out else ""
    if out and out[-1].is_heading and len(last_text) >= 80 and re.search(r"[,:;]\s", last_text):
        # a page cut mid-sentence ("Năm 2024, tỉnh đã số hóa 64% hồ sơ nhận vào và kết quả trả ra đ"): the last
        # line is a sentence without its end, not a heading
        last = out[-1]
        out[-1] = Sentence(last.start, last.end, False, last.line_no)
    return out


# an infographic's figure alone on its line, its caption on the next ("🌐 82,3%" over "Tỷ lệ người dân sử dụng
# Internet"): an icon or two, a hedge, the figure
_FIGURE_ALONE = re.compile(r"(?:\S{1,4}\s+)?(?:(?:[Hh]on|[Gg]an|[Kk]hoang|[Tt]ren)\s+)?\d[\d.,]*\s*%?")
# the words a sentence broken at the line's end may stop on before its value ("... trụ cột kinh tế số đạt" over "0,4490
# điểm")
_VALUE_LEAD_END = re.compile(r"\b(?:dat|la|voi|thu|(?<!ngan )hang|khoang|len|xuong|chiem|co|o muc)$")


def _joins_next(stripped: str, nxt: str) -> bool:
    """Rule line-goes-on: the line's sentence goes on on the next line: an infographic's figure over its caption, or a
    line of a copied report broken mid-sentence (a long line with no closing stop, the next one opening in lower case,
    or with the value the line's last word leads to). Never across table rows."""
    if not nxt or "|" in stripped or "\t" in stripped or "|" in nxt or "\t" in nxt:
        return False
    if _FIGURE_ALONE.fullmatch(stripped):
        # (an icon before it: a figure alone with no icon is a cell under its label, "Chính quyền số" over "0,4102")
        return symbol_bullet(stripped) and nxt[0].isalpha() and not _FIGURE_ALONE.fullmatch(nxt)
    if len(stripped) < 40 or _ends_with_stop(stripped):
        return False
    if nxt[0].islower():
        return True
    return nxt[0].isdigit() and _VALUE_LEAD_END.search(stripped) is not None


def _trim(text: str, start: int, end: int, heading: bool, line_no: int) -> Sentence:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Sentence(start, end, heading, line_no)
