"""The matrix kernel setting: --gemm / EVENTWIRE_GEMM select thinc's numpy ops; output unchanged."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from eventwire.annotate import gemm as gemm_module
from eventwire.annotate.gemm import ENV_GEMM, gemm_problem, resolve_gemm
from eventwire.pipeline import Pipeline

SAMPLES = Path(__file__).resolve().parents[1] / "src" / "eventwire" / "data" / "samples"
PROBE = ("from eventwire.annotate.gemm import model_gemm; from eventwire.pipeline import Pipeline; "
         "import sys; p = Pipeline(gemm=sys.argv[1] or None); print(p.gemm, model_gemm(p.load_model()))")


def fresh(args: list[str], gemm_env: str | None = None) -> subprocess.CompletedProcess[str]:
    """Run python ``args`` in a new process, with ``$EVENTWIRE_GEMM`` set or unset."""
    env = {k: v for k, v in os.environ.items() if k != ENV_GEMM}
    if gemm_env is not None:
        env[ENV_GEMM] = gemm_env
    return subprocess.run([sys.executable, *args], capture_output=True, text=True, env=env,
                          check=False)


@pytest.mark.parametrize(("arg", "env", "expected"), [
    ("", None, "blis blis"),
    ("", "numpy", "numpy numpy"),
    ("numpy", "blis", "numpy numpy"),
])
def test_setting_selects_the_kernel_in_a_fresh_process(arg: str, env: str | None,
                                                       expected: str) -> None:
    done = fresh(["-c", PROBE, arg], env)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == expected


def test_bad_values_name_their_source(monkeypatch: pytest.MonkeyPatch) -> None:
    assert gemm_problem("numpy") is None and gemm_problem(None) is None
    with pytest.raises(ValueError, match=r"^--gemm: unknown matrix kernel 'mkl' \(blis, numpy\)$"):
        Pipeline(gemm="mkl", registry={})
    monkeypatch.setattr(gemm_module, "_selected", None)  # no choice made in this process yet
    monkeypatch.setenv(ENV_GEMM, "cuda")
    with pytest.raises(ValueError, match=f"^{ENV_GEMM}: unknown matrix kernel 'cuda'"):
        resolve_gemm()
    assert resolve_gemm("blis") == "blis"  # the option wins over the environment


@pytest.mark.parametrize("command", ["extract", "ingest"])
def test_cli_refuses_a_bad_kernel_in_one_line(command: str, tmp_path: Path) -> None:
    db = tmp_path / "never.db"
    extra = ["--db", str(db)] if command == "ingest" else []
    done = fresh(["-m", "eventwire.cli", command, str(SAMPLES), "--gemm", "fast", *extra])
    assert done.returncode == 1
    assert done.stderr == "eventwire: --gemm: unknown matrix kernel 'fast' (blis, numpy)\n"
    assert not db.exists()
    done = fresh(["-m", "eventwire.cli", command, str(SAMPLES), *extra], gemm_env="mkl")
    assert done.returncode == 1
    assert done.stderr == f"eventwire: {ENV_GEMM}: unknown matrix kernel 'mkl' (blis, numpy)\n"


def test_extract_with_numpy_matches_blis_byte_for_byte(tmp_path: Path) -> None:
    outputs = {}
    for gemm in ("blis", "numpy"):
        out = tmp_path / f"{gemm}.jsonl"
        done = fresh(["-m", "eventwire.cli", "extract", str(SAMPLES), "--gemm", gemm,
                      "--out", str(out)])
        assert done.returncode == 0, done.stderr[-2000:]
        outputs[gemm] = out.read_bytes()
    assert outputs["numpy"] == outputs["blis"]
    assert outputs["blis"].count(b"\n") == len(list(SAMPLES.glob("*.txt")))
    assert b'"events": [{' in outputs["blis"]
