"""Rewrite families modelling how real outlets phrase the same facts differently (issue 10).

The families of ``perturb.py`` were written after the rules they test (a province swap, a rank
verb, NFD text): they mostly confirm what was fixed. These were written *before* any rule for
them, from the variation real Vietnamese portals and newspapers show and the conventions of
``../shared/gold/ANNOTATION.md``; their first score is the honest one (``vndx/extract/README.md``).

Each family is ``(article, gold, rng) -> (article, gold) | None`` like those of ``perturb.py``
(which registers them in ``FAMILIES``). A rewrite either keeps every gold fact as it is (an aside,
a distractor sentence, another name of the same index) or changes the gold with the text (the
optional previous-year rank an aside "tăng 3 bậc" implies). Everything stays in memory.

Where a rewrite goes: the *fact spots*, the places where a core gold value is written (found
through the gold's evidence, so a number that is not a value is never taken for one), and the
sentence around each.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, replace

from vndx.extract.evaluate import Article

Gold = list[dict]

# a number as written: "38", "0,6735", "42.13", "1.954.846"
_NUMBER = re.compile(r"(?<![\d.,])\d+(?:[.,]\d+)*(?![\d])")
# "TP.", "Tp.", "TS.", an initial "A.": a dot that does not end the sentence
_ABBREVIATION = re.compile(r"(?:\b(?:TP|Tp|TS|ThS|GS|PGS|TT|Q|P|tr)|\b[A-ZĐ])$")
_SENTENCE_END = re.compile(r"[.!?…](?=\s|$)|\n")
_RANK_CODE = "_rank"
_REGIONS = [
    "Tây Nguyên",
    "Đồng bằng sông Cửu Long",
    "Trung du và miền núi phía Bắc",
    "Bắc Trung Bộ",
    "Đông Nam Bộ",
    "Đồng bằng sông Hồng",
    "duyên hải Nam Trung Bộ",
]
_DEPARTMENTS = ["Sở Tư pháp", "Sở Nội vụ", "Sở Tài chính", "Sở Y tế", "Sở Công Thương"]


def _parse(token: str) -> float | None:
    """Vietnamese reading: "0,6735" -> 0.6735, "1.954.846" -> 1954846, "42.13" -> 42.13."""
    if "," in token:
        whole, _, frac = token.rpartition(",")
        try:
            return float(f"{whole.replace('.', '') or 0}.{frac}")
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


@dataclass(frozen=True)
class Spot:
    """Where one core gold value is written: the number's span and its sentence's span."""

    start: int
    end: int
    sent_start: int
    sent_end: int  # the sentence's closing mark (or line end), exclusive of it
    fact: dict


def _sentence(text: str, pos: int) -> tuple[int, int]:
    """The sentence around ``pos``: from after the last sentence end before it to its own end
    (a dot after "TP" or an initial, or between digits, does not end a sentence)."""
    start = 0
    for m in _SENTENCE_END.finditer(text, 0, pos):
        if m.group() == "\n" or not _ABBREVIATION.search(text[max(0, m.start() - 4) : m.start()]):
            start = m.end()
    end = len(text)
    for m in _SENTENCE_END.finditer(text, pos):
        if m.group() == "\n" or not _ABBREVIATION.search(text[max(0, m.start() - 4) : m.start()]):
            end = m.start()
            break
    while start < end and text[start].isspace():
        start += 1
    return start, end


def fact_spots(text: str, gold: Gold) -> list[Spot]:
    """The core gold values the text writes as digits, found through each fact's evidence."""
    spots: dict[int, Spot] = {}
    for g in gold:
        if not g.get("core"):
            continue
        evidence = g.get("evidence", "").split(" -> ")[0]
        for frag in reversed([f.strip() for f in evidence.split("...") if f.strip()]):
            at = text.find(frag)
            if at < 0:
                continue
            hit = next(
                (
                    m
                    for m in _NUMBER.finditer(frag)
                    if (v := _parse(m.group())) is not None and _close(v, float(g["value"]))
                ),
                None,
            )
            if hit:
                s, e = _sentence(text, at + hit.start())
                spots.setdefault(at + hit.start(), Spot(at + hit.start(), at + hit.end(), s, e, g))
                break
    return [spots[k] for k in sorted(spots)]


def _kind(code: str, value: float) -> str:
    if code.endswith(_RANK_CODE):
        return "rank"
    if code.endswith("_rate") or code.endswith("_share"):
        return "percent"
    if code.endswith("_score") and value < 1:
        return "score"
    return "other"


def _decimal(rng: random.Random, lo: float, hi: float, places: int) -> str:
    return f"{rng.uniform(lo, hi):.{places}f}".replace(".", ",")


def _insert(text: str, edits: list[tuple[int, str]]) -> str:
    for at, piece in sorted(edits, reverse=True):
        text = text[:at] + piece + text[at:]
    return text


def _one_per_sentence(spots: list[Spot]) -> list[Spot]:
    seen, out = set(), []
    for s in spots:
        if s.sent_start not in seen:
            seen.add(s.sent_start)
            out.append(s)
    return out


def _pick(spots: list[Spot], rng: random.Random, share: float) -> list[Spot]:
    """Some of the spots (at least one), so a document keeps some facts as written."""
    chosen = [s for s in spots if rng.random() < share]
    return chosen or ([rng.choice(spots)] if spots else [])


# --- asides: numbers in a fact sentence that are not values -------------------------------------


