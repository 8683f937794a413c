"""Load benchmark: C concurrent loopback clients against `eventwire serve` for D seconds.

Builds a store of N synthetic fused events with ``bench_queries.build_store``
(or uses ``--db``), starts ``eventwire serve --workers W`` on a free loopback
port (or targets ``--url``, which must be a loopback address), then runs C
closed-loop clients (each sends its next request when the previous answer
arrived, over a keep-alive connection) for D seconds or until ``--max-requests``
answers. Requests are drawn (seeded) from a pool of list pages, filtered
lists, detail pages and API calls, with a Zipf-like popularity. Prints
requests/s, error count and latency percentiles; ``--json`` writes them.
Bounded in time (``--duration``, per-request ``--timeout``) and count.

    .venv/bin/python bench/bench_load.py [--events 100000] [--clients 200] [--duration 60]
                                         [--workers 1] [--db FILE] [--url http://127.0.0.1:PORT]
"""

from __future__ import annotations

import argparse
import asyncio
import ipaddress
import json
import os
import random
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

SEED = 11
POOL = 600  # distinct URLs in the request mix
PAGE = 50
START_TIMEOUT = 120.0
TYPES = ("CONSULT", "ACCUSE", "ASSAULT", "REQUEST", "AGREE", "SUPPORT", "THREATEN")
COUNTRIES = ("USA", "RUS", "UKR", "CHN", "IND", "PAK", "ISR", "IRN")


def url_pool(n_events: int, n_stories: int, actors: list[str], size: int, seed: int
             ) -> list[str]:
    """A seeded pool of request paths: home, lists (paged, filtered), details, API calls."""
    rng = random.Random(seed)
    deep = max(1, n_events // PAGE)

    def offset() -> int:
        """A page offset, mostly near the start."""
        return PAGE * min(deep - 1, int(rng.paretovariate(1.2)) - 1)

    makers = [
        lambda: "/",
        lambda: f"/events?offset={offset()}",
        lambda: f"/events?type={rng.choice(TYPES)}&offset={offset()}",
        lambda: f"/events?country={rng.choice(COUNTRIES)}",
        lambda: f"/events/e{rng.randint(1, n_events)}",
        lambda: f"/stories?offset={offset() % max(PAGE, n_stories)}",
        lambda: f"/stories/s{rng.randint(1, n_stories)}",
        lambda: "/actors",
        lambda: f"/actors/{rng.choice(actors[:40])}",
        lambda: "/promises?status=open",
        lambda: f"/api/events?limit=50&offset={offset()}",
        lambda: f"/api/events?type={rng.choice(TYPES)}&limit=20",
        lambda: f"/api/events/e{rng.randint(1, n_events)}",
        lambda: f"/api/stories?offset={offset() % max(PAGE, n_stories)}",
        lambda: "/api/actors",
        lambda: f"/api/actors/{rng.choice(actors[:40])}",
        lambda: "/api/promises?limit=50",
        lambda: f"/api/search?q={rng.choice(('drone', 'talks', 'report', 'week'))}",
    ]
    seen: dict[str, None] = {}
    while len(seen) < size:
        seen[rng.choice(makers)()] = None
    return list(seen)


def loopback_only(url: str) -> tuple[str, int]:
    """(host, port) of a loopback http URL, or SystemExit."""
    parts = urlsplit(url)
    if parts.scheme != "http" or not parts.hostname:
        raise SystemExit(f"--url {url}: give http://HOST:PORT on a loopback address")
    addrs = {ipaddress.ip_address(info[4][0])
             for info in socket.getaddrinfo(parts.hostname, parts.port or 80)}
    if not all(a.is_loopback for a in addrs):
        raise SystemExit(f"--url {url}: not a loopback address (this benchmark stays local)")
    return parts.hostname, parts.port or 80


async def _read_answer(reader: asyncio.StreamReader) -> tuple[int, bool]:
    """(status, keep-alive) of one HTTP/1.1 answer, its body read and dropped."""
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split(" ", 2)[1])
    headers = {k.strip().lower(): v.strip() for k, _, v in
               (line.partition(":") for line in lines[1:] if line)}
    if headers.get("transfer-encoding", "").lower() == "chunked":
        while True:
            size = int((await reader.readline()).split(b";")[0], 16)
            await reader.readexactly(size + 2)
            if size == 0:
                break
    else:
        await reader.readexactly(int(headers.get("content-length", "0")))
    return status, headers.get("connection", "").lower() != "close"


async def client(host: str, port: int, paths: list[str], weights: list[float],
                 rng: random.Random, deadline: float, budget: list[int], timeout: float,
                 results: list[tuple[float, int, str]]) -> None:
    """One closed-loop client over a keep-alive connection (reconnecting when closed)."""
    conn: tuple[asyncio.StreamReader, asyncio.StreamWriter] | None = None
    while time.monotonic() < deadline and budget[0] > 0:
        budget[0] -= 1
        path = rng.choices(paths, weights)[0]
        t0 = time.perf_counter()
        try:
            if conn is None:
                conn = await asyncio.wait_for(asyncio.open_connection(host, port), timeout)
            reader, writer = conn
            writer.write(f"GET {path} HTTP/1.1\r\nHost: {host}:{port}\r\n"
                         "Accept: */*\r\n\r\n".encode())
            status, keep = await asyncio.wait_for(_read_answer(reader), timeout)
            if not keep:
                writer.close()
                conn = None
        except (OSError, asyncio.IncompleteReadError, ValueError) as exc:
            status = 0
            path = f"{path} ({exc.__class__.__name__})"
            if conn:
                conn[1].close()
            conn = None
        results.append((time.perf_counter() - t0, status, path))
    if conn:
        conn[1].close()


