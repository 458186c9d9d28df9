"""Whose value it is: ``SUBJECT_RULES`` (asked in order, the first that answers credits the
province) and ``SUBJECT_REFUSALS`` (the first that fires drops the value by name).

Each rule is a small function whose docstring says why; ``make eval`` names the rule that
credited a fact whose province is wrong (``wrong-province:<rule>``). The places a sentence names
come from ``gazetteer.py`` (``Mention``); what a paragraph is about, from ``subjects.py``.

To add a rule: a function here (docstring first, an example in our own words), its place in
the lists below, its cue words in ``data/cues.yml``, a test in our own words.
"""

from __future__ import annotations

import re

from vndx.extract.binding import value_fronted
from vndx.extract.binding_rules import WHOLE_PROVINCE, Rule, bracketed_place
from vndx.extract.claim import Claim, Pick
from vndx.extract.cues import load_cues
from vndx.extract.gazetteer import MERGER_DATE, NEIGHBOUR_WORDS, SELF, city_slugs, load_gazetteer
from vndx.extract.scan import skipping
from vndx.extract.subjects import FORMER, NATIONAL, compared_before, named_after, named_as_former, province_in_clause
from vndx.extract.text import count_of
from vndx.extract.years import compared_year
from vndx.reference import HUE_CITY_DATE

# ---- who the value belongs to

# grammar: between a value and the province that owns it ("38,5% của Đắk Lắk", "0,52 điểm của tỉnh Bạc Liêu")
# ("... so với mức 87% của tỉnh bạn Nam Định": a neighbour's; "mức 55,1% của địa bàn Bắc Ninh trước đây": the
# area's); "mức 33,4% mà tỉnh Hà Giang (cũ) đạt được": the one said to reach it
# (past the share's base: "kinh tế số chiếm 9,8% GRDP của tỉnh Bình Định (cũ)")
_OF_PROVINCE = re.compile(
    r"\s*(?:diem\s*)?(?:(?:grdp|tong san pham|dan so)\s+)?(?:cua|ma)\s+(?:(?:dia ban|khu vuc)\s+)?"
    rf"(?:(?:tinh|thanh pho|tp\.?)\s*(?:(?:{NEIGHBOUR_WORDS})\s+)?)?"
)


def list_province(c: Claim) -> str | None:
    """A list pairs the value with its province ("Bình Định và Phú Yên có tỷ trọng tương ứng 9,5%
    và 6,1%"; "Tỉnh A (x%), Tỉnh B (y%)"; "tỉnh ta" listed with them is the article's own)."""
    return c.ctx.article if c.b.province == SELF else c.b.province


# grammar: an aside after a province that describes it, up to the value ("Lào Cai – địa phương đứng thứ 9",
# "Đà Nẵng, địa phương xếp thứ nhất năm 2023, ...", "Bắc Ninh (tỉnh đạt 0,61)"), not yet closed; a decimal comma
# closes nothing ("Huế, địa phương có DTI 2023 đạt 0,6875 và xếp thứ 4": both values are Huế's)
_APPOSITIVE = re.compile(
    r"\s*[-,(]\s*(?:la\s+)?(?:dia phuong|tinh|thanh pho|don vi)\b(?:[^-,;()]|(?<=\d),(?=\d))*$"
)


def appositive_province(c: Claim) -> str | None:
    """A value inside an aside that describes the province right before it is that province's ("Thái Nguyên
    dẫn đầu vùng, xếp trên Lào Cai – địa phương đứng thứ 9 cả nước": 9 is Lào Cai's)."""
    last = None
    for x in c.sent.places:
        if x.end > c.n.start:
            break
        if x.slug != SELF:
            last = x
    return last.slug if last is not None and _APPOSITIVE.match(c.lower, last.end, c.n.start) else None


# a value "of the friend province" with no name, its verb right after ("con số này của tỉnh bạn là 72,9%"; not "các tỉnh
# lân cận", "Nam Định – tỉnh láng giềng –", "bỏ xa tỉnh bạn ở kinh tế số")
_PARTNER = skipping(re.compile(rf"\bcua tinh (?:{NEIGHBOUR_WORDS})\s+(?:la|dat|chi|moi|o muc|khoang)\b"))


def partner_province(c: Claim) -> str | None:
    """A value "of the friend province" with no name ("của tỉnh bạn là", in the value's clause, no place between) is
    the other province the article named last ("năm 2022, tỷ lệ ... của Nghệ An đạt 64,2%, trong khi con số này của
    tỉnh bạn là 72,9%" in an article about Nghệ An and Hà Tĩnh): not the article's own, nor one the sentence named
    before it."""
    cue = _PARTNER.search(c.lower, c.b.clause_start, c.n.start)
    if cue is None or any(cue.start() <= x.start < c.n.start for x in c.sent.places):
        return None
    own = {c.ctx.article} | {x.slug for x in c.sent.places if x.start < cue.start()}
    others = [x.slug for x in c.ctx.article_mentions if x.start < cue.start() and x.slug not in own and x.slug != SELF]
    return others[-1] if others else None