def _after_value(text: str, spot: Spot) -> int:
    """The end of the value as written with its unit and denominator ("62,35%", "27/63", "0,4876 điểm")."""
    m = re.match(r"\s*(?:%|/\s*(?:63|34)(?!\d)|điểm(?!\s*phần))?", text[spot.end :])
    return spot.end + (m.end() if m else 0)


def asides(article: Article, gold: Gold, rng: random.Random) -> tuple[Article, Gold] | None:
    """A fact sentence carries an aside with numbers that are not values (ANNOTATION.md): the
    change since last year ("(tăng 4,7 điểm phần trăm so với cùng kỳ)", a relative "tăng 12,5%"
    after a score, "tăng 3 bậc so với năm trước" after a rank), the decision or report it comes
    from ("theo Quyết định số 922/QĐ-BTTTT ngày 15/4"), a cut-off date, the age band of a
    population share, a count beside a share ("với 1.234 hồ sơ"). Gold unchanged, except the
    optional previous-year rank that "tăng N bậc" implies (core false, as ANNOTATION.md says)."""
    text = article.text
    spots = _one_per_sentence(fact_spots(text, gold))
    if not spots:
        return None
    new_gold = [dict(g) for g in gold]
    edits: list[tuple[int, str]] = []
    for spot in _pick(spots, rng, 0.6):
        g = spot.fact
        kind = _kind(g["indicator"], float(g["value"]))
        sentence = text[spot.sent_start : spot.sent_end].lower()
        options: list[tuple[int, str]] = []
        trailing = spot.sent_end
        while trailing > spot.sent_start and text[trailing - 1] in " ,;:":
            trailing -= 1
        paper, kinds = rng.choice([("Quyết định", ["QĐ-BTTTT", "QĐ-UBND"]), ("Báo cáo", ["BC-UBND", "BC-STTTT"])])
        day = f"{rng.randint(1, 28)}/{rng.randint(1, 12)}"
        if text[spot.sent_end : spot.sent_end + 1] in (".", "!", "?"):  # a sentence, not a headline
            options.append((trailing, f", theo {paper} số {rng.randint(120, 2999)}/{rng.choice(kinds)} ngày {day}"))
            options.append((trailing, f" (số liệu tính đến ngày {day})"))
        after = _after_value(text, spot)
        closes = re.match(r"\s*(?:[,.;)]|$)", text[after:]) is not None  # "(tăng ...)" never splits a clause
        if kind == "percent":
            if closes:
                options.append((after, f" (tăng {_decimal(rng, 1, 9, 1)} điểm phần trăm so với cùng kỳ)"))
            if options and "hồ sơ" in sentence:
                options.append((trailing, f", với {rng.randint(1, 99)}.{rng.randint(100, 999)} hồ sơ được tiếp nhận"))
            if options and ("smartphone" in g["indicator"] or "eid" in g["indicator"] or "dân số" in sentence):
                options.append((trailing, f" (tính trên dân số từ {rng.choice([14, 15, 16])} tuổi trở lên)"))
        elif kind == "score" and closes:
            options.append((after, f", tăng {_decimal(rng, 2, 30, 1)}% so với năm trước"))
        elif kind == "rank" and closes and "bậc" not in sentence and "so với" not in sentence:
            k = rng.randint(1, 6)
            prev = int(g["value"]) + k
            cap = 34 if g.get("out_of") == 34 else 63
            clash = any(x["indicator"] == g["indicator"] and x["period"] == g["period"] - 1 for x in gold)
            if prev <= cap and not clash:
                options.append((after, f" (tăng {k} bậc so với năm trước)"))
        if not options:
            continue
        at, piece = rng.choice(options)
        edits.append((at, piece))
        if "bậc" in piece:
            prev_fact = dict(g, period=g["period"] - 1, value=int(g["value"]) + int(re.search(r"\d+", piece).group()))
            prev_fact.update(core=False, evidence=f"{piece.strip(' ()')} -> derived")
            prev_fact.pop("acceptable_periods", None)
            new_gold.append(prev_fact)
    new = _insert(text, edits)
    return (replace(article, text=new), new_gold) if new != text else None


# --- distractors: the same indicator for a subject that is never the province -------------------

_CONNECTOR_START = re.compile(
    r"\s*(?:trong đó|cụ thể|theo đó|riêng|còn|đồng thời|ngoài ra|bên cạnh đó|các |những |tương ứng|lần lượt|"
    r"với |đây |điều này|kết quả này|xếp |đứng |tăng |giảm |[-+•*]|\d)",
    re.I,
)


def _distractor(kind: str, code: str, gold: Gold, rng: random.Random) -> str | None:
    taken = {str(g["value"]) for g in gold}
    region = rng.choice(_REGIONS)
    if kind == "rank":
        k = rng.choice([n for n in range(2, 9) if str(n) not in taken and f"{n}.0" not in taken])
        return rng.choice(
            [
                f"Trong khu vực {region}, địa phương này đứng thứ {k}.",
                f"So với các tỉnh trong vùng {region}, tỉnh xếp thứ {k}.",
                f"Ở khối sở, ngành, {rng.choice(_DEPARTMENTS)} xếp thứ nhất với {_decimal(rng, 0.6, 0.9, 4)} điểm.",
            ]
        )
    if kind == "score":
        s = _decimal(rng, 0.35, 0.65, 4)
        return rng.choice(
            [
                f"Điểm bình quân của cả nước là {s}.",
                f"Giá trị trung bình của các tỉnh, thành phố đạt {s} điểm.",
                f"Khu vực {region} có điểm trung bình {s}.",
                f"Trong khối sở, ngành, {rng.choice(_DEPARTMENTS)} dẫn đầu với {s} điểm.",
            ]
        )
    if kind == "percent":
        p = _decimal(rng, 20, 95, 1)
        return rng.choice(
            [
                f"Bình quân cả nước, tỷ lệ này đạt {p}%.",
                f"Tỷ lệ này của cả nước là {p}%.",
                f"Riêng cấp huyện, tỷ lệ này đạt {p}%.",
                f"Khu vực {region} có tỷ lệ bình quân {p}%.",
            ]
        )
    return None


