-- Chất lượng dữ liệu: các lượt kiểm tra (Great Expectations) gần nhất
select
    runs.run_at as "Thời điểm",
    runs.suite as "Bộ kiểm tra",
    runs.batch_id as "Lô",
    runs.success as "Đạt",
    runs.evaluated as "Số dòng kiểm tra",
    runs.failed as "Số dòng lỗi"
from audit.validation_runs as runs
order by runs.run_at desc
limit 200
