-- Nguồn số liệu: each consolidated value with its selected, agreeing and conflicting observations
-- (evidence sentence, document URL, publisher, WARC capture); conflicts first.
select
    case when provenance.has_conflict then 'CÓ XUNG ĐỘT' else 'không' end as "Xung đột",
    provenance.province_name_vi as "Tỉnh/thành",
    indicators.name_vi as "Chỉ tiêu",
    provenance.period_year as "Năm",
    provenance.consolidated_value as "Giá trị tổng hợp",
    case provenance.observation_role
        when 'selected' then 'được chọn' when 'agreeing' then 'khớp' else 'mâu thuẫn'
    end as "Vai trò quan sát",
    provenance.value as "Giá trị quan sát",
    provenance.evidence as "Câu trích dẫn",
    provenance.document_url as "Địa chỉ bài viết",
    provenance.publisher as "Nguồn",
    provenance.published_at as "Ngày đăng",
    provenance.capture_id as "Bản lưu (WARC)"
from marts.rpt_value_provenance as provenance
left join marts.dim_indicator as indicators
    on provenance.indicator_code = indicators.indicator_code
order by provenance.has_conflict desc, provenance.province_name_vi, provenance.indicator_code,
    provenance.period_year, provenance.is_selected desc
