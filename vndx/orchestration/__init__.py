"""Airflow for vndx: its settings (one source for every deployment), bootstrap and local processes."""
