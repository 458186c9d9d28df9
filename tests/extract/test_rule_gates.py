"""The gate words of the binder's rules (``Rule.words``) only skip rules that could not have fired: over our own
probe articles, every gated rule that refuses a candidate when asked anyway finds one of its words in the sentence."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

import vndx.extract.binding as binding
from vndx.extract import binding_rules
from vndx.extract.binding_rules import CANDIDATE_RULES, open_gates
from vndx.extract.extractor import extract_facts

DATA = Path(__file__).resolve().parent / "data"
GATED = [r for r in CANDIDATE_RULES if r.words]
ROUNDS = ["probe_articles", "probe_articles_round30", "probe_articles_round45", "probe_articles_round54"]


def test_some_rules_are_gated_and_every_gate_word_is_folded():
    assert len(GATED) >= 10
    for rule in GATED:
        for w in rule.words:
            assert w == w.lower() and w.isascii(), (rule.name, w)


def test_the_gates_a_sentences_words_open():
    from vndx.extract.mentions import Mentions

    lower = "rieng tp vinh co 95% ho so (vi du) giua hai ky"
    m = Mentions(lower, lower, None, 0, len(lower), places=[], topics=[], values=[], masks=[])
    opened = open_gates(m)  # ("rieng", "tp", "co ", "(", "vi du", "giua"; no "chua", no "trung tam")
    assert {
        "set-apart-unit",
        "city-inside-province",
        "unnamed-province",
        "named-place-aside",
        "hypothetical-example",
        "spread-between",
    } <= opened
    assert "share-not-yet" not in opened and "service-centre-figure" not in opened


@pytest.mark.parametrize("folder", ROUNDS)
def test_a_gated_rule_never_fires_without_its_words(folder, monkeypatch):
    fired: dict[str, int] = {}
    missed: list[tuple] = []
    asked = binding.first_refusal

    def ask_every_gated_rule(c):
        opened = open_gates(c.m)
        key = (c.reading, bool(c.m.scope_words), bool(c.n.percent), c.m.nation_words)
        for rule in GATED:
            # (asked as if its words were there: only the gate is set aside)
            if rule.may_fire(*key, frozenset({rule.name})) and rule.check(c):
                fired[rule.name] = fired.get(rule.name, 0) + 1
                if rule.name not in opened:
                    missed.append((rule.name, c.m.lower[c.m.start : c.m.end]))
        return asked(c)

    monkeypatch.setattr(binding, "first_refusal", ask_every_gated_rule)
    root = DATA / folder
    dates = {}
    for line in (root / "docs.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            d = json.loads(line)
            dates[d["doc"]] = d.get("published")
    for path in sorted(root.glob("*.txt")):
        published = dates.get(path.stem)
        extract_facts(
            path.read_text(encoding="utf-8"),
            doc=path.stem,
            published=dt.date.fromisoformat(published) if published else None,
        )
    assert fired, "no gated rule fired at all: the test reads nothing"
    assert not missed, missed[:3]
    assert binding_rules.first_refusal is not ask_every_gated_rule
