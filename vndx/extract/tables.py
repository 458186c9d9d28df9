"""Tables written as text: a header row ("STT | Tỉnh | Điểm | Xếp hạng") and one row per province.

Pages carry ranking tables; trafilatura keeps them as ``| a | b |`` lines, other extractions as
words separated by spaces ("STT Tỉnh Điểm Xếp hạng" / "1 Lào Cai 0,5621 21") or one cell per line.
A row's numbers have no words around them, so the sentence rules cannot read them: here the header
says what each column is (place, score, rank; the index from a header cell or from the line that
introduces the table) and which year (a year in the column's header, else the last year written in
the two lines before the table, else the caller's default).

A page about one province often tables that province's own indices instead, one index per row
("Chỉ số | Điểm | Xếp hạng" / "Chính quyền số | 0,5461 | 31"): a header whose first cell (or second,
after a row number's: "STT | Trụ cột | Giá trị | Xếp hạng") names the index column and no place column
makes each row's index cell the index and the article's province the place (rule ``table-of-indices``;
written with cells only, where the columns are certain).

A numbered list under a ranking lead-in is a table too: after "Top 5 địa phương dẫn đầu DTI 2024:"
the items "1. Hà Nội: 0,6912 điểm", "2. Đà Nẵng: ..." give each province its rank by the item's
number (rule ``numbered-ranking``; the values in the items are read by the sentence rules). Only
a list numbered 1, 2, 3, ... from the top, under a lead-in that names a ranked index and ranks
from the top ("top", "dẫn đầu", "cao nhất", "xếp hạng"), never a region's or the bottom's list.

A table may also be written as prose under a legend of its columns (rule ``legend-rows``): "Bảng xếp hạng DTI
2022 của 5 tỉnh Tây Nguyên (thứ hạng - tỉnh - điểm số): 20 - Lâm Đồng - 0,5736; 34 - Đắk Lắk - 0,5412; ...", or a
row per line under "(hạng - tỉnh - điểm):"; the legend's dash-joined words are read as a header's cells.

A page about one province may also table its figures over the years (rule ``table-of-a-series``,
cells only): one year per row ("TT | Năm | Giá trị DTI | Xếp hạng | Bình quân cả nước", or a statistic per column:
"Năm | TTHC trực tuyến mức độ 3, 4 | Tỷ lệ hồ sơ nộp trực tuyến (%)"), or one
indicator per row and a year per column ("Chỉ tiêu | Năm 2022 | Năm 2023 | Kế hoạch 2025", or the index's
editions "Chỉ tiêu | DTI 2021 | DTI 2022", under which "Xếp hạng chung" is that index's rank); a column
of plans, of a region's ranks or of the nation's averages is never read as the province's (nor, in a
table of provinces, "Xếp hạng trong vùng"). A unit column ("ĐVT": "%", "hộ") or a unit line over the
table ("Đơn vị tính: %") says which numbers are shares; a measure that is only ever a share ("Hồ sơ xử lý
trực tuyến | 84,7") is read as one without its sign; a document's date over the table ("Báo cáo số ...
ngày 05/01/2024") does not date its columns. Cells a tab apart count as cells (a tab folds to a space:
the original text says where the tabs were), and so do cells three spaces or more apart (rule ``space-cells``: "2020
     0,4725      4", a table copied as text; folding keeps one space, the original says how many there were).

A column named by its index alone ("CQS", "Kinh tế số", "DTI 2022": no "điểm", no "hạng") holds that index's ranks
where its numbers are whole and its scores where they are decimals (rule ``index-named-column``); a column of changes
("Tăng/giảm bậc") is no value of the row; beside a column named by the article's province, a column headed as a rank
("Xếp hạng của tỉnh") holds the province's ranks (rule ``own-rank-column``). The year a ranking came out, written in the
lead-in ("DTI 2023 (công bố năm 2024)"), does not date the table (rule ``release-not-edition``).

A header may go on on the line under it with the years of its columns ("Chỉ tiêu | Kế hoạch | Thực hiện" over " | năm
2023 | năm 2023": rule ``header-on-two-lines``, in a series table), or be written on two rows of cells over a row of
values, merged cells spanning the columns after them (rule ``header-in-two-rows``, tried first for every table); a row
whose label names its own year ("Xếp hạng DTI 2020" in a table by province under a lead-in on 2021) is of that year
(rule ``row-label-year``); a label cell may give the edition in a bracket ("Chỉ số (DTI 2023) | Thanh Hóa | Nghệ
An"). The rows of a table of targets (rule ``target-section``) are taken
all the same, so that no sentence rule reads them as sentences.

Rules (named as ``make eval`` prints them): ``table-other-index`` (the table is about an index
outside the catalog, such as PCI), ``table-row-not-province`` (a row of a department, a ministry
or an average), ``out-of-range`` (a value outside its code's range).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from itertools import pairwise

from vndx.extract.catalog import Catalog
from vndx.extract.cell_lines import HeaderWords, regroup
from vndx.extract.fact import EXTRACTOR_VERSION, Fact
from vndx.extract.gazetteer import MERGER_DATE, SELF, Gazetteer
from vndx.extract.lists import outermost
from vndx.extract.readings import PERCENT_UNIT, Drop, find_topics, only_5g
from vndx.extract.scan import skipping
from vndx.extract.years import ANNOUNCEMENT

# header cells, folded: what a column holds
_INDEX_CELL = re.compile(r"(?:so )?(?:stt|tt|thu tu|so thu tu)")
_PLACE_CELL = re.compile(
    r"(?:ten )?(?:tinh|thanh pho|tinh thanh|tinh thanh pho|tinh tp|dia phuong|don vi|tinh/thanh pho|tinh, thanh pho"
    r"|tinh, thanh)"
)
# the first column of a one-province table: the index each row is about
# (or two names of it: "Trụ cột/Chỉ số")
_TOPIC_WORDS = r"(?:chi so|chi so thanh phan|chi so chinh|nhom chi so|tru cot|noi dung|tieu chi|linh vuc|hang muc)"
_TOPIC_CELL = re.compile(rf"(?:ten )?{_TOPIC_WORDS}(?:\s*/\s*{_TOPIC_WORDS})?")
_RANK_CELL = re.compile(r".*\b(?:xep hang|thu hang|hang|vi tri|xep thu)\b.*")
_SCORE_CELL = re.compile(r".*\b(?:diem|gia tri|diem so|tong diem|chi so|dti)\b.*")
_SCORE_WORD = re.compile(r"\b(?:diem|gia tri)\b")
# a column of the change from the year before ("Tăng/giảm bậc", "Thay đổi"): not the row's value
# (a change's words, its label's in a series too; "Tăng (+), giảm (-) bậc" with its signs' brackets taken out)
_CHANGE_WORDS = r"tang\s*[/,]\s*giam|tang giam|thay doi"
_CHANGE_CELL = re.compile(rf"(?:{_CHANGE_WORDS}|chenh lech)(?: bac| diem)?(?: so voi(?: ky| nam)?(?: truoc)?)?")
_VALUE_ROLES = ("rank", "score", "count")
_YEAR = re.compile(r"\b(20[12]\d)\b")
# a year with its word, taken out of a header cell to read what the cell is ("Chỉ tiêu năm 2024 (%)" is a label)
_NAMED_YEAR = re.compile(r"(?:\bnam\s+)?\b20[12]\d\b")
_DOCUMENT_DATE = re.compile(r"\bngay\s+\d{1,2}\s*/\s*\d{1,2}\s*/\s*20[12]\d")
# a column of numbers that are not the row's own: a rank within a region, an average
_NOT_OWN_CELL = re.compile(r".*\b(?:trong vung|trong khu vuc|khu vuc|vung|binh quan|trung binh)\b.*")
# the words a header written with single spaces may consist of (longest first)
_HEADER_TERMS = [
    "so thu tu", "thu tu", "stt", "tt",
    "tinh thanh pho", "tinh/thanh pho", "tinh, thanh pho", "tinh thanh", "ten tinh", "dia phuong", "don vi",
    "tinh", "thanh pho",
    "xep hang", "thu hang", "vi tri", "hang",
    "gia tri dti", "diem dti", "chi so dti", "tong diem", "diem so", "gia tri", "diem", "dti",
    "chinh quyen so", "kinh te so", "xa hoi so", "cqs", "kts", "xhs",
]  # fmt: skip
_HEADER_WORDS = re.compile(
    r"\s*(?:(?:" + "|".join(re.escape(t) for t in _HEADER_TERMS) + r")(?:\s+(?:nam\s+)?20[12]\d)?\s*)+"
)
# a header's first cell (a row number or the place) opens a line, or a cell row starts with "|"
_HEADER_START = skipping(
    re.compile(r"^[ \t]*(?:stt|tt|so thu tu|thu tu|tinh|ten tinh|dia phuong|don vi|thanh pho)\b", re.M)
)
_NUMBER = re.compile(r"(?<![\d.,])\d+(?:[.,]\d+)*(?:\s*/\s*(?:63|34))?(?![\d])")
_NOT_PROVINCE = re.compile(r"\b(?:so|bo|trung binh|binh quan|ca nuoc|toan quoc|khu vuc|huyen|quan|xa)\b")
# rule numbered-ranking: the lead-in of a numbered list ranked from the top, and its items
_TOP_LEAD = re.compile(r"\b(?:top \d+|dan dau|dung dau|cao nhat|xep hang|bang xep hang)\b[^\n]*:\s*$")
# (not a ranking of a region's, districts', communes', departments' or ministries')
_OTHER_SCOPE = (
    r"khu vuc|vung|mien|huyen|cap xa|cac xa|phuong, xa|khoi so|cac so|so, nganh|so nganh|bo, nganh|bo nganh|cac bo"
)
_NOT_TOP = re.compile(rf"\b(?:thap nhat|cuoi|chot bang|{_OTHER_SCOPE})\b")
# ... and of one ranked from the bottom ("Năm địa phương xếp cuối bảng DTI 2020:" then "59. Hòa Bình", "60. ..."):
# its items number from where they stand, so a list that opens past 1 is a ranking (not "1., 2." points)
_BOTTOM_LEAD = re.compile(r"\b(?:cuoi bang|chot bang|thap nhat|xep cuoi|nhom cuoi)\b[^\n]*:\s*$")
_NOT_BOTTOM = re.compile(rf"\b(?:{_OTHER_SCOPE})\b")
# an item's score: a decimal in a bracket, or after a colon or a dash, right after the province ("6. Bắc Ninh
# (0,4637)", "1. Hà Nội: 0,7015", "2. Đà Nẵng – 0,6872 điểm")
_ITEM_SCORE = re.compile(r"\s*(?:\(\s*|:\s*|[\-\u2013\u2014]\s*)(0,\d{2,4}|1,0{2,4})(?!\s*%)\b")
_BRACKETED = re.compile(r"\([^()]*\)")
_LABELLED_RANK = re.compile(r"\(\s*([^():\d]{2,40}?)\s*:\s*(?:hang\s+|thu\s+)?(\d{1,2})\s*\)")
_ITEM_PREFIX = re.compile(r"(?:tinh|thanh pho|tp\.?)?")  # what may stand before the item's province
_ITEM = re.compile(r"[ \t]*(\d{1,2})[.)][ \t]+(?=\S)")
_OTHER_INDEX = re.compile(r"\b(?:pci|papi|sipas|par index|ict index|cai cach hanh chinh|hai long)\b")


@dataclass
class TableValue:
    province: str
    code: str
    unit: str
    period: int | None
    value: float
    out_of: int | None
    start: int  # the row, folded offsets
    end: int


@dataclass
class Column:
    role: str  # "place", "topic" (one province's table: the row's index), "index", "rank", "score", "count", "other"
    # ("count": a column named by its index alone, "CQS", "DTI 2021": its whole numbers are ranks, its decimals scores)
    # ("other": a column of numbers that are not the row's own: a region's rank, the nation's average)
    topic: object | None  # the catalog topic the column measures (None: the table's)
    year: int | None


def _bracketed_header(line: str) -> str:
    """Rule header-in-heading: a heading that gives its table's header in a bracket at its end ("BA TRỤ CỘT (Trụ cột |
    Điểm | Thứ hạng)") is that header row: the heading's words blanked, the same length (offsets stay the text's)."""
    if line.count("|") < 2 or not line.rstrip().endswith(")"):
        return line
    m = _HEADER_BRACKET.search(line)
    if m is None or m.start() == 0:
        return line
    return " " * (m.start() + 1) + m.group(1) + " " * (len(line) - m.end(1))


