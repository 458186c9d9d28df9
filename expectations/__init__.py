"""Great Expectations 1.x validation of landed pages, parsed articles and extracted facts.

A leaf package: it imports nothing from `vndx` and touches no database. One module per dataset
(`pages`, `articles`, `facts`) builds its `Suite` from the data it is given (the facts suite from a
`FactReference`: catalog, provinces per era, the merger rule); `context` builds the ephemeral GX
context once per process and Data Docs folder; `runner.validate_rows` validates one batch's rows
and says which rows failed which expectations; `runner.build_data_docs` renders the Data Docs of a
run's batches once (validating a batch does not touch them). Reading the batch and recording the outcome
(quarantine, audit, drift) is the application's: `vndx.pipeline.validation`.
Importing this package does not import GX (Airflow parses DAGs without it).
"""
