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


def _same_arrays(a, b) -> bool:  # type: ignore[no-untyped-def]
    return (
        a.shape == b.shape
        and a.indptr.dtype == b.indptr.dtype
        and a.indices.dtype == b.indices.dtype
        and np.array_equal(a.indptr, b.indptr)
        and np.array_equal(a.indices, b.indices)
        and a.data.tobytes() == b.data.tobytes()
    )


def _binary(rows: int, cols: int, density: float, seed: int) -> csr_matrix:
    matrix = csr_matrix(sparse_random(rows, cols, density=density, random_state=seed))
    matrix.data[:] = 1.0
    return matrix


def test_kept_columns_are_scipy_s_stacked_columns():
    from scipy.sparse import hstack

    from brief.summary.sparse_ops import _kept_columns, kept_columns

    rng = np.random.default_rng(3)
    for seed, (rows, left, right) in enumerate([(1, 3, 2), (7, 40, 25), (30, 200, 90), (5, 1, 1)]):
        matrices = [_binary(rows, left, 0.3, seed), _binary(rows, right, 0.4, seed + 50)]
        matrices[1].data[:] = rng.random(matrices[1].nnz)  # not only ones
        keep = rng.random(left + right) < 0.5
        expected = hstack([matrices[0][:, keep[:left]], matrices[1][:, keep[left:]]]).tocsr()
        assert _kept_columns(matrices, [keep[:left], keep[left:]]) is not None
        assert _same_arrays(kept_columns(matrices, keep), expected)
        assert _same_arrays(kept_columns(matrices[:1], keep[:left]), matrices[0][:, keep[:left]])


def test_kept_columns_of_a_non_canonical_matrix_are_scipy_s():
    from scipy.sparse import hstack

    from brief.summary.sparse_ops import _kept_columns, kept_columns

    unsorted = csr_matrix((np.array([1.0, 2.0]), np.array([2, 0]), np.array([0, 2])), shape=(1, 3))
    keep = np.array([True, False, True])
    assert _kept_columns([unsorted], [keep]) is None
    assert np.array_equal(kept_columns([unsorted], keep).toarray(), unsorted[:, keep].toarray())
    assert (
        kept_columns([unsorted, unsorted], np.r_[keep, keep]).shape
        == hstack([unsorted[:, keep], unsorted[:, keep]]).shape
    )


def test_rows_of_is_scipy_s_row_indexing():
    from brief.summary.sparse_ops import rows_of

    matrix = csr_matrix(sparse_random(25, 40, density=0.2, random_state=4))
    for rows in ([0, 3, 4, 24], [], [7], [5, 2, 5], list(range(25))):
        index = np.array(rows, dtype=np.int64)
        assert _same_arrays(rows_of(matrix, index), matrix[index])


def test_pairs_at_least_sum_as_scipy_s_product_does():
    """The same pairs as ``triu(m @ m.T, k=1)`` at a threshold, on thresholds set at the
    exact values scipy computes (one bit of another order of additions would flip them)."""
    from scipy.sparse import triu

    from brief.summary.sparse_ops import pairs_at_least

    for seed, (rows, cols) in enumerate([(2, 5), (12, 30), (20, 60), (3, 1)]):
        matrix = csr_matrix(sparse_random(rows, cols, density=0.4, random_state=seed))
        product = triu(matrix @ matrix.T, k=1).tocoo()
        for value in [*product.data[:20], 0.5]:
            found = pairs_at_least(matrix, float(value))
            assert found is not None
            expected = product.data >= value
            assert sorted(zip(*(part.tolist() for part in found), strict=True)) == sorted(
                zip(product.row[expected].tolist(), product.col[expected].tolist(), strict=True)
            )


def test_pairs_at_least_leaves_negative_values_and_a_zero_threshold_to_scipy():
    from brief.summary.sparse_ops import pairs_at_least

    matrix = csr_matrix(np.array([[1.0, -1.0], [0.5, 0.5]]))
    assert pairs_at_least(matrix, 0.5) is None
    assert pairs_at_least(abs(matrix), 0.0) is None


def test_row_products_are_scipy_s_product_with_chosen_rows():
    """Bit for bit, for chosen rows in any order, repeated or none."""
    from brief.summary.sparse_ops import row_products

    for seed, (rows, cols) in enumerate([(1, 4), (9, 25), (24, 40)]):
        matrix = csr_matrix(sparse_random(rows, cols, density=0.35, random_state=seed + 20))
        for chosen in ([0], list(range(rows))[::-1], [rows - 1, 0, rows - 1], []):
            expected = (matrix @ matrix[chosen].T).toarray()
            found = row_products(matrix, chosen)
            assert found is not None
            assert found.shape == expected.shape
            assert found.tobytes() == expected.tobytes()


def test_carriers_are_the_same_through_scipy(monkeypatch):  # type: ignore[no-untyped-def]
    """Attribution from ``row_products`` and from scipy's product name the same articles."""
    from brief.summary import sparse_ops
    from brief.summary.attribution import carriers
    from brief.summary.units import Unit

    texts = [
        ("a", "The council approved the new harbour budget on Monday."),
        ("b", "On Monday the council approved the new harbour budget."),
        ("c", "Fishermen said the harbour budget came too late."),
        ("a", "The vote was close and followed a long debate."),
    ]
    from brief.summary.vectors import featurize, similarity_vectors

    units = [
        Unit(article=a, index=i, position=i, start=0, end=len(t), text=t)
        for i, (a, t) in enumerate(texts)
    ]
    similar = similarity_vectors(featurize([t for _, t in texts]).unigrams)
    fast = carriers(units, similar, [0, 2, 3])
    assert fast[0].sources[:2] == ("a", "b")  # the same fact, told by two articles
    monkeypatch.setattr(sparse_ops, "row_products", lambda *args, **kwargs: None)
    assert carriers(units, similar, [0, 2, 3]) == fast


def test_large_products_are_left_to_scipy():
    from brief.summary.sparse_ops import MAX_PRODUCTS, pairs_at_least, row_products

    rows = 60
    matrix = csr_matrix(sparse_random(rows, 200, density=0.3, random_state=3))
    assert rows * rows * max(matrix.getnnz(axis=1)) > MAX_PRODUCTS
    assert row_products(matrix, list(range(rows))) is None
    assert pairs_at_least(matrix, 0.5) is None


def test_row_products_leave_duplicate_entries_to_scipy():
    from brief.summary.sparse_ops import row_products

    doubled = csr_matrix(
        (np.array([0.25, 0.5, 1.0]), np.array([1, 1, 0]), np.array([0, 2, 3])), shape=(2, 2)
    )
    assert row_products(doubled, [0, 1]) is None
    doubled.sum_duplicates()
    found = row_products(doubled, [0, 1])
    assert found is not None
    assert found.tobytes() == (doubled @ doubled.T).toarray().tobytes()