_HEADER_BRACKET = re.compile(r"\(([^()|]+(?:\|[^()|]+){2,})\)\s*$")


def _cells_of(line: str) -> list[str] | None:
    # "| a | b |" as trafilatura writes it, or "a | b" without the outer bars (copied from a page), or
    # cells a tab apart (their tabs marked in the lines tables are read from: ``_tabs_marked``)
    # (or cells apart by a wide run of spaces, rule space-cells: ``_GAP``)
    if _TAB in line:
        return [_plain_cell(c) for c in line.split(_TAB)]
    if line.lstrip().startswith("|") or " | " in line:
        return [_plain_cell(c) for c in line.strip().strip("|").split("|")]
    if _GAP in line:
        return [_plain_cell(c) for c in line.split(_GAP)]
    if ";" in line and _SEMICOLON_ROW.fullmatch(line):
        # rule semicolon-cells: a spreadsheet's rows as its file writes them ("STT;Chỉ tiêu;ĐVT;Năm 2022;Năm 2023",
        # "1;Tỷ lệ hồ sơ trực tuyến;%;41,2;58,9;"): no space after the separator, which prose always has
        return [_plain_cell(c) for c in line.split(";")]
    return None


_SEMICOLON_ROW = re.compile(r"[^;]*(?:;(?! )[^;]*){2,}")


def _plain_cell(cell: str) -> str:
    """A cell without its footnote marks ("DTI 2020*", "2024**": the note under the table says why) and with its unit
    said the one way the headers are read in ("Chỉ tiêu (đơn vị: %)", "(ĐVT: %)" -> "Chỉ tiêu (%)")."""
    cell = _FOOTNOTE_MARK.sub("", cell.strip())
    if "(" not in cell:
        return cell
    # (and a sign in brackets said what a change column's signs mean: "Tăng (+), giảm (-) bậc" is "Tăng, giảm bậc")
    return _UNIT_BRACKET.sub("(%)", _SIGN_BRACKET.sub("", cell))


_SIGN_BRACKET = re.compile(r"\s*\([+−-]\)")


# ("1.190(*)", "100(2)", "Năm 2024(1)": a note's number in brackets too)
_FOOTNOTE_MARK = re.compile(r"(?<=\S)(?:\*+|\((?:\d|\*+)\))$")


def _without_year(cell: str) -> str:
    """A header cell with its year (and the word before it) taken out: what the cell is ("Chỉ tiêu năm 2024 (%)" is
    a label, "Năm 2022" a year's column)."""
    return re.sub(r"\s+", " ", _NAMED_YEAR.sub(" ", cell)).strip()


def _unbracketed(text: str) -> str:
    """A label without its brackets: a unit or a scale there says nothing of what it is ("Điểm (thang 1)", "Thứ hạng
    (/63)", "Chỉ số chính (DTI 2022)")."""
    return re.sub(r"\s+", " ", _BRACKETED.sub(" ", text)).strip()
_UNIT_BRACKET = re.compile(r"\(\s*(?:don vi(?: tinh)?|dvt)\s*:\s*%\s*\)")


_TAB = "\x7f"  # (never in a page's text: stands where the original had a tab, at the same offset)
_GAP = "\x1e"  # (nor this: stands where the original had three spaces or more between words, rule space-cells)


def _tabs_marked(lower: str, original: str | None, gaps: list[int] | None = None) -> list[str]:
    """The folded lines with each tab of the original marked (a tab folds to a space; "2020<TAB>0,3412
    <TAB>31/63" is a row of three cells), offsets unchanged. Marked by offset, not line by line: a line
    the folding joined to the one before ("... chỉ tiêu\nđược giao": a wrapped sentence) leaves the
    original with more lines than the folded text. Rule space-cells: the spaces at ``gaps`` (three or
    more between words in the original, folded to one) mark a cell's end too ("2020      0,4725      4":
    a table copied as text keeps its columns apart with spaces; prose never puts three in a row)."""
    tabs = bool(original) and "\t" in original and len(original) == len(lower)
    if not tabs and not gaps:
        return lower.split("\n")
    chars = list(lower)
    if tabs:
        k = original.find("\t")
        while k >= 0:
            chars[k] = _TAB
            k = original.find("\t", k + 1)
    for k in gaps or ():
        end = lower.find("\n", k)
        # (not in a line with bars: "| Tiêu chí          | 2021   |" pads its cells, the bars keep them apart)
        if "|" not in lower[lower.rfind("\n", 0, k) + 1 : end if end >= 0 else len(lower)]:
            chars[k] = _GAP
    return "".join(chars).split("\n")


def _split_words_header(line: str) -> list[str] | None:
    """'stt tinh diem xep hang' -> ['stt', 'tinh', 'diem', 'xep hang'] (None if a word is not a header term)."""
    text = line.strip()
    if not _HEADER_WORDS.fullmatch(text):
        return None
    cells, pos = [], 0
    term = re.compile(
        r"\s*((?:" + "|".join(re.escape(t) for t in _HEADER_TERMS) + r")(?:\s+(?:nam\s+)?20[12]\d)?)(?=\s|$)"
    )
    while pos < len(text):
        m = term.match(text, pos)
        if not m:
            return None
        cells.append(m.group(1))
        pos = m.end()
    return cells


def _column(cell: str, catalog: Catalog) -> Column | None:
    year_m = _YEAR.search(cell)
    year = int(year_m.group(1)) if year_m else None
    bare = _YEAR.sub(" ", cell).replace("nam", " ").strip()
    bare = re.sub(r"\s+", " ", bare)
    if _INDEX_CELL.fullmatch(bare):
        return Column("index", None, None)
    if _NOT_OWN_CELL.fullmatch(bare) or _CHANGE_CELL.fullmatch(bare):
        return Column("other", None, None)  # "Xếp hạng trong vùng", "Bình quân cả nước", "Tăng/giảm bậc"
    if _PLACE_CELL.fullmatch(bare) or _PLACE_CELL.fullmatch(_unbracketed(bare)):
        return Column("place", None, None)  # (also "Địa phương (trước sắp xếp)")
    # (also with the edition in a bracket: "Chỉ số chính (DTI 2022) | Giá trị (thang 1) | Thứ hạng (/63)")
    if _TOPIC_CELL.fullmatch(bare) or _TOPIC_CELL.fullmatch(_unbracketed(bare)):
        return Column("topic", None, year)
    hits = [h for h in find_topics(catalog, cell) if "rank" in h.topic.codes or "score" in h.topic.codes]
    topic = hits[0].topic if hits else None
    if _RANK_CELL.fullmatch(bare):
        return Column("rank", topic, year)
    if topic is not None and not _SCORE_WORD.search(bare):
        # rule index-named-column: a column named by its index alone ("CQS", "Kinh tế số", "DTI 2022") holds the
        # index's ranks or its scores, as its numbers say (a rank is whole, a score a decimal)
        return Column("count", topic, year)
    if topic is not None or _SCORE_CELL.fullmatch(bare):
        return Column("score", topic, year)
    return None


def _header(cells: list[str], catalog: Catalog) -> list[Column] | None:
    cols = [_column(c, catalog) for c in cells]
    if any(c is None for c in cols):
        return None
    roles = [c.role for c in cols if c]
    if not any(r in _VALUE_ROLES for r in roles):
        return None
    # (a one-province table's index column first, or after a row number: "STT | Trụ cột | Giá trị | Xếp hạng")
    topic_first = roles[0] == "topic" or (roles[0] == "index" and len(roles) > 1 and roles[1] == "topic")
    if roles.count("place") != 1 and not (topic_first and roles.count("topic") == 1 and "place" not in roles):
        return None
    return cols  # type: ignore[return-value]


