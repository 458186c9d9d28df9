"""Whose value it is: the places a sentence names (a province, a district or commune, a ministry or
the nation, an aggregate), what the paragraph is about at a value, and the province a clause
credits (named in the clause, right after a rank, earlier in the sentence, or the article's)."""

from __future__ import annotations

import re

from vndx.extract.cues import _branches, load_cues
from vndx.extract.gazetteer import SELF, city_slugs, load_gazetteer
from vndx.extract.scan import finditer_at, skipping
from vndx.extract.text import fold

_MINISTRY = re.compile(r"(?<![A-Za-z])Bo\s+[A-Z]")


_WORDS = load_cues().words

# grammar: a source lead, then "Bộ" (or a national department, "Cục" / "Tổng cục", the minister, the
# government) capitalised, and its name, a comma or a reporting verb ("Theo Bộ Công an", "số liệu của
# Bộ TT&TT", "Theo Cục Viễn thông", "Theo báo cáo của Bộ, ...", "Báo cáo của Bộ cho thấy"; never "theo
# bộ chỉ số", "bộ phận"), read on the case-kept text; the words from cues.yml. A province's own office
# ("Cục Thống kê tỉnh") names the province before the value, so the rule does not fire on it.
MINISTRY_SOURCE = re.compile(
    rf"(?i:\b(?:{_WORDS['ministry_source_leads']}))\s+(?=[A-Z])(?i:{_WORDS['national_agencies']})"
    rf"(?:\s+[A-Z]|\s*[,:]|\s+(?:{_WORDS['source_verbs']})\b)"
)
# ... or an agency opening a clause as the subject of a verb of saying ("..., Bộ cho biết: năm 2023, tỷ lệ
# ... đạt 84%", "Cục Viễn thông thông tin, ..."); not a province's office ("Cục Thống kê tỉnh cho biết")
MINISTRY_SPEAKS = re.compile(
    rf"(?:^|(?<=[,:;]\s)|(?<=[,:;]))(?=[A-Z])(?i:{_WORDS['national_agencies']})"
    rf"(?:\s+(?=[A-Z])(?!(?i:tinh|thanh pho)\b)[^,;:.]{{0,40}}?)?\s+(?:{_WORDS['source_verbs']})\b"
)
# every match of MINISTRY_SOURCE names its agency capitalised after a space: a sentence without one
# (most) is not searched (the search opens with a case-folded look-behind: slow on every sentence);
# the first letter as a literal lets the engine skip ahead to it
AGENCY_NAMED = re.compile(
    "|".join(
        sorted(
            {
                f"{re.escape(a[0].upper())}(?<=\\s{re.escape(a[0].upper())})(?i:{re.escape(a[1:])})"
                for a in load_cues().lists["national_agencies"]
            }
        )
    )
)
# grammar: "tỉnh" as its own word; the words before it that make it many provinces or the level
# ("các tỉnh", "63 tỉnh", "cấp tỉnh") are the gazetteer's (gazetteer.yml not_self_before)
_BARE_PROVINCE = re.compile(r"(?<![a-z])tinh\b")


def bare_province_at(lower: str, original: str | None, start: int, end: int) -> list[int]:
    """Where a bare "tỉnh" (so spelled: "ước tính" folds to the same letters) names the province in
    ``[start, end)`` ("Theo Bộ Công an, năm 2023 tỉnh có 61% ..."), not many provinces or the level."""
    if original is None:
        return []
    not_self = load_gazetteer().not_self
    return [
        x.start()
        for x in _BARE_PROVINCE.finditer(lower, start, end)
        if original[x.start() : x.end()].lower() == "tỉnh"
        and not not_self.search(lower, max(0, x.start() - 12), x.start())
    ]


# "Phát biểu tại hội nghị, Bộ trưởng Bộ TT&TT cho biết ...": the minister heading a clause reports too
_MINISTER = re.compile(r"(?<![A-Za-z])Bo\s+truong\s+Bo\s+[A-Z]")
# the nation within the first words of a sentence; the nation as a clause's subject ("; cả nước có")
_NATION_HEAD = re.compile(rf"\s*(?:[a-z ,]{{0,20}}?)(?:{_WORDS['nation_heads']})\b")
# ... not the province's place in it: "Tỉnh dẫn đầu cả nước ở chỉ số ...", "Tỉnh xếp thứ hai cả nước" (but "Địa phương
# dẫn đầu cả nước đạt 0,7601 điểm" is another province, unnamed)
_PLACE_IN_NATION = re.compile(
    r"\s*(?:tinh|thanh pho)(?: nay| ta)?\s+"
    r"(?:(?:dan dau|dung dau)\s+(?:ca nuoc|toan quoc)\s+(?:o|ve)\b|(?:xep|dung)\s+thu\b)"
)
_NATION_SUBJECT = skipping(
    re.compile(
        rf"(?:^|[,;:]\s*)(?:{_WORDS['nation_subjects']})\s+(?:{_WORDS['nation_subject_verbs']})\b"
    )
)


# every word the place rules below start with (a sentence without any is about a province or nothing)
# (built from the cue lists the rules read, so a word added to one of them is never filtered out)
_PLACE_LISTS = (
    "lower_units", "lower_unit_abbreviations", "unit_self", "nation_heads", "nation_subjects", "aggregate_subjects",
    "meeting_report",
)
_PLACE_WORDS = re.compile(
    "|".join(
        _branches(
            ["bo", "cuc", "chinh phu", "thu tuong"]
            + [w for k in _PLACE_LISTS for w in load_cues().lists[k]],
            word_start=True,  # the word start checked after the first letter: the engine skips ahead to it
            space=r"\ ",
        )
    )
)


