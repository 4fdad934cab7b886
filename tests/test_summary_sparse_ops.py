"""The overhead-free sparse products give exactly what scipy's ``@`` gives."""

import numpy as np
from scipy.sparse import csr_matrix
from scipy.sparse import random as sparse_random

from brief.summary.sparse_ops import matvec


def test_matvec_is_bit_identical_to_scipy():
    rng = np.random.default_rng(7)
    for rows, cols in [(1, 1), (3, 17), (40, 9), (200, 300)]:
        matrix = csr_matrix(sparse_random(rows, cols, density=0.2, random_state=rows))
        vector = rng.random(cols)
        assert np.array_equal(matvec(matrix)(vector), matrix @ vector)


def test_matvec_falls_back_on_other_types():
    matrix = csr_matrix(np.array([[1, 0], [2, 3]], dtype=np.int64))
    assert np.array_equal(matvec(matrix)(np.array([1.0, 2.0])), [1.0, 8.0])
    floats = csr_matrix(np.array([[1.0, 0.0], [2.0, 3.0]]))
    assert np.array_equal(matvec(floats)(np.array([1, 2])), [1.0, 8.0])


def test_product_with_a_row_is_bit_identical_to_the_sparse_product():
    from brief.summary.sparse_ops import row_of

    for size in (2, 15, 120):
        matrix = csr_matrix(sparse_random(size, 30, density=0.3, random_state=size))
        for row in range(0, size, max(1, size // 7)):
            expected = (matrix @ matrix[row].T).toarray().ravel()
            assert np.array_equal(row_of(matrix, row), matrix[row].toarray().ravel())
            assert np.array_equal(matvec(matrix)(row_of(matrix, row)), expected)