# ("của tỉnh này": the self-reference's mention opens at "của")
_DEMONSTRATIVE = re.compile(r"(?:cua )?(?:tinh|dia phuong|thanh pho) (?:nay|do)\b")


def is_demonstrative(lower: str, at: int) -> bool:
    """The self-reference at ``at`` points back ("tỉnh này", "địa phương đó"), not at the article's own province."""
    return _DEMONSTRATIVE.match(lower, at) is not None


def demonstrative_province(c: Claim) -> str | None:
    """ "Tỉnh này", "địa phương này" heading the value's clause point back at the province named last before
    them, in their sentence or the one before it in the paragraph ("... còn Bạc Liêu xếp thứ 57. Dù vậy, tỉnh
    này lại có trụ cột xã hội số đứng thứ 44": Bạc Liêu's), not at the article's province; not one named only
    to compare ("so với Đà Nẵng")."""
    ref = None
    # (or heading a clause before it in the sentence, when the value's own clause names no place: "Năm 2022, tỉnh này
    # xếp thứ 58/63; đến năm 2023 đã vươn lên vị trí thứ 49/63")
    own = any(c.b.clause_start <= x.start < c.n.start for x in c.sent.places)
    for x in c.sent.places:
        if x.start >= c.n.start:
            break
        if x.start < (c.b.clause_start if own else c.sent.start):
            continue
        if x.slug != SELF:
            ref = None  # (a province named after it is the clause's subject)
        elif is_demonstrative(c.lower, x.start):
            ref = x
    if ref is None:
        return None
    earlier = [x for x in c.sent.places if x.end <= ref.start]
    # (else the sentences before it in the paragraph, back to the last that names a province: "Quảng Bình khởi đầu ...
    # Năm 2020, tỉnh xếp thứ 45/63 ... Năm 2023, tỉnh này tụt 4 bậc")
    for _s, _e, places in reversed(c.ctx.para_sents[:-1]):
        if any(x.slug != SELF for x in earlier):
            break
        earlier = list(places)
    # (nor one named as the partner of a merger: "Hải Dương, địa phương dự kiến hợp nhất với Hải Phòng, ... Ở bảng xếp
    # hạng năm đó, tỉnh này đứng thứ 27" is Hải Dương's)
    named = []
    # (the last place named to compare with: the places joined to it are too, "chỉ sau Đà Nẵng và Hà Nội")
    compared = None
    for x in earlier:
        if x.slug == SELF:
            continue
        joined = compared is not None and _JOINED.fullmatch(c.lower, compared.end, x.start)
        if compared_before(c.lower, x.start) or joined:
            compared = x
            continue
        compared = None
        if not _MERGER_PARTNER.search(c.lower, max(0, x.start - 30), x.start):
            named.append(x)
    return named[-1].slug if named else None


_JOINED = re.compile(r"\s*(?:,|va)\s*(?:(?:tinh|thanh pho|tp\.?)\s*)?")


_MERGER_PARTNER = re.compile(r"\b(?:hop nhat|sap nhap|nhap)\s+(?:vao\s+|voi\s+)?(?:(?:tinh|thanh pho|tp\.?)\s+)?$")


def rank_then_province(c: Claim) -> str | None:
    """The province named right after a rank is the one ranked ("xếp thứ ba là TP. Hà Nội", "vị
    trí thứ hai thuộc về Hải Phòng")."""
    return named_after(c.sent.places, c.lower, c.b, c.sent.end)


def province_after_value(c: Claim) -> str | None:
    """The province named with "của" right after the value owns it ("cao hơn nhiều so với mức 38,5% của
    Đắk Lắk cũ", "tỷ lệ này thấp hơn 71,2% của tỉnh Bình Định", "mức 55,1% của địa bàn Bắc Ninh trước đây"), or
    the one said to have reached it ("gấp đôi mức 33,4% mà tỉnh Hà Giang (cũ) đạt được"), not the one its clause
    began with; so does the one named after the index of a value that opens its sentence ("Với giá trị 0,6312, DTI
    2022 của Hải Phòng xếp thứ 4/63", "Với giá trị 0,6012, tỉnh Hưng Yên xếp thứ 9/34": rule value-fronted), and
    the one after the bracket of a year compared with that opens the sentence ("So với năm 2022 (xếp thứ 40/63),
    Quảng Nam đã cải thiện 5 bậc": rule compared-year-fronted)."""
    places = c.sent.places
    # rule bracketed-province: the province named alone in the bracket right after the value ("đạt lần lượt 48,6% (Bắc
    # Ninh) và 55,3% (Bắc Giang)")
    if (bracketed := bracketed_place(c.lower, c.n, places)) is not None:
        return bracketed
    for k, x in enumerate(places):
        if x.start < c.n.end:
            continue
        if x.slug == SELF and k + 1 < len(places) and not c.lower[x.end : places[k + 1].start].strip():
            continue  # ("của tỉnh" right before "Long An": the name's own words, no reference back)
        if x.slug != SELF and _OF_PROVINCE.fullmatch(c.lower, c.n.end, x.start):
            return x.slug
        if x.slug != SELF and value_fronted(c.lower, c.sent.start, c.n):
            return x.slug if _INDEX_OF.fullmatch(c.lower, c.n.end, x.start) else None
        if x.slug != SELF and _compared_year_fronted(c) and _BRACKET_THEN_SUBJECT.fullmatch(c.lower, c.n.end, x.start):
            return x.slug
        break
    return None


