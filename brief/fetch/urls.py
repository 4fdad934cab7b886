"""Which strings are web addresses, and which of those brief will fetch at all.

Only ``http`` and ``https`` are ever fetched; every other scheme (``file:``, ``ftp:``,
``data:``, ``javascript:``...) is refused wherever it comes from: the command line, a
feed item, an OPML entry or a redirect. Google News article links are redirects through
a script brief does not run, so they are reported as unsupported instead of followed.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

FETCHABLE = frozenset({"http", "https"})
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:")
_WINDOWS_DRIVE = re.compile(r"^[A-Za-z]:[\\/]")


class RefusedURL(ValueError):
    """A URL brief will not fetch; the message says why in one line."""


def looks_like_url(text: str) -> bool:
    """True for ``scheme:...`` strings (``https://x``, ``file:///x``), not for paths.

    A Windows drive path (``C:\\news``) is a path, not a ``c:`` URL.
    """
    text = text.strip()
    return bool(_SCHEME.match(text)) and not _WINDOWS_DRIVE.match(text)


def check_url(url: str) -> str:
    """The URL normalised for fetching, or ``RefusedURL`` saying why it is not fetched."""
    url = url.strip()
    if any(ch.isspace() or ord(ch) < 32 or ord(ch) == 127 for ch in url):
        raise RefusedURL("the address contains spaces or control characters")
    try:
        parts = urlsplit(url)
    except ValueError as error:
        raise RefusedURL(f"not a valid address ({error})") from None
    scheme = parts.scheme.lower()
    if scheme not in FETCHABLE:
        if not scheme:  # a path in a --urls file, or "example.org/a" without its scheme
            raise RefusedURL("not a web address (no http:// or https://); give files as PATH")
        raise RefusedURL(f"only http and https addresses are fetched, not {scheme}:")
    try:
        host = parts.hostname or ""
        parts.port  # noqa: B018 - raises ValueError on a bad port
    except ValueError:
        raise RefusedURL("not a valid address (bad port)") from None
    if not host:
        raise RefusedURL("the address has no host name")
    if parts.username or parts.password:
        raise RefusedURL("addresses with a user name or password are not fetched")
    if is_google_news(host, parts.path):
        raise RefusedURL(
            "Google News links are redirects brief does not follow (unsupported); "
            "open the story and give its own address"
        )
    return urlunsplit((scheme, parts.netloc.lower(), parts.path or "/", parts.query, ""))


# Parameters that only tell the publisher where a reader came from (campaign tags, click ids,
# newsletter ids); the page is the same with or without them. Only names documented as such.
_TRACKING = re.compile(
    r"utm_[a-z_]+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|yclid|igshid|mc_cid|mc_eid"
    r"|_hsenc|_hsmi|mkt_tok",
    re.IGNORECASE,
)


def same_page(url: str) -> str:
    """What makes two addresses one source: all but the fragment (``#comments`` names a place
    in the page, and the server never sees it) and the tracking parameters (``utm_source``,
    ``fbclid``...: a feed or a shared link tags the same article differently each time)."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:  # refused when fetched; as a key, it is itself
        return url.strip()
    query = parts.query
    if query and _TRACKING.search(query):
        pairs = parse_qsl(query, keep_blank_values=True)
        query = urlencode([(k, v) for k, v in pairs if not _TRACKING.fullmatch(k)])
    return urlunsplit((parts.scheme, parts.netloc, parts.path, query, ""))


def is_google_news(host: str, path: str) -> bool:
    host = host.lower().rstrip(".")
    if host == "news.google.com":
        return path.startswith(("/articles/", "/rss/articles/", "/read/", "/__i/rss/rd/"))
    return False


def host_of(url: str) -> str:
    """``host:port`` of an http(s) URL, the key politeness limits are counted by."""
    parts = urlsplit(url)
    port = parts.port or (443 if parts.scheme == "https" else 80)
    return f"{(parts.hostname or '').lower()}:{port}"
