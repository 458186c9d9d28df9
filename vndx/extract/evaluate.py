"""Score the extractor on a corpus folder: precision, recall, F1, and every error with its cause.

A corpus folder holds ``<doc>.txt`` articles and gold facts, in one of two layouts:

- the seed layout (``tests/data/seeds`` with ``tests/data/gold/seed_facts.jsonl`` and
  ``seed_docs.jsonl`` for publication dates), the default;
- the corpus layout (``../shared/corpus/dev``): ``gold.jsonl`` beside the texts, each text starting
  with ``source: URL`` / ``published: YYYY-MM-DD`` header lines and a blank line, which are
  stripped and passed on exactly as the blind sets' scoring (``run_extract.py``) does; texts without
  header lines take their dates from a ``docs.jsonl`` beside them, as ``run_extract.py`` reads one.

Each miss gets a cause: the name of the rule that dropped a candidate with the gold value, or
what was wrong with the nearest prediction (province, year, code), or ``no-candidate``. Each
spurious fact gets a cause from the gold it nearly matches, else ``not-a-gold-fact``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import importlib.util
import json
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType

from vndx.extract.extractor import extract_facts
from vndx.extract.period_rules import YEAR_CROSS_CHECKS

ROOT = Path(__file__).resolve().parents[2]
GOLD_DIR = ROOT / "tests" / "data" / "gold"
SEEDS_DIR = ROOT / "tests" / "data" / "seeds"
_HEADER = re.compile(r"source:(.*)\n(published:(.*)\n)?\s*\n")


def _scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("gold_score", GOLD_DIR / "score.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _jsonl(path: Path) -> list[dict]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


def fold_of(doc: str) -> str:
    """Deterministic 3-way split of a corpus for honest estimates: A, B or C by sha1(doc) mod 3."""
    return "ABC"[int(hashlib.sha1(doc.encode("utf-8")).hexdigest(), 16) % 3]


@dataclass
class Article:
    doc: str
    text: str
    published: dt.date | None
    source_url: str | None


@dataclass
class Corpus:
    articles: list[Article]
    gold: list[dict]


def load_corpus(folder: Path | None = None, gold: Path | None = None, docs: Path | None = None) -> Corpus:
    """Articles and gold of a folder (default: the seeds); see the module doc for the layouts."""
    folder = Path(folder) if folder else SEEDS_DIR
    if gold is None:
        gold = folder / "gold.jsonl" if (folder / "gold.jsonl").exists() else GOLD_DIR / "seed_facts.jsonl"
    if docs is None and (folder / "docs.jsonl").exists():
        docs = folder / "docs.jsonl"  # (the dates of articles written without header lines, as run_extract.py reads)
    elif docs is None and not (folder / "gold.jsonl").exists():
        docs = GOLD_DIR / "seed_docs.jsonl"
    dates = {row["doc"]: row.get("published") for row in _jsonl(docs)} if docs and docs.exists() else {}
    articles = []
    for path in sorted(folder.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        published, source_url = dates.get(path.stem), None
        m = _HEADER.match(text)
        if m:
            text = text[m.end() :]
            source_url = m.group(1).strip() or None
            dm = re.search(r"\d{4}-\d{2}-\d{2}", m.group(3) or "")
            if dm:
                published = dm.group(0)
        articles.append(Article(path.stem, text, dt.date.fromisoformat(published) if published else None, source_url))
    return Corpus(articles, _jsonl(gold))


@dataclass
class Report:
    p: float
    r: float
    f1: float
    tp: int
    fp: int
    fn: int
    misses: list[tuple[str, dict]] = field(default_factory=list)  # (cause, gold fact)
    spurious: list[tuple[str, dict]] = field(default_factory=list)  # (cause, predicted fact)
    # facts whose year a cross-check (period_rules.YEAR_CROSS_CHECKS) set: (rule, fact, a gold fact?)
    cross_checked: list[tuple[str, dict, bool]] = field(default_factory=list)

    def causes(self) -> tuple[Counter[str], Counter[str]]:
        return Counter(c for c, _ in self.misses), Counter(c for c, _ in self.spurious)


CROSS_CHECK_NAMES = frozenset(r.name for r in YEAR_CROSS_CHECKS)


def cross_check_summary(report: Report) -> str:
    """ "official-table-year 3 (3 gold, 0 not)": how often each cross-check set a year, and how
    many of those facts the gold has (a fact it set that is not gold may be a correct year it broke)."""
    by: dict[str, list[int]] = {}
    for rule, _, good in report.cross_checked:
        counts = by.setdefault(rule, [0, 0])
        counts[0 if good else 1] += 1
    return ", ".join(f"{r} {g + b} ({g} gold, {b} not)" for r, (g, b) in sorted(by.items())) or "none fired"


def _close(a: float, b: float) -> bool:
    return abs(float(a) - float(b)) <= max(1e-6, 1e-3 * abs(float(b)))


def _periods(g: dict) -> list[int]:
    return g.get("acceptable_periods") or [g["period"]]


def _decided_by(p: dict, decided: dict[int, tuple[str, str]], which: int) -> str:
    """ ":<rule>" that decided a prediction's year (0) or province (1); tables and headlines' own."""
    rules = decided.get(id(p))
    return f":{rules[which]}" if rules else ":table-rows"


def _miss_cause(g: dict, preds: list[dict], drops: list, decided: dict[int, tuple[str, str]] | None = None) -> str:
    same = [p for p in preds if p["doc"] == g["doc"]]
    for want in (g["indicator"], None):  # a drop that named the gold's code first, then any
        for d in drops:
            if d.indicator == want and _close(d.value, g["value"]):
                return f"dropped:{d.rule}"
    for p in same:
        if p["indicator"] == g["indicator"] and _close(p["value"], g["value"]):
            if p["province"] != g["province"]:
                return "wrong-province" + (_decided_by(p, decided, 1) if decided is not None else "")
            if p["period"] not in _periods(g):
                return "wrong-period" + (_decided_by(p, decided, 0) if decided is not None else "")
    for p in same:
        if _close(p["value"], g["value"]) and p["province"] == g["province"]:
            return "wrong-code"
    return "no-candidate"


def _spurious_cause(p: dict, gold: list[dict], decided: dict[int, tuple[str, str]] | None = None) -> str:
    same = [g for g in gold if g["doc"] == p["doc"]]
    for g in same:
        if g["indicator"] == p["indicator"] and _close(p["value"], g["value"]):
            if p["province"] != g["province"]:
                return "wrong-province" + (_decided_by(p, decided, 1) if decided is not None else "")
            if p["period"] not in _periods(g):
                return "wrong-period" + (_decided_by(p, decided, 0) if decided is not None else "")
    for g in same:
        if _close(p["value"], g["value"]) and p["province"] == g["province"]:
            return "wrong-code"
    return f"not-a-gold-fact:{p['indicator'].split('_')[0]}"


def evaluate_corpus(corpus: Corpus, docs: set[str] | None = None) -> Report:
    """Score the extractor on ``corpus`` (only ``docs`` when given) the way run_extract.py does."""
    scorer = _scorer()
    arts = [a for a in corpus.articles if docs is None or a.doc in docs]
    gold = [g for g in corpus.gold if docs is None or g["doc"] in docs]
    preds: list[dict] = []
    drops: dict[str, list] = {}
    decided: dict[int, tuple[str, str]] = {}  # id(prediction) -> (year rule, subject rule)
    for a in arts:
        trace: list = []
        chosen: list = []
        facts = extract_facts(
            a.text, doc=a.doc, published=a.published, source_url=a.source_url, trace=trace, chosen=chosen
        )
        rules = {id(c.fact): (c.period_rule, c.province_rule) for c in chosen}
        for fact in facts:
            pred = fact.to_dict()
            if id(fact) in rules:
                decided[id(pred)] = rules[id(fact)]
            preds.append(pred)
        drops[a.doc] = trace
    names = [a.doc for a in arts]
    p, r, f, tp, fp, fn = scorer.score(gold, preds, docs=names)
    # the scorer's own matching decides what is missed / spurious; re-derive the lists from it
    matched_gold: set[int] = set()
    spurious = []
    for pred in preds:
        hit = None
        for i, g in enumerate(gold):
            if scorer.matches(pred, g):
                hit = i
                if g["core"] and i not in matched_gold:
                    break
        if hit is None:
            spurious.append(pred)
        elif gold[hit]["core"]:
            matched_gold.add(hit)
    misses = [g for i, g in enumerate(gold) if g["core"] and i not in matched_gold]
    report = Report(p, r, f, tp, fp, fn)
    report.misses = [(_miss_cause(g, preds, drops.get(g["doc"], []), decided), g) for g in misses]
    report.spurious = [(_spurious_cause(x, gold, decided), x) for x in spurious]
    wrong = {id(x) for x in spurious}
    report.cross_checked = [
        (decided[id(x)][0], x, id(x) not in wrong) for x in preds if decided.get(id(x), ("",))[0] in CROSS_CHECK_NAMES
    ]
    return report


def predict(seeds_dir: Path = SEEDS_DIR, docs_path: Path = GOLD_DIR / "seed_docs.jsonl") -> list[dict]:
    """Facts for every seed article, each with its publication date from seed_docs.jsonl."""
    corpus = load_corpus(seeds_dir, docs=docs_path)
    out = []
    for a in corpus.articles:
        facts = extract_facts(a.text, doc=a.doc, published=a.published, source_url=a.source_url)
        out.extend(f.to_dict() for f in facts)
    return out


def evaluate(verbose: bool = False) -> tuple[float, float, float, int, int, int]:
    """(precision, recall, f1, tp, fp, fn) of the extractor on the seed gold."""
    scorer = _scorer()
    gold = scorer.load(str(GOLD_DIR / "seed_facts.jsonl"))
    docs = [p.stem for p in sorted(SEEDS_DIR.glob("*.txt"))]
    return scorer.score(gold, predict(), verbose=verbose, docs=docs)
