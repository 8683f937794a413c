"""eventwire: news coverage in, a cross-checked, source-attributed event record out."""

__version__ = "0.1.0"
