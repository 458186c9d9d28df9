"""A bound value on its way to a fact: the record the period and subject rules read.

The binder (binding.py) says which indicator a value measures; what is left is *which year* and
*whose*. ``Claim`` gathers what those rules look at: the binding, its sentence (``SentenceFrame``:
span, places, years, the years that belong to one value), the article's context
(``context.ArticleContext``) and the publication date. The rules themselves are small named
functions in ``period_rules.py`` and ``subject_rules.py``; a ``Pick`` chooses (the first that
answers wins), a ``binding_rules.Rule`` refuses (the first that fires drops the value by name).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from vndx.extract.context import ArticleContext
from vndx.extract.mentions import lazy
from vndx.extract.numbers import Number
from vndx.extract.readings import Binding
from vndx.extract.subjects import own_place
from vndx.extract.years import Attached, ranking_family


@dataclass(frozen=True)
class Pick:
    """A rule that chooses (a year, a province): ``pick`` answers, or None to let the next rule try."""

    name: str
    pick: Callable[[Claim], object]

    @property
    def why(self) -> str:
        return (self.pick.__doc__ or "").strip()


@dataclass(eq=False)
class SentenceFrame:
    """The sentence a value was bound in, as the period and subject rules see it."""

    start: int
    end: int
    is_heading: bool
    places: list  # the province mentions in the sentence (gazetteer.Mention)
    years: list  # its years (periods.YearMention), when it bound a value
    attached: Attached  # years that belong to one value only (rule attached-year)
    now_at: int  # where the sentence says its values are of now (years.now_cue: "đến nay", "Hiện ..."), else -1
    listed: bool | None = None  # it writes a list cue (Mentions.list_backref, read once per sentence); None: not known

    @property
    def as_of_now(self) -> bool:
        """The sentence says its values are of now (rule as-of-now)."""
        return self.now_at >= 0


@dataclass(eq=False)
class Claim:
    b: Binding
    sent: SentenceFrame
    ctx: ArticleContext
    published: dt.date | None
    lower: str
    # set by the rules as they decide
    horizon: bool = False  # the year the value took is marked a horizon (rule future-year)
    period: int | None = None
    province: str | None = None
    chosen: dict = field(default_factory=dict)  # "period" / "province" -> the name of the rule that chose it
    # the value's number (``b.number``; a binding replaced for its era keeps its number): a plain attribute, read by
    # nearly every rule, where a property was a call each time
    n: Number = field(init=False, repr=False)
    # a DTI topic (the index, a pillar or a main index): one edition, one year
    ranked: bool = field(init=False, repr=False)
    family: str | None = field(init=False, repr=False)  # the ranking the topic belongs to (years.ranking_family)

    def __post_init__(self) -> None:
        # (worked out here, read as plain attributes: every claim asks both, and the rules read them again and again; a
        # binding replaced for its era keeps its number and its topic)
        b = self.b
        self.n = b.number
        topic = b.topic
        self.ranked = topic is not None and (topic.name.startswith("dti") or topic.name == "cybersecurity_index")
        self.family = ranking_family(topic)

    @lazy
    def clause_end(self) -> int:
        semi = self.lower.find(";", self.n.end, self.sent.end)
        return semi if semi >= 0 else self.sent.end

    @lazy
    def own_place(self) -> bool:
        """The sentence names a place (or "tỉnh ta") before the value."""
        return own_place(self.sent.places, self.sent.start, self.n.start)

    @lazy
    def context_year(self) -> int | None:
        """The year nothing in the sentence gives: the lead-in's, paragraph's, heading's, else the
        article's (never after the publication year)."""
        ctx = self.ctx
        # rule edition-year-only: a ranking's edition year dates its ranks and scores, not a statistic
        para = ctx.para_year if not (ctx.para_edition and self.b.indicator.unit not in INDEX_UNITS) else None
        # (a bullet's own year, written in a sentence before the value, goes before its lead-in's: "Dưới đây là những
        # dấu ấn năm 2021: ...\n- Bộ ... công bố DTI năm 2020. Đồng Tháp xếp hạng 6" is DTI 2020's)
        heading = ctx.heading_year
        later = ctx.stat_year
        if heading is not None and ctx.heading_ranking and later is not None and later > heading:
            # rule statistic-past-edition: under a heading whose year is a ranking's edition ("DTI 2024: Tuyên Quang
            # đứng thứ 27/34", out in 2025), a statistic with no year of its own, after a statistic the text dated
            # later ("Đến tháng 10/2025, tỷ lệ ... đạt 84,5%", "Hiện toàn tỉnh có 97,2% thôn ..."), is of that later
            # year: the edition dates ranks and scores, and the article has moved on to its own time
            if not (self.ranked or self.family or self.b.indicator.unit in INDEX_UNITS):
                heading = later
        year = (para if ctx.lead_year and ctx.para_own_year else ctx.lead_year) or para or heading
        year = year or ctx.fallback_year
        if year is not None and ctx.pub_year is not None and year > ctx.pub_year:
            year = ctx.pub_year
        return year


INDEX_UNITS = ("rank", "score", "score_delta")


def first_pick(claim: Claim, rules: list[Pick], what: str):
    """The answer of the first rule that gives one (its name kept in ``claim.chosen[what]``)."""
    for rule in rules:
        got = rule.pick(claim)
        if got is not None:
            claim.chosen[what] = rule.name
            return got
    return None


@dataclass(frozen=True)
class Chosen:
    """Which rules decided a fact's year and province (``extract_facts(..., chosen=list)``)."""

    fact: object  # the Fact
    period_rule: str
    province_rule: str