def _compared_year_fronted(c: Claim) -> bool:
    """Rule compared-year-fronted: the value stands in the bracket of a year compared with that opens the sentence ("So
    với năm 2022 (xếp thứ 40/63), Quảng Nam đã cải thiện 5 bậc"): the province after the bracket, the main clause's
    subject, is whose it was."""
    lower, s = c.lower, c.sent.start
    opening = lower.rfind("(", s, c.n.start)
    if opening < 0:
        return False
    # (the lead-in up to the bracket is the year compared with and nothing else: years.compared_year's words)
    year = next((y for y in c.sent.years if y.end <= opening and not lower[y.end : opening].strip()), None)
    return (
        year is not None
        and compared_year(lower, s, year.start)
        and not lower[s : lower.find("so voi", s, year.start)].strip(" \t-–—•*:")
    )
# ... and after the value: the bracket closes and the main clause opens on the province
_BRACKET_THEN_SUBJECT = re.compile(r"(?:\s*/\s*\d+)?(?:\s*diem)?\s*\)\s*,\s*(?:(?:tinh|thanh pho|tp\.?)\s*)?")


# grammar: a fronted value's comma, then the main clause's subject: a province, or an index's name (no clause
# break) "của" a province (rule value-fronted)
_INDEX_OF = re.compile(
    r"\s*(?:diem\s*)?(?:\s+(?:trong\s+)?(?:nam\s+)?20\d\d)?,\s*"  # ("Với giá trị 0,7014 trong năm 2023, Đà Nẵng ...")
    r"(?:[^,;()]{1,40}?\bcua\s+)?(?:(?:tinh|thanh pho|tp\.?)\s*)?"
)


def province_word_in_city(c: Claim) -> str | None:
    """In an article about a centrally-run city (one that calls itself "Thành phố"), a bare "tỉnh" before the
    value is not the city: it points back to the province its paragraph named ("Trước khi hợp nhất, tỉnh Bình
    Dương (cũ) là ... Ở lần đánh giá đầu tiên (DTI 2020), tỉnh xếp thứ 9/63" in an article about TP.HCM)."""
    ctx = c.ctx
    if ctx.article not in city_slugs() or ctx.para_province in (None, ctx.article):
        return None
    return ctx.para_province if _bare_province_word(c) else None


def _bare_province_word(c: Claim) -> bool:
    """The last place named before the value is a bare "tỉnh" (a self-reference, no name)."""
    before = [x for x in c.sent.places if x.start < c.n.start]
    return bool(before) and before[-1].slug == SELF and "tinh" in c.lower[before[-1].start : before[-1].end]


def province_word_in_successor(c: Claim) -> str | None:
    """In an article about a province formed in the merger, a bare "tỉnh" before a value of a year before it points
    back to the former province its paragraph named ("chỉ số DTI của tỉnh Bắc Giang (cũ) có bước tiến rõ rệt. Năm 2020,
    tỉnh xếp thứ 32/63" in an article about the new Bắc Ninh), not to the successor."""
    ctx = c.ctx
    if c.period is None or c.period >= MERGER_DATE.year or ctx.article is None or not _bare_province_word(c):
        return None
    # (the province the paragraph's sentences before this one named last, written as the former one: "Bắc Giang (cũ)")
    # (alone: not "hai tỉnh Lào Cai và Yên Bái trước hợp nhất", whose results the successor's are)
    named = next(([x for x in xs if x.slug != SELF] for _, _, xs in reversed(ctx.para_sents[:-1]) if xs), [])
    if len({x.slug for x in named}) != 1 or named[0].slug == ctx.article:
        return None
    last = named[-1]
    if load_gazetteer().successor.get(last.slug) != ctx.article:
        return None
    return last.slug if FORMER.match(c.lower, last.end) else None


# "Thành phố" written as a name, capitalised and not followed by one ("Việc Thành phố vẫn giữ vị trí số 1")
_CITY_SELF = re.compile(r"\bThanh pho\b(?!\s+[A-Z])")


def new_province_self(c: Claim) -> str | None:
    """After the merger, "tỉnh mới" ("the new province") before the value is the article's own, the successor, not the
    former province the paragraph named last ("Năm 2023, Bình Định xếp thứ 9/63 ... Trong ba trụ cột năm 2024, xã hội
    số là điểm yếu nhất của tỉnh mới khi chỉ xếp hạng 29")."""
    if c.ctx.article is None or c.own_place:
        return None
    return c.ctx.article if _NEW_PROVINCE.search(c.lower, c.sent.start, c.n.start) else None


_NEW_PROVINCE = skipping(re.compile(r"\b(?:tinh|thanh pho) moi\b(?! (?:thanh lap|duoc|se|la)\b)"))


