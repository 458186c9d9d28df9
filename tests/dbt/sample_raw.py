"""A handful of realistic raw documents and facts for the dbt tests (inserted with psycopg)."""

from __future__ import annotations

import datetime as dt
import hashlib

from vndx.warehouse.db import connect

UTC = dt.UTC
LOADED = dt.datetime(2026, 3, 1, 8, 0, tzinfo=UTC)

# doc_id, url, source_id, source_kind, title, published_at, province_slug
DOCUMENTS = [
    ("d_rank_2023", "https://dti.gov.vn/bang-xep-hang/2023", "mic_dti", "ranking",
     "Bảng xếp hạng DTI cấp tỉnh năm 2023", dt.date(2024, 7, 15), None),
    ("d_news_bn", "https://baomoi.example/bac-ninh-chuyen-doi-so.html", "baomoi", "newspaper",
     "Bắc Ninh đẩy mạnh chuyển đổi số", dt.date(2024, 9, 1), None),
    ("d_portal_bn", "https://bacninh.gov.vn/tin/chuyen-doi-so-2025", "bacninh_portal", "portal",
     "Kết quả chuyển đổi số năm 2025", dt.date(2026, 2, 10), "bac-ninh"),
    ("d_news_bg", "https://baobacgiang.example/doanh-nghiep-cong-nghe-so.html", "baobacgiang", "newspaper",
     "Bắc Giang có 300 doanh nghiệp công nghệ số", dt.date(2025, 1, 20), "bac-giang"),
]

# fact_id, doc_id, province_slug, indicator_code, period_year, value, unit, out_of, evidence
FACTS = [
    # Bắc Ninh (63-era) DTI 2023: the ranking page says 9/63, a newspaper says 11 -> conflict.
    ("f_rank_bn", "d_rank_2023", "bac-ninh", "dti_rank", 2023, 9, "rank", 63, "Bắc Ninh xếp thứ 9/63"),
    ("f_rank_hn", "d_rank_2023", "ha-noi", "dti_rank", 2023, 2, "rank", 63, "Hà Nội xếp thứ 2/63"),
    ("f_score_hn", "d_rank_2023", "ha-noi", "dti_score", 2023, 0.6521, "score", None, "Hà Nội đạt 0,6521"),
    ("f_news_bn", "d_news_bn", "bac-ninh", "dti_rank", 2023, 11, "rank", 63,
     "DTI năm 2023 của tỉnh xếp thứ 11/63 tỉnh, thành phố"),
    ("f_news_bn_ent", "d_news_bn", "bac-ninh", "digital_enterprise_count", 2024, 500, "count", None,
     "toàn tỉnh có 500 doanh nghiệp công nghệ số"),
    ("f_news_bn_net", "d_news_bn", "bac-ninh", "internet_user_rate", 2024, 85, "percent", None,
     "tỷ lệ người dùng Internet đạt 85%"),
    ("f_news_bn_tthc", "d_news_bn", "bac-ninh", "admin_procedure_count", 2024, 1637, "count", None,
     "đã cung cấp 1.637 thủ tục hành chính"),
    # Bắc Giang (merged into the new Bắc Ninh).
    ("f_bg_ent", "d_news_bg", "bac-giang", "digital_enterprise_count", 2024, 300, "count", None,
     "Bắc Giang có 300 doanh nghiệp công nghệ số"),
    ("f_bg_net", "d_news_bg", "bac-giang", "internet_user_rate", 2024, 80, "percent", None,
     "tỷ lệ người dùng Internet đạt 80%"),
    ("f_bg_tthc", "d_news_bg", "bac-giang", "admin_procedure_count", 2024, 1500, "count", None,
     "cung cấp 1.500 thủ tục hành chính"),
    # The new (34-era) Bắc Ninh, after 1 July 2025.
    ("f_portal_bn_rank", "d_portal_bn", "bac-ninh", "dti_rank", 2025, 5, "rank", 34,
     "DTI năm 2025 của tỉnh xếp thứ 5/34"),
    ("f_portal_bn_dossier", "d_portal_bn", "bac-ninh", "online_dossier_rate", 2025, 70.5, "percent", None,
     "70,5% hồ sơ được tiếp nhận và xử lý trực tuyến"),
    # A slug nobody knows: kept as an observation, flagged unresolved, not consolidated.
    ("f_unknown", "d_news_bn", "atlantis", "internet_user_rate", 2024, 50, "percent", None,
     "tỷ lệ người dùng Internet đạt 50%"),
]


# source_id -> publisher (raw.sources, as the pipeline lands the registry); baobacgiang is left out:
# a source that is no longer registered keeps its rows, without a publisher.
PUBLISHERS = {
    "mic_dti": "Bộ Thông tin và Truyền thông",
    "baomoi": "Báo Mới",
    "bacninh_portal": "Cổng thông tin điện tử tỉnh Bắc Ninh",
}

