"""Robustness harness: rewrite each corpus article *and its gold facts* the way another outlet or
province could have written it, and score the extractor per kind of rewrite.

The dev corpus score is in-sample (every document has been read while writing rules), so it says
little about articles nobody has seen. A rewrite that keeps the facts but changes their surface
(another province, other values, other years, another rank verb, NFD text, HTML-extraction
whitespace, an all-caps headline) shows which rules hold only for the exact words they were
written from: a fact found in the original but lost in a variant is overfitting to a surface form.

Everything stays in memory: the variants derive from third-party text and are never written to
the repository (only this code and its scores are). Each family is a function
``(article, gold, rng) -> (article, gold) | None`` (None: the rewrite does not apply to that
document); ``rng`` is seeded from the family name, the draw and the document id, so a run is
deterministic. ``make eval CORPUS=../shared/corpus/dev PERTURB=1`` prints the table.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import random
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache

from vndx.extract.evaluate import Article, Corpus, Report, evaluate_corpus
from vndx.extract.gazetteer import SELF, load_gazetteer
from vndx.extract.perturb_outlets import OUTLET_FAMILIES
from vndx.extract.text import fold, fold_case_preserving
from vndx.reference import load_provinces

Gold = list[dict]
Family = Callable[[Article, Gold, random.Random], "tuple[Article, Gold] | None"]

# a number as written: "38", "0,6735", "42.13", "1.954.846" (never part of a longer number)
_NUMBER = re.compile(r"(?<![\d.,])\d+(?:[.,]\d+)*(?![\d])")
_YEAR = re.compile(r"(?<![\d.,/-])(20[0-3]\d)(?![\d])|(?<=[/.-])(20[0-3]\d)(?![\d])")
_MERGER = dt.date(2025, 7, 1)
# a year in a URL, also run into its month and day ("/2022/11/", "/202211/", "-20221103")
_URL_YEAR = re.compile(r"(?<!\d)20[0-3]\d(?=\D|$|(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])?(?:\D|$))")


def _parse(token: str) -> float | None:
    """Vietnamese number reading: "0,6735" -> 0.6735, "1.954.846" -> 1954846, "42.13" -> 42.13."""
    if "," in token:
        whole, _, frac = token.rpartition(",")
        whole = whole.replace(".", "")
        try:
            return float(f"{whole or 0}.{frac}")
        except ValueError:
            return None
    parts = token.split(".")
    if len(parts) > 1 and all(len(p) == 3 for p in parts[1:]):
        return float("".join(parts))
    try:
        return float(token)
    except ValueError:
        return None


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= max(1e-6, 1e-3 * abs(b))


def _words_in(token: str, text: str) -> bool:
    return re.search(rf"(?<![\d.,]){re.escape(token)}(?![\d]|[.,]\d)", text) is not None


# --- province ------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _provinces() -> dict[str, tuple[str, str, str]]:
    """slug -> (name, kind, successor slug)."""
    return {p.slug: (p.name_vi, p.kind, p.successor_2025_slug) for p in load_provinces()}


def _mentions(text: str) -> list[tuple[int, int, str]] | None:
    cased = fold_case_preserving(text)
    if len(cased) != len(text):  # NFD input: offsets would not map; the corpus is NFC
        return None
    return [(m.start, m.end, m.slug) for m in load_gazetteer().mentions(cased, cased.lower()) if m.slug != SELF]


def swap_province(article: Article, gold: Gold, rng: random.Random) -> tuple[Article, Gold] | None:
    """Every province the text names (and the outlet's host) becomes another of the same kind.

    Only provinces whose slug is the same in both eras (they kept their name on 1 July 2025) are
    swapped, so the gold's era rule (successor slug from 2025) stays true; a pre-2025 document may
    take a province that was merged away later ("both eras")."""
    provs = _provinces()
    found = _mentions(article.text)
    if found is None:
        return None
    host = load_gazetteer().from_host(article.source_url)
    named = {s for _, _, s in found} | ({host} if host else set())
    succ_of_others = {provs[s][2] for s in named if provs[s][2] != s}
    golds = {g["province"] for g in gold}
    old_era_only = (article.published is None or article.published < _MERGER) and all(
        g["period"] < 2024 and g.get("out_of") != 34 for g in gold
    )
    swappable = sorted(s for s in named if old_era_only or (provs[s][2] == s and s not in succ_of_others))
    if not swappable:
        return None
    low_text = fold(article.text)
    used = set(named) | golds
    mapping: dict[str, str] = {}
    for s in swappable:
        pool = [
            t
            for t, (name, kind, succ) in sorted(provs.items())
            if t not in used and kind == provs[s][1] and (succ == t or old_era_only) and fold(name) not in low_text
        ]
        if not pool:
            continue
        mapping[s] = rng.choice(pool)
        used.add(mapping[s])
    if not mapping:
        return None
    text = article.text
    for start, end, slug in sorted(found, reverse=True):
        if slug in mapping:
            old = text[start:end]
            new = provs[mapping[slug]][0]
            prefix = re.match(r"(?:TP\.?\s*|Thủ đô\s+)", old)
            if prefix and provs[mapping[slug]][1] == "city":
                new = prefix.group(0) + new
            elif mapping[slug] == "ho-chi-minh" and not re.search(r"(?:TP\.?|[Tt]hành phố)\s*$", text[:start]):
                new = "TP. " + new  # the name alone is a person's
            text = text[:start] + (new.upper() if old.isupper() else new) + text[end:]
    url = article.source_url
    if url and host in mapping:
        url = _swap_host(url, host, mapping[host])
    new_gold = [dict(g, province=mapping.get(g["province"], g["province"])) for g in gold]
    return replace(article, text=text, source_url=url), new_gold


def _swap_host(url: str, old: str, new: str) -> str:
    old_key = re.sub(r"[^a-z]", "", fold(_provinces()[old][0]))
    new_key = re.sub(r"[^a-z]", "", fold(_provinces()[new][0]))
    m = re.match(r"(https?://)?([^/]+)(.*)", url)
    assert m
    scheme, hostname, path = m.group(1) or "", m.group(2), m.group(3)
    hostname = hostname.replace(old_key, new_key) if old_key in hostname else f"bao{new_key}.vn"
    path = path.replace(old, new).replace(old_key, new_key)
    return scheme + hostname + path


# --- numbers -------------------------------------------------------------------------------

_DATEISH_BEFORE = re.compile(r"(?:ngày|tháng|năm|quý|khóa|khoá|số|lúc)\s*$|\d\s*[/.-]\s*$", re.I)
_DATEISH_AFTER = re.compile(r"\s*[/-]\s*(?:0?[1-9]|1[0-2])(?!\d)(?!\s*(?:tỉnh|địa phương))|\s*(?:giờ|h\d|:\d)")
_ORDINAL_WORD = re.compile(
    r"(?:thứ|hạng)\s+(?:nhất|nhì|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín|mười)\b|dẫn đầu|đứng đầu", re.I
)
_NOT_RANK_AFTER = re.compile(r"\s*(?:bậc|hạng|%|điểm|tuổi|năm|tháng|ngày)")


def shift_numbers(article: Article, gold: Gold, rng: random.Random) -> tuple[Article, Gold] | None:
    """Other values, same formats: every rank moves by one offset (so "tăng N bậc" and derived
    previous-year ranks stay consistent); each score and percent gets another value written with
    the same separator and number of decimals ("42,13%" -> "38,07%", "0,6735" -> "0,7012")."""
    text = article.text
    new_gold = [dict(g) for g in gold]
    changed = False
    # ranks: one offset for the whole document
    ranks = {int(g["value"]) for g in gold if g["indicator"].endswith("_rank") and float(g["value"]).is_integer()}
    cap = 34 if any(g.get("out_of") == 34 for g in gold) else 63
    offsets = [d for d in (-4, -3, -2, 2, 3, 4) if all(1 <= r + d <= cap for r in ranks)]
    if ranks and offsets:
        d = rng.choice(offsets)
        out, last = [], 0
        for m in _NUMBER.finditer(text):
            tok = m.group()
            if not tok.isdigit() or int(tok) not in ranks:
                continue
            before, after = text[max(0, m.start() - 8) : m.start()], text[m.end() : m.end() + 8]
            if _DATEISH_BEFORE.search(before) or _DATEISH_AFTER.match(after) or _NOT_RANK_AFTER.match(after):
                continue
            new = str(int(tok) + d).zfill(len(tok))
            out.append(text[last : m.start()] + new)
            last = m.end()
        if out:
            text = "".join(out) + text[last:]
            changed = True
            for g in new_gold:
                if g["indicator"].endswith("_rank") and int(g["value"]) in ranks:
                    ev = g.get("evidence", "")
                    written = re.search(rf"(?<!\d)0*{int(g['value'])}(?!\d)", ev)
                    derived = "bậc" in ev and not _ORDINAL_WORD.search(ev)
                    if written or derived:  # a rank derived from "tăng N bậc" moves with the rank
                        g["value"] = int(g["value"]) + d
                    if written and not re.search(rf"(?<![\d.,])0*{g['value']}(?![\d])", text):
                        return None  # the gold's number was not rewritten: no consistent variant
    # scores and percents: a new value per written token
    tokens: dict[str, float] = {}
    for g in gold:
        if g["indicator"].endswith("_rank"):
            continue
        for m in _NUMBER.finditer(g.get("evidence", "")):
            tok = m.group()
            v = _parse(tok)
            if v is None or "," not in tok and "." not in tok and not re.match(r"\s*%", g["evidence"][m.end() :]):
                continue  # only decimals and percents: integers may be counts, years, ranks
            if v and _close(v, float(g["value"])) and 0 < v < 100 and _words_in(tok, text):
                tokens[tok] = v
    for tok, v in sorted(tokens.items()):
        decimals = len(re.split(r"[.,]", tok)[-1]) if re.search(r"[.,]\d+$", tok) else 0
        sep = "," if "," in tok else "."
        for _ in range(10):
            v2 = round(v * rng.uniform(0.8, 1.2), decimals)
            limit = 1.0 if v < 1 else 100.0
            new = f"{v2:.{decimals}f}".replace(".", sep)
            if 0 < v2 < limit and v2 != v and not _words_in(new, text) and new not in tokens:
                break
        else:
            continue
        text = re.sub(rf"(?<![\d.,]){re.escape(tok)}(?![\d]|[.,]\d)", new, text)
        for g in new_gold:
            if not g["indicator"].endswith("_rank") and tok in g.get("evidence", ""):
                ratio = float(g["value"]) / v
                if any(_close(ratio, k) for k in (1, 0.01, 0.001, 100, 1000)):
                    g["value"] = round(v2 * ratio, 10)
        changed = True
    if not changed:
        return None
    return replace(article, text=text), new_gold


def percent_format(article: Article, gold: Gold, rng: random.Random) -> tuple[Article, Gold] | None:
    """The same values written as other outlets write them: "42,13 %", "42.13%", "0.6735"."""
    style = rng.choice(["space", "dot", "both"])
    text = article.text

    def pct(m: re.Match[str]) -> str:
        num = m.group(1)
        if style in ("dot", "both"):
            num = num.replace(",", ".")
        return num + (" %" if style in ("space", "both") else "%")

    new = re.sub(r"(?<![\d.,])(\d+(?:,\d+)?)%", pct, text)
    if style in ("dot", "both"):
        new = re.sub(r"(?<![\d.,])0,(\d{2,4})(?![\d])", r"0.\1", new)
    return (replace(article, text=new), gold) if new != text else None


# --- years ---------------------------------------------------------------------------------


def _years(article: Article, gold: Gold) -> list[int]:
    ys = [int(m.group(1) or m.group(2)) for m in _YEAR.finditer(article.text)]
    ys += [g["period"] for g in gold] + [p for g in gold for p in g.get("acceptable_periods") or []]
    if article.published:
        ys.append(article.published.year)
    return ys


def shift_years(article: Article, gold: Gold, rng: random.Random) -> tuple[Article, Gold] | None:
    """Every year (text, URL, publication date, gold periods) moves by the same k, so edition and
    publication stay consistent; only within the 63-province era (before 1 July 2025), since the
    merger changes which slug a value takes."""
    if any(g["period"] > 2024 for g in gold) or any(g.get("out_of") == 34 for g in gold):
        return None
    if article.published and article.published >= dt.date(2025, 6, 1):
        return None
    ys = [y for y in _years(article, gold) if y <= 2024]  # later years in the text are horizons
    if not ys:
        return None
    lo, hi = min(ys), max(ys)
    ks = [k for k in (-2, -1, 1) if lo + k >= 2016 and hi + k <= 2024]
    if not ks:
        return None
    # plans "đến năm 2025/2030" would cross the merger only as horizons: they stay horizons
    k = rng.choice(ks)

    def year(m: re.Match[str]) -> str:
        return str(int(m.group()) + k)

    text = re.sub(r"(?<![\d.,])20[0-3]\d(?![\d])", year, article.text)
    url = re.sub(_URL_YEAR, year, article.source_url) if article.source_url else None
    pub = article.published
    if pub:
        pub = pub.replace(year=pub.year + k, day=min(pub.day, 28))
    new_gold = []
    for g in gold:
        g = dict(g, period=g["period"] + k)
        if g.get("acceptable_periods"):
            g["acceptable_periods"] = [p + k for p in g["acceptable_periods"]]
        new_gold.append(g)
    return replace(article, text=text, source_url=url, published=pub), new_gold


# --- phrasing ------------------------------------------------------------------------------

_RANK_VERBS = [
    "xếp thứ",
    "đứng thứ",
    "xếp hạng",
    "xếp hạng thứ",
    "đứng ở vị trí thứ",
    "đứng vị trí thứ",
    "giữ vị trí thứ",
]
_RANK_CUE = re.compile(
    r"(?<!\w)(xếp hạng thứ|xếp thứ hạng|đứng ở vị trí thứ|đứng vị trí thứ|giữ vị trí thứ|xếp thứ|đứng thứ|xếp hạng)"
    r"(?=\s+\d)",
    re.I,
)


def rank_verbs(article: Article, gold: Gold, rng: random.Random) -> tuple[Article, Gold] | None:
    """Synonymous rank phrasings ANNOTATION.md accepts: "xếp thứ 12" / "đứng thứ 12" / "xếp hạng 12"
    / "đứng ở vị trí thứ 12" (before a digit only; ordinal words keep their verb)."""

    def sub(m: re.Match[str]) -> str:
        old = m.group(1)
        new = rng.choice([v for v in _RANK_VERBS if v != old.lower()])
        return new[0].upper() + new[1:] if old[0].isupper() else new

    text = _RANK_CUE.sub(sub, article.text)
    return (replace(article, text=text), gold) if text != article.text else None


# tone placement (old "hoà" vs new "hòa") and i/y spellings outlets differ on
_NEW_TO_OLD = {
    **{"òa": "oà", "óa": "oá", "ỏa": "oả", "õa": "oã", "ọa": "oạ", "òe": "oè", "óe": "oé"},
    **{"ủy": "uỷ", "úy": "uý", "ụy": "uỵ"},
}
_I_Y = {"tỷ lệ": "tỉ lệ", "Tỷ lệ": "Tỉ lệ", "kỹ năng": "kĩ năng", "kỹ thuật": "kĩ thuật", "quản lý": "quản lí"}


def spelling(article: Article, gold: Gold, rng: random.Random) -> tuple[Article, Gold] | None:
    """Old-style tone placement ("hoà", "thuỷ") or new-style, and "tỉ lệ"/"kĩ năng" spellings."""
    text = article.text
    pairs = dict(_NEW_TO_OLD)
    pairs.update({k[0].upper() + k[1:]: v[0].upper() + v[1:] for k, v in _NEW_TO_OLD.items()})
    if rng.random() < 0.5 or not any(k in text for k in pairs):
        pairs = {v: k for k, v in pairs.items()}
    for a, b in pairs.items():
        text = re.sub(rf"{re.escape(a)}(?!\w)", b, text)
    for a, b in _I_Y.items():
        text = text.replace(a, b)
    return (replace(article, text=text), gold) if text != article.text else None


def nfd(article: Article, gold: Gold, rng: random.Random) -> tuple[Article, Gold] | None:
    """The text in Unicode NFD (decomposed diacritics), as some CMSs store it."""
    text = unicodedata.normalize("NFD", article.text)
    return (replace(article, text=text), gold) if text != article.text else None


# index names as outlets write them (ANNOTATION.md: all name the same index / pillar)
_DTI_NAMES = ["chỉ số DTI", "Chỉ số chuyển đổi số cấp tỉnh (DTI)", "chỉ số chuyển đổi số", "Bộ chỉ số DTI"]
_DTI_NAME = re.compile(
    r"(?:[Bb]ộ )?[Cc]hỉ số (?:[Cc]huyển đổi số(?: cấp tỉnh)?(?: \(DTI\))?|DTI)(?! (?:của các|cấp bộ))"
)
_PILLARS = {"chính quyền số": "CQS", "kinh tế số": "KTS", "xã hội số": "XHS"}
_PILLAR = re.compile(
    r"(?<!hoạt động )(?<!Hoạt động )\b([Cc]hính quyền số|[Kk]inh tế số|[Xx]ã hội số)(?=[^.;\n]{0,30}\d)"
)


def index_names(article: Article, gold: Gold, rng: random.Random) -> tuple[Article, Gold] | None:
    """Other names of the same index: "chỉ số DTI" / "Chỉ số chuyển đổi số cấp tỉnh (DTI)" / "Bộ
    chỉ số DTI", and the pillar abbreviations CQS/KTS/XHS where a value follows (never "hoạt động …")."""

    def dti(m: re.Match[str]) -> str:
        new = rng.choice(_DTI_NAMES)
        at_start = m.start() == 0 or article.text[max(0, m.start() - 2) : m.start()].rstrip().endswith((".", "\n", ":"))
        return new[0].upper() + new[1:] if at_start or m.group()[0].isupper() else new[0].lower() + new[1:]

    text = _DTI_NAME.sub(dti, article.text)
    text = _PILLAR.sub(lambda m: _PILLARS[m.group(1).lower()] if rng.random() < 0.5 else m.group(1), text)
    return (replace(article, text=text), gold) if text != article.text else None


_PREFIXED = re.compile(r"(?:(?<=\s)|^)(tỉnh|Tỉnh|TP\.|Tp\.|thành phố|Thành phố) $")


def province_forms(article: Article, gold: Gold, rng: random.Random) -> tuple[Article, Gold] | None:
    """The same provinces written with or without "tỉnh" / "TP." / "thành phố"."""
    provs = _provinces()
    found = _mentions(article.text)
    if not found:
        return None
    text = article.text
    for start, end, slug in sorted(found, reverse=True):
        if text[start:end] != provs[slug][0] or rng.random() < 0.5:
            continue  # an alias ("TP.HCM"), or left as written
        head = text[max(0, start - 12) : start]
        pre = _PREFIXED.search(head)
        city = provs[slug][1] == "city"
        if pre:
            word = pre.group(1)
            if word.lower() in ("tp.", "thành phố") and city:
                swap = "thành phố " if word.lower() == "tp." else "TP. "
                if word[0].isupper():
                    swap = swap[0].upper() + swap[1:]
                text = text[: start - len(pre.group(0))] + swap + text[start:]
            elif (
                word.lower() == "tỉnh"
                and not city
                and not re.search(r"\b(?:của|toàn|địa bàn)\s+$", head[: -len(pre.group(0))] or "")
            ):
                text = text[: start - len(pre.group(0))] + text[start:]  # "tỉnh Lạng Sơn" -> "Lạng Sơn"
        elif slug != "ho-chi-minh":
            lead = "TP. " if city else "tỉnh "
            at_start = start == 0 or text[max(0, start - 2) : start].rstrip().endswith((".", "\n", ":"))
            text = text[:start] + (lead[0].upper() + lead[1:] if at_start else lead) + text[start:]
    return (replace(article, text=text), gold) if text != article.text else None


def province_case(article: Article, gold: Gold, rng: random.Random) -> tuple[Article, Gold] | None:
    """A province name in lower case after "tỉnh" / "TP." / "thành phố" ("tỉnh hòa bình", as
    comment threads and some portals write it). Without the word before it a lower-case name is
    ambiguous ("hòa bình" is also peace), so only prefixed names are rewritten."""
    found = _mentions(article.text)
    if not found:
        return None
    text = article.text
    for start, end, _slug in sorted(found, reverse=True):
        if _PREFIXED.search(text[max(0, start - 12) : start]) and rng.random() < 0.5:
            text = text[:start] + text[start:end].lower() + text[end:]
    return (replace(article, text=text), gold) if text != article.text else None


_OUT_OF = re.compile(
    r"((?:thứ|hạng|trí) \d{1,2})\s*/\s*(63|34)(?!\d)(?:\s+(tỉnh, thành phố|tỉnh thành|địa phương|tỉnh))?"
)


def out_of_words(article: Article, gold: Gold, rng: random.Random) -> tuple[Article, Gold] | None:
    """A rank's denominator in words: "thứ 12/63" -> "thứ 12 trên 63 tỉnh, thành phố" / "trong 63 …"."""

    def sub(m: re.Match[str]) -> str:
        word = rng.choice(["trên", "trong", "trong tổng số"])
        return f"{m.group(1)} {word} {m.group(2)} {m.group(3) or 'tỉnh, thành phố'}"

    text = _OUT_OF.sub(sub, article.text)
    return (replace(article, text=text), gold) if text != article.text else None


# --- layout --------------------------------------------------------------------------------


def whitespace(article: Article, gold: Gold, rng: random.Random) -> tuple[Article, Gold] | None:
    """What HTML extraction leaves: no-break spaces, doubled spaces, blank lines between
    paragraphs (or none), a stray tab or zero-width space, trailing spaces."""
    out = []
    for ch in article.text:
        if ch == " ":
            r = rng.random()
            out.append("\u00a0" if r < 0.08 else "  " if r < 0.12 else "\u200b " if r < 0.13 else " ")
        elif ch == "\n":
            r = rng.random()
            out.append(" \n\n" if r < 0.5 else "\n \n" if r < 0.6 else "\n")
        else:
            out.append(ch)
    return replace(article, text="".join(out)), gold


def hard_wraps(article: Article, gold: Gold, rng: random.Random) -> tuple[Article, Gold] | None:
    """A <br> inside a sentence: a line break before a lower-case word in a few long lines (a break
    before a capital is ambiguous with a heading or a new paragraph, for readers too)."""
    lines = article.text.split("\n")
    changed = False
    longest = max(range(len(lines)), key=lambda i: len(lines[i]))
    for i, line in enumerate(lines):
        spaces = [m.start() for m in re.finditer(r"(?<=[^\s.!?:;…]) (?=[a-zà-ỹđ])", line)]
        if len(line) > 80 and spaces and (i == longest or rng.random() < 0.3):
            cut = rng.choice(spaces)
            lines[i] = line[:cut] + "\n" + line[cut + 1 :]
            changed = True
    return (replace(article, text="\n".join(lines)), gold) if changed else None


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZĐÀ-Ỹ])")
_ABBREVIATION = re.compile(r"(?:\b(?:TP|Tp|TS|ThS|GS|PGS|TT|Q|P)|\b[A-ZĐ])\.$")