def distractors(article: Article, gold: Gold, rng: random.Random) -> tuple[Article, Gold] | None:
    """After a paragraph's last fact sentence, a sentence with the same kind of figure whose
    subject is never the province (ANNOTATION.md: national figures and averages, a region, a
    department, a district level, a regional rank): "Bình quân cả nước, tỷ lệ này đạt 73,2%.",
    "Trong khu vực Tây Nguyên, địa phương này đứng thứ 3.". Gold unchanged. Only at a paragraph's
    end and never before a paragraph that opens with a connector or a bare rank ("Trong đó, ...",
    "Xếp thứ 20/63"), which would read the distractor as what they continue; no other province is
    named (another province's value would be a fact of its own)."""
    text = article.text
    spots = [
        s
        for s in _one_per_sentence(fact_spots(text, gold))
        if s.sent_end < len(text)
        and text[s.sent_end] in ".!?"
        and re.match(r"[.!?]?[ \t]*(?:\n|$)", text[s.sent_end :])
        and not _CONNECTOR_START.match(text[s.sent_end + 1 :].lstrip("\n"))
    ]
    if not spots:
        return None
    edits = []
    for spot in _pick(spots, rng, 0.6):
        g = spot.fact
        sentence = _distractor(_kind(g["indicator"], float(g["value"])), g["indicator"], gold, rng)
        if sentence:
            edits.append((spot.sent_end + 1, " " + sentence))
    new = _insert(text, edits)
    return (replace(article, text=new), gold) if new != text else None


# --- rank forms: the same rank written another way ----------------------------------------------

_ORDINAL_WORDS = {1: ["nhất"], 2: ["nhì", "hai"], 3: ["ba"], 4: ["tư"], 5: ["năm"], 6: ["sáu"], 7: ["bảy"], 8: ["tám"],
                  9: ["chín"], 10: ["mười"]}  # fmt: skip
# a verb that places ("xếp thứ 9") or a noun that names a place ("từ hạng 40", "vị trí thứ 9")
_RANK = re.compile(
    r"(?<!\w)(?P<cue>xếp thứ hạng|xếp hạng thứ|xếp hạng|xếp thứ|đứng thứ|đứng ở vị trí thứ|đứng vị trí thứ|"
    r"giữ vị trí thứ|vị trí thứ|hạng)\s+(?P<n>\d{1,2})"
    r"(?P<den>\s*/\s*(?:63|34)(?!\d)"
    r"(?: (?:tỉnh, thành phố|tỉnh, thành|tỉnh thành|địa phương|tỉnh)(?: trực thuộc Trung ương)?)?)?"
    r"(?!\d|[.,]\d|\s*(?:,|và)\s*\d)",
    re.I,
)
_VERB_CUES = {"xếp thứ hạng", "xếp hạng thứ", "xếp hạng", "xếp thứ", "đứng thứ", "đứng ở vị trí thứ", "đứng vị trí thứ",
              "giữ vị trí thứ"}  # fmt: skip


def rank_forms(article: Article, gold: Gold, rng: random.Random) -> tuple[Article, Gold] | None:
    """A rank written as other outlets write it, the value unchanged (ANNOTATION.md "Ranks"):
    ordinal words for 1-10 ("xếp thứ chín", "vị trí thứ nhì"), "xếp hạng 9 cả nước", "đứng vị trí
    thứ 9 toàn quốc", "xếp thứ 9 trong cả nước" for "/63" (a national field in words; `out_of` is
    not scored). Only numbers that are gold ranks, and never one of a list ("thứ 12, 30 và 8")."""
    ranks = {int(g["value"]) for g in gold if g["indicator"].endswith(_RANK_CODE) and g.get("core")}
    if not ranks:
        return None

    def sub(m: re.Match[str]) -> str:
        n = int(m.group("n"))
        if n not in ranks or rng.random() < 0.3:
            return m.group()
        cue = m.group("cue")
        verb = cue.lower() in _VERB_CUES
        field = rng.choice([" cả nước", " toàn quốc", " trong cả nước"]) if m.group("den") else ""
        num = rng.choice(_ORDINAL_WORDS[n]) if n in _ORDINAL_WORDS and rng.random() < 0.6 else str(n)
        if verb:
            forms = [f"xếp thứ {num}", f"đứng vị trí thứ {num}", f"đứng thứ {num}"]
            if num.isdigit():
                forms.append(f"xếp hạng {num}")
        else:
            forms = [f"vị trí thứ {num}"] + ([f"hạng {num}"] if num.isdigit() else [])
        new = rng.choice(forms) + field
        return new[0].upper() + new[1:] if cue[0].isupper() else new

    text = _RANK.sub(sub, article.text)
    return (replace(article, text=text), gold) if text != article.text else None


# --- indicator forms: the same indicator named another way --------------------------------------

