"""Targets and plans are not facts: plan cues before a value ("phấn đấu", "mục tiêu", "kế hoạch"),
cues cancelled by a result ("đã", "đến nay"), and the one target count that is a fact: the number
of digital-transformation targets achieved ("hoàn thành 8/14 mục tiêu")."""

from __future__ import annotations

import re

from vndx.extract.catalog import Catalog
from vndx.extract.cues import _branches, load_cues
from vndx.extract.numbers import Number, is_year, qualifier
from vndx.extract.readings import TIME_NOUNS, Binding
from vndx.extract.scan import skipping

_WORDS = load_cues().words
# plan words from cues.yml; "cần" and "sẽ" here, for the words they fold like ("cán bộ", "Cần Thơ",
# "căn cứ", "chia sẻ": their look-arounds, and the spelling check of _not_cue)
# r"\b(?:{plan words}|can(?! (?:bo|tho|cu|giuoc|gio|ho)\b)|(?<!chia )se)\b", each word start checked after
# its first letter (the engine skips ahead to the letters; searched in every clause before a value)
_TARGET = re.compile(
    "(?:"
    + "|".join(
        _branches(load_cues().lists["plan_words"], word_start=True, space=r"\ ")
        + [r"c(?<!\wc)an(?! (?:bo|tho|cu|giuoc|gio|ho)\b)", r"s(?<!\ws)(?<!chia s)e"]
        # "KH:" is "Kế hoạch:" abbreviated as a label ("(KH: 30%; TH: 34,8%)")
        + [r"k(?<!\wk)h(?=\s*:)"]

    )
    + r")\b"
)


# "hoàn thành và vượt các mục tiêu": the verb, an optional "và vượt" and quantifier, the noun
_ACHIEVED_TARGET = skipping(
    re.compile(
        # (also with the share of the target reached between: "đạt 96,7% chỉ tiêu, tương đương 54,3% công dân ...")
        rf"\b(?:{_WORDS['achieve_verbs']})(?: va vuot| vuot)?(?: [\d.,]+ ?%)?(?: (?:cac|so|tat ca))?"
        rf" (?:{_WORDS['target_nouns']})"
    )
)


_CANCEL_TARGET = skipping(re.compile(rf"\b(?:{_WORDS['result_words']})\b"))
# the three "x/y mục tiêu" forms of dx_targets_achieved below are grammar (groups for value and total)


# the total of targets named first ("trong tổng số 18 chỉ tiêu ..."), then the count achieved
_TOTAL_FIRST = r"\b(?:tong so|trong so|trong tong so|trong) (\d+) (?:muc tieu|chi tieu)[^;.]{0,90}?"
_TARGETS = [
    # (regex, value group, out_of group)
    (
        skipping(
            re.compile(
                r"\b(?:hoan thanh|dat)(?: va vuot| vuot)?(?: duoc)? (\d+)\s*/\s*(\d+) (?:muc tieu|chi tieu|nhiem vu)"
            )
        ),
        1,
        2,
    ),
    (
        # (the words between may name the plan: "23/27 chỉ tiêu trong Kế hoạch chuyển đổi số năm 2024 đạt và vượt")
        re.compile(
            r"\b(\d+)\s*/\s*(\d+) (?:muc tieu|chi tieu)(?: [a-z0-9 ]{0,50}?)? (?:da |duoc )*"
            r"(?:hoan thanh|dat|ve dich)\b"
        ),
        1,
        2,
    ),
    (
        skipping(
            re.compile(
                _TOTAL_FIRST
                # (not the total of "19/22 chỉ tiêu đạt": the count achieved stands alone)
                + r"\b(?:da |co )*(?<![/\d])(\d+) (?:muc tieu|chi tieu)(?: da| duoc)? (?:hoan thanh|dat)\b"
            )
        ),
        2,
        1,
    ),
    # ... the verb before the count achieved: "trong 15 chỉ tiêu của Kế hoạch ..., đến nay tỉnh đã hoàn thành 11
    # chỉ tiêu", "trong 12 chỉ tiêu giao tại kế hoạch năm, tỉnh đã hoàn thành và vượt 9 chỉ tiêu" (not "chưa hoàn
    # thành 5 chỉ tiêu": what is missing)
    (
        skipping(
            re.compile(
                _TOTAL_FIRST
                + r"\b(?<!chua )(?<!khong )(?:hoan thanh|dat)(?: va vuot| vuot)?(?: duoc)? (\d+) (?:muc tieu|chi tieu)"
            )
        ),
        2,
        1,
    ),
    # the year compared with, in a bracket: "tăng 6 chỉ tiêu so với năm 2022 (14/24 chỉ tiêu)"
    (re.compile(r"\bso voi (?:cung ky )?nam \d{4}\s*\((\d+)\s*/\s*(\d+) (?:muc tieu|chi tieu)\)"), 1, 2),
]


