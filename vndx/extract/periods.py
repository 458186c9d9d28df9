"""Which year a value refers to, and the publication date found in a page's text.

A value takes the nearest year before it in its sentence ("Năm 2022, ..."; "năm 2021 xếp thứ
6/63"), skipping comparisons ("so với năm 2021"), ranges ("giai đoạn 2021-2025"), horizons
("định hướng đến năm 2030", "từ năm 2020") and dates of documents; "hai năm trước" counts back.
Without one: a lead-in ending in ":" or the nearest heading (title included), then the
publication year. A year after the publication year marks a target, not a fact.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass, replace

from vndx.extract.scan import skipping
from vndx.extract.text import count_of

# (?<![\d.,]) after the first digit, not before it: the engine then skips ahead to a 1 or a 2
_YEAR = re.compile(r"(?:1(?<![\d.,]1)9[5-9]|2(?<![\d.,]2)0[0-4])\d(?![\d])")
_DATE = re.compile(r"(?<![\d/])(\d{1,2})\s*[/\-.]\s*(\d{1,2})\s*[/\-.]\s*((?:19|20)\d{2})(?!\d)")
_RANGE_BEFORE = re.compile(r"(?:\d{4}|\d{1,2}/\d{4})\s*-\s*$")
_RANGE_AFTER = re.compile(r"^\s*-\s*(?:\d{4}|\d{2}\b)")
# ("gấp 2,5 lần năm 2017", "gấp hơn 3 lần năm 2021": a multiple of that year's figure; "so với DTI
# 2024": the index's edition compared)
# a multiple of a year's figure or more than it ("gấp gần ba lần năm 2020", "gấp đôi năm 2022", "vượt xa cả
# năm 2023"): a comparison (also years.py's, where such a year owns the bracketed value after it)
MULTIPLE_OR_MORE = (
    r"gap (?:hon |gan |khoang |tren )?(?:[\d.,]+|hai|ba|bon|nam|muoi|ruoi) lan|gap (?:gan |hon )?(?:doi|ruoi)"
    r"|vuot(?: xa)?(?: ca)?"
)
# the ranking indices a year may name the edition of ("DTI 2023", "PAR Index 2019"), folded: one home for them
RANKING_INDEX_NAMES = "dti|par index|ict index"
# what a compared year is written after, between the comparing word and the year: "so với kết quả DTI năm 2022",
# "so với năm 2021" (one home: years.py's compared-year rules read it too)
COMPARED_THING = rf"(?: ket qua)?(?: (?:chi so )?(?:{RANKING_INDEX_NAMES}))?(?: nam)?\s*$"
_COMPARE = skipping(
    re.compile(
        # ("xấp xỉ năm trước", "ngang bằng năm 2021", "tương đương năm trước": about as much as that year's)
        rf"(?:so voi|so cung ky|hon(?: ca| han| nhieu)?|kem|(?<!cung )(?<!neu )nhu|xap xi|ngang(?: bang)?|tuong duong"
        # ("xếp thứ 2/63, giữ vững vị trí của năm 2020": the place kept is that year's too, the value the edition's)
        rf"|giu (?:vung|nguyen)(?: duoc)? (?:vi tri|thu hang)(?: cua)?"
        rf"|{MULTIPLE_OR_MORE})"
        # ("so với quý IV/2023": a quarter's figure compared with)
        r"(?: cung ky| thoi diem)?(?: ca)?(?: cuoi)?(?: quy [ivx1-4]+\s*/)?" + COMPARED_THING
    )
)
# what is said of a year's edition that has not come out ("DTI 2023 chưa được công bố", "năm 2024 vẫn chưa có kết quả")
_NOT_OUT_YET = re.compile(r"\s*(?:van\s+)?chua\s+(?:duoc\s+)?(?:cong bo|co ket qua|cong khai)\b")
# "so với" with the thing compared written out before a relative year ("so với kết quả riêng lẻ của hai tỉnh năm trước")
_COMPARED_IN_CLAUSE = re.compile(r"\bso voi\b[^,;.()\d]{0,40}$")
_BRACKET_NEXT = re.compile(r"\s*\(")
# ... and before a year in digits, right after the thing's words (not past a colon: "so với trước sắp xếp: năm 2024,
# ...")
_COMPARED_THING_YEAR = skipping(re.compile(r"\bso voi\b[^,;:.()\d]{0,40}\bnam $"))
# an aside between two dashes set between words ("Kinh tế số – trụ cột từng đứng thứ 51 năm 2021 – nay đứng thứ
# 33"); the text is folded ("–" is "-"). Not a list of labels ("2020 – thứ 4; 2021 – thứ 2": no ";" or ":" inside),
# nor the dash of a name ("Bà Rịa - Vũng Tàu") or of a range ("2021 - 2025": no digit right after the first dash)
_DASH_PAIR = re.compile(r"(?<=\S)(?<!ba ria)\s+-\s+(?![\d\s])[^-;:.()\n]{2,120}?(?<=\S)(?<!ba ria)\s+-\s+(?=\S)")
# a number inside an aside that is no year nor a month ("tháng 2"): the aside's own value
_ASIDE_VALUE = re.compile(r"(?<!thang )(?<![\d.,])(?!(?:19|20)\d\d(?!\d))\d")
# the edition an aside names ("– DTI 2023 công bố hồi tháng 2 –"): its year dates the values around it
_EDITION_NAMED = re.compile(rf"\b(?:{RANKING_INDEX_NAMES})\s+(?:nam\s+)?$")
# an aside between commas naming what the subject was ("quán quân năm 2020", "địa phương xếp thứ nhất DTI 2024")
_ASIDE_HEADS = ("quan quan", "a quan", "dia phuong", "don vi", "tinh", "thanh pho", "noi")  # (a cheap scan first)
_ASIDE_LEADS = tuple(", " + h for h in _ASIDE_HEADS)


def _aside_lead_in(text: str) -> bool:
    """An aside's head after a comma in ``text`` (the sentence, one copy: not a call of find per head)."""
    return any(lead in text for lead in _ASIDE_LEADS)