_DTI_LONG = re.compile(
    r"(?<!\w)(?:[Bb]ộ )?[Cc]hỉ số (?:[Cc]huyển đổi số(?: cấp tỉnh)?(?: \(DTI\))?|DTI(?: cấp tỉnh)?)"
    r"(?! (?:của các|cấp bộ|thành phần))"
)
_DTI_FORMS = [
    "Chỉ số đánh giá mức độ chuyển đổi số cấp tỉnh",
    "Chỉ số đánh giá chuyển đổi số cấp tỉnh (DTI)",
    "chỉ số xếp hạng chuyển đổi số cấp tỉnh",
    "Chỉ số CĐS cấp tỉnh (DTI)",
    "Bộ chỉ số DTI cấp tỉnh",
]
_PILLAR_NAME = re.compile(
    r"(?<!tỷ trọng )(?<!tỉ trọng )(?<!niên )(?<!“)(?<!\")(?<!hoạt động )(?<!Hoạt động )"
    r"(?<!trụ cột )(?<!Trụ cột )(?<!chỉ số )(?<!Chỉ số )(?<!\w)(?P<p>[Cc]hính quyền số|[Kk]inh tế số|[Xx]ã hội số)"
    r"(?![\s”\"]*[(”\"])(?! (?:Việt Nam|trong GDP|trong GRDP))(?=[^.;\n]{0,30}\d)"
)
_PILLAR_ABBR = {"chính quyền số": "CQS", "kinh tế số": "KTS", "xã hội số": "XHS"}
_PAR = re.compile(
    r"(?<!\w)[Cc]hỉ số (?:cải cách hành chính|CCHC)(?: \(PAR ?INDEX\)| \(Par ?Index\))?|PAR ?INDEX|Par ?Index"
)
_PAR_FORMS = ["Chỉ số CCHC (PAR Index)", "chỉ số PAR INDEX", "Chỉ số cải cách hành chính", "Par Index"]
_FULL_ONLINE = re.compile(r"(?<=trực tuyến )toàn trình|(?<=\(DVCTT\) )toàn trình|(?<=DVCTT )toàn trình")


def indicator_forms(article: Article, gold: Gold, rng: random.Random) -> tuple[Article, Gold] | None:
    """The indicator named as other outlets name it (ANNOTATION.md "DTI codes"): the DTI as "Chỉ
    số đánh giá mức độ chuyển đổi số cấp tỉnh" / "Chỉ số CĐS cấp tỉnh (DTI)" / "chỉ số xếp hạng
    chuyển đổi số"; a pillar as "trụ cột chính quyền số", "Chính quyền số (CQS)" or "chỉ số kinh
    tế số" where a value follows (never "hoạt động ..."); the PAR Index as "Chỉ số CCHC";
    "trực tuyến toàn trình" under its older name "mức độ 4". Gold unchanged."""
    text = article.text

    def cap_like(old: str, new: str, at: int) -> str:
        head = text[max(0, at - 2) : at].rstrip()
        if old[0].isupper() or at == 0 or head.endswith((".", "\n", ":")) or not head:
            return new[0].upper() + new[1:]
        return new[0].lower() + new[1:] if not new.startswith(("DTI", "CĐS", "PAR", "CCHC")) else new

    def dti(m: re.Match[str]) -> str:
        if rng.random() < 0.3 or text[m.end() : m.end() + 1].isalpha():  # "(DTI)tỉnh": a page's missing space
            return m.group()
        return cap_like(m.group(), rng.choice(_DTI_FORMS), m.start())

    def pillar(m: re.Match[str]) -> str:
        old = m.group("p")
        name = old.lower()
        new = rng.choice([f"trụ cột {name}", f"{name} ({_PILLAR_ABBR[name]})", f"chỉ số {name}", old])
        return new[0].upper() + new[1:] if old[0].isupper() else new

    def par(m: re.Match[str]) -> str:
        return cap_like(m.group(), rng.choice(_PAR_FORMS), m.start())

    new = _DTI_LONG.sub(dti, text)
    text = new  # cap_like reads the text being rewritten at each step (offsets of that text)
    new = _PILLAR_NAME.sub(pillar, text)
    text = new
    new = _PAR.sub(par, text)
    new = _FULL_ONLINE.sub("mức độ 4", new) if rng.random() < 0.7 else new
    return (replace(article, text=new), gold) if new != article.text else None


# --- year position: the year at the end of the clause -------------------------------------------

_YEAR_LEAD = re.compile(r"(?:Năm|Trong năm) (20[12]\d), ")
_DTI_ABOUT = re.compile(
    r"về (?:[Cc]hỉ số |[Bb]ộ chỉ số )?(?:[Cc]huyển đổi số|DTI|CĐS)(?: cấp tỉnh)?(?: \(DTI\))?(?=[\s,.;])"
)


