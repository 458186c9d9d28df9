"""The fact record every extractor (and the scrapers' table parser) emits."""

from __future__ import annotations

from dataclasses import asdict, dataclass

EXTRACTOR_VERSION = "vndx-rules-2.27"


@dataclass(slots=True)
class Fact:
    doc: str
    province: str
    indicator: str
    period: int
    value: float
    unit: str
    out_of: int | None
    qualifier: str | None
    evidence: str
    char_start: int | None  # offsets of the evidence in the text; None when it is not there (a page's title)
    char_end: int | None
    extractor_version: str = EXTRACTOR_VERSION
    source_url: str | None = None
    published: str | None = None

    def to_dict(self) -> dict[str, object]:
        """A JSON-serializable dict with exactly the dataclass fields."""
        return asdict(self)
