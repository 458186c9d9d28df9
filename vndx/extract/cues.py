"""Cue words of the binding rules, from ``data/cues.yml`` (folded), as ready regexes."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml

from vndx.extract.text import fold


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(fold(w)).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


@dataclass(frozen=True)
class Cues:
    ordinals: dict[str, int]
    ordinal: re.Pattern[str]  # "xếp thứ tư" -> group "word"
    counted_time: re.Pattern[str]  # before "thứ N": not a rank
    regional_after: re.Pattern[str]
    regional_before: re.Pattern[str]
    scope_subject: re.Pattern[str]  # plain words ("cấp huyện", "khối sở"), on lower-case text
    scope_named: re.Pattern[str]  # a unit word and a capitalised name ("Sở Tư pháp"), on cased text
    aggregate: re.Pattern[str]
    range_from: re.Pattern[str]
    range_to: re.Pattern[str]
    subset_lead: re.Pattern[str]
    national_names: re.Pattern[str]
    list_backref: re.Pattern[str]
    respectively: re.Pattern[str]
    basis_34: re.Pattern[str]
    basis_63: re.Pattern[str]
    as_of_now: re.Pattern[str]
    integration: re.Pattern[str]  # right before a share: "tích hợp 100% ..."


@lru_cache(maxsize=1)
def load_cues() -> Cues:
    data = yaml.safe_load(resources.files("vndx.extract").joinpath("data/cues.yml").read_text("utf-8"))
    ordinals = {fold(k): int(v) for k, v in data["ordinals"].items()}
    plain = _alt([w for w in data["scope_subjects"] if w not in data["scope_named"]])
    return Cues(
        ordinals=ordinals,
        ordinal=re.compile(
            rf"\b(?:{_alt(data['ordinal_rank_cues'])})\s+(?P<word>{_alt(list(ordinals))})\b"
            r"(?!\s*(?:\d|tuoi|nam\b|lan\b|thang|ngay|tru cot|chi so|nhom|linh vuc))"  # "hạng ba trụ cột": a count
        ),
        counted_time=re.compile(rf"\b(?:{_alt(data['counted_time'])})\s+thu\s*$"),
        # "trong nhóm 34 tỉnh" is the whole country after the merger, not a group
        regional_after=re.compile(
            rf"^\s*(?:,\s*)?(?:la\s+)?(?:trong\s+|cua\s+|o\s+)?(?:{_alt(data['regional_after'])})\b(?!\s+(?:63|34)\b)"
        ),
        # also "trong các tỉnh Đồng bằng sông Hồng", "giữa các địa phương vùng Tây Nguyên"
        regional_before=re.compile(
            rf"\b(?:{_alt(data['regional_before'])})\b(?!\s+(?:63|34)\b)|"
            rf"\b(?:trong|giua|o)\s+(?:so\s+)?cac\s+(?:tinh|dia phuong)(?:,?\s+thanh(?:\s+pho)?)?\s+"
            rf"(?:thuoc\s+|o\s+)?(?:{_alt(data['regional_after'])})\b"
        ),
        scope_subject=re.compile(rf"\b(?:{plain})\b"),
        scope_named=re.compile(rf"(?<![A-Za-z])(?i:{_alt(data['scope_named'])})\s+[A-Z]"),
        aggregate=re.compile(rf"\b(?:{_alt(data['aggregate_subjects'])})\b"),
        range_from=re.compile(rf"\b(?:{_alt(data['range_from'])})\s*$"),
        range_to=re.compile(rf"^\s*(?:{_alt(data['range_to'])})\s*(?:muc\s+)?$"),
        subset_lead=re.compile(rf"\b(?:{_alt(data['subset_lead'])})\b"),
        national_names=re.compile(rf"\b(?:{_alt(data['national_names'])})\b"),
        list_backref=re.compile(rf"\b(?:{_alt(data['list_backrefs'])})\b"),
        respectively=re.compile(rf"\b(?:{_alt(data['respectively'])})\b"),
        basis_34=re.compile(rf"\b(?:{_alt(data['basis_34'])})\b"),
        basis_63=re.compile(rf"\b(?:{_alt(data['basis_63'])})\b"),
        as_of_now=re.compile(rf"\b(?:{_alt(data['as_of_now'])})\b"),
        integration=re.compile(rf"\b(?:{_alt(data['integration_verbs'])})\s*$"),
    )