def year_position(article: Article, gold: Gold, rng: random.Random) -> tuple[Article, Gold] | None:
    """The year after the index or at the clause's end instead of heading the sentence, as many
    outlets write it: "Năm 2022, chỉ số DTI của tỉnh đạt 0,51" -> "Chỉ số DTI năm 2022 của tỉnh
    đạt 0,51"; "Năm 2022, tỉnh X xếp thứ 9/63 về chỉ số DTI." -> "Tỉnh X xếp thứ 9/63 về chỉ số
    DTI năm 2022."; else "... trong năm 2022" at the end of a sentence that names no other year
    and compares with nothing. Only a fact sentence that opens with its year; gold unchanged."""
    text = article.text
    edits: list[tuple[int, int, str]] = []
    for spot in _one_per_sentence(fact_spots(text, gold)):
        s, e = spot.sent_start, spot.sent_end
        m = _YEAR_LEAD.match(text, s)
        if not m or rng.random() < 0.15:
            continue
        rest, year, value_at = text[m.end() : e], m.group(1), spot.start - m.end()
        names = [x for x in (_DTI_LONG.search(rest), _PAR.search(rest), _DTI_ABOUT.search(rest)) if x]
        name = min(names, key=lambda x: x.start()) if names else None
        if name and name.end() <= value_at and not re.match(r" (?:năm )?20\d\d", rest[name.end() :]):
            body = rest[: name.end()] + f" năm {year}" + rest[name.end() :]
        elif not re.search(r"(?<!\d)20\d\d(?!\d)|so với|[:;]", rest):
            body = rest.rstrip(" ,") + f" trong năm {year}"
        else:
            continue
        edits.append((s, e, body[0].upper() + body[1:]))
    if not edits:
        return None
    for s, e, body in sorted(edits, reverse=True):
        text = text[:s] + body + text[e:]
    return replace(article, text=text), gold


# --- unit words ---------------------------------------------------------------------------------

_PERCENT = re.compile(r"(?<![\d.,])(\d+(?:,\d+)?)\s?%")
_SCORE = re.compile(r"(?<![\d.,])(0,\d{2,4})(?![\d.,])(?!\s*(?:điểm|%|/))")


def unit_words(article: Article, gold: Gold, rng: random.Random) -> tuple[Article, Gold] | None:
    """Units in words, as spoken-style outlets write them: "42,13 phần trăm" for "42,13%", and a
    score with its unit, "0,6120 điểm" for a bare "0,6120". Gold unchanged."""
    text = _PERCENT.sub(lambda m: f"{m.group(1)} phần trăm" if rng.random() < 0.6 else m.group(), article.text)
    text = _SCORE.sub(lambda m: f"{m.group(1)} điểm" if rng.random() < 0.6 else m.group(), text)
    return (replace(article, text=text), gold) if text != article.text else None


# --- back-references: the province named once, then "tỉnh" / "địa phương này" ---------------------


def _article_province(article: Article, gold: Gold) -> str | None:
    """The one province every core gold fact is about (None for an article about several)."""
    provinces = {g["province"] for g in gold if g.get("core")}
    return provinces.pop() if len(provinces) == 1 else None


def back_references(article: Article, gold: Gold, rng: random.Random) -> tuple[Article, Gold] | None:
    """After its first mention, the article's province referred back to as outlets do
    (ANNOTATION.md: "tỉnh", "địa phương này", "Thành phố" resolve to the province the text is
    about): "tỉnh Bình Phước xếp thứ 27" -> "tỉnh xếp thứ 27", "Bình Phước đạt" -> "Địa phương này
    đạt", "TP. Cần Thơ" -> "thành phố". Only in fact sentences that name no other province, of an
    article whose core facts are all about that one province; its first mention stays. Gold
    unchanged."""
    from vndx.extract.gazetteer import SELF, load_gazetteer  # noqa: PLC0415 - perturbation only
    from vndx.extract.text import fold_case_preserving  # noqa: PLC0415

    slug = _article_province(article, gold)
    text = article.text
    cased = fold_case_preserving(text)
    if slug is None or len(cased) != len(text):
        return None
    found = [m for m in load_gazetteer().mentions(cased, cased.lower()) if m.slug != SELF]
    own = [m for m in found if m.slug == slug]
    if len(own) < 2:
        return None
    first = own[0].start
    edits: list[tuple[int, int, str]] = []
    for spot in _one_per_sentence(fact_spots(text, gold)):
        s, e = spot.sent_start, spot.sent_end
        inside = [m for m in found if s <= m.start < e]
        if any(m.slug != slug for m in inside) or rng.random() < 0.3:
            continue
        for m in inside:
            if m.start <= first or m.start > spot.start:
                continue  # the first mention, and names after the value, stay
            head = text[max(s, m.start - 12) : m.start]
            pre = re.search(r"(tỉnh|Tỉnh|TP\.|Tp\.|thành phố|Thành phố) ?$", head)
            city = text[m.start : m.end].startswith(("TP", "Tp", "Thành phố", "thành phố"))
            if pre:
                word = pre.group(1)
                new = "thành phố" if word.lower().startswith(("tp", "thành")) else "tỉnh"
                new = new[0].upper() + new[1:] if word[0].isupper() else new
                edits.append((m.start - len(pre.group(0)), m.end, new))
            elif city:
                edits.append((m.start, m.end, "Thành phố" if m.start == s else "thành phố"))
            else:
                new = rng.choice(["địa phương này", "tỉnh"]) if not re.search(r"của\s*$", head) else "tỉnh"
                edits.append((m.start, m.end, new[0].upper() + new[1:] if m.start == s else new))
    if not edits:
        return None
    for a, b, new in sorted(edits, reverse=True):
        text = text[:a] + new + text[b:]
    return replace(article, text=text), gold


# --- movement: the previous year's rank written out ------------------------------------------

_STEPS = re.compile(r"(?P<dir>tăng|giảm) (?P<k>\d{1,2}) (?:bậc|hạng) so với năm (?P<year>20\d\d)(?![\d(])(?! \()")


