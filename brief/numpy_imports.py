"""numpy's rarely used submodules stay unloaded while scipy imports.

scipy 1.17's array-API layer (``scipy._lib.array_api_compat.numpy``, imported by
``scipy.sparse``) copies numpy's namespace with ``hasattr(numpy, name)`` for every name in
``dir(numpy)``, which includes numpy's lazily loaded submodules: ``f2py``, ``testing``,
``ma``, ``polynomial``, ``ctypeslib``, ``char``... Loading them costs 60-80 ms cold
(``numpy.f2py`` alone compiles ~50 ms of regular expressions). ``defer`` puts them on numpy
as ``importlib.util.LazyLoader`` modules first: the copy sees a module, and the real one
loads, whole, on its first attribute access, so nothing changes for any user of it. Left as
they are: ``ma`` (``numpy.unique`` calls it), ``random`` and ``fft`` (scipy uses them while
it imports), so making them lazy would save nothing.
"""

from __future__ import annotations

import importlib.util
import sys

UNUSED = ("f2py", "testing", "polynomial", "ctypeslib", "char", "rec", "strings")


def defer() -> None:
    """Make numpy's unused submodules lazy, before scipy is first imported (else a no-op)."""
    if "scipy._lib.array_api_compat.numpy" in sys.modules:
        return  # the copy has been made: nothing left to save
    import numpy

    for name in UNUSED:
        full = f"numpy.{name}"
        if full in sys.modules:
            continue
        try:
            spec = importlib.util.find_spec(full)
        except (ImportError, ValueError):
            continue
        if spec is None or spec.loader is None or not hasattr(spec.loader, "exec_module"):
            continue
        spec.loader = importlib.util.LazyLoader(spec.loader)
        module = importlib.util.module_from_spec(spec)
        sys.modules[full] = module
        spec.loader.exec_module(module)
        # set on numpy too: numpy's __getattr__ would otherwise import it for real
        setattr(numpy, name, module)