def _gate(*lists: str, words: tuple[str, ...] = ()) -> re.Pattern[str]:
    """Any of the words of these cue lists, anywhere (a superset of where a rule below can match:
    a sentence without one is not scanned by that rule's patterns)."""
    return re.compile("|".join(_branches(list(words) + [w for k in lists for w in load_cues().lists[k]])))


_UNIT_GATE = _gate("lower_units", "lower_unit_abbreviations", "unit_self")
_AGENCY_GATE = _gate(words=("bo", "cuc", "chinh phu", "thu tuong"))  # _MINISTRY, _MINISTER, MINISTRY_SOURCE
_NATION_GATE = _gate("nation_heads", "nation_subjects")
_AGGREGATE_GATE = _gate("aggregate_subjects")
_MEETING_GATE = _gate("meeting_report")
_CLAUSE_LEAD = re.compile(r"(?:^|[,;:.]|\n)[^,;:.\n]*$")
# (past a decimal's comma: "gấp 1,5 lần bình quân chung" compares with the average)
_COMPARED = skipping(re.compile(rf"\b(?:{_WORDS['compared_with']})\b(?:[^,;:.\n(]|(?<=\d)[,.](?=\d))*$"))


_CLAUSE_HEAD = re.compile(r"(?:^|[,;:.]\s*|\n\s*)$")


# what a paragraph can be about besides a province: a district or commune, the nation as one
# sentence's subject ("Cả nước có ..."), or a national report that frames what follows ("Bộ TT&TT
# đã báo cáo ...", "Báo cáo tại hội nghị cho thấy, ...", "Đối với cấp tỉnh, ..."): only a report
# goes on past a line break (rule report-across-lines)
NATIONAL = frozenset({"nation", "report"})


# the name after a unit word ("huyện Đắk R'lấp", "thị xã Nghi Sơn"): capitalised words, on the case-kept text
_UNIT_NAME = re.compile(r"[A-Z][\w']*(?:[ \-][A-Z][\w']*){0,2}")
# (a city's word before its name: "thành phố Buôn Ma Thuột", "TP. Pleiku")
_CITY_NAMED = skipping(re.compile(r"\b(?:thanh pho|tp\.?) ?(?=\w)"))
# (the unit words of cues.yml, found on the lower-case text at the same offsets: the named-unit pattern is tried there)
_UNIT_LEADS = tuple(fold(u) + " " for u in load_cues().lists["lower_units"])


def unit_names(cased: str, lower: str, original: str | None, mentions, article: str | None = None) -> tuple[str, ...]:
    """The names the article gives its districts, towns and communes with their unit word ("huyện Đắk R'lấp"):
    the same name written bare later ("Tại Đắk R'lấp, ...") is that unit (rule unit-named-before). Not a name
    the article also writes as a province's ("phường Cà Mau", "phường Lào Cai" after the merger), nor one of
    fewer than four letters."""
    # (how the article writes its provinces: "phường Cà Mau" is no name to learn)
    provinces = {cased[m.start : m.end] for m in mentions}
    out = []
    for name in _named_units(cased, lower, original, article):
        if len(name) < 4 or name in out or any(name in p for p in provinces):
            continue
        out.append(name)
    return tuple(out)


def _named_units(cased: str, lower: str, original: str | None, article: str | None):
    """Every name written after a unit word, in order, then (in a province's article) after a city's word: "UBND
    thành phố Buôn Ma Thuột" names a city inside the province (not in a centrally-run city's article, where "thành
    phố Tây Đô" is the city's own nickname; "thành phố Cần Thơ" names a province, which unit_names leaves out)."""
    starts = set()
    for w in _UNIT_LEADS:
        at = lower.find(w)
        while at >= 0:
            starts.add(at)
            at = lower.find(w, at + 1)
    cues = load_cues()
    for m in finditer_at(cues.lower_unit_named, cased, sorted(starts)):
        if original is not None and original[m.start() : m.end() - 1].strip().lower() not in cues.lower_unit_spellings:
            continue  # ("cơ quan Nhà nước": not "quận"; the original spelling says, as places_named reads it)
        yield _UNIT_NAME.match(cased, m.end() - 1).group()
    if article is not None and article not in city_slugs():
        for m in _CITY_NAMED.finditer(lower):
            if x := _UNIT_NAME.match(cased, m.end()):
                yield x.group()


def _bare_units(cased: str, s: int, e: int, names: tuple[str, ...]) -> list[tuple[int, str]]:
    """Where the sentence names a unit the article named before by its bare name, heading the sentence or a
    clause ("Tại Đắk R'lấp, tỷ lệ ...", "; Cư Jút đạt ..."): what follows is about it. Not one written with its
    unit word, nor a place named along the way ("trung tâm hành chính tại Buôn Ma Thuột", "các phường A, B")."""
    out = []
    for name in names:
        at = cased.find(name, s, e)
        while at >= 0:
            end = at + len(name)
            edges = (at == 0 or not cased[at - 1].isalnum()) and (end >= len(cased) or not cased[end].isalnum())
            head = max(s, *(cased.rfind(c, s, at) + 1 for c in ",;:"))
            # ("các phường A, B và C": the names after the first, listed)
            listed = head > s and load_cues().lower_unit_named.search(cased, max(s, head - 40), head)
            if edges and _AT_HEAD.fullmatch(cased, head, at) and not listed:
                out.append((at, "unit"))
            at = cased.find(name, end, e)
    return out