# a target's figure in a bracket right after its name ("vượt chỉ tiêu Chính phủ giao (30%)", "so với kế hoạch (45%)")
_TARGET_BRACKET = re.compile(r"\b(?:chi tieu|ke hoach|muc tieu)(?: (?:[a-z]+|\d{4})){0,4}\s*\(\s*$")
# a plan verb anywhere before the count in its sentence (the short modals only count close by, above)
_STRIVE = re.compile(r"\b(?:phan dau|du kien)\b")
# rule plan-background: what a plan was drawn up against, stated after it ("trong bối cảnh", "xuất phát từ thực tế")
_PLAN_BACKGROUND = skipping(re.compile(r"\b(?:trong boi canh|xuat phat tu thuc te|can cu (?:vao )?ket qua)\b"))
_NOT_ACHIEVED = re.compile(r"\b(?:kho|chua|khong|chua the)\s*$")


def is_target(lower: str, start: int, pos: int, protect: list[tuple[int, int]], original: str | None = None) -> bool:
    """A target or plan cue in ``lower[start:pos]`` not cancelled by a later "đã"/"đến nay"."""
    if lower.endswith("(", max(start, pos - 3), pos) and _TARGET_BRACKET.search(lower, max(start, pos - 45), pos):
        return True  # "đạt 31,5%, vượt chỉ tiêu Chính phủ giao (30%)": the target itself, in its bracket
    last = None
    asides = None  # (the dash asides of the span, looked up at the first cue)
    for m in _TARGET.finditer(lower, start, pos):
        if any(s <= m.start() < e for s, e in protect) or _not_cue(original, m) or _reviewed(lower, original, m.end()):
            continue
        if asides is None:
            asides = [x.span() for x in DASH_ASIDE.finditer(lower, start, pos)]
        if any(a <= m.start() < b for a, b in asides):
            continue  # "tỉnh Gia Lai - địa phương sẽ hợp nhất với Bình Định - xếp thứ 49/63": an aside's plan
        if m.group() == "phai" and lower.endswith("khong ", max(start, m.start() - 6), m.start()):
            continue  # rule is-not: "không phải 38% mà là 29,6%" says what is not, no duty to reach
        if (
            m.group() == "ke hoach"
            and _PLANNING_OFFICE.match(lower, m.start())
            and _OFFICE_AS_SOURCE.search(lower, max(start, m.start() - 40), m.start())
        ):
            # rule planning-office: "Theo ước tính của Sở Kế hoạch và Đầu tư, kinh tế số ... chiếm 4,5% GRDP": the
            # department named as the figure's source, no plan
            continue
        if _INDICATORS_BACK.match(lower, m.end()):
            continue  # "hai chỉ tiêu trên lần lượt là 79,5% và 76%": the indicators just given, not targets
        if m.group() == "chi tieu" and _INDICATOR_FRAME.search(lower, max(start, m.start() - 12), m.start()):
            continue  # "Ở chỉ tiêu thanh toán trực tuyến, tỷ lệ ... đạt 62,4%": the indicator a clause is about
        if m.group() == "chi tieu" and _INDICATORS_NAMED.match(lower, m.end()):
            continue  # rule indicators-named: "Các chỉ tiêu thành phần năm 2023 như tỷ lệ hồ sơ ... (62,4%)"
        if m.group() == "du thao" and _DRAFT_REVIEW.match(lower, m.end()):
            continue  # "Dự thảo đánh giá ... từ vị trí thứ 42 năm 2020 lên thứ 29": a draft report's review, not a plan
        if m.group() == "ky vong" and _MEASURED_AGAINST.search(lower, max(start, m.start() - 16), m.start()):
            continue  # "thứ hạng thấp hơn kỳ vọng: thứ 21/34", "chưa đạt kỳ vọng khi ... xếp thứ 25": a result judged
        if m.group() == "chi tieu" and _INDICATORS_IMPROVED.match(lower, m.end(), pos):
            continue  # "Nhiều chỉ tiêu về dịch vụ công tiếp tục được cải thiện: năm 2024, tỷ lệ ...": bettered
        if _PLAN_BACKGROUND.search(lower, m.end(), pos):
            continue  # "Kế hoạch được xây dựng trong bối cảnh Chỉ số ... xếp thứ 45/63": where the plan starts from
        if lower.rfind("(", start, m.start()) > lower.rfind(")", start, m.start()) and ")" in lower[m.end() : pos]:
            continue  # "(đạt 41,5%, chỉ tiêu 50%) và tỷ trọng ... (đạt 7,2%": a bracket's target ends with it
        ach = _ACHIEVED_TARGET.search(lower, max(start, m.start() - 25), min(pos, m.end() + 5))
        if (
            ach
            and ach.start() <= m.start() < ach.end()
            and not _sets_target(original, ach.start())
            # (rule purpose-target: a target to reach is still one, "để đạt mục tiêu đến năm 2025 kinh tế số chiếm
            # 20% GRDP, tỉnh cần ...", "nhằm đạt chỉ tiêu ...")
            and not _PURPOSE.search(lower, max(start, ach.start() - 6), ach.start())
        ):
            continue
        last = m
    if last is None:
        return False
    # (the value of a year compared with, in a bracket right after it, is that year's result: "vượt ... so với chỉ tiêu
    # giao (50%) và cao hơn so với năm 2023 (54,06%)")
    # (nor is the value of a result's column after a plan's: "...; Kế hoạch: 60%; Thực hiện: 68,2%")
    # (a result word inside the measure's own name cancels nothing: "đặt chỉ tiêu năm 2023 tỷ lệ số hóa hồ sơ, kết quả
    # giải quyết TTHC đạt 60%")
    return not (
        any(
            (x.group() != "ket qua" or not any(s <= x.start() < e for s, e in protect))
            # (nor the processing's results a measure is named after: "số hóa hồ sơ, kết quả giải quyết thủ tục")
            and not (x.group() == "ket qua" and lower.startswith(" giai quyet", x.end()))
            # ("hướng tới không còn hồ sơ giấy với những thủ tục đã đủ điều kiện toàn trình, đồng thời nâng tỷ lệ
            # ... lên 70%": "đã" in a clause that says which items, not a result)
            and not (x.group() == "da" and _WHICH_ITEMS.search(lower, max(last.end(), x.start() - 30), x.start()))
            for x in _CANCEL_TARGET.finditer(lower, last.end(), pos)
        )
        or _COMPARED_YEAR_BRACKET.search(lower, last.end(), pos)
        or _RESULT_COLUMN_END.search(lower, last.end(), pos)
        or _CONTRAST_DATED.search(lower, last.end(), pos)
        or _earlier_year_clause(lower, last.end(), pos)
        # rule now-clause: a clause after the target that opens on "hiện" (now) and a measure or a result's verb states
        # where things stand ("đặt mục tiêu 95% hộ gia đình có cáp quang vào năm 2025; hiện tỷ lệ này đạt 89,3%")
        or _NOW_CLAUSE.search(lower, last.end(), pos)
    )


