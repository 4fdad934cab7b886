"""The analysis cache: reuse for an unchanged set, a miss for any change, never a crash."""

from __future__ import annotations

import subprocess
import sys
import threading
from dataclasses import replace
from pathlib import Path

import pytest

from brief import analysis_cache
from brief.analysis import build_brief
from brief.analysis_cache import SUFFIX, analysis_key, cached_build, load, prune, store
from brief.export import render
from brief.model import AnalysisOptions, Brief, LoadResult


class Counting:
    """``build_brief`` that counts its calls."""

    def __init__(self) -> None:
        self.calls = 0

    def __call__(self, *args: object, **kwargs: object) -> Brief:
        self.calls += 1
        return build_brief(*args, **kwargs)  # type: ignore[arg-type]


@pytest.fixture
def folder(cache: Path) -> Path:
    return cache


def _entries(folder: Path) -> list[Path]:
    return sorted(folder.glob(f"*{SUFFIX}"))


def test_second_build_of_an_unchanged_set_comes_from_the_cache(
    sample: LoadResult, folder: Path
) -> None:
    build = Counting()
    options = AnalysisOptions()
    first = cached_build(build, sample.articles, options, timestamp=False)
    second = cached_build(build, sample.articles, options, timestamp=False)
    assert build.calls == 1
    assert len(_entries(folder)) == 1
    assert second == first
    assert render(second, "json") == render(
        build_brief(sample.articles, options, timestamp=False), "json"
    )


def test_title_and_timestamp_are_applied_to_a_cached_brief(
    sample: LoadResult, folder: Path
) -> None:
    build = Counting()
    options = AnalysisOptions()
    plain = cached_build(build, sample.articles, options, timestamp=False)
    titled = cached_build(build, sample.articles, options, title="My title", timestamp=True)
    assert build.calls == 1
    assert titled.title == "My title" and plain.title != "My title"
    assert titled.generated.startswith("20") and plain.generated == ""


def test_a_changed_article_or_option_misses(sample: LoadResult, folder: Path) -> None:
    build = Counting()
    articles = sample.articles
    cached_build(build, articles, AnalysisOptions(), timestamp=False)
    edited = (replace(articles[0], text=articles[0].text + " "), *articles[1:])
    cached_build(build, edited, AnalysisOptions(), timestamp=False)
    cached_build(build, articles[1:], AnalysisOptions(), timestamp=False)
    cached_build(build, articles, AnalysisOptions(sentences=3), timestamp=False)
    cached_build(build, articles, AnalysisOptions(algorithm="textrank"), timestamp=False)
    assert build.calls == 5
    assert len(_entries(folder)) == 5
    assert len({analysis_key(articles, AnalysisOptions(sentences=n)) for n in range(1, 9)}) == 8


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: b"",
        lambda data: data[: len(data) // 2],
        lambda data: data[:20] + b"\xff" * 40 + data[60:],
        lambda data: b"not a cache entry at all",
        lambda data: data.replace(b"brief-analysis", b"brief-analysiz", 1),
    ],
    ids=["empty", "truncated", "garbled", "foreign", "other-format"],
)
def test_a_damaged_entry_is_ignored_and_rebuilt(
    sample: LoadResult, folder: Path, damage: object
) -> None:
    build = Counting()
    options = AnalysisOptions()
    good = cached_build(build, sample.articles, options, timestamp=False)
    (entry,) = _entries(folder)
    entry.write_bytes(damage(entry.read_bytes()))  # type: ignore[operator]
    again = cached_build(build, sample.articles, options, timestamp=False)
    assert build.calls == 2
    assert again == good
    assert load(analysis_key(sample.articles, options), sample.articles) == good  # rewritten


def test_an_entry_of_another_key_or_type_is_not_trusted(sample: LoadResult, folder: Path) -> None:
    import pickle

    options = AnalysisOptions()
    key = analysis_key(sample.articles, options)
    folder.mkdir(parents=True)
    other = analysis_cache._MAGIC + pickle.dumps(("0" * 64, build_brief(sample.articles)))
    (folder / f"{key}{SUFFIX}").write_bytes(other)
    assert load(key, sample.articles) is None
    wrong_type = analysis_cache._MAGIC + pickle.dumps((key, {"summary": ()}))
    (folder / f"{key}{SUFFIX}").write_bytes(wrong_type)
    assert load(key, sample.articles) is None


