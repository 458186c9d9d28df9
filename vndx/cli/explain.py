"""``vndx explain PROVINCE INDICATOR YEAR [--json]``: where a consolidated value comes from.

Reads the mart ``marts.rpt_value_provenance`` (as the warehouse owner, like ``vndx facts``) and
prints, for each province entity the slug names in that year (a slug such as ``bac-ninh`` can name
a 63-era and a 34-era province), the selected value, the rule that selected it, and every
observation of the key: selected first, then agreeing, then conflicting; each with its evidence
sentence, the document's URL, title, date and publisher, and the raw capture's id (WARC file and
offset, or the content hash of a page landed before the WARC archive).

PROVINCE is a slug (``bac-giang``) or an entity id (``bac-giang@63``). Exit code 1 when there is
no such value (or no mart yet).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from typing import Any

MART = "marts.rpt_value_provenance"

COLUMNS = (
    "province_id", "province_slug", "province_name_vi", "era_provinces", "indicator_code", "period_year",
    "consolidated_value", "consolidated_unit", "selection_rule", "has_conflict", "n_observations",
    "observation_role", "fact_id", "value", "unit", "out_of", "qualifier", "evidence", "document_url",
    "document_title", "published_at", "published_basis", "publisher", "source_id", "source_kind",
    "capture_id",
)

_ROLE_ORDER = "case observation_role when 'selected' then 0 when 'agreeing' then 1 else 2 end"

SQL = f"""
select {", ".join(COLUMNS)}
from {MART}
where (province_slug = %(province)s or province_id = %(province)s)
  and indicator_code = %(indicator)s and period_year = %(year)s
order by province_id, {_ROLE_ORDER}, published_at desc nulls last, fact_id
"""


def provenance_rows(province: str, indicator: str, year: int, url: str | None = None) -> list[dict[str, Any]]:
    """The mart's rows for one key (every province entity the slug names), selected first."""
    from vndx.warehouse.db import connect  # noqa: PLC0415 - `vndx explain -h` needs no driver

    with connect(url) as conn:
        rows = conn.execute(SQL, {"province": province, "indicator": indicator, "year": year}).fetchall()
    return [dict(zip(COLUMNS, row, strict=True)) for row in rows]


def _number(value: float | None, out_of: int | None = None) -> str:
    if value is None:
        return "?"
    text = f"{int(value):,}" if value == int(value) else f"{value:,.6f}".rstrip("0").rstrip(".")
    return f"{text}/{out_of}" if out_of else text


def format_explanation(rows: list[dict[str, Any]]) -> str:
    """The human-readable chain: value, rule, then each observation with its evidence."""
    lines: list[str] = []
    by_entity: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        by_entity.setdefault(row["province_id"], []).append(row)
    for entity, obs in by_entity.items():
        head = obs[0]
        selected = next((o for o in obs if o["observation_role"] == "selected"), head)
        n_conflicting = sum(o["observation_role"] == "conflicting" for o in obs)
        if lines:
            lines.append("")
        lines.append(
            f"{head['indicator_code']} {head['period_year']}, {head['province_name_vi'] or entity} "
            f"({entity}, {head['era_provinces']}-province era)"
        )
        lines.append(
            f"value: {_number(head['consolidated_value'], selected['out_of'])} {head['consolidated_unit'] or ''}"
            f"  (rule: {head['selection_rule']}; {head['n_observations']} observation(s), "
            + (f"CONFLICT: {n_conflicting} disagree)" if head["has_conflict"] else "no conflict)")
        )
        for o in obs:
            lines.append("")
            qualifier = f" ({o['qualifier']})" if o["qualifier"] else ""
            lines.append(f"  [{o['observation_role']}] {_number(o['value'], o['out_of'])} {o['unit'] or ''}"
                         f"{qualifier}  fact {o['fact_id']}")
            lines.append(f"    evidence:  {o['evidence']}")
            lines.append(f"    url:       {o['document_url']}")
            if o["document_title"]:
                lines.append(f"    title:     {o['document_title']}")
            published = o["published_at"].isoformat() if o["published_at"] else "unknown"
            basis = f" ({o['published_basis']})" if o["published_basis"] else ""
            lines.append(f"    published: {published}{basis}")
            lines.append(f"    source:    {o['publisher'] or '(not in the registry)'} "
                         f"[{o['source_id']}, {o['source_kind']}]")
            lines.append(f"    capture:   {o['capture_id'] or '(unknown)'}")
    return "\n".join(lines)


def _json_default(value: object) -> str:
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    raise TypeError(type(value).__name__)


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="vndx explain", description="Where a consolidated value comes from.")
    p.add_argument("province", help="province slug (bac-giang) or entity id (bac-giang@63)")
    p.add_argument("indicator", help="indicator code (see dbt_project/seeds/indicators.csv), e.g. dti_rank")
    p.add_argument("year", type=int, help="the year the value refers to")
    p.add_argument("--json", action="store_true", help="one JSON object per observation instead of text")
    return p


def main(argv: list[str] | None = None, url: str | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        rows = provenance_rows(args.province, args.indicator, args.year, url)
    except Exception as exc:  # no marts yet is the common case: say what to do
        print(f"vndx explain: cannot read {MART}: {exc}\nrun `make run` first", file=sys.stderr)
        return 1
    if not rows:
        print(f"vndx explain: no consolidated value for {args.province} {args.indicator} {args.year}",
              file=sys.stderr)
        return 1
    if args.json:
        for row in rows:
            print(json.dumps(row, ensure_ascii=False, default=_json_default))
    else:
        print(format_explanation(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
