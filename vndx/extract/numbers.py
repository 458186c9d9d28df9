"""Vietnamese number mentions: decimal comma, thousands dots, percent, x/y, points, qualifiers.

All functions take folded lower-case text (see ``text.fold``) and return spans in its offsets.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from vndx.extract.cues import load_cues
from vndx.extract.periods import RELATIVE_YEAR_AT
from vndx.extract.scan import by_first_char, finditer_at, finditer_led, skipping

# (the first digit before the look-behind that checks what precedes it: the engine skips to digits)
# (not after a colon that follows a number of one or two digits, "08:30" a time, "1:2"; after a word's or a year's
# colon, "GRDP:18,7%", "2020:40/63", a card's label made one line with its figure by rule card-lines, it is a value)
_NUM = re.compile(r"\d(?<![\w.,/]\d)(?<!(?<!\d)\d:\d)(?<!(?<!\d)\d\d:\d)\d*(?:[.,]\d+)*(?![\w]|[.,]\d)")
# one comma and three digits after a first group without a leading zero ("1,712"; not "0,712", a score)
_ENGLISH_THOUSANDS = re.compile(r"[1-9]\d{0,2},\d{3}")
# the first words of what is counted (folded): thủ tục, tổ, giao dịch, hộ / hồ sơ, sản phẩm, doanh nghiệp, người, tài
# khoản, dịch vụ, lượt, hợp tác xã, thuê bao, đơn vị
_COUNTED_NOUNS = frozenset(
    {"thu", "to", "giao", "ho", "san", "doanh", "nguoi", "tai", "dich", "luot", "hop", "thue", "don"}
)
_DENOM = re.compile(r"\s*/\s*(\d+(?:[.,]\d+)*)(?![\w/])")
_PERCENT = re.compile(r"\s*(?:%|phan tram\b|pct\b)")  # ("58.6 pct": the English abbreviation, in business pages)
_WORD = re.compile(r"[\s(]*([a-z]+(?:\s+[a-z]+)?)")
# "1,21 triệu người", "28,6 nghìn hộ": a scale word multiplies the numeral ("ngân hàng" is not "ngàn")
_SCALE = re.compile(r"\s+(trieu|nghin|ngan)\b(?!\s+(?:hang|sach|quy)\b)")
_SCALES = {"trieu": 1e6, "nghin": 1e3, "ngan": 1e3}
# hundreds said after a whole number of thousands ("1 nghìn 800"): not a share, a decimal, a year, nor the next scale's
_SPOKEN_REST = re.compile(r"\s+(\d{1,3})\b(?![.,]\d)(?!\s*(?:%|phan tram|trieu|nghin|ngan)\b)")
# ("điểm phục vụ", "điểm bưu điện", "điểm BĐ-VHX": places, not points; so are points that did something: "149 điểm đã
# có kết nối Internet", "điểm đều được kết nối")
_NOT_POINTS = {
    "phuc", "buu", "truy", "giao", "cung", "wifi", "tiep", "ket", "du", "dich", "cau", "phan", "bd", "bdvhx",
    "da", "deu", "duoc",
}  # fmt: skip

# spans that never hold indicator values: document numbers and their dates, dates, times, "Top N"
# (regexes, each a literal first letter: see ``_first_letter``)
_DOC_WORDS = (
    "nghi quyet", "quyet dinh", "chi thi", "ke hoach", "thong tu", "nghi dinh", "cong van", "de an", "van ban",
    "thong bao", "bao cao", "luat", "giay phep(?: xuat ban)?", "chuong trinh", "huong dan", "cong dien",
    "thong bao ket luan",
)  # fmt: skip


def _first_letter(words) -> str:
    """``(?:w1|w2|...)``, the words of one first letter under one branch (``scan.by_first_char``)."""
    return by_first_char([(w[0], w[1:]) for w in words])


def _bword(*words: str) -> str:
    r"""``\b(?:w1|w2|...)`` written so the engine's first-letter scan applies: each word is followed
    by a look-behind saying no word character comes before it (the same as ``\b`` before a word that
    starts with a letter). A leading ``\b`` makes ``finditer`` run the pattern at every character;
    these masks run over the whole article."""
    return _first_letter(f"{w}(?<!\\w{w})" for w in words)


# the same, before a number: ``\b\d`` == a digit not after a word character (checked after it)
_BNUM = r"\d(?<!\w\d)"
_PLACE_NUMBERED = ("xom", "thon", "khom", "khu pho", "to dan pho", "phuong")
_DAY_WORDS = ("ngay", "sang", "chieu", "toi", "trua", "dem", "hom", "tu", "den")
# (each mask with the words every match of it starts with, or () for a mask that starts with a digit:
# the mask is tried only where one of them is written, ``scan.finditer_led``, or at _DIGIT_LED; None: the
# mask is searched for everywhere)
_MASKS: list[tuple[re.Pattern[str], tuple[str, ...] | None]] = [
    # "Quyết định số 3330/QĐ-UBND ngày 29/11/2021", "Đề án 06", "Chỉ thị số 09-CT/TU"
    (
        re.compile(
            rf"{_first_letter(_DOC_WORDS)}(?:\s+(?:lien tich\s+)?so)?[\s:]*\d+[\w/\-.]*"
            r"(?:\s*(?:cua [\w\s]{0,40}?)?(?:ngay|ban hanh ngay)\s*\d{1,2}\s*[/\-.]\s*\d{1,2}\s*[/\-.]\s*\d{2,4})?"
        ),
        tuple(w.split("(")[0] for w in _DOC_WORDS),  # ("giay phep(?: xuat ban)?": "giay phep")
    ),
    # bare document codes: 52-NQ/TW, 181/GP-TTDT, 3330/QD-UBND  (\b\d+ as _BNUM \d*)
    (
        re.compile(
            _BNUM + r"\d*[/\-](?:[a-z]{1,8}[/\-]?)*[a-z]{1,8}\b(?:\s*ngay\s*\d{1,2}[/\-.]\d{1,2}[/\-.]\d{2,4})?"
        ),
        (),
    ),
    (re.compile(_bword("so") + r"\s*:?\s*\d+\s*/\s*[a-z]"), ("so",)),
    # dates and times  (\b\d{1,2} as _BNUM \d?)
    (re.compile(_BNUM + r"\d?\s*[/\-.]\s*\d{1,2}\s*[/\-.]\s*(?:19|20)\d{2}\b"), ()),
    (
        re.compile(
            # (a day and a month that can be one: "từ 49/63 lên 35/63" moves between ranks)
            _bword(*_DAY_WORDS)
            + r"\s+(?:0?[1-9]|[12]\d|3[01])\s*/\s*(?:0?[1-9]|1[0-2])\b(?!\s*/)"
        ),
        _DAY_WORDS,
    ),
    (re.compile(_bword("thang") + r"\s+\d{1,2}(?:\s*[/\-]\s*(?:19|20)\d{2})?\b"), ("thang",)),
    # a hamlet's or a ward's number is its name ("tổ trưởng tổ công nghệ số cộng đồng xóm 5", "Phường 2, TP Sóc Trăng")
    (re.compile(_bword(*_PLACE_NUMBERED) + r"\s+\d{1,3}\b(?![.,]\d|\s*%|\s*/)"), _PLACE_NUMBERED),
    # (a time's minutes are under 60 and follow its colon right away: "mức độ 4: 63,4%" is a label and a share)
    (re.compile(_BNUM + r"\d?(?::[0-5]\d|\s*h\s*[0-5]\d)\b"), ()),
    # round the clock: "trả lời người dân 24/7" (no share of 7)
    (re.compile(r"(?<![\d.,/])24\s*/\s*7(?![\d/])"), ()),
    (re.compile(_bword("top") + r"\s*\d+"), ("top",)),
    # a numbered region of an agency is its name ("Ngân hàng Nhà nước Khu vực 14", the State Bank's regional branch),
    # not a count (nor the size of a region: "khu vực 14 tỉnh", a group a rank is placed in)
    (
        re.compile(
            _bword("khu vuc") + r"\s+\d{1,2}\b(?![.,]\d|\s*(?:%|/|tinh|dia phuong|thanh|huyen|xa|phuong|quan|don vi))"
        ),
        ("khu vuc",),
    ),
    # an index named by a number ("Bộ chỉ số 766", the public-service index of Decision 766): its name
    (re.compile(_bword("bo chi so") + r"\s+\d+(?![.,]\d)"), ("bo chi so",)),
    (re.compile(_bword("lan thu", "khoa", "thu tu") + r"\s+[\dxvi]+\b"), ("lan thu", "khoa", "thu tu")),
    # a name glued to its number by a hyphen: "dịch COVID-19", "SARS-CoV-2" (a name, never a value)
    # (the hyphen first, its two letters checked behind it: a pattern opening with a literal is skipped to at C speed,
    # one opening with a look-behind was run at every character of the article)
    (re.compile(r"-(?<=[a-z][a-z]-)\d{1,3}\b(?![.,]\d|\s*%)"), None),
    # service levels: "dịch vụ công trực tuyến mức độ 3, 4", "mức độ 3 và 4", "cấp độ 2" (a level, not a count)
    (re.compile(_bword("muc do", "cap do") + r"\s+[1-4](?:\s*(?:,|va|-|/)\s*[1-4])*\b"), ("muc do", "cap do")),
]


@dataclass(slots=True)
class Number:
    """One number mention. ``start``/``end`` cover the numeral with its "/y", "%" or "điểm"."""

    start: int
    end: int
    num_end: int
    value: float
    is_int: bool
    raw: str
    percent: bool = False
    out_of: float | None = None
    points: bool = False
    next_words: str = ""  # the one or two words after the unit ("" at punctuation)


def parse_number(raw: str) -> tuple[float, bool] | None:
    """Value of a Vietnamese numeral and whether it is whole.

    "0,5320" -> 0.532; "1.954.846" -> 1954846; "58,9" -> 58.9; "1.637" -> 1637; "0.532" -> 0.532;
    "1,954,846" -> 1954846 (English thousands); "1.954,5" -> 1954.5.
    """
    raw = raw.strip()
    if not raw or not raw[0].isdigit():
        return None
    if "." not in raw and "," not in raw:  # (most numbers: no separator to count)
        try:
            return float(raw), True
        except ValueError:
            return None
    dots, commas = raw.count("."), raw.count(",")
    try:
        if dots and commas:
            if raw.rfind(",") > raw.rfind("."):  # 1.954,5
                return float(raw.replace(".", "").replace(",", ".")), False
            return float(raw.replace(",", "")), False  # 1,954.5
        if commas:
            groups = raw.split(",")
            if commas > 1 and all(len(g) == 3 for g in groups[1:]):
                return float("".join(groups)), True
            if commas > 1:
                return None
            return float(raw.replace(",", ".")), False
        if dots:
            groups = raw.split(".")
            thousands = all(len(g) == 3 for g in groups[1:]) and groups[0] != "0" and len(groups[0]) <= 3
            if dots > 1:
                return (float("".join(groups)), True) if thousands else None
            if thousands:
                return float("".join(groups)), True
            return float(raw), False
        return float(raw), True
    except ValueError:
        return None


# where every mask that starts with a digit may start: a number not after a word character, its
# digits followed by a separator ("3330/", "29/11", "52-", "08:30", "8h30"; each of those masks needs one)
_DIGIT_LED = re.compile(_BNUM + r"\d*\s*[/\-.:h]")


def masked_spans(lower: str) -> list[tuple[int, int]]:
    """Spans of document numbers, dates, times and the like (never indicator values)."""
    spans = []
    # (the masks that start with a digit are tried only where _DIGIT_LED matches: one scan of the
    # article instead of one per mask, each of which tried its pattern at every digit)
    digit_led = [m.start() for m in _DIGIT_LED.finditer(lower)]
    for rx, words in _MASKS:
        if words is None:
            found = rx.finditer(lower)
        elif not words:
            found = finditer_at(rx, lower, digit_led)
        elif len(words) == 1 and words[0] not in lower:
            continue  # (one word: the regex opens with it, and the engine skips ahead to it by itself)
        else:
            found = finditer_led(rx, lower, words) if len(words) > 1 else rx.finditer(lower)
        spans.extend(m.span() for m in found)
    spans.sort()
    merged: list[tuple[int, int]] = []
    for s, e in spans:
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    return merged


def _spelt_as_ordinal(word: str, w0: int, w1: int, lower: str, original: str | None) -> bool:
    """The word at ``[w0, w1)`` is written as the ordinal, not a word that folds alike ("từ", from, for
    "tư", 4th); a text written without accents cannot tell them apart and keeps it."""
    if original is None:
        return True
    spelt = original[w0:w1].lower()
    return spelt == lower[w0:w1] or spelt in load_cues().ordinal_spellings.get(word, frozenset({spelt}))


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    """``pos`` lies in one of ``spans`` (sorted, not overlapping: ``masked_spans``)."""
    i = bisect_right(spans, (pos, _AFTER_ALL)) - 1  # the last span that starts at or before pos
    return i >= 0 and pos < spans[i][1]


_AFTER_ALL = float("inf")


_RANK_SIGN = re.compile(r"(?:#|\bno\.\s?)(\d{1,2})(?![\d.,]\d|\w)")


def is_year(n: Number) -> bool:
    # (four digits alone: not "2.000", nor "2 nghìn" scaled, nor a number in words)
    return (
        n.is_int
        and not n.percent
        and n.out_of is None
        and 1990 <= n.value <= 2045
        and "." not in n.raw
        and " " not in n.raw
        and n.raw[:1].isdigit()
    )


# "năm đó", "năm ấy": that year; "năm sau", "năm tới", "năm tiếp theo": the next ("Thứ hạng năm sau phụ thuộc vào ...")
_THAT_YEAR = re.compile(r"nam (?:do|ay|sau|toi|tiep theo|ke tiep)\b")
RANK_CUE_BEFORE = re.compile(r"\b(?:thu|hang|vi tri|thu hang)\s+$")  # "thứ 31", "hạng 9", "ở vị trí 25"
_WORD_DENOM = re.compile(r"\s*(?:tren|trong)\s+(?:tong so\s+)?(?:ca\s+)?(63|34)\s+(?:tinh|dia phuong|don vi)")


_INDEX_AFTER = re.compile(r"\s*chi so\b")


def find_numbers(
    lower: str, start: int, end: int, masks: list[tuple[int, int]], original: str | None = None
) -> list[Number]:
    """Number mentions in ``lower[start:end]`` outside masked spans (years included; see is_year),
    and ordinal words after a rank cue ("xếp thứ tư" -> 4, raw "@ord"). ``original``: the text with its
    accents at the same offsets, to tell an ordinal word from one spelt alike."""
    cues = load_cues()
    out = []
    gate = lower[start:end]
    for m in cues.ordinal.finditer(lower, start, end) if ("thu " in gate or "hang " in gate) else ():
        w0, w1 = m.span("word")
        if not _spelt_as_ordinal(m.group("word"), w0, w1, lower, original):
            continue  # rule ordinal-spelling: "thứ hạng từ vị trí 50" (from), not "hạng tư" (4th)
        if _INDEX_AFTER.match(lower, w1) and lower[m.start() : w0].split()[-1] != "thu":
            # "hạng ba chỉ số thành phần": three indices (after "thứ", the index ranked: "xếp thứ nhất Chỉ số PAR")
            continue
        if m.group("word") == "nam" and lower[m.start() : w0].split() == ["hang"]:
            continue  # "hằng năm", "hàng năm": every year, not rank 5
        if m.group("word") == "nam" and (RELATIVE_YEAR_AT.match(lower, w0) or _THAT_YEAR.match(lower, w0)):
            continue  # rule relative-year-not-ordinal: "xếp hạng năm ngoái" is last year's ranking, not rank 5
            # (and "ở bảng xếp hạng năm đó", that year's)
        rank, w1 = _compound_ordinal(lower, cues.ordinals[m.group("word")], w1, end)
        out.append(Number(w0, w1, w1, float(rank), True, "@ord"))
        # "lần lượt xếp thứ nhất, nhì và ba": the list goes on with bare ordinal words ("thứ tư đến thứ sáu":
        # a range's bound, which the list rules read as one)
        pos = w1
        while (
            (more := _ORDINAL_MORE.match(lower, pos, end))
            and more.group(1) in cues.ordinals
            and _spelt_as_ordinal(more.group(1), more.start(1), more.end(1), lower, original)
        ):
            rank, more_end = _compound_ordinal(lower, cues.ordinals[more.group(1)], more.end(1), end)
            out.append(Number(more.start(1), more_end, more_end, float(rank), True, "@ord"))
            pos = more_end
    if "(thu " in gate:
        # rule bracketed-ordinal: "là Hà Nội (thứ nhất) và Đà Nẵng (thứ hai)": a place's rank in words, alone in its
        # bracket (not a weekday, capitalised: "(thứ Hai, 5/3)")
        for m in _BRACKET_ORDINAL.finditer(lower, start, end):
            w0, w1 = m.span("word")
            word = m.group("word")
            if (
                word in cues.ordinals
                and (original is None or original[w0].islower())
                and _spelt_as_ordinal(word, w0, w1, lower, original)
                and not any(n.start == w0 for n in out)
            ):
                out.append(Number(w0, w1, w1, float(cues.ordinals[word]), True, "@ord"))
    if ", thu " in gate and original is not None:
        # rule apposed-ordinal: "Đứng sau Đà Nẵng ... là Thừa Thiên Huế, thứ hai, và Quảng Ninh, thứ ba": a name (its
        # first letter a capital), then its rank in words between commas (not "thứ Hai", a weekday, capitalised)
        for m in _APPOSED_ORDINAL.finditer(lower, start, end):
            w0, w1 = m.span("word")
            word = m.group("word")
            name_at = lower.rfind(" ", start, m.start()) + 1
            if (
                word in cues.ordinals
                and original[w0].islower()
                and original[name_at].isupper()
                and _spelt_as_ordinal(word, w0, w1, lower, original)
                and not any(n.start == w0 for n in out)
            ):
                out.append(Number(w0, w1, w1, float(cues.ordinals[word]), True, "@ord"))
    if out:
        out.sort(key=lambda n: n.start)
        # rule ordinal-continues: after a rank in words, "TP.HCM xếp thứ nhất, Bắc Ninh thứ hai": a clause of a
        # place and "thứ <ordinal>" with no verb goes on with the ranking (only after one: "sáng thứ Hai" alone
        # is a weekday)
        taken = {n.start for n in out}
        for m in _ORDINAL_CONTINUES.finditer(lower, out[0].end, end):
            word = m.group("word")
            if (
                word in cues.ordinals
                and m.start("word") not in taken
                and _spelt_as_ordinal(word, m.start("word"), m.end("word"), lower, original)
            ):
                rank, w_end = _compound_ordinal(lower, cues.ordinals[word], m.end("word"), end)
                out.append(Number(m.start("word"), w_end, w_end, float(rank), True, "@ord"))
        out.sort(key=lambda n: n.start)
    if "phan tram" in gate or "nghin" in gate or "ngan" in gate or "trieu" in gate:
        out.extend(_cardinals_in_words(lower, start, end, masks))
    signs = []
    if "#" in gate or "no." in gate:
        # rule rank-sign: "xếp #40", "đứng No.2" (business pages' English): a place, its sign part of the number
        for m in _RANK_SIGN.finditer(lower, start, end):
            if not _inside(m.start(), masks):
                out.append(Number(m.start(), m.end(), m.end(), float(m.group(1)), True, m.group()))
                signs.append(m.span())
    covered = start
    runs = _slash_runs(lower, start, end, masks, out) if "/" in gate else []
    for m in _NUM.finditer(lower, start, end):
        if _inside(m.start(), masks) or m.start() < covered or (runs and _inside(m.start(), runs)):
            continue
        if signs and _inside(m.start(), signs):
            continue
        parsed = parse_number(m.group())
        if parsed is None:
            continue
        value, is_int = parsed
        n = Number(m.start(), m.end(), m.end(), value, is_int, m.group())
        pos = m.end()
        if is_int and (spaced := _spaced(lower, m, start, end)):
            # rule spaced-number: a numeral typed with a space in it, "0, 5123 điểm", "80, 6%", "1 846 thủ tục"
            n.value, n.is_int, n.raw = spaced[0], spaced[1], lower[m.start() : spaced[2]]
            n.num_end = n.end = pos = covered = spaced[2]
        sc = _SCALE.match(lower, pos, end)
        if sc:
            scaled = round(value * _SCALES[sc.group(1)], 6)
            n.value, n.is_int, n.raw = scaled, float(scaled).is_integer(), f"{m.group()} {sc.group(1)}"
            n.num_end = pos = sc.end()
            if is_int and (rest := _SPOKEN_REST.match(lower, pos, end)) and sc.group(1) != "trieu":
                # the hundreds said after the thousands, as spoken ("hơn 1 nghìn 800 Tổ công nghệ số": 1.800)
                n.value = scaled + float(rest.group(1))
                n.raw = f"{n.raw} {rest.group(1)}"
                n.num_end = pos = covered = rest.end()
        d = _DENOM.match(lower, pos, end)
        if d:
            den = parse_number(d.group(1))
            if den is None:
                continue
            n.out_of = den[0]
            pos = d.end()
        p = _PERCENT.match(lower, pos, end)
        if p:
            n.percent = True
            pos = p.end()
        elif is_int and n.out_of is None and (wd := _WORD_DENOM.match(lower, pos, end)):
            # "xếp thứ 14 trên 63 tỉnh", "thứ 8 trong tổng số 34 tỉnh, thành phố": the denominator in words
            cue = RANK_CUE_BEFORE.search(lower, max(start, m.start() - 14), m.start())
            if cue and value <= float(wd.group(1)):
                n.out_of = float(wd.group(1))
                pos = covered = wd.end(1)  # the denominator is part of the rank, not a value of its own
        w = _WORD.match(lower, pos, end)
        if w:
            words = w.group(1)
            split = words.split()
            first = split[0]
            nxt = split[1] if len(split) > 1 else None
            if first == "diem" and nxt not in _NOT_POINTS and not (is_int and nxt == "co"):
                # (a whole number's "điểm có ..." counts places that have something: "trong đó 58 điểm có kết nối")
                n.points = True
                pos = w.start(1) + 4
                w = _WORD.match(lower, pos, end)
                words = w.group(1) if w else ""
            n.next_words = words if w and lower[pos : w.start(1)].strip(" ") in ("",) else ""
        if not n.is_int and not sc and not n.percent and not n.points and _ENGLISH_THOUSANDS.fullmatch(m.group()):
            # rule english-thousands: "1,712 thủ tục", "2,071 Tổ công nghệ số", "86,400 giao dịch" (a page writing
            # numbers the English way): a comma and three digits before a counted noun are thousands, not decimals
            if n.next_words.split(" ", 1)[0] in _COUNTED_NOUNS:
                n.value, n.is_int = float(m.group().replace(",", "")), True
        n.end = pos
        out.append(n)
    if "thu " in gate and out:
        # rule ordinal-after-digit-rank: a list of places that goes on in words after a place in digits ("Hà Nội và
        # Đà Nẵng lần lượt đứng thứ 3 và thứ nhất"): the word is a rank, as after one in words (ordinal-continues)
        digits = {n.start for n in out if n.raw[0].isdigit()}
        for m in _ORDINAL_AFTER_DIGIT_RANK.finditer(lower, start, end):
            word = m.group("word")
            if (
                m.start("rank") in digits
                and word in cues.ordinals
                and _spelt_as_ordinal(word, m.start("word"), m.end("word"), lower, original)
            ):
                rank, w_end = _compound_ordinal(lower, cues.ordinals[word], m.end("word"), end)
                out.append(Number(m.start("word"), w_end, w_end, float(rank), True, "@ord"))
        # rule ordinal-in-bracket: a place in words in a bracket right after a score ("- Đà Nẵng: 0,7485 điểm (thứ
        # nhất)", "0,6810 (thứ tư)"): a rank, as after a rank cue (not a weekday: "ngày 5/3 (thứ Hai)" has no score)
        taken = {n.start for n in out}
        for m in _ORDINAL_IN_BRACKET.finditer(lower, start, end):
            word = m.group("word")
            if (
                m.start("word") not in taken
                and word in cues.ordinals
                and _spelt_as_ordinal(word, m.start("word"), m.end("word"), lower, original)
            ):
                rank = cues.ordinals[word]
                out.append(Number(m.start("word"), m.end("word"), m.end("word"), float(rank), True, "@ord"))
    out.sort(key=lambda n: n.start)
    return out


# the pieces of a numeral typed with a space in it (a hurried hand, or a page that groups thousands with a space):
# a score's "0, 5123" (a zero, a comma, then three or four digits); a share's "80, 6%" (one decimal digit before the
# sign); a count's "1 846 thủ tục" (a group of three digits, then a counted noun's word). A list is never read so: a
# number after another and a comma or "và" ("12, 5 và 8"), or before "và" and a number ("45, 6% và 7%"), stays
# itself.
_SPACED_SCORE = re.compile(r", (\d{3,4})(?![\w%]|[.,]\d)")
_SPACED_SHARE = re.compile(r", (\d)(?=\s*%)")
_SPACED_THOUSANDS = re.compile(r" (\d{3})(?![\w%/]|[.,]\d) ?([a-z]+)")
# (the counted nouns of english-thousands, and the abbreviations of two: "DN", doanh nghiệp; "TTHC", thủ tục)
_COUNTED_WORDS = _COUNTED_NOUNS | {"dn", "tthc"}
_LIST_BEFORE = re.compile(r"\d[%\s]*(?:,|;|va)\s*$")
_LIST_AFTER = re.compile(r"\s*%?\s*va\s+\d")


def _spaced(lower: str, m: re.Match[str], start: int, end: int) -> tuple[float, bool, int] | None:
    """(value, whole, end) of a numeral typed with a space in it that starts at ``m`` (a whole number), or None."""
    raw = m.group()
    if lower[m.end() : m.end() + 2] == ", ":
        score = _SPACED_SCORE.match(lower, m.end(), end) if raw == "0" else None
        share = _SPACED_SHARE.match(lower, m.end(), end) if len(raw) <= 2 and raw[0] != "0" else None
        found = score or share
        if not found or _LIST_AFTER.match(lower, found.end(), end):
            return None
        value = float(f"{raw}.{found.group(1)}")
    elif lower[m.end() : m.end() + 1] == " " and len(raw) <= 3 and raw[0] != "0":
        found = _SPACED_THOUSANDS.match(lower, m.end(), end)
        if not found or found.group(2) not in _COUNTED_WORDS:
            return None
        value = float(raw + found.group(1))
    else:
        return None
    if _LIST_BEFORE.search(lower, max(start, m.start() - 12), m.start()):
        return None
    return value, found.re is _SPACED_THOUSANDS, found.end(1)


# rule cardinal-words: a number written in words before "phần trăm" or a scale word ("hơn chín mươi phần trăm",
# "khoảng bảy mươi lăm phần trăm", "ba mươi mốt phẩy năm phần trăm", "hơn hai nghìn Tổ", "mười hai nghìn hộ"): the
# value, as if in digits (a unit alone counts before "phần trăm", and before a scale unless it is "năm", the year)
_UNITS = {"mot": 1, "hai": 2, "ba": 3, "bon": 4, "tu": 4, "nam": 5, "lam": 5, "nham": 5, "sau": 6, "bay": 7, "tam": 8,
          "chin": 9, "khong": 0}  # fmt: skip
_U = "mot|hai|ba|bon|nam|sau|bay|tam|chin"
_TENS_UNIT = r"(?: (?P<tens_unit>mot|hai|ba|bon|tu|lam|nham|sau|bay|tam|chin))?"
_TEEN_UNIT = r"(?: (?P<teen_unit>mot|hai|ba|bon|lam|nham|sau|bay|tam|chin))?"
CARDINAL_WORDS = skipping(
    re.compile(
        rf"\b(?:(?P<tens>hai|ba|bon|nam|sau|bay|tam|chin) muoi{_TENS_UNIT}|muoi{_TEEN_UNIT}|(?P<unit>{_U})"
        rf"|(?P<hundred>mot) tram)(?: phay (?P<decimals>(?:{_U}|khong)(?: (?:{_U}|khong))*))?"
        r" (?P<scale>phan tram|nghin|ngan|trieu)\b(?!\s+(?:hang|sach|quy)\b)"
    )
)


def _cardinals_in_words(lower: str, start: int, end: int, masks) -> list[Number]:
    out = []
    for m in CARDINAL_WORDS.finditer(lower, start, end):
        if _inside(m.start(), masks):
            continue
        g = m.groupdict()
        percent = g["scale"] == "phan tram"
        if g["unit"] == "nam" and not percent and not g["decimals"]:
            continue  # ("năm nghìn": the year's "năm" too often)
        if g["tens"]:
            value = 10 * _UNITS[g["tens"]] + (_UNITS[g["tens_unit"]] if g["tens_unit"] else 0)
        elif g["unit"]:
            value = _UNITS[g["unit"]]
        elif g["hundred"]:
            value = 100
        else:
            value = 10 + (_UNITS[g["teen_unit"]] if g["teen_unit"] else 0)
        whole = not g["decimals"]
        if g["decimals"]:
            value = float(f"{value}." + "".join(str(_UNITS[w]) for w in g["decimals"].split()))
        value = round(value * (1.0 if percent else _SCALES[g["scale"]]), 6)
        n = Number(m.start(), m.end(), m.start("scale") - 1 if percent else m.end(), float(value), whole or
                   float(value).is_integer(), "@words", percent=percent)  # fmt: skip
        w = _WORD.match(lower, m.end(), end)
        n.next_words = w.group(1) if w and not lower[m.end() : w.start(1)].strip(" ") else ""
        out.append(n)
    return out


# rule slash-run: values written one after another with slashes, "74,2%/71,05%/59,8%", "0,7215/0,5906/0,6540",
# "2.541/2.072/1.389": three or more, each with a decimal comma, a thousands dot or a percent (not a date, "29/11/2021",
# nor a rank out of its total, "14/63": two parts)
_SLASH_PART = r"\d{1,3}(?:[.,]\d+)+%?|\d+%"
# (the first part's first digit opens the pattern, the start checked behind it, "\d(?<![\w.,/]\d)", and the rest of
# that part after it: the engine skips ahead to a digit instead of trying the look-behind at every character)
_SLASH_RUN = re.compile(
    rf"\d(?<![\w.,/]\d)(?:\d{{0,2}}(?:[.,]\d+)+%?|\d*%)(?:\s*/\s*(?:{_SLASH_PART})){{2,}}(?![\w/]|[.,]\d)"
)
_SLASH_ITEM = re.compile(rf"(?:{_SLASH_PART})")


def _slash_runs(lower: str, start: int, end: int, masks, out: list) -> list[tuple[int, int]]:
    """Rule slash-run: each value of a run joined by slashes as a number of its own (appended to ``out``); returns
    the runs' spans (the numbers scan skips them)."""
    spans = []
    for run in _SLASH_RUN.finditer(lower, start, end):
        if _inside(run.start(), masks):
            continue
        for part in _SLASH_ITEM.finditer(lower, run.start(), run.end()):
            raw = part.group().rstrip("%")
            parsed = parse_number(raw)
            if parsed is None:
                continue
            n = Number(part.start(), part.end(), part.start() + len(raw), parsed[0], parsed[1], raw)
            n.percent = part.group().endswith("%")
            out.append(n)
        w = _WORD.match(lower, run.end(), end)
        if w and out and lower[run.end() : w.start(1)].strip(" ") == "":
            out[-1].next_words = w.group(1)  # ("2.541/2.072/1.389 tổ": the counted noun after the last)
        spans.append(run.span())
    return spans