def test_an_unwritable_cache_never_stops_the_analysis(
    sample: LoadResult, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("a file where the cache folder should be", encoding="utf-8")
    monkeypatch.setenv("BRIEF_CACHE_DIR", str(blocker / "cache"))
    build = Counting()
    first = cached_build(build, sample.articles, AnalysisOptions(), timestamp=False)
    second = cached_build(build, sample.articles, AnalysisOptions(), timestamp=False)
    assert build.calls == 2 and first == second


def test_a_brief_that_cannot_be_pickled_is_simply_not_cached(
    sample: LoadResult, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*args: object, **kwargs: object) -> bytes:
        raise RecursionError("maximum recursion depth exceeded while pickling an object")

    monkeypatch.setattr(analysis_cache.pickle, "dumps", refuse)
    build = Counting()
    brief = cached_build(build, sample.articles, AnalysisOptions(), timestamp=False)
    assert brief.summary and build.calls == 1
    assert not folder.exists() or _entries(folder) == []


def test_the_cache_can_be_turned_off(
    sample: LoadResult, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BRIEF_NO_CACHE", "1")
    build = Counting()
    for _ in range(2):
        cached_build(build, sample.articles, AnalysisOptions(), timestamp=False)
    assert build.calls == 2
    assert not folder.exists()


def test_concurrent_writers_and_readers_see_whole_entries(sample: LoadResult, folder: Path) -> None:
    options = AnalysisOptions()
    brief = build_brief(sample.articles, options, timestamp=False)
    key = analysis_key(sample.articles, options)
    seen: list[object] = []
    errors: list[BaseException] = []

    def write() -> None:
        try:
            for _ in range(30):
                assert store(key, brief)
        except BaseException as error:  # reported below
            errors.append(error)

    def read() -> None:
        try:
            for _ in range(60):
                seen.append(load(key, sample.articles))
        except BaseException as error:
            errors.append(error)

    threads = [threading.Thread(target=write) for _ in range(4)]
    threads += [threading.Thread(target=read) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert all(value is None or value == brief for value in seen)
    assert any(value == brief for value in seen)
    assert [p.name for p in folder.iterdir()] == [f"{key}{SUFFIX}"]  # no temp file left


def test_concurrent_processes_write_one_valid_entry(sample: LoadResult, folder: Path) -> None:
    code = (
        "from brief.analysis import build_brief\n"
        "from brief.analysis_cache import cached_build\n"
        "from brief.ingest import load_paths\n"
        "from brief.model import AnalysisOptions\n"
        f"articles = load_paths([{str(Path(__file__).parent.parent / 'seeds')!r}]).articles\n"
        "for _ in range(5):\n"
        "    cached_build(build_brief, articles, AnalysisOptions(), timestamp=False)\n"
    )
    processes = [subprocess.Popen([sys.executable, "-c", code]) for _ in range(3)]
    assert [p.wait(timeout=120) for p in processes] == [0, 0, 0]
    key = analysis_key(sample.articles, AnalysisOptions())
    assert [p.name for p in folder.iterdir()] == [f"{key}{SUFFIX}"]
    assert load(key, sample.articles) == build_brief(sample.articles, timestamp=False)


def test_the_folder_is_kept_under_its_size_bound(sample: LoadResult, folder: Path) -> None:
    import os

    brief = build_brief(sample.articles, timestamp=False)
    for number in range(6):
        store(f"{number:064d}", brief)
        path = folder / f"{number:064d}{SUFFIX}"
        os.utime(path, ns=(number * 10**9, number * 10**9))  # entry 0 used longest ago
    size = (folder / f"{0:064d}{SUFFIX}").stat().st_size
    load(f"{1:064d}", sample.articles)  # used now: it must survive
    prune(folder, max_bytes=size * 3)
    left = sorted(p.name[:64] for p in _entries(folder))
    assert left == [f"{n:064d}" for n in (1, 4, 5)]


def test_second_export_reads_the_cache_and_writes_the_same_bytes(tmp_path: Path) -> None:
    """As a user runs it: the second ``brief export`` never loads the analysis code."""
    import os

    env = {**os.environ, "BRIEF_CACHE_DIR": str(tmp_path / "cache")}
    env.pop("BRIEF_NO_CACHE", None)
    code = (
        "import sys\nfrom brief.cli import main\n"
        "main(['export', '--format', 'json', '--no-timestamp', '-o', sys.argv[1]])\n"
        "print('brief.quotes.extract' in sys.modules)\n"
    )
    runs = []
    for name in ("first.json", "second.json"):
        done = subprocess.run(
            [sys.executable, "-c", code, str(tmp_path / name)],
            capture_output=True, text=True, env=env, timeout=120, check=True,
        )  # fmt: skip
        runs.append(done.stdout.strip())
    assert runs == ["True", "False"]
    assert (tmp_path / "first.json").read_bytes() == (tmp_path / "second.json").read_bytes()


def test_the_code_fingerprint_lists_every_module_in_path_order(tmp_path: Path) -> None:
    # names that sort differently as strings and as paths ("a-b" < "a/" but "a" < "a-b")
    for name in ("top.py", "a/x.py", "a-b/x.py", "a/deeper/y.py", "a/notes.txt"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(f"# {name}\n", encoding="utf-8")

    def reference() -> str:  # the rglob version this replaces: same lines, same order
        import hashlib

        digest = hashlib.sha256()
        for path in sorted(tmp_path.rglob("*.py")):
            stat = path.stat()
            line = f"{path.relative_to(tmp_path)}:{stat.st_size}:{stat.st_mtime_ns}\n"
            digest.update(line.encode())
        return digest.hexdigest()

    first = analysis_cache._code_fingerprint(str(tmp_path))
    assert first == reference()
    (tmp_path / "a" / "notes.txt").write_text("not code", encoding="utf-8")
    assert analysis_cache._code_fingerprint(str(tmp_path)) == first  # only modules count
    (tmp_path / "a" / "deeper" / "y.py").write_text("# changed, longer\n", encoding="utf-8")
    changed = analysis_cache._code_fingerprint(str(tmp_path))
    assert changed != first and changed == reference()
