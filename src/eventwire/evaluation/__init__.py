"""Evaluation against public gold data read from ``../shared/eval`` (never shipped)."""
