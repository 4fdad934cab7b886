"""Export dialog: where, which format, a preview; never overwrites without asking."""

from __future__ import annotations

import re
from pathlib import Path
from typing import ClassVar

from rich.markdown import Markdown
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, RadioButton, RadioSet, Static

from brief.model import Brief
from brief.tui.screens.confirm import ConfirmScreen
from brief.tui.text import literal
from brief.tui.widgets.footer import BriefFooter

PREVIEW_LINES = 400
"""The preview stops here."""
EXTENSIONS = {"md": ".md", "json": ".json"}


def default_name(title: str, fmt: str = "md") -> str:
    """``brief-<slug>.md``: only ``a-z 0-9 -`` from the title, so any title is safe."""
    slug = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")
    if len(slug) > 48:  # cut at a word boundary
        slug = slug[:49].rsplit("-", 1)[0] if "-" in slug[:49] else slug[:48]
    return f"brief-{slug or 'export'}{EXTENSIONS[fmt]}"


_ANCHOR = re.compile(r"(?<!\\)\[((?:\\.|[^\]\\\n])*)\]\(#[\w-]+\)")
"""A citation link ``[\\[1\\]](#source-1)``; never from an escaped bracket of the text
(``\\[sic\\]``) to the next link, lines away: the preview lost the ``[`` and showed the
backslash ("\\sic]", "[[1]")."""
_AUTOLINK = re.compile(r"<(https?://[^<>\s]+)>")


def _unlinked(markdown: str) -> str:
    """Links as their text, as a markdown viewer shows them: rich's ``Markdown`` without
    hyperlinks writes each target after its text ("[1] (#source-1)")."""
    markdown = _ANCHOR.sub(r"\1", markdown)
    return _AUTOLINK.sub(lambda m: re.sub(r"([\\`*_\[\]<>])", r"\\\1", m.group(1)), markdown)


class ExportScreen(ModalScreen[Path | None]):
    """Ask for a path and a format; write the reviewed brief atomically."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "export", "Write file", id="brief.export-write"),
        Binding("escape", "cancel", "Cancel", id="brief.export-cancel"),
    ]

    def __init__(self, brief: Brief, folder: Path, fmt: str = "md") -> None:
        """``folder`` and ``fmt``: where and how the last export of this run was written (the
        working folder and markdown at first)."""
        super().__init__(classes="dialog")
        self.brief = brief
        self.folder = folder
        self.fmt = fmt if fmt in EXTENSIONS else "md"

    def compose(self) -> ComposeResult:
        with Vertical(id="export-box", classes="dialog-box"):
            yield Static(Content.styled("Export the brief", "bold"), classes="dialog-title")
            yield Label("File")
            yield Input(str(self.folder / default_name(self.brief.title, self.fmt)),
                        id="export-path")  # fmt: skip
            with Horizontal(id="export-options"):
                with RadioSet(id="export-format"):
                    yield RadioButton("Markdown", value=self.fmt == "md", id="fmt-md")
                    yield RadioButton("JSON", value=self.fmt == "json", id="fmt-json")
                yield Button("Write", variant="primary", id="export-write")
                yield Button("Cancel", id="export-cancel")
            yield Static(id="export-error", markup=False)
            with VerticalScroll(id="export-preview"):
                yield Static(Content("Rendering the preview…").stylize("italic"),
                             id="export-preview-text")  # fmt: skip
        yield BriefFooter()  # the dialog's keys, over the screen's behind it

    def on_mount(self) -> None:
        self.query_one("#export-path", Input).focus()
        self.call_after_refresh(self._show_preview)  # the dialog first, then the preview

    async def _show_preview(self) -> None:
        """The preview of the chosen format (it kept showing markdown after JSON was picked)."""
        name = "JSON" if self.fmt == "json" else "markdown"
        self.query_one("#export-preview").border_title = Content(f"Preview ({name})")
        # One widget drawing rich's markdown: Textual's ``Markdown`` builds a widget per
        # block, and a 25-source story's 400 lines froze the dialog's keys for 2 s.
        # Neither form parses markup: the export is already escaped for markdown.
        text = self._preview()
        shown = Text(text) if self.fmt == "json" else Markdown(_unlinked(text), hyperlinks=False)
        self.query_one("#export-preview-text", Static).update(shown)

    def _rendered(self, fmt: str) -> str:
        from brief.export import render

        return render(self.brief, fmt)

    def _preview(self) -> str:
        text = self._rendered(self.fmt)
        lines = text.splitlines()
        more = len(lines) - PREVIEW_LINES
        if more > 0:
            note = f"… {more} more lines"
            lines = [*lines[:PREVIEW_LINES], "", note if self.fmt == "json" else f"*{note}*"]
        return "\n".join(lines)

    @on(RadioSet.Changed, "#export-format")
    def _format_changed(self, event: RadioSet.Changed) -> None:
        self.fmt = "json" if event.pressed.id == "fmt-json" else "md"
        path_input = self.query_one("#export-path", Input)
        path = Path(path_input.value)
        if path.suffix.lower() in (".md", ".json", ""):
            path_input.value = str(path.with_suffix(EXTENSIONS[self.fmt]))
        self.run_worker(self._show_preview(), group="export-preview", exclusive=True)

    @on(Input.Submitted, "#export-path")
    @on(Button.Pressed, "#export-write")
    def action_export(self) -> None:
        raw = self.query_one("#export-path", Input).value.strip()
        if not raw:
            self._error("Type a file name first.")
            return
        path = Path(raw).expanduser()
        if not path.is_absolute():
            path = self.folder / path
        if path.is_dir():
            self._error(f"{path} is a folder; add a file name.")
            return
        if path.exists():
            question = Content.assemble(literal(str(path)).stylize("bold"), " exists. Replace it?")
            self.app.push_screen(
                ConfirmScreen(question, yes="Replace"),
                lambda yes: self._write(path, overwrite=True) if yes else None,
            )
            return
        self._write(path, overwrite=False)

    def _write(self, path: Path, *, overwrite: bool) -> None:
        from brief.export.write import write_atomic

        try:
            write_atomic(path, self._rendered(self.fmt), overwrite=overwrite)
        except OSError as error:  # WriteError, or anything else the file system says
            reason = error.strerror or str(error)
            self._error(f"Could not write {path}: {reason}. Your review is kept.")
            self.notify(f"Could not write {path}: {reason}", severity="error", markup=False)
            return
        self.dismiss(path)

    def _error(self, message: str) -> None:
        self.query_one("#export-error", Static).update(Content(message).stylize("$error"))

    @on(Button.Pressed, "#export-cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)
