"""Diacritic folding with offsets that map back to the original text.

Matching runs on folded text ("Tỷ lệ" -> "Ty le" / "ty le"): every precomposed Vietnamese letter
folds to one ASCII letter, so for text in NFC (what every page we see uses) folded offsets *are*
original offsets. Combining marks (NFD input) are dropped; then an index map keeps offsets exact.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache


@lru_cache(maxsize=1)
def _table() -> dict[int, int | None]:
    table: dict[int, int | None] = {}
    for cp in range(0x00C0, 0x1EFA):
        ch = chr(cp)
        base = "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c))
        if len(base) == 1 and base.isascii() and base.isalpha() and base != ch:
            table[cp] = ord(base)
    table[ord("đ")] = ord("d")
    table[ord("Đ")] = ord("D")
    for cp in range(0x0300, 0x0370):  # combining diacritics (NFD input)
        table[cp] = None
    # typographic variants that should match like their ASCII forms
    for ch in "\u2013\u2014\u2012\u2212":
        table[ord(ch)] = ord("-")
    table[0x00A0] = ord(" ")
    table[0x202F] = ord(" ")
    table[0x2009] = ord(" ")
    table[ord("\t")] = ord(" ")
    # invisible characters HTML leaves inside words ("xã hội\u200b số"): dropped, like NFD marks
    for cp in (0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD):
        table[cp] = None
    # every other character up to U+20FF maps to itself (the same as being absent): ``str.translate``
    # raises and clears a KeyError for each character its table lacks, ASCII letters included, so
    # the complete table folds an article twice as fast
    for cp in range(0x2100):
        table.setdefault(cp, cp)
    return table


def fold_case_preserving(text: str) -> str:
    """Strip Vietnamese diacritics, keep case (lengths may differ only for NFD input)."""
    return text.translate(_table())


def fold(text: str) -> str:
    """Strip diacritics and lower-case: the form phrasings and names are matched in."""
    return _lower(fold_case_preserving(text))


_NOT_WORD = re.compile(r"[^a-z0-9]+")
# syllables outlets spell with i or y ("tỉ lệ"/"tỷ lệ", "kĩ năng"/"kỹ năng", "quản lí"/"quản lý",
# "qui định"/"quy định"): matched in the y spelling, which every phrasing and cue is written in
# (the patterns start with the literal "i" so the scan is fast; the look-behind checks the syllable)
_I_SPELLING = re.compile(r"i(?<=(?<![a-z0-9])[klt]i)(?![a-z0-9])")
_QUI = re.compile(r"i(?<=(?<![a-z0-9])qui)(?![a-z0-9])")


def y_spelling(folded_lower: str) -> str:
    """Folded lower-case text with the i/y syllables above in their y spelling (same length)."""
    out = _I_SPELLING.sub("y", folded_lower)
    return _QUI.sub("y", out) if "qui" in out else out  # (a text without "qui" has no "qui" to respell)


def fold_words(text: str) -> str:
    """`fold`, then every run of non-alphanumerics -> one space: the form keywords, table headers
    and names are compared in ("Thừa Thiên - Huế" -> "thua thien hue")."""
    return _NOT_WORD.sub(" ", fold(text)).strip()


def _lower(text: str) -> str:
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower()[:1] or c for c in text)


_SPACE_RUN = re.compile(r" {2,}")
_WIDE_GAP = re.compile(r"(?<=\S) {3,}(?=\S)")


def _cells_row(cased: str, at: int) -> bool:
    """The line at ``at`` is a row of cells, two bars or more."""
    end = cased.find("\n", at)
    return cased.count("|", at, end if end >= 0 else len(cased)) >= 2


def _join_wrapped(cased: str) -> str:
    """A line break after a line without closing punctuation, before a lower-case word, becomes a
    space (same length): a <br> inside a sentence, not a new paragraph. Not before an item lettered "a)", "b)": a
    list's item under its heading ("1. Về chính quyền số" over "a) Tỷ lệ hồ sơ ..."), nor before a row of cells (a
    header's second row: "Chỉ số | Giá trị | Xếp hạng" over "thành phần | năm 2020 | năm 2020")."""
    chars = None
    pos = cased.find("\n")
    while pos != -1:
        nxt = cased[pos + 1 : pos + 2]
        if "a" <= nxt <= "z" and cased[pos + 2 : pos + 3] != ")" and not _cells_row(cased, pos + 1):
            k = pos - 1
            if k >= 0 and cased[k] == " ":
                k -= 1
            if k >= 0 and not cased[k].isspace() and cased[k] not in ".!?:;\u2026":
                chars = chars if chars is not None else list(cased)
                chars[pos] = " "
        pos = cased.find("\n", pos + 1)
    return "".join(chars) if chars is not None else cased