def city_calls_itself(c: Claim) -> str | None:
    """In an article about a centrally-run city, "Thành phố" capitalised before the value (no name after it)
    is the city, not the province its paragraph named last ("tỉnh Quảng Nam chỉ xếp thứ 40/63 ... Việc Thành
    phố vẫn giữ vị trí số 1" in an article about Đà Nẵng)."""
    ctx = c.ctx
    if ctx.para_province in (None, ctx.article) or c.own_place or ctx.article not in city_slugs():
        return None
    return ctx.article if _CITY_SELF.search(ctx.cased, c.sent.start, c.n.start) else None


def clause_province(c: Claim) -> str | None:
    """The province the value's clause names before it, else the one its sentence named before
    the clause ("TPHCM đạt ...; Xã hội số xếp thứ 4"); "tỉnh ta", "địa phương này" is the article's."""
    got = province_in_clause(c.sent.places, c.b.clause_start, c.n.start, c.ctx.article, c.sent.start, c.lower)
    ctx = c.ctx
    if got != ctx.article or not _only_self_words(c):
        return got
    # (not "tỉnh ta", "tỉnh nhà": the outlet's own, which _only_self_words leaves out)
    framed = ctx.para_province not in (None, ctx.article) and _framed_paragraph(c)
    if (ctx.article_rivals or framed) and ctx.para_province not in (None, ctx.article):
        # (an article about several provinces named as often: "Tỉnh cũng có khoảng 78% ..." right after "Tại Ninh
        # Thuận, ..." is the paragraph's province, not the first the article named)
        return ctx.para_province
    if ctx.item_province not in (None, ctx.article) and (len(ctx.items_seen) >= 2 or ctx.item_dated):
        # rule digest-item: in a digest of items about several provinces, each under its heading or dateline, "tỉnh",
        # "địa phương này" is the item's province ("2. Yên Bái tăng 6 bậc ... Đáng chú ý, chỉ số nhận thức số của tỉnh
        # xếp hạng 4/63"), not the first the page named
        return ctx.item_province
    return got


def _only_self_words(c: Claim) -> bool:
    """The sentence names no place before the value but self-references that are not the outlet's own ("tỉnh",
    "địa phương này"; not "tỉnh ta", "tỉnh nhà")."""
    named = [x for x in c.sent.places if c.sent.start <= x.start < c.n.start]
    return bool(named) and all(x.slug == SELF and not _OWN_WORD.search(c.lower, x.start, x.end + 4) for x in named)


_OWN_WORD = skipping(re.compile(r"\b(?:ta|nha|minh|chung ta|chung toi)\b"))
# a paragraph that opens on another province as its frame ("Ở Cao Bằng, bức tranh cũng không sáng hơn. DTI 2021 của tỉnh
# đạt 0,3497"): its "tỉnh" is that province
# (or a paragraph that opens on it as its subject: "Đắk Lắk đứng thứ hai trong vùng. DTI 2022 của tỉnh xếp thứ 31/63")
_PROVINCE_SUBJECT = re.compile(r"\W*(?:tinh\s+|thanh pho\s+|tp\.?\s*)?")
_PROVINCE_FRAME = re.compile(r"\W*(?:(?:con|rieng)\s+)?(?:o|tai|voi|doi voi)\s+(?:tinh\s+|thanh pho\s+|tp\.?\s*)?")


def _framed_paragraph(c: Claim) -> bool:
    """The value's paragraph opens on its province as a frame ("Ở X, ...", "Tại X, ...")."""
    if not c.ctx.para_sents:
        return False
    ps, _pe, pm = c.ctx.para_sents[0]
    frame = _PROVINCE_FRAME.match(c.lower, ps) or _PROVINCE_SUBJECT.match(c.lower, ps)
    return frame is not None and any(x.start == frame.end() and x.slug == c.ctx.para_province for x in pm)


# the value's own measure noun, "của", then a self-reference with no name after it ("21% GRDP thành phố.", "9,5% GRDP
# của tỉnh,")
_SELF_AFTER = re.compile(
    # (not a rank's field: "xếp thứ 40/63 tỉnh, thành")
    r"\s*(?:(?:grdp|tong san pham|dan so|so ho|ho gia dinh)\s+(?:cua\s+)?|cua\s+)"
    r"(?:toan\s+)?(?:thanh pho|tinh)\s*(?:[.,;]|$)"
)


def self_after_value(c: Claim) -> str | None:
    """A self-reference right after the value, past its measure noun ("Kinh tế số năm 2025 ước đóng góp khoảng 21%
    GRDP thành phố", no name after it) is the article's own province, not the one the paragraph named last ("Đứng đầu
    bảng xếp hạng là Hà Nội.")."""
    ctx = c.ctx
    if ctx.para_province in (None, ctx.article) or c.own_place:
        return None
    return ctx.article if _SELF_AFTER.match(c.lower, c.n.end) else None


