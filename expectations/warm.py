"""Importing this module imports Great Expectations the way a validation does (analytics off,
its loggers quiet): what a scheduler's task preload imports so that a validate task does not pay
GX's import (~2.5-3 s of CPU on a quiet machine, far more under load). Building the context is
left to the first batch (~0.2 s): it writes to the Data Docs folder, which a preload must not."""

from expectations.context import import_gx

import_gx()
