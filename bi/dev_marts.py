"""A scratch database shaped like the marts, for developing the BI layer without a pipeline run.

    .venv/bin/python bi/dev_marts.py            # creates database scratch_bi, prints its name

The real dashboards read the `vndx` database that `make run` fills; this is only a stand-in with
the columns the Superset datasets and Metabase questions use (see bi/superset/dashboard/datasets/).
Values are synthetic (deterministic), never presented as real indices.
"""

from __future__ import annotations

import csv
import hashlib
import os
import sys
from pathlib import Path

from vndx.warehouse import embedded
from vndx.warehouse.db import connect

REPO = Path(__file__).resolve().parent.parent
INDICATORS = [  # code, name_vi, pillar, unit
    ("dti_score", "Chỉ số DTI - giá trị", "overall", "score"),
    ("online_public_service_rate", "Tỷ lệ dịch vụ công trực tuyến", "digital_government", "percent"),
    ("online_dossier_rate", "Tỷ lệ hồ sơ trực tuyến", "digital_government", "percent"),
    ("internet_user_rate", "Tỷ lệ người dùng Internet", "digital_society", "percent"),
]


def _u(*key: object) -> float:
    """A deterministic pseudo-random number in [0, 1)."""
    return int(hashlib.sha256(repr(key).encode()).hexdigest()[:8], 16) / 0x100000000


DDL = """
create schema if not exists marts;
create schema if not exists audit;
drop table if exists marts.dim_province, marts.dim_indicator, marts.fct_indicator_value,
  marts.rpt_dti_ranking, marts.rpt_province_scorecard, audit.validation_runs;
create table marts.dim_province (province_id text primary key, province_slug text, era_provinces int,
  name_vi text, region text, kind text);
create table marts.dim_indicator (indicator_code text primary key, name_vi text, pillar text, unit text);
create table marts.fct_indicator_value (province_id text, indicator_code text, period_year int,
  value double precision, unit text, n_observations bigint);
create table marts.rpt_dti_ranking (province_id text, name_vi text, period_year int, ranking_basis int,
  dti_rank int, dti_score double precision, digital_government_score double precision,
  digital_economy_score double precision, digital_society_score double precision);
create table marts.rpt_province_scorecard (province_id text, name_vi text, era_provinces int,
  period_year int, dti_rank double precision, dti_score double precision,
  online_public_service_rate double precision, internet_user_rate double precision,
  n_indicators_reported bigint);
create table audit.validation_runs (batch_id text, suite text, run_at timestamptz, success boolean,
  evaluated int, failed int, failing_share double precision, primary key (batch_id, suite));
"""


def build(database: str = "scratch_bi") -> str:
    url = embedded.create_database(database)
    provinces = list(csv.DictReader((REPO / "dbt_project/seeds/provinces.csv").open(encoding="utf-8")))
    with connect(url, autocommit=True) as conn:
        if not conn.execute("select 1 from pg_roles where rolname = 'bi_reader'").fetchone():
            pw = os.environ.get("VNDX_BI_PASSWORD", "bi_reader").replace("'", "''")
            conn.execute(f"create role bi_reader login password '{pw}'")
        conn.execute(DDL)
        for p in provinces:
            conn.execute("insert into marts.dim_province values (%s,%s,%s,%s,%s,%s)",
                         (p["province_id"], p["slug"], int(p["era"]), p["name_vi"], p["region"], p["kind"]))
        for code, name, pillar, unit in INDICATORS:
            conn.execute("insert into marts.dim_indicator values (%s,%s,%s,%s)", (code, name, pillar, unit))
        for basis, years in ((63, range(2020, 2025)), (34, (2025,))):
            group = [p for p in provinces if p["era"] == str(basis)]
            for year in years:
                scores = sorted(((0.3 + 0.5 * _u(p["province_id"], year), p) for p in group),
                                key=lambda t: -t[0])
                for rank, (score, p) in enumerate(scores, start=1):
                    pillars = [round(score * (0.8 + 0.4 * _u(p["province_id"], year, k)), 4) for k in range(3)]
                    conn.execute("insert into marts.rpt_dti_ranking values (%s,%s,%s,%s,%s,%s,%s,%s,%s)",
                                 (p["province_id"], p["name_vi"], year, basis, rank, round(score, 4), *pillars))
                    conn.execute("insert into marts.fct_indicator_value values (%s,'dti_score',%s,%s,'score',1)",
                                 (p["province_id"], year, round(score, 4)))
                    for code, _, _, unit in INDICATORS[1:]:
                        value = round(40 + 55 * _u(p["province_id"], year, code) + 2 * (year - 2020), 1)
                        conn.execute("insert into marts.fct_indicator_value values (%s,%s,%s,%s,%s,1)",
                                     (p["province_id"], code, year, min(value, 100.0), unit))
        conn.execute("""
            insert into marts.rpt_province_scorecard
            select r.province_id, r.name_vi, r.ranking_basis, r.period_year, r.dti_rank, r.dti_score,
                   ops.value, inet.value, 4
            from marts.rpt_dti_ranking as r
            left join marts.fct_indicator_value as ops on ops.province_id = r.province_id
              and ops.period_year = r.period_year and ops.indicator_code = 'online_public_service_rate'
            left join marts.fct_indicator_value as inet on inet.province_id = r.province_id
              and inet.period_year = r.period_year and inet.indicator_code = 'internet_user_rate'
        """)
        for i in range(12):
            suite = ("pages", "articles", "facts")[i % 3]
            conn.execute(
                "insert into audit.validation_runs values (%s,%s, now() - make_interval(hours => %s),"
                " %s,%s,%s,%s)",
                (f"demo/2025-0{1 + i // 3}-01", suite, 6 * i, i % 5 != 3, 100 + 7 * i,
                 0 if i % 5 != 3 else 4, 0.0 if i % 5 != 3 else 4 / (100 + 7 * i)))
        conn.execute("grant usage on schema marts, audit to bi_reader")
        conn.execute("grant select on all tables in schema marts, audit to bi_reader")
    return database


if __name__ == "__main__":
    print(build(sys.argv[1] if len(sys.argv) > 1 else "scratch_bi"))
