"""Choosing an engine for the command line: check Ray is there and join the cluster up front."""

from __future__ import annotations

import importlib.util
import warnings

from eventwire.pipeline import ENGINES, RAY


def prepare(engine: str, address: str | None) -> str | None:
    """Get ``engine`` ready to run (for Ray: connect now); a one-line error message, or None."""
    if engine not in ENGINES:
        return f"--engine: unknown engine {engine!r} ({', '.join(ENGINES)})"
    if engine != RAY:
        return "--ray-address: only with --engine ray" if address else None
    if importlib.util.find_spec("ray") is None:
        return "--engine ray: Ray is not installed (pip install 'eventwire[ray]')"
    from eventwire.scale.ray_engine import connect

    try:
        with warnings.catch_warnings():  # the error below says it in one line
            warnings.simplefilter("ignore")
            connect(address)
    except Exception as exc:  # any Ray start-up or connection error, in one line
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
        where = address or "a local runtime"
        return f"--engine ray: cannot start or join Ray at {where} ({exc.__class__.__name__}: {first})"
    return None
