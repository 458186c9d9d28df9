"""vndx: Vietnam provincial digital-transformation indicators."""

from importlib import metadata

try:
    __version__ = metadata.version("vndx")  # the one version string: pyproject.toml
except metadata.PackageNotFoundError:  # a bare checkout that was never installed
    __version__ = "0+unknown"