# (not one that ranks the subject itself: "Đà Nẵng, địa phương xếp thứ nhất DTI 2023, nay đứng thứ hai" dates
# its own rank; nor "tính đến cuối năm 2024", which folds like "tỉnh"; nor "khối tỉnh, thành phố năm 2020")
_ASIDE_HEAD = "|".join(h if h != "tinh" else "tinh(?! (?:den|toi|tu|theo|chung|rieng))" for h in _ASIDE_HEADS)
_COMMA_ASIDE = re.compile(
    rf",(?<!\btinh,)\s*((?:{_ASIDE_HEAD})\b"
    # (no colon inside: "Bình Định cũ, địa phương nhiều năm ở nhóm khá: năm 2023, Bình Định xếp thứ 15/63" opens the
    # year's own clause after the colon)
    r"(?:(?!\b(?:xep|dung|thu|hang|vi tri|dat)\b)[^,;:.()\d]){0,45}?(?:19|20)\d\d)\s*,"
)
# a contrast opening the year's clause ("..., trong khi cuối năm 2023 tỷ lệ này mới đạt 71%"): the year
# dates what follows it, never a value before the contrast (rule contrast-year)
# (and the past an if-clause sets against now: "Nếu như ở kỳ đánh giá năm 2021, tỉnh còn đứng thứ 35 thì đến kỳ này,
# ..." dates 35 only, not the paragraph after it)
_CONTRAST = skipping(re.compile(r"\b(?:trong khi(?: do)?|nguoc lai|neu nhu)\b[^,;.]{0,25}$"))
_SAME_PERIOD_OPENS = re.compile(r"[,(;]\s*cung ky(?: nam)?\s*$")
# (not "ngay từ năm 2020", as early as 2020: a year the value is of; nor "điện tử", "đầu tư" folded to "tu": "tài
# khoản định danh điện tử năm 2023 đạt 41,7%", "thương mại điện tử năm 2022" name the value's year)
_HORIZON = skipping(
    re.compile(
        r"\b(?:dinh huong|tam nhin|(?<!ngay )(?<!dien )(?<!dau )tu|sau|truoc|giai doan|nam hoc|nhiem ky)"
        r"(?: (?:den|toi))?(?: (?:het|cuoi))?"
        r"(?: nam)?\s*$"
    )
)
# "DTI 2023 do Bộ công bố vào tháng 9/2024": when a ranking came out, not the year it measures
# (also before "năm nay": "DTI 2022 công bố hồi tháng 6 năm nay" dates the announcement, not a period)
_ANNOUNCED = re.compile(
    r"(?:cong bo|phat hanh|cong khai|cong bo ket qua|dien ra)(?: (?:hoi|vao|trong|tu|ngay|luc|dau|cuoi|giua))*"
    r"(?: thang(?: \d{1,2})?)?\s*(?:\d{1,2}\s*/\s*)?(?:nam\s*)?$"
)
# "Báo cáo năm nay đồng thời quy đổi ...": this year's report, the release, not the edition it reports
_REPORT_OF = re.compile(r"\bbao cao\s*$")
# "năm nay" then who announces and the verb ("năm nay Bộ Khoa học và Công nghệ đồng thời công bố"): the year of the
# announcement, not of what it announced (no value, no clause break between)
_ANNOUNCING_AFTER = re.compile(r"(?:\s+[^\d,.;:()]{0,45}?)?\s+(?:cong bo|phat hanh)\b")
# the day or month a ranking was announced, right after the verb or after what it announced
_ANNOUNCED_ON = re.compile(
    r"(?:cong bo|phat hanh|cong khai)"
    r"(?:(?: vao)?(?: (?:sang|chieu|toi|trua))?(?: ngay)|(?: vao)? (?:sang|chieu|toi|trua)"
    r"|[^.;]{0,60}? (?:vao|hoi) (?:ngay|thang))\s*$"
)  # ("công bố ngày 21/10/2025", "công bố chiều 17/6/2026", "công bố vào sáng ngày 8/6/2022")
_BEFORE_AFTER_DAY = skipping(re.compile(r"\b(?:truoc|sau)(?: ngay)?\s*$"))
_CLAUSE_OPENS = re.compile(r"(?:^|[.;:,]\s*|\n\s*)$")
# ... the name it had or took then ("trước ngày 1/1/2025 là tỉnh Thừa Thiên Huế", "từ ngày ... trở thành thành phố")
_RENAMED_AFTER = re.compile(r"\s*,?\s*(?:la|con la|van la|tro thanh|thanh)\s+(?:tinh|thanh pho)\b")


