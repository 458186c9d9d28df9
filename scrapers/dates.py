"""Publication dates as Vietnamese sites and feeds write them."""

from __future__ import annotations

import email.utils
import re
from datetime import date, datetime

_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_DMY = re.compile(r"\b(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})\b")


def parse_date(text: str | None) -> date | None:
    """ISO 8601 (sitemaps, Atom, meta tags), RFC 822 (RSS) or dd/mm/yyyy (Vietnamese datelines)."""
    if not text:
        return None
    text = text.strip()
    m = _ISO.search(text)
    if m:
        try:
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            return None
    if re.match(r"^[A-Za-z]{3},", text) or re.search(r"\d{1,2} [A-Za-z]{3} \d{4}", text):
        try:
            parsed = email.utils.parsedate_to_datetime(text)
            if isinstance(parsed, datetime):
                return parsed.date()
        except (TypeError, ValueError):
            pass
    m = _DMY.search(text)
    if m:
        try:
            return date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        except ValueError:
            return None
    return None