# rule card-lines: a fact box or an infographic card flattened one item per line. A figure alone on its line (a value,
# its unit in a word or two: "18,7%", "1.214 doanh nghiệp", "17/34", "Hạng 15") under its label ("Tỷ trọng kinh tế số
# trong GRDP") is that label's value: the line break becomes a colon ("Tỷ trọng kinh tế số trong GRDP:18,7%"), and a
# rank written with its word on the line after the value goes on with it ("Nhận thức số" / "0,9500" / "Hạng 3"). A card
# that gives the figure first and its caption under it ("0,5891" / "Giá trị Chỉ số DTI năm 2022", after a lead-in
# rather than a label) is read as the figure and its caption after a colon. Same length, offsets unchanged.
# (its unit in lower case: "1.214 doanh nghiệp"; "3 TRỤ CỘT" is a heading)
# (a note's mark after it too: "100(2)", "1.190(*)", the way a table's cell copied from a report carries one)
_FIGURE = (
    r"(?:(?:[Hh]ang|[Tt]hu|[Hh]on|[Gg]an|[Kk]hoang|[Tt]ren|[Dd]at)[ \t]+)?\d[\d.,]*(?:[ \t]*/[ \t]*\d+)?[ \t]*%?"
    r"(?:\((?:\d|\*+)\)|\*+)?(?:[ \t]+[a-z]+){0,2}"
)
_CARD_FIGURE = re.compile(_FIGURE)
_CARD_FIGURE_LINE = re.compile(rf"^[ \t]*{_FIGURE}[ \t]*$", re.M)  # (the same, alone on a line of the text)
_CARD_YEAR = re.compile(r"(?:19|20)\d\d")
_CARD_RANK = re.compile(r"(?:[Hh]ang|[Tt]hu)\s+\d")


def _card_label(line: str) -> bool:
    """A card's label: short, no sentence's stop nor a lead-in's colon, no cell of a table, not a figure itself (but a
    year alone labels the figure under it: "2020" / "40/63")."""
    text = line.strip()
    if not text or len(text) > 100 or text[-1] in ".;!?" or ":" in text or "|" in text or "\t" in text:
        return False
    return bool(_CARD_YEAR.fullmatch(text)) or (
        any(c.isalpha() for c in text) and not _CARD_FIGURE.fullmatch(text)
    )


def _opens_card(lines: list[str], at: int, taken: set[int]) -> bool:
    """The label at ``at`` opens a card: what stands above it is no other label (a table's header written one cell per
    line, "Tỉnh" / "Điểm" / "Xếp hạng" / "1"), but a card before it, a sentence, a lead-in, a heading in capitals or
    nothing."""
    if at == 0 or at - 1 in taken:
        return True
    above = lines[at - 1].strip()
    return not above or not _card_label(above) or _in_capitals(above)


def _label_value_rows(cased: str) -> str:
    """Rule label-value-rows: lines of two cells, a label and its figure ("Nhận thức số | Hạng 1", "Hoạt động chính
    quyền số | 0,7930"), with no header over them (the line before has no bar), are a fact box's items: the bar becomes
    a colon ("Nhận thức số:  Hạng 1", same length), read as a card's label and figure are. A table with a header keeps
    its bars for the table readers."""
    lines = cased.split("\n")
    out, changed, k = [], False, 0
    while k < len(lines):
        j = k
        while j < len(lines) and _label_value_row(lines[j]):
            j += 1
        above = lines[k - 1] if k else ""
        if j - k >= 2 and "|" not in above and not _NATION_LEAD.search(above.lower()):
            out.extend(ln.replace(" | ", ":  ", 1) for ln in lines[k:j])
            changed, k = True, j
            continue
        out.extend(lines[k : max(j, k + 1)])
        k = max(j, k + 1)
    return "\n".join(out) if changed else cased