def _is_merger_day(date: re.Match) -> bool:
    """The date is the day the merged provinces came into being (1 July 2025)."""
    return (int(date.group(1)), int(date.group(2)), int(date.group(3))) == (1, 7, 2025)


# ... and the month, after what it announced
_ANNOUNCED_IN = re.compile(
    r"(?:cong bo|phat hanh|cong khai)[^.;]{0,60}? (?:vao|hoi) thang(?: \d{1,2})?\s*/?\s*(?:nam\s*)?$"
)
_UNTIL = re.compile(r"(?:den|toi)(?: (?:het|cuoi|thang \d+))?(?: nam)?\s*$")
# the words after "năm" that count a year on from the last one ("năm sau", "năm tiếp theo", "năm kế tiếp")
NEXT_YEAR_WORDS = "sau|tiep theo|ke tiep"
# an index's edition named as such ("kỳ", "kỳ đánh giá", "lần xếp hạng")
_EDITION_WORD = r"ky(?: danh gia| xep hang| cong bo)?|lan (?:danh gia|xep hang|cong bo)"
_RELATIVE = re.compile(
    # (not "vài năm trước", "nhiều năm trước", "mấy năm trước": some years ago, no year)
    # ("kỳ trước", "kỳ đánh giá trước", "lần xếp hạng trước", "lần công bố trước": an index's edition before, counted
    # back as "năm trước" is; not "cùng kỳ trước", the same period of the year before)
    # (nor "những năm trước", "các năm trước": the years before, compared with)
    r"\b(?<!vai )(?<!nhieu )(?<!may )(?<!cac )(?<!cung )(?<!nhung )(?:(mot|hai|ba|bon|\d) )?"
    r"(?:nam|ky(?: danh gia| xep hang| cong bo)?|lan (?:danh gia|xep hang|cong bo)) (truoc|ngoai)(?: do)?\b"
    r"|\bnam (nay|hien tai)\b"
    # (not "các năm tiếp theo", "những năm sau": the years to come)
    # ("ở kỳ kế tiếp", "lần đánh giá tiếp theo": the edition after the one just written, counted on as "năm sau" is)
    rf"|\b(?<!cac )(?<!nhung )(?<!nhieu )(?:(mot|hai|ba|bon|\d) )?(?:nam|{_EDITION_WORD}) ({NEXT_YEAR_WORDS})(?: do)?\b"
    r"(?!\s*(?:\d|nua|se|toi))"
    r"|\bnam (do|ay)\b"
    r"|\b(?<!cung )ky (nay)\b"
    # ("Cũng trong năm, 100% cơ quan ...", "Cùng năm, ...", "Cùng thời điểm, chi trả ... đạt 99,2%": the year just
    # written, as "năm đó" is, past one compared with; not "cũng trong năm 2023", "cùng thời điểm năm trước")
    # (opening its clause: "... của tỉnh Gia Lai (cũ) cùng năm" after a value is that value's, already dated)
    r"|(?<![a-z0-9)%] )\bcung (?:trong )?(nam|thoi diem)\b(?=\s*,)"
    # ("cách đây 3 năm": counted back from the time of writing, as "năm ngoái" is)
    r"|\bcach day (mot|hai|ba|bon|\d) nam\b(?!\s*(?:\d|nua))"
)
_SAME_TIME_GATE = re.compile(r"cung (?:trong )?(?:nam|thoi diem)")
# every _RELATIVE match holds one of these, or the same time's words above (a literal start: a fast search that most
# sentences fail)
_RELATIVE_GATE = re.compile(rf"nam (?:truoc|ngoai|nay|hien tai|do|ay|{NEXT_YEAR_WORDS})")


COMPARED_YEAR_BEFORE = re.compile(r"\b(?:so voi|hon|kem)(?: cung ky)?(?: nam)?\s*$")


def _relative_written(lower: str, start: int, end: int) -> bool:
    """The span may hold a _RELATIVE match: its literal start, or an edition before or this one ("kỳ đánh giá trước",
    "kỳ này")."""
    if _RELATIVE_GATE.search(lower, start, end):
        return True
    # (the span's words looked up in one copy of it: ``w in span`` is ``lower.find(w, start, end) >= 0``, without
    # the parsing of a call's arguments that each find pays, a dozen times per sentence)
    span = lower[start:end]
    if "ky nay" in span:
        return True
    # (the next edition in words, "kỳ kế tiếp", "lần đánh giá tiếp theo", "kỳ sau"; years counted back, "cách đây")
    if (
        " ke tiep" in span
        or " tiep theo" in span
        or "ky sau" in span
        or "gia sau" in span
        or "hang sau" in span
        or "cach day" in span
    ):
        return True
    if "cung " in span and _SAME_TIME_GATE.search(lower, start, end):
        return True
    return " truoc" in span and (
        "gia truoc" in span or "hang truoc" in span or "bo truoc" in span or "ky truoc" in span
    )


