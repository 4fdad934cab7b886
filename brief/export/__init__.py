"""Render a ``Brief`` as markdown or JSON, and write files without losing anything."""

from __future__ import annotations

from brief.export.json_export import to_json
from brief.export.markdown import to_markdown

FORMATS = ("md", "json")


def render(brief: object, fmt: str, **options: object) -> str:
    """Render ``brief`` in ``fmt`` (``md`` or ``json``)."""
    if fmt == "json":
        return to_json(brief, **options)  # type: ignore[arg-type]
    return to_markdown(brief, **options)  # type: ignore[arg-type]


__all__ = ["FORMATS", "render", "to_json", "to_markdown"]