def paragraph_province(c: Claim) -> str | None:
    """A sentence that names no place before the value continues the province its paragraph last
    named ("Tỉnh A xếp thứ 17. Trong đó, CQS xếp thứ 22")."""
    return c.ctx.para_province if not c.own_place else None


def article_province(c: Claim) -> str | None:
    """Else the province the article is about (its text, title, address or the caller's hint)."""
    return c.ctx.article



def shared_provinces(c: Claim) -> list[str]:
    """One value said of every province just named ("Bắc Giang ... đạt 64,3%, trong khi Bắc Ninh đạt 47,5%; cả hai tỉnh
    đều có 100% văn bản điện tử ... được ký số"): each one's, not only that of the province it was credited to. The
    provinces: those the sentence names before "cả hai/ba tỉnh đều", else those the sentence before in the paragraph
    named, when they are as many as counted and the value's own province is one of them."""
    cue = ALL_PROVINCES_ALIKE.search(c.lower, c.sent.start, c.n.start)
    if cue is None or not c.province or c.b.qualifier:
        return []  # (not a bound they all pass: "Cả ba địa phương đều có giá trị trên 0,68")
    k = count_of(cue.group(1))
    named = list(dict.fromkeys(x.slug for x in c.sent.places if x.start < cue.start() and x.slug != SELF))
    if len(named) != k and len(c.ctx.para_sents) >= 2:
        named = list(dict.fromkeys(x.slug for x in c.ctx.para_sents[-2][2] if x.slug != SELF))
    if len(named) != k or c.province not in named:
        return []
    return [slug for slug in named if slug != c.province]


# "cả hai tỉnh đều", "cả ba địa phương cũng": every province counted, alike
ALL_PROVINCES_ALIKE = skipping(
    re.compile(
        r"\bca (hai|ba|bon|2|3|4) (?:tinh|dia phuong|tinh cu|thanh pho)(?: nay| tren)?,? (?:deu|cung)\b"
    )
)

# rule shared-provinces, asked after a fact is made (extractor.py), as shared-years is
SHARED_PROVINCES = Pick("shared-provinces", shared_provinces)



def paired_places(c: Claim) -> str | None:
    """Provinces joined in a row in the value's clause, before a run of as many percents joined alike, with no list
    word ("tỷ lệ này tại Lai Châu và Cao Bằng năm 2025 chỉ khoảng 41% và 44%"): the values are theirs, in order."""
    lower, start = c.lower, c.b.clause_start
    if lower.find(" va ", start, c.n.end + 12) < 0:
        return None
    listed = c.sent.listed  # (the sentence's list cue, read once per sentence; searched here when not known)
    if listed if listed is not None else load_cues().list_backref.search(lower, c.sent.start, c.sent.end):
        return None
    run = next((r for r in _PERCENT_RUN.finditer(lower, start, c.sent.end) if r.start() <= c.n.start < r.end()), None)
    if run is None:
        return None
    values = [v.start() for v in _PERCENT.finditer(lower, run.start(), run.end())]
    named = [x for x in c.sent.places if start <= x.start < run.start() and x.slug != SELF]
    if len(values) < 2 or len(named) < len(values):
        return None
    named = named[-len(values) :]
    joined = all(_PLACE_JOINT.fullmatch(lower, a.end, b.start) for a, b in zip(named, named[1:], strict=False))
    if not joined or len({x.slug for x in named}) != len(values) or c.n.start not in values:
        return None
    return named[values.index(c.n.start)].slug


_PERCENT = re.compile(r"(?<![\d.,])\d[\d.,]*\s*%")
# a run of percents joined by commas and "và" ("41% và 44%", "6,1%, 7,8% và 9,3%")
# (each later one may be hedged: "khoảng 20% và dưới 15%")
_PERCENT_RUN = re.compile(
    r"(?<![\d.,])\d[\d.,]*\s*%(?:\s*(?:,|va|,\s*va)\s*(?:(?:khoang|gan|hon|tren|duoi|chua toi|chua den)\s+)?"
    r"\d[\d.,]*\s*%)+"
)
_PLACE_JOINT = re.compile(r"\s*(?:\([^()]{0,20}\))?\s*(?:,|va|,\s*va)\s*(?:(?:tinh|thanh pho|tp\.?)\s*)?")

SUBJECT_RULES: list[Pick] = [
    Pick("list-province", list_province),
    Pick("appositive-province", appositive_province),
    Pick("demonstrative-province", demonstrative_province),
    Pick("partner-province", partner_province),
    Pick("paired-places", paired_places),
    Pick("rank-then-province", rank_then_province),
    Pick("province-after-value", province_after_value),
    Pick("province-word-in-city", province_word_in_city),
    Pick("province-word-in-successor", province_word_in_successor),
    Pick("clause-province", clause_province),
    Pick("new-province-self", new_province_self),
    Pick("city-calls-itself", city_calls_itself),
    Pick("self-after-value", self_after_value),
    Pick("paragraph-province", paragraph_province),
    Pick("article-province", article_province),
]


# ---- refusals, once the province is chosen


