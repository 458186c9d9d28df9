"""What the extractor knows about an article beyond the sentence it reads: one named object.

``ArticleContext`` holds the facts about the whole article, fixed before the first sentence (its
province, publication year, the ranking editions it reports, the index it is about), and the state
that truly spans sentences, each field named for the rule that reads it: the heading's year and
index, the paragraph's year, index, province and subject, the lead-in line's year and index for the
bullets under it, the index the previous sentence measured, the items of the last list (for
"các thứ hạng này là ..."), and the year of the last ranking fact. The sentence loop in
``extractor.py`` reads it and updates it; nothing else carries state from one sentence to the next.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from vndx.extract.cues import load_cues
from vndx.extract.subjects import places_named, unit_names


@dataclass(eq=False)
class ArticleContext:
    # ---- the article, fixed before the first sentence
    article: str  # the province the article is about (text, title, address, caller's hint)
    pub_year: int | None  # publication year (else the year in the address)
    title_year: int | None  # the year a dated title names ("6 tháng đầu năm 2024")
    fallback_year: int | None  # the year of a value nothing closer dates (publication, or the text's latest)
    editions: dict  # ranking family -> the edition years the article names ("ICT Index 2022")
    dti_editions: list  # the DTI editions it reports (named, or announced: rule edition-from-announcement)
    now_year: int | None  # what "đến nay" means (rule as-of-now)
    basis_34: bool  # DTI 2024 as published after the merger: ranks of 34 provinces (rule basis-34)
    doc_topic: object  # the one ranking index the article is about, if any (rule doc-topic)
    doc_ranking: object  # ... or the DTI named once and no other ranking: what a rank alone is of (rule doc-ranking)
    article_in_passing: bool = False  # named once among many in a national article (rule provinces-in-passing)
    # its title speaks of digital transformation: a plan review's "hoàn thành 14/19 chỉ tiêu" counts that plan's
    # targets though the sentence does not name it (rule targets-under-dx-title)
    title_dx: bool = False
    article_unit: bool = False  # its headline's subject is a district, town or commune (rule article-about-lower-unit)
    article_rivals: list = field(default_factory=list)  # provinces named as often as ``article`` (a tie)
    # the text, for the paragraph's subject (computed only when a value asks)
    cased: str = ""
    lower: str = ""
    original: str | None = None
    article_mentions: list = field(default_factory=list)  # the provinces it names (not units: rule unit-named-before)

    # ---- the section: set by a heading (or the title)
    heading_year: int | None = None  # the heading's own year
    section_year: int | None = None  # ... when a section's heading opens on it ("Năm 2021: ...": rule section-year)
    year_heading: int | None = None  # the year of the last heading that names one and no value (rule sub-heading-year)
    heading_ranking: bool = False  # the heading names a ranking ("PAR Index và DTI năm 2022"): rule as-of-now
    section_topic: object = None  # the one ranked index the heading is about
    section_target: bool = False  # under "Mục tiêu", "Nhiệm vụ, giải pháp": plans (rule target-section)
    section_parts: bool = False  # under "... theo nhóm chỉ số": the index's components (rule index-components)
    target_level: int = 0  # ... its outline level, when numbered ("I. MỤC TIÊU": 1; rule target-outline)
    seen_body: bool = False  # a body sentence was read: later headings are related links, not the title
    headline_keys: set[int] = field(default_factory=set)  # facts read from a headline (a body fact wins)

    # ---- the lead-in line ("Chỉ số DTI năm 2022 của tỉnh:") and the bullets under it (rule lead-in-list)
    lead_year: int | None = None
    lead_topic: object = None
    lead_target: bool = False  # the lead-in announces plans ("... các chỉ tiêu chủ yếu:"): rule target-lead-in
    para_target: bool = False  # "Kế hoạch đặt ra 18 chỉ tiêu.": the rest is targets (rule targets-announced)
    # "(kết quả năm 2025 / kế hoạch năm 2026):": of two values a slash joins in a bullet, the plan is the
    # second (2) or the first (1); 0: no such lead-in (rule slash-plan)
    lead_plan_side: int = 0
    # "(theo thứ tự năm 2020 / 2021 / 2022):": the years of its bullets' value columns, in order (rule year-columns)
    lead_years: tuple[int, ...] = ()

    # ---- the paragraph (a line; rule paragraph-connector joins lines opening with "Trong đó", ...)
    para_line: int = -1
    para_bullet: bool = False  # the paragraph is a bullet item ("- Kinh tế số: hạng 55.")
    heading_since: bool = False  # a heading came after the paragraph's last line (rule index-across-lines)
    para_year: int | None = None  # the last year it named as a period
    prev_para_year: int | None = None  # the paragraph before's year (rule year-after-paragraph)
    para_year_other_index: bool = False  # ... labels another ranking's edition (ICT, PAR): rule other-index-year
    para_year_target: bool = False  # ... opens a target set for it: rule target-year
    para_year_dated: bool = False  # ... is only a day's ("Ngày 5/3/2025, Sở ... báo cáo"): rule dated-paragraph
    para_own_year: bool = False  # ... was written in the paragraph under a lead-in (a bullet's own year)
    fact_year: int | None = None  # the latest year of its last sentence's facts (rule background-year)
    fact_year_ranked: bool = False  # ... one of them a ranking's (rule edition-after-statistic)
    fact_span: tuple[int, int] | None = None  # the first and last year of its facts so far (rule same-span)
    para_edition: bool = False  # ... as a ranking's edition ("ICT Index 2018", "DTI năm 2023"): rule edition-year-only
    para_topic: object = None  # the ranked index it named last
    para_province: str | None = None  # the province its last naming sentence is about (rule paragraph-province)
    # a digest's item: the province its last heading or dateline named alone ("2. Yên Bái tăng 6 bậc", "Yên Bái, 19/7 –
    # ..."), and every such province so far (rule digest-item)
    item_province: str | None = None
    items_seen: set = field(default_factory=set)
    item_dated: bool = False  # ... opened by a dateline ("Vĩnh Long, 26/5 – ..."): an item, even the page's first
    para_sents: list = field(default_factory=list)  # (start, end, places) of its sentences so far
    prev_para_last: tuple | None = None  # the paragraph before's last sentence, as para_sents holds it
    _places_of: dict = field(default_factory=dict)  # sentence start -> the places it names
    _national_meeting: bool | None = None
    _unit_names: tuple | None = None  # the units the article names with their word (rule unit-named-before)
    # the line before, when its subject goes on into this paragraph (unit-, report-across-lines): its
    # sentences and its own entering state, resolved only when a value asks (``entering_subject``)
    _lead: list | None = None
    # it opens with the field it reports on ("Trong lĩnh vực chuyển đổi số, ..."): a district the line before placed
    # something in ("vùng trồng ... tại huyện Phong Điền") does not enter it (a national report still does)
    para_opens_field: bool = False
    # (the paragraph's subject before its last sentence, with the state it was worked out from: ``subject_at``)
    _before_subject: tuple | None = None

    # ---- the previous sentences
    carry: object = None  # the index the previous sentence measured (even if its value was refused)
    carry_line: int = -1  # ... on this line
    carry_sent: int = -2  # ... in this sentence
    # the measure before a sentence with no number and no measure, and that sentence's index (rule backref-past-remark:
    # "tỷ lệ này" in the sentence after it points back past it)
    remarked: tuple | None = None
    carry_period: int | None = None  # ... for this year
    last_measure: object = None  # the measure of the previous sentence's last value ("tỷ lệ này": rule measure-backref)
    head_index: object = None  # ... and of its first value ("chỉ số này" after a breakdown: rule measure-backref)
    prev_dx: bool = False  # the previous sentence spoke of digital transformation
    bound_sent: int = -2  # the last sentence that bound a value (rule items-named-before)
    home_values: bool = False  # the last sentence with numbers gave facts, all the article's province's
    component_owner: str | None = None  # ... all one province's, of a DTI component named as that province's own
    other_index: bool = False  # the last index named was outside the catalog (SIPAS, PCI): rule other-index-named
    prev_items: list = field(default_factory=list)  # the last list's items ("lần lượt"): for back-references
    recent_measures: list = field(default_factory=list)  # the measures bound last, in order (rule counted-items-before)
    last_bindings: list = field(default_factory=list)  # ... the bindings of the last sentence that bound any
    ranked_year: int | None = None  # the period of the last DTI fact (rule edition-year)
    report_year: int | None = None  # the year of the last statistic the text dated itself (rule report-year)
    report_named: bool = False  # ... and the lead named that year's report (rule named-report)
    stat_year: int | None = None  # the latest year of a statistic its own text dated, or said is of now
    release_year: int | None = None  # the year of the figures a round-up's lead says were released (rule release-year)
    release_undated: bool = False  # the sentence before announced a release and named no year (rule release-year)
    roundup_measure: object = None  # the statistic a national round-up is about (rule roundup-measure)
    opening_year: int | None = None  # the year the article's first body sentence opens with (rule opening-year)
    body_sents: int = 0  # body sentences read so far

    def new_paragraph(self, keep_topic: bool = False, keep_subject: bool | None = None) -> None:
        """Start a paragraph; ``keep_topic``: the ranked index the line before named goes on (rule
        index-across-lines), and so does a district or commune it was about at its end (rule
        unit-across-lines) or a national report it was reading (rule report-across-lines: "Bộ ... đã
        báo cáo ...", "Báo cáo tại hội nghị cho thấy, ..."; a line that names a province ends it).
        Not the nation as one sentence's subject ("Bình quân cả nước, ..."): one such sentence among
        a page's lines is an aside, not what the lines after it are about."""
        # (what the paragraph before was about at its end is worked out only if a value of this one
        # asks: most paragraphs bind nothing, and the places of every sentence cost a scan each)
        if not (keep_topic if keep_subject is None else keep_subject):  # (the subject may stay behind alone)
            self._lead = None
        elif self.para_sents:  # (an empty paragraph passes on what entered it)
            self._lead = [self.para_sents, self._lead, _UNRESOLVED]
        # (an index, not one of its pillars: "Với trụ cột xã hội số, Đà Nẵng xếp thứ nhất ...\nNăm nay có 10 địa phương
        # tăng trên 20 bậc. Hậu Giang tăng 35 bậc, từ thứ 59 lên thứ 24": a new paragraph's ranks are the index's)
        keep_topic = keep_topic and not (self.para_topic is not None and self.para_topic.name.startswith("dti_"))
        self.para_topic = self.para_topic if keep_topic else None
        self.prev_para_year = self.para_year
        self.para_year, self.para_province = None, None
        self.para_year_other_index = False
        self.para_year_target = False
        self.para_year_dated = False
        self.para_own_year = False
        self.fact_year = self.fact_span = None
        self.para_edition = False
        self.para_target = False
        self.prev_para_last = self.para_sents[-1] if self.para_sents else None
        self.para_sents = []

    def _places(self, s: int, e: int, mentions) -> list:
        if self._unit_names is None:  # (worked out once, when a value first asks what a paragraph is about)
            self._unit_names = unit_names(self.cased, self.lower, self.original, self.article_mentions, self.article)
        return places_named(
            self.cased, self.lower, s, e, mentions, self.original, self.national_meeting, self._unit_names
        )

    def national_meeting(self) -> bool:
        """The article reports a national meeting (rule national-meeting-report); looked up once."""
        if self._national_meeting is None:
            self._national_meeting = bool(load_cues().national_meeting.search(self.lower))
        return self._national_meeting

    @property
    def entering_subject(self) -> str | None:
        """ "unit" / "report": what the line before was about at its end, when it goes on into this
        paragraph (rules unit-across-lines, report-across-lines); else None."""
        lead = self._lead
        chain = []  # the leads not yet worked out, the nearest first
        while lead is not None and lead[2] is _UNRESOLVED:
            chain.append(lead)
            lead = lead[1]
        state = None if lead is None else lead[2]
        for link in reversed(chain):  # the earliest first: what one passes on enters the next
            end = self._last_place(link[0], state)
            if end == "unit" and self._several_units(link[0]):
                end = None  # rule units-compared: a line comparing units passes none of them on
            state = link[2] = end if end in ("unit", "report") else None
        return state

    def subject_at(self, pos: int) -> str | None:
        """What the paragraph is about at ``pos`` (in its last sentence): "unit", "nation", "report" or None (a
        province): the last place its sentences name before ``pos``, else what entered it. Worked out
        only when a value asks, from the last sentence back (most paragraphs bind nothing, and the
        places of a sentence cost a scan each)."""
        ps, pe, pm = self.para_sents[-1]
        # (a breakdown's unit stays in its clause: "2.135 sản phẩm ..., riêng huyện Lục Ngạn hơn 300 sản phẩm ...; phát
        # sinh 58.317 giao dịch" goes back to the province after the ";")
        lower = self.lower
        places = self._places_in(ps, pe, pm)
        named = [p for p in places if p[0] < pos and (p[1] != "part" or lower.find(";", p[0], pos) < 0)]
        if named:
            kind = max(named, key=lambda p: p[0])[1]
            return "unit" if kind == "part" else kind
        # (what the sentences before this one and the line before say is the same for every value of the sentence:
        # worked out once per sentence, kept with what it was worked out from)
        sents, n, lead, field_opens = self.para_sents, len(self.para_sents), self._lead, self.para_opens_field
        kept = self._before_subject
        if kept is not None and kept[0] is sents and kept[1] == n and kept[2] is lead and kept[3] == field_opens:
            return kept[4]
        subject = self._last_place(sents[:-1], None, entering=True)
        self._before_subject = (sents, n, lead, field_opens, subject)
        return subject

    def _last_place(self, sents: list, before: str | None, entering: bool = False) -> str | None:
        """The kind of the last place ``sents`` name; else ``before`` (``entering``: what entered
        the paragraph, worked out only if needed)."""
        for qs, qe, qm in reversed(sents):
            places = [p for p in self._places_in(qs, qe, qm) if p[1] != "part"]  # (a breakdown's units stay behind)
            if places:
                last = max(places, key=lambda p: p[0])
                if last[1] == "nation" and any(p[1] is None and p[0] < last[0] for p in places):
                    # rule nation-compared-after-province: a sentence about a province that ends on the nation's
                    # figure ("Đồng Nai đạt 0,6318 điểm, xếp thứ 12/34; mức trung bình cả nước là 0,5870") compares;
                    # the paragraph goes on about the province
                    return None
                return last[1]
        if not entering:
            return before
        entered = self.entering_subject
        return None if entered == "unit" and self.para_opens_field else entered

    def _several_units(self, sents: list) -> bool:
        """The last sentence of ``sents`` that names a place names two districts or communes or more
        ("Riêng huyện A đóng góp 9.214 giao dịch; huyện B và C lần lượt có ...", "TP X (78,1%), thị xã Y
        (71,4%)"): a comparison of units (or one unit set apart from the rest), whose next line is not
        about one of them ("Song song ..., tỉnh đẩy mạnh ... Đến nay, 48.730 hộ ...")."""
        for qs, qe, qm in reversed(sents):
            places = self._places_in(qs, qe, qm)
            if places:
                return sum(1 for p in places if p[1] in ("unit", "part")) >= 2
        return False

    def unit_named_before(self, pos: int) -> bool:
        """A district, town or commune is named in the paragraph before ``pos``."""
        for qs, qe, qm in self.para_sents:
            if qs > pos:
                break
            if any(kind in ("unit", "part") and at < pos for at, kind in self._places_in(qs, qe, qm)):
                return True
        return False

    def _places_in(self, s: int, e: int, mentions) -> list:
        if s not in self._places_of:
            self._places_of[s] = self._places(s, e, mentions)
        return self._places_of[s]


_UNRESOLVED = object()
