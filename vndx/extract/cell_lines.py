"""Tables written one cell per line, put back together as rows (rule cells-per-line).

A table copied out of a PDF or a spreadsheet often arrives one cell per line: the header's cells ("STT", "Chỉ tiêu",
"Năm 2022", "Năm 2023"), then each row's cells ("1", "Tỷ lệ hồ sơ ... (%)", "28,7", "47,9"). The table readers
(``tables.py``) read a row per line, so here such a run of lines is joined back into a header line and a line per row,
with the cells a tab apart (``tables._TAB``, the mark a tab in the original leaves).

Each joined row keeps the length of the lines it is made of (a line break becomes the cell mark, or a space inside a
label broken over two lines; one more where an empty cell stands for a unit folding joined to the label), so offsets
into the text stay true; the caller maps the joined lines back to the lines they were made of.

How a run is read: the header starts at a first cell of its kind ("STT", "Chỉ tiêu", "Chỉ số", "Tỉnh", ...); with a
row-number column the rows start at the line "1" and go on with "2", "3", ...; without one, at the label before the
first value. Every row is a label (one line, or up to three when it is broken: "... băng rộng" over "cố định (%)")
and as many value cells as the header has columns after the label: numbers, dashes for no figure ("-", "-(1)"), and a
unit where the header has a unit column ("ĐVT": "%", "DN"). Two header rows, the years over what each year's columns
hold ("Năm 2022", "Năm 2023" over "Giá trị", "Xếp hạng", "Giá trị", "Xếp hạng"), become one row of cells that say both
("giá trị năm 2022", ...). A run that does not hold two such rows is left as it is.
"""

from __future__ import annotations

import re
from typing import NamedTuple

_CELL = "\x7f"  # (tables._TAB: the mark a cell boundary leaves in the lines the table readers read)
# a value cell: a number (with its sign, percent, out-of or footnote mark), or a dash or mark for no figure
_VALUE = re.compile(
    r"(?:[<>~+\u2212-]\s*)?\d[\d.,]*\s*%?(?:\s*/\s*\d[\d.]*)?(?:\s*\((?:\d|\*+)\)|\*+)?"
    r"|(?:-+|–|—|x|…|\.\.\.|k/d|n/a)(?:\s*\((?:\d|\*+)\)|\*+)?|\((?:\d|\*+)\)"
)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_SHORT = 120  # (a line longer than this is prose, no cell; a label with its next line joined may be this long)


class HeaderWords(NamedTuple):
    """What the table readers call a header's cells (``tables.py`` is their one home): a first cell (a row number's, a
    label column's, a place column's), a row number's, a unit column's."""

    first: re.Pattern[str]
    row_number: re.Pattern[str]
    unit: re.Pattern[str]


def regroup(lines: list[str], words: HeaderWords) -> tuple[list[str], list[list[int]]] | None:
    """The lines with every table written one cell per line joined back into rows, and for each line out the lines
    in it was made of; None when no table was joined (the caller keeps its lines)."""
    out: list[str] = []
    origin: list[list[int]] = []
    i, joined = 0, False
    while i < len(lines):
        got = _table_from(lines, i, words) if words.first.fullmatch(lines[i].strip()) else None
        if got is None:
            out.append(lines[i])
            origin.append([i])
            i += 1
            continue
        for text, parts in got:
            out.append(text)
            origin.append(parts)
        i = got[-1][1][-1] + 1
        joined = True
    return (out, origin) if joined else None


def _is_value(line: str) -> bool:
    return _VALUE.fullmatch(line.strip()) is not None


def _is_cell(line: str) -> bool:
    text = line.strip()
    return bool(text) and len(text) <= _SHORT and not text.endswith((".", ":", ";"))


def _table_from(lines: list[str], h: int, words: HeaderWords) -> list[tuple[str, list[int]]] | None:
    """The header at line ``h`` and its rows, joined: (text, the lines it is made of) per line out."""
    numbered = words.row_number.fullmatch(lines[h].strip()) is not None
    # the header's cells: up to the first row ("1" under a row-number column, else the label before the first value)
    end = h + 1
    while end < len(lines) and _is_cell(lines[end]) and not _is_value(lines[end]) and end - h <= 12:
        end += 1
    if end >= len(lines) or not _is_value(lines[end]):
        return None
    first_value = end
    if numbered:
        if lines[first_value].strip() not in ("1", "1."):
            return None
        header = list(range(h, first_value))
    else:
        unit = any(words.unit.fullmatch(lines[k].strip()) for k in range(h, first_value))
        first_row = first_value - (2 if unit else 1)
        header = list(range(h, first_row))
    if len(header) < 3:
        return None  # (a header of three cells at least: a label and two columns)
    cells = [lines[k].strip() for k in header]
    unit_at = next((n for n, c in enumerate(cells) if words.unit.fullmatch(c)), None)
    width, names = _columns(cells)
    rows = _rows(lines, header[-1] + 1, width, numbered, unit_at)
    if len(rows) < 2:
        return None
    out = [(names, header)] if names is not None else [(_CELL.join(lines[k] for k in header), header)]
    for parts, label, missing_unit in rows:
        out.append((_joined(lines, parts, label, numbered, missing_unit, unit_at), parts))
    return out