def movement(article: Article, gold: Gold, rng: random.Random) -> tuple[Article, Gold] | None:
    """The previous year's rank written beside the change, as many outlets do: "xếp thứ 27/63,
    tăng 5 bậc so với năm 2021" -> "..., tăng 5 bậc so với năm 2021 (xếp thứ 32/63)" or "(năm
    2021 đứng thứ 32)". ANNOTATION.md: an explicit previous-year value is core for that year, so
    the gold gains it as core (the optional one derived from "tăng 5 bậc" becomes core)."""
    text = article.text
    new_gold = [dict(g) for g in gold]
    edits: list[tuple[int, str]] = []
    for spot in _one_per_sentence(fact_spots(text, gold)):
        g = spot.fact
        if not g["indicator"].endswith(_RANK_CODE):
            continue
        m = _STEPS.search(text, spot.end, spot.sent_end)
        if not m or re.search(r"\d", text[spot.end : m.start()].replace("/63", "").replace("/34", "")):
            continue  # another number between the rank and its change: not plainly this rank's
        year, k = int(m.group("year")), int(m.group("k"))
        prev = int(g["value"]) + (k if m.group("dir") == "tăng" else -k)
        cap = 63
        if year != g["period"] - 1 or not 1 <= prev <= cap or g.get("out_of") == 34 or g["period"] > 2023:
            continue  # the previous year of a 34-province rank is of another province slug
        if text[m.end() : m.end() + 1] == ")" or text.rfind("(", spot.sent_start, m.start()) > text.rfind(
            ")", spot.sent_start, m.start()
        ):
            continue  # inside a bracket already: a second bracket inside it is no outlet's style
        same = [x for x in new_gold if x["indicator"] == g["indicator"] and x["period"] == year]
        if any(not _close(float(x["value"]), prev) for x in same):
            continue
        piece = rng.choice([f" (xếp thứ {prev}/{cap})", f" (đứng thứ {prev})", f" (khi đó xếp hạng {prev})"])
        edits.append((m.end(), piece))
        for x in same:
            x["core"] = True
            x.pop("acceptable_periods", None)
        if not same:
            new_gold.append(dict(g, period=year, value=prev, core=True, evidence=m.group() + piece))
    if not edits:
        return None
    return replace(article, text=_insert(text, edits)), new_gold


# --- lists: "lần lượt" -------------------------------------------------------------------------

_LIST_ITEM = (
    r"(?P<name{i}>(?:[Cc]hỉ số |[Tt]rụ cột )?(?:[Cc]hính quyền số|[Kk]inh tế số|[Xx]ã hội số|[Nn]hận thức số|"
    r"[Tt]hể chế số|[Hh]ạ tầng số|[Nn]hân lực số))(?: \((?:CQS|KTS|XHS)\))? (?P<verb{i}>xếp thứ|đứng thứ|xếp hạng) "
    r"(?P<n{i}>\d{{1,2}}(?:/63|/34)?)(?![\d,.]\d)"
)
_LIST = re.compile(
    _LIST_ITEM.format(i=1) + r"(?:,|;| và| còn) " + _LIST_ITEM.format(i=2)
    + r"(?:(?:(?:,|;| và) " + _LIST_ITEM.format(i=3) + r"))?"
)  # fmt: skip


def respectively(article: Article, gold: Gold, rng: random.Random) -> tuple[Article, Gold] | None:
    """Pillars or main indices ranked one by one written as a list, as many outlets write them:
    "chính quyền số xếp thứ 18/63, xã hội số xếp thứ 24/63" -> "chính quyền số và xã hội số lần
    lượt xếp thứ 18/63 và 24/63" (ANNOTATION.md "Lists": values map to the items in order). Gold
    unchanged."""

    def sub(m: re.Match[str]) -> str:
        names = [m.group(f"name{i}") for i in (1, 2, 3) if m.group(f"name{i}")]
        nums = [m.group(f"n{i}") for i in (1, 2, 3) if m.group(f"n{i}")]
        if rng.random() < 0.3:
            return m.group()
        join = lambda xs: ", ".join(xs[:-1]) + " và " + xs[-1]  # noqa: E731
        lowered = [names[0]] + [n[0].lower() + n[1:] for n in names[1:]]
        verb = rng.choice(["lần lượt xếp thứ", "xếp thứ lần lượt là", "lần lượt đứng thứ", "tương ứng xếp thứ"])
        return f"{join(lowered)} {verb} {join(nums)}"

    text = _LIST.sub(sub, article.text)
    return (replace(article, text=text), gold) if text != article.text else None


# --- regional ranks and streaks beside a national rank ---------------------------------------

_ORDINAL_OF = {1: "nhất", 2: "hai", 3: "ba", 4: "tư", 5: "năm", 6: "sáu", 7: "bảy", 8: "tám"}