def _value(token: str) -> tuple[float, int | None] | None:
    out_of = None
    m = re.match(r"(.+?)\s*/\s*(63|34)$", token)
    if m:
        token, out_of = m.group(1), int(m.group(2))
    if "," in token:
        whole, _, frac = token.rpartition(",")
        text = f"{whole.replace('.', '') or 0}.{frac}"
    elif re.fullmatch(r"\d{1,3}(?:\.\d{3})+", token):
        text = token.replace(".", "")
    else:
        text = token
    try:
        return float(text), out_of
    except ValueError:
        return None


def read_tables(
    cased: str,
    lower: str,
    catalog: Catalog,
    gaz: Gazetteer,
    default_year: int | None,
    drops: list | None = None,
    article: str | None = None,
    original: str | None = None,
    doc_topic=None,
    gaps: list[int] | None = None,
) -> tuple[list[TableValue], set[int]]:
    """Values of the text's tables, and the line numbers the tables take (the sentence rules skip them).
    ``article`` is the article's province: the place of a table of one province's indices;
    ``original``, the text at folded offsets: where its tabs separate cells; ``gaps``, the folded offsets of
    wide runs of spaces (``Folded.wide_gaps``), which separate cells too."""
    drops = drops if drops is not None else []
    tabs = (original is not None and "\t" in original) or bool(gaps)
    # (two value cells on lines of their own, one under the other: a table one cell per line, rule cells-per-line)
    per_line = _VALUES_PER_LINE.search(lower) is not None
    # (a row of cells or a header's first cell: looked for once, asked twice)
    cells = "|" in lower or tabs or per_line or _HEADER_START.search(lower) is not None
    if not cells and ":\n" not in lower:
        return [], set()  # most texts hold no table: one scan decides
    lines = [_bracketed_header(ln) for ln in _tabs_marked(lower, original if tabs else None, gaps)]
    starts, pos = [], 0
    for ln in lines:
        starts.append(pos)
        pos += len(ln) + 1
    out: list[TableValue] = _numbered_rankings(lines, starts, cased, lower, catalog, gaz, default_year)
    if not cells:
        return out, set()
    regrouped = regroup(lines, CELL_LINE_WORDS) if per_line else None
    if regrouped is not None:
        # (a table one cell per line, joined back into rows of the same length: read as cells, its lines mapped back)
        lines, origin = regrouped
        starts = [starts[o[0]] for o in origin]
        got, taken = _tables_in(lines, starts, cased, lower, catalog, gaz, default_year, drops, article, doc_topic)
        return out + got, {k for j in taken for k in origin[j]}
    got, taken = _tables_in(lines, starts, cased, lower, catalog, gaz, default_year, drops, article, doc_topic)
    return out + got, taken


_VALUES_PER_LINE = re.compile(r"\n[-\d.,%]+\n[-\d.,%]+\n")


def _tables_in(lines, starts, cased, lower, catalog, gaz, default_year, drops, article, doc_topic):
    """The values of the tables in ``lines`` (at ``starts`` in the text), and the lines they take."""
    out: list[TableValue] = []
    taken: set[int] = set()
    i = 0
    while i < len(lines):
        head = lines[i].lstrip()
        if not (
            head.startswith("|")
            or " | " in head
            or _TAB in head
            or _GAP in head
            or _HEADER_START.match(head)
            or 0 < len(head) <= 12
        ):
            i += 1
            continue
        merged = _two_row_header(lines, i)
        if merged is not None:
            # rule header-in-two-rows: the header read as one row (the line under it standing for both), its first
            # line taken with the table
            kept, lines[i + 1] = lines[i + 1], merged
            got = _table_at(lines, starts, i + 1, cased, lower, catalog, gaz, default_year, drops, article, doc_topic)
            if got is None:
                lines[i + 1] = kept
            else:
                got = (got[0], got[1] | {i})
        else:
            got = _table_at(lines, starts, i, cased, lower, catalog, gaz, default_year, drops, article, doc_topic)
        if got is None:
            i += 1
            continue
        values, used = got
        out.extend(values)
        taken.update(used)
        i = max(used) + 1
    return out, taken


def _two_row_header(lines: list[str], i: int) -> str | None:
    """Rule header-in-two-rows: a header written on two rows of cells over a row of values, as one row ("Chỉ số |
    Giá trị | Xếp hạng" over "thành phần | năm 2020 | năm 2020" is "Chỉ số thành phần | Giá trị năm 2020 | Xếp hạng
    năm 2020"; a merged cell spans the empty ones after it: "Chỉ số chính | Năm 2022 | | Năm 2023 | |" over " | Điểm |
    Hạng | Điểm | Hạng" is "Năm 2022 Điểm | Năm 2022 Hạng | ..."). None when the lines are no such header."""
    if i + 2 >= len(lines) or "|" not in lines[i] or "|" not in lines[i + 1]:
        return None
    upper, under, row = (_cells_of(lines[k]) for k in (i, i + 1, i + 2))
    if upper is None or under is None or row is None or not any(_NUMBER.fullmatch(c) for c in row):
        return None
    if any(_NUMBER.fullmatch(c) and not _YEAR.fullmatch(c) for c in upper + under):
        return None  # (a row of values is no header)
    if sum(bool(c) for c in upper) < 2 or sum(bool(c) for c in under) < 2:
        return None
    if not all(not c or any(ch.isalpha() for ch in c) for c in under):
        return None  # (its cells are words: not a markdown table's rule, "|---|---|", nor marks)
    width = len(row)
    # (outer bars stripped take an empty cell with them: the upper row's last, the lower row's first)
    upper = upper + [""] * (width - len(upper))
    under = [""] * (width - len(under)) + under
    if len(upper) != width or len(under) != width:
        return None
    for k in range(1, width):
        if not upper[k] and upper[k - 1] and under[k]:
            upper[k] = upper[k - 1]  # (a merged cell over the columns after it)
    return " | ".join(f"{a} {b}".strip() for a, b in zip(upper, under, strict=True))


def _numbered_rankings(lines, starts, cased, lower, catalog, gaz, default_year) -> list[TableValue]:
    """Rule numbered-ranking: "Top 5 ... dẫn đầu DTI 2024:" then "1. Hà Nội: ...", "2. ...": the item's
    number is the province's rank in the index the lead-in names (the items' lines stay sentences)."""
    out: list[TableValue] = []
    for i, lead in enumerate(lines[:-1]):
        if not lead.rstrip().endswith(":"):
            continue
        top = _TOP_LEAD.search(lead) is not None and not _NOT_TOP.search(lead)
        bottom = not top and _BOTTOM_LEAD.search(lead) is not None and not _NOT_BOTTOM.search(lead)
        if not (top or bottom):
            continue
        # (not an index named in a bracket: "Mười địa phương dẫn đầu PAR Index 2023 (trong ngoặc là thứ hạng
        # DTI 2023):" ranks by the PAR Index; the bracket tells what the items' brackets hold)
        outside = _BRACKETED.sub(lambda b: " " * len(b.group()), lead)
        topics = [h.topic for h in find_topics(catalog, outside)]
        ranked = [t for t in topics if "rank" in t.codes]
        if not ranked:
            continue
        code = ranked[-1].codes["rank"]
        score = ranked[-1].codes.get("score")
        years = _YEAR.findall(outside)
        year = int(years[-1]) if years else default_year
        items = []
        for j in range(i + 1, len(lines)):
            m = _ITEM.match(lines[j])
            first = int(m.group(1)) if m is not None and not items else None
            if first is not None and (first == 1 if top else 1 < first <= 63):
                items.append((j, m))
                continue
            if m is None or not items or int(m.group(1)) != int(items[-1][1].group(1)) + 1:
                break
            items.append((j, m))
        if len(items) < 2:
            continue
        for j, m in items:
            start, end = starts[j] + m.end(), starts[j] + len(lines[j])
            places = [x for x in gaz.mentions(cased, lower, start, end) if x.slug != SELF]
            # the item names its province first ("1. Hà Nội: ..."), not a district or city in it
            if not places or not _ITEM_PREFIX.fullmatch(lower[start : places[0].start].strip()):
                continue
            slug = places[0].slug
            out.append(TableValue(slug, code.code, code.unit, year, float(m.group(1)), None, starts[j], end))
            got = _ITEM_SCORE.match(lower, places[0].end, end) if score is not None else None
            if got is not None:
                value = float(got.group(1).replace(",", "."))
                out.append(TableValue(slug, score.code, score.unit, year, value, None, starts[j], end))
            # a labelled rank in the item's bracket ("1. Hải Phòng – 91,74% (DTI: 8)"): that index's rank
            for b in _LABELLED_RANK.finditer(lower, places[0].end, end):
                other = [h.topic for h in find_topics(catalog, b.group(1)) if "rank" in h.topic.codes]
                if other and other[-1] is not ranked[-1]:
                    rank = other[-1].codes["rank"]
                    out.append(TableValue(slug, rank.code, rank.unit, year, float(b.group(2)), None, starts[j], end))
    return out