_EDITION_BEFORE_WORDS = re.compile(r"\bky\b|danh gia|xep hang|cong bo")
# "năm nay", "năm ngoái", "năm trước" at a position (numbers.py: "xếp hạng năm ngoái" is no rank 5)
RELATIVE_YEAR_AT = re.compile(r"nam (?:truoc|ngoai|nay|hien tai|qua)\b")
_DATELINE = re.compile(
    r"(?<![\d/])(\d{1,2})\s*[/\-.]\s*(\d{1,2})\s*[/\-.]\s*((?:19|20)\d{2})(?!\d)(?:[\s,|-]*(\d{1,2})\s*[:h]\s*(\d{2}))?"
)
_DOC_BEFORE = re.compile(
    r"(?:nghi quyet|quyet dinh|chi thi|ke hoach|thong tu|nghi dinh|cong van|de an|giay phep|van ban|ban hanh|cap)"
    r"[^.;\n]{0,45}(?:ngay|ban hanh)\s*$"
)


# the day figures are counted to ("đến ngày", "tính đến ngày"): never a document's date
_AS_OF_DAY = skipping(re.compile(r"\b(?:den|toi)(?: het)? ngay\s*$"))
# a year opening a later clause about the measure just given ("...; cả năm 2022 con số này là 29,3%"): it dates
# that clause, not the value before it (rule contrast-year, as "trong khi năm 2022 ...")
_YEAR_OPENS_CLAUSE = re.compile(r"[;,]\s*(?:(?:ca|trong|cuoi|het|den het|tinh den het|rieng|con) )*nam\s*$")
_MEASURE_BACK_AFTER = re.compile(
    r"\s*,?\s*(?:(?:thi|cac) )?(?:con so|ty le|chi so|gia tri|ty trong|so lieu)(?: (?:nay|tren|tuong ung|do))\b"
)
_MEASURE_BACK_BEFORE = re.compile(
    r"[;,]\s*(?:con so|ty le|chi so|gia tri|ty trong|so lieu) (?:nay|tren|tuong ung|do)(?: (?:o|vao|cua tinh))? nam\s*$"
)


def _any_digit(lower: str, start: int, end: int) -> bool:
    return any(c.isdigit() for c in lower[start:end])


# ", khi ..." / ", lúc đó ..." after a compared year: the clause that follows is of that year
_WHEN_AFTER = re.compile(r"\s*,?\s*(?:khi|luc|thoi diem|khi do|luc do)\b")
# ... and "khi đó" further on, before any value ("So với kết quả DTI 2023 tính trên 63 tỉnh, thành phố, TP. Hồ Chí Minh
# khi đó xếp thứ 2/63"; a basis, "tính trên 63 tỉnh", and the dot of "TP." are no values or sentence ends)
_THEN_AFTER = re.compile(
    r"(?:[^;.\d]|(?<=tren )(?:63|34)(?= tinh)|(?<=tp)\.){0,80}?\b(?:khi do|luc do|hoi do|thoi diem do)\b"
)
# grammar: a document's number written with its issuer's code ("Báo cáo số 1997/BC-UBND",
# "Quyết định 2024/QĐ-UBND"; a law's "số 202/2025/QH15", the National Assembly and its term): the number
# is the document's, never a year (rule document-number)
_DOC_NUMBER_AFTER = re.compile(r"\s*/\s*[a-z]{1,6}\d{0,2}(?:-[a-z0-9]{1,10})*\b")


# (slots, not frozen: a frozen dataclass's __init__ sets every field through object.__setattr__, and the
# extractor makes thousands of these per article; nothing changes one after it is made, and the hash is kept)
@dataclass(unsafe_hash=True, slots=True)
class YearMention:
    start: int
    end: int
    year: int
    kind: str  # "period" | "future" | "ignore"
    now: bool = False  # written "năm nay" (the year of writing), not in digits
    contrast: bool = False  # in a clause a contrast opens ("trong khi năm 2023 ..."): rule contrast-year
    aside: bool = False  # in an aside between dashes that holds a value of its own: dates that value only
    released: bool = False  # "công bố năm ngoái": a relative year dating a release (kind "ignore"); announced-last-year


@functools.cache
def _merger_words() -> re.Pattern[str]:
    from vndx.extract.cues import load_cues  # noqa: PLC0415 - cues.py is built on this package's text module

    return re.compile(rf"\b(?:{load_cues().words['merger_words']})\b")