# what may stand before a unit's bare name heading its sentence or clause ("Tại", "Ở", "Riêng", "Còn")
_AT_HEAD = re.compile(r"\s*(?:(?:[Tt]ai|[Oo]|[Rr]ieng|[Cc]on)\s+)?")


def _located_in(lower: str, s: int, at: int) -> bool:
    """Rule units-located: units named as where some of the province's things are ("vẫn còn 37 thôn chưa có sóng, chủ
    yếu thuộc các huyện Bắc Hà, Si Ma Cai và Bát Xát"): a part, not what the paragraph goes on about."""
    return _LOCATED_BEFORE.search(lower, max(s, at - 30), at) is not None


_LOCATED_BEFORE = re.compile(
    r"\b(?:thuoc|tap trung (?:o|tai)|nam (?:o|tai)|chu yeu (?:o|tai))\s+(?:cac\s+|o\s+cac\s+)?$"
)
# where a seat is ("trung tâm hành chính đặt tại", "trụ sở tại", "đóng tại"): a unit named after it is an address
_SEAT_BEFORE = re.compile(r"\b(?:dat|dong|tru so)\s+(?:tai|o)\s+$")
# (nor the constituency a delegate speaks for, in brackets after the name: "Đại biểu Y (Tổ đại biểu huyện Krông Bông)
# đặt vấn đề: ..." asks about the province)
_DELEGATES_UNIT = re.compile(r"(?:\bdai bieu\b[^,;()]{0,30}\(|\(\s*(?:to|doan|nhom)\s+dai bieu\b)[^()]*$")


# the other levels after the province's in a breakdown by level (", cấp huyện và cấp xã", ", huyện, xã")
_OTHER_LEVELS_AFTER = re.compile(r"\s*(?:,|va)\s*(?:cap\s+)?(?:huyen|xa)\b(?! hoi)")


def places_named(
    cased: str, lower: str, s: int, e: int, mentions, original: str | None, national_meeting=None,
    units_named: tuple[str, ...] = (),
) -> list[tuple[int, str | None]]:
    """The places a sentence names, in order: "unit" for a district or commune ("huyện Bảo Thắng",
    "của huyện", "tại xã Gia Phú"), "part" for one named after a value of its sentence in a breakdown of it
    (a unit for the values after it in that sentence, never what the paragraph goes on about), "nation" for
    a ministry reporting ("Bộ TT&TT đã báo cáo ..."),
    a sentence headed by "cả nước" or an aggregate subject, "report" for a national report that
    frames what follows (a ministry as its clause's subject, a meeting's report, "Đối với cấp
    tỉnh"), None for a province. With the original
    text at hand, only real spellings count ("cơ quan Nhà nước" is not "quận", "bổ sung" is not "Bộ")."""
    bare = _bare_units(cased, s, e, units_named) if units_named else []
    if not _PLACE_WORDS.search(lower, s, e):  # one cheap scan: most sentences name no such place
        return [*bare, *((m.start, None) for m in mentions if s <= m.start < e)]
    cues = load_cues()
    places: list[tuple[int, str | None]] = []
    # (each group of rules only where a word of its cues is: "xã hội số" opens the gate above)
    if _UNIT_GATE.search(lower, s, e):
        places += [
            (m.start(), "part" if _breakdown_unit(lower, s, m.start()) or _located_in(lower, s, m.start()) else "unit")
            for m in cues.lower_unit_named.finditer(cased, s, e)
            if (original is None or original[m.start() : m.end() - 1].strip().lower() in cues.lower_unit_spellings)
            # (not an address: "tỉnh Gia Lai với trung tâm hành chính đặt tại phường Quy Nhơn" is the province's seat)
            and not _SEAT_BEFORE.search(lower, max(s, m.start() - 24), m.start())
            and not (
                lower.rfind("(", s, m.start()) > lower.rfind(")", s, m.start())
                and _DELEGATES_UNIT.search(lower, max(s, m.start() - 60), m.start())
            )
        ]
        places += [
            (m.start(), "part" if _breakdown_unit(lower, s, m.start()) else "unit")
            for m in cues.unit_self.finditer(lower, s, e)
        ]
    if _AGENCY_GATE.search(lower, s, e):
        places += [
            (m.start(), "report")
            for m in _MINISTRY.finditer(cased, s, e)
            if (original is None or original[m.start() : m.start() + 2] == "Bộ")
            and _CLAUSE_HEAD.search(lower, max(s - 1, m.start() - 4), m.start())  # the subject of its clause
        ]
        # rule report-across-lines: a national source heading its clause ("Theo báo cáo của Bộ X, ...", "Theo
        # Cục Y, ...", "..., Bộ trưởng Bộ X cho biết ...") frames a report, as a ministry as the subject does
        sources = [
            m.start()
            for pat in ((MINISTRY_SOURCE, _MINISTER) if AGENCY_NAMED.search(cased, s, e) else (_MINISTER,))
            for m in pat.finditer(cased, s, e)
            if _CLAUSE_HEAD.search(lower, max(s - 1, m.start() - 4), m.start())
        ]
        if sources:
            places += [(p, "report") for p in sources]
            # ... unless the province is what it reports on ("Theo Bộ Công an, năm 2023 tỉnh có 61% ...")
            places += [(p, None) for p in bare_province_at(lower, original, min(sources), e)]
    nation = _NATION_GATE.search(lower, s, e) is not None
    if nation and _NATION_HEAD.match(lower, s, e) and not _PLACE_IN_NATION.match(lower, s, e):
        places.append((s, "nation"))
    if _AGGREGATE_GATE.search(lower, s, e):
        places += [
            (m.start(), "report" if m.group() in cues.level_frames else "nation")
            for m in cues.aggregate.finditer(lower, s, e)
            if _CLAUSE_LEAD.search(lower, max(0, m.start() - 30), m.start())  # "Đối với cấp tỉnh, ...": a subject
            and not _COMPARED.search(lower, max(0, m.start() - 30), m.start())  # "cao hơn bình quân": compared with
            # (nor an aside: "xếp thứ 26/63 (giá trị trung bình cả nước là 0,3752)" goes on about the province)
            and lower.rfind("(", s, m.start()) <= lower.rfind(")", s, m.start())
            # (nor a rate per day or per head: "tiếp nhận trung bình hơn 300 phản ánh mỗi ngày")
            and not _PER_UNIT_AFTER.match(lower, m.end(), e)
            # (nor the province's level among the others of a breakdown: "tỷ lệ hồ sơ trực tuyến ở cấp tỉnh, cấp huyện
            # và cấp xã lần lượt là ...", its own figures by level; rule levels-listed)
            and not _OTHER_LEVELS_AFTER.match(lower, m.end(), e)
        ]
    if nation:
        places += [(m.start(), "nation") for m in _NATION_SUBJECT.finditer(lower, s, e)]
    # rule national-meeting-report: "Báo cáo tại hội nghị cho thấy, ..." heading its clause, in an
    # article about a national meeting (``national_meeting()``: asked only when the cue is there)
    if _MEETING_GATE.search(lower, s, e):
        places += [
            (m.start(), "report")
            for m in cues.meeting_report.finditer(lower, s, e)
            if _CLAUSE_HEAD.search(lower, max(s - 1, m.start() - 4), m.start())
            and national_meeting is not None
            and national_meeting()
        ]
    places += [(m.start, None) for m in mentions if s <= m.start < e]
    return bare + places