def _table_at(lines, starts, i, cased, lower, catalog, gaz, default_year, drops, article=None, doc_topic=None):
    line = lines[i]
    if not line.strip() or len(line) > 200:
        return None
    pipe = _cells_of(line)
    cells = pipe if pipe is not None else _split_words_header(line)
    per_line = False
    if cells is None or (pipe is None and len(cells) == 1):
        # one header cell per line ("STT\nTỉnh\nĐiểm\nXếp hạng")
        cells, j = [], i
        while j < len(lines) and lines[j].strip() and _split_words_header(lines[j]) == [lines[j].strip()]:
            cells.append(lines[j].strip())
            j += 1
        if len(cells) < 3:
            return None
        per_line = True
    cols = _header(cells, catalog)
    if cols is None:
        if pipe is not None and "(" in cells[0]:
            # (a label cell with its edition in brackets, "Chỉ số (DTI 2023) | Thanh Hóa | Nghệ An", read as "Chỉ số
            # DTI 2023": the edition of the table's columns)
            cells = [_BRACKETED_YEAR.sub(r"\1", cells[0]), *cells[1:]]
        first = _EDITION_IN_LABEL.sub("", _without_year(cells[0]))
        if pipe is not None and article is not None and _SERIES_FIRST_CELL.fullmatch(first):
            places = _place_columns(cased, lower, starts[i], len(lines[i]), cells, gaz)
            head, merged = i, _header_continued(cells, lines[i + 1]) if i + 1 < len(lines) else None
            if merged is not None:
                head, cells = i + 1, merged  # (the rows start under the header's second line)
            got = _series_table(lines, starts, head, cells, catalog, article, default_year, drops, places, doc_topic)
            return (got[0], got[1] | {i}) if got is not None else None
        return None
    if "place" not in [c.role for c in cols]:  # (a one-province table: its rows are indices, _header says)
        if pipe is None or article is None:
            return None  # a one-province table only when its cells are certain and its province known
        return _indices_table(lines, starts, i, lower, catalog, cols, article, default_year, drops)
    # the table's index, year and scope: from the header, else the two lines before it
    before = "\n".join(x for x in lines[max(0, i - 2) : i])
    table_topic = next((c.topic for c in cols if c.topic is not None), None) or _ranked_lead(catalog, before)
    header_end = i + (len(cells) if per_line else 1)
    if table_topic is None:
        if _OTHER_INDEX.search(before) or _OTHER_INDEX.search(" ".join(cells)):
            drops.append(Drop("table-other-index", 0.0, None, starts[i]))
            return None
        return None
    # (not the year the ranking came out: "Theo kết quả DTI 2023 (công bố năm 2024, ...)", rule release-not-edition)
    years = _YEAR.findall(ANNOUNCEMENT.sub(" ", before))
    table_year = int(years[-1]) if years else default_year
    # rows
    rows: list[tuple[int, int, str, list[str]]] = []  # (line, start, place text, numeric cells)
    j = header_end
    n_numeric = sum(c.role in (*_VALUE_ROLES, "other") for c in cols)
    place_at = [c.role for c in cols].index("place")
    while j < len(lines):
        text = lines[j].strip()
        if not text:
            if rows:
                break
            j += 1
            continue
        if pipe is not None:
            rc = _cells_of(lines[j])
            if rc is None:
                break
            if all(re.fullmatch(r":?-{2,}:?", c) for c in rc if c):
                j += 1
                continue
            if len(rc) != len(cols):
                break
            nums = [c for c, col in zip(rc, cols, strict=True) if col.role in (*_VALUE_ROLES, "other")]
            rows.append((j, starts[j], rc[place_at], nums))
            j += 1
            continue
        if per_line:
            chunk = [lines[k].strip() for k in range(j, min(j + len(cols), len(lines)))]
            if len(chunk) < len(cols):
                break
            nums = [c for c, col in zip(chunk, cols, strict=True) if col.role in (*_VALUE_ROLES, "other")]
            if not all(_NUMBER.fullmatch(c) for c in nums):
                break
            rows.append((j, starts[j], chunk[place_at], nums))
            j += len(cols)
            continue
        nums = _NUMBER.findall(text)
        lead = re.match(r"\s*(?:\d{1,2}[.)]?\s+)?", text)
        place = text[lead.end() :]
        first_num = _NUMBER.search(place)
        if first_num is None or len(nums) - (1 if lead.group().strip() else 0) != n_numeric:
            break
        rows.append((j, starts[j], place[: first_num.start()].strip(), _NUMBER.findall(place)))
        j += 1
    if not rows:
        return None
    used = set(range(i, header_end)) | set(range(header_end, j))
    values: list[TableValue] = []
    numeric_cols = [c for c in cols if c.role in (*_VALUE_ROLES, "other")]
    for line_no, start, place, nums in rows:
        last = min(line_no + (len(cols) - 1 if per_line else 0), len(lines) - 1)
        row_end = starts[last] + len(lines[last])
        at = lower.find(place, start, row_end) if place else -1
        found = [m for m in gaz.mentions(cased, lower, at, at + len(place)) if m.slug != SELF] if at >= 0 else []
        if not found or _NOT_PROVINCE.search(place):
            drops.append(Drop("table-row-not-province", 0.0, None, start))
            continue
        slug = found[0].slug
        for col, token in zip(numeric_cols, nums, strict=False):
            if col.role == "other":
                continue
            got = _cell_value(token, col.topic or table_topic, col.role, start, drops)
            if got is not None:
                code, value, out_of = got
                year = col.year or table_year
                values.append(TableValue(slug, code.code, code.unit, year, value, out_of, start, row_end))
    return values, used


def _header_continued(cells: list[str], nxt: str) -> list[str] | None:
    """Rule header-on-two-lines: the header's cells with the line under it added, when that line only dates them
    ("Chỉ tiêu | Kế hoạch | Thực hiện" over " | năm 2023 | năm 2023": "Kế hoạch năm 2023", "Thực hiện năm 2023"); its
    empty first cell stands before its first bar (" | năm 2023"), its empty last cells after the last one. None when
    the line is a row."""
    cont = _cells_of(nxt)
    if cont is None or len(cont) > len(cells):
        return None
    if len(cont) < len(cells) and nxt[:1].isspace() and nxt.lstrip().startswith("|"):
        cont = ["", *cont]
    cont += [""] * (len(cells) - len(cont))
    if not any(c.strip() for c in cont):
        return None
    if not all(not c.strip() or _NAMED_YEAR.fullmatch(c.strip()) for c in cont):
        return None
    return [f"{a} {b.strip()}".strip() for a, b in zip(cells, cont, strict=True)]


_BRACKETED_YEAR = re.compile(r"\(\s*([^()]*\b20[12]\d)\s*\)")


def _indices_table(lines, starts, i, lower, catalog, cols, article, default_year, drops):
    """Rule table-of-indices: the rows of a table of one province's indices ("Kinh tế số | 0,3902 | 45")."""
    before = "\n".join(lines[max(0, i - 2) : i])
    if _OTHER_INDEX.search(before) and not find_topics(catalog, before, only=("dti",)):
        drops.append(Drop("table-other-index", 0.0, None, starts[i]))
        return None
    # the year: the header's, else the edition the article reports (the lines before a table often
    # compare with the year before: "tăng 6 bậc so với năm 2022"), else the last year before it
    years = _YEAR.findall(before)
    at = [c.role for c in cols].index("topic")  # (after a row number's column, if any)
    table_year = cols[at].year or default_year or (int(years[-1]) if years else None)
    numeric_cols = [c for c in cols if c.role in _VALUE_ROLES]
    values: list[TableValue] = []
    j = i + 1
    while j < len(lines):
        rc = _cells_of(lines[j])
        if rc is None or len(rc) != len(cols):
            break
        if all(re.fullmatch(r":?-{2,}:?", c) for c in rc if c):
            j += 1
            continue
        start, end = starts[j], starts[j] + len(lines[j])
        hits = [h for h in find_topics(catalog, rc[at]) if "rank" in h.topic.codes or "score" in h.topic.codes]
        if not hits:
            drops.append(Drop("table-row-not-index", 0.0, None, start))
            j += 1
            continue
        topic = hits[0].topic
        tokens = [c for c, k in zip(rc, cols, strict=True) if k.role in _VALUE_ROLES]
        for col, token in zip(numeric_cols, tokens, strict=True):
            got = _cell_value(token, topic, col.role, start, drops)
            if got is not None:
                code, value, out_of = got
                year = col.year or table_year
                values.append(TableValue(article, code.code, code.unit, year, value, out_of, start, end))
        j += 1
    if j == i + 1:
        return None
    return values, set(range(i, j))


# header cells of a one-province series (rule table-of-a-series): the year column, a column of plans,
# a column of the nation's or the region's figures (not the province's), a row label's column
_YEAR_CELL = re.compile(r"nam|thoi gian|ky")
# a column of part of a year ("9 tháng 2025", "6 tháng đầu năm 2024", "Quý III/2025"): that year's result so far
_PART_YEAR_CELL = re.compile(r"(?:(?:\d+|sau) thang(?: dau)?|quy [iv\d]+ ?/?|nua dau)(?: nam)?")
_RULE_CELL = re.compile(r"\s*:?-{2,}:?\s*")
# ("KH 2024", "KH": the plan, abbreviated; "Tỷ lệ so KH", "% KH", "Đạt (%)": the share of the plan reached, no value)
_PLAN_CELL = re.compile(r".*\b(?:ke hoach|muc tieu|chi tieu|du kien|phan dau|ghi chu|kh)\b.*|%|dat \(%\)|dat")
_OTHERS_CELL = re.compile(r".*\b(?:binh quan|trung binh|ca nuoc|toan quoc|khu vuc|vung)\b.*")
_LABEL_CELL = re.compile(
    r"(?:ten )?(?:chi tieu|chi so|noi dung|tieu chi|linh vuc|hang muc|danh muc|tru cot|chi so thanh phan|nhom chi so"
    # ("Kỳ đánh giá | DTI 2020 | DTI 2021": the editions in the header, the measures in the rows)
    r"|thong so|chi so chinh|ky danh gia)(?: \(%\))?"
)
# a year's column named by the index's edition ("Chỉ tiêu | DTI 2021 | DTI 2022"), and a row label that then
# means that index ("Xếp hạng chung | 52/63 | 41/63", "Giá trị | 0,3342 | 0,4019")
_EDITION_CELL = re.compile(r"(?:chi so )?(?:dti|ict index|vietnam ict index|par index)(?: nam)?")
_GENERAL_LABEL = re.compile(r"(?:xep hang|thu hang|hang|diem|gia tri|tong diem|diem so)(?: chung| tong the| tong hop)?")
# a row of the edition's change under columns of editions ("Tăng/giảm so với kỳ trước", "Mức tăng điểm")
_CHANGE_LABEL = re.compile(rf"(?:{_CHANGE_WORDS}|muc tang(?: diem)?)(?: so voi (?:ky|nam) truoc)?")
# a lead-in over a plan's table ("Kế hoạch đặt ra các chỉ tiêu cụ thể như sau:"); not "chỉ tiêu" alone, which
# also names an indicator ("Bảng 2. Một số chỉ tiêu về chính quyền số")
_PLAN_LEAD = re.compile(r"\b(?:ke hoach|muc tieu|phan dau|dinh huong|du kien|nhiem vu|chi tieu chu yeu)\b")
# (also a lead that says the plan was met or passed: "nhiều chỉ tiêu đã vượt mức ..., về đích sớm so với kế hoạch")
# (also a comparison of years gone by: "bảng so sánh một số chỉ tiêu chủ yếu giữa năm 2023 và năm 2022")
_RESULT_LEAD = re.compile(
    r"\b(?:ket qua|noi bat|dat duoc|thuc hien duoc|so lieu|da vuot|ve dich|da hoan thanh|tieu bieu|so sanh)\b"
)
# a column of the row's result ("Kết quả", "Thực hiện đến 30/9/2024", "Đạt được")
_RESULT_CELL = re.compile(
    # ("TH 2024", "TH": the result, abbreviated)
    r"(?:ket qua|thuc hien|th|dat duoc|uoc thuc hien|uoc dat|cua tinh|toan tinh|tinh|thanh pho|cua thanh pho)"
    # ("Thực hiện 11 tháng": the result so far, of the year the table is about)
    r"(?: (?:den|nam|het|ngay|thang|\d{1,2} thang)\b.*)?"
)
# a column of units ("ĐVT | % | hộ"; a unit line over the table: readings.PERCENT_UNIT)
_UNIT_CELL = re.compile(r"dvt|don vi tinh|don vi")
# ("hạng" folds like "hàng": not "ngân hàng", "mặt hàng", "cửa hàng", "đơn hàng", "gian hàng", "hàng hóa")
_RANK_LABEL = re.compile(
    r"\b(?:xep hang|thu hang|(?<!ngan )(?<!mat )(?<!cua )(?<!don )(?<!gian )hang(?! hoa)|vi tri)\b"
)
_SCORE_LABEL = re.compile(r"\b(?:diem|gia tri)\b")
_PERCENT_LABEL = re.compile(r"\(%\)|\bty le\b|\bty trong\b")