def paragraphs(article: Article, gold: Gold, rng: random.Random) -> tuple[Article, Gold] | None:
    """Another paragraph layout: the sentences of long paragraphs each on their own line (a <p> per
    sentence, as some portals write)."""
    first, sep, rest = article.text.partition("\n")

    def split(line: str) -> str:
        if len(line) <= 80 or rng.random() < 0.3:
            return line
        out, last = [], 0
        for m in _SENTENCE_END.finditer(line):
            if _ABBREVIATION.search(line[max(0, m.start() - 5) : m.start()]):
                continue
            out.append(line[last : m.start()])
            last = m.end()
        return "\n".join([*out, line[last:]])

    text = first + sep + "\n".join(split(ln) for ln in rest.split("\n"))
    return (replace(article, text=text), gold) if text != article.text else None


def headline(article: Article, gold: Gold, rng: random.Random) -> tuple[Article, Gold] | None:
    """The title as outlets print it: in capitals, or run into the first paragraph as a sentence."""
    first, sep, rest = article.text.partition("\n")
    if not sep or not first.strip() or len(first) > 250:
        return None
    if rng.random() < 0.5:
        text = first.upper() + "\n" + rest
    else:
        body = rest.lstrip("\n")
        text = first.rstrip().rstrip(".") + ". " + body
    return replace(article, text=text), gold