def regional_asides(article: Article, gold: Gold, rng: random.Random) -> tuple[Article, Gold] | None:
    """A national rank followed by a place inside a region or a streak, as outlets add them:
    "xếp thứ 37/63 cả nước và thứ hai khu vực Nam Trung Bộ", "(đứng thứ 3 trong vùng Tây Nguyên)",
    ", năm thứ 3 liên tiếp nằm trong nhóm dẫn đầu" (ANNOTATION.md: a regional rank is no fact, and
    "năm thứ 3 liên tiếp" is not rank 3). Only after a rank that closes its clause; gold unchanged."""
    text = article.text
    edits: list[tuple[int, str]] = []
    for spot in _one_per_sentence(fact_spots(text, gold)):
        g = spot.fact
        if g["indicator"] != "dti_rank" and not g["indicator"].endswith(
            ("government_rank", "economy_rank", "society_rank")
        ):
            continue
        after = _after_value(text, spot)
        tail = re.match(
            r"(?: (?:cả nước|toàn quốc|trong cả nước|tỉnh, thành phố|tỉnh thành|địa phương))?", text[after:]
        )
        at = after + (tail.end() if tail else 0)
        if not re.match(r"\s*(?:[,.;]|$)", text[at:]) or rng.random() < 0.3:
            continue
        k = rng.choice([n for n in range(1, 9) if n != int(g["value"])])
        region = rng.choice(_REGIONS)
        piece = rng.choice(
            [
                f" và thứ {_ORDINAL_OF[k]} khu vực {region}",
                f" (đứng thứ {k} trong vùng {region})",
                f", năm thứ {rng.randint(2, 4)} liên tiếp nằm trong nhóm dẫn đầu",
                f", xếp thứ {k} trong các tỉnh {region}",
            ]
        )
        edits.append((at, piece))
    if not edits:
        return None
    return replace(article, text=_insert(text, edits)), gold


# --- hedges: "khoảng", "gần", "hơn" before a value ------------------------------------------

_HEDGE_SPOT = re.compile(r"(?:đạt|là|với|chiếm|ở mức) $")


def hedges(article: Article, gold: Gold, rng: random.Random) -> tuple[Article, Gold] | None:
    """A share or a score with the hedge outlets put before it: "đạt khoảng 92,3%", "với gần 0,61
    điểm", "chiếm hơn 9,5%" (ANNOTATION.md: the value is the number, the hedge its qualifier, which
    is not scored). Only right after "đạt", "là", "với", "chiếm", "ở mức"; gold unchanged."""
    text = article.text
    edits: list[tuple[int, str]] = []
    for spot in fact_spots(text, gold):
        kind = _kind(spot.fact["indicator"], float(spot.fact["value"]))
        if kind not in ("percent", "score") or not _HEDGE_SPOT.search(text, max(0, spot.start - 8), spot.start):
            continue
        if rng.random() < 0.6:
            edits.append((spot.start, rng.choice(["khoảng ", "gần ", "hơn ", "trên ", "xấp xỉ "])))
    if not edits:
        return None
    return replace(article, text=_insert(text, edits)), gold


# --- as-of dates and attributions around a fact sentence ------------------------------------

_CONNECTOR_WORDS = ("Trong ", "Theo ", "Về ", "Việc ", "Cụ ", "Đặc ", "Bên ", "Ngoài ", "Tuy ", "Năm ", "Với ",
                    "Đến ", "Riêng ", "Đối ", "Sau ", "Nhờ ", "Hiện ")  # fmt: skip
_LOWER_FIRST = ("Tỷ ", "Tỉ ", "Toàn ", "Số ", "Có ", "Hiện ", "Đã ", "Trên ", "Hơn ", "Gần ")


def as_of_dates(article: Article, gold: Gold, rng: random.Random) -> tuple[Article, Gold] | None:
    """The cut-off date outlets put before a running figure: "Tính đến ngày 30/6/2024, tỷ lệ ...
    đạt 91%", "Tính đến hết tháng 5/2024, ..." (ANNOTATION.md: the value's year is the date's).
    Only a share or count (a ranking's year is its edition, not a date) in a sentence that writes
    no year, whose gold year is the publication year, with a date before the publication; gold
    unchanged."""
    pub = article.published
    if pub is None:
        return None
    text = article.text
    edits: list[tuple[int, int, str]] = []
    for spot in _one_per_sentence(fact_spots(text, gold)):
        g, s, e = spot.fact, spot.sent_start, spot.sent_end
        if _kind(g["indicator"], float(g["value"])) == "rank" or "score" in g["indicator"]:
            continue
        if g["period"] != pub.year or re.search(r"(?<!\d)20\d\d(?!\d)", text[s:e]) or rng.random() < 0.3:
            continue
        if pub.month == 1:
            continue  # no earlier month of that year
        month = rng.randint(1, pub.month - 1)
        lead = rng.choice(
            [f"Tính đến ngày {rng.randint(1, 28)}/{month}/{pub.year}, ", f"Tính đến hết tháng {month}/{pub.year}, "]
        )
        first = text[s:e]
        if first.startswith(_LOWER_FIRST + ("Tỉnh ",)):
            first = first[0].lower() + first[1:]
        elif not re.match(r"[A-ZĐ]\w* [A-ZĐ]\w*", first) or first.startswith(_CONNECTOR_WORDS):
            continue  # a lead before "Trong khi đó, ..." or "Theo báo cáo ..." is no outlet's style
        edits.append((s, e, lead + first))
    if not edits:
        return None
    for s, e, body in sorted(edits, reverse=True):
        text = text[:s] + body + text[e:]
    return replace(article, text=text), gold


_SPEAKERS = [
    "ông Nguyễn Văn Hùng, Giám đốc Sở Thông tin và Truyền thông cho biết",
    "bà Trần Thị Lan, Phó Chủ tịch UBND tỉnh nhấn mạnh",
    "lãnh đạo Sở Khoa học và Công nghệ thông tin",
    "theo báo cáo của UBND tỉnh",
]