def _columns(cells: list[str]) -> tuple[int, str | None]:
    """How many cells a row has, and the header's one line when it was written as two rows (None: the header's cells
    as they are; the one line says each year with its columns' names, so it is longer than the lines it stands for:
    the readers take a header's offsets only to name the table's place)."""
    width = len(cells)
    years = [n for n, c in enumerate(cells) if _YEAR.search(c)]
    if len(years) >= 2 and years == list(range(years[0], years[-1] + 1)) and years[-1] < len(cells) - 1:
        # the years over what each year's columns hold: "Năm 2022 | Năm 2023" over "Giá trị | Xếp hạng" twice
        under = cells[years[-1] + 1 :]
        if len(under) % len(years) == 0 and len(under) > len(years):
            k = len(under) // len(years)
            if all(under[n] == under[n % k] for n in range(len(under))):
                lead = cells[: years[0]]
                names = lead + [f"{under[n % k]} {cells[years[n // k]]}" for n in range(len(under))]
                return len(lead) + len(under), _CELL.join(names)
    return width, None


def _rows(lines, at, width, numbered, unit_at) -> list[tuple[list[int], int, bool]]:
    """The rows from line ``at``: (the lines of the row, how many of them are the label's, whether the row's unit cell
    is missing: folding joins a line that opens in lower case to the line before, "sản phẩm" to its label)."""
    values = width - (2 if numbered else 1)  # (cells after the label, the unit's among them)
    rows: list[tuple[list[int], int, bool]] = []
    j = at
    while j < len(lines):
        parts: list[int] = []
        k = j
        if numbered:
            if lines[k].strip().rstrip(".") != str(len(rows) + 1):
                break
            parts.append(k)
            k += 1
        label = 0
        while k < len(lines) and label < 3 and _is_cell(lines[k]) and not _is_value(lines[k]):
            if label and unit_at is not None and _is_unit(lines[k]):
                break
            parts.append(k)
            label += 1
            k += 1
        if not label:
            break
        taken = 0
        while taken < values and k < len(lines) and (_is_value(lines[k]) or unit_at is not None and _is_unit(lines[k])):
            if numbered and _opens_row(lines, k, len(rows) + 2):
                break  # (the next row's number: this row's unit was joined to its label)
            parts.append(k)
            taken += 1
            k += 1
        missing_unit = taken == values - 1 and unit_at is not None and values > 1
        if taken != values and not missing_unit:
            break
        rows.append((parts, label, missing_unit))
        j = k
    return rows


def _opens_row(lines, k: int, number: int) -> bool:
    """Line ``k`` is row ``number``'s number, a label after it."""
    return (
        lines[k].strip().rstrip(".") == str(number)
        and k + 1 < len(lines)
        and _is_cell(lines[k + 1])
        and not _is_value(lines[k + 1])
    )


def _is_unit(line: str) -> bool:
    """A unit cell ("%", "DN", "sản phẩm", "người"): short words, no digit, not a bracket going on with a label."""
    text = line.strip()
    return 0 < len(text) <= 12 and not any(ch.isdigit() for ch in text) and not text.startswith("(")


def _joined(lines, parts: list[int], label: int, numbered: bool, missing_unit: bool, unit_at: int | None) -> str:
    """A row's lines as one: cells a cell mark apart, a label's lines a space apart (the length stays the lines', one
    more where the unit cell is missing and an empty one stands for it)."""
    lead = 1 if numbered else 0
    cells = [lines[k] for k in parts[:lead]] + [" ".join(lines[k] for k in parts[lead : lead + label])]
    cells += [lines[k] for k in parts[lead + label :]]
    if missing_unit and unit_at is not None:
        cells.insert(unit_at, "")
    return _CELL.join(cells)
