"""Per-format readers: each turns decoded text into documents with metadata.

A document's ``text`` is what spans index into: the whole decoded file for plain
text and markdown (front matter included, with ``body_start`` after it), the
extracted main text for HTML, and the ``text`` field for JSON records.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from typing import TYPE_CHECKING, Any

from brief.ingest.own import own_json, own_text
from brief.text.clean import blank_controls, clip, fold, safe_name, unescape_entities

if TYPE_CHECKING:
    from brief.ingest.html_blocks import LineHint


class ReadError(ValueError):
    """The file's content cannot be read as an article; the message says why."""


class PartlyRead(ValueError):
    """Some of the file was read (``docs``) and some could not be; the message says what."""

    def __init__(self, reason: str, docs: list[RawDoc]) -> None:
        super().__init__(reason)
        self.docs = docs


@dataclass(slots=True)
class RawDoc:
    text: str
    body_start: int = 0
    meta: dict[str, str] = field(default_factory=dict)
    format: str = "txt"
    suffix: str = ""
    """Distinguishes several records of one file (``#2``); empty for single documents."""
    hints: dict[int, LineHint] = field(default_factory=dict)
    """For HTML: what the page made of each line, by the line's start offset."""
    title_site: str = ""
    """For HTML: the last part of the page's ``<title>`` ("Pier shut - Daily Harbour"), the
    site's name when it spells the host of the address the page was fetched from."""


META_KEYS = {
    "title": ("title", "headline"),
    "outlet": ("outlet", "source", "publisher", "site", "sitename", "site_name"),
    "date": ("date", "published", "publish_date", "pubdate", "datetime"),
    "url": ("url", "link", "canonical"),
    "author": ("author", "byline", "authors"),
}
TEXT_KEYS = ("text", "body", "content", "article", "maintext")


def read(text: str, suffix: str) -> list[RawDoc]:
    """Dispatch on the file extension (lower-case, with the dot)."""
    if suffix in {".md", ".markdown", ".txt"}:
        reason = own_text(text)  # brief's own export given back, e.g. written into DIR
        if reason:
            raise ReadError(reason)
    if suffix in {".md", ".markdown"}:
        return [read_markdown(text)]
    if suffix in {".html", ".htm"}:
        return [read_html(text)]
    if suffix == ".json":
        return read_json(text)
    if suffix == ".jsonl":
        return read_jsonl(text)
    return [RawDoc(unescape_entities(text), format="txt")]


_HTML_START = re.compile(r"\A\ufeff?\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)\b", re.I | re.S)


def sniff_suffix(text: str) -> str:
    """The extension standard input's content reads as: a piped page (``curl URL |``) as
    HTML, a JSON document or JSON lines (``jq ... |``) as such, anything else as text."""
    if _HTML_START.match(text[:4096]):
        return ".html"
    start = text.lstrip("\ufeff \t\r\n")[:1]
    if start in "{[" and start:
        try:
            json.loads(text)
        except ValueError:
            first = text.lstrip("\ufeff \t\r\n").split("\n", 1)[0]
            try:
                return ".jsonl" if isinstance(json.loads(first), dict) else ".txt"
            except ValueError:
                return ".txt"
        return ".json"
    return ".txt"


