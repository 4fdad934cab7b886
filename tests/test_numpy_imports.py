"""numpy's unused submodules stay unloaded through scipy's import, and still work when used."""

from __future__ import annotations

import subprocess
import sys


def _run(code: str) -> str:
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout.strip()


def test_scipy_sparse_import_leaves_f2py_and_testing_unloaded() -> None:
    code = (
        "import sys\n"
        "from brief import numpy_imports\n"
        "numpy_imports.defer()\n"
        "import scipy.sparse\n"
        "heavy = ['numpy.f2py.crackfortran', 'numpy.testing._private.utils']\n"
        "print(sorted(m for m in heavy if m in sys.modules))\n"
    )
    assert _run(code) == "[]"


def test_without_defer_scipy_sparse_loads_them() -> None:
    """The control: the cost ``defer`` removes is real (scipy's namespace copy loads them)."""
    code = "import sys\nimport scipy.sparse\nprint('numpy.f2py.crackfortran' in sys.modules)\n"
    assert _run(code) == "True"


def test_deferred_modules_load_whole_on_first_use() -> None:
    code = (
        "from brief import numpy_imports\n"
        "numpy_imports.defer()\n"
        "import scipy.sparse\n"
        "import numpy as np\n"
        "np.testing.assert_array_equal(np.arange(3), [0, 1, 2])\n"
        "from numpy.testing import assert_allclose\n"
        "assert_allclose(1.0, 1.0)\n"
        "print(np.polynomial.Polynomial([1, 2])(2.0), callable(np.f2py.run_main))\n"
    )
    assert _run(code) == "5.0 True"


def test_defer_after_scipy_is_a_no_op() -> None:
    code = (
        "import sys\n"
        "import scipy.sparse\n"
        "from brief import numpy_imports\n"
        "numpy_imports.defer()\n"
        "import numpy as np\n"
        "print(type(np.testing).__name__)\n"
    )
    assert _run(code) == "module"