_NOW_CLAUSE = re.compile(r"[;,]\s*hien\s+(?:ty le|ty trong|con so|muc|da|dat|moi|chi|co)\b")


def _earlier_year_clause(lower: str, cue_end: int, pos: int) -> bool:
    """Rule earlier-year-clause: after a target's year, a clause of its own (after ";") dated before it states what was
    reached then ("đặt mục tiêu đến năm 2025 kinh tế số chiếm 25% GRDP; năm 2022, tỷ lệ này ước đạt 19,6%"), not the
    target; a later year is one more target ("...; năm 2030 đạt 100%")."""
    semi = lower.rfind(";", cue_end, pos)
    if semi < 0:
        return False
    dated = _CLAUSE_YEAR.match(lower, semi + 1)
    if dated is None or not _REACHED_THEN.search(lower, dated.end(), pos):
        return False  # (a milestone on the way is a target too: "...; đến năm 2026 đạt ít nhất 27%")
    horizon = [int(y) for y in _YEAR.findall(lower, cue_end, semi)]
    return bool(horizon) and int(dated.group(1)) < min(horizon)


_CLAUSE_YEAR = re.compile(r"\s*(?:(?:vao|trong|tinh den)\s+)?(?:(?:cuoi|het|dau)\s+)?nam ((?:19|20)\d\d)\b")
# what says the clause's value was reached: the measure pointed back at, an estimate or a result's adverb
_REACHED_THEN = re.compile(
    r"\b(?:ty le nay|ty trong nay|con so nay|chi so nay|uoc dat|uoc tinh|da dat|moi dat|moi o muc|chi dat|thuc te)\b"
)
_YEAR = re.compile(r"\b((?:19|20)\d\d)\b")