# an average per day, per month or per head after the average word: a rate, no aggregate subject
_PER_UNIT_AFTER = re.compile(
    r"\s+(?:(?:hon|khoang|gan|tren)\s+)?\d[\d.,]*[^,;.\d]{0,30}?\b(?:moi|mot|/)\s*(?:ngay|thang|tuan|nam|nguoi|ho)\b"
)


# a unit set apart after a value of its sentence ("... đạt 27%, riêng huyện Mộc Châu đạt 60%", "đạt 18,2%, trong
# đó huyện Can Lộc là đơn vị đầu tiên vượt 30%"): a breakdown of the province's figure, not what the paragraph
# goes on about (the value it states is refused by the binding rules: set-apart-unit, lower-level-unit)
# ("...: 45,6%; TP Hà Giang đạt 89%, ..." and the units listed after the first: "riêng phường A đạt 93%, xã B 49%")
# ("đạt 612 doanh nghiệp, trong đó khu vực phường Đồng Hới chiếm gần 60%": a count's breakdown too)
_BREAKDOWN_LEAD = re.compile(
    # (the unit's word too: ", riêng huyện Lục Ngạn hơn 300 sản phẩm")
    r"[,;]\s*(?:(?:rieng|trong do|nhat la|dac biet la)\s+)?(?:tai\s+|o\s+)?(?:khu vuc\s+)?(?:tp\.?\s*)?"
    r"(?:(?:huyen|quan|thi xa|thi tran|xa|phuong|dac khu)\s+)?$"
)
# a share, a decimal or a count (not a year, a date: "năm 2025", "31/12")
_VALUE_BEFORE = re.compile(r"\d\s*%|\d,\d|(?<![\d/.])(?!(?:19|20)\d\d\b)\d+(?:\.\d{3})*\b(?![/.]\d)")


# where a value's items are, after it ("..., tập trung chủ yếu tại các phường A, B", "..., kể cả các xã đảo của huyện
# A", "6 thôn còn lại đều thuộc huyện A"): the units are where, not what the sentence (and its paragraph) is about
_WHERE_LEAD = re.compile(
    r"(?:[,;]\s*(?:ke ca|bao gom ca|(?:tap trung|chu yeu)(?: chu yeu| nhieu nhat| nhieu)?\s+(?:tai|o))\b[^,;.\d]{0,25}"
    r"|\b(?:deu\s+)?thuoc(?:\s+dia ban)?\s+)$"
)


# a unit named in the cause of a value before it ("ước đạt 31,2%, chủ yếu nhờ các dự án điện tử tại khu công nghiệp Yên
# Bình"): where the cause lies, not what the paragraph goes on about
_CAUSE_LEAD = re.compile(r"[,;]\s*(?:chu yeu |phan lon |mot phan )?(?:nho|do|bat nguon tu)\b[^,;.\d]{0,60}$")