# doc_id -> (WARC file, offset) of the page's response record; documents not listed have a page
# landed before the WARC archive (no WARC location: their capture id is the content hash).
WARC_CAPTURES = {"d_rank_2023": ("warc/mic_dti/2026-03-01/mic_dti-20260301.warc.gz", 1234)}


def content_sha(doc_id: str) -> str:
    """The (made-up) content hash of the page a sample document was parsed from."""
    return hashlib.sha256(doc_id.encode()).hexdigest()


def insert_sample(url: str, loaded_at: dt.datetime = LOADED) -> None:
    docs = {doc[0]: doc for doc in DOCUMENTS}
    with connect(url) as conn:
        for doc_id, doc_url, source_id, kind, title, published, province in DOCUMENTS:
            conn.execute(
                "insert into raw.documents (doc_id, url, source_id, source_kind, content_sha256, title,"
                " published_at, published_basis, province_slug, body_text, parser_version, batch_id, parsed_at)"
                " values (%s, %s, %s, %s, %s, %s, %s, 'page metadata', %s, %s, 'test', %s, %s)",
                (doc_id, doc_url, source_id, kind, content_sha(doc_id), title, published, province, title,
                 f"{source_id}/2026-03-01", loaded_at),
            )
            warc_file, offset = WARC_CAPTURES.get(doc_id, (None, None))
            conn.execute(
                "insert into raw.pages (content_sha256, first_url, last_url, content_type, bytes,"
                " storage_ref, warc_filename, warc_record_offset) values (%s, %s, %s, 'text/html', 100, %s,"
                " %s, %s)",
                (content_sha(doc_id), doc_url, doc_url,
                 f"{warc_file}#{offset}" if warc_file else f"sha256/{content_sha(doc_id)[:2]}/x.gz",
                 warc_file, offset),
            )
        for source_id, publisher in PUBLISHERS.items():
            kind = next(doc[3] for doc in DOCUMENTS if doc[2] == source_id)
            conn.execute(
                "insert into raw.sources (source_id, registry, publisher, source_kind, is_checked)"
                " values (%s, 'test', %s, %s, true)",
                (source_id, publisher, kind),
            )
        for row in FACTS:
            insert_fact(conn, row, docs, loaded_at)
        insert_quality_rows(conn)


def insert_quality_rows(conn) -> None:
    """One batch's fetch attempts (one failed, one 304), a quarantined fact and its validation run."""
    batch = "baomoi/2026-03-01"
    for attempt, status, error in ((1, 503, "http_5xx"), (2, 200, None)):
        conn.execute(
            "insert into raw.fetch_log (batch_id, source_id, url, attempt, requested_at, status, error_class,"
            " bytes, elapsed_ms) values (%s, 'baomoi', %s, %s, %s, %s, %s, 5120, 300)",
            (batch, DOCUMENTS[1][1], attempt, LOADED, status, error),
        )
    conn.execute(  # a page confirmed unchanged: counted apart, not as an error
        "insert into raw.fetch_log (batch_id, source_id, url, attempt, requested_at, status, error_class,"
        " bytes, elapsed_ms) values (%s, 'baomoi', %s, 1, %s, 304, 'not_modified', 0, 20)",
        (batch, DOCUMENTS[0][1], LOADED),
    )
    conn.execute(
        "insert into quarantine.facts (fact_id, batch_id, doc_id, source_id, source_kind, province_slug,"
        " indicator_code, period_year, value, unit, evidence, extractor_version, failed_expectations, reason)"
        " values ('q_bad_rate', %s, 'd_news_bn', 'baomoi', 'newspaper', 'bac-ninh', 'internet_user_rate',"
        " 2024, 185, 'percent', 'đạt 185%%', 'test-1', array['value_in_catalog_range'], 'value 185 > 100')",
        (batch,),
    )
    conn.execute(
        "insert into audit.validation_runs (batch_id, suite, success, evaluated, failed, failing_share)"
        " values (%s, 'facts', false, 5, 1, 0.2)",
        (batch,),
    )


def insert_fact(conn, row, docs=None, loaded_at: dt.datetime = LOADED) -> None:
    docs = docs or {doc[0]: doc for doc in DOCUMENTS}
    fact_id, doc_id, province, indicator, year, value, unit, out_of, evidence = row
    _, doc_url, source_id, kind, _, published, _ = docs[doc_id]
    conn.execute(
        "insert into raw.facts (fact_id, batch_id, doc_id, source_id, source_kind, url, province_slug,"
        " indicator_code, period_year, value, unit, out_of, evidence, char_start, char_end,"
        " extractor_version, published_at, loaded_at)"
        " values (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, 0, %s, 'test-1', %s, %s)",
        (fact_id, f"{source_id}/2026-03-01", doc_id, source_id, kind, doc_url, province, indicator, year,
         value, unit, out_of, evidence, len(evidence), published, loaded_at),
    )