FAMILIES: dict[str, Family] = {
    "province": swap_province,
    "numbers": shift_numbers,
    "number-format": percent_format,
    "years": shift_years,
    "rank-verbs": rank_verbs,
    "index-names": index_names,
    "province-forms": province_forms,
    "province-case": province_case,
    "out-of-words": out_of_words,
    "spelling": spelling,
    "nfd": nfd,
    "whitespace": whitespace,
    "line-breaks": hard_wraps,
    "paragraphs": paragraphs,
    "headline": headline,
    # written before any rule for them, from how real outlets vary (perturb_outlets.py)
    **OUTLET_FAMILIES,
}


# Families whose loss is known and not fixed yet (reported, not held by test_dev_corpus.py).
# "paragraphs" (a <p> per sentence) was one until 1.8, when a national report read over several
# lines (rule report-across-lines), a national department as the source and an index's edition
# written right after its name brought it to its as-written score. "rank-forms" and
# "indicator-forms" (perturb_outlets.py, scored before their rules) reached theirs in 1.8 too
# (rank-right-topic, index-year, abbreviation-gloss, provincial-level).
# The second batch ("respectively", "back-references") reached it in 1.8 as well (rank-before-list,
# items-after-own-value, clause-self-reference).
KNOWN_GAPS: set[str] = set()