# rule contrast-dated-result: a contrast that turns to a year of its own after the target ("Nghị quyết đặt chỉ tiêu đến
# năm 2025 ... nhóm 40 tỉnh dẫn đầu, trong khi năm 2021, DTI của tỉnh đạt 0,3912 điểm", "... 50% vào năm 2025, song năm
# 2022 con số này mới dừng ở 27,6%"): what that year reached, not the target
_CONTRAST_DATED = skipping(
    re.compile(
        r"\b(?:trong khi(?: do)?|song|nhung|con)\s*,?\s+(?:(?:vao|trong|den)\s+)?nam (?:19|20)\d\d\b"
    )
)


# a column's label opening a clause of a table row written as a line ("Chỉ tiêu: ...; Kế hoạch: 60%; Thực hiện: 68,2%",
# "; Thực hiện 2024: 81,2%"): any column's, a result's (after its ";"), and a result's right before a value
# (and their abbreviations as labels: "KH: 50%; TH: 57,2%")
_RESULT_LABELS = r"thuc hien|ket qua|uoc (?:thuc hien|dat)|th(?=\s*:)"
_LABEL_YEAR = r"(?: (?:nam )?\d{4})?\s*:"
COLUMN_OPENING = re.compile(rf"\s*(?:ke hoach|kh|chi tieu|muc tieu|chenh lech|{_RESULT_LABELS}){_LABEL_YEAR}")
RESULT_COLUMN = re.compile(rf";\s*(?:{_RESULT_LABELS}){_LABEL_YEAR}")
_RESULT_COLUMN_END = re.compile(RESULT_COLUMN.pattern + r"\s*$")


# the items a relative clause picks out, right before its "đã" ("những thủ tục đã ...")
_WHICH_ITEMS = re.compile(r"\bnhung [a-z]+(?: [a-z]+)? $")
# a past year compared with, its value in a bracket right after it ("so với năm 2023 (")
_COMPARED_YEAR_BRACKET = skipping(re.compile(r"\bso voi (?:cung ky )?(?:nam )?(?:19|20)\d\d\s*\(\s*$"))


