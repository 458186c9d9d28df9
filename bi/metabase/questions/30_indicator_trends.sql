-- Xu hướng chỉ tiêu (%) của tỉnh được chọn ({{province}}: the dashboard's province filter)
select
    fact.period_year as "Năm",
    indicator.name_vi as "Chỉ tiêu",
    max(fact.value) as "Giá trị"
from marts.fct_indicator_value as fact
inner join marts.dim_province as province on province.province_id = fact.province_id
inner join marts.dim_indicator as indicator on indicator.indicator_code = fact.indicator_code
where indicator.unit = 'percent'
  and province.name_vi = {{province}}
group by fact.period_year, indicator.name_vi
order by fact.period_year, indicator.name_vi
