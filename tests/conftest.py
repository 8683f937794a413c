"""Shared fixtures: paths, a real PostgreSQL server started for the tests."""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "src" / "eventwire" / "data" / "samples"


def _free_port() -> int:
    """A free TCP port on the loopback interface."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _pg_bin() -> Path | None:
    """The directory of the PostgreSQL server binaries, if installed."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


@pytest.fixture()
def store(tmp_path: Path) -> Iterator[object]:
    """A fresh SQLite store file (modules that need another store define their own)."""
    from eventwire.store import Store

    st = Store(str(tmp_path / "store.db"))
    yield st
    st.close()


@pytest.fixture(scope="session")
def samples_dir() -> Path:
    """The bundled sample corpus."""
    return SAMPLES


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """A real PostgreSQL server in a temporary directory; yields its SQLAlchemy URL."""
    bindir = _pg_bin()
    if bindir is None:
        pytest.skip("PostgreSQL server binaries not installed (make install adds them)")
    base = Path(tempfile.mkdtemp(prefix="eventwire-pg-"))
    data = base / "data"
    as_user: list[str] = []
    if os.geteuid() == 0:  # initdb refuses to run as root: use the postgres system user
        as_user = ["runuser", "-u", "postgres", "--"]
        shutil.chown(base, "postgres")
        base.chmod(0o755)
    port = _free_port()
    subprocess.run([*as_user, str(bindir / "initdb"), "-D", str(data), "-U", "eventwire",
                    "--auth=trust", "-E", "UTF8"], check=True, capture_output=True)
    subprocess.run([*as_user, str(bindir / "pg_ctl"), "-D", str(data), "-w", "-l",
                    str(base / "log"), "-o", f"-p {port} -k {base} -c listen_addresses=127.0.0.1",
                    "start"], check=True, capture_output=True)
    try:
        deadline = time.time() + 20
        while True:
            probe = subprocess.run([*as_user, str(bindir / "createdb"), "-h", str(base), "-p",
                                    str(port), "-U", "eventwire", "eventwire"],
                                   capture_output=True)
            if probe.returncode == 0 or time.time() > deadline:
                break
            time.sleep(0.3)
        yield f"postgresql+psycopg://eventwire@127.0.0.1:{port}/eventwire"
    finally:
        subprocess.run([*as_user, str(bindir / "pg_ctl"), "-D", str(data), "-m", "fast", "stop"],
                       capture_output=True)
        shutil.rmtree(base, ignore_errors=True)


@pytest.fixture(scope="module")
def cli():
    """Invoke the CLI in-process (the spaCy model loads once per test module)."""
    from typer.testing import CliRunner

    from eventwire.cli import register_subcommands

    runner = CliRunner()
    app = register_subcommands()

    def invoke(*args: str, input: str | None = None):
        return runner.invoke(app, list(args), input=input, catch_exceptions=False)

    return invoke