def _breakdown_unit(lower: str, s: int, at: int) -> bool:
    lead = _BREAKDOWN_LEAD.search(lower, max(s, at - 30), at) or _WHERE_LEAD.search(lower, max(s, at - 45), at)
    lead = lead or _CAUSE_LEAD.search(lower, max(s, at - 75), at)
    return lead is not None and _VALUE_BEFORE.search(lower, s, lead.start()) is not None


def own_place(mentions, s: int, pos: int) -> bool:
    return any(s <= m.start < pos for m in mentions)


# after a rank: an optional aside "(...)", then "là" / "thuộc về" and the province
_POSITION_BEFORE = skipping(re.compile(r"\bvi tri\s+(?:so|thu)\s+$"))
_HELD_LATER = re.compile(r"[^,;.\d]{0,50}?(?:(?:19|20)\d\d[^,;.\d]{0,20}?)?\s(?:thuoc ve|la)\s+")
_RANK_OPENS = skipping(re.compile(r"(?:^|[.:\n]\s*)(?:xep|dung)\s+(?:o\s+)?(?:vi tri\s+)?thu\s+$"))
_SENTENCE_OPENS = re.compile(r"(?:^|[.:\n])\s*$")
_NAMED_AFTER = re.compile(rf"\s*(?:\([^)]{{0,30}}\)\s*)?,?\s*(?:{_WORDS['rank_holder_words']})\s+")


def named_after(mentions, lower: str, b, end: int) -> str | None:
    """rule rank-then-province: "xếp thứ ba là TP. Hà Nội", "vị trí thứ hai thuộc về Hải Phòng": the
    province named right after the rank is the one ranked; of ranks listed before "lần lượt là" ("Xếp thứ hai
    và thứ ba lần lượt là Đà Nẵng và Thừa Thiên Huế"), the province at the rank's place in the list."""
    if b.indicator.unit != "rank":
        return None
    m = _NAMED_AFTER.match(lower, b.number.end, end)
    if m is None and (
        _POSITION_BEFORE.search(lower, max(0, b.number.start - 14), b.number.start)
        # (or a rank that opens its sentence: "Xếp thứ hai trong DTI 2022 là Quảng Ninh với 0,6850 điểm")
        or _RANK_OPENS.search(lower, max(0, b.number.start - 16), b.number.start)
        # (or the lead opening it: "Dẫn đầu cả nước về tỷ trọng kinh tế số trong GRDP năm 2023 là Bắc Ninh với 48,25%")
        or (b.number.raw == "@1" and _SENTENCE_OPENS.search(lower, max(0, b.number.start - 4), b.number.start))
    ):
        # "Vị trí số 1 trụ cột kinh tế số năm 2020 thuộc về Bình Dương": the position, what it ranks and its year,
        # then its holder
        m = _HELD_LATER.match(lower, b.number.end, end)
    if m is None:
        return _listed_after(mentions, lower, b.number, end)
    for x in mentions:
        if m.end() <= x.start <= m.end() + 16 and x.slug != SELF:
            return x.slug
    return None


# ranks in a row ("thứ hai và thứ ba", "thứ 2, 3 và 4"), then the list word and the provinces it pairs them with
_RANK_ITEM = r"(?:thu\s+)?(?:\d{1,2}|nhat|hai|ba|tu|nam|sau|bay|tam|chin|muoi)"
_RANKS_AFTER = re.compile(rf"((?:\s*(?:,|va)\s*{_RANK_ITEM})*)\s*,?\s*(?:lan luot|tuong ung)\s+(?:la|thuoc ve)\s+")
_RANKS_BEFORE = re.compile(rf"((?:{_RANK_ITEM}\s*(?:,|va)\s*)*)(?:thu\s+)?$")
_RANK_SEP = re.compile(r"\s*(?:,|va)\s*")


def _listed_after(mentions, lower: str, n, end: int) -> str | None:
    """The province at the rank's place among the ranks in a row before "lần lượt là" (rule rank-then-province),
    when the provinces after the list word are as many as the ranks; else None."""
    after = _RANKS_AFTER.match(lower, n.end, end)
    if after is None:
        return None
    before = _RANKS_BEFORE.search(lower, max(0, n.start - 60), n.start)
    i = len(_RANK_SEP.findall(before.group(1))) if before else 0
    k = i + 1 + len(_RANK_SEP.findall(after.group(1)))
    if k < 2:
        return None
    places = [x.slug for x in mentions if x.start >= after.end() and x.slug != SELF][:k]
    return places[i] if len(places) == k else None


# "Bình Định (cũ)", "Tiền Giang trước hợp nhất": the province before the merger
FORMER = re.compile(r"\s*(?:\(cu\)|cu\b(?! the)|truoc (?:khi )?(?:hop nhat|sap nhap|sap xep))")


def former_area(lower: str, m) -> bool:
    """The province mention ``m`` names the area of a former province within its successor ("tại các khu công nghiệp
    thuộc khu vực Hà Nam (cũ)", "trên địa bàn Bình Định cũ"): a place where something is, not the subject of its
    sentence."""
    return bool(FORMER.match(lower, m.end)) and _AREA_BEFORE.search(lower, max(0, m.start - 16), m.start) is not None


_AREA_BEFORE = re.compile(r"\b(?:khu vuc|dia ban|vung|thuoc|tai)\s+(?:tinh\s+)?$")


