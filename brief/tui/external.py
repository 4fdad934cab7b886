"""Leaving the app safely: a source's address to the browser or the clipboard.

A URL goes to the browser only when it is a plain http(s) address and a graphical browser
exists: with no display (an SSH session, a Linux console) or only a text-mode browser
(lynx, w3m), launching one would draw over the app, so the caller gets a notice instead.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Callable

from brief.fetch.urls import RefusedURL, check_url


def has_display() -> bool:
    """False where a browser would take over this terminal (no X11/Wayland on Linux/BSD)."""
    if sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    return True


def open_in_browser(url: str) -> str | None:
    """Open ``url`` in a graphical browser in the background; a reason when it cannot be."""
    import webbrowser

    try:
        url = check_url(url)
    except RefusedURL as error:
        return f"Not opened: {error}"
    if not has_display():
        return f"No graphical display to open a browser on; the address is {url}"
    try:
        browser = webbrowser.get()
    except webbrowser.Error:
        return f"No browser found; the address is {url}"
    text_mode = type(browser) is webbrowser.GenericBrowser
    if text_mode:  # lynx, w3m, links: would run in this terminal, over the app
        return f"Only a text-mode browser is set up; the address is {url}"
    threading.Thread(target=browser.open, args=(url,), daemon=True).start()
    return None


def _native_tool() -> list[str] | None:
    if sys.platform == "darwin" and shutil.which("pbcopy"):
        return ["pbcopy"]
    if sys.platform == "win32" and shutil.which("clip"):
        return ["clip"]
    if os.environ.get("WAYLAND_DISPLAY") and shutil.which("wl-copy"):
        return ["wl-copy"]
    if os.environ.get("DISPLAY"):
        if shutil.which("xclip"):
            return ["xclip", "-selection", "clipboard"]
        if shutil.which("xsel"):
            return ["xsel", "--clipboard", "--input"]
    return None


def copy_text(text: str, osc52: Callable[[str], None]) -> str:
    """Copy ``text`` with the system's clipboard tool, else by OSC 52 through the terminal
    (``osc52`` is ``App.copy_to_clipboard``); returns what happened, for a notice."""
    tool = _native_tool()
    if tool is not None:
        try:
            subprocess.run(tool, input=text.encode("utf-8"), check=True, timeout=3,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
            return f"Copied with {tool[0]}"
        except (OSError, subprocess.SubprocessError):
            pass
    osc52(text)
    return (
        "Sent to the terminal's clipboard (OSC 52); if nothing pastes, your terminal "
        "may not allow it"
    )
