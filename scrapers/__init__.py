"""Scrapers: one shared core (fetcher, discovery, landing) and per-source configuration (YAML)."""