def year_mentions(
    lower: str,
    start: int,
    end: int,
    published_year: int | None,
    base_year: int | None = None,
    edition_year: int | None = None,
    original: str | None = None,
) -> list[YearMention]:
    """Years in ``lower[start:end]``, classified; ``base_year``: the paragraph's year so far, which
    "một năm sau" counts on from when the sentence writes none before it; ``edition_year``: the latest
    edition of the ranking the sentence names, which "kỳ (đánh giá) trước" counts back from when there is no
    base year (the publication year is not its edition's), and which "kỳ này" is (rule this-edition)."""
    out: list[YearMention] = []
    for m in _YEAR.finditer(lower, start, end):
        year = int(m.group())
        before = lower[max(start, m.start() - 40) : m.start()]
        after = lower[m.end() : m.end() + 6]
        if _DOC_NUMBER_AFTER.match(lower, m.end(), min(end, m.end() + 30)):
            continue  # rule document-number: "số 1997/BC-UBND" is no year at all
        if m.start() > 0 and lower[m.start() - 1] in "/-" and _DATE.search(lower, max(0, m.start() - 8), m.end()):
            date = _DATE.search(lower, max(0, m.start() - 8), m.end())
            head = lower[max(0, date.start() - 70) : date.start()]
            # a document's date, or the day a ranking was announced ("DTI 2024 công bố ngày 21/10/2025")
            # (also after the ranking it names: "công bố DTI 2024 theo đơn vị hành chính mới vào tháng 10/2025")
            announced = _ANNOUNCED_ON.search(head)
            # rule merger-date: the day the merged provinces came into being ("sau khi việc sắp xếp có hiệu
            # lực từ ngày 1/7/2025", "Đồng Nai - hợp nhất từ ngày 1/7/2025 - đạt 0,5371"): not the values' year
            merger = _merger_words().search(lower, max(start, date.start() - 70), date.start())
            # ... and "trước/sau ngày 1/7/2025" (the data "dữ liệu trước ngày 01/7/2025" is of the former provinces)
            # (not "sau ngày 1/7/2025" heading its clause: "Sau ngày 1/7/2025, Cổng dịch vụ công ... cung cấp 2.011 thủ
            # tục" counts from that day, a value of 2025)
            merger = merger or (
                _is_merger_day(date)
                and (before_after := _BEFORE_AFTER_DAY.search(head)) is not None
                and not (before_after.group().startswith("sau") and _CLAUSE_OPENS.search(head, 0, before_after.start()))
            )
            # (rule renamed-on: the day a province took another name or rank, "thành phố Huế (trước ngày 1/1/2025 là
            # tỉnh Thừa Thiên Huế) đạt 0,6612 điểm": when it was called so, not the values' year)
            merger = merger or (
                _BEFORE_AFTER_DAY.search(head) is not None and _RENAMED_AFTER.match(lower, date.end()) is not None
            )
            # (not the day figures are counted to: "đến ngày 15/10/2025, 100% xã ..." after "chính quyền hai cấp")
            document = _DOC_BEFORE.search(head) is not None and _AS_OF_DAY.search(head) is None
            kind = "ignore" if date and (document or announced or merger) else "period"
            if kind == "period" and published_year and year > published_year:
                kind = "future"
            out.append(YearMention(m.start(), m.end(), year, kind))
            continue
        # (a range's dash is in the window before or after the year: most windows hold none, and are not searched)
        if ("-" in before and _RANGE_BEFORE.search(before)) or ("-" in after and _RANGE_AFTER.match(after)):
            kind = "ignore"
        elif (
            # (the comparison before the year, searched once: the next test reads it too)
            (compared := _COMPARE.search(before))
            and (_WHEN_AFTER.match(lower, m.end(), end) or _THEN_AFTER.match(lower, m.end(), end))
            and not _any_digit(lower, start, m.start())
        ):
            # rule compared-year-when: "Con số này cao hơn so với năm 2024, khi tỷ lệ ... mới đạt 78,4%": what
            # follows "khi" is that year's (the compared year's own figures); not after a value of the sentence
            # ("xếp thứ 17/63, tăng 8 bậc so với năm 2021, khi ...": 17 is the edition's); also with "khi đó" on
            # the way to the values (_THEN_AFTER)
            kind = "period"
        # (an announcement only where its verb is: "công bố", "công khai", "phát hành", "diễn ra")
        elif (
            compared
            or _HORIZON.search(before)
            or (("cong " in before or "phat hanh" in before or "dien ra" in before) and _ANNOUNCED.search(before))
        ):
            kind = "ignore"
        elif (
            # (its window ends on "năm " as ``before`` does: most years are not searched)
            before.endswith(("nam ", "nam \n"))
            and _COMPARED_THING_YEAR.search(lower, max(start, m.start() - 50), m.start())
            # (not one with its own value in a bracket: "So với kỳ đầu tiên năm 2020 (xếp thứ 57/63)")
            and not _BRACKET_NEXT.match(lower, m.end(), end)
            and not _WHEN_AFTER.match(lower, m.end(), end)
            and not _THEN_AFTER.match(lower, m.end(), end)
        ):
            # ("cao hơn 12% so với bình quân cộng của hai địa phương năm 2023": the thing compared written out before
            # its year, as before a relative year; it dates neither the sentence nor the paragraph)
            kind = "ignore"
        elif _NOT_OUT_YET.match(lower, m.end(), end):
            kind = "ignore"  # "(kết quả DTI 2023 chưa được công bố)": an edition not out, no value's year
        elif lower.find("thang", max(start, m.start() - 12), m.start()) >= 0 and _ANNOUNCED_IN.search(
            lower, max(start, m.start() - 110), m.start()
        ):
            kind = "ignore"  # "công bố DTI 2024 theo đơn vị hành chính mới vào tháng 10/2025": the month it came out
        elif published_year and year > published_year:
            kind = "future"
        elif published_year is None and _UNTIL.search(before) and year >= dt.date.today().year:
            kind = "future"
        else:
            kind = "period"
        # (and the same period of a year opening a clause or a bracket: "đạt 78,6%, cùng kỳ năm 2023 là 71,2%" dates
        # 71,2 only, as "..., cùng kỳ năm trước là ..." does: rule relative-year-forward)
        # (each pattern only where its words are: most windows hold none of them)
        contrast = bool(
            (("trong khi" in before or "nguoc lai" in before or "neu nhu" in before) and _CONTRAST.search(before))
            or ("cung ky" in before and _SAME_PERIOD_OPENS.search(before))
        )
        if not contrast and before.rstrip().endswith("nam") and _YEAR_OPENS_CLAUSE.search(before):
            contrast = _MEASURE_BACK_AFTER.match(lower, m.end(), end) is not None
        if not contrast and before.endswith("nam "):
            # (or the measure pointed back at before the year: "...; tỷ lệ này năm 2021 chỉ là 38,2%")
            contrast = _MEASURE_BACK_BEFORE.search(before) is not None
        out.append(YearMention(m.start(), m.end(), year, kind, contrast=contrast))
    if out and lower.find(" - ", start, end) >= 0:
        out = _in_dash_asides(lower, start, end, out)
    if out and lower.count(",", start, end) >= 2 and _aside_lead_in(lower[start:end]):
        # rule comma-aside: a year inside an aside between commas that describes the subject ("Thừa Thiên
        # Huế, quán quân năm 2020, lùi xuống vị trí thứ 2"; "Hà Nội, địa phương xếp thứ nhất DTI 2024, năm
        # nay lùi một bậc") does not date the values around it
        asides = [a.span(1) for a in _COMMA_ASIDE.finditer(lower, start, end)]
        # ("nơi" folds as "nói" does: ", nói: "Năm 2022, chỉ số ..." opens what was said, no aside)
        asides = [(a, b) for a, b in asides if original is None or original[a : a + 3].lower() != "nói"]
        if asides:
            out = [
                YearMention(y.start, y.end, y.year, "ignore", y.now, y.contrast)
                if any(a <= y.start and y.end <= b for a, b in asides)
                else y
                for y in out
            ]
    written = list(out)
    for m in _RELATIVE.finditer(lower, start, end) if _relative_written(lower, start, end) else ():
        if _COMPARE.search(lower[max(start, m.start() - 12) : m.start()]) and not (
            _WHEN_AFTER.match(lower, m.end(), end) and not _any_digit(lower, start, m.start())
        ):
            # "tăng 2,6% so với năm trước": a comparison, not the period (but "So với lần công bố trước, khi tỉnh xếp
            # thứ 14, ...": what follows "khi" is of the year or edition compared with; rule compared-year-when)
            continue
        if m.group(9):
            # rule years-ago: "Cách đây 3 năm, tỉnh mới có khoảng 58% ..." in 2026 is 2023 (a look back: it dates its
            # clause's values, not the paragraph after it, "... trong khi cách đây hai năm chỉ khoảng 5%. Hầu hết văn
            # bản ... đạt trên 90%" is of now)
            if published_year:
                back = published_year - (count_of(m.group(9)) or 1)
                out.append(YearMention(m.start(), m.end(), back, "period", contrast=True))
            continue
        if m.group(7):
            # rule this-edition: "kỳ này" is the edition the article reports ("Giá trị DTI năm trước của tỉnh là 0,5567
            # điểm, như vậy kỳ này đã tăng 0,0557 điểm"), when one is known
            if edition_year is not None:
                out.append(YearMention(m.start(), m.end(), edition_year, "period"))
            continue
        # ("năm này" folds as "năm nay" does: "Cũng trong năm này, chỉ số ... xếp thứ 11" is the year written before)
        this = m.group(3) == "nay" and original is not None and original[m.start(3) : m.end(3)].lower() == "này"
        if m.group(6) or m.group(8) or this:
            # rule that-year: "năm đó", "năm ấy" is the year last written before it, whatever it was written
            # for ("So với DTI 2021, ...: năm đó hai tỉnh lần lượt đứng thứ 38 và 34"), not a date's year, else
            # the paragraph's
            earlier = [y for y in written if y.end <= m.start() and lower[y.start - 1 : y.start] not in ("/", "-", ".")]
            if m.group(8):
                # (the same time as the year last written for a value, not one compared with: "tăng 3 bậc so với năm
                # 2018; cùng năm, hai tỉnh láng giềng ... lần lượt xếp thứ 13 và 19" is the year before it)
                earlier = [y for y in earlier if not COMPARED_YEAR_BEFORE.search(lower, max(0, y.start - 16), y.start)]
            base = earlier[-1].year if earlier else base_year
            if base is not None:
                out.append(YearMention(m.start(), m.end(), base, "period"))
            continue
        if m.group(3):
            if published_year:
                announced = bool(_ANNOUNCED.search(lower, max(start, m.start() - 40), m.start()))
                announced = announced or bool(_REPORT_OF.search(lower, max(start, m.start() - 10), m.start()))
                # (rule announcing-after: or the announcing verb after it, "năm nay Bộ ... đồng thời công bố kết quả
                # tính theo 63 tỉnh")
                announced = announced or bool(_ANNOUNCING_AFTER.match(lower, m.end(), min(end, m.end() + 60)))
                kind = "ignore" if announced else "period"
                out.append(YearMention(m.start(), m.end(), published_year, kind, now=not announced))
            continue
        if m.group(5):
            # rule relative-year: "Năm 2020, tỉnh xếp thứ 15. Một năm sau, tỉnh lên thứ 9": the year
            # the sentence or its paragraph last wrote, counted on (never from the publication year:
            # "năm sau" from the time of writing is a plan)
            base = next((y.year for y in reversed(written) if y.kind == "period" and y.end <= m.start()), base_year)
            if base is not None:
                n = m.group(4)
                out.append(
                    YearMention(m.start(), m.end(), base + ((count_of(n) if n else None) or 1), "period")
                )
            continue
        # rule relative-year: "năm ngoái" counts back from the time of writing; "năm trước" from the
        # year the sentence last wrote in digits ("Năm 2022 tỉnh đạt ...; năm trước ..."), never from
        # another relative year (two of them in a row would count back twice)
        edition = _EDITION_BEFORE_WORDS.search(m.group()) is not None  # "kỳ (đánh giá) trước": the edition before
        base = next(
            (y.year for y in reversed(written) if y.kind == "period" and y.end <= m.start()),
            base_year or (edition_year if edition else None) or published_year,
        )
        if m.group(2) == "ngoai" and published_year:
            base = published_year
        if base is None:
            continue
        n = m.group(1)
        if n and n.isdigit() and lower.endswith("thang ", max(start, m.start() - 6), m.start()):
            n = None  # "tháng 7 năm ngoái": a month of last year, not seven years back
        back = (count_of(n) if n else None) or 1
        # (a release dated "năm ngoái" dates the release, not the edition it released: "DTI 2021 mà Bộ công bố
        # giữa năm ngoái", "Chỉ số DTI năm 2023, được công bố năm ngoái")
        announced = bool(_ANNOUNCED.search(lower, max(start, m.start() - 40), m.start()))
        # (a year compared with, as in digits: "tăng 15,2 điểm phần trăm so với cùng kỳ năm trước (53,5%)" dates the
        # bracket after it, not the values after that nor the paragraph's: rule compared-relative-year)
        compared = _COMPARE.search(lower, max(start, m.start() - 40), m.start())
        # (also with the thing compared written out before it: "so với kết quả riêng lẻ của hai tỉnh năm trước")
        compared = compared or _COMPARED_IN_CLAUSE.search(lower, max(start, m.start() - 50), m.start())
        # (and, opening a clause or a bracket, it dates what follows it, not the value before: "đạt 14,8%, năm trước
        # chỉ là 6,2%", "đứng thứ 24/63 (năm trước xếp thứ 33)": rule relative-year-forward; "xếp thứ tư về chỉ số
        # chuyển đổi số (DTI) năm ngoái" names the edition of the value before it)
        # ("..., cùng kỳ năm trước là 9,8%": the same period of it, as well)
        head = lower[max(start, m.start() - 12) : m.start()].rstrip()
        opens = head.removesuffix("cung ky").rstrip().endswith((",", "(", ";"))
        # (so does a contrast before it, as before a year in digits: "..., trong khi một năm trước địa phương này còn
        # đứng ở vị trí 49" dates 49 only, rule contrast-year)
        opens = opens or bool(_CONTRAST.search(lower[max(start, m.start() - 40) : m.start()]))
        kind = "ignore" if announced or compared else "period"
        out.append(YearMention(m.start(), m.end(), base - back, kind, contrast=opens, released=announced))
    if len(out) > 1:  # (most sentences write one year or none)
        out.sort(key=lambda y: y.start)
    return out


