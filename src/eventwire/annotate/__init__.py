"""Annotation: the spaCy pipeline, the time-aware actor registry and linking, time expressions."""