# (nor under a lead-in of the nation's figures: "Số liệu tham chiếu (bình quân cả nước năm 2024):", rows the readers
# leave alone)
_NATION_LEAD = re.compile(r"\b(?:ca nuoc|toan quoc|binh quan|trung binh)\b")


def _label_value_row(line: str) -> bool:
    """A line "label | figure": two cells, no outer bars, the second a figure alone."""
    if line.count("|") != 1 or " | " not in line:
        return False
    label, figure = line.split(" | ")
    return _card_label(label) and _CARD_FIGURE.fullmatch(figure.strip()) is not None


def _in_capitals(line: str) -> bool:
    """A heading in capitals: four letters or more, all upper case."""
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 4 and all(c.isupper() for c in letters)


def _after_card(lines: list[str], at: int, taken: set[int]) -> bool:
    """Line ``at`` is a card's, or a note in brackets under one ("18,9%" / "Tỷ trọng kinh tế số trong GRDP" / "(cả
    nước: khoảng 12,3%)")."""
    if at in taken:
        return True
    text = lines[at].strip()
    return text.startswith("(") and text.endswith(")") and at - 1 in taken


def _join_cards(cased: str) -> str:
    """Rule card-lines (above): the line breaks of a card's label and figure made a colon, or a space."""
    if _CARD_FIGURE_LINE.search(cased) is None:
        return cased  # (most texts hold no figure alone on a line: one scan decides)
    lines = cased.split("\n")
    starts, pos = [], 0
    for ln in lines:
        starts.append(pos)
        pos += len(ln) + 1
    figure = [
        bool(_CARD_FIGURE.fullmatch(ln.strip())) and not _CARD_YEAR.fullmatch(ln.strip()) for ln in lines
    ]
    chars: list[str] | None = None
    taken: set[int] = set()
    for i, is_figure in enumerate(figure):
        if not is_figure or i in taken:
            continue
        rank_after = i + 1 < len(lines) and figure[i + 1] and _CARD_RANK.match(lines[i + 1].strip()) is not None
        if i + 1 < len(lines) and figure[i + 1] and not rank_after:
            continue  # (figures under figures: a table's row one cell per line, "Giá trị DTI" / "0,4785" / "0,5412")
        # (a heading in capitals over a figure with a caption under it heads the cards, it labels none: "BA TRỤ CỘT" /
        # "0,7015" / "Chính quyền số – hạng 6")
        caption_after = (
            i + 1 < len(lines) and not figure[i + 1] and _card_label(lines[i + 1]) and not _in_capitals(lines[i + 1])
        )
        heading_above = i > 0 and _in_capitals(lines[i - 1]) and caption_after
        if (
            i > 0
            and i - 1 not in taken
            and not heading_above
            and _card_label(lines[i - 1])
            and _opens_card(lines, i - 1, taken)
        ):
            chars = chars if chars is not None else list(cased)
            chars[starts[i] - 1] = ":"  # (the label's line break)
            taken.update((i - 1, i))
            if rank_after:
                chars[starts[i + 1] - 1] = " "  # (its rank with its word on the next line)
                taken.add(i + 1)
        elif i + 1 < len(lines) and i + 1 not in taken and _card_label(lines[i + 1]) and not figure[i + 1]:
            above = lines[i - 1].strip() if i else ""
            sentence = above.endswith(".") and not above.endswith("..") and above.count(" ") >= 2
            if i == 0 or not (above.endswith(":") or sentence or heading_above or _after_card(lines, i - 1, taken)):
                # (the figure first only after a lead-in, a sentence (not a row left out, "..."), a heading in capitals
                # ("BA TRỤ CỘT"), or another card and the note under it: else a cell of something else)
                continue
            chars = chars if chars is not None else list(cased)
            chars[starts[i + 1] - 1] = ":"  # (the figure, then its caption: "0,5891:Giá trị Chỉ số DTI năm 2022")
            taken.update((i, i + 1))
    return "".join(chars) if chars is not None else cased