def unnamed_neighbour(c: Claim) -> bool:
    """Rule unnamed-neighbour: "tỉnh bạn", "tỉnh láng giềng" with no name, heading the value's words in a sentence that
    names no province but the article's ("Quảng Ngãi đứng thứ 17, còn tỉnh bạn xếp thứ 9", "tại Khánh Hòa là 81,5%, còn
    ở tỉnh bạn là 69,3%"), is a neighbour the sentence does not name, never the article's own province. Not after
    another province's name, which it points back at ("Quảng Bình có bước tiến: DTI 2023 của tỉnh bạn đạt 0,5016"), nor
    as what is compared with ("Bắc Ninh bỏ xa tỉnh bạn ở kinh tế số", "So với các tỉnh láng giềng, ..."), nor before
    the article's own place named after it ("... của tỉnh bạn xếp thứ 6/63, cao hơn hẳn tỉnh ta (thứ 29/63)")."""
    if c.province != c.ctx.article:
        return False
    lower, start = c.lower, c.sent.start
    last = None
    original = c.ctx.original
    for m in _NEIGHBOUR.finditer(lower, start, c.n.start):
        if original is None or original[m.start() : m.start() + 4].lower().startswith(("tỉnh", "địa", "thàn")):
            last = m  # ("tỉnh bạn", not "ước tính ban đầu": the same letters folded)
    if last is None or _COMPARED_BEFORE.search(lower, max(start, last.start() - 12), last.start()):
        return False
    before = [x for x in c.sent.places if x.start < c.n.start]
    if any(x.start >= last.end() for x in before):
        return False  # (a name right after it, or the article's place named between: theirs)
    return all(x.slug in (SELF, c.ctx.article) for x in before) and not _COMPARED_AFTER.search(
        lower, last.end(), c.n.start
    )


_NEIGHBOUR = skipping(re.compile(r"\b(?:tinh|dia phuong|thanh pho) (?:ban|lang gieng|lan can)\b"))
_COMPARED_BEFORE = re.compile(r"\b(?:hon|vuot|bo xa|so voi|sau|truoc|kem|thua|ngang|bang|voi)\s+(?:cac\s+)?$")
_COMPARED_AFTER = re.compile(r"\b(?:cao hon|thap hon|so voi|trong khi)\b")


def leader_not_subject(c: Claim) -> bool:
    """ "dẫn đầu" (rank 1) counts only for the article's own subject (ANNOTATION.md): "Đà Nẵng
    tiếp tục dẫn đầu cả nước" in an article about another province is background, and so it is
    in an article about two provinces named as often (a tie: no one subject)."""
    return c.n.raw == "@1" and (c.province != c.ctx.article or bool(c.ctx.article_rivals))


_COMPARED_AFTER_VALUE = re.compile(r"\b(?:hon|nhat|trung binh|binh quan|so voi)\b")


def _paragraph_subject(c: Claim) -> str | None:
    """What the value's paragraph is about ("unit", "nation", "report"; None: a province), worked out once
    per value (two refusals ask)."""
    got = getattr(c, "_para_subject", _UNKNOWN)
    if got is _UNKNOWN:
        got = c._para_subject = _worked_out_subject(c)
    return got


_UNKNOWN = object()  # (not worked out yet: None is an answer)


def _worked_out_subject(c: Claim) -> str | None:
    if c.province != c.ctx.article or c.own_place:
        return None
    if any(
        c.n.end <= x.start < c.clause_end
        and x.slug in (SELF, c.ctx.article)
        and not _COMPARED_AFTER_VALUE.search(c.lower, c.n.end, x.start)
        for x in c.sent.places
    ):
        # the clause names the province after the value ("100% xã, phường, đặc khu của tỉnh đã được phủ sóng
        # 4G", "100% ấp, khóm trên địa bàn tỉnh ..."): its own subject, whatever unit the paragraph named; not
        # one compared with ("đạt 72%, cao hơn bình quân của tỉnh", "cao nhất trong 26 huyện ... của tỉnh")
        return None
    subject = c.ctx.subject_at(c.n.start)
    if subject in NATIONAL and _city_heads_clause(c):
        # rule city-heads-clause: "Ở khối địa phương, Thành phố tiếp tục dẫn đầu với giá trị DTI đạt 0,7047" in a city's
        # article after a ministry's report: the city, capitalised as its clause's subject, is the province
        return None
    if subject == "unit" and _province_has(c):
        # rule province-has: "Phường Lê Chân đạt 99%. Hiện Thành phố có 1.870 doanh nghiệp công nghệ số; tỷ lệ hộ có cáp
        # quang đạt 94%": the province (the city, capitalised, in a city's article) as its sentence's subject, after
        # a sentence about a ward (a unit in the value's own clause is refused by the binding rules all the same)
        return None
    return subject


def _city_heads_clause(c: Claim) -> bool:
    """In a centrally-run city's article, "Thành phố" capitalised (no name after it) heads a clause of the value's
    sentence before the value."""
    if c.ctx.article not in city_slugs():
        return False
    cased = c.ctx.cased
    for m in _CITY_SELF.finditer(cased, c.sent.start, c.n.start):
        head = cased[c.sent.start : m.start()]
        if not head[max(head.rfind(","), head.rfind(";"), head.rfind(":")) + 1 :].strip():
            return True
    return False