def dash_asides(lower: str, start: int, end: int) -> list[tuple[int, int]]:
    """The asides the text from ``start`` to ``end`` sets between two dashes."""
    if lower.find(" - ", start, end) < 0:
        return []
    return [m.span() for m in _DASH_PAIR.finditer(lower, start, end)]


def _in_dash_asides(lower: str, start: int, end: int, years: list[YearMention]) -> list[YearMention]:
    """Rule dash-aside: a year inside an aside between dashes does not date the values around the aside. One that
    describes the subject ("Đà Nẵng - địa phương dẫn đầu năm 2020 - lùi xuống thứ hai") dates nothing; one of an
    aside with a value of its own ("Kinh tế số – trụ cột từng đứng thứ 51 ở kỳ đánh giá năm 2021 – nay đã vươn lên
    thứ 33") dates that value only (``aside``); an edition the aside names ("ở kỳ đánh giá gần nhất – DTI 2023 công
    bố hồi tháng 2 – tỉnh xếp thứ 35") dates what follows, as if written without the dashes."""
    out = years
    for a, b in dash_asides(lower, start, end):
        inside = [y for y in out if a < y.start < b and not _EDITION_NAMED.search(lower, max(a, y.start - 12), y.start)]
        if not inside:
            continue
        spans = [(y.start, y.end) for y in out if a < y.start < b]
        own_value = any(
            not any(s <= m.start() < e for s, e in spans) for m in _ASIDE_VALUE.finditer(lower, a, b)
        )
        out = [
            (replace(y, aside=True) if own_value else replace(y, kind="ignore")) if y in inside else y for y in out
        ]
    return out