# the first header cell of a series table: a row number, the year, or the rows' labels (most "|" lines
# are rows of other tables: asked first, it spares them the rest)
_SERIES_FIRST_CELL = re.compile(
    r"(?:so )?(?:stt|tt|thu tu|so thu tu)|nam|thoi gian|ky|(?:ten )?(?:chi tieu|chi so|noi dung|tieu chi|linh vuc"
    # ("Chỉ tiêu (%)": shares, their sign unsaid)
    r"|hang muc|danh muc|tru cot|chi so thanh phan|nhom chi so|thong so|chi so chinh|ky danh gia)(?: \(%\))?"
)
# (the header words a table written one cell per line is found by, rule cells-per-line)
CELL_LINE_WORDS = HeaderWords(
    re.compile("|".join(p.pattern for p in (_INDEX_CELL, _PLACE_CELL, _TOPIC_CELL, _SERIES_FIRST_CELL))),
    _INDEX_CELL,
    _UNIT_CELL,
)


def _series_table(lines, starts, i, cells, catalog, article, default_year, drops, places=None, doc_topic=None):
    """Rule table-of-a-series: a table of the article's province over the years, either one year per
    row ("TT | Năm | Giá trị DTI | Xếp hạng | Bình quân cả nước" / "1 | 2020 | 0,3412 | 31/63 | 0,3591")
    or one indicator per row and a year per column ("Chỉ tiêu | Năm 2022 | Năm 2023 | Kế hoạch 2025" /
    "Tỷ lệ hồ sơ ... trực tuyến (%) | 41,6 | 58,9 | 80"), or a column per province (rule
    table-of-provinces-by-column). A column of plans, of the nation's or the region's figures is not
    read; a row label outside the catalog ("PCI", "SIPAS") is not either."""
    # (the two lines before, not blank, nor rows of a table just before: "Xã hội số | 0,4826 | 22" names no index of
    # the next table, "(Năm | Giá trị | Xếp hạng)")
    before = "\n".join([x for x in lines[max(0, i - 4) : i] if x.strip() and "|" not in x][-2:])
    bare = [_without_year(c) for c in cells]
    result_column = any(_RESULT_CELL.fullmatch(b) for b in bare[1:])
    if _PLAN_LEAD.search(before) and not _RESULT_LEAD.search(before) and not result_column:
        # "Kế hoạch đặt ra các chỉ tiêu cụ thể như sau:" over the table: its targets (not over "KH | TH | %": a
        # column of results beside the plan's); its rows are taken all the same, so that no sentence rule reads a row
        # as a sentence ("| Tỷ lệ hộ gia đình có cáp quang | 60% | 80% |" under "Các chỉ tiêu cụ thể của kế hoạch:")
        drops.append(Drop("target-section", 0.0, None, starts[i]))
        rows = _Rows(lines, starts, i, len(cells), catalog, article, drops)
        for _ in rows:
            pass
        return [], set(range(i, rows.end))
    # "Một số kết quả năm 2019:", "(tính đến 30/6/2024)" date a column of results; a document's date does not
    # ("Kèm theo Báo cáo số 18/BC-STTTT ngày 05/01/2024": the report on 2023)
    lead_years = _YEAR.findall(_DOCUMENT_DATE.sub(" ", before))
    default_year = int(lead_years[-1]) if lead_years else default_year
    years = [int(m.group(1)) if (m := _YEAR.search(c)) else None for c in cells]
    rows = _Rows(lines, starts, i, len(cells), catalog, article, drops)
    year_row = all(y and not b for y, b in zip(years[1:], bare[1:], strict=True))
    if len(cells) >= 3 and _YEAR_CELL.fullmatch(bare[0]) and year_row:
        # "Năm | 2020 | 2021 | 2022" over "Giá trị DTI | ..." and "Xếp hạng | ...": a year per column, a measure per
        # row (a row labelled only as a rank or a score is the index the lead-in or the other rows name)
        labels = " ".join(c[0] for x in lines[i + 1 : i + 8] if (c := _cells_of(x)))
        ranked = _ranked_lead(catalog, before) or _ranked_lead(catalog, labels)
        got = _by_indicator_rows(rows, 0, [None, *years[1:]], ranked)
    elif _YEAR_CELL.fullmatch(bare[1] if len(bare) > 1 and _INDEX_CELL.fullmatch(bare[0]) else bare[0]):
        got = _by_year_rows(rows, cells, bare, catalog, before, doc_topic)
    elif (at := _label_at(bare)) is not None and places and sum(p is not None for p in places) >= 2:
        # (the label cell may name the index and its edition: "Chỉ tiêu DTI 2023 | Thừa Thiên Huế | Đà Nẵng | ...")
        label_year = _YEAR.search(cells[at])
        edition = _ranked_lead(catalog, cells[at]) if _EDITION_IN_LABEL.search(bare[at]) else None
        got = _by_province_columns(
            rows, at, places, int(label_year.group(1)) if label_year else default_year, edition, years
        )
    elif (at := _label_at(bare)) is not None and (
        col_years := _value_columns(cells, bare, years, at, default_year, _own_column(places, article))
    ):
        editions = [b for b, y in zip(bare, col_years, strict=True) if y is not None and _EDITION_CELL.fullmatch(b)]
        # (the index of "Xếp hạng chung": the editions' in the header, else the one the table's title names,
        # "Bảng: Kết quả DTI của Bình Định" over "Chỉ tiêu | 2021 | 2022")
        ranked = _ranked_lead(catalog, " ".join(editions)) if editions else _ranked_lead(catalog, before)
        if ranked is None:  # (no lead-in: "Xếp hạng" under rows that name the index itself, "Chỉ số DTI | ...")
            labels = [c[at] for x in lines[i + 1 : i + 8] if (c := _cells_of(x)) and len(c) > at]
            ranked = next((t for t in map(lambda x: _ranked_lead(catalog, x), labels) if t and _overall(t)), None)
        unit_at = next((k for k, b in enumerate(bare) if _UNIT_CELL.fullmatch(b)), None)
        percent = bool(PERCENT_UNIT.search(before)) or bare[at].endswith("(%)")
        own_rank = {k for k, b in enumerate(bare) if k > at and col_years[k] and _RANK_CELL.fullmatch(b)}
        got = _by_indicator_rows(rows, at, col_years, ranked, unit_at, percent, own_rank)
    else:
        return None
    if got is None or rows.end == i + 1:
        return None
    return got, set(range(i, rows.end))


@dataclass
class _Rows:
    """The rows under a series table's header, read one by one (``end``: the line after the last read)."""

    lines: list
    starts: list
    header: int
    width: int
    catalog: Catalog
    article: str
    drops: list
    end: int = 0

    def __iter__(self):
        """(cells, start, end) of each row of the header's width, up to the first line that is none (a
        section's row with its empty cells dropped, "Xếp hạng: | |", is filled out)."""
        j = self.header + 1
        while j < len(self.lines):
            rc = _cells_of(self.lines[j])
            if rc is not None and all(_RULE_CELL.fullmatch(c) for c in rc):
                j += 1  # a markdown table's rule under its header ("|---|---|"): no row
                self.end = j
                continue
            if rc is not None and len(rc) < self.width and not any(_NUMBER.search(c) for c in rc[1:]):
                rc = rc + [""] * (self.width - len(rc))
            if rc is None or len(rc) != self.width:
                break
            self.end = j + 1
            yield rc, self.starts[j], self.starts[j] + len(self.lines[j])
            j += 1
        self.end = max(self.end, self.header + 1)

    def topic_of(self, label: str, start: int):
        """The catalog index or measure a row's label names (None: "PCI", "Tổng số hồ sơ", dropped; "Giá trị DTI
        trung bình cả nước": the nation's average, not the province's, dropped too)."""
        if _NATION_ROW.search(label) or _LOWER_LEVEL_ROW.search(label):
            # (nor a lower level's: "Tỷ lệ hồ sơ trực tuyến của UBND cấp huyện", "... cấp xã")
            self.drops.append(Drop("table-row-not-province", 0.0, None, start))
            return None
        hits = [h for h in find_topics(self.catalog, label) if h.topic.codes]
        if not hits:
            self.drops.append(Drop("table-row-not-index", 0.0, None, start))
            return None
        if "mobile_coverage_rate" in {c.code for c in hits[0].topic.codes.values()} and only_5g(label):
            # ("Tỷ lệ xã, phường, thị trấn có sóng 5G": 5G alone is not the coverage indicator, ANNOTATION.md)
            self.drops.append(Drop("5g-only-coverage", 0.0, None, start))
            return None
        return hits[0].topic