def named_as_former(lower: str, mentions, clause_start: int, pos: int) -> bool:
    """The clause's last province before ``pos`` is written as the province before the merger (not one with a value
    of its own in a bracket closed before ``pos``: "đạt 79,6% (năm 2024, tỉnh Bạc Liêu cũ đạt 68,9%), còn tỷ lệ ...
    đạt 84%"; a bracket that only names the area, "khu vực phía Đông (địa bàn Bình Định cũ) ... đạt 84%", does)."""
    if lower.find(")", clause_start, pos) >= 0:
        mentions = [m for m in mentions if not _valued_in_bracket(lower, clause_start, m.start, pos)]
    return bool(FORMER.match(lower, mention_end(mentions, clause_start, pos)))


def _valued_in_bracket(lower: str, start: int, at: int, pos: int) -> bool:
    """``at`` lies inside a bracket (opened after ``start``) that closes before ``pos`` with a number after ``at``."""
    if lower.rfind("(", start, at) <= lower.rfind(")", start, at):
        return False
    close = lower.find(")", at, pos)
    return close >= 0 and any(ch.isdigit() for ch in lower[at:close])


def mention_end(mentions, clause_start: int, pos: int) -> int:
    """End of the last province mention before ``pos`` in its clause (``pos`` when none)."""
    ends = [m.end for m in mentions if clause_start <= m.start and m.end <= pos]
    return ends[-1] if ends else pos


def compared_before(lower: str, pos: int) -> bool:
    """The province at ``pos`` is named only to compare ("so với Đà Nẵng", "chỉ sau Hà Nội")."""
    return bool(_COMPARED_TO.search(lower, max(0, pos - 12), pos))


# an aside that opens after the subject's name ("X, địa phương sắp hợp nhất với ", "X - tỉnh láng giềng của ")
# and closes after the province it names
# (also "Quảng Nam, nay đã hợp nhất vào Đà Nẵng, ở DTI 2023 chỉ xếp thứ 35/63")
# (and "Yên Bái (cũ), nay cùng Lào Cai hợp thành tỉnh mới, ...")
_ASIDE_TO = re.compile(
    r"\s*(?:\(\s*cu\s*\)\s*)?[,\-\u2013\u2014]\s*"
    r"(?:dia phuong|tinh|don vi|noi|thanh pho|nay(?: da| cung| duoc)*(?: (?:hop nhat|sap nhap))?)\b"
    # (a year may stand in it: "Hậu Giang – tỉnh được tách ra từ Cần Thơ năm 2004 – xếp thứ 51")
    r"(?:[^,;.:()\-\u2013\u2014\d]|(?<=nam )(?:19|20)\d\d\b){0,60}"
)
# (the aside may run on past the province it names: "Thái Nguyên, tỉnh có nhiều điểm tương đồng với Bắc Giang về quy mô
# công nghiệp, năm 2022 xếp thứ 14/63")
_ASIDE_END = re.compile(r"(?:[^,;.:()\-\u2013\u2014\d]|(?<=nam )(?:19|20)\d\d\b){0,40}[,\-\u2013\u2014]")


# from a province's name to its successor's: "(nay là tỉnh", ", nay thuộc thành phố", "(nay là một phần của"
_NOW_NAMED = re.compile(
    r"\s*[(,\-\u2013]\s*nay\s+(?:la|thuoc)\s+(?:mot phan\s+(?:(?:cua|thuoc)\s+)?)?(?:(?:tinh|thanh pho|tp\.?)\s*)?"
)


# from a province's name into a bracket that lists what it was formed from: "(gồm", "(bao gồm cả", "(hợp nhất từ"
_PARTS_BRACKET = re.compile(
    # (also "(sau hợp nhất với tỉnh Bạc Liêu)": the province it merged with)
    r"\s*(?:moi\s*)?,?\s*\(\s*(?:moi\s*,?\s*)?(?:gom|bao gom|hop nhat tu|sap nhap tu|tu"
    r"|sau (?:khi )?(?:hop nhat|sap nhap) voi)\b(?:\s+ca)?[^()]{0,60}"
    # ... or an aside between commas or dashes: "TP. Hồ Chí Minh mới, gồm TP. Hồ Chí Minh, Bình Dương và Bà Rịa -
    # Vũng Tàu cũ, xếp thứ 4/34", "Đồng Nai - tỉnh được hợp nhất từ Đồng Nai và Bình Phước - đạt 0,5371"
    # ("thành phố Cần Thơ (mới), được hình thành từ Cần Thơ, Hậu Giang và Sóc Trăng, đạt 0,6350 điểm")
    r"|\s*(?:moi|sau hop nhat|\(\s*moi\s*\))?\s*(?:,|\s[-\u2013])\s*(?:(?:tinh|thanh pho)\s+)?(?:moi\s*,?\s*)?"
    r"(?:gom|bao gom|(?:duoc\s+)?(?:hop nhat|sap nhap|hinh thanh)\s+(?:tu|tren co so(?: hop nhat)?)"
    r"|sau (?:khi )?hop nhat voi)"
    r"\b[^()\d]{0,70}"  # (no value inside: "Tuyên Quang, sau khi hợp nhất với Hà Giang, xếp thứ 29, còn Lào Cai ...")
)


# the clause of where the province just named is, up to the value ("..., nơi tỷ lệ ... đạt 90%")
_WHERE_OPENS = re.compile(r"\s*,\s*noi\b[^,;:.()]*")


