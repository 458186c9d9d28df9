"""The BI marts for the issue-15 panels, built by a real `dbt build` over the sample rows:
rpt_value_provenance (and `vndx explain` over it) and rpt_dti_map (with dim_province's ISO codes)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.dbt.sample_raw import FACTS, WARC_CAPTURES, content_sha
from vndx.cli.explain import main as explain_main
from vndx.warehouse.db import connect

ROOT = Path(__file__).resolve().parents[2]


def _rows(url: str, sql: str, *params):
    with connect(url) as conn:
        cur = conn.execute(sql, params or None)
        names = [c.name for c in cur.description]
        return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]


def test_one_row_per_observation_with_a_province(built_db: str) -> None:
    rows = _rows(built_db, "select fact_id from marts.rpt_value_provenance")
    with_province = {f[0] for f in FACTS} - {"f_unknown"}  # an unknown slug has no consolidated value
    assert sorted(r["fact_id"] for r in rows) == sorted(with_province)


def test_conflicting_observation_carries_its_own_evidence_document_and_capture(built_db: str) -> None:
    rows = {
        r["fact_id"]: r
        for r in _rows(
            built_db,
            "select * from marts.rpt_value_provenance"
            " where province_id = 'bac-ninh@63' and indicator_code = 'dti_rank' and period_year = 2023",
        )
    }
    assert set(rows) == {"f_rank_bn", "f_news_bn"}
    selected, rival = rows["f_rank_bn"], rows["f_news_bn"]
    assert (selected["observation_role"], selected["is_selected"], selected["value"]) == ("selected", True, 9.0)
    assert (rival["observation_role"], rival["is_selected"], rival["value"]) == ("conflicting", False, 11.0)
    for row in rows.values():
        assert (row["consolidated_value"], row["has_conflict"], row["selection_rule"]) == (9.0, True, "ranking_source")
        assert row["n_observations"] == 2
    assert selected["evidence"] == "Bắc Ninh xếp thứ 9/63"
    assert selected["document_url"] == "https://dti.gov.vn/bang-xep-hang/2023"
    assert selected["document_title"] == "Bảng xếp hạng DTI cấp tỉnh năm 2023"
    assert selected["publisher"] == "Bộ Thông tin và Truyền thông"
    warc_file, offset = WARC_CAPTURES["d_rank_2023"]
    assert (selected["warc_filename"], selected["warc_record_offset"]) == (warc_file, offset)
    assert selected["capture_id"] == f"{warc_file}#{offset}"
    # a page landed before the WARC archive: its capture is named by its content hash
    assert rival["evidence"] == "DTI năm 2023 của tỉnh xếp thứ 11/63 tỉnh, thành phố"
    assert rival["document_url"] == "https://baomoi.example/bac-ninh-chuyen-doi-so.html"
    assert rival["publisher"] == "Báo Mới"
    assert rival["warc_filename"] is None
    assert rival["capture_id"] == "sha256:" + content_sha("d_news_bn")


def test_agreement_and_unregistered_source(built_db: str) -> None:
    rows = _rows(
        built_db,
        "select observation_role, has_conflict, publisher, published_at from marts.rpt_value_provenance"
        " where province_id = 'bac-giang@63' and indicator_code = 'internet_user_rate'",
    )
    # a single observation from a source no longer in the registry: no publisher, still a row
    assert [(r["observation_role"], r["has_conflict"], r["publisher"]) for r in rows] == [("selected", False, None)]
    assert rows[0]["published_at"].isoformat() == "2025-01-20"


def test_explain_prints_selected_and_competing_observations(built_db: str, capsys) -> None:
    assert explain_main(["bac-ninh@63", "dti_rank", "2023"], url=built_db) == 0
    out = capsys.readouterr().out
    assert "value: 9/63 rank" in out and "rule: ranking_source" in out and "CONFLICT: 1 disagree" in out
    selected, conflicting = out.index("[selected] 9/63"), out.index("[conflicting] 11/63")
    assert selected < conflicting  # the selected observation first
    for text in ("Bắc Ninh xếp thứ 9/63", "https://dti.gov.vn/bang-xep-hang/2023",
                 "capture:   " + "#".join(map(str, WARC_CAPTURES["d_rank_2023"])),
                 "DTI năm 2023 của tỉnh xếp thứ 11/63 tỉnh, thành phố",
                 "https://baomoi.example/bac-ninh-chuyen-doi-so.html",
                 "capture:   sha256:" + content_sha("d_news_bn")):
        assert text in out, text


def test_explain_cli_by_slug_json_and_unknown_key(built_db: str) -> None:
    env = {**os.environ, "VNDX_WAREHOUSE_URL": built_db}

    def run(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "vndx.cli", "explain", *args], capture_output=True,
                              text=True, cwd=ROOT, env=env, timeout=120)

    res = run("bac-ninh", "dti_rank", "2023", "--json")
    assert res.returncode == 0, res.stderr
    rows = [json.loads(line) for line in res.stdout.splitlines()]
    assert [(r["observation_role"], r["fact_id"]) for r in rows] == [("selected", "f_rank_bn"),
                                                                      ("conflicting", "f_news_bn")]
    assert rows[1]["published_at"] == "2024-09-01"
    missing = run("bac-ninh", "dti_rank", "1999")
    assert missing.returncode == 1
    assert "no consolidated value for bac-ninh dti_rank 1999" in missing.stderr


def test_map_colours_each_area_on_the_basis_of_its_year(built_db: str) -> None:
    rows = {
        (r["period_year"], r["iso_3166_2"]): r
        for r in _rows(built_db, "select * from marts.rpt_dti_map")
    }
    # 2023 (63 basis): each province on its own area, keyed by its ISO code
    assert (rows[(2023, "VN-56")]["province_id"], rows[(2023, "VN-56")]["dti_rank"]) == ("bac-ninh@63", 9)
    assert rows[(2023, "VN-56")]["area_basis"] == "own"
    assert rows[(2023, "VN-HN")]["dti_score"] == 0.6521
    assert rows[(2023, "VN-HN")]["map_label"] == "Hà Nội: hạng 2/63, điểm 0.6521"
    # 2025 (34 basis): the new Bắc Ninh colours both of its members' areas (Bắc Ninh, Bắc Giang)
    for iso, area in (("VN-56", "bac-ninh@63"), ("VN-54", "bac-giang@63")):
        row = rows[(2025, iso)]
        assert (row["province_id"], row["area_province_id"], row["dti_rank"], row["ranking_basis"],
                row["area_basis"]) == ("bac-ninh@34", area, 5, 34, "successor")
    assert {year for year, _ in rows} == {2023, 2025}
    assert len([k for k in rows if k[0] == 2025]) == 2


def test_dim_province_carries_iso_codes_for_both_eras(built_db: str) -> None:
    rows = dict(((r["province_id"]), (r["iso_3166_2"], r["iso_3166_2_basis"])) for r in _rows(
        built_db, "select province_id, iso_3166_2, iso_3166_2_basis from marts.dim_province"))
    assert len(rows) == 97 and all(code for code, _ in rows.values())
    assert rows["bac-giang@63"] == ("VN-54", "iso") and rows["hue@34"] == ("VN-26", "same_name_predecessor")