# a row of the nation's (or a region's) average in a table of the province's own figures
_NATION_ROW = re.compile(r"\b(?:binh quan|trung binh)(?: chung)? (?:ca nuoc|toan quoc|cac tinh|vung|khu vuc)\b")
_LOWER_LEVEL_ROW = re.compile(r"\b(?:cap|ubnd cap|khoi) (?:huyen|xa)\b")


def _overall(topic) -> bool:
    """The topic is an index as a whole (the DTI), not one of its pillars."""
    return (rank := topic.code_for("rank")) is not None and rank.code == "dti_rank"


def _ranked_lead(catalog: Catalog, before: str):
    """The last index with a rank or a score the lines before a table name (its lead-in), else None."""
    lead = [h.topic for h in find_topics(catalog, before) if "rank" in h.topic.codes or "score" in h.topic.codes]
    return lead[-1] if lead else None


def _by_year_rows(rows: _Rows, cells, bare, catalog, before: str = "", doc_topic=None) -> list[TableValue] | None:
    """One year per row: each other column a rank or a score of the index its header names ("Xếp hạng"
    beside "Giá trị DTI": the rank of the index the other column names), or, when no header names one,
    of the index the lines before it name ("Kết quả DTI của tỉnh qua các năm:" over "Năm | Xếp hạng | Giá trị")."""
    at = 1 if _INDEX_CELL.fullmatch(bare[0]) else 0
    cols = [
        None if k <= at or _OTHERS_CELL.fullmatch(b) or _PLAN_CELL.fullmatch(b) else _column(cells[k], catalog)
        for k, b in enumerate(bare)
    ]
    named = next((c.topic for c in cols if c is not None and c.role in _VALUE_ROLES and c.topic), None)
    named = named or _ranked_lead(catalog, before)
    if named is None and doc_topic is not None and any(c is not None and c.role in _VALUE_ROLES for c in cols):
        # rule series-of-the-article's-index: "Năm | Giá trị | Xếp hạng" with no index named over it or in it, in an
        # article about one ranked index (its title's "DTI 2023 của Lào Cai"): that index's values over the years
        named = doc_topic
    if named is None:
        return _statistics_by_year_rows(rows, cells, bare, at, catalog, before)
    cols = [Column(c.role, c.topic or named, c.year) if c is not None else None for c in cols]
    values: list[TableValue] = []
    for rc, start, end in rows:
        y = _YEAR.fullmatch(rc[at].strip())
        if y is None:
            break
        for col, token in zip(cols, rc, strict=True):
            if col is None or col.role not in _VALUE_ROLES or col.topic is None:
                continue
            got = _cell_value(token, col.topic, col.role, start, rows.drops)
            if got is not None:
                code, value, out_of = got
                values.append(
                    TableValue(rows.article, code.code, code.unit, int(y.group(1)), value, out_of, start, end)
                )
    return values


def _statistics_by_year_rows(rows: _Rows, cells, bare, at: int, catalog, before: str) -> list[TableValue] | None:
    """Rule table-of-a-series, for the statistics: one year per row and a measure per column its header names
    ("Năm | TTHC trực tuyến mức độ 3, 4 | Tỷ lệ hồ sơ nộp trực tuyến (%)" / "2019 | 612 | 9,7"), or the one measure
    the lead-in names over the table's one column of values ("Tỷ lệ hồ sơ trực tuyến của tỉnh qua các năm:" over
    "Năm | Kết quả (%) | Bình quân cả nước (%)"). The nation's, a region's and a plan's columns are not read (a
    column headed by a province's name is another table's: rule table-of-provinces-by-column)."""
    own = [k for k, b in enumerate(bare) if k > at and not _OTHERS_CELL.fullmatch(b) and not _PLAN_CELL.fullmatch(b)]
    topics = {k: next((h.topic for h in find_topics(catalog, cells[k]) if h.topic.codes), None) for k in own}
    if not any(topics.values()) and len(own) == 1:
        lead = {h.topic.name: h.topic for h in outermost(find_topics(catalog, before)) if h.topic.codes}
        topics[own[0]] = next(iter(lead.values())) if len(lead) == 1 else None
    if not any(topics.values()):
        return None
    values: list[TableValue] = []
    for rc, start, end in rows:
        y = _YEAR.fullmatch(rc[at].strip())
        if y is None:
            break
        for k, topic in topics.items():
            got = _cell_value(rc[k], topic, _label_role(cells[k], rc[k]), start, rows.drops) if topic else None
            if got is not None:
                code, value, out_of = got
                year = int(y.group(1))
                values.append(TableValue(rows.article, code.code, code.unit, year, value, out_of, start, end))
    return values


def _by_province_columns(rows: _Rows, at: int, places, year, edition=None, col_years=None) -> list[TableValue]:
    """Rule table-of-provinces-by-column: "Chỉ tiêu | TP Cần Thơ | Hậu Giang | Sóc Trăng" under "Một số chỉ
    tiêu năm 2024 của 3 địa phương": a column per province, the year of the lead-in (or of the label cell, which may
    name the index too: "Chỉ tiêu DTI 2023 | ...", under which "Điểm tổng thể", "Xếp hạng (/63)" are that index's).
    A row whose label names its own year ("Xếp hạng DTI 2020" under a lead-in on 2021) is of that year (rule
    row-label-year). A column that names its own year ("Tuyên Quang (cũ) năm 2024 | Tỉnh Tuyên Quang 10 tháng năm
    2025": ``col_years``) is of that year (rule column-of-its-year)."""
    values: list[TableValue] = []
    col_years = col_years or [None] * len(places)
    for rc, start, end in rows:
        label = rc[at]
        own_year = _YEAR.search(label)
        row_year = int(own_year.group(1)) if own_year else year
        topic = None
        if edition is not None and _GENERAL_LABEL.fullmatch(_unbracketed(label)):
            topic = edition
        else:
            hits = [h for h in find_topics(rows.catalog, label) if h.topic.codes]
            topic = hits[0].topic if hits else None
        if topic is None or (row_year is None and not any(col_years)):
            continue
        for slug, cell, col_year in zip(places, rc, col_years, strict=True):
            cell_year = row_year if own_year or col_year is None else col_year
            if slug is None or cell_year is None:
                continue
            for role, token in _readings_of_cell(label, cell):
                got = _cell_value(token, topic, role, start, rows.drops)
                if got is not None:
                    code, value, out_of = got
                    values.append(TableValue(slug, code.code, code.unit, cell_year, value, out_of, start, end))
    return values


# a cell that gives a score and its rank ("0,5902 (hạng 31)", "0,4480 (xếp thứ 39)"; rule score-dash-rank: a score of
# the index's scale, a dash and a place, "0,4215 – 45", under a caption "(điểm – hạng/63)")
_SCORE_AND_RANK = re.compile(
    r"\s*(\d+,\d+)\s*\(\s*(?:hang|xep hang|thu hang|xep thu|thu)\s+(\d{1,2})(?:\s*/\s*\d+)?\s*\)\s*"
    r"|\s*(0,\d{3,4}|1,0{3,4})\s*[-\u2013\u2014]\s*([1-9]\d?)(?:\s*/\s*(?:63|34))?\s*"
)


def _readings_of_cell(label: str, cell: str) -> list[tuple[str, str]]:
    """(role, token) of each value a cell holds: a score and its rank in brackets, else the one its row says."""
    both = _SCORE_AND_RANK.fullmatch(cell)
    if both is not None:
        return [("score", both.group(1) or both.group(3)), ("rank", both.group(2) or both.group(4))]
    return [(_label_role(label, cell), cell)]


def _by_indicator_rows(
    rows: _Rows,
    at: int,
    col_years,
    edition_topic=None,
    unit_at: int | None = None,
    percent: bool = False,
    rank_at: set[int] = frozenset(),
) -> list[TableValue]:
    """One indicator per row, a year per column, or the year's result beside its plan ("Chỉ tiêu | Kế
    hoạch năm 2024 | Thực hiện đến 30/9/2024"): a section row ("Xếp hạng theo trụ cột: | | |") gives the
    rows under it their reading; a plan's column is not read. Under columns named by an index's editions
    ("DTI 2021 | DTI 2022"), a row labelled only as a rank or a score ("Xếp hạng chung") is that index's.
    A unit column ("ĐVT": "%" or "hộ") says how a row's numbers read, a unit line over the table
    ("Đơn vị tính: %", ``percent``) how all of them do; a column headed as a rank (``rank_at``) holds ranks."""
    values: list[TableValue] = []
    section_role = None
    for rc, start, end in rows:
        label = rc[at]
        if not any(_NUMBER.search(c) for k, c in enumerate(rc) if col_years[k]):
            section_role = "rank" if _RANK_LABEL.search(label) else ("score" if _SCORE_LABEL.search(label) else None)
            continue
        # (its unit or scale in brackets says nothing of what it is: "Điểm (thang 1)", "Thứ hạng (/63)")
        plain = _unbracketed(label)
        general = edition_topic is not None and _GENERAL_LABEL.fullmatch(plain)
        # (and a row of the edition's change: "Tăng/giảm so với kỳ trước (điểm) | – | +0,1058 | +0,0653")
        change = edition_topic is not None and not general and _CHANGE_LABEL.fullmatch(plain)
        topic = edition_topic if general or change else rows.topic_of(label, start)
        if topic is None:
            continue
        unit = rc[unit_at].strip() if unit_at is not None else ""
        for k, (year, token) in enumerate(zip(col_years, rc, strict=True)):
            if year is None:
                continue
            if not change and _SCORE_AND_RANK.fullmatch(token):
                # ("DTI tổng thể | 0,4215 – 45 | 0,4580 – 47": a score and its rank in each cell)
                readings = _readings_of_cell(label, token)
            else:
                role = "change" if change else "rank" if k in rank_at else _label_role(label, token, section_role)
                if role == "count" and (unit == "%" or (percent and not unit)):
                    role = "percent"
                if role == "score" and "score" not in topic.codes and "count" in topic.codes:
                    role = "count"  # ("Điểm phục vụ bưu chính ... | điểm | 112": service points counted, no score)
                readings = [(role, token)]
            for role, cell in readings:
                got = _cell_value(cell, topic, role, start, rows.drops)
                if got is not None:
                    code, value, out_of = got
                    values.append(TableValue(rows.article, code.code, code.unit, year, value, out_of, start, end))
    return values


