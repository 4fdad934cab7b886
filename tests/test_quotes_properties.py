"""Property tests: any text with any quotation marks gives quotes that locate their text,
never cross a paragraph break, and never crash."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from brief.ingest import load_paths
from brief.quotes import extract_quotes

SETTINGS = settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
PIECES = st.sampled_from(
    [
        *list("abc XYZ.,;:!?()-\n0123"),
        *list("\"'\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e\u201a"),
        " said ",
        " says ",
        " told reporters ",
        " according to ",
        " he ",
        " she said. ",
        " the company ",
        " a spokesperson said ",
        " Ann Lee ",
        " Lee ",
        " quoted ",
        " as saying ",
        " that ",
        ", adding ",
        "\n\n",
        "...",
    ]
)
NEWSY = st.lists(PIECES, max_size=120).map("".join)


@SETTINGS
@given(first=NEWSY, second=NEWSY)
@example(first="", second='"a\u201d told reporters \u00aba')  # a broken quotation (two parts)
def test_quotes_of_any_text_locate_and_stay_in_their_paragraph(
    tmp_path: Path, first: str, second: str
) -> None:
    folder = tmp_path / "set"
    folder.mkdir(exist_ok=True)
    for old in folder.iterdir():
        old.unlink()
    (folder / "a.txt").write_text("Headline\n\n" + first, encoding="utf-8")
    (folder / "b.txt").write_text("Headline\n\n" + second, encoding="utf-8")
    articles = load_paths([str(folder)]).articles
    texts = {a.id: a.text for a in articles}
    for cluster in extract_quotes(articles):
        assert cluster.variants and cluster.speaker
        assert set(cluster.sources) == {v.source for v in cluster.variants}
        for variant in cluster.variants:
            start, end = variant.span
            piece = texts[variant.source][start:end]
            # a statement broken by its attribution: each part locates its own text
            located = (
                zip(variant.parts, variant.part_texts, strict=True)
                if variant.parts
                else [(variant.span, variant.text)]
            )
            for (a, b), text in located:
                assert " ".join(texts[variant.source][a:b].split()) == text
            if variant.parts:
                assert variant.text == " \u2026 ".join(variant.part_texts)
                assert (variant.parts[0][0], variant.parts[-1][1]) == variant.span
            assert variant.text
            assert "\n\n" not in piece
