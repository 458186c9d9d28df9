"""When to fetch a known article URL again: the revisit policy of the daily crawl.

Discovery pages (feeds, sitemaps, listings) are fetched on every run; they are how a crawl learns
what is new. An article URL already captured is not: it is fetched again

- when its schedule says so: 1 day after its first capture, then after 2, 4, 8 ... days while it
  stays unchanged, never more than `max_days`; a capture that differs from the one before resets
  the interval to `min_days`;
- at once, whatever its schedule, when discovery shows it changed: a sitemap `lastmod` or a feed
  item's `updated` date other than the one seen at our last fetch (or, with none seen, later than
  our capture's day), or a listing/feed/sitemap showing another title or publication date for it;
- at once when it never landed well (new URL, or every earlier fetch failed) or its last fetch
  failed: failures are retried on the next run, as before this policy existed;
- always when the caller forces a full re-read (`force`).

The clock is the caller's (`now`): the policy never reads the time itself, so tests inject it and
the application decides what "today" is (vndx passes the wall clock, also for backfills of past
dates: a schedule says when we last asked the server, which is a fact of real time, not of the
data interval being crawled). Days are UTC calendar days: a page fetched on day D with interval k
is due from day D + k at any hour, so a daily run a few minutes earlier than yesterday's still
finds it due, and a re-run on the same day finds it not due.

This module holds the decisions only; the state is read and written by `scrapers.landing`
(`raw.url_revisits`) and applied by `scrapers.crawl.crawl_source`.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from scrapers.dates import parse_date
from scrapers.discovery import Link

# Why an article URL is fetched in this run (a crawl summary counts them).
FORCED = "forced"
NEW = "new"  # no state: never fetched
NOT_LANDED = "not_landed"  # fetched before, never a good capture
RETRY = "retry"  # the last fetch failed
DUE = "due"  # the schedule says so
DISCOVERY_CHANGED = "discovery_changed"  # a feed/sitemap/listing shows it changed

# Outcomes of a fetch that count as a good capture (`scrapers.crawl` outcome classes).
GOOD_OUTCOMES = ("ok", "not_modified")


@dataclass(frozen=True)
class RevisitPolicy:
    """The caller's clock and settings. `now` must be timezone-aware (UTC is used for days)."""

    now: datetime
    min_days: int = 1
    max_days: int = 30
    force: bool = False  # a full re-read: every discovered article is fetched (conditional GET)

    def __post_init__(self) -> None:
        if self.now.tzinfo is None:
            raise ValueError("RevisitPolicy.now must be timezone-aware")
        if not 1 <= self.min_days <= self.max_days:
            raise ValueError(f"need 1 <= min_days <= max_days, got {self.min_days}, {self.max_days}")

    @property
    def today(self) -> date:
        return _utc_day(self.now)


@dataclass(frozen=True)
class UrlState:
    """One URL's row of `raw.url_revisits`."""

    url: str
    source_id: str
    last_fetched_at: datetime  # last request (policy clock)
    interval_days: int
    next_due_on: date
    last_outcome: str  # ok | not_modified | the error class of the last fetch
    content_sha256: str | None = None  # last good capture; None: never landed well
    last_good_at: datetime | None = None
    last_changed_at: datetime | None = None
    seen_title: str | None = None  # what discovery showed for the URL at that fetch
    seen_published: date | None = None
    seen_updated: str | None = None


def _utc_day(moment: datetime) -> date:
    offset = moment.utcoffset()
    return (moment - offset).date() if offset else moment.date()


def _norm_title(title: str | None) -> str | None:
    return " ".join(title.split()) if title and title.strip() else None


def discovery_changed(link: Link, state: UrlState) -> bool:
    """Does discovery now show this URL differently from what it showed at our last fetch?"""
    if link.updated:
        if state.seen_updated is not None:
            if link.updated.strip() != state.seen_updated:
                return True
        else:  # nothing seen to compare with: is the stated date after our capture's day?
            stated = parse_date(link.updated)
            captured = state.last_good_at or state.last_fetched_at
            if stated is not None and stated > _utc_day(captured):
                return True
    if link.published and state.seen_published and link.published != state.seen_published:
        return True
    title, seen = _norm_title(link.title), state.seen_title
    return bool(title and seen and title != seen)


def why_fetch(link: Link, state: UrlState | None, policy: RevisitPolicy) -> str | None:
    """The reason to fetch this article URL now, or None: not due, skip it this run."""
    if policy.force:
        return FORCED
    if state is None:
        return NEW
    if state.content_sha256 is None:
        return NOT_LANDED
    if state.last_outcome not in GOOD_OUTCOMES:
        return RETRY
    if discovery_changed(link, state):
        return DISCOVERY_CHANGED
    if state.next_due_on <= policy.today:
        return DUE
    return None


def after_fetch(state: UrlState | None, link: Link, policy: RevisitPolicy, *, source_id: str,
                outcome: str, content_sha256: str | None) -> UrlState:
    """The URL's state after this run's fetch.

    `outcome`: 'ok' (a 200 that landed a usable page), 'not_modified' (a 304 that confirmed the
    last good page) or an error class; `content_sha256`: the page's body for ok/not_modified."""
    now, today = policy.now, policy.today
    seen = {"seen_title": _norm_title(link.title), "seen_published": link.published,
            "seen_updated": link.updated.strip() if link.updated else None}
    if outcome not in GOOD_OUTCOMES or content_sha256 is None:
        # Keep the last good capture and its interval; retry on the next run.
        if state is None:
            return UrlState(link.url, source_id, now, policy.min_days, today, outcome)
        return replace(state, source_id=source_id, last_fetched_at=now, last_outcome=outcome,
                       next_due_on=today)
    changed = state is None or state.content_sha256 != content_sha256
    if changed:
        interval = policy.min_days
        last_changed = now
    else:  # unchanged since the last good capture: wait twice as long, up to the cap
        interval = min(policy.max_days, max(policy.min_days, state.interval_days * 2))
        last_changed = state.last_changed_at
    return UrlState(link.url, source_id, now, interval, today + timedelta(days=interval), outcome,
                    content_sha256, now, last_changed, **seen)