def _place_columns(cased, lower, line_start: int, line_len: int, cells: list[str], gaz) -> list[str | None]:
    """The province each header cell names, if it names one and nothing else ("TP Cần Thơ", "Hậu Giang")."""
    out: list[str | None] = []
    pos = line_start
    for cell in cells:
        at = lower.find(cell, pos, line_start + line_len) if cell else -1
        if at < 0:
            out.append(None)
            continue
        pos = at + len(cell)
        found = [m for m in gaz.mentions(cased, lower, at, pos) if m.slug != SELF]
        named = len(found) == 1 and not re.sub(r"(?:tp\.?|thanh pho|tinh)\s*", "", lower[at : found[0].start]).strip()
        # (or the province and its column's time: "Tuyên Quang (cũ) năm 2024", "Tỉnh Tuyên Quang 10 tháng năm 2025")
        ends = named and (found[0].end >= pos - 6 or _PLACE_CELL_TIME.fullmatch(lower, found[0].end, pos) is not None)
        out.append(found[0].slug if ends else None)
    return out


_PLACE_CELL_TIME = re.compile(
    rf"\s*(?:\((?:cu|moi)\)\s*)?(?:(?:{_PART_YEAR_CELL.pattern})\s+)?(?:nam\s+)?(?:19|20)\d\d\s*"
)


def _label_at(bare: list[str]) -> int | None:
    """The column of a series table's row labels: the first, or the second after a row number (a label cell may
    name the index whose edition the header gives: "Chỉ tiêu DTI 2023")."""
    if _LABEL_CELL.fullmatch(_EDITION_IN_LABEL.sub("", bare[0])):
        return 0
    if len(bare) > 2 and _INDEX_CELL.fullmatch(bare[0]) and _LABEL_CELL.fullmatch(_EDITION_IN_LABEL.sub("", bare[1])):
        return 1
    return None


_EDITION_IN_LABEL = re.compile(r" (?:chi so )?(?:dti|ict index|par index)(?: nam)?$")


def _own_column(places, article: str) -> int | None:
    """The one column a table names by the article's province ("Chỉ số | Vĩnh Long | Bình quân cả nước"), if any."""
    named = [k for k, p in enumerate(places or []) if p is not None]
    return named[0] if len(named) == 1 and places[named[0]] == article else None


def _value_columns(cells, bare, years, at: int, default_year, own: int | None = None) -> list[int | None]:
    """Each column's year when it holds the row's own values (a year's column, "Kết quả", "Thực hiện
    đến 30/9/2024", the article's province by name: ``own``), else None (the labels, a plan, "Đánh giá");
    all None when no column holds values."""
    out: list[int | None] = []
    for k, (cell, b, year) in enumerate(zip(cells, bare, years, strict=True)):
        if k == own and k > at:
            out.append(year or default_year)
        elif k <= at or _PLAN_CELL.fullmatch(cell) or _OTHERS_CELL.fullmatch(b):
            out.append(None)
        elif year is not None and (
            not b
            or _YEAR_CELL.fullmatch(b)
            or _PART_YEAR_CELL.fullmatch(b)
            or _RESULT_CELL.fullmatch(b)
            or _EDITION_CELL.fullmatch(b)
        ):
            out.append(year)
        elif _RESULT_CELL.fullmatch(b) or (own is not None and _RANK_CELL.fullmatch(b)):
            # (beside the province's own column, "Xếp hạng (của tỉnh)": its rank, rule own-rank-column)
            out.append(default_year)
        else:
            out.append(None)
    return out if any(out) else []


def _label_role(label: str, token: str, section_role: str | None = None) -> str:
    """How a row's cell reads, from its label ("PAR Index (xếp hạng)", "Tỷ lệ ... (%)"), its form ("12/63",
    "84,1%"), else the section row above it ("Xếp hạng theo trụ cột:")."""
    if _RANK_LABEL.search(label) or re.search(r"/\s*(?:63|34)\s*$", token):
        return "rank"
    if _SCORE_LABEL.search(label):
        return "score"
    if _PERCENT_LABEL.search(label) or token.strip().endswith("%"):
        return "percent"
    return section_role or "count"


_CELL_TAIL = re.compile(r"\s*%?\s*(?:\((?:uoc|uoc tinh|du kien)\))?$")


_COUNT_OF_TOTAL = re.compile(r"(\d[\d.]*)\s*/\s*(\d[\d.]*)")


def _cell_value(token: str, topic, role: str, start: int, drops):
    """The code, value and out-of of one cell read as ``role`` of ``topic`` (None: no number, no code, out of range).
    A count's cell under an index without counts is its rank or score ("Chính quyền số | 38 | 29": ranks;
    "Chính quyền số | 0,5461": a score)."""
    token = _CELL_TAIL.sub("", token.strip())  # "84,1%", "21,5% (ước)"
    sign = 1.0
    if role == "change" and token[:1] in "+-\u2212" and token[1:2].isdigit():
        sign, token = (-1.0 if token[0] != "+" else 1.0), token[1:]  # "+0,1058", "-0,0120"
    of_total = _COUNT_OF_TOTAL.fullmatch(token) if role == "count" and "count" in topic.codes else None
    if of_total is not None and not _NUMBER.fullmatch(token):
        # rule count-of-total: a count's cell out of its total ("112/115" points of service connected): the count
        part, whole = (_value(g) for g in of_total.groups())
        parsed = (part[0], int(whole[0])) if part is not None and whole is not None and part[0] <= whole[0] else None
    elif not _NUMBER.fullmatch(token):
        return None  # "Chưa công bố", "-", "khoảng 70%"
    else:
        parsed = _value(token)
    if parsed is not None and sign < 0:
        parsed = (-parsed[0], parsed[1])
    if role == "count" and "count" not in topic.codes and parsed is not None:
        # (a measure that is only ever a share, "Hồ sơ xử lý trực tuyến | 84,7": its percent)
        only_share = "percent" in topic.codes and not ("rank" in topic.codes or "score" in topic.codes)
        role = "percent" if only_share else "rank" if parsed[0].is_integer() else "score"
    code = topic.codes.get(role)
    if parsed is None or code is None:
        return None
    value, out_of = parsed
    if role == "rank" and not value.is_integer():
        return None
    lo = float(code.valid_min) if code.valid_min is not None else float("-inf")
    hi = float(code.valid_max) if code.valid_max is not None else float("inf")
    if not lo <= value <= hi:
        drops.append(Drop("out-of-range", value, code.code, start))
        return None
    return code, value, out_of


def table_facts(
    values: list[TableValue], *, doc, text, folded, published, source_url, gaz, seen, drops, basis_34=False
) -> list:
    """Facts of the table values (era slug from 2025 and for "/34", and for a DTI 2024 rank of an
    article on the 34-province basis, rule basis-34; the sentence rules' key set ``seen`` keeps one
    fact per (province, code, year, value))."""
    out = []
    for tv in values:
        if tv.period is None:
            drops.append(Drop("no-year", tv.value, tv.code, tv.start))
            continue
        if isinstance(published, dt.date) and tv.period > published.year:
            # rule future-year, for tables: a row or column of a year still to come ("| 2025*** | 80 | 70 |" in December
            # 2024, a footnote calling it the plan) holds targets, not results
            drops.append(Drop("future-year", tv.value, tv.code, tv.start))
            continue
        when = published if isinstance(published, dt.date) else MERGER_DATE
        out_of = tv.out_of
        on_34 = basis_34 and tv.period == 2024 and tv.code.startswith("dti_") and when >= MERGER_DATE
        if out_of is None and on_34 and tv.code.endswith("_rank"):
            out_of = 34
        # (a DTI 2024 score beside its rank on the 34 basis is the merged province's too: "4. Huế: 0,6189 điểm")
        province = gaz.era_slug(tv.province, tv.period, when, 34 if tv.period >= 2025 or on_34 else out_of)
        key = (province, tv.code, tv.period, round(tv.value, 6))
        if key in seen:
            continue
        seen.add(key)
        c0, c1 = folded.to_original(tv.start), folded.to_original(tv.end)
        out.append(
            Fact(
                doc=doc,
                province=province,
                indicator=tv.code,
                period=int(tv.period),
                value=float(tv.value),
                unit=tv.unit,
                out_of=out_of,
                qualifier=None,
                evidence=text[c0:c1],
                char_start=c0,
                char_end=c1,
                extractor_version=EXTRACTOR_VERSION,
                source_url=source_url,
                published=published.isoformat() if published else None,
            )
        )
    return out