def attributions(article: Article, gold: Gold, rng: random.Random) -> tuple[Article, Gold] | None:
    """A fact sentence attributed to who said it, as news reports write it: "..., ông Nguyễn Văn
    Hùng, Giám đốc Sở Thông tin và Truyền thông cho biết." (ANNOTATION.md: a department named as
    the source is not the subject). Only sentences that end with a full stop; gold unchanged."""
    text = article.text
    edits: list[tuple[int, str]] = []
    for spot in _one_per_sentence(fact_spots(text, gold)):
        if text[spot.sent_end : spot.sent_end + 1] != "." or rng.random() < 0.4:
            continue
        edits.append((spot.sent_end, ", " + rng.choice(_SPEAKERS)))
    if not edits:
        return None
    return replace(article, text=_insert(text, edits)), gold


# --- relative years -------------------------------------------------------------------------

_NAMED_YEAR = re.compile(r"(?<!\w)([Nn]ăm) (20\d\d)(?![\d/-])")


def relative_years(article: Article, gold: Gold, rng: random.Random) -> tuple[Article, Gold] | None:
    """Years written relative to the publication, as news does: "năm 2024" in an article of 2024
    -> "năm nay", "năm 2023" -> "năm ngoái" / "năm trước" (ANNOTATION.md: the period is the year
    the words mean; "so với năm trước" stays a comparison). Not in the first line (a headline keeps
    its year); gold unchanged."""
    pub = article.published
    if pub is None:
        return None
    text = article.text
    body_at = text.find("\n") + 1

    def sub(m: re.Match[str]) -> str:
        year = int(m.group(2))
        if m.start() < body_at or rng.random() < 0.3:
            return m.group()
        if year == pub.year:
            return f"{m.group(1)} nay"
        if year == pub.year - 1:
            return f"{m.group(1)} {rng.choice(['ngoái', 'trước'])}"
        return m.group()

    new = text[:body_at] + _NAMED_YEAR.sub(sub, text[body_at:])
    return (replace(article, text=new), gold) if new != text else None


# --- joined sentences -------------------------------------------------------------------------


def joined_sentences(article: Article, gold: Gold, rng: random.Random) -> tuple[Article, Gold] | None:
    """Two fact sentences of a paragraph written as one, as long news sentences are: "... đạt
    0,54 điểm. Tỷ lệ hồ sơ trực tuyến đạt 48,6%." -> "... đạt 0,54 điểm; tỷ lệ hồ sơ trực tuyến đạt
    48,6%" or "..., đồng thời tỷ lệ ...". Only when the second opens with a common noun ("Tỷ lệ",
    "Toàn tỉnh", "Số", "Tỉnh", ...), which can go on in lower case; gold unchanged."""
    text = article.text
    spots = _one_per_sentence(fact_spots(text, gold))
    starts = {s.sent_start for s in spots}
    edits: list[tuple[int, int, str]] = []
    for spot in spots:
        e = spot.sent_end
        nxt = re.match(r"\. ", text[e : e + 2])
        if not nxt or e + 2 not in starts or rng.random() < 0.3:
            continue
        head = text[e + 2 : e + 12]
        if not head.startswith(_LOWER_FIRST + ("Tỉnh ",)):
            continue
        joint = rng.choice(["; ", ", đồng thời ", ", trong khi "])
        edits.append((e, e + 3, joint + head[0].lower()))
    if not edits:
        return None
    for a, b, piece in sorted(edits, reverse=True):
        text = text[:a] + piece + text[b:]
    return replace(article, text=text), gold


# --- quoted names -----------------------------------------------------------------------------

_QUOTABLE = re.compile(
    r"(?<![“\"\w])(?<!động )(?<!trọng )(?<!niên )"
    r"(?:[Cc]hính quyền số|[Kk]inh tế số|[Xx]ã hội số|[Nn]hận thức số|[Tt]hể chế số|[Hh]ạ tầng số|"
    r"[Nn]hân lực số|[Aa]n toàn thông tin mạng)(?![”\"\w])"
    r"(?=\s*(?:xếp|đứng|đạt|giữ|có|ở|vươn|tăng|giảm|[-–:,])[^.;\n]{0,40}\d)"
)  # a pillar or main index named on its own before its value: not "hoạt động ...", "tỷ trọng ..."


def quoted_names(article: Article, gold: Gold, rng: random.Random) -> tuple[Article, Gold] | None:
    """Pillar and main index names in quotation marks, as many outlets print them: 'trụ cột
    “Chính quyền số” xếp thứ 3', '“Hạ tầng số” đạt 0,41' (straight or curly quotes; only a name
    standing on its own before its verb and value). Gold unchanged."""
    open_q, close_q = rng.choice([("“", "”"), ('"', '"')])

    def sub(m: re.Match[str]) -> str:
        return f"{open_q}{m.group()}{close_q}" if rng.random() < 0.7 else m.group()

    text = _QUOTABLE.sub(sub, article.text)
    return (replace(article, text=text), gold) if text != article.text else None


OUTLET_FAMILIES = {
    "asides": asides,
    "distractors": distractors,
    "rank-forms": rank_forms,
    "indicator-forms": indicator_forms,
    "year-position": year_position,
    "unit-words": unit_words,
    # second batch, also scored before any rule for them
    "back-references": back_references,
    "movement": movement,
    "respectively": respectively,
    # third batch, also scored before any rule for them
    "regional-asides": regional_asides,
    "hedges": hedges,
    # fourth batch, also scored before any rule for them
    "as-of-dates": as_of_dates,
    "attributions": attributions,
    # fifth batch, also scored before any rule for it
    "relative-years": relative_years,
    "joined-sentences": joined_sentences,
    "quoted-names": quoted_names,
}
