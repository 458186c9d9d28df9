"""Every rule is in a registry (registry.py): the binder's refusals (binding_rules.CANDIDATE_RULES),
the year and subject rules with their refusals (period_rules.py, subject_rules.py) and the refusals
the other stages make (STAGE_REFUSALS): every name a dropped candidate can carry is registered,
every rule says why in its docstring, and the README's rule tables are generated from them."""

from __future__ import annotations

import re
from pathlib import Path

from tests.extract.conftest import facts_of, refusals
from vndx.extract.binding_rules import CANDIDATE_RULES
from vndx.extract.period_rules import PERIOD_REFUSALS, YEAR_CROSS_CHECKS, YEAR_RULES
from vndx.extract.registry import CHOICE_NAMES, REFUSAL_NAMES, rules_table
from vndx.extract.subject_rules import SUBJECT_REFUSALS, SUBJECT_RULES

PACKAGE = Path(__file__).resolve().parents[2] / "vndx" / "extract"


def test_rule_names_are_unique_and_every_rule_says_why():
    names = REFUSAL_NAMES + CHOICE_NAMES
    assert len(names) == len(set(names))
    for rule in CANDIDATE_RULES + PERIOD_REFUSALS + SUBJECT_REFUSALS + YEAR_RULES + SUBJECT_RULES + YEAR_CROSS_CHECKS:
        assert re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)+", rule.name), rule.name
        assert len(rule.why) > 20, f"{rule.name}: the docstring must say why such a value is refused"


def test_every_drop_in_the_code_names_a_registered_rule():
    registered = set(REFUSAL_NAMES)
    source = "\n".join(p.read_text(encoding="utf-8") for p in PACKAGE.glob("*.py"))
    emitted = set(re.findall(r'Drop\(\s*"([a-z0-9-]+)"', source))
    # names chosen in an expression: ``Drop("no-year" if period is None else "future-year", ...)``
    emitted |= set(re.findall(r'"([a-z0-9]+(?:-[a-z0-9]+)+)" if [^\n]* else "[a-z0-9-]+"', source))
    emitted |= set(re.findall(r'" if [^\n]* else "([a-z0-9]+(?:-[a-z0-9]+)+)"', source))
    assert emitted, "no Drop(...) found: has the code moved?"
    assert emitted <= registered, f"unregistered refusal names: {sorted(emitted - registered)}"


def test_readme_lists_the_registry():
    readme = (PACKAGE / "README.md").read_text(encoding="utf-8")
    m = re.search(r"<!-- rules:start -->\n(.*?)\n<!-- rules:end -->", readme, re.S)
    assert m, "vndx/extract/README.md lost its <!-- rules:start --> ... <!-- rules:end --> block"
    assert m.group(1).strip() == rules_table().strip(), "README rule table is stale; paste:\n" + rules_table()


def test_a_city_inside_the_province_is_not_the_province():
    text = "Năm 2023, thành phố Quy Nhơn đạt 83% hồ sơ trực tuyến toàn trình, cao nhất tỉnh Bình Định."
    assert "city-inside-province" in refusals(text, province="binh-dinh")
    assert not facts_of(text, province="binh-dinh")


def test_a_measure_outside_the_catalog_owns_the_value_after_it():
    text = (
        "Năm 2023, tỉnh Kon Tum có tỷ lệ người dân dùng điện thoại thông minh đạt 79%, "
        "tỷ lệ dân số chỉ dùng điện thoại phổ thông là 8,2%."
    )
    assert "absorbed-by-other-measure" in refusals(text, province="kon-tum")
    assert {(f.indicator, f.value) for f in facts_of(text, province="kon-tum")} == {("smartphone_user_rate", 79.0)}


def test_rules_are_asked_in_registry_order():
    # a district's share stated as a plan: the subject rule comes before the plan rule
    text = "Năm 2023, UBND cấp xã phấn đấu đạt 95% hồ sơ trực tuyến toàn trình."
    order = [r.name for r in CANDIDATE_RULES]
    assert order.index("lower-level-unit") < order.index("target-or-plan")
    assert "lower-level-unit" in refusals(text)
