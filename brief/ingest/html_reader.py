"""An HTML page to its article text, metadata and layout hints (trafilatura does the finding)."""

from __future__ import annotations

import html
import re
from functools import lru_cache
from typing import Any

from brief.ingest.boilerplate import UNSPACED
from brief.ingest.html_blocks import LineHint, lines_with_hints
from brief.ingest.jsonld import site_names, structured_meta
from brief.ingest.meta_dates import iso_date
from brief.ingest.title_site import outlet_from_title, title_suffix

#: trafilatura gives up on an extraction shorter than 250 characters and falls back to a
#: blunt whole-page text; in Chinese or Japanese 250 characters are a short article, not
#: a fragment, so such pages are read again with the threshold scaled down.
CJK_MIN_EXTRACTED_SIZE = 100
#: Share of Han/kana characters from which a text counts as Chinese or Japanese.
CJK_SHARE = 0.3


def read_page(html: str) -> tuple[str, dict[str, Any], dict[int, LineHint]]:
    """Return ``(text, metadata, hints)``; raise ``ReadError`` when the page has no text.

    Links and tables are asked for only as hints for the role rules: the text keeps a
    link's words and a table's rows as ``cell | cell`` lines, never a URL or markup.
    (Asking for formatting too changes what trafilatura keeps, for the worse: see
    docs/decisions.md, "Issue 12: HTML reading".)
    """
    from brief.ingest.readers import ReadError

    doc = _extract(html)
    body, hints = _text_and_hints(doc)
    if body and len(body) < 1000 and _cjk(body):
        retry = _extract(html, _cjk_config())
        retried, retried_hints = _text_and_hints(retry)
        if retried.strip():
            doc, body, hints = retry, retried, retried_hints
    data: dict[str, Any] = {}
    if doc is not None:
        data = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    if not body.strip():
        from brief.ingest.html_fallback import plain_text

        title, body = plain_text(html)
        hints = {}
        data.setdefault("title", title)
    if not body.strip():
        raise ReadError("no article text found in the HTML")
    meta = {
        "title": data.get("title"),
        "outlet": data.get("sitename"),
        "date": data.get("date"),
        "url": data.get("url"),
        "author": data.get("author"),
    }
    structured = structured_meta(html)
    if structured.get("date") and not iso_date(structured["date"]):
        del structured["date"]  # "2026" or "soon": the tags' date, if they have one, is better
    if meta["outlet"]:
        meta["outlet"] = own_spelling(html, meta["outlet"])
    meta.update(structured)  # the page's JSON-LD article wins where it says
    meta["title_site"] = title_suffix(html)  # for the fetched address's host, if no url here
    meta["outlet"] = outlet_from_title(meta["title_site"], meta["outlet"] or "", meta["url"] or "")
    meta["title"] = without_site_name(meta["title"] or "", meta["outlet"] or "")
    return body, meta, hints


_META = re.compile(r"<meta\b[^>]*>", re.IGNORECASE)
_KEY = re.compile(r"""\b(?:property|name)\s*=\s*["']?([\w:.-]+)""", re.IGNORECASE)
#: The tags a site's name is read from (trafilatura's, a handle's ``twitter:site`` aside: a
#: handle is no spelling of the name).
SITE_TAGS = frozenset(
    ("og:site_name", "article:publisher", "publisher", "dc.publisher", "dc:publisher",
     "dcterms.publisher", "sailthru.publisher", "rbpubname", "application-name")
)  # fmt: skip
_CONTENT = re.compile(r"""\bcontent\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""", re.IGNORECASE)
_TAGS = re.compile(r"<[^>]+>")


def own_spelling(page: str, sitename: str) -> str:
    """The site's name as the page writes it (``og:site_name``, a publisher tag, JSON-LD).

    trafilatura title-cases a name that does not begin with a capital ("harbor times" ->
    "Harbor Times"): a lower-case brand came out capitalised. When the page does not write
    ``sitename`` as it is but writes a name that title-cases to it, that name is the site's
    own spelling. (A ``twitter:site`` handle is no spelling: "@harbortimes" stays
    "Harbortimes".)"""
    if "." in sitename or sitename != sitename.title():
        return sitename  # not title-cased by trafilatura: as the page wrote it
    names = site_names(page)
    for tag in _META.findall(page):
        key, found = _KEY.search(tag), _CONTENT.search(tag)
        if key and key.group(1).lower() in SITE_TAGS and found:
            value = next(group for group in found.groups() if group is not None)
            names.append(_TAGS.sub("", html.unescape(value)).strip())
    if sitename in names:
        return sitename
    return next((name for name in names if name.title() == sitename), sitename)


_SITE_SEPARATOR = re.compile(r"\s+(?:[|\-–—·:]|::)\s+")


def without_site_name(title: str, outlet: str) -> str:
    """``Tram approved | Harbor Times`` -> ``Tram approved`` when the page names its site
    Harbor Times: the site's name is the outlet, not part of the headline."""
    if not title or not outlet:
        return title
    last = next(reversed(list(_SITE_SEPARATOR.finditer(title))), None)
    if last is not None and title[last.end() :].strip().casefold() == outlet.strip().casefold():
        return title[: last.start()].strip() or title
    return title


def _extract(html: str, config: Any = None) -> Any:
    import trafilatura  # lazy: heavy, and only HTML needs it
    from trafilatura.settings import set_date_params

    options: dict[str, Any] = {"config": config} if config is not None else {}
    # a date only from the page's markup (meta tags, <time>, the URL): the extensive search
    # takes any year in the text ("© 2003", "in 2000") for 1 January of that year
    options["date_extraction_params"] = set_date_params(extensive=False)
    try:
        return trafilatura.bare_extraction(
            html,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            include_links=True,
            include_images=False,
            **options,
        )
    except (ValueError, RecursionError, TypeError, AttributeError):
        return None


@lru_cache(maxsize=1)
def _cjk_config() -> Any:
    from trafilatura.settings import use_config

    config = use_config()
    config.set("DEFAULT", "MIN_EXTRACTED_SIZE", str(CJK_MIN_EXTRACTED_SIZE))
    return config


def _cjk(text: str) -> bool:
    return len(UNSPACED.findall(text)) >= CJK_SHARE * len(text)


def _text_and_hints(doc: Any) -> tuple[str, dict[int, LineHint]]:
    body = getattr(doc, "body", None) if doc is not None else None
    if body is None:
        return "", {}
    parts, hints, pos = [], {}, 0
    try:
        for line, hint in lines_with_hints(body):
            parts.append(line)
            hints[pos] = hint
            pos += len(line) + 1
    except RecursionError:  # absurdly nested output: the plain fallback reads the page
        return "", {}
    return "\n".join(parts), hints