# qualifier words right before a value, by label (the first label whose word ends the text wins)
_QUALIFIER_WORDS: list[tuple[tuple[str, ...], str]] = [
    (("tren",), "above"),
    (("hon",), "over"),
    (("vuot", "vuot muc", "vuot moc", "vuot nguong"), "over"),
    (("gan",), "nearly"),
    (("khoang", "xap xi", "uoc", "uoc tinh", "uoc dat", "chung"), "about"),
    (("duoi", "chua den", "chua toi", "khong qua"), "below"),  # not "chỉ đạt" ("only"): no qualifier
    (("toi thieu", "it nhat"), "at_least"),
    (("toi da",), "at_most"),
]
# a compound number word after an ordinal's first word: "(hai) mươi (tư)", "(mười) hai" (folded: both "muoi")
_UNIT_WORDS = {
    "mot": 1,
    "hai": 2,
    "ba": 3,
    "bon": 4,
    "tu": 4,
    "nam": 5,
    "lam": 5,
    "nham": 5,
    "sau": 6,
    "bay": 7,
    "tam": 8,
    "chin": 9,
}
_TENS = re.compile(
    rf"\s+(?:(?P<muoi>muoi)(?:\s+(?P<unit>{'|'.join(_UNIT_WORDS)}))?|(?P<unit2>{'|'.join(_UNIT_WORDS)}))\b(?!\s*\d)"
)


