"""Cue words of the binding rules, from ``data/cues.yml`` (folded), as ready regexes."""

from __future__ import annotations

import re
from dataclasses import dataclass, fields, replace
from functools import lru_cache
from importlib import resources

import yaml

from vndx.extract.scan import skipping
from vndx.extract.text import fold

# after "nay" (now), the words that give a place its new name or province ("nay là", "nay thuộc", "nay đã sáp nhập")
_NEW_NAME_WORDS = "la|thuoc|da|duoc|doi|tro|sap|hop|goi|cung|nhap|tach"


def _alt(words: list[str]) -> str:
    r"""One regex for a list of cue words (folded; a space matches any run of spaces): see ``trie``."""
    return trie([" ".join(fold(w).split()) for w in words], space=r"\s+")


def _look_behinds(words: list[str], tail: str = "") -> str:
    """``(?<!w1 )(?<!w2 )...`` without the outer ``(?<!`` and last ``)``: fixed-width look-behinds
    for words that may stand right before the next one (folded, one space; ``tail``: the letters of
    the next word already matched)."""
    return ")(?<!".join(f"{fold(w)} {tail}" for w in words)


def _bword(words: list[str], tail: str = "") -> str:
    r"""``\b(?:{_alt(words)}){tail}``, written so the engine skips ahead to a possible first letter:
    a leading ``\b`` makes it try the pattern at every character of the span. Each first letter of
    the trie is followed by a look-behind saying no word character precedes it, which is ``\b``
    for a word that starts with one (the cues are searched in every sentence)."""
    return "(?:" + "|".join(_branches(words, word_start=True, tail=tail)) + ")"


def _branches(
    words: list[str] | tuple[str, ...],
    word_start: bool = False,
    tail: str = "",
    not_after: tuple[str, ...] = (),
    space: str = r"\s+",
) -> list[str]:
    r"""The first-letter branches of ``_alt(words)``, in its order, each followed by ``tail`` (so two
    lists can be joined in one flat alternation the engine can skip ahead in), with the word-start
    look-behind of ``_bword`` when ``word_start``; ``not_after``: words (folded) that may not come
    right before, one space between (``(?<!w )`` before the word, checked after its first letter);
    ``space``: what a space in a word matches (``words`` tries take one literal space)."""
    root = _root([" ".join(fold(w).split()) for w in words])
    if word_start and not all(re.fullmatch(r"\w", ch) for ch in root):
        guards = "".join(rf"(?<!{re.escape(w)} )" for w in not_after)
        return [r"\b" + guards + "(?:" + _emit(root, space) + ")" + tail]  # a cue starting with a sign
    out = []
    for ch, child in sorted(root.items()):
        first = re.escape(ch)
        guard = rf"(?<!\w{first})" if word_start else ""
        guard += "".join(rf"(?<!{re.escape(w)} {first})" for w in not_after)
        out.append(first + guard + _emit(child, space) + tail)
    return out


def _root(words: list[str]) -> dict:
    root: dict = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}
    return root


def trie(words: list[str], space: str = r"\ ") -> str:
    r"""An alternation of literal words built as a trie ("dan dau", "dung dau", "dung thu nhat" ->
    ``d(?:an\s+dau|ung\s+(?:dau|thu\s+nhat))``): the engine tries one branch per letter instead of
    every word at every position, and of two words one of which starts the other the longer is
    tried first (as a longest-first alternation would). ``space``: what a space in a word matches."""
    return _emit(_root(words), space)


class WordFinder:
    """Which of a list of literal words occur in a span of text: one search per occurrence over a trie of them (the
    engine skips ahead at C speed between first letters), restarted one character on, since words may overlap; a
    word found also finds the listed words inside it ("co quan" holds "co ")."""

    def __init__(self, words) -> None:
        words = sorted(set(words), key=len, reverse=True)
        self.words = frozenset(words)
        self._search = re.compile(trie(words)).search if words else None
        self._inside = {w: frozenset(o for o in words if o in w) for w in words}

    def found(self, text: str, start: int, end: int) -> set[str]:
        out: set[str] = set()
        if self._search is None:
            return out
        pos, search, inside = start, self._search, self._inside
        while (m := search(text, pos, end)) is not None:
            out |= inside[m.group()]
            pos = m.start() + 1
        return out