def province_in_clause(
    mentions, clause_start: int, pos: int, article: str, sentence_start: int | None = None, lower: str = ""
) -> str | None:
    """The province the clause names last before ``pos``, else the one its sentence named before
    the clause; a self-reference ("tỉnh ta", "của tỉnh") is ``article``, unless the sentence named another
    province before it that it did not compare nor name as where something happened (rule self-after-named:
    "Hà Tĩnh là một ví dụ khác: DTI 2023 của tỉnh tăng 19 bậc", "Điểm sáng là Kon Tum: chính quyền số của
    tỉnh xếp thứ 29", "Đại diện tỉnh An Giang chia sẻ, tỉnh đã ...", "kinh tế số của Lai Châu ..., trong khi
    chính quyền số của tỉnh này ..."; not "vượt cả TP. Hồ Chí Minh (thứ 3); ... của tỉnh", "Sau chuyến khảo
    sát tại Bình Phước, ... của tỉnh"); None when neither names one."""
    best = None
    compared_end = -1  # where the last province named to compare ends ("chỉ sau Hà Nội và Đà Nẵng": both)
    for m in mentions:
        if m.start >= pos:
            break
        if m.end <= clause_start:
            continue
        if lower and _bracketed_rival(lower, m, pos):
            continue
        if best is not None and lower and _PARTS_BRACKET.fullmatch(lower, best.end, m.start):
            continue  # "Đà Nẵng (gồm Đà Nẵng và Quảng Nam cũ) đứng thứ ba": the parts of the province named before
        if best is not None and lower and _NOW_NAMED.fullmatch(lower, best.end, m.start):
            # rule now-named: "tỉnh Hà Giang (nay là tỉnh Tuyên Quang) đứng thứ 58/63": the successor's name
            # tells where the province went, the value stays the province named before it (ANNOTATION: the
            # former slug for periods up to 2024; a 2025 value goes to the successor by the merger rule anyway)
            continue
        if best is not None and lower and _ASIDE_TO.fullmatch(lower, best.end, m.start) and _ASIDE_END.match(
            lower, m.end, pos
        ):
            # "tỉnh Gia Lai, địa phương sắp hợp nhất với Bình Định, xếp thứ 40": a province named inside an aside
            # that describes the subject is not the subject
            continue
        if lower and (
            _COMPARED_TO.search(lower, max(0, m.start - 12), m.start)
            or (compared_end >= 0 and _JOINED.fullmatch(lower, compared_end, m.start))
        ):
            compared_end = m.end
            own_verb = _OWN_VERB.search(lower, m.end, pos) is not None
            # ("sau Thừa Thiên Huế (xếp thứ 3 toàn quốc)": a verb inside the bracket that opens after the province
            # compared is that province's own)
            if best is not None and own_verb and not _OWN_BRACKET.fullmatch(lower, m.end, pos):
                # "Hải Phòng vượt Đà Nẵng lên thứ hai": the province passed is compared, not the subject of
                # the verb after it ("chỉ đứng sau Đà Nẵng (0,6538)" keeps the bracket's value Đà Nẵng's)
                continue
            between = lower[m.end : pos]
            if (former := _FORMER_MARK.match(between)) is not None:
                between = between[former.end() :]  # ("cao hơn Cà Mau (cũ) với 38,2%": the mark is the name's)
            passing = _PASSING.search(lower, max(0, m.start - 20), m.start)
            if best is not None and passing and _WITH_VALUE.match(between):
                # "Hà Tĩnh cũng vượt Nghệ An với vị trí thứ 29": the value the subject passed it with is the subject's
                # (but "so với TP.HCM với khoảng 20%" is TP.HCM's)
                continue
            # (but a clause of where it is, "thấp hơn Đà Nẵng, nơi hơn 90% hồ sơ được xử lý trực tuyến", is its own)
            where = _WHERE_OPENS.fullmatch(between) is not None
            if not (own_verb or where) and ("," in between or ")" in between) and not _OWN_BRACKET.fullmatch(between):
                # "X xếp thứ nhì cả nước, chỉ sau Đà Nẵng, với giá trị 0,6121": nor is the province compared
                # the subject of a value in a clause after it with no verb of its own (the subject before
                # it, or the sentence's, is), nor of one after its own bracket ("cao hơn hẳn Phú Yên (22,4%)
                # và gấp ba lần năm 2020 (9,8%)"); "so với TP.HCM với khoảng 20%" is TP.HCM's
                continue
        best = m
    if best is None:
        # "TPHCM đạt ...; Xã hội số xếp thứ 4": a clause without a subject continues its sentence's
        start = clause_start if sentence_start is None else sentence_start
        # not a province the sentence named only to compare ("xếp thứ 2, chỉ đứng sau Đà Nẵng; trong
        # đó chính quyền số xếp thứ 3" goes on with the subject, not Đà Nẵng), nor one "và" joins to it
        # ("xếp thứ ba, sau Đà Nẵng và TP Hồ Chí Minh; so với năm 2022, điểm số tăng 0,0415")
        compared_end = -1
        for m in mentions:
            if m.start >= clause_start:
                break
            if m.start < start or (lower and _bracketed_rival(lower, m, pos)):
                continue
            joined = compared_end >= 0 and (
                _JOINED.fullmatch(lower, compared_end, m.start)
                # (a comma too, inside a list that goes on: "sau Đà Nẵng, Quảng Ninh và TP Hồ Chí Minh"; not the subject
                # after the place compared: "Sau Hà Nội, Đà Nẵng xếp thứ 2")
                or (_COMMA.fullmatch(lower, compared_end, m.start) and _LIST_GOES_ON.match(lower, m.end))
            )
            if lower and (_COMPARED_TO_TITLED.search(lower, max(0, m.start - 20), m.start) or joined):
                compared_end = m.end
            else:
                best = m
    if best is None:
        return None
    if best.slug == SELF and lower and not load_gazetteer().own_outlet.fullmatch(lower, best.start, best.end):
        # (but "tỉnh ta", "tỉnh nhà" is the outlet's own province whatever the sentence named before it: "tỉnh Thái
        # Bình xếp thứ 35/63, còn tỉnh ta xếp thứ 22/63"; rule own-outlet)
        start = clause_start if sentence_start is None else min(sentence_start, clause_start)
        named = [m for m in mentions if start <= m.start and m.end <= best.start and m.slug != SELF]
        # rule self-after-named: the province the sentence put before, not one it named to compare
        own = [
            m
            for m in named
            if not _PASSED.search(lower, max(0, m.start - 20), m.start)
            and not _PLACE_OF_EVENT.search(lower, max(0, m.start - 20), m.start)
        ]
        if own and own[-1].slug != article:
            return own[-1].slug
    return article if best.slug == SELF else best.slug