def _compound_ordinal(lower: str, rank: int, w1: int, end: int) -> tuple[int, int]:
    """An ordinal word and the number words after it (rank, end): "thứ hai mươi tư" 24, "thứ mười hai" 12,
    "thứ năm mươi" 50 (ranks past ten written in words, as some outlets do)."""
    compound = _TENS.match(lower, w1, end)
    if compound and rank < 10 and compound.group("muoi"):
        return rank * 10 + _UNIT_WORDS.get(compound.group("unit"), 0), compound.end()
    if compound and rank == 10 and compound.group("unit2"):
        return 10 + _UNIT_WORDS[compound.group("unit2")], compound.end()
    return rank, w1


# what may not follow an ordinal word for it to be a rank: a number, "năm" of a duration ("ba năm"; "thứ ba
# năm 2024" is third in 2024), an age, a time, a count of pillars, indices, groups, fields, months, days, weeks
_NOT_A_RANK_AFTER = (
    r"(?!\s*(?:\d|nam\b(?!\s+(?:19|20)\d\d\b)|tuoi|lan\b(?!\s+luot)|tru cot|chi so|nhom|linh vuc|thang|ngay|tuan"
    # ("xếp thứ nhất, năm thứ 6 liên tiếp": "năm" counts the years, it is no fifth place)
    r"|thu\b|lien\b))"
)
# ", Bắc Ninh thứ hai", "và Đà Nẵng thứ ba (0,68)": a comma, ";" or "và", one to four words, "thứ", an ordinal
_ORDINAL_CONTINUES = re.compile(r"(?:[,;]|\bva\b)\s*(?:[a-z.]+\s+){0,4}?thu\s+(?P<word>[a-z]+)\b" + _NOT_A_RANK_AFTER)
# (past the first rank's own year, and to the rank it rose to: "thứ 3 năm 2020, thứ nhất năm 2021", "từ vị trí thứ
# 4 năm 2020 đến thứ nhất")
# (and past what the first rank is of, to a second index after "và": "xếp thứ 5/34 về Chỉ số DTI năm 2024 và thứ hai
# về chỉ số an toàn thông tin mạng"; or after a comma: "xếp thứ 3 về chính quyền số, thứ nhất về kinh tế số")
_ORDINAL_AFTER_DIGIT_RANK = skipping(
    re.compile(
        r"\b(?:thu|hang|vi tri)\s+(?P<rank>\d+)(?:\s*/\s*\d+)?(?:\s+(?:nam\s+)?(?:19|20)\d\d)?"
        r"(?:\s+ve\s+[^,;.()]{3,60}?(?=(?:\s+va|\s*,(?:\s+va)?)\s+thu\s+[a-z]+\s+ve\b))?"
        r"\s*(?:,\s*(?:va\s+)?|va\s+|(?:vuon\s+)?(?:len|den)\s+)thu\s+(?P<word>[a-z]+)\b"
        + _NOT_A_RANK_AFTER
    )
)
_ORDINAL_IN_BRACKET = re.compile(r"\d,\d+\s*(?:diem\s*)?\(\s*thu\s+(?P<word>[a-z]+)\s*\)")
_BRACKET_ORDINAL = re.compile(r"\(\s*thu\s+(?P<word>[a-z]+)\s*\)")
_APPOSED_ORDINAL = re.compile(r"(?<=[a-z]), thu (?P<word>[a-z]+)(?=\s*(?:[,.;]|$))")
_ORDINAL_MORE = re.compile(r"\s*(?:,|va|den|toi)\s*(?:thu\s+)?([a-z]+)\b" + _NOT_A_RANK_AFTER)
# (the words of one first letter under one branch, ``_first_letter``: the same matches)
_QUAL_WORDS = re.compile(
    _first_letter(
        ("tren", "hon", "vuot", "gan", "khoang", "xap xi", "uoc", "chung", "duoi", "chua", "khong qua", "toi thieu",
         "it nhat", "toi da")
    )
)  # fmt: skip
_QUAL_STRIP = re.compile(r"(?:\s*\b(?:dat|la|o muc|muc|con|duoc|len|co|ty le|ti le|voi|tu)\b)+\s*$")


def qualifier(before: str) -> str | None:
    """Qualifier of a value from the words right before it ("đạt trên 96%" -> "above")."""
    text = before[-30:].rstrip(" :")
    if not _QUAL_WORDS.search(text):
        return None  # most values have no qualifier word before them: one scan instead of sixteen
    for _ in range(2):
        m = _QUAL_END.search(text, max(0, len(text) - _QUAL_WINDOW))
        if m is not None:
            return _QUALIFIER_WORDS[int(m.lastgroup[1:])][1]
        text = _QUAL_STRIP.sub("", text)
    return None


# every qualifier word at the end (r"\b(?:...)$"), searched only over the last characters (the
# word boundary before still sees the character before them): an end-anchored search over the
# whole text tries every position. No word ends another label's word, so at most one label can
# match and it is the one the label order would pick (tests/extract/test_scan.py checks both).
_QUAL_END = skipping(
    re.compile(
        r"\b(?:" + "|".join(f"(?P<q{i}>{'|'.join(words)})" for i, (words, _) in enumerate(_QUALIFIER_WORDS)) + ")$"
    )
)
_QUAL_WINDOW = max(len(w) for words, _ in _QUALIFIER_WORDS for w in words) + 1  # "$" before a final newline