# an aside between dashes ("X - địa phương sẽ hợp nhất với Y - xếp thứ ..."): it describes, it sets no target
DASH_ASIDE = re.compile(r"\s[-\u2013\u2014]\s[^-\u2013\u2014\d.;:]{2,80}?\s[-\u2013\u2014]\s")
# after "chỉ tiêu": the indicators named just before ("hai chỉ tiêu trên", "các chỉ tiêu này")
_INDICATORS_BACK = re.compile(r" (?:tren|nay|noi tren|vua neu)\b")
# before "chỉ tiêu": a frame naming which indicator follows ("Ở chỉ tiêu ...", "Đối với chỉ tiêu ...")
# what indicators already did ("chỉ tiêu ... tiếp tục được cải thiện", "... có bước tiến"): results, not targets
_INDICATORS_IMPROVED = re.compile(
    r"[^.;:\d]{0,40}?\b(?:tiep tuc\s+)?(?:duoc\s+)?(?:cai thien|co buoc tien|co chuyen bien|tang truong tot)\b"
    # (or the one that moved most: "lại là chỉ tiêu tăng mạnh nhất, vượt xa mức 31% của năm trước")
    r"|\s+(?:tang|giam|cai thien|bien dong)\s+(?:manh|nhanh|nhieu|cham|it)\s+nhat\b"
)
# before "chỉ tiêu": the indicator a clause is about ("Ở chỉ tiêu thanh toán trực tuyến, ..."), or a group of them
# ("Ở nhóm chỉ tiêu về chính quyền số, tỷ lệ ... đạt 51,7% (chỉ tiêu 50%, vượt)": a report's results, grouped as its
# targets are; a target of the group is written with its own cue)
_INDICATOR_FRAME = re.compile(r"\b(?:o|doi voi|ve)\s+(?:cac\s+)?(?:nhom\s+)?$")
# after "chỉ tiêu": the indicators named as parts or by examples ("Các chỉ tiêu thành phần năm 2023 như tỷ lệ ...
# (62,4%)"): what was measured, not targets (not "Các chỉ tiêu cụ thể gồm: ...", a plan's list)
# (or said to stand as reported: "Các chỉ tiêu khác không thay đổi: năm 2023, tỷ lệ ... đạt 41,2%")
_INDICATORS_NAMED = re.compile(
    r"\s+thanh phan\b|[^.;:\d]{0,30}?\bnhu\s+(?:ty le|ty trong|so)\b|\s+(?:khac\s+)?(?:khong thay doi|van giu nguyen)\b"
)
# after "dự thảo": a draft that reviews ("Dự thảo báo cáo chính trị", "Dự thảo đánh giá"; a draft resolution sets
# targets)
# (or one a clause quotes, its figures what it reports: "Dự thảo nêu rõ, giá trị DTI ... từ 0,2846 điểm năm 2020 lên
# ...", "Cũng theo dự thảo, chỉ số ... năm 2023 xếp thứ 38/63"; its targets carry their own cue: "phấn đấu", "mục tiêu")
_DRAFT_REVIEW = re.compile(r"\s*,|\s+(?:bao cao|danh gia|tong ket|neu|cho biet|ghi nhan|chi ra|thong ke)\b")
# before "kỳ vọng": a result measured against the expectation ("thấp hơn", "như", "chưa đạt", "vượt", "với")
_MEASURED_AGAINST = re.compile(r"\b(?:hon|nhu|dat|vuot|voi|dung|ngoai)(?: (?:moi|su|nhieu))? $")
_CUE_SPELLING = {"can": "cần", "se": "sẽ", "phai": "phải", "nham": "nhằm"}
_SPEECH_AFTER = re.compile(rf"\s+(?:{_WORDS['speech_verbs']})\b")


def _not_cue(original: str | None, m: re.Match[str]) -> bool:
    """Short cues fold like other words ("Cần Thơ", "cán bộ", "căn cứ", "chia sẻ"): with the
    original text at hand, only the real spelling counts. Nor is a modal before a verb of saying or
    knowing a plan ("Cần nhớ rằng ...", "sẽ nói": rule modal-of-speech)."""
    want = _CUE_SPELLING.get(m.group())
    if want is not None and _SPEECH_AFTER.match(m.string, m.end()):
        return True
    return want is not None and original is not None and original[m.start() : m.end()].lower() != want


_PLANNING_OFFICE = re.compile(r"ke hoach (?:va|-|&) ?dau tu\b")
_OFFICE_AS_SOURCE = re.compile(r"\b(?:theo|cua|tu)\s+(?:[a-z]+\s+){0,3}(?:so|bo)\s+$")
_PURPOSE = re.compile(r"\b(?:de|nham)\s+$")


def _sets_target(original: str | None, pos: int) -> bool:
    """ "đặt mục tiêu" (sets a target) folds like "đạt mục tiêu" (reaches it): tell them apart."""
    return original is not None and original[pos : pos + 3].lower() == "đặt"


# rule targets-reviewed: targets counted as reached or missed ("3 chỉ tiêu chưa đạt gồm", "chỉ tiêu đã đạt")
_TARGET_NOUN_END = skipping(re.compile(rf"\b(?:{_WORDS['target_nouns']})$"))
# (the field may stand between: "hai chỉ tiêu chuyển đổi số chưa đạt gồm")
_REVIEWED = re.compile(r"\s+(?:(?:ve )?chuyen doi so\s+)?(?:chua |khong |da |deu |duoc )?(dat)\b")


