"""How a server's answer reads: the headers brief acts on (``Location``, ``Retry-After``) and
one-line reasons for an HTTP status or a failed connection."""

from __future__ import annotations

import email.utils
import time

import urllib3


def status_reason(status: int) -> str:
    if status == 401:
        return "login required (HTTP 401)"
    if status == 402:
        return "behind a paywall (HTTP 402)"
    if status == 403:
        return "access refused (HTTP 403): a paywall, a login, or the site blocks automated readers"
    if status in (404, 410):
        return f"not found (HTTP {status})"
    if status == 451:
        return "unavailable for legal reasons (HTTP 451)"
    if status == 429:
        return "too many requests (HTTP 429); try again later"
    if status >= 500:
        return f"server error (HTTP {status})"
    return f"unexpected answer (HTTP {status})"


def header_text(value: str) -> str:
    """A header as sent: Python reads header bytes as Latin-1, but servers send a Location
    with an accented path (``/café``) in raw UTF-8; read so, it is followed, not mangled."""
    try:
        return value.encode("latin-1").decode("utf-8")
    except UnicodeError:
        return value


def retry_after(response: urllib3.BaseHTTPResponse) -> float | None:
    value = (response.headers.get("Retry-After") or "").strip()
    if not value:
        return None
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


def os_reason(error: BaseException) -> str:
    """The system's words for a failed connection ("connection refused"), without
    urllib3's "HTTPConnection(host=..., port=...): Failed to establish..." around them."""
    cause = error.__cause__ or error.__context__
    if isinstance(cause, OSError) and cause.strerror:
        return cause.strerror.lower()
    return first_line(error)


def first_line(error: BaseException) -> str:
    text = str(error).splitlines()[0] if str(error) else type(error).__name__
    return text[:200]
