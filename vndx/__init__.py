"""vndx: Vietnam provincial digital-transformation indicators."""
__version__ = "0.1.0"