def _province_has(c: Claim) -> bool:
    """The province heads the value's sentence as the one that has it ("Hiện tỉnh có ...", "Thành phố hiện có ..."
    in a centrally-run city's article)."""
    s = c.sent.start
    if _PROVINCE_HAS.search(c.lower, s, c.n.start):
        return True
    return c.ctx.article in city_slugs() and _CITY_HAS.match(c.ctx.cased, s, c.n.start) is not None


# ... the city so, capitalised, heading the sentence or a clause of it ("Thành phố hiện có 1.870 doanh nghiệp"; not
# "... do Thành phố tổ chức đánh giá")
# (a year may open its clause: "Đây cũng là thế mạnh chung: theo Sở ..., năm 2024 Thành phố có tỷ lệ ... đạt 84,3%")
_CITY_HAS = re.compile(
    r"(?:[^.;]*?[,;:]\s*)?(?:(?:[Hh]ien|[Nn]ay|[Hh]ien nay|[Nn]am \d{4})\s+)?Thanh pho\s+(?:hien\s+|da\s+)?co\b"
)


# "Hiện tỉnh có", "toàn tỉnh đã có", "tỉnh hiện có": the province heading its clause as the one that has the value
_PROVINCE_HAS = re.compile(r"(?:^|[,;:]\s*|\b(?:hien|nay|hien nay)\s+)tinh\s+(?:hien\s+|da\s+)?co\b")


def paragraph_about_lower_unit(c: Claim) -> bool:
    """The paragraph is about a district or commune ("Huyện X có 95% hồ sơ ... Tỷ lệ thanh toán
    trực tuyến đạt 60%"): a value its sentence does not credit to a province is the unit's."""
    return _paragraph_subject(c) == "unit"


def paragraph_about_nation(c: Claim) -> bool:
    """The paragraph is about the nation ("Việt Nam", a ministry's report): a value its sentence
    does not credit to a province is the country's. Never a rank among provinces ("vươn lên xếp vị
    trí thứ 2 toàn quốc"): the nation is not one of them, the rank is a province's."""
    return c.b.indicator.unit != "rank" and _paragraph_subject(c) in NATIONAL


def former_province_part(c: Claim) -> bool:
    """After the merger, a former province's figure is a part of its successor, not the successor's
    ("tỷ lệ của tỉnh Gia Lai đạt 85%; riêng khu vực Bình Định (cũ) đạt 91%"): a value of 2025 on
    whose clause names a province with "(cũ)" or "trước hợp nhất" right before it ("Gia Lai (cũ)"
    too: the part that kept the name)."""
    if c.period is None or c.period < 2025:
        return False
    return named_as_former(c.lower, c.sent.places, c.b.clause_start, c.n.start)


def article_about_lower_unit(c: Claim) -> bool:
    """The headline's subject is a district, town or commune ("Thị xã An Nhơn tổng kết chuyển đổi số
    năm 2024"): a value no clause of its sentence credits to a province is the unit's ("92% hồ sơ của
    thị xã ..."); "toàn tỉnh có ..." or "tỉnh X đạt ..." stay the province's."""
    rule = c.chosen.get("province")
    if not c.ctx.article_unit or rule not in ("paragraph-province", "article-province"):
        return False
    if rule == "paragraph-province" and c.ranked:
        # (an index of provinces in a paragraph that named the province: "... cho thấy Hà Tĩnh xếp thứ 21/63. Trong
        # đó, trụ cột chính quyền số đứng thứ 17" in a district's article ranks the province, whose DTI it is)
        return False
    if _province_has(c):
        return False  # (rule province-has: "Thành phố hiện có 1.010.000 người ..." in a city district's article)
    if c.ctx.article == CAPITAL and _CAPITAL_SELF.search(c.ctx.cased, c.sent.start, c.n.start):
        # rule capital-calls-itself: "Ở cấp thành phố, ... Thủ đô đạt 0,6702 điểm, xếp thứ ba" in an article on a
        # district of Hà Nội: the capital is the city itself (as "Thành phố" is a centrally-run city's own word)
        return False
    if rule == "article-province" and c.ranked and c.ctx.home_values and not c.ctx.unit_named_before(c.n.start):
        # rule province-ranks-go-on: the DTI values of the sentence before were the province's ("Nhìn rộng ra cấp tỉnh,
        # DTI 2022 của Quảng Trị ... xếp thứ 41/63. ...\nĐiểm sáng là chỉ số hạ tầng số đạt 0,5236 điểm"): a pillar
        # that no district or commune named since takes it up goes on with the province
        return False
    para_start = c.ctx.para_sents[0][0] if c.ctx.para_sents else c.sent.start
    frame = WHOLE_PROVINCE.search(c.lower, para_start, c.clause_end)
    if frame is None and c.ctx.article in city_slugs():
        frame = _WHOLE_CITY_FRAME.search(c.lower, para_start, c.clause_end)  # ("trên địa bàn thành phố" in Cần Thơ's)
    if frame and not load_cues().unit_self.search(c.lower, frame.end(), c.sent.end):
        # ("Tính chung toàn tỉnh, kết quả ... có nhiều chuyển biến. Tỷ lệ văn bản ... đạt trên 95%"; not "... của tỉnh.
        # Tỷ lệ ... của phường đạt 71,4%")
        return False
    # "kinh tế số chiếm 24,8% GRDP của tỉnh": the province named after the value, in its clause
    # (or "GRDP của thành phố" in a ward's article of a city that is a province)
    own = ("tinh", "thanh pho") if c.ctx.article in city_slugs() else ("tinh",)
    return not any(
        x.slug == SELF and c.n.end <= x.start < c.clause_end and any(w in c.lower[x.start : x.end] for w in own)
        for x in c.sent.places
    )


