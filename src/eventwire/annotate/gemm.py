"""The matrix kernel the spaCy model multiplies with: blis (spaCy's default) or numpy.

thinc multiplies the model's matrices with blis, which picks a slow generic
kernel on CPUs it does not recognise (``BLIS_ARCH_DEBUG=1`` prints its
choice). ``numpy`` makes thinc use numpy's BLAS (OpenBLAS) instead, in one
thread as blis runs. The choice is process-wide: ``--gemm`` on the command
line, else ``$EVENTWIRE_GEMM``, else blis; it applies to models loaded after
it is made, and the engines' worker processes make it before they load theirs.
"""

from __future__ import annotations

import os

ENV_GEMM = "EVENTWIRE_GEMM"
BLIS, NUMPY = "blis", "numpy"
GEMMS = (BLIS, NUMPY)
DEFAULT_GEMM = BLIS
BLAS_THREADS = 1  # numpy's BLAS in one thread per process, as blis runs

_selected: str | None = None  # the process-wide choice, once made


def gemm_problem(value: str | None, source: str = "--gemm") -> str | None:
    """A one-line error naming ``source`` if ``value`` is not a kernel, else None."""
    if value is None or value in GEMMS:
        return None
    return f"{source}: unknown matrix kernel {value!r} ({', '.join(GEMMS)})"


def resolve_gemm(value: str | None = None) -> str:
    """``value``, else this process's choice, else ``$EVENTWIRE_GEMM``, else blis (ValueError if bad)."""
    source = "--gemm"
    if value is None:
        value = _selected
    if value is None:
        source, value = ENV_GEMM, os.environ.get(ENV_GEMM) or None
    problem = gemm_problem(value, source)
    if problem:
        raise ValueError(problem)
    return value or DEFAULT_GEMM


def select_gemm(value: str | None) -> str:
    """Make ``value`` (or the environment's choice) this process's kernel; returns it."""
    global _selected
    _selected = resolve_gemm(value)
    return _selected


def use_gemm(gemm: str) -> None:
    """Make thinc build models that multiply with ``gemm`` from now on, in this thread."""
    from thinc.api import NumpyOps, get_current_ops, set_current_ops

    ops = get_current_ops()
    if gemm == NUMPY:
        limit_blas_threads()
        if not (isinstance(ops, NumpyOps) and not ops.use_blis):
            set_current_ops(NumpyOps(use_blis=False))
    elif isinstance(ops, NumpyOps) and not ops.use_blis:
        set_current_ops(NumpyOps())


def limit_blas_threads() -> None:
    """Run numpy's BLAS in ``BLAS_THREADS`` threads, whether or not numpy is loaded yet."""
    os.environ.setdefault("OPENBLAS_NUM_THREADS", str(BLAS_THREADS))
    from threadpoolctl import threadpool_limits

    threadpool_limits(limits=BLAS_THREADS, user_api="blas")


def model_gemm(nlp) -> str:
    """The kernel a loaded spaCy model multiplies with."""
    from thinc.api import NumpyOps

    ops = [pipe.model.ops for _, pipe in nlp.pipeline if hasattr(pipe, "model")]
    return NUMPY if ops and all(isinstance(o, NumpyOps) and not o.use_blis for o in ops) else BLIS