def _reviewed(lower: str, original: str | None, pos: int) -> bool:
    """The target noun ending at ``pos`` ("chỉ tiêu", "mục tiêu") is followed by "(chưa/đã) đạt" (reached,
    not "đặt", set): not a plan verb ("phấn đấu đạt 50%" stays a target)."""
    if not _TARGET_NOUN_END.search(lower, max(0, pos - 10), pos):
        return False
    m = _REVIEWED.match(lower, pos)
    if m is None or (original is not None and original[m.start(1) : m.start(1) + 3] != "đạt"):
        return False
    # (not a target set, then what it is to reach: "tỉnh đặt mục tiêu đạt từ 90 điểm trở lên, tỷ lệ ... đạt 80%")
    noun = _TARGET_NOUN_END.search(lower, max(0, pos - 10), pos)
    return not (m.group().strip() == "dat" and _SET_BEFORE.search(lower, max(0, noun.start() - 12), noun.start()))


# a target set ("đặt mục tiêu", "đề ra chỉ tiêu"; "đặt" told from "đạt" by what follows: a reached target is no plan)
_SET_BEFORE = re.compile(r"\b(?:dat ra|dat|de ra)\s+(?:cac\s+)?$")


def plan_at_head(lower: str, start: int, end: int, numbers: list[Number], original: str | None) -> bool:
    """A plan cue before the sentence's first value, up to a colon ("Phấn đấu năm 2024, ...", "Kế hoạch
    đề ra mục tiêu: ...", "Để giữ vững đà tăng, năm 2022, tỉnh phấn đấu ...; tỷ lệ ... đạt 50%") governs
    all its clauses, not only the first (a result cue after it still ends it: "...; năm 2024 tỷ trọng
    này mới khoảng 10%"); so does one right before the first value of a list of clauses ("..., năm 2026
    tỉnh đặt mục tiêu 100% thôn có tổ công nghệ số; 85% người dân ...; 70% hồ sơ ...")."""
    # (a span of time is no value: "6 tháng cuối năm, tỉnh phấn đấu 100% ...; tỷ lệ ... đạt 50%" has its plan cue before
    # its first value, 100%)
    first = min([n.start for n in numbers if not is_year(n) and not n.next_words.startswith(TIME_NOUNS)] + [end])
    colon = lower.find(":", start, first)
    head_end = colon if colon >= 0 else first
    cues = list(_TARGET.finditer(lower, start, head_end))
    if first < end and lower.find(";", first, end) >= 0 and first - 30 > start:
        cues += _TARGET.finditer(lower, max(head_end, first - 30), first)
    for m in cues:
        if m.group() in ("can", "phai", "se", "nham") or _not_cue(original, m):
            continue
        if _reviewed(lower, original, m.end()):
            continue  # "Ba chỉ tiêu chưa đạt gồm: ... (đạt 14,6%, chỉ tiêu 20%)": a review of results
        ach = _ACHIEVED_TARGET.search(lower, max(start, m.start() - 25), m.end() + 5)
        if ach and ach.start() <= m.start() < ach.end() and not _sets_target(original, ach.start()):
            continue
        return True
    return False


def targets_achieved(
    catalog: Catalog,
    lower: str,
    start: int,
    end: int,
    numbers: list[Number],
    consumed: set[int],
    masks: list[tuple[int, int]],
    *,
    tasks: bool = True,
) -> list[Binding]:
    """ "đã hoàn thành và vượt 8/14 mục tiêu", "trong tổng số 18 chỉ tiêu ... có 8 chỉ tiêu hoàn thành"
    (and "nhiệm vụ" counted the same way, unless ``tasks`` is False)."""
    ind = catalog.indicators.get("dx_targets_achieved")
    if ind is None:
        return []
    out = []
    # (every form names its targets: "mục tiêu", "chỉ tiêu", "nhiệm vụ"; a sentence without one is
    # skipped without running the three patterns)
    span = lower[start:end]  # (one copy of the sentence for the two words: not a call of find each)
    if "tieu" not in span and "nhiem vu" not in span:
        return out
    for rx, vg, og in _TARGETS:
        for m in rx.finditer(lower, start, end):
            vpos = m.start(vg)
            if vpos in consumed or any(s <= vpos < e for s, e in masks):
                continue
            if not tasks and m.group().endswith("nhiem vu"):
                continue
            if _NOT_ACHIEVED.search(lower[max(start, m.start() - 12) : m.start()]) or re.search(
                r"\b(?:kho|chua|khong)\b", lower[m.end(vg) : m.end()]
            ):
                continue
            if re.search(r"\b(?:phan dau|se|du kien|can|phai)\b", lower[max(start, m.start() - 30) : m.start()]):
                continue
            if _STRIVE.search(lower, start, m.start()) and not _CANCEL_TARGET.search(lower, start, m.start()):
                continue  # "yêu cầu phấn đấu cuối năm 2025 tỷ lệ ... đạt 90%, hoàn thành 12/12 chỉ tiêu": a plan
            value, out_of = float(m.group(vg)), float(m.group(og))
            if not (0 <= value <= out_of <= 200):
                continue
            n = next((x for x in numbers if x.start == vpos), None)
            if n is None:
                n = Number(vpos, m.end(vg), m.end(vg), value, True, m.group(vg))
            consumed.update(x.start for x in numbers if m.start() <= x.start < m.end())
            semi = lower.rfind(";", start, vpos)
            out.append(
                Binding(
                    ind,
                    n,
                    value,
                    out_of,
                    qualifier(lower[max(start, vpos - 30) : vpos]),
                    semi + 1 if semi >= 0 else start,
                )
            )
    if not out:
        out.extend(_reached_of_set_total(ind, lower, start, end, numbers, consumed, masks))
    return out


