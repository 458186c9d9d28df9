-- DTI: thứ hạng và điểm theo tỉnh, năm (editions 2020-2024: 63 provinces; 2025 on: 34 provinces)
select
    ranking.name_vi as "Tỉnh/thành",
    ranking.period_year as "Năm",
    case ranking.ranking_basis when 63 then '63 tỉnh (2020-2024)' when 34 then '34 tỉnh (từ 2025)'
        else 'không rõ cơ sở' end as "Cơ sở xếp hạng",
    ranking.dti_rank as "Thứ hạng DTI",
    ranking.dti_score as "Điểm DTI",
    ranking.digital_government_score as "Chính quyền số",
    ranking.digital_economy_score as "Kinh tế số",
    ranking.digital_society_score as "Xã hội số"
from marts.rpt_dti_ranking as ranking
where ranking.dti_rank is not null or ranking.dti_score is not null
order by ranking.period_year desc, ranking.dti_rank
