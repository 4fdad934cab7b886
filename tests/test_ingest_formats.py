"""Every input format and encoding, with fixture files written by the tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from brief.ingest import load_paths

BODY = (
    "The city council approved the new budget on Tuesday after a long debate.\n"
    "Officials said the plan would fund three new schools by 2027.\n"
)


def _one(path: Path):
    result = load_paths([str(path)])
    assert result.warnings == (), result.warnings
    assert len(result.articles) == 1
    return result.articles[0]


def test_plain_text_with_headline(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text("Council passes budget\n\n" + BODY, encoding="utf-8")
    article = _one(path)
    assert article.id == "story"
    assert article.title == "Council passes budget"
    assert article.body_sentences[0].text.startswith("The city council")


def test_plain_text_without_headline_falls_back_to_file_name(tmp_path: Path) -> None:
    path = tmp_path / "no-headline.txt"
    path.write_text(BODY, encoding="utf-8")
    assert _one(path).title == "no-headline"


def test_markdown_front_matter(tmp_path: Path) -> None:
    path = tmp_path / "post.md"
    path.write_text(
        "---\ntitle: Budget passes\nsource: Town Crier\ndate: 2025-03-04\n"
        "url: https://example.org/b\nauthor: A. Writer\n---\n# Budget passes\n\n" + BODY,
        encoding="utf-8",
    )
    article = _one(path)
    assert (article.title, article.outlet, article.date, article.url, article.author) == (
        "Budget passes",
        "Town Crier",
        "2025-03-04",
        "https://example.org/b",
        "A. Writer",
    )
    first = article.body_sentences[0]
    assert article.text[first.start : first.end].startswith("The city council")
    assert not any("title:" in s.text for s in article.sentences)


def test_markdown_bad_front_matter_costs_the_metadata_not_the_article(tmp_path: Path) -> None:
    """A typo in the front matter is one clear warning; the article is read without it."""
    path = tmp_path / "bad.md"
    path.write_text("---\ntitle: [unclosed\nsource: Town Crier\n---\n" + BODY, encoding="utf-8")
    result = load_paths([str(path)])
    (article,) = result.articles
    (warning,) = result.warnings
    assert warning.reason == "invalid YAML front matter (line 3); the text was read without it"
    assert article.outlet != "Town Crier"  # the metadata is not half-read
    first = article.body_sentences[0]
    assert article.text[first.start : first.end].startswith("The city council")
    assert not any("unclosed" in s.text for s in article.sentences)


def test_a_colon_in_a_front_matter_value_is_named_with_the_fix(tmp_path: Path) -> None:
    """QA (seventeenth round): `title: Quake: search goes on` is the usual slip (YAML reads
    a second mapping); the warning said only "invalid YAML front matter (line 2)"."""
    path = tmp_path / "colon.md"
    path.write_text("---\ntitle: Quake: search goes on\noutlet: Town Crier\n---\n" + BODY)
    (warning,) = load_paths([str(path)]).warnings
    assert warning.reason.startswith("invalid YAML front matter (line 2: a value holding ': '")
    assert "quotes" in warning.reason and warning.reason.endswith("read without it")


def test_html_main_text_and_metadata(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(
        "<html><head><title>Budget passes - Town Crier</title>"
        '<meta property="og:site_name" content="Town Crier">'
        '<meta property="article:published_time" content="2025-03-04T10:00:00Z"></head>'
        "<body><nav>Home | News | Sport | Weather</nav><article><h1>Budget passes</h1>"
        + "".join(f"<p>{line}</p>" for line in BODY.splitlines())
        + "<p>Parents welcomed the decision, saying the schools were badly needed.</p>"
        "</article><script>alert('x')</script></body></html>",
        encoding="utf-8",
    )
    article = _one(path)
    assert article.outlet == "Town Crier"
    assert article.date == "2025-03-04"
    assert "alert" not in article.text and "Weather" not in article.text
    assert any("three new schools" in s.text for s in article.body_sentences)


def test_json_object_and_list(tmp_path: Path) -> None:
    one = tmp_path / "one.json"
    one.write_text(json.dumps({"title": "T", "text": BODY, "outlet": "O", "date": "2025-01-02"}))
    article = _one(one)
    assert (article.title, article.outlet, article.date) == ("T", "O", "2025-01-02")
    many = tmp_path / "many.json"
    many.write_text(
        json.dumps([{"title": "A", "text": BODY}, {"title": "B", "text": BODY + "More."}])
    )
    result = load_paths([str(many)])
    assert [a.title for a in result.articles] == ["A", "B"]
    assert len({a.id for a in result.articles}) == 2


def test_jsonl_records_get_distinct_ids(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    lines = [
        json.dumps({"id": f"r{i}", "title": f"Story {i}", "text": f"Story number {i} ran. " + BODY})
        for i in range(3)
    ]
    path.write_text("\n".join(lines) + "\n")
    result = load_paths([str(path)])
    assert [a.id for a in result.articles] == ["feed-r0", "feed-r1", "feed-r2"]
    assert [a.title for a in result.articles] == ["Story 0", "Story 1", "Story 2"]


def test_json_spans_index_the_text_field(tmp_path: Path) -> None:
    path = tmp_path / "x.json"
    path.write_text(json.dumps({"text": BODY}))
    article = _one(path)
    for sentence in article.sentences:
        assert " ".join(BODY[sentence.start : sentence.end].split()) == sentence.text


CYRILLIC = (
    "Совет утвердил бюджет во вторник после долгих споров.\n"
    "Чиновники заявили, что план профинансирует три школы.\n"
)


@pytest.mark.parametrize(
    ("encoding", "prefix"),
    [
        ("utf-8", b""),
        ("utf-8", b"\xef\xbb\xbf"),
        ("utf-16-le", b"\xff\xfe"),
        ("utf-16-be", b"\xfe\xff"),
        ("utf-16-le", b""),
        ("windows-1251", b""),
    ],
)
def test_encodings_decode_correctly(tmp_path: Path, encoding: str, prefix: bytes) -> None:
    path = tmp_path / "ru.txt"
    path.write_bytes(prefix + CYRILLIC.encode(encoding))
    article = _one(path)
    assert "Совет утвердил бюджет" in article.text
    assert "\ufeff" not in article.text


def test_latin1_legacy_page(tmp_path: Path) -> None:
    path = tmp_path / "fr.txt"
    text = "Le conseil a approuvé le budget mardi après un long débat à l'hôtel de ville.\n" * 3
    path.write_bytes(text.encode("cp1252"))
    assert "approuvé" in _one(path).text


def test_folders_recursive_sorted_hidden_skipped(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / ".hidden").mkdir()
    (tmp_path / "b" / "z.txt").write_text("Zed story ran today in full.\n" + BODY)
    (tmp_path / "a.txt").write_text("Ay story ran today in full.\n" + BODY)
    (tmp_path / ".secret.txt").write_text(BODY)
    (tmp_path / ".hidden" / "c.txt").write_text(BODY)
    result = load_paths([str(tmp_path)])
    assert [a.id for a in result.articles] == ["a", "z"]


def test_same_stem_in_two_folders_gets_unique_ids(tmp_path: Path) -> None:
    for folder in ("x", "y"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "story.txt").write_text(f"From folder {folder} today.\n" + BODY)
    ids = [a.id for a in load_paths([str(tmp_path)]).articles]
    assert ids == ["story", "story-2"]


def test_stdin(tmp_path: Path) -> None:
    result = load_paths(["-"], stdin=lambda: BODY.encode())
    assert result.articles[0].path == "-"
    assert result.articles[0].body_sentences


def test_stdin_is_read_by_its_content() -> None:
    """`curl URL | brief export -` and `jq ... | brief export -`: a page, JSON, JSON lines."""
    page = (
        "<!DOCTYPE html>\n<html><head><title>Budget passes</title></head><body>"
        "<nav>Home | News | Sport | Weather</nav><article><h1>Budget passes</h1>"
        + "".join(f"<p>{line}</p>" for line in BODY.splitlines())
        + "</article></body></html>"
    )
    (article,) = load_paths(["-"], stdin=lambda: page.encode()).articles
    assert article.title == "Budget passes"
    assert "<" not in article.text and "Weather" not in article.text
    records = [{"title": "A", "text": BODY}, {"title": "B", "text": BODY + "More."}]
    for data in (json.dumps(records), "\n".join(json.dumps(r) for r in records) + "\n"):
        result = load_paths(["-"], stdin=lambda data=data: data.encode())
        assert [a.title for a in result.articles] == ["A", "B"], data
        assert "{" not in result.articles[0].text
    text = "[Updated] " + BODY  # a bracket that starts no JSON is text
    (article,) = load_paths(["-"], stdin=lambda: text.encode()).articles
    assert article.text.startswith("[Updated]")


def test_syndicated_copies_are_analysed_once_but_listed(tmp_path: Path) -> None:
    story = "Storm hits coast\n" + "".join(
        f"The storm damaged {n} homes along the northern coast on Monday night.\n"
        for n in range(10, 20)
    )
    (tmp_path / "a.txt").write_text(story)
    (tmp_path / "b.txt").write_text(
        story.replace("Storm hits coast", "Coastal storm") + "Extra line here today.\n"
    )
    (tmp_path / "c.txt").write_text("Other news\n" + BODY)
    articles = {a.id: a for a in load_paths([str(tmp_path)]).articles}
    assert articles["b"].duplicate_of == "a"
    assert articles["a"].duplicate_of is None and articles["c"].duplicate_of is None


def test_control_characters_are_blanked_without_moving_offsets(tmp_path: Path) -> None:
    raw = (
        "Officials \x1b]0;PWNED\x07said the vote\x9b2J passed on Monday evening.\r\nIt was close.\n"
    )
    path = tmp_path / "ctl.txt"
    path.write_bytes(raw.encode("utf-8"))
    article = _one(path)
    assert len(article.text) == len(raw)
    assert not any(ch in article.text for ch in "\x1b\x07\x9b\r")
    # an escape sequence is blanked whole: its window title is no word of the article
    assert article.sentences[0].text == "Officials said the vote passed on Monday evening."


def test_character_references_left_in_text_are_decoded(tmp_path: Path) -> None:
    path = tmp_path / "bid.txt"
    path.write_text(
        "Club bids &#163;8m for striker\n\n"
        "The club offered &pound;8m on Monday, its chairman said at the club&#x2019;s ground.\n"
        "Analysts at R&D firm AT&T and Smith &Co; said the fee was high.\n",
        encoding="utf-8",
    )
    article = _one(path)
    assert article.title == "Club bids £8m for striker"
    assert "offered £8m" in article.text and "club\u2019s ground" in article.text
    # A bare ampersand and an unknown name stay as written.
    assert "R&D firm AT&T and Smith &Co; said" in article.text
    for sentence in article.sentences:
        assert article.text[sentence.start : sentence.end] == sentence.text


def test_json_metadata_cannot_carry_terminal_controls(tmp_path: Path) -> None:
    path = tmp_path / "a.json"
    record = {
        "title": "Evil \u001b]0;owned\u0007 title &#27;[31m &amp; more",
        "outlet": "Out\u001b[2Jlet\nTimes",
        "text": BODY + "Residents said the schools were needed &amp; overdue.\n",
    }
    path.write_text(json.dumps(record), encoding="utf-8")
    article = _one(path)
    for value in (article.title, article.outlet):
        assert not any(ord(ch) < 32 or 0x7F <= ord(ch) <= 0x9F for ch in value), value
    # each escape sequence is blanked whole (its "]0;owned" or "[2J" was kept as words); a
    # character reference to ESC is no escape sequence, its "[31m" stays text
    assert article.title == "Evil title [31m & more"
    assert article.outlet == "Out let Times"
    assert "needed & overdue" in article.text


def test_a_feed_items_title_cannot_carry_terminal_controls() -> None:
    from brief.ingest.remote import Remote

    page = Remote(
        "https://example.org/a",
        "https://example.org/a",
        BODY.encode(),
        "text/plain",
        "2026-01-01T00:00:00Z",
        via_feed="https://example.org/feed.json",
        fallback=(("title", "Feed \u001b[2J title\u009b1m"),),
    )
    result = load_paths([], remote=[page])
    assert [a.title for a in result.articles] == ["Feed title"]  # sequences blanked whole


@pytest.mark.parametrize("value", [True, False, 42, 3.5, None, {"a": 1}, [True, 2], ""])
def test_json_metadata_that_is_not_text_is_ignored(tmp_path: Path, value: object) -> None:
    path = tmp_path / "story.json"
    fields = ("title", "outlet", "author", "url")
    path.write_text(json.dumps({**dict.fromkeys(fields, value), "text": BODY}))
    article = _one(path)
    assert article.title == "story"  # the file's name, as for a record without a title
    assert (article.outlet, article.author, article.url) == ("", "", "")


def test_json_metadata_names_in_objects_and_lists_are_read(tmp_path: Path) -> None:
    path = tmp_path / "story.json"
    record = {
        "title": "Budget passes",
        "publisher": {"name": "Daily Post", "url": "https://example.org"},
        "authors": [{"name": "Ann Lee"}, "Bo Ng", True, 7],
        "text": BODY,
    }
    path.write_text(json.dumps(record))
    article = _one(path)
    assert (article.outlet, article.author) == ("Daily Post", "Ann Lee, Bo Ng")


@pytest.mark.parametrize(
    ("value", "day"),
    [
        (20250814, "2025-08-14"),
        (1755129600, "2025-08-14"),  # Unix seconds
        (1755129600000, "2025-08-14"),  # Unix milliseconds
        (True, ""),
        (20251399, ""),  # not a day
        (-5, ""),
        (1e300, ""),
    ],
)
def test_a_number_as_a_date_is_a_day_or_a_unix_time(
    tmp_path: Path, value: object, day: str
) -> None:
    path = tmp_path / "story.json"
    path.write_text(json.dumps({"date": value, "text": BODY}))
    assert _one(path).date == day


def test_record_ids_that_are_not_text_or_numbers_fall_back_to_the_position(
    tmp_path: Path,
) -> None:
    path = tmp_path / "feed.json"
    ids = [True, {"x": 1}, "a\u001b[31mb\nc", 12, None]
    path.write_text(
        json.dumps([{"id": value, "text": f"Item {n}. " + BODY} for n, value in enumerate(ids)])
    )
    result = load_paths([str(path)])
    assert [a.id for a in result.articles] == [
        "feed-1", "feed-2", "feed-a\\x1b[31mb c", "feed-12", "feed-5"
    ]  # fmt: skip


def test_front_matter_values_yaml_reads_as_booleans_or_dates(tmp_path: Path) -> None:
    path = tmp_path / "story.md"
    path.write_text("---\ntitle: yes\noutlet: 12\ndate: 2025-08-14\n---\n" + BODY)
    article = _one(path)
    assert article.title != "True" and article.outlet == ""
    assert article.date == "2025-08-14"


@pytest.mark.parametrize(
    ("given", "iso"),
    [
        ("2026-12-02T10:00:00Z", "2026-12-02"),
        ("Dec 2, 2026", "2026-12-02"),
        ("2 December 2026", "2026-12-02"),
        ("Wed, 02 Dec 2026 10:00:00 GMT", "2026-12-02"),  # RFC 2822, as feeds and mail write
        ("2026/12/02", "2026-12-02"),
        ("25/12/2026", "2026-12-25"),  # day first: the only reading
        ("last week", ""),  # not a date: unknown, shown as undated everywhere
        ("02/12/2026", ""),  # day or month first? not guessed
        ("2025-13-45", ""),  # no such day
        ("0001-01-01", ""),  # a null timestamp, not a day
        ("1970-01-01T00:00:00Z", ""),
    ],
)
def test_a_metadata_date_is_read_in_the_common_formats(
    tmp_path: Path, given: str, iso: str
) -> None:
    """A JSON record or front matter dated "Dec 2, 2026" was kept verbatim and the story
    list, the stories index and the brief's overview counted the source as undated."""
    path = tmp_path / "a.md"
    path.write_text(f"---\ntitle: Fares\ndate: '{given}'\n---\n\n{BODY}", encoding="utf-8")
    result = load_paths([str(path)])
    assert result.articles[0].date == iso
    # an unknown date is said once, naming the file (it was shown as written in the source
    # line while the overview counted it undated)
    assert [w.path for w in result.warnings] == ([] if iso else [str(path)])
    assert all("read as undated" in w.reason for w in result.warnings)