def resolve(
    years: list[YearMention], pos: int, clause_end: int, fallback: int | None, asides: frozenset[int] = frozenset()
) -> tuple[int | None, bool]:
    """(period, is_target) for a value at ``pos``: nearest year before it, else right after it in
    its clause, else the one year the rest of the sentence names outside brackets after the value
    (``asides``: the starts of those in brackets), else ``fallback``."""
    left = [y for y in years if y.end <= pos and y.kind != "ignore"]
    if left:
        y = left[-1]
        return y.year, y.kind == "future"
    right = [
        y
        for y in years
        if y.start >= pos and y.end <= min(clause_end, pos + 45) and y.kind != "ignore" and not y.contrast
    ]
    if right:
        return right[0].year, right[0].kind == "future"
    # (not a bracket's year: "..., tăng hai bậc so với năm 2020 (năm 2020 xếp thứ 5)" dates only the "5")
    later = {
        y.year for y in years if y.start >= pos and y.kind == "period" and not y.contrast and y.start not in asides
    }
    if len(later) == 1 and all(y.kind != "future" for y in years):
        return later.pop(), False  # "..., xã hội số đạt 0,50 (xếp thứ 30) năm 2022.": one year for the sentence
    return fallback, False


# a date line written out ("Ngày 22 tháng 3 năm 2025") or of a month only ("Tháng 3/2025", "Cập nhật:
# 03/2025"): a publication date only as a line of its own (a body sentence "Tính đến tháng 3/2025, ..."
# is a period, not when the page was written)
_WRITTEN_DATE = re.compile(r"(?:ngay\s+(\d{1,2})\s+)?thang\s+(\d{1,2})\s*(?:nam\s+|/\s*)((?:19|20)\d{2})(?!\d)")
_MONTH_DATE = re.compile(r"(?<![\d/.-])()(\d{1,2})\s*/\s*((?:19|20)\d{2})(?![\d/])")
_DATE_LINE_MAX = 48


