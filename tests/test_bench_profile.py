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


def test_stage_clock_times_a_recursive_stage_once_and_puts_the_function_back() -> None:
    prof = _bench()
    import types

    mod = types.ModuleType("stages_under_test")

    def walk(n: int) -> int:
        return 0 if n == 0 else 1 + mod.walk(n - 1)

    mod.walk = walk
    clock = prof.StageClock()
    with clock.timing([("walk", mod, "walk")]):
        assert mod.walk is not walk
        assert mod.walk(3) == 3
    assert mod.walk is walk
    assert clock.calls == {"walk": 4}
    assert list(clock.cpu) == ["walk"]  # one timed span: the outer call
    assert walk(2) == 2 and clock.calls == {"walk": 4}  # put back: no longer counted


def test_stage_clock_puts_functions_back_when_the_block_fails() -> None:
    prof = _bench()

    class Box:
        def size(self) -> int:
            return 1

    original = Box.__dict__["size"]
    clock = prof.StageClock()
    try:
        with clock.timing([("size", Box, "size")]):
            assert Box().size() == 1
            raise RuntimeError("stop")
    except RuntimeError:
        pass
    assert Box.__dict__["size"] is original and clock.calls == {"size": 1}


def test_stage_lines_indent_by_nesting_and_skip_stages_not_called() -> None:
    prof = _bench()
    clock = prof.StageClock()
    clock.cpu = {"update": 0.64, "update/events": 0.32}
    clock.calls = {"update": 1, "update/events": 2}
    lines = clock.lines(32, ["store", "update", "update/events"])
    assert lines == ["   20.00 ms      1  update", "   10.00 ms      2    events"]


def test_every_stage_names_a_function_of_the_code() -> None:
    prof = _bench()
    owners = prof.stage_owners(prof.STAGES)
    assert len(owners) == len(prof.STAGES)
    for _label, owner, name in owners:
        assert callable(owner.__dict__[name])


def test_budgets_set_the_fuse_budgets_and_put_them_back() -> None:
    prof = _bench()
    from eventwire.fuse import candidates as cands
    from eventwire.fuse import stories

    before = (cands.MAX_CANDIDATES, cands.LOADED_CANDIDATES, stories.RETRIEVED)
    with prof.budgets(["candidates.MAX_CANDIDATES=7", "stories.RETRIEVED=3"]):
        assert (cands.MAX_CANDIDATES, cands.LOADED_CANDIDATES, stories.RETRIEVED) == (7, 14, 3)
    assert (cands.MAX_CANDIDATES, cands.LOADED_CANDIDATES, stories.RETRIEVED) == before
    for bad in (["candidates.NEAR_DAYS=3"], ["stories.RETRIEVED=many"]):
        try:
            with prof.budgets(["candidates.MAX_LOADED=5", *bad]):
                raise AssertionError("an unknown budget or value was set")
        except ValueError:
            pass
        assert cands.MAX_LOADED != 5


def test_pair_bands_place_each_new_pair_by_what_its_score_decides() -> None:
    prof = _bench()
    owner = {"n1": "e9", "s1": "e1", "s2": "e2", "s3": "e3", "s4": "e4"}
    ranks = {"n1": {"e9": 0, "e1": 4, "e2": 1, "e3": 7}}
    scores = {("n1", "s1"): 0.9, ("s2", "n1"): 0.35, ("n1", "s3"): 0.1,
              ("n1", "s4"): 0.8, ("s1", "s2"): 0.7}
    bands = prof.pair_bands(scores, {"n1"}, owner, ranks, linked=0.5, shown=0.3)
    assert bands["linked"] == [4] and bands["shown"] == [1] and bands["below"] == [7]
    assert len(bands["unranked"]) == 1 and len(bands["stored"]) == 1
    assert prof.quantiles([5, 1, 3]) == "n=3 median=3 p90=5 max=5"
    assert prof.quantiles([]) == "n=0"