def _bracketed_rival(lower: str, m, pos: int) -> bool:
    """Rule bracketed-rival: the province ``m`` is named with its own value inside a bracket that closes before
    ``pos`` ("chính quyền số của A đạt 0,60 điểm (B: 0,58), kinh tế số đạt 0,42 điểm"): a side-by-side figure of
    another province, not the subject of the values after the bracket (a bracket that only names a province,
    "địa phương này (Bắc Ninh)", still does)."""
    opened = lower.rfind("(", 0, m.start)
    if opened < 0 or lower.find(")", opened, m.start) >= 0:
        return False
    closed = lower.find(")", m.end)
    return 0 <= closed < pos and _OWN_FIGURE.match(lower, m.end, closed) is not None


# what follows a province's name in a side-by-side bracket: its own figure, up to the next item ("(B: 0,58)", "(B
# đạt 47,5%; C: 39%)", "(B thứ 12)")
_OWN_FIGURE = re.compile(r"\s*(?::\s*|\s(?:dat|la|xep thu|thu|voi)\s+)?(?:khoang\s+)?\d")


_COMPARE_WORDS = r"sau|tren|vuot|hon(?: han| ca)?|so voi|truoc|kem"
_COMPARED_TO = skipping(re.compile(rf"\b(?:{_COMPARE_WORDS})\s+$"))
# (for the subject a clause without one goes on with, a city's title may stand between the word and the name: "chỉ sau
# TP Hồ Chí Minh; chính quyền số ... xếp thứ 8"; in its own clause, "cao hơn TP Hồ Chí Minh đứng thứ 33" is the city's)
_COMPARED_TO_TITLED = skipping(re.compile(rf"\b(?:{_COMPARE_WORDS})\s+(?:(?:tp\.?|thanh pho)\s*)?$"))
# rule self-after-named: the same words, "như" ("Cũng như Tuyên Quang, tỉnh ..."), "cả"/"qua" after "vượt", and a
# city's title before the name ("vượt cả TP. Hồ Chí Minh")
_PASSED = re.compile(rf"\b(?:{_COMPARE_WORDS}|vuot (?:ca|qua)|nhu)\s+(?:(?:tp\.?|thanh pho)\s*)?$")
# "chuyến khảo sát tại Bình Phước", "hội thảo tổ chức ở Gia Lai": where something happened, inside a phrase (not
# "Ở Bạc Liêu, ..." opening a clause: the province it is about)
_PLACE_OF_EVENT = re.compile(r"[a-z]\s+(?:tai|o)\s+(?:(?:tinh|thanh pho|tp\.?)\s*)?$")
_OWN_BRACKET = re.compile(r"\s*\([^()]*")  # "chỉ đứng sau Đà Nẵng (0,6538)": the value in the bracket after it
# (not a comma: "Sau Hà Nội, Đà Nẵng xếp thứ 2"; a city's title may come before the name: "sau Đà Nẵng và TP Hồ Chí
# Minh")
_PASSING = re.compile(r"\b(?:vuot(?: qua| len)?|bo xa|qua mat)\s+(?:(?:tp\.?|thanh pho|tinh)\s*)?$")
_WITH_VALUE = re.compile(
    r"\s*voi\s+(?:(?:vi tri|gia tri|thu hang|muc|diem so)\s+)?(?:thu\s+|hang\s+)?(?:khoang\s+)?(?:\d|$)"
)
_JOINED = re.compile(r"\s+va\s+(?:(?:tp\.?|thanh pho|tinh)\s*)?")
_FORMER_MARK = re.compile(r"\s*\(\s*cu\s*\)")
_COMMA = re.compile(r"\s*,\s*(?:(?:tp\.?|thanh pho|tinh)\s*)?")
_LIST_GOES_ON = re.compile(r"\s*(?:,|va\b)")
_OWN_VERB = re.compile(r"\b(?:len|xuong|xep|dung|dat|vuon|giu)\b")
