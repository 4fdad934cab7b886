"""The undo and redo history of a pile's moves between stories, kept on disk so that ``u``
still undoes the last move after the app is closed and opened again.

A file of its own beside the moves file (``<pile key>.stories.history.json``), written
atomically after it: the moves file stays the authority. A history that does not end at the
moves saved (a write that failed, a hand edit of the moves) is stale and ignored; a corrupt
one is moved aside with one line and ignored; neither ever touches the moves themselves.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from brief.model import Article

HISTORY_VERSION = 1
HISTORY_STEPS = 50
"""Steps kept each way (undo, redo), as on screen and on disk."""
HISTORY_BYTES = 1 << 20
"""The file's size cap: each step holds a whole copy of the moves, which a pile of
thousands of hand-moved articles could make large; the oldest steps go first."""
LABEL_CHARS = 300

Moves = dict[str, str | None]
Notice = Callable[[str], None]


@dataclass(frozen=True, slots=True)
class MoveStep:
    """One move between stories, for undo and redo: the moves as they were on the other
    side of it (a whole copy: a pile's moves are a handful), and what it moved."""

    moves: Moves
    article_id: str
    label: str


History = tuple[tuple[MoveStep, ...], tuple[MoveStep, ...]]
"""The undo steps (the last is undone first) and the redo steps (likewise)."""


def history_path(articles: Sequence[Article]) -> Path:
    from brief.store import moves_path

    moves = moves_path(articles)
    return moves.with_name(moves.name.removesuffix(".json") + ".history.json")


def bounded(steps: Sequence[MoveStep]) -> tuple[MoveStep, ...]:
    """The newest ``HISTORY_STEPS`` of ``steps``."""
    return tuple(steps[-HISTORY_STEPS:])


def save_history(
    articles: Sequence[Article],
    moves: Mapping[str, str | None],
    undo: Sequence[MoveStep],
    redo: Sequence[MoveStep],
) -> None:
    """Write the history that ends at ``moves`` (the moves just saved) atomically, or remove
    the file when there is none; raises ``OSError`` when it cannot."""
    from brief.store import write_file_atomic

    path = history_path(articles)
    undo, redo = list(bounded(undo)), list(bounded(redo))
    while True:
        data = {
            "version": HISTORY_VERSION,
            "moves": dict(moves),
            "undo": [_step_dict(step) for step in undo],
            "redo": [_step_dict(step) for step in redo],
        }
        text = json.dumps(data, ensure_ascii=False) + "\n"
        if len(text.encode("utf-8")) <= HISTORY_BYTES or not (undo or redo):
            break
        del (undo or redo)[0]  # the oldest undo step first, then the furthest redo
    if not undo and not redo:
        path.unlink(missing_ok=True)
        return
    write_file_atomic(path, text)


def _step_dict(step: MoveStep) -> dict[str, object]:
    return {"moves": dict(step.moves), "article": step.article_id, "label": step.label}


def load_history(
    articles: Sequence[Article], moves: Mapping[str, str | None], notice: Notice | None = None
) -> History:
    """The saved history of this pile's moves, if it ends at ``moves`` (else none).

    A file that cannot be parsed is moved aside with one line (to stderr unless ``notice``
    is given); the moves are never touched.
    """
    from brief.store import move_aside, stderr_notice

    empty: History = ((), ())
    if not articles:
        return empty
    path = history_path(articles)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return empty
    except OSError as error:
        reason = (error.strerror or str(error)).lower()
        (notice or stderr_notice)(f"cannot read the history of moves {path}: {reason}")
        return empty
    try:
        saved, undo, redo = _parse(json.loads(raw.decode("utf-8")))
    except (ValueError, KeyError, TypeError) as error:  # UnicodeDecodeError is a ValueError
        move_aside(path, str(error).splitlines()[0][:120] or "unreadable", notice)
        return empty
    ids = {a.id for a in articles}
    if list(saved.items()) != list(moves.items()) or any(
        step.article_id not in ids for step in (*undo, *redo)
    ):
        return empty  # stale: the moves changed without it, or another pile's articles
    return bounded(undo), bounded(redo)


def _parse(data: object) -> tuple[Moves, tuple[MoveStep, ...], tuple[MoveStep, ...]]:
    if not isinstance(data, dict):
        raise ValueError("not a JSON object")
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version > HISTORY_VERSION:
        raise ValueError(f"unsupported version {version!r}")
    return (_moves(data["moves"]), _steps(data["undo"]), _steps(data["redo"]))


def _moves(value: object) -> Moves:
    if not isinstance(value, dict) or not all(
        isinstance(k, str) and (v is None or isinstance(v, str)) for k, v in value.items()
    ):
        raise ValueError("moves must map article ids to article ids or null")
    return dict(value)


def _steps(value: object) -> tuple[MoveStep, ...]:
    from brief.text.clean import one_line

    if not isinstance(value, list):
        raise ValueError("a list of steps was expected")
    steps = []
    for item in value:
        if not isinstance(item, dict):
            raise ValueError("a step is not a JSON object")
        article, label = item["article"], item["label"]
        if not isinstance(article, str) or not isinstance(label, str):
            raise ValueError("a step's article and label must be strings")
        # shown in a notice and the status line: a planted file must not reach the terminal
        steps.append(MoveStep(_moves(item["moves"]), article, one_line(label)[:LABEL_CHARS]))
    return tuple(steps)


def carry_history(key: str, articles: Sequence[Article]) -> None:
    """Copy the history kept under the pile key ``key`` to ``articles``' own (the moves were
    carried over from that pile: a file edited or a report added since)."""
    from brief.store import reviews_dir, write_file_atomic

    with contextlib.suppress(OSError, UnicodeDecodeError):
        text = (reviews_dir() / f"{key}.stories.history.json").read_text(encoding="utf-8")
        write_file_atomic(history_path(articles), text)
