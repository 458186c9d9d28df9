"""When a DAG run publishes its validated facts (the asset `vndx_validated_facts`), and what the
asset event says.

Each run of `vndx_pipeline` or `vndx_reprocess` emits the asset at most once, after every validate
task, so one pipeline run starts one `vndx_transform` run, and that run sees every source of the
pipeline run: `publish_validated_facts` (all_success) when every source got through, else
`publish_despite_failures` (all_done; it skips when nothing failed) for those that did. It publishes when at
least one of the run's batches passed validation *in this attempt of the run* and had something
to validate (pages parsed into articles, or fact candidates): that batch replaced its rows in
`raw.facts` / `quarantine.facts`, so the marts may change. Otherwise (every source failed, nothing
was parsed, or every batch's inputs were unchanged since its recorded validation, which then
writes nothing: `vndx.pipeline.validation`) there is no event and the task is skipped, saying
why: no marts rebuild for nothing.

"This attempt" is read from `audit.batch_stages` (the validate stage's `finished_at`) against the
DAG run's start: Airflow restarts a finished run when some of its tasks are cleared, and gives it
a new start date. So re-running a failed source (`airflow tasks clear --only-failed --downstream`
clears the failed and upstream-failed tasks: publish_validated_facts is one of them) publishes
once more if that source now validates (only its batch: the others were published before), and
a backfill of N dates publishes at most N times. The clocks compared are the warehouse's and the
Airflow scheduler's (the same host, or NTP-synchronised hosts, in every deployment here).
"""

from __future__ import annotations

import datetime as dt
import logging

log = logging.getLogger(__name__)

# Per batch validated in this attempt: how many articles and fact candidates it validated.
VALIDATED_IN_ATTEMPT = """
select bs.batch_id,
       coalesce(sum(vr.evaluated) filter (where vr.suite = 'articles'), 0) as articles,
       coalesce(sum(vr.evaluated) filter (where vr.suite = 'facts'), 0) as facts
from audit.batch_stages as bs
left join audit.validation_runs as vr on vr.batch_id = bs.batch_id
    -- a suite whose inputs were unchanged kept its earlier run (run_at): nothing new from it
    and (%(since)s::timestamptz is null or vr.run_at >= %(since)s::timestamptz)
where bs.batch_id = any(%(batches)s) and bs.stage = 'validate' and bs.status = 'ok'
  and (%(since)s::timestamptz is null or bs.finished_at >= %(since)s::timestamptz)
group by bs.batch_id
order by bs.batch_id
"""


UNVALIDATED = """
select count(*) from unnest(%(batches)s::text[]) as b(batch_id)
where not exists (select 1 from audit.batch_stages as bs
                  where bs.batch_id = b.batch_id and bs.stage = 'validate' and bs.status = 'ok')
"""


def what_to_publish(conn, batch_ids: list[str], since: dt.datetime | None, *,
                    complete: bool = True) -> tuple[dict | None, str]:
    """(the asset event's extra: the batches it covers and their counts, "") when the run has
    something to publish, else (None, why not). `since`: the start of this attempt of the DAG
    run (None: any validation of these batches counts). `complete=False` is the all_done task's
    question: it publishes only when some batch of the run has not passed validation (else the
    all_success task, which then runs, publishes)."""
    batch_ids = list(batch_ids)
    if not complete:
        unvalidated = conn.execute(UNVALIDATED, {"batches": batch_ids}).fetchone()[0]
        if not unvalidated:
            return None, "every batch of the run passed validation: publish_validated_facts publishes"
    rows = conn.execute(VALIDATED_IN_ATTEMPT, {"batches": batch_ids, "since": since}).fetchall()
    published = [(batch_id, articles, facts) for batch_id, articles, facts in rows if articles or facts]
    if not published:
        why = (f"{len(rows)} of {len(batch_ids)} batches validated since the run (re)started at {since},"
               " none with articles or facts validated anew (unchanged ones keep their recorded validation):"
               " nothing new for the marts")
        log.info(why)
        return None, why
    return {
        "batches": [b for b, _, _ in published],
        "articles": sum(a for _, a, _ in published),
        "fact_candidates": sum(f for _, _, f in published),
        "batches_in_run": len(batch_ids),
    }, ""