def read_legend_rows(
    cased: str,
    lower: str,
    catalog: Catalog,
    gaz: Gazetteer,
    default_year: int | None,
    drops: list,
    article: str | None = None,
    original: str | None = None,
) -> tuple[list[TableValue], list[tuple[int, int]]]:
    """Rule legend-rows: a table written as prose, its columns named once by a legend of dash-joined header words
    ("Bảng xếp hạng DTI 2022 của 5 tỉnh Tây Nguyên (thứ hạng - tỉnh - điểm số): 20 - Lâm Đồng - 0,5736; 34 - Đắk
    Lắk - 0,5412; ...", "ghi theo thứ tự trụ cột - điểm - hạng: chính quyền số - 0,6822 - 8; ...") and its rows
    after a colon, a row per ";" or per line, their cells joined as the legend's. The legend's columns are read as a
    header's (a place column, else an index column of the article's province); the index and year come from the
    words before the legend in its paragraph, else the line before. Returns the values and the spans of the rows
    (the sentence rules skip the sentences that overlap them)."""
    values: list[TableValue] = []
    spans: list[tuple[int, int]] = []
    for m in _legends(lower):
        cols, lo = _legend_columns(m.group(1), m.start(1), catalog)
        if cols is None:
            continue
        colon = lower.find(":", m.end(1), m.end(1) + 40)
        if colon < 0 or "\n" in lower[m.end(1) : colon]:
            continue
        para = lower.rfind("\n", 0, lo) + 1
        before = lower[para:lo]
        if _LOWER_SCOPE.search(before):
            continue  # "Kết quả khối huyện, thành phố (thứ hạng - đơn vị - điểm số): ...": a ranking of the parts
        # rule place-before-cells: a legend of values only ("(giá trị DTI – hạng DTI – hạng CQS – hạng KTS – hạng XHS):
        # TP Hồ Chí Minh 0,6603 – 2 – 4 – 1 – 6; ...") heads rows that each open on their place, a space before the
        # first value; the rows are split on the legend's own dash ("Bà Rịa - Vũng Tàu" under a legend of "–")
        place_first = not any(c.role in ("place", "topic") for c in cols)
        if place_first:
            cols = [Column("place", None, None), *cols]
        roles = [c.role for c in cols]
        topic = next((c.topic for c in cols if c.topic is not None), None)
        share = any(_SHARE_CELL.fullmatch(c) for c in re.split(r"\s[-\u2013]\s", m.group(1)[lo - m.start(1) :]))
        topic = topic or _lead_topic(catalog, before, share)
        years = _OWN_YEAR.findall(before + " " + m.group(1))
        # (a lead that names no index or no year: the line before names it, "... DTI 2021 ..." over "Các địa phương
        # xếp quanh Ninh Thuận (hạng - tỉnh - điểm):")
        earlier = lower[lower.rfind("\n", 0, max(0, para - 1)) + 1 : para]
        if topic is None and "place" in roles:
            topic = _lead_topic(catalog, earlier, share)
        years = years or _OWN_YEAR.findall(earlier)
        year = int(years[-1]) if years else default_year
        if place_first:
            legend = m.group(1) if original is None else original[m.start(1) : m.end(1)]
            dashes = "".join(d for d in ("-", "\u2013") if f" {d} " in legend)
            rows = _legend_row_spans(lower, colon + 1, len(cols), dashes, place_first=True, source=original)
        else:
            rows = _legend_row_spans(lower, colon + 1, len(cols))
        if len(rows) < 2:
            continue
        for start, end, parts in rows:
            if "place" in roles:
                place_text, at = parts[roles.index("place")]
                found = [x for x in gaz.mentions(cased, lower, at, at + len(place_text)) if x.slug != SELF]
                if not found or _NOT_PROVINCE.search(place_text):
                    drops.append(Drop("table-row-not-province", 0.0, None, start))
                    continue
                slug, row_topic = found[0].slug, topic
            else:
                label, _ = parts[roles.index("topic")]
                hits = [h.topic for h in find_topics(catalog, label) if "rank" in h.topic.codes]
                if not hits or article is None:
                    continue
                slug, row_topic = article, hits[0]
            if row_topic is None:
                continue
            for col, (token, _) in zip(cols, parts, strict=True):
                if col.role not in ("rank", "score"):
                    continue
                role = "percent" if col.role == "score" and "score" not in row_topic.codes else col.role
                got = _cell_value(token, col.topic or row_topic, role, start, drops)
                if got is not None:
                    code, value, out_of = got
                    values.append(TableValue(slug, code.code, code.unit, col.year or year, value, out_of, start, end))
        spans.append((rows[0][0], rows[-1][1]))
    return values, spans


# a legend: three to six runs of words without digits joined by dashes (its first and last runs are trimmed to the
# header words they end and start with: "trình bày theo thứ tự thứ hạng cả nước - tỉnh - điểm số, như sau")
_LEGEND = re.compile(
    r"(?<![\w])([a-z][a-z ,/]{0,60}?(?:\s[-\u2013]\s[a-z][a-z ,/]{0,60}?){2,5})(?=\s*(?:\)|:|,|\n|$))"
)
_LEGEND_WORDS = 4  # a legend cell has at most this many words
_DASHES = re.compile(r" [-\u2013] ")


def _legends(lower: str):
    """The legends of the text: searched only around two dashes close together with no digit between them ("thứ hạng
    - tỉnh - điểm"; most texts' dashes are a date's or a name's, "15/04/2024 - 08:30", "Bà Rịa - Vũng Tàu"): a scan of
    the whole text for a legend cost 3 % of the extraction's time on the bench's pages."""
    if " - " not in lower and " \u2013 " not in lower:
        return
    dashes = [d.start() for d in _DASHES.finditer(lower)]
    done = -1
    for a, b in pairwise(dashes):
        if b - a > 64 or b <= done or any(ch.isdigit() or ch in ";:\n" for ch in lower[a + 3 : b]):
            continue
        m = _LEGEND.search(lower, max(done + 1, lower.rfind("\n", 0, a) + 1, a - 64), min(len(lower), b + 70))
        if m is not None and m.start(1) <= a:
            done = m.end()
            yield m


def _legend_columns(text: str, at: int, catalog: Catalog) -> tuple[list[Column] | None, int]:
    """The legend's columns and where it starts, its first cell trimmed to the last words that name a column and its
    last cell to the longest run of its first words that names one; None unless every cell names a column and they
    make a header (one place column, an index column first, or values only)."""
    parts = re.split(r"\s[-\u2013]\s", text)
    first, last = parts[0].split(), parts[-1].split()
    # (the fewest words that name a column: "... theo thứ tự tên chỉ số" is "chỉ số", not "tự tên chỉ số")
    heads = (" ".join(first[-k:]) for k in range(1, min(_LEGEND_WORDS, len(first)) + 1))
    # (the most words that name a column: "hạng XHS" is the pillar's rank, not "hạng", the index's)
    tails = (" ".join(last[:k]).rstrip(",") for k in range(min(_LEGEND_WORDS, len(last)), 0, -1))
    head = next((h for h in heads if _legend_column(h, catalog)), None)
    tail = next((t for t in tails if _legend_column(t, catalog)), None)
    middle = [p.strip() for p in parts[1:-1]]
    if head is None or tail is None or any(len(p.split()) > _LEGEND_WORDS for p in middle):
        return None, at
    cols = [_legend_column(c, catalog) for c in (head, *middle, tail)]
    roles = [c.role for c in cols if c]
    if None in cols or not any(r in ("rank", "score") for r in roles):
        return None, at
    one_place = roles.count("place") == 1
    index_first = roles[0] == "topic" and roles.count("topic") == 1 and "place" not in roles
    # (or neither, values only: the rows may open on their place, rule place-before-cells)
    values_only = "place" not in roles and "topic" not in roles
    if not (one_place or index_first or values_only):
        return None, at
    return cols, at + text.find(head)  # type: ignore[return-value]


def _legend_column(cell: str, catalog: Catalog) -> Column | None:
    """A legend's cell as a header's, and a share's ("tỷ trọng", "tỷ lệ": the value of the index the lead names)."""
    col = _column(cell, catalog)
    if col is not None and col.role == "count":
        return Column("score", col.topic, col.year)  # (a legend's index alone is read as its score, as before)
    return col or (Column("score", None, None) if _SHARE_CELL.fullmatch(cell) else None)


_OWN_YEAR = re.compile(r"(?<!so voi nam )(?<!so voi )\b(20[12]\d)\b")  # (not "giảm 6 bậc so với năm 2020")
_LOWER_SCOPE = re.compile(
    r"\b(?:khoi huyen|cap huyen|cac huyen|cap xa|cac xa|xa, phuong|phuong, xa|khoi so|cac so|so, nganh|bo, nganh"
    r"|cac bo)\b"
)
_SHARE_CELL = re.compile(r"(?:ty trong|ty le)(?: \(%\))?")


def _lead_topic(catalog: Catalog, before: str, share: bool = False):
    """The index the words before a legend rank by: the last phrasing there that is not inside an earlier one (a
    share's, for a legend with a share column: "tỷ trọng kinh tế số trong GRDP", not "kinh tế số" inside it)."""
    hits = [h for h in find_topics(catalog, before) if "rank" in h.topic.codes]
    hits = [h for h in hits if not share or "percent" in h.topic.codes]
    outer = [h for i, h in enumerate(hits) if not any(o.start <= h.start < o.end for o in hits[:i])]
    return outer[-1].topic if outer else None


def _legend_row_spans(
    lower: str, start: int, n_cells: int, dashes: str = "-\u2013", place_first: bool = False, source: str | None = None
) -> list[tuple[int, int, list[tuple[str, int]]]]:
    """The rows after a legend's colon: segments a ";" or a line apart, each of ``n_cells`` cells one of ``dashes``
    apart (as written in ``source``, the text before folding at the same offsets, when given), up to the first segment
    that is not one (the last row ends at its sentence's full stop); ``place_first``: the first cell is the place and
    the value after it, a space apart ("tp ho chi minh 0,6603")."""
    split = re.compile(rf"\s[{dashes}]\s")
    written = lower if source is None else source
    rows = []
    pos = start
    while pos < len(lower):
        end = min(x for x in (lower.find(";", pos), lower.find("\n", pos), len(lower)) if x >= 0)
        seg = lower[pos:end]
        if not seg.strip() and end < len(lower) and lower[end] == "\n" and lower[end + 1 : end + 2] != "\n":
            pos = end + 1  # (a row per line: "Nhận thức số - 0,7500 - 35;" then a line break)
            continue
        stop = _ROW_END.search(seg)
        if stop:
            seg = seg[: stop.start()]
        lead = len(seg) - len(seg.lstrip())
        first, last = pos + lead, pos + len(seg.rstrip())
        cells, off = [], first
        for sep in split.finditer(written, first, last):
            cells.append((lower[off : sep.start()].strip(), off))
            off = sep.end()
        cells.append((lower[off:last].strip(), off))
        if place_first and cells and (lead_cell := _PLACE_THEN_VALUE.fullmatch(cells[0][0])):
            at = cells[0][1]
            cells[0:1] = [(lead_cell.group(1), at), (lead_cell.group(2), at + lead_cell.start(2))]
        if len(cells) != n_cells or not any(_NUMBER.fullmatch(c) for c, _ in cells):
            break
        rows.append((first, last, cells))
        if stop:
            break
        pos = end + 1
    return rows


_PLACE_THEN_VALUE = re.compile(r"(\D*[a-z)])\s+(\d[\d.,]*%?)")  # "tp ho chi minh 0,6603" (rule place-before-cells)
_ROW_END = re.compile(r"(?<!\btp)(?<!\btt)\.(?:\s|$)")  # a row's full stop (not "TP. Hồ Chí Minh")
