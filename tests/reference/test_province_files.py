"""The province files agree: the three seeds dbt loads (provinces.csv: both eras; provinces_2024.csv:
the 63 with their successors; province_lineage.csv), the gazetteer's additions and `vndx.reference`
(which the extractor and the GX facts suite use) say the same provinces, names and merger."""

from __future__ import annotations

import csv
import datetime as dt
import re
from importlib import resources

import pytest
import yaml

from vndx import reference


def _seed(name: str) -> list[dict[str, str]]:
    with (reference.seeds_dir() / name).open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


@pytest.fixture(scope="module")
def eras() -> dict[str, dict[str, dict[str, str]]]:
    rows = _seed("provinces.csv")
    by_era: dict[str, dict[str, dict[str, str]]] = {"63": {}, "34": {}}
    for row in rows:
        assert row["province_id"] == f"{row['slug']}@{row['era']}", row
        by_era[row["era"]][row["slug"]] = row
    assert len(rows) == 63 + 34
    return by_era


def test_the_63_are_the_same_in_both_seed_files(eras):
    old = {p.slug: p for p in reference.load_provinces()}
    assert set(eras["63"]) == set(old) == reference.provinces_63()
    for slug, row in eras["63"].items():
        assert (row["gso_code"], row["name_vi"], row["kind"]) == (old[slug].gso_code, old[slug].name_vi,
                                                                  old[slug].kind), slug
        assert row["valid_to"] == str(reference.MERGER_DATE - dt.timedelta(days=1))


def test_the_34_are_the_successors(eras):
    successors = {p.successor_2025_slug: p.successor_2025_name_vi for p in reference.load_provinces()}
    assert set(eras["34"]) == set(successors) == reference.provinces_34()
    assert len(successors) == 34
    for slug, row in eras["34"].items():
        assert row["name_vi"] == successors[slug], slug
        assert (row["valid_from"], row["valid_to"]) == (str(reference.MERGER_DATE), "")


def test_iso_3166_2_codes_agree_across_the_files(eras):
    """provinces_2024.csv (the 63) and provinces.csv (both eras) carry the same ISO 3166-2 codes as
    `vndx.reference`; the 63 are distinct and well formed; each of the 34 has one, distinct too."""
    codes = reference.iso_3166_2_by_entity()
    old = {p.slug: p.iso_3166_2 for p in reference.load_provinces()}
    assert all(re.fullmatch(r"VN-(\d\d|CT|DN|HN|HP|SG)", c) for c in old.values()), old
    assert len(set(old.values())) == 63
    assert old["bac-giang"] == "VN-54" and old["ha-noi"] == "VN-HN" and old["ho-chi-minh"] == "VN-SG"
    for era in ("63", "34"):
        for slug, row in eras[era].items():
            assert (row["iso_3166_2"], row["iso_3166_2_basis"]) == codes[f"{slug}@{era}"], (slug, era)
        assert len({row["iso_3166_2"] for row in eras[era].values()}) == len(eras[era])
    for slug, row in eras["63"].items():
        assert (row["iso_3166_2"], row["iso_3166_2_basis"]) == (old[slug], "iso")
    assert codes["hue@34"] == ("VN-26", "same_name_predecessor")  # Thừa Thiên Huế's code


def test_the_lineage_seed_is_the_reference_lineage():
    rows = _seed("province_lineage.csv")
    assert {r["old_province_id"]: r["new_province_id"] for r in rows} == {
        f"{old}@63": f"{new}@34" for old, new in reference.lineage().items()}
    assert {r["effective_date"] for r in rows} == {str(reference.MERGER_DATE)}
    holders = [r["new_province_id"] for r in rows if r["is_code_holder"] == "true"]
    assert sorted(holders) == sorted(f"{s}@34" for s in reference.provinces_34())  # one per new province


def test_the_gazetteer_names_only_known_provinces():
    data = yaml.safe_load(resources.files("vndx.extract").joinpath("data/gazetteer.yml").read_text("utf-8"))
    known = reference.provinces_63() | reference.provinces_34()
    named = set()
    for section in ("aliases", "prefix_required", "hosts"):
        named |= set(data.get(section) or {})
    assert named - known == set()


@pytest.mark.parametrize(("period", "published", "out_of", "era"), [
    (2023, dt.date(2025, 10, 25), 34, reference.PRE_MERGER),  # a 2023 value stays on the 63
    (2024, None, None, reference.PRE_MERGER),
    (2024, dt.date(2025, 10, 21), None, reference.MERGER_YEAR),  # DTI 2024, published for the 34
    (2024, None, 34, reference.MERGER_YEAR),
    (2025, None, None, reference.MERGER_YEAR),
    (2026, None, None, reference.POST_MERGER),
    (None, None, None, None),
])
def test_era_of(period, published, out_of, era):
    assert reference.era_of(period, published, out_of) == era


def test_each_era_names_its_provinces():
    by_era = reference.provinces_by_era()
    assert len(by_era[reference.PRE_MERGER]) == 63 and len(by_era[reference.POST_MERGER]) == 34
    assert by_era[reference.MERGER_YEAR] == by_era[reference.PRE_MERGER] | by_era[reference.POST_MERGER]
