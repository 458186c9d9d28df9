-- Bảng điểm tỉnh/thành (one row per province and year)
select
    scorecard.name_vi as "Tỉnh/thành",
    case scorecard.era_provinces when 63 then '63 tỉnh (2020-2024)' when 34 then '34 tỉnh (từ 2025)'
        else 'không rõ cơ sở' end as "Cơ sở",
    scorecard.period_year as "Năm",
    scorecard.dti_rank as "Hạng DTI",
    scorecard.dti_score as "Điểm DTI",
    scorecard.online_public_service_rate as "DVC trực tuyến (%)",
    scorecard.internet_user_rate as "Người dùng Internet (%)",
    scorecard.n_indicators_reported as "Số chỉ tiêu"
from marts.rpt_province_scorecard as scorecard
order by scorecard.period_year desc, scorecard.dti_rank
