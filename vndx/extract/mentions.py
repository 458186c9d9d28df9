"""Mentions: what one sentence names, found once and passed to every later stage.

A sentence's mentions are typed records: the provinces and back-references it names
(``places``, from the gazetteer: "Hà Giang", "tỉnh ta", "địa phương này"), the indicator phrasings
(``topics``), the values with their unit (``values``: "0,5320 điểm", "48/63", "92%", "thứ tư"),
the years (``years``, each classified as period, comparison, horizon or announcement), and the
cues the binding rules read (rank, scope, comparison and plan cues), each computed on first use
only: most sentences never need most of them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from vndx.extract.cues import load_cues
from vndx.extract.gazetteer import SELF
from vndx.extract.numbers import Number, is_year
from vndx.extract.readings import TopicHit
from vndx.extract.scan import by_first_char
from vndx.extract.targets import plan_at_head

# grammar: a region heading the sentence or a clause after a comma, ";" or ":" ("Xét theo vùng, Đồng bằng sông
# Hồng có ..."; "; Tây Nguyên thấp nhất ..."), not a former province's part ("Tây Nguyên cũ") nor inside a bracket
_REGION_AT = re.compile(
    rf"(?:(?:con|rieng)\s+)?(?:(?:vung|khu vuc)\s+)?(?:{load_cues().words['region_names']})\b(?!\s*(?:cu\b|\)))"
)
_REGION_AFTER_BREAK = re.compile(rf"[,;:]\s*(?={_REGION_AT.pattern})")
# (the first two words of every region's name: a sentence without one of them names no region, checked first)
REGION_LEADS = tuple({" ".join(w.split()[:2]) for w in load_cues().lists["region_names"]})
# the words every match of ``cues.national`` and ``cues.average`` holds (their lists, folded; any space between
# their words, as those patterns allow)
_NATION_WORDS = re.compile(
    "|".join(
        sorted(
            {
                r"\s+".join(map(re.escape, w.split()))
                for k in ("nation", "national_subjects", "group_subjects", "average")
                for w in load_cues().lists[k]
            }
        )
    )
)
# words every subject (scope) rule starts with ("Sở X", "Bộ X", "cấp huyện", "trung bình",
# "TP. X", "4 tỉnh ..."): the scans tell the sentences for which no scope rule can fire. The words
# are read on the folded lower-case text (no case folding in the engine: faster, and the gate
# words hold no "ki/li/ti/qui" syllable, the only letters that text respells); a unit before a
# name needs the name's capital on the cased text, as the rules that read it do
# (``cues.scope_named``, ``binding_rules._CITY``): under case folding "số liệu" passed for
# "Sở Nội vụ" and four sentences in five opened the gate
_SCOPE_WORD_BRANCHES = (
    r"ngan hang", r"nhnn", r"ubnd", r"c(?<!\wc)ap\s", r"k(?<!\wk)hoi\b", r"c(?<!\wc)ac bo\b", r"bo,? nganh",
    r"ngang bo", r"trung binh", r"binh quan", r"doi voi cap", r"o cap", r"chi nhanh", r"s(?<!\ws)o,? (?:nganh|ban)",
    r"cac (?:so|huyen|quan|xa|phuong)\b", r"cua (?:vung|khu vuc)", r"toan (?:vung|khu vuc)", r"ca (?:vung|khu vuc)",
    r"nhieu (?:so|huyen|quan|xa|phuong)\b", r"mot so (?:so|huyen|quan|xa|phuong)\b",
    # ("Tại hai phường trung tâm ...": the counts of cues.yml example_counts)
    r"t(?<!\wt)ai (?:" + "|".join(load_cues().lists["example_counts"]) + r") (?:huyen|xa|phuong)\b",
)  # fmt: skip
# (the branches of one first letter under one group, ``scan.by_first_char``: at each of these common
# letters the engine asks one group, not the twenty branches one by one; the same matches)
_SCOPE_WORDS = re.compile(by_first_char([(b[0], b[1:]) for b in _SCOPE_WORD_BRANCHES]))
# (a count in digits or in words: cues.yml group_count_words, as rule group-not-province reads them)
_SCOPE_COUNT = re.compile(
    rf"(?:\d|\b(?:{load_cues().words['group_count_words']}))\s+(?:tinh|dia phuong|huyen|xa|so|co quan|don vi)"
)
# (?:[SsBb][Oo](?<![A-Za-z][SsBb][Oo])|[Tt]hanh pho)\s+[A-Z]|TP\.?\s*[A-Z], with the first letters as one
# class up front so the engine skips ahead to them; look-behinds then say which one it was
# (and a bare "Sở" before a lower-case word, the department named before: binding_rules.BARE_DEPARTMENT)
_SCOPE_NAMED = re.compile(
    r"[SsBbTt](?:(?<=[SsBb])[Oo](?<![A-Za-z][SsBb][Oo])\s+[A-Z]|(?<=[Tt])hanh pho\s+[A-Z]|(?<=T)P\.?\s*[A-Z]"
    r"|(?<=T)hanh pho\s+[a-z]"  # ("Thành phố hiện có ...": a city named before, binding_rules rule city-goes-on)
    r"|(?<=S)o(?<![A-Za-z]So)(?:\s+[a-z]|,))"
)
# rule organisation-figure's names (an enterprise or its branch), the word start checked after the first
# letter so that the engine skips ahead to one of them (``scan.by_first_char``)
_ORGANISATION = re.compile(
    by_first_char(
        [(w[0], rf"(?<![a-z]{w[0]}){re.escape(w[1:])}\b") for w in load_cues().lists["organisations"]]
    )
)
# a list of ranks announced with "lần lượt" / "tương ứng" / ":" ("xếp hạng ... lần lượt là: ...")
# (\b(?:xep hang|thu hang|xep thu)\b..., the word start checked after the first letter: the engine skips to it)
_RANK_LIST_LEAD = re.compile(r"(?:x(?<!\wx)ep (?:hang|thu)|t(?<!\wt)hu hang)\b[^.]*?(?:lan luot|tuong ung|:)")


class lazy:
    """A value computed on first use and then stored on the instance (``functools.cached_property``
    without its lock, which costs more than most of these cues: the extractor is single-threaded)."""

    def __init__(self, fn):
        self.fn, self.name, self.__doc__ = fn, fn.__name__, fn.__doc__

    def __get__(self, obj, cls=None):
        if obj is None:
            return self
        value = self.fn(obj)
        # (stored as an attribute, not through ``obj.__dict__``: asking an instance for its ``__dict__`` makes one
        # for it, and the interpreter's fast reads of the attributes kept in the instance itself (``m.lower``,
        # ``m.start``, read by every rule) then miss on every instance that has one and not on the others)
        _set(obj, self.name, value)
        return value


_set = object.__setattr__  # (what a plain attribute assignment does, also on a frozen dataclass)


# "trong top 5 cả nước", "nhóm 10 cả nước": a place among the nation's provinces
_TOP_GROUP_BEFORE = re.compile(r"\b(?:top|nhom|top dau)\s*\d+\s*$")


def names_region(lower: str) -> bool:
    """The article names a region (the first words of one of their names): looked up once per article."""
    return any(w in lower for w in REGION_LEADS)  # (``in``: not a call of find, with its arguments parsed, per word)


@dataclass(eq=False)
class Mentions:
    """The mentions of the sentence ``[start, end)`` of a folded article text."""

    lower: str  # the whole article, folded, lower case (offsets are the article's)
    cased: str  # the whole article, folded, case kept (names, "Sở Tư pháp")
    original: str | None  # the original text at folded offsets (spelling checks), when aligned
    start: int
    end: int
    places: list  # gazetteer mentions (provinces, self-references), in order
    topics: list[TopicHit]  # indicator phrasings, in order
    values: list[Number]  # numbers with units (years too: readings tell them apart)
    masks: list[tuple[int, int]]  # spans no value is read in (decree numbers, dates, codes)
    years: list = field(default_factory=list)  # YearMention, classified (periods.year_mentions)
    regions: bool = True  # the article names a region at all (``names_region``): else no sentence is scanned for one
    context_from: int | None = None  # where the paragraph starts: a phrasing's context may be named there (readings)

    @lazy
    def head_target(self) -> bool:
        """The sentence opens with a plan ("Phấn đấu năm 2025, ...", ``targets.plan_at_head``): asked only by a plan
        rule over a value past the sentence's first clause, and by the lists' values; most sentences never ask."""
        return plan_at_head(self.lower, self.start, self.end, self.values, self.original)

    @lazy
    def dx_context(self) -> bool:
        """Digital transformation is the sentence's context ("đạt 100% kế hoạch" is an attainment)."""
        return bool(load_cues().dx_context.search(self.lower, self.start, self.end))

    @lazy
    def socio_economic(self) -> bool:
        """The sentence speaks of a socio-economic plan ("kinh tế - xã hội"), not of digital transformation."""
        return bool(load_cues().socio_economic.search(self.lower, self.start, self.end))

    @lazy
    def names_service_centre(self) -> bool:
        """The sentence names a one-stop service centre or desk (rule service-centre-figure; a cheap scan)."""
        s, e = self.start, self.end
        return self.lower.find("trung tam", s, e) >= 0 or self.lower.find("bo phan", s, e) >= 0

    @lazy
    def scope_words(self) -> bool:
        """Some scope cue (department, ministry, district level, average, city, group) may be named."""
        s, e = self.start, self.end
        return bool(
            _SCOPE_WORDS.search(self.lower, s, e)
            or _SCOPE_COUNT.search(self.lower, s, e)
            or _SCOPE_NAMED.search(self.cased, s, e)
        )

    @lazy
    def nation_words(self) -> bool:
        """The sentence writes a word the nation's or a group's cues are made of ("cả nước", "bình quân", "các
        tỉnh": ``cues.national``, ``cues.average``): else rules national-or-average, national-subject and
        average-rank cannot fire, and are not asked."""
        return _NATION_WORDS.search(self.lower, self.start, self.end) is not None

    @lazy
    def region_heads(self) -> list[int]:
        """Where each region heading the sentence or a clause ends ("Xét theo vùng, Đồng bằng sông Hồng có ...",
        "; Tây Nguyên thấp nhất ..."): scanned once, read by every value's rule region-subject."""
        lower, s, e = self.lower, self.start, self.end
        if not self.regions or not any(lower.find(w, s, e) >= 0 for w in REGION_LEADS):
            return []
        starts = [s] + [m.end() for m in _REGION_AFTER_BREAK.finditer(lower, s, e)]
        return [m.end() for at in starts if (m := _REGION_AT.match(lower, at, e))]

    @lazy
    def organisations(self) -> list[tuple[int, int]]:
        """Where the sentence names an enterprise or its branch ("Viettel", "Agribank", "Bưu điện"; cues.yml
        ``organisations``): scanned once, read by every value's rule organisation-figure."""
        return [m.span() for m in _ORGANISATION.finditer(self.lower, self.start, self.end)]

    @lazy
    def province_then_shares(self) -> bool:
        """The sentence's values (its years aside) are all shares, and a province is named before the first ("Đà Nẵng
        đạt 14,1% năm 2023, ..."): rules roundup-measure and carry-past-index-name."""
        values = [x for x in self.values if not is_year(x)]
        return (
            bool(values)
            and all(x.percent for x in values)
            and any(p.slug != SELF and p.end <= values[0].start for p in self.places)
        )

    @lazy
    def rank_list(self) -> bool:
        """A rank cue that opens a list ("các trụ cột xếp hạng lần lượt là: ...")."""
        lower, s, e = self.lower, self.start, self.end
        text = lower[s:e]  # (one copy of the sentence for the three words: not a call of find each)
        if ":" not in text and "lan luot" not in text and "tuong ung" not in text:
            return False  # (a cheap scan first: every such list names "lần lượt", "tương ứng" or ":")
        return bool(_RANK_LIST_LEAD.search(lower, s, e))

    @lazy
    def list_backref(self) -> bool:
        """A list cue: "lần lượt", "tương ứng", or a back-reference ("các thứ hạng này")."""
        return bool(load_cues().list_backref.search(self.lower, self.start, self.end))

    @lazy
    def national_at(self) -> int | None:
        """Scope cue of the nation: where a sentence whose subject is the whole country ("Theo Bộ,
        năm 2023 cả nước có ...", "Tỷ lệ ... toàn quốc đạt ...") names it, when no province comes first."""
        if not self.values:
            return None
        cues = load_cues()
        head = self.lower[self.start : self.values[0].start]
        if "quoc gia" in head:
            head = cues.national_names.sub(lambda x: " " * len(x.group()), head)
        m = cues.national.search(head)
        if m is None or " ".join(m.group().split()) in cues.group_subject_words:
            return None
        if _TOP_GROUP_BEFORE.search(head, max(0, m.start() - 12), m.start()):
            return None  # "tỉnh đều nằm trong top 5 cả nước: ...": a place among the nation's, not its subject
        if any(self.start <= x.start < self.start + m.start() for x in self.places):
            return None
        return self.start + m.start()

    def clause_start(self, pos: int) -> int:
        """Where the clause holding ``pos`` starts (clauses are split at ";")."""
        semi = self.lower.rfind(";", self.start, pos)
        return semi + 1 if semi >= 0 else self.start
