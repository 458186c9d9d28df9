-- Schemas of the warehouse. dbt builds staging, intermediate and marts; Python writes the rest.
create schema if not exists raw;
create schema if not exists quarantine;
create schema if not exists audit;
create schema if not exists staging;
create schema if not exists intermediate;
create schema if not exists marts;
