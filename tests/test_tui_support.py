"""Helpers for the app tests: an invented story written into tmp, and a fixed analysis.

The fixed analysis builds a ``Brief`` from the model by simple rules (first body sentences,
every quotation with its speaker), so the app tests check the app, whatever the summary
and quote engines (improved separately) return. End-to-end tests use the real engine.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from pathlib import Path

from textual.pilot import Pilot

from brief.model import (
    AnalysisOptions,
    Article,
    Brief,
    QuoteCluster,
    QuoteVariant,
    SummarySentence,
)

STORY = {
    "gazette.md": """---
title: Council approves harbor footbridge
outlet: Harbor Gazette
date: 2024-03-05
---
The city council voted 7-2 on Tuesday to build a pedestrian footbridge across the old harbor.

"This bridge will connect two neighborhoods apart for fifty years," said Mayor Lena Ortiz.

Construction is expected to start in June and to cost 12 million dollars.

Engineer Tom Reyes said the design "can withstand the strongest storms we have on record."

Share this article
""",
    "wire.md": """---
title: Harbor footbridge wins 7-2 council vote
outlet: Coastal Wire
date: 2024-03-05
---
The council approved a pedestrian footbridge over the old harbor on Tuesday in a 7-2 vote.

"The bridge will connect two neighborhoods separated for fifty years," said Mayor Lena Ortiz.

The project will cost about 12 million dollars, officials said.

Share this article
""",
    "metro.md": """---
title: Footbridge budget draws criticism
outlet: Metro Daily
date: 2024-03-06
---
Critics said the footbridge budget of 12 million dollars was too high.

Councillor Ada Brooks said "we have roads that need repair first and they cannot wait."