# rule targets-set-then-reached: the total of targets set ("Nghị quyết đề ra 18 chỉ tiêu", "trong 19 chỉ tiêu Nghị
# quyết đề ra"), then, in a later clause or the next sentence of the paragraph, the count reached ("...; đến hết năm
# 2024, tỉnh đã đạt và vượt 12 chỉ tiêu", "... Đến nay, 9 chỉ tiêu đã đạt và vượt, 5 chỉ tiêu đạt trên 80% kế hoạch")
_SET_TOTAL = re.compile(r"\b(?:de ra|dat ra|xac dinh|gom|tong so|trong so|trong) (\d+) (?:muc tieu|chi tieu)\b")
_REACHED = re.compile(
    # the verb first ("đã đạt hoặc vượt 12 chỉ tiêu"; not "chưa hoàn thành 5 chỉ tiêu")
    r"\b(?<!chua )(?<!khong )(?:hoan thanh|dat|ve dich)(?: (?:va|hoac) vuot| vuot)?(?: duoc)? (\d+)"
    r" (?:muc tieu|chi tieu)\b"
    # ... or the count ("9 chỉ tiêu đã đạt và vượt"; not "5 chỉ tiêu đạt trên 80% kế hoạch", "3 chỉ tiêu đạt thấp")
    r"|(?<![/\d.,])\b(\d+) (?:muc tieu|chi tieu)(?: (?:da|duoc|deu))* (?:hoan thanh|dat|ve dich)\b"
    r"(?! (?:tren|duoi|thap|khoang|gan|hon|muc|ty le|\d))"
)


def _reached_of_set_total(ind, lower, start, end, numbers, consumed, masks) -> list[Binding]:
    """The first count of targets reached in the sentence, out of the total set before it in its paragraph (its
    line)."""
    m = _REACHED.search(lower, start, end)
    if m is None:
        return []
    vg = 1 if m.group(1) is not None else 2
    vpos = m.start(vg)
    if vpos in consumed or any(s <= vpos < e for s, e in masks) or _STRIVE.search(lower, start, vpos):
        return []
    if re.search(r"\b(?:phan dau|se|du kien|can|phai)\b", lower[max(start, m.start() - 30) : m.start()]):
        return []
    totals = list(_SET_TOTAL.finditer(lower, lower.rfind("\n", 0, start) + 1, m.start()))
    if not totals:
        return []
    value, out_of = float(m.group(vg)), float(totals[-1].group(1))
    if not (0 <= value <= out_of <= 200):
        return []
    n = next((x for x in numbers if x.start == vpos), None)
    n = n or Number(vpos, m.end(vg), m.end(vg), value, True, m.group(vg))
    consumed.update(x.start for x in numbers if m.start() <= x.start < m.end())
    semi = lower.rfind(";", start, vpos)
    clause = semi + 1 if semi >= 0 else start
    return [Binding(ind, n, value, out_of, qualifier(lower[max(start, vpos - 30) : vpos]), clause)]
