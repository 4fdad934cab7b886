"""The user's hand corrections to the grouping: an article moved to another story or split
off into a new one. Kept beside the reviews, keyed by the whole pile, applied after grouping.

A move is stored as "article X goes with article Y" (or "X starts its own story"), not by
story id: story ids follow their members, so they change as soon as anything moves.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Mapping, Sequence
from pathlib import Path

from brief.model import Article

Moves = dict[str, str | None]
"""Article id -> the article whose story it joins, or None for a story of its own."""


def overrides_path(articles: Sequence[Article]) -> Path:
    from brief.store import moves_path

    return moves_path(articles)


def load_moves(articles: Sequence[Article], notice=None) -> Moves:  # type: ignore[no-untyped-def]
    """The saved moves for this pile (empty when none); a corrupt file is moved aside."""
    from brief.store import move_aside

    if not articles:
        return {}
    path = overrides_path(articles)
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return _carried_over(articles, notice)
    except (OSError, UnicodeDecodeError):
        return {}
    try:
        moves = _moves_of(json.loads(raw))
    except (ValueError, KeyError, TypeError) as error:
        move_aside(path, str(error).splitlines()[0][:120] or "unreadable", notice)
        return {}
    return moves


def _moves_of(data: object) -> Moves:
    moves = data["moves"]  # type: ignore[index]
    if not isinstance(moves, dict) or not all(
        isinstance(k, str) and (v is None or isinstance(v, str)) for k, v in moves.items()
    ):
        raise ValueError("moves must map article ids to article ids or null")
    return dict(moves)


def save_moves(articles: Sequence[Article], moves: Mapping[str, str | None]) -> Path:
    """Write the moves for this pile atomically; raises ``OSError`` when it cannot.

    ``<folders key>.stories.recent`` lists the latest piles of the same folders, so the
    moves still apply when a file of the pile is edited or a new one joins it.
    """
    from brief.store import folders_key, remember, write_file_atomic

    path = overrides_path(articles)
    write_file_atomic(path, json.dumps({"version": 1, "moves": dict(moves)}, indent=2) + "\n")
    folders = folders_key(articles)
    if folders is not None:
        remember(f"{folders}.stories.recent", path.name.removesuffix(".stories.json"))
    return path


def _carried_over(articles: Sequence[Article], notice=None) -> Moves:  # type: ignore[no-untyped-def]
    """The latest moves made in the same folders whose every article is in this pile (a
    file edited or a report added since): a move names articles, so it still holds. They
    were lost with no word."""
    from brief.store import folders_keys, recent_keys, reviews_dir, stderr_notice

    ids = {a.id for a in articles}
    recent = (k for f in folders_keys(articles) for k in recent_keys(f"{f}.stories.recent"))
    for key in dict.fromkeys(recent):
        try:
            moves = _moves_of(json.loads((reviews_dir() / f"{key}.stories.json").read_bytes()))
        except (OSError, ValueError, KeyError, TypeError):
            continue
        if moves and all(k in ids and (v is None or v in ids) for k, v in moves.items()):
            (notice or stderr_notice)("Restored your moves between stories of this pile")
            with contextlib.suppress(OSError):  # first told: the app's child stops there
                save_moves(articles, moves)
                from brief.stories.move_history import carry_history

                carry_history(key, articles)  # u still undoes the last move
            return moves
    return {}


def apply_moves(groups: list[list[int]], ids: Sequence[str], moves: Mapping[str, str | None]):  # type: ignore[no-untyped-def]
    """``groups`` (indices into ``ids``) with the moves applied in the order they were made.

    Moves naming an article that is no longer in the pile are ignored.
    """
    out, _ = _replayed(groups, ids, moves)
    return [sorted(group) for group in out if group]


def joined_ids(
    groups: list[list[int]], ids: Sequence[str], moves: Mapping[str, str | None]
) -> set[str]:
    """The articles the moves put into a story the grouping made without them: not the
    story's own, so they do not title it. A story an article was moved into kept the
    user's view of it only until the list showed it again, renamed after the newcomer when
    its headline was the more central of two. An article moved back where the grouping put
    it is home again, and one moved to a new story of its own founds (and titles) it."""
    out, founded = _replayed(groups, ids, moves)
    home = {i: g for g, group in enumerate(groups) for i in group}
    return {
        ids[i]
        for g, group in enumerate(out)
        for i in group
        if g != home.get(i) and founded.get(g) != i
    }


def _replayed(
    groups: list[list[int]], ids: Sequence[str], moves: Mapping[str, str | None]
) -> tuple[list[list[int]], dict[int, int]]:
    """The groups after the moves (new stories appended, emptied ones left empty) and, for
    each new story, the article that founded it."""
    position = {article_id: i for i, article_id in enumerate(ids)}
    group_of = {i: g for g, group in enumerate(groups) for i in group}
    out = [list(group) for group in groups]
    founded: dict[int, int] = {}
    for article_id, anchor in moves.items():
        if article_id not in position or (anchor is not None and anchor not in position):
            continue
        i = position[article_id]
        out[group_of[i]].remove(i)
        if anchor is None:
            out.append([i])
            group_of[i] = len(out) - 1
            founded[len(out) - 1] = i
        else:
            target = group_of[position[anchor]]
            out[target].append(i)
            group_of[i] = target
    return out, founded


def _last_path(articles: Sequence[Article]) -> Path | None:
    from brief.store import folders_key, reviews_dir

    folders = folders_key(articles)
    return None if folders is None else reviews_dir() / f"{folders}.stories.last"


def save_last_opened(pile: Sequence[Article], story: Sequence[str]) -> None:
    """Remember the story last opened in ``pile`` (its article ids), so that the story list
    reopens on it; raises ``OSError`` when it cannot be written.

    Kept by the pile's folders, not by its exact text: a file edited or added since must not
    send the reader back to the top of a list of hundreds.
    """
    from brief.store import write_file_atomic

    path = _last_path(pile)
    if path is not None:
        write_file_atomic(path, json.dumps({"version": 1, "sources": list(story)}) + "\n")


def last_opened(pile: Sequence[Article], stories: Sequence[Sequence[str]]) -> int | None:
    """Which of ``stories`` (each its article ids) holds most of the story last opened in
    ``pile`` (the first of a tie), or None when none holds any of it or nothing was saved."""
    from brief.store import folders_keys, reviews_dir

    for folders in folders_keys(pile):  # today's key, then the key as typed (older versions)
        try:
            saved = json.loads((reviews_dir() / f"{folders}.stories.last").read_bytes())
            sources = saved["sources"]
            break
        except (OSError, ValueError, KeyError, TypeError):
            continue  # only a position: an unreadable file costs the reader nothing to lose
    else:
        return None
    if not isinstance(sources, list):
        return None
    last = {s for s in sources if isinstance(s, str)}
    shared = [len(last.intersection(story)) for story in stories]
    best = max(shared, default=0)
    return shared.index(best) if best else None
