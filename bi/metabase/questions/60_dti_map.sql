-- Bản đồ DTI theo tỉnh: one row per map area (the 63 former provinces, ISO 3166-2) for the year of the
-- dashboard filter "Năm (bản đồ)", or the latest year; a 34-basis year colours each former province
-- with the value of the 2025 province it merged into (marts.rpt_dti_map).
select
    map.iso_3166_2 as "ISO 3166-2",
    map.area_name_vi as "Địa bàn (63 tỉnh cũ)",
    map.name_vi as "Tỉnh/thành",
    map.period_year as "Năm",
    map.ranking_basis as "Cơ sở (số tỉnh)",
    map.dti_score as "Điểm DTI",
    map.dti_rank as "Thứ hạng DTI"
from marts.rpt_dti_map as map
where map.period_year = (
    select max(chosen.period_year) from marts.rpt_dti_map as chosen
    where true [[and chosen.period_year = {{year}}]]
)