@dataclass
class FamilyScore:
    family: str
    docs: int  # documents the rewrite applied to
    base: Report  # the same documents (as many times as they have variants) as written
    report: Report


def _rng(family: str, draw: int, doc: str, seed: int) -> random.Random:
    h = hashlib.sha1(f"{seed}:{family}:{draw}:{doc}".encode()).hexdigest()
    return random.Random(int(h[:16], 16))


def perturb_corpus(
    corpus: Corpus, family: str, draws: int = 2, seed: int = 20261130, docs: set[str] | None = None
) -> tuple[Corpus, set[str]]:
    """The corpus rewritten by one family (``draws`` variants per document, ids ``doc~f~n``)."""
    variants, _same, applied = _pair(corpus, family, draws, seed, docs)
    return variants, applied


def _pair(corpus: Corpus, family: str, draws: int, seed: int, docs: set[str] | None) -> tuple[Corpus, Corpus, set[str]]:
    """(variants, the same documents as written under the variants' ids, documents rewritten)."""
    fn = FAMILIES[family]
    by_doc: dict[str, list[dict]] = {}
    for g in corpus.gold:
        by_doc.setdefault(g["doc"], []).append(g)
    arts, gold, same_arts, same_gold, applied = [], [], [], [], set()
    for a in corpus.articles:
        if docs is not None and a.doc not in docs:
            continue
        for n in range(draws):
            got = fn(a, by_doc.get(a.doc, []), _rng(family, n, a.doc, seed))
            if got is None:
                continue
            art, g2 = got
            vid = f"{a.doc}~{family}~{n}"
            arts.append(replace(art, doc=vid))
            gold.extend(dict(g, doc=vid) for g in g2)
            same_arts.append(replace(a, doc=vid))
            same_gold.extend(dict(g, doc=vid) for g in by_doc.get(a.doc, []))
            applied.add(a.doc)
    return Corpus(arts, gold), Corpus(same_arts, same_gold), applied


def score_families(
    corpus: Corpus,
    families: list[str] | None = None,
    draws: int = 2,
    seed: int = 20261130,
    docs: set[str] | None = None,
) -> list[FamilyScore]:
    """Per family: the extractor on the rewritten documents, and on the same documents as written."""
    out = []
    for fam in families or list(FAMILIES):
        variants, same, applied = _pair(corpus, fam, draws, seed, docs)
        base = evaluate_corpus(same)
        out.append(FamilyScore(fam, len(applied), base, evaluate_corpus(variants)))
    return out