async def run_load(host: str, port: int, paths: list[str], clients: int, duration: float,
                   max_requests: int, timeout: float, seed: int) -> tuple[list, float]:
    """Run the clients; return (results, elapsed seconds)."""
    weights = [1.0 / (i + 1) ** 0.8 for i in range(len(paths))]
    results: list[tuple[float, int, str]] = []
    budget = [max_requests]
    t0 = time.monotonic()
    await asyncio.gather(*(client(host, port, paths, weights, random.Random(seed + i),
                                  t0 + duration, budget, timeout, results)
                           for i in range(clients)))
    return results, time.monotonic() - t0


def percentile(values: list[float], p: float) -> float:
    """The p-th percentile (nearest rank) of sorted ``values``."""
    if not values:
        return 0.0
    return values[min(len(values) - 1, max(0, round(p / 100 * len(values)) - 1))]


def summary(results: list[tuple[float, int, str]], elapsed: float) -> dict[str, Any]:
    """Counts, rate and latency percentiles (seconds) of a run."""
    times = sorted(r[0] for r in results)
    errors = [r for r in results if r[1] != 200]
    return {"requests": len(results), "seconds": round(elapsed, 1),
            "requests_per_s": round(len(results) / elapsed, 1) if elapsed else 0.0,
            "errors": len(errors), "error_examples": sorted({f"{r[1]} {r[2]}"
                                                            for r in errors})[:10],
            **{f"p{p}_s": round(percentile(times, p), 3) for p in (50, 90, 99)},
            "max_s": round(times[-1], 3) if times else 0.0,
            "slowest": [f"{r[0]:.2f}s {r[2]}" for r in sorted(results, reverse=True)[:8]]}


def event_loop_run() -> Any:
    """``uvloop.run`` when uvloop is installed (less client CPU per request), else
    ``asyncio.run``."""
    try:
        import uvloop
    except ImportError:
        return asyncio.run
    return uvloop.run


def free_port() -> int:
    """A free TCP port on 127.0.0.1."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(db: str, workers: int, port: int) -> subprocess.Popen:
    """`eventwire serve` on 127.0.0.1:port, once it answers."""
    cmd = [sys.executable, "-m", "eventwire.cli", "serve", "--db", db, "--port", str(port),
           "--workers", str(workers)]
    proc = subprocess.Popen(cmd, start_new_session=True)
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"server exited with {proc.returncode}")
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/api/stories?limit=1", timeout=5)
            return proc
        except OSError:
            time.sleep(0.5)
    stop_server(proc)
    raise SystemExit("server did not answer in time")


def stop_server(proc: subprocess.Popen) -> None:
    """Stop the server process group started by ``start_server``."""
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(20)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()


def store_shape(db: str) -> tuple[int, int, list[str]]:
    """(events, stories, actor ids by number of events) of a store."""
    from eventwire.fuse import queries
    from eventwire.store import Store
    from eventwire.views import data

    store = Store(db)
    try:
        actors = [a["id"] for a in queries.list_actors(store, limit=100)]
        return queries.count_events(store), data.count_stories(store), actors
    finally:
        store.close()


def main(argv: list[str] | None = None) -> int:
    """Build or open the store, serve it (unless --url), run the load, print the summary."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--db", help="SQLite file or store URL (built when missing)")
    ap.add_argument("--url", help="an already running server on a loopback address")
    ap.add_argument("--workers", type=int, default=1, help="server processes (default 1)")
    ap.add_argument("--clients", type=int, default=200)
    ap.add_argument("--duration", type=float, default=60.0, help="seconds (at most 600)")
    ap.add_argument("--max-requests", type=int, default=1_000_000)
    ap.add_argument("--timeout", type=float, default=30.0, help="seconds per request")
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--json", help="also write the summary to this file")
    args = ap.parse_args(argv)
    duration = min(max(args.duration, 1.0), 600.0)
    sys.path.insert(0, str(Path(__file__).parent))
    from bench_queries import build_store

    from eventwire.store import Store

    db = args.db or str(Path(tempfile.mkdtemp(prefix="eventwire-load-")) / "load.db")
    if "://" not in db and not Path(db).exists():
        store = Store(db)
        t0 = time.perf_counter()
        build_store(store, args.events, SEED)
        store.close()
        print(f"built {args.events} events in {time.perf_counter() - t0:.1f} s ({db})")
    n_events, n_stories, actors = store_shape(db)
    paths = url_pool(n_events, n_stories, actors or ["none"], POOL, args.seed)
    proc = None
    if args.url:
        host, port = loopback_only(args.url)
    else:
        host, port = "127.0.0.1", free_port()
        proc = start_server(db, args.workers, port)
    try:
        results, elapsed = event_loop_run()(run_load(host, port, paths, args.clients, duration,
                                                     args.max_requests, args.timeout, args.seed))
    finally:
        if proc is not None:
            stop_server(proc)
    report = {"events": n_events, "clients": args.clients, "workers": args.workers,
              "distinct_urls": len(paths), **summary(results, elapsed)}
    print(json.dumps(report, indent=1))
    if args.json:
        Path(args.json).write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    return 0 if report["errors"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