CAPITAL = "ha-noi"
# "Thủ đô" capitalised with no name after it (not "Thủ đô Viêng Chăn")
_CAPITAL_SELF = re.compile(r"\bThu do\b(?!\s+[A-Z])")


# the paragraph speaks of the whole city that is the province (binding_rules.WHOLE_PROVINCE, the province's words)
_WHOLE_CITY_FRAME = re.compile(r"\b(?:toan thanh pho|tren dia ban thanh pho)\b")


def article_named_in_passing(c: Claim) -> bool:
    """The article names its "own" province only once, in a list of many ("Nhóm 10 địa phương có tỷ lệ
    cao nhất gồm A, B, C, ..."): a national article, so a value no sentence credits to a province
    ("Cổng Dịch vụ công quốc gia đã cung cấp 4.483 dịch vụ") is nobody's."""
    return c.ctx.article_in_passing and c.chosen.get("province") == "article-province"


def city_self_in_province(c: Claim) -> bool:
    """ "Thành phố" pointed back at in a province that is no centrally-run city ("Sầm Sơn năm 2023 đứng đầu với 0,7215
    điểm. Tỷ lệ hồ sơ trực tuyến của thành phố đạt 86%" in Thanh Hóa's article) is a city inside the province: its
    value is that city's, not the province's."""
    # (not Thừa Thiên Huế, a centrally-run city under its new name since January 2025, nor a province merged into one:
    # Bình Dương's article of 2025 speaks of Hồ Chí Minh City)
    article, cities = c.ctx.article, city_slugs()
    if c.chosen.get("province") != "clause-province" or article is None or article in (*cities, "thua-thien-hue"):
        return False
    if c.published is not None and c.published >= MERGER_DATE and load_gazetteer().successor.get(article) in cities:
        return False
    last = None
    for x in c.sent.places:
        if x.start >= c.n.start:
            break
        last = x
    if last is None or last.slug != SELF or c.lower.find("thanh pho", last.start, last.end) < 0:
        return False
    # (nor a centrally-run city named before in the paragraph: "Cần Thơ ... Chính quyền số của thành phố xếp thứ 7")
    return not any(x.slug in cities for _, _, places in c.ctx.para_sents for x in places if x.start < last.start)


def hue_city_before_2025(c: Claim) -> bool:
    """Before 1 January 2025, when Thừa Thiên Huế became the centrally-run city of Huế, "thành phố Huế" was a city
    inside the province, one of its nine district-level units ("Riêng thành phố Huế, tỷ lệ hồ sơ trực tuyến 9 tháng đạt
    84,1%" in 2023): a value whose subject it is, is that city's, not the province's. (Not in gazetteer.yml's
    capital_namesakes with the other capitals named like their province: the candidate rules that read those do not
    know the publication date, and from 2025 "thành phố Huế" is the province; tried, it cost every 2025 article on
    Huế.)"""
    if c.province != "thua-thien-hue" or c.published is None or c.published >= HUE_CITY_DATE:
        return False
    # (the place named last before the value in its clause, else the last before the clause)
    before = [x for x in c.sent.places if x.start < c.n.start]
    last = ([x for x in before if x.start >= c.b.clause_start] or before or [None])[-1]
    if last is None or last.slug != "thua-thien-hue" or not c.lower.startswith("hue", last.start):
        return False
    return _CITY_TITLE_BEFORE.search(c.lower, max(0, last.start - 12), last.start) is not None

_CITY_TITLE_BEFORE = re.compile(r"\b(?:thanh pho|tp\.?)\s*$")


SUBJECT_REFUSALS: list[Rule] = [
    Rule("article-named-in-passing", article_named_in_passing),
    Rule("city-self-in-province", city_self_in_province),
    Rule("hue-city-before-2025", hue_city_before_2025),
    Rule("article-about-lower-unit", article_about_lower_unit),
    Rule("former-province-part", former_province_part),
    Rule("leader-not-subject", leader_not_subject),
    Rule("unnamed-neighbour", unnamed_neighbour),
    Rule("paragraph-about-lower-unit", paragraph_about_lower_unit),
    Rule("paragraph-about-nation", paragraph_about_nation),
]