_FRONT = re.compile(r"\A\ufeff?---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)


def read_markdown(text: str) -> RawDoc:
    match = _FRONT.match(text)
    if match is None:
        return RawDoc(unescape_entities(text), format="md")
    import yaml  # lazy: only markdown with front matter needs it

    body = unescape_entities(text[match.end() :])
    problem = ""
    try:
        data = yaml.safe_load(match.group(1))
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f" (line {mark.line + 2})" if mark is not None else ""
        if mark is not None and "mapping values are not allowed" in str(error):
            # `title: Quake: the search goes on`, the usual slip: say how to write it
            where = f" (line {mark.line + 2}: a value holding ': ' needs quotes, as in "
            where += 'title: "Quake: the search goes on")'
        data, problem = None, f"invalid YAML front matter{where}"
    except RecursionError:  # "[[[[..." thousands deep
        data, problem = None, "YAML front matter nested too deeply to read"
    meta = normalise_meta(data) if isinstance(data, dict) else {}
    doc = RawDoc(text[: match.end()] + body, body_start=match.end(), meta=meta, format="md")
    if problem:  # a typo in the metadata costs the metadata, not the article
        raise PartlyRead(f"{problem}; the text was read without it", [doc])
    return doc


def read_html(text: str) -> RawDoc:
    from brief.ingest.html_reader import read_page  # lazy: pulls in trafilatura

    body, meta, hints = read_page(text)
    site = meta.pop("title_site", "")
    return RawDoc(body, meta=normalise_meta(meta), format="html", hints=hints, title_site=site)


TOO_DEEP = "JSON nested too deeply to read"


def read_json(text: str) -> list[RawDoc]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise ReadError(f"invalid JSON at line {error.lineno}: {error.msg}") from None
    except RecursionError:  # "[[[[..." thousands deep: Python's parser gives up
        raise ReadError(TOO_DEEP) from None
    records = data if isinstance(data, list) else [data]
    docs, empty = _records(records, "json")
    if not docs:
        none = "JSON holds no object with a text field (text/body/content)"
        raise ReadError(own_json(data) or none)  # or: a brief's own JSON export
    if empty:  # "record 4 and 2 more: no text field (...); the other 9 records were read"
        raise PartlyRead(f"{_no_text('record', empty)}; {_the_others(len(docs), 'record')}", docs)
    return docs


def read_jsonl(text: str) -> list[RawDoc]:
    """One record a line. A few bad lines (a download cut off mid-line) cost only
    themselves: the rest is read and ``PartlyRead`` says which were not; a file of mostly
    bad lines is no JSON-lines file and is refused as a whole."""
    records: list[Any] = []
    numbers: list[int] = []
    bad: list[str] = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            records.append(json.loads(line))
            numbers.append(number)
        except json.JSONDecodeError as error:
            bad.append(f"invalid JSON on line {number}: {error.msg}")
        except RecursionError:
            bad.append(f"{TOO_DEEP} (line {number})")
    if bad and len(bad) >= len(records):
        raise ReadError(bad[0])
    docs, empty = _records(records, "jsonl")
    if not docs:
        raise ReadError("JSON lines hold no object with a text field (text/body/content)")
    problems = []
    if bad:  # "skipped x.jsonl: line 4 (invalid JSON: ...); the other 5 lines were read"
        first = re.sub(r"^invalid JSON on (line \d+): (.*)$", r"\1 (invalid JSON: \2)", bad[0])
        others = len(bad) - 1
        more = f" and {others} more bad line{'' if others == 1 else 's'}" if others else ""
        problems.append(first + more)
    if empty:
        problems.append(_no_text("line", [numbers[n - 1] for n in empty]))
    if problems:
        raise PartlyRead(f"{'; '.join(problems)}; {_the_others(len(docs), 'line')}", docs)
    return docs


def _the_others(count: int, unit: str) -> str:
    return f"the other {unit} was read" if count == 1 else f"the other {count} {unit}s were read"


def _no_text(unit: str, numbers: list[int]) -> str:
    """ "line 4 and 2 more: no text field (...)": records read as JSON but holding no article
    (said, not dropped unseen)."""
    more = f" and {len(numbers) - 1} more" if len(numbers) > 1 else ""
    return f"{unit} {numbers[0]}{more}: no text field (text/body/content)"


def _records(records: list[Any], fmt: str) -> tuple[list[RawDoc], list[int]]:
    """The records' articles, and the positions (from 1) of those that hold none."""
    docs = []
    empty = []
    for number, record in enumerate(records, 1):
        if not isinstance(record, dict):
            empty.append(number)
            continue
        body = next((record[k] for k in TEXT_KEYS if isinstance(record.get(k), str)), None)
        if body is None or not body.strip():
            empty.append(number)
            continue
        suffix = _record_id(record.get("id"), number) if len(records) > 1 else ""
        body = unescape_entities(body)
        docs.append(RawDoc(body, meta=normalise_meta(record), format=fmt, suffix=suffix))
    return docs, empty


def _record_id(value: Any, number: int) -> str:
    """A record's ``id`` (text or a whole number, shown safely) or else its position."""
    if isinstance(value, int) and not isinstance(value, bool) and value:
        return str(value)
    if isinstance(value, str) and value.strip():
        return clip(safe_name(fold(value)), 80)
    return str(number)


def normalise_meta(data: dict[str, Any]) -> dict[str, str]:
    """Pick the known metadata fields under their common aliases, as clean strings.

    Clean means one line with no controls: a JSON title may spell ESC as ``\\u001b``,
    which the file-level blanking cannot see, and the title reaches the terminal. A value
    that is not text (``true``, ``null``, a number, a nested object) is not a headline or
    an outlet and is ignored rather than printed as "True"; a number as a date is read as
    a ``YYYYMMDD`` day or a Unix time.
    """
    lowered = {str(k).lower(): v for k, v in data.items()}
    meta: dict[str, str] = {}
    for key, aliases in META_KEYS.items():
        for alias in aliases:
            value = _text_value(key, lowered.get(alias))
            if value is not None and value.strip():
                meta[key] = fold(blank_controls(unescape_entities(value)))
                break
    return meta


def _text_value(key: str, value: Any) -> str | None:
    """A metadata value as text: strings, dates, a list of names, an object's name."""
    if isinstance(value, list):  # authors: ["A", "B"] or [{"name": "A"}]
        names = (_single_value(key, item) for item in value)
        return ", ".join(name for name in names if name) or None
    return _single_value(key, value)


def _single_value(key: str, value: Any) -> str | None:
    if isinstance(value, dict):  # {"name": "Reuters"}, as schema.org writes an outlet
        value = value.get("name") or value.get("title")
    if isinstance(value, str):
        return value
    if isinstance(value, date):  # YAML reads "date: 2025-08-14" as a date
        return value.isoformat()
    if key == "date" and isinstance(value, (int, float)) and not isinstance(value, bool):
        return _number_date(value)
    return None


def _number_date(value: float) -> str | None:
    """``20250814`` as that day; a Unix time in seconds or milliseconds as its UTC day."""
    if isinstance(value, int) and 19000101 <= value <= 21001231:
        try:
            return datetime.strptime(str(value), "%Y%m%d").date().isoformat()
        except ValueError:
            return None
    seconds = value / 1000 if value >= 1e11 else value
    try:
        day = datetime.fromtimestamp(seconds, tz=timezone.utc).date()
    except (OverflowError, OSError, ValueError):
        return None
    return day.isoformat() if 1971 <= day.year <= 2100 else None