The mayor said the bridge would connect two neighborhoods apart for fifty years.
""",
}

_QUOTED = re.compile(r"[\"\u201c]([^\"\u201c\u201d]{12,}?)[\"\u201d]")
_SPEAKER = re.compile(r"((?:[A-Z][a-z]+ ){1,2}[A-Z][a-z]+)")


def write_story(folder: Path, extra: dict[str, str] | None = None) -> Path:
    """Write the invented story (plus ``extra`` files) into ``folder``; return it."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in {**STORY, **(extra or {})}.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def fixed_brief(
    articles: Sequence[Article],
    options: AnalysisOptions | None = None,
    *,
    title: str | None = None,
    timestamp: bool = True,
    on_progress: Callable[[str, int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Brief:
    """A deterministic brief with the shape the engines produce (same signature)."""
    options = options or AnalysisOptions()
    analysed = [a for a in articles if a.duplicate_of is None]
    ids = tuple(a.id for a in analysed)
    if on_progress is not None:
        on_progress("summary", 0, 2)
    pool = [s for a in analysed for s in a.body_sentences]
    summary = tuple(
        SummarySentence(
            text=s.text,
            source=s.article,
            span=s.span,
            supporting_sources=ids if number == 0 else (s.article,),
            score=1.0 / (number + 1),
            sentence_index=s.index,
        )
        for number, s in enumerate(pool[: options.sentences])
    )
    if on_progress is not None:
        on_progress("quotes", 1, 2)
    by_speaker: dict[str, list[QuoteVariant]] = {}
    for article in analysed:
        for sentence in article.body_sentences:
            match = _QUOTED.search(sentence.text)
            rest = _QUOTED.sub("", sentence.text)
            speaker = _SPEAKER.search(rest)
            if match is None or speaker is None:
                continue
            text = match.group(1).strip(" ,.")
            start = article.text.find(text, sentence.start)
            span = (start, start + len(text)) if start >= 0 else sentence.span
            name = speaker.group(1)
            variant = QuoteVariant(article.id, text, span, name, "direct", name, "said")
            by_speaker.setdefault(name, []).append(variant)
    quotes = tuple(
        QuoteCluster(
            id="q-" + re.sub(r"\W+", "-", name.lower()),
            speaker=name,
            text=variants[0].text,
            kind="direct",
            sources=tuple(dict.fromkeys(v.source for v in variants)),
            variants=tuple(variants),
        )
        for name, variants in by_speaker.items()
    )
    if on_progress is not None:
        on_progress("done", 2, 2)
    return Brief(
        title=title or (analysed[0].title if analysed else "Brief"),
        generated="",
        sources=tuple(articles),
        summary=summary,
        quotes=quotes,
        options=options,
    )


class RecordingBuilder:
    """``fixed_brief`` that records what each analysis was asked for."""

    def __init__(self) -> None:
        self.calls: list[tuple[tuple[str, ...], AnalysisOptions]] = []

    def __call__(
        self, articles: Sequence[Article], options: AnalysisOptions, **kw: object
    ) -> Brief:
        self.calls.append((tuple(a.id for a in articles), options))
        return fixed_brief(articles, options, **kw)  # type: ignore[arg-type]


async def settle(pilot: Pilot[object], rounds: int = 6) -> None:
    """Let the load and analysis workers finish and their messages be handled."""
    for _ in range(rounds):
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()


async def first_frame_has_headlines(
    monkeypatch: object, app: object, size: tuple[int, int]
) -> bool:
    """Run ``app`` until settled; whether the first frame of its main screen showed sources."""
    from textual.app import App

    from brief.tui.screens.main import MainScreen

    frames: list[bool] = []
    display = App._display

    def recording(self, screen, renderable):  # type: ignore[no-untyped-def]
        if renderable is not None and isinstance(screen, MainScreen):
            frames.append(bool(screen.articles))
        return display(self, screen, renderable)

    monkeypatch.setattr(App, "_display", recording)  # type: ignore[attr-defined]
    async with app.run_test(size=size) as pilot:  # type: ignore[attr-defined]
        await settle(pilot)
        assert app.brief is not None  # type: ignore[attr-defined]
    return bool(frames) and frames[0]


def run_script(script: str, *argv: str) -> dict:
    """Run ``script`` in a fresh interpreter; the JSON object its last line prints."""
    import json
    import subprocess
    import sys

    out = subprocess.run(
        [sys.executable, "-c", script, *argv], capture_output=True, text=True, timeout=120
    )
    assert out.returncode == 0, out.stderr[-3000:]
    return json.loads(out.stdout.strip().splitlines()[-1])


def screen_text(pilot: Pilot[object]) -> str:
    """The whole screen as plain text, line by line."""
    strips = pilot.app.screen._compositor.render_strips()
    return "\n".join(strip.text for strip in strips)


def test_fixed_brief_follows_options(tmp_path: Path) -> None:
    from brief.ingest import load_paths

    articles = load_paths([str(write_story(tmp_path))]).articles
    brief = fixed_brief(articles, AnalysisOptions(sentences=3))
    assert len(brief.summary) == 3
    speakers = {q.speaker for q in brief.quotes}
    assert "Lena Ortiz" in " ".join(speakers)
    ortiz = next(q for q in brief.quotes if "Ortiz" in q.speaker)
    assert len(ortiz.sources) == 2  # two outlets quote the mayor directly


def test_counts_name_their_noun_in_the_right_number() -> None:
    from brief.tui.text import counted

    assert [counted(n, "source") for n in (0, 1, 2)] == ["0 sources", "1 source", "2 sources"]


def test_quote_panel_reads_reported_speech_without_quotation_marks() -> None:
    from brief.model import QuoteCluster, QuoteVariant
    from brief.tui.widgets.quote_panel import quote_prompt

    def cluster(kind: str, text: str, cue: str) -> QuoteCluster:
        variant = QuoteVariant("a", text, (0, len(text)), "Ada Park", kind, "Ada Park", cue)
        return QuoteCluster("q", "Ada Park", text, kind, ("a",), (variant,))  # type: ignore[arg-type]

    reported = quote_prompt(cluster("indirect", "that the bridge would open", "stating"), False)
    assert reported.plain.strip().startswith("Stated that the bridge would open")
    assert "\u201c" not in reported.plain
    direct = quote_prompt(cluster("direct", "We will open it", "said"), False)
    assert direct.plain.strip().startswith("\u201cWe will open it\u201d")


def test_quote_panel_counts_wordings_not_repeats() -> None:
    # QA (seventeenth round): a line quoted twice by one outlet and once by another read
    # "2 sources · 3 wordings" though all three said the same words
    from brief.model import QuoteCluster, QuoteVariant
    from brief.tui.widgets.quote_panel import quote_prompt

    def variant(source: str, text: str) -> QuoteVariant:
        return QuoteVariant(source, text, (0, len(text)), "Ada Park", "direct", "Ada Park", "said")

    same = "This bridge will connect our two halves at last."
    repeats = (variant("a", same), variant("a", same), variant("b", same.replace(".", "!")))
    quote = QuoteCluster("q", "Ada Park", same, "direct", ("a", "b"), repeats)
    assert "wording" not in quote_prompt(quote, False).plain
    other = (*repeats, variant("c", "This bridge will join our two halves at last."))
    quote = QuoteCluster("q", "Ada Park", same, "direct", ("a", "b", "c"), other)
    assert "2 wordings" in quote_prompt(quote, False).plain
