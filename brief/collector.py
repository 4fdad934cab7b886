"""The cyclic garbage collector stays off while the app starts, and on once it has painted.

Starting the app creates a few hundred thousand objects that all live on (Textual's and
brief's modules and classes, the widgets, the parsed CSS) and almost no garbage. The
collector does not know that: on the sample it ran about 120 times before the first
frame, one of them a full collection over every object, 20-40 ms of the ~0.3 s of CPU to
the first frame (a bare Textual app pays about 10 ms for its smaller import). So ``pause``
turns it off when the CLI starts building the app, and ``resume`` turns it back on once
the first frame is out (or when the app ends without one). ``resume`` first moves what
exists then into the permanent generation (``gc.freeze``): those objects are the app's
long-lived state, and a later full collection need not walk them again. This is the
sequence CPython's documentation gives for a process that forks (the analysis child,
``brief.tui.ahead``): collector off early, ``freeze`` before the fork, on again in the
child, where ``freeze`` also keeps the parent's pages shared.

Reference counting is not paused: objects without cycles are freed as always; only
cycles made during start-up wait (and those made before ``resume`` stay).
"""

from __future__ import annotations

import gc

_paused = False


def pause() -> None:
    """Turn the collector off until ``resume`` (nothing when it is off already)."""
    global _paused
    if gc.isenabled():
        gc.disable()
        _paused = True


def resume() -> None:
    """Undo ``pause``: freeze what start-up built, then collect as usual again.

    Safe to call more than once, and a no-op when ``pause`` did not turn it off (a test
    or a program that manages the collector itself).
    """
    global _paused
    if _paused:
        _paused = False
        gc.freeze()
        gc.enable()


def paused() -> bool:
    """True between ``pause`` and ``resume``."""
    return _paused


def before_fork() -> None:
    """Before forking while paused: freeze, so the child's collections skip the parent's
    objects (which keeps their memory pages shared)."""
    if _paused:
        gc.freeze()


def in_child() -> None:
    """In a forked child: collect as usual (the parent's objects, frozen, are left alone)."""
    global _paused
    _paused = False
    gc.enable()