def _emit(node: dict, space: str) -> str:
    branches = [
        (space if ch == " " else re.escape(ch)) + _emit(child, space) for ch, child in sorted(node.items()) if ch
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:  # a word ends here: try the longer words first, then stop
        return f"(?:{body})?"
    return body


@dataclass(frozen=True)
class Cues:
    ordinals: dict[str, int]
    # an ordinal word's folded form -> its spellings: folded, "tư" (4th) is also "từ" (from), "năm" (5th) "nằm"
    ordinal_spellings: dict[str, frozenset[str]]
    ordinal: re.Pattern[str]  # "xếp thứ tư" -> group "word"
    counted_time: re.Pattern[str]  # before "thứ N": not a rank
    regional_after: re.Pattern[str]
    regional_before: re.Pattern[str]
    region_sizes: dict[str, int]  # folded region name -> how many provinces it holds (rule regional-rank)
    scope_subject: re.Pattern[str]  # plain words ("cấp huyện", "khối sở"), on lower-case text
    scope_named: re.Pattern[str]  # a unit word and a capitalised name ("Sở Tư pháp"), on cased text
    aggregate: re.Pattern[str]
    level_frames: frozenset[str]  # of ``aggregate``'s matches, those that frame a report (rule report-across-lines)
    range_from: re.Pattern[str]
    range_to: re.Pattern[str]
    range_lead: re.Pattern[str]  # before "65-70%": "đạt", "trong khoảng"
    subset_lead: re.Pattern[str]
    national_names: re.Pattern[str]
    list_backref: re.Pattern[str]
    respectively: re.Pattern[str]
    basis_34: re.Pattern[str]
    basis_63: re.Pattern[str]
    as_of_now: re.Pattern[str]
    ever_lead: re.Pattern[str]
    now_opening: re.Pattern[str]  # "Hiện toàn tỉnh có ...": "hiện" opening the sentence (match at its start)
    now_clause: re.Pattern[str]  # "Theo Sở, hiện 71% ...": "hiện" opening a clause (search)
    background_lead: re.Pattern[str]  # a sentence that looks back opens so (rule background-year)
    year_review: re.Pattern[str]  # a sentence reviewing a year's work (rule report-year)
    integration: re.Pattern[str]  # right before a share: "tích hợp 100% ..."
    # -- the binding rules' subject cues
    nation_words: str  # alternation of "cả nước" / "toàn quốc", for patterns that place them
    national: re.Pattern[str]  # the nation, its names, or many provinces as a subject
    group_subject_words: frozenset[str]  # of ``national``'s matches, those about a group, not the nation
    average: re.Pattern[str]
    group_subject: re.Pattern[str]  # "4 địa phương có ..."
    lower_unit: re.Pattern[str]  # "huyện Hương Khê", on cased text
    lower_unit_has: re.Pattern[str]  # "xã Tam Dương có " right before a measure, on cased text
    lower_unit_doing: re.Pattern[str]  # "xã Ba Tơ đã " right before a measure's verb ("phủ sóng"), on cased text
    lower_units_are: re.Pattern[str]  # "..., phường Văn Phú và phường Lào Cai là những đơn vị có ", on cased text
    lower_unit_abbr: re.Pattern[str]  # "TX An Nhơn", "H.Thống Nhất", on cased text
    lower_unit_named: re.Pattern[str]  # the same, not inside a word (group: the unit word)
    lower_unit_spellings: tuple[str, ...]  # "huyện", "xã": to check the original text's spelling
    unit_self: re.Pattern[str]
    # -- the binding rules' value cues
    top_one: re.Pattern[str]  # "đứng đầu cả nước"
    group_lead: re.Pattern[str]  # before top_one: membership of a leading group
    value_word: re.Pattern[str]  # a value without a digit ("thứ tư", "dẫn đầu")
    bound_before: re.Pattern[str]
    decrease: re.Pattern[str]
    clause_break: re.Pattern[str]
    clause_joint: re.Pattern[str]  # ", đồng thời ...": a new clause (rule head-window-ends)
    dx_context: re.Pattern[str]
    socio_economic: re.Pattern[str]
    source_before: re.Pattern[str]
    source_after: re.Pattern[str]
    shared_value: re.Pattern[str]
    tie: re.Pattern[str]
    # -- the sentence loop's cues
    connector: re.Pattern[str]
    measure_backref: re.Pattern[str]  # "tỷ lệ này", "con số này" (rule measure-backref)
    follows: re.Pattern[str]
    rank_words: re.Pattern[str]
    rank_moves: re.Pattern[str]  # ("xuống thứ 29": a rank reached by a move; rule doc-topic)
    table_position: re.Pattern[str]  # "cuối bảng", "xếp hạng" (rule paren-ranks)
    score_label: re.Pattern[str]  # "Giá trị: ", matched at a line's start (rule doc-topic)
    target_heading: re.Pattern[str]
    plan_lead: re.Pattern[str]  # a plan word in a lead-in line (rule target-lead-in)
    result_lead: re.Pattern[str]  # ... unless it announces results ("Kết quả thực hiện các chỉ tiêu:")
    targets_set: re.Pattern[str]  # "đặt ra 18 chỉ tiêu": the rest of the paragraph is targets (rule targets-announced)
    dateline_words: re.Pattern[str]
    meeting_report: re.Pattern[str]
    national_meeting: re.Pattern[str]
    # every list of cues.yml as an alternation (a trie, folded, one literal space per space), for the
    # grammar patterns that stay in code and read cue words ("\\b(?:{words['plan_words']})\\b")
    words: dict[str, str]
    lists: dict[str, tuple[str, ...]]  # the same lists as folded words (one space between words)


# the end of a unit word that is not "xã" of "xã hội" (society)
_NOT_SOCIETY = r"\b(?!(?<=xa) hoi\b)"


@lru_cache(maxsize=1)
def load_cues() -> Cues:
    """The cues, every pattern with its first characters told to the engine (``scan.skipping``: one
    that opens with ``\\b`` or a group is otherwise run at every character of a sentence): the same
    matches."""
    cues = _read_cues()
    patterns = {f.name: getattr(cues, f.name) for f in fields(cues)}
    return replace(cues, **{k: skipping(v) for k, v in patterns.items() if isinstance(v, re.Pattern)})


def _read_cues() -> Cues:
    data = yaml.safe_load(resources.files("vndx.extract").joinpath("data/cues.yml").read_text("utf-8"))
    ordinals = {fold(k): int(v) for k, v in data["ordinals"].items()}
    lists = {k: tuple(" ".join(fold(w).split()) for w in v) for k, v in data.items() if isinstance(v, list) and v}
    plain = _bword([w for w in data["scope_subjects"] if w not in data["scope_named"]])
    # "xã", "xã, phường", "phường và thị trấn": one unit word or several
    unit_list = rf"(?:{_alt(data['example_units'])})(?:\s*(?:,|va)\s*(?:{_alt(data['example_units'])}))*"
    nation = _alt(data["nation"])
    # "huyện" -> "[Hh]uyen": a unit word with or without its capital, matched on case-kept text
    units = "|".join(
        f"[{w[0].upper()}{w[0]}]{re.escape(w[1:])}".replace(r"\ ", r"\s+")
        for w in sorted((fold(u) for u in data["lower_units"]), key=len, reverse=True)
    )
    # a unit's word and its name of up to four capitalised words ("xã Tam Dương", "phường Hà Giang 1" up to the digit)
    unit_named = rf"\b(?:{units})\s+[A-Z][a-z]*(?:\s+[A-Z][a-z]*){{0,3}}"
    # "TX An Nhơn", "H.Thống Nhất": the abbreviations as written (capitals, the dot)
    abbreviations = sorted(data["lower_unit_abbreviations"], key=len, reverse=True)
    abbr = "|".join(re.escape(a) for a in abbreviations)
    return Cues(
        ordinals=ordinals,
        ordinal_spellings={
            f: frozenset(k for k in data["ordinals"] if fold(k) == f) for f in {fold(k) for k in data["ordinals"]}
        },
        ordinal=re.compile(
            rf"{_bword(data['ordinal_rank_cues'])}\s+(?P<word>{_alt(list(ordinals))})\b"
            # "hạng ba trụ cột": a count; "thứ ba năm 2024" is third in 2024, "ba năm" three years
            # ("hạng ba chỉ số" counts indices, but "xếp thứ nhất Chỉ số cải cách hành chính" ranks one: numbers.py)
            r"(?!\s*(?:\d|tuoi|nam\b(?!\s+(?:19|20)\d\d\b)|lan\b|thang|ngay|tru cot|nhom|linh vuc))"
        ),
        # (not the "Nam" of a province's name: "Hà Nam thứ 24", "Quảng Nam thứ 40")
        counted_time=re.compile(rf"{_bword(data['counted_time'])}(?<!ha nam)(?<!quang nam)\s+thu\s*$"),
        # "trong nhóm 34 tỉnh" is the whole country after the merger, not a group
        regional_after=re.compile(
            rf"^\s*(?:,\s*)?(?:la\s+)?(?:trong\s+|cua\s+|o\s+)?(?:{_alt(data['regional_after'])})\b"
            rf"(?!\s+(?:63|34|{_alt(data['group_tiers'])})\b)"
            # (nor the provinces' bloc itself, beside the ministries': "đứng thứ 7 trong khối tỉnh, thành phố")
            r"(?!(?<=khoi)\s+(?:cac\s+)?tinh,?\s+thanh pho\b)"
        ),
        # also "trong các tỉnh Đồng bằng sông Hồng", "giữa các địa phương vùng Tây Nguyên", "trong 13 tỉnh, thành
        # phố vùng Đồng bằng sông Cửu Long" (the count, group "count", is the group's size)
        region_sizes={" ".join(fold(k).split()): v for k, v in data["region_sizes"].items()},
        regional_before=re.compile(
            # (not a group of measures: "Trong nhóm chỉ số chính, hạ tầng số xếp thứ tư" ranks the province)
            rf"\b(?:{_alt(data['regional_before'])})\b"
            rf"(?!\s+(?:63|34|chi so|chi tieu|tru cot|tieu chi|linh vuc|{_alt(data['group_tiers'])})\b)|"
            rf"\b(?:trong|giua|o|so voi)\s+(?:so\s+)?(?:cac|(?P<count>\d+))\s+(?:tinh|dia phuong)"
            rf"(?:,?\s+thanh(?:\s+pho)?)?\s+"
            rf"(?:thuoc\s+|o\s+)?(?:{_alt(data['regional_after'])})\b"
        ),
        # (never "xã hội", society: "trợ cấp xã hội" holds "cấp xã", "của xã hội" holds "của xã")
        scope_subject=re.compile(
            "(?:"
            + plain
            # units named with a quantifier as examples or as the verb's subject ("Nhiều xã như Long Hồ ...", "Một số xã
            # đã đạt 100%", "Các phường trung tâm A và B có tỷ lệ ..."): theirs
            # (the names listed with commas: "Các phường Hạ Long, Bãi Cháy, Cẩm Phả có tỷ lệ ...")
            + rf"|{_bword(data['example_quantifiers'])}\s+{unit_list}(?:,?\s+\w+){{0,8}}?\s+(?:nhu|da|deu|co|dat)\b"
            # "tỷ lệ hộ có cáp quang ở nhiều xã biên giới chỉ khoảng 40%", "Tại hai phường trung tâm ...": the units
            # where, not the province
            + rf"|\b(?:o|tai)\s+(?:{_alt(data['example_quantifiers'] + data['example_counts'])})\s+{unit_list}\b"
            + ")"
            + _NOT_SOCIETY
        ),
        scope_named=re.compile(rf"(?<![A-Za-z])(?i:{_alt(data['scope_named'])})\s+[A-Z]"),
        aggregate=re.compile(rf"{_bword(data['aggregate_subjects'])}\b"),
        level_frames=frozenset(" ".join(fold(w).split()) for w in data["level_frames"]),
        range_from=re.compile(rf"{_bword(data['range_from'])}\s*$"),
        range_to=re.compile(rf"^\s*(?:{_alt(data['range_to'])})\s*(?:muc\s+)?$"),
        range_lead=re.compile(rf"{_bword(data['range_leads'])}\s*$"),
        subset_lead=re.compile(rf"{_bword(data['subset_lead'])}\b"),
        national_names=re.compile(rf"{_bword(data['national_names'])}\b"),
        list_backref=re.compile(rf"{_bword(data['list_backrefs'])}\b"),
        respectively=re.compile(rf"{_bword(data['respectively'])}\b"),
        basis_34=re.compile(rf"{_bword(data['basis_34'])}\b"),
        basis_63=re.compile(rf"{_bword(data['basis_63'])}\b"),
        # ... or "hiện" before a verb ("Tỉnh hiện có 1.312 doanh nghiệp"), unless it ends a verb itself
        # ("thực hiện có hiệu quả"); an adverb may stand between ("hiện mới đạt 88,6%", "hiện chỉ có")
        # (the "h" first, then look-behinds: a literal start lets the engine skip ahead)
        as_of_now=re.compile(
            rf"{_bword(data['as_of_now'])}\b|h(?<!\wh)(?<!{_look_behinds(data['hien_compounds'], tail='h')})"
            rf"ien\s+(?:(?:moi|chi|da|van)\s+)?(?:{_alt(data['now_verbs'])})\b"
        ),
        ever_lead=re.compile(rf"\b(?:{_alt(data['ever_leads'])})\s+$"),
        # (also inside a quotation: "“Hiện toàn tỉnh mới có khoảng 120 doanh nghiệp ...”, ông X cho biết")
        # (after a bullet or an icon: "👥 Hiện toàn tỉnh có 1.035 Tổ ...")
        now_opening=re.compile(rf"\W*(hien)\s+(?!(?:{_alt(data['hien_words'])})\b)"),
        # (and "nay" opening a clause after a year's: "Năm 2021, ... chỉ có 84 doanh nghiệp; nay con số này là 312"; not
        # a place's new name or province, "Bình Định, nay thuộc tỉnh Gia Lai,", "(nay là tỉnh Gia Lai)")
        now_clause=re.compile(
            rf"(?:[,;:(]\s*(?=hien)|[,;:]\s*(?=nay\s+(?!(?:{_NEW_NAME_WORDS})\b)))(hien|nay)\s+"
            rf"(?!(?:{_alt(data['hien_words'])})\b)"
        ),
        background_lead=re.compile(rf"[\s\-–•+*]*(?:{_alt(data['background_leads'])})\b"),
        year_review=re.compile(rf"\b(?:{_alt(data['year_reviews'])})\b"),
        integration=re.compile(rf"{_bword(data['integration_verbs'])}\s*$"),
        nation_words=nation,
        # r"\b{not_after}(?:{nation})\b|\b(?:{national subjects, group subjects})\b", each word start
        # checked after its first letter (the engine skips ahead to the letters; searched per value)
        national=re.compile(
            "|".join(
                _branches(
                    data["nation"],
                    word_start=True,
                    tail=r"\b",
                    # fixed-width look-behinds: one space, as the words are written
                    not_after=tuple(fold(w) for w in data["nation_not_after"]),
                )
                + _branches(
                    data["national_subjects"],
                    word_start=True,
                    tail=r"\b",
                    not_after=tuple(fold(w) for w in data["national_subjects_not_after"]),
                )
                + _branches(data["group_subjects"], word_start=True, tail=r"\b")
            )
        ),
        group_subject_words=frozenset(fold(w) for w in data["group_subjects"]),
        average=re.compile(rf"{_bword(data['average'])}\b"),
        # a count, never a year ("năm 2023 tỉnh có 85%": the province itself); or in words ("ba địa phương có giá trị
        # DTI vượt ngưỡng 0,65 điểm"; not "năm", "sáu", also "year" and "after": "cả năm tỉnh có ..."; nor "cả hai tỉnh
        # đều có 100%", the provinces named, all of them: rule shared-provinces)
        group_subject=re.compile(
            rf"\b(?:(?!(?:19|20)\d\d\b)\d+|(?<!ca ){_alt(data['group_count_words'])})\s+"
            rf"(?:{_alt(data['group_nouns'])})\s+"
            rf"(?:(?:{_alt(data['group_adverbs'])})\s+)*(?:{_alt(data['group_verbs'])})\b"
        ),
        # (also one given as an example: "có huyện như Mường Lát chỉ đạt khoảng 12%")
        # (a kind of district between the word and the name: "ở huyện vùng cao Sơn Động tỷ lệ này mới khoảng 41%")
        lower_unit=re.compile(
            rf"\b(?:{units})\s+(?:nhu\s+|(?:vung cao|vung sau|mien nui|bien gioi|dao|ven bien|cu lao)\s+)?[A-Z][a-z]*\b"
        ),
        # (its first letter a literal, the word start checked after it: the engine skips ahead to it)
        lower_unit_abbr=re.compile(
            "(?:"
            + "|".join(f"{re.escape(a[0])}(?<![A-Za-z]{re.escape(a[0])}){re.escape(a[1:])}" for a in abbreviations)
            + r")\s*[A-Z][a-z]*\b"
        ),
        # a unit that has the measure named right after it ("xã Tam Dương có tỷ lệ hồ sơ trực tuyến cao nhất, đạt 96%")
        # (units listed as the subject of "là những đơn vị có" before the measure: rule units-are-those)
        lower_units_are=re.compile(
            unit_named + r"\s+(?:deu\s+)?la\s+(?:(?:nhung|cac|hai|ba|bon)\s+)?"
            r"(?:don vi|dia phuong|xa|phuong)\b[^.;:]{0,40}\b(?:co|dat)\b"
        ),
        # (or its name and an adverb right before the measure's own verb: "trong khi xã Ba Tơ đã phủ sóng 100%")
        lower_unit_doing=re.compile(
            unit_named + r"(?:\s+(?:da|cung|hien|deu|van|chi|moi))*\s*$"
        ),
        lower_unit_has=re.compile(
            # (or leads in it: "Phường Việt Trì dù dẫn đầu về tỷ lệ hồ sơ trực tuyến với hơn 90%")
            # (past an aside between commas that describes it: "Đặc khu Phú Quốc, đơn vị hành chính đặc biệt của tỉnh,
            # có tỷ lệ hồ sơ trực tuyến đạt 92,4%")
            unit_named + r"(?:\s*,\s*[^,;.:\d]{3,70},)?\s+(?:hien\s+|da\s+)?"
            r"(?:co|(?:du\s+|van\s+)?(?:dan dau|dung dau) ve)(?:\s+(?:ty le|ty trong|so luong|so))?\s*$"
        ),
        lower_unit_named=re.compile(rf"(?<![A-Za-z])(?:(?:{units})\s+|(?:{abbr})\s*)[A-Z]"),
        lower_unit_spellings=tuple(data["lower_units"]) + tuple(a.lower() for a in abbreviations),
        # (not a level of government: "100% cơ quan cấp tỉnh, cấp huyện đã gửi, nhận văn bản điện tử")
        unit_self=re.compile(rf"(?<!cap ){_bword(data['unit_self'])}" + _NOT_SOCIETY),
        # (not a part of the provinces named after "các tỉnh": "dẫn đầu các tỉnh biên giới Đông Bắc", "các tỉnh miền
        # núi phía Bắc" lead a region or a group, no national rank 1)
        top_one=re.compile(
            rf"{_bword(data['top_one'])}\s+(?:{_alt(data['top_one_fields'])})"
            rf"(?!\s+(?:{_alt(data['top_one_narrowing'])})\b)"
        ),
        group_lead=re.compile(rf"{_bword(data['group_lead'])}\s+(?:\d+|cac)?[^.;]{{0,30}}$"),
        # ("hạng ba", "đứng hạng tư" as "thứ ba": a rank in words after either word)
        value_word=re.compile(rf"\b(?:thu|hang)\s+(?:{_alt(list(ordinals))})\b|\b(?:{_alt(data['value_words'])})\b"),
        bound_before=re.compile(rf"(?<!tren )\b(?:{_alt(data['bound_words'])})\s*$"),
        decrease=re.compile(rf"{_bword(data['decrease_words'])}\b"),
        clause_break=re.compile(rf"[;:(,]|\b(?:{_alt(data['clause_words'])})\b"),
        clause_joint=re.compile(rf",\s*(?:{_alt(data['clause_joints'])})\b"),
        # one flat alternation (the phrases, then the abbreviations as words): the engine skips ahead
        dx_context=re.compile(
            "|".join(_branches(data["dx_context"]) + _branches(data["dx_abbreviations"], word_start=True, tail=r"\b"))
        ),
        socio_economic=re.compile(rf"{_bword(data['socio_economic'])}".replace(r"\s+\-\s+", r"\s*-?\s*")),
        source_before=re.compile(rf"{_bword(data['source_lead'])}\b[^,;.]{{0,30}}$"),
        source_after=re.compile(rf"^[^,;]{{0,60}}?\b(?:{_alt(data['source_verbs'])})\b"),
        shared_value=re.compile(
            # (an adverb between: "Hà Giang và Cao Bằng cùng chỉ đạt khoảng 52%")
            rf"{_bword(data['shared_adverbs'])}\s+(?:(?:chi|moi|van|da|deu)\s+)?(?:{_alt(data['shared_verbs'])})\b"
            r"[^,;]{0,20}$"
        ),
        tie=re.compile(rf"{_bword(data['tie_words'])}\b[^,;]{{0,20}}$"),
        connector=re.compile(rf"\s*(?:{_alt(data['connectors'])}|nam \d{{4}})\b"),
        measure_backref=re.compile(rf"{_bword(data['measure_backrefs'])}\b"),
        follows=re.compile(rf"\s*(?:{_alt(data['follows'])})\b"),
        rank_words=re.compile(rf"{_bword(data['rank_words'])}\b"),
        rank_moves=re.compile(rf"{_bword(data['rank_moves'])}\b"),
        table_position=re.compile(rf"{_bword(data['table_positions'])}\b"),
        score_label=re.compile(rf"(?:{_alt(data['score_labels'])})\s*:\s*\d"),
        target_heading=re.compile(
            r"\s*(?:[ivx]+[.)]\s*|\d+(?:\.\d+)*[.)]?\s*|[a-z][.)]\s*)?(?:cac |mot so )?"
            rf"(?:{_alt(data['target_headings'])})\b"
        ),
        plan_lead=re.compile(rf"{_bword(data['plan_leads'])}\b|^\W*(?:{_alt(data['plan_heads'])})\b"),
        result_lead=re.compile(rf"{_bword(data['result_words'] + data['result_lead_words'])}\b"),
        targets_set=re.compile(
            rf"{_bword(data['target_setting_verbs'])}\s+(?:\d+\s+|cac\s+|nhung\s+|mot so\s+)?"
            rf"(?:{_alt(data['target_nouns'])})\b"
        ),
        dateline_words=re.compile(rf"{_bword(data['dateline_words'])}\b"),
        meeting_report=re.compile(rf"{_bword(data['meeting_report'])}\b"),
        national_meeting=re.compile(rf"{_bword(data['national_meeting'])}\b"),
        words={k: trie(list(v)) for k, v in lists.items()},
        lists=lists,
    )