def dateline(text_lower: str, limit: int = 2500) -> dt.date | None:
    """A publication date printed near the top of a page ("10/10/2023 - 16:09"), else a line that is
    only a written-out or month-only date ("Ngày 22 tháng 3 năm 2025", "Tháng 3/2025": the 1st of
    that month)."""
    return _full_dateline(text_lower, limit) or _date_only_line(text_lower, limit)


def _date_only_line(text_lower: str, limit: int) -> dt.date | None:
    from vndx.extract.cues import load_cues  # noqa: PLC0415 - cues.py is built on this package's text module

    words = load_cues().dateline_words
    pos = 0
    end = min(limit, len(text_lower))
    while pos < end:
        nl = text_lower.find("\n", pos)
        line_end = nl if nl >= 0 else len(text_lower)
        line = text_lower[pos:line_end].strip()
        pos = line_end + 1
        if not line or len(line) > _DATE_LINE_MAX or not any(ch.isdigit() for ch in line):
            continue
        m = _WRITTEN_DATE.search(line) or _MONTH_DATE.search(line)
        if m is None:
            continue
        rest = re.sub(r"[^a-z]+", " ", words.sub(" ", line[: m.start()] + " " + line[m.end() :])).split()
        if rest:  # any other word: a sentence, an issue number ("Số 3/2025"), not a date line
            continue
        try:
            return dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1) or 1))
        except ValueError:
            continue
    return None


def _full_dateline(text_lower: str, limit: int) -> dt.date | None:
    for m in _DATELINE.finditer(text_lower, 0, min(limit, len(text_lower))):
        if _DOC_BEFORE.search(text_lower[max(0, m.start() - 70) : m.start()]):
            continue
        line_start = text_lower.rfind("\n", 0, m.start()) + 1
        line_end = text_lower.find("\n", m.end())
        line = text_lower[line_start : line_end if line_end >= 0 else len(text_lower)]
        if m.group(4) is None and len(line.strip()) > 60:
            continue
        try:
            return dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        except ValueError:
            continue
    return None


# a sentence that opens on "then" ("Khi đó, ...", "Lúc đó, ...", "Thời điểm đó, ...")
_THEN_OPENS = re.compile(r"\W*(?:khi do|luc do|hoi do|thoi diem do)\b")


def then_opening(lower: str, start: int, end: int, prev_start: int, prev_end: int) -> YearMention | None:
    """Rule then-opening: a sentence that opens on "Khi đó," is of the last year the sentence before wrote, also one it
    compared with ("So với năm 2024, con số này tăng khá. Khi đó, tỷ trọng kinh tế số của A và B lần lượt là 7,2% và
    5,9%": 2024's), when it writes none of its own; None otherwise."""
    then = _THEN_OPENS.match(lower, start, end)
    if then is None or _YEAR.search(lower, start, end):
        return None
    years = list(_YEAR.finditer(lower, prev_start, prev_end))
    return YearMention(then.start(), then.end(), int(years[-1].group()), "period") if years else None
