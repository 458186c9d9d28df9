"""Great Expectations 1.x validation of landed pages, parsed articles and extracted facts.

One module per dataset (`pages`, `articles`, `facts`) holds its suite as code; `context` builds
the ephemeral GX context once per process; `runner` is what the pipeline calls:
`validate_pages`, `validate_articles`, `validate_facts` (-> `ValidationReport`), `data_docs_index`.
Importing this package does not import GX (Airflow parses DAGs without it).
"""
