"""The ingest profiler's sample shares and its update fingerprint's timestamp masking."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[1] / "bench" / "profile_ingest.py"


def _bench():
    sys.path.insert(0, str(BENCH.parent))
    try:
        spec = importlib.util.spec_from_file_location("profile_ingest_test", BENCH)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(str(BENCH.parent))
    return module


def test_shares_count_a_recursive_function_once_per_sample() -> None:
    prof = _bench()
    walk, main, read = ("tree.py", "walk"), ("run.py", "main"), ("db.py", "read")
    samples = [[walk, walk, main], [read, walk, main], [main], []]
    inclusive, own = prof.shares(samples)
    assert inclusive[walk] == 2 and inclusive[main] == 3 and inclusive[read] == 1
    assert own[walk] == 1 and own[read] == 1 and own[main] == 1


def test_digest_ignores_the_update_clock_but_not_the_dates() -> None:
    prof = _bench()
    a = [("e1", '{"date": "2024-03-05", "updated_at": "2026-12-07T04:01:02+00:00"}')]
    b = [("e1", '{"date": "2024-03-05", "updated_at": "2026-12-07T05:11:59+00:00"}')]
    c = [("e1", '{"date": "2024-03-06", "updated_at": "2026-12-07T04:01:02+00:00"}')]
    assert prof.digest(a) == prof.digest(b)
    assert prof.digest(a) != prof.digest(c)
    assert prof.masked("ran at 2026-12-07T04:01:02Z on 2026-12-07") == "'ran at T on 2026-12-07'"


def test_sampler_records_nothing_while_off() -> None:
    prof = _bench()
    sampler = prof.Sampler(1.0)
    sampler.handler(0, sys._getframe())
    assert sampler.samples == []
    sampler.on = True
    sampler.handler(0, sys._getframe())
    assert sampler.samples[0][0] == ("test_bench_profile.py",
                                     "test_sampler_records_nothing_while_off")