# dot leaders of an infographic's or a table of contents' line ("Hạ tầng số .......... 0,5512 (hạng 21)"): a
# label and its value, read as "Hạ tầng số:           0,5512" (same length), not as four sentence stops
_LEADER = re.compile(r"(?<=\S)[ \t]*\.{4,}[ \t]*(?=[^\s.])")


@dataclass
class Folded:
    """An article text with its folded forms and the map from folded to original offsets."""

    original: str
    cased: str  # diacritics removed, case kept (province names are matched here)
    lower: str  # diacritics removed, lower case (phrasings are matched here)
    _index: list[int] | None  # folded position -> original position (None: identity)

    @classmethod
    def of(cls, text: str) -> Folded:
        """Folded forms of ``text``; runs of spaces count as one and a line broken inside a
        sentence (a <br> in the page: the next line starts in lower case) is joined, because
        phrasings and sentence splitting must not depend on how the HTML was laid out."""
        cased = fold_case_preserving(text)
        index = None
        if len(cased) == len(text) and "  " in cased:
            # NFC text with runs of spaces: drop all but the first space of each run (C-speed ranges)
            index, pieces, prev = [], [], 0
            for m in _SPACE_RUN.finditer(cased):
                index.extend(range(prev, m.start() + 1))
                pieces.append(cased[prev : m.start() + 1])
                prev = m.end()
            index.extend(range(prev, len(cased)))
            index.append(len(text))
            pieces.append(cased[prev:])
            cased = "".join(pieces)
        elif len(cased) != len(text):
            index, kept = [], []
            table = _table()
            for i, ch in enumerate(text):
                mapped = table.get(ord(ch), ord(ch))
                if mapped is None or (mapped == 32 and kept and kept[-1] == " "):
                    continue
                kept.append(chr(mapped))
                index.append(i)
            index.append(len(text))
            cased = "".join(kept)
        cased = _join_cards(_join_wrapped(cased))
        if " | " in cased:
            cased = _label_value_rows(cased)
        if "...." in cased:
            cased = _LEADER.sub(lambda m: ":" + " " * (len(m.group()) - 1), cased)
        return cls(original=text, cased=cased, lower=y_spelling(_lower(cased)), _index=index)

    @property
    def aligned(self) -> str:
        """The original spelling (NFC, with diacritics) at folded offsets: for checks that need the
        accents ("Bộ" a ministry vs "bổ") whatever the page's normalisation or spacing."""
        if self._index is None:
            return self.original
        idx, text = self._index, self.original
        return "".join(unicodedata.normalize("NFC", text[idx[k] : idx[k + 1]])[:1] for k in range(len(idx) - 1))

    def wide_gaps(self) -> list[int]:
        """Folded offsets of the spaces that stand for three or more between words of the original (folding keeps one):
        where a table copied as text keeps its columns apart ("2020      0,4725      4")."""
        if self._index is None or "   " not in self.original:
            return []
        idx, out = self._index, []
        for m in _WIDE_GAP.finditer(self.original):
            k = bisect_left(idx, m.start())
            if k < len(idx) - 1 and idx[k] == m.start():
                out.append(k)
        return out

    def to_original(self, pos: int) -> int:
        """Original offset of a folded offset (end offsets map to the end of the last char)."""
        if self._index is None:
            return pos
        return self._index[min(pos, len(self._index) - 1)]


# Vietnamese count words, folded ("hai năm tiếp theo", "sáu thành phố", "ba tỉnh"): one home for every rule that
# counts in words
COUNT_WORDS = {"mot": 1, "hai": 2, "ba": 3, "bon": 4, "nam": 5, "sau": 6, "bay": 7, "tam": 8, "chin": 9, "muoi": 10}


def count_of(word: str) -> int | None:
    """The number a count is written as, in digits or in a word ("3", "ba"); None for neither."""
    return int(word) if word.isdigit() else COUNT_WORDS.get(word)
