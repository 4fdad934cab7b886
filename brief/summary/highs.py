"""HiGHS for the exact solver without importing ``scipy.optimize``.

``scipy.optimize.milp`` is a thin layer over scipy's bundled HiGHS bindings
(``scipy.optimize._highspy._core``), but ``import scipy.optimize`` runs the whole package's
init: linprog, minimize, shgo, and through them ``scipy.linalg``, ``scipy.fft``,
``scipy.special`` and ``scipy.spatial`` (about 0.15 s cold, a third of the sample's export).
The bindings themselves load in a few milliseconds. ``milp`` below hands HiGHS exactly what
``scipy.optimize.milp`` hands it (the same CSC matrix, bounds, integrality and options, see
``scipy/optimize/_milp.py`` and ``_highspy/_highs_wrapper.py``), so the answer is the same
(tested against ``scipy.optimize.milp``). Where the bindings cannot be loaded this way (a
scipy of another layout), ``scipy.optimize.milp`` itself is used.
"""

from __future__ import annotations

import importlib.machinery
import importlib.util
import sys
import threading
from types import ModuleType
from typing import Any, NamedTuple

CORE = "scipy.optimize._highspy._core"
_LOADING = threading.Lock()
"""An extension module loaded twice at once (two analysis threads) would fail to register."""


def _load_core() -> ModuleType | None:
    """scipy's HiGHS bindings, loaded by file without running ``scipy.optimize``'s init."""
    with _LOADING:
        return _load_core_locked()


def _load_core_locked() -> ModuleType | None:
    loaded = sys.modules.get(CORE)
    if loaded is not None:
        return loaded
    try:
        import scipy

        folder = scipy.__path__[0] + "/optimize/_highspy"
        for suffix in importlib.machinery.EXTENSION_SUFFIXES:
            spec = importlib.util.spec_from_file_location(CORE, folder + "/_core" + suffix)
            if spec is None or spec.loader is None:
                continue
            try:
                module = importlib.util.module_from_spec(spec)
            except (ImportError, OSError):
                continue
            spec.loader.exec_module(module)
            # the real package finds it here later, so the bindings are never loaded twice
            sys.modules[CORE] = module
            if all(hasattr(module, name) for name in ("HighsLp", "_Highs", "HighsOptions")):
                return module
            return None
    except Exception:  # any surprise: the caller uses scipy.optimize.milp
        return None
    return None


class Program(NamedTuple):
    """Minimise ``cost @ x`` s.t. ``lower <= matrix @ x <= upper``, ``at_least <= x <=
    at_most``, integral where ``integrality`` is 1. ``options``: ``time_limit`` and
    ``mip_rel_gap``."""

    cost: Any
    matrix: Any
    lower: Any
    upper: Any
    integrality: Any
    at_least: Any
    at_most: float
    options: dict[str, float]


def milp(*args: Any) -> Any | None:
    """``x`` of the ``Program(*args)`` when HiGHS proves it optimal (within
    ``mip_rel_gap``), else None."""
    program = Program(*args)
    core = _load_core()
    if core is not None:
        try:
            return _core_milp(core, program)
        except (AttributeError, TypeError, RuntimeError):
            pass  # the private bindings of another scipy: the public path below
    return _scipy_milp(program)


def _core_milp(core: ModuleType, p: Program) -> Any | None:
    import numpy as np

    c = np.atleast_1d(p.cost).astype(np.float64)
    kinds = np.broadcast_to(p.integrality, c.shape).astype(np.uint8)
    lb = np.broadcast_to(p.at_least, c.shape).astype(np.float64)
    ub = np.broadcast_to(p.at_most, c.shape).astype(np.float64)
    a = p.matrix.tocsc()  # what milp's csc_array(A) holds
    row_lower = np.atleast_1d(p.lower).astype(np.float64)
    row_upper = np.atleast_1d(p.upper).astype(np.float64)

    lp = core.HighsLp()
    lp.num_col_ = c.size
    lp.num_row_ = row_upper.size
    lp.a_matrix_.num_col_ = c.size
    lp.a_matrix_.num_row_ = row_upper.size
    lp.a_matrix_.format_ = core.MatrixFormat.kColwise
    lp.col_cost_ = c
    lp.col_lower_ = lb
    lp.col_upper_ = ub
    lp.row_lower_ = row_lower
    lp.row_upper_ = row_upper
    lp.a_matrix_.start_ = a.indptr
    lp.a_matrix_.index_ = a.indices
    lp.a_matrix_.value_ = a.data.astype(np.float64)
    if kinds.size > 0:
        kind = {int(i): core.HighsVarType(int(i)) for i in np.unique(kinds)}  # a few kinds
        lp.integrality_ = [kind[i] for i in kinds.tolist()]

    highs = core._Highs()
    settings = core.HighsOptions()
    settings.log_to_console = False  # milp's disp=False
    for key, value in p.options.items():
        setattr(settings, key, value)
    if highs.passOptions(settings) == core.HighsStatus.kError:
        return None
    if highs.passModel(lp) == core.HighsStatus.kError:
        return None
    if highs.run() == core.HighsStatus.kError:
        return None
    if highs.getModelStatus() != core.HighsModelStatus.kOptimal:
        return None  # milp's status 0 is HiGHS's kOptimal only
    return np.array(highs.getSolution().col_value)


def _scipy_milp(p: Program) -> Any | None:
    from scipy.optimize import Bounds, LinearConstraint
    from scipy.optimize import milp as scipy_milp

    result = scipy_milp(
        p.cost,
        constraints=LinearConstraint(p.matrix, p.lower, p.upper),
        integrality=p.integrality,
        bounds=Bounds(p.at_least, p.at_most),
        options={**p.options, "disp": False},
    )
    if result.status != 0 or result.x is None:
        return None
    return result.x
