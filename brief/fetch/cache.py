"""The response cache: one SQLite file under the user cache folder.

Each row is one URL's last good response with its validators (ETag, Last-Modified) and
fetch time. WAL mode and a busy timeout let two ``brief`` processes share the file; the
total body size is capped (least recently used rows go first). A file that is not a
readable cache is renamed ``<name>.corrupt-<timestamp>`` with one notice and a new one
is started; nothing here raises into the caller for a broken cache.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

SCHEMA_VERSION = 1
DEFAULT_CAP = 200 * 1024 * 1024
FILE_NAME = "responses.sqlite"

Notice = Callable[[str], None]

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS responses (
    url TEXT PRIMARY KEY,
    final_url TEXT NOT NULL,
    status INTEGER NOT NULL,
    content_type TEXT NOT NULL DEFAULT '',
    etag TEXT NOT NULL DEFAULT '',
    last_modified TEXT NOT NULL DEFAULT '',
    body BLOB NOT NULL,
    size INTEGER NOT NULL,
    fetched_at REAL NOT NULL,
    used_at REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS responses_used ON responses (used_at);
"""


@dataclass(frozen=True, slots=True)
class CachedResponse:
    url: str
    final_url: str
    status: int
    content_type: str
    etag: str
    last_modified: str
    body: bytes
    fetched_at: float


@dataclass(frozen=True, slots=True)
class CacheInfo:
    path: Path
    entries: int
    size: int
    cap: int
    oldest: float | None
    newest: float | None


OPEN_RETRIES = (0.05, 0.1, 0.2, 0.4, 0.8, 1.6)
"""Pauses (seconds) between attempts to open a cache another process is setting up."""


def _busy(error: sqlite3.DatabaseError) -> bool:
    """SQLite's "database is locked" / "busy": another process, not a damaged file."""
    message = str(error).lower()
    return isinstance(error, sqlite3.OperationalError) and (
        "locked" in message or "busy" in message
    )


def copy_age(fetched_at: float, now: float | None = None) -> str:
    """How old a cached copy is, in words: "12 minutes", "3 hours", "2 days"."""
    minutes = max(0, int((time.time() if now is None else now) - fetched_at) // 60)
    if minutes < 1:
        return "less than a minute"
    if minutes < 120:
        return f"{minutes} minute{'s' if minutes > 1 else ''}"
    if minutes < 48 * 60:
        return f"{minutes // 60} hours"
    return f"{minutes // (24 * 60)} days"


def cache_dir() -> Path:
    from platformdirs import user_cache_path

    return user_cache_path("brief")


def default_path() -> Path:
    return cache_dir() / FILE_NAME


class Cache:
    """Thread-safe access to the cache file (one connection, one lock)."""

    def __init__(
        self, path: Path | None = None, *, cap: int = DEFAULT_CAP, notice: Notice | None = None
    ) -> None:
        self.path = path or default_path()
        self.cap = cap
        self._notice = notice or (lambda _message: None)
        self._lock = threading.Lock()
        self._db: sqlite3.Connection | None = None
        self._broken = False

    # --- opening ---------------------------------------------------------------------------

    def _connect(self) -> sqlite3.Connection | None:
        if self._db is not None or self._broken:
            return self._db
        try:
            self._db = self._open_when_free()
        except sqlite3.DatabaseError as error:
            if _busy(error):  # another brief holds it past every retry: no cache this run
                self._give_up(str(error))
                return self._db
            self._move_aside(str(error))
            try:
                self._db = self._open()
            except (sqlite3.Error, OSError) as again:
                self._give_up(str(again))
        except OSError as error:
            self._give_up(error.strerror or str(error))
        return self._db

    def _open_when_free(self) -> sqlite3.Connection:
        """``_open``, tried again while another process holds the file: switching to WAL
        and creating the tables can meet a lock the busy timeout does not wait on, and a
        locked cache is not a corrupt one."""
        for pause in OPEN_RETRIES:
            try:
                return self._open()
            except sqlite3.DatabaseError as error:
                if not _busy(error):
                    raise
            time.sleep(pause)
        return self._open()

    def _open(self) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(self.path, timeout=15, check_same_thread=False, isolation_level=None)
        try:
            db.execute("PRAGMA busy_timeout = 15000")
            db.execute("PRAGMA journal_mode = WAL")
            db.execute("PRAGMA synchronous = NORMAL")
            version = self._version(db)
            if version is not None and version != SCHEMA_VERSION:
                # a cache of another layout: its rows are only copies of the web, start over
                db.executescript("DROP TABLE IF EXISTS responses; DROP TABLE IF EXISTS meta;")
            db.executescript(_SCHEMA)
            db.execute(
                "INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),)
            )
        except BaseException:
            db.close()
            raise
        return db

    @staticmethod
    def _version(db: sqlite3.Connection) -> int | None:
        tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "meta" not in tables:
            return None if "responses" not in tables else 0
        row = db.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
        try:
            return int(row[0]) if row else 0
        except ValueError:
            return 0

    def _move_aside(self, reason: str) -> None:
        stamp = time.strftime("%Y%m%d-%H%M%S")
        target = self.path.with_name(f"{self.path.name}.corrupt-{stamp}")
        try:
            self.path.replace(target)
            for suffix in ("-wal", "-shm"):
                Path(f"{self.path}{suffix}").unlink(missing_ok=True)
        except OSError as error:
            self._give_up(f"{reason}; could not move it aside: {error.strerror or error}")
            return
        self._notice(
            f"the fetch cache {self.path} was unreadable ({reason}); "
            f"moved it to {target.name} and started a new one"
        )

    def _give_up(self, reason: str) -> None:
        if not self._broken:
            self._notice(
                f"the fetch cache {self.path} cannot be used ({reason}); fetching without it"
            )
        self._broken = True
        if self._db is not None:
            self._db.close()
        self._db = None

    def _run(self, work: Callable[[sqlite3.Connection], object]) -> object:
        with self._lock:
            db = self._connect()
            if db is None:
                return None
            try:
                return work(db)
            except sqlite3.DatabaseError as error:
                self._give_up(str(error))
                return None

    # --- use -------------------------------------------------------------------------------

    def get(self, url: str) -> CachedResponse | None:
        def work(db: sqlite3.Connection) -> CachedResponse | None:
            row = db.execute(
                "SELECT url, final_url, status, content_type, etag, last_modified, body, "
                "fetched_at FROM responses WHERE url = ?",
                (url,),
            ).fetchone()
            if row is None:
                return None
            db.execute("UPDATE responses SET used_at = ? WHERE url = ?", (time.time(), url))
            return CachedResponse(*row[:6], bytes(row[6]), row[7])

        result = self._run(work)
        return result if isinstance(result, CachedResponse) else None

    def put(self, response: CachedResponse) -> None:
        def work(db: sqlite3.Connection) -> None:
            now = time.time()
            db.execute("BEGIN IMMEDIATE")
            try:
                db.execute(
                    "INSERT OR REPLACE INTO responses VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        response.url,
                        response.final_url,
                        response.status,
                        response.content_type,
                        response.etag,
                        response.last_modified,
                        response.body,
                        len(response.body),
                        response.fetched_at,
                        now,
                    ),
                )
                self._evict(db)
                db.execute("COMMIT")
            except BaseException:
                db.execute("ROLLBACK")
                raise

        self._run(work)

    def touch(self, url: str, fetched_at: float) -> None:
        """A 304: the cached copy is still current as of ``fetched_at``."""
        self._run(
            lambda db: db.execute(
                "UPDATE responses SET fetched_at = ?, used_at = ? WHERE url = ?",
                (fetched_at, time.time(), url),
            )
        )

    def _evict(self, db: sqlite3.Connection) -> None:
        total = db.execute("SELECT COALESCE(SUM(size), 0) FROM responses").fetchone()[0]
        if total <= self.cap:
            return
        excess = total - self.cap
        for url, size in db.execute("SELECT url, size FROM responses ORDER BY used_at").fetchall():
            if excess <= 0:
                break
            db.execute("DELETE FROM responses WHERE url = ?", (url,))
            excess -= size

    def info(self) -> CacheInfo:
        def work(db: sqlite3.Connection) -> tuple:
            return db.execute(
                "SELECT COUNT(*), COALESCE(SUM(size), 0), MIN(fetched_at), MAX(fetched_at) "
                "FROM responses"
            ).fetchone()

        row = self._run(work) if self.path.exists() else None
        count, size, oldest, newest = row if isinstance(row, tuple) else (0, 0, None, None)
        return CacheInfo(self.path, count, size, self.cap, oldest, newest)

    def clear(self) -> int:
        """Delete every cached response; returns how many there were."""
        if not self.path.exists():
            return 0

        def work(db: sqlite3.Connection) -> int:
            count = db.execute("SELECT COUNT(*) FROM responses").fetchone()[0]
            db.execute("DELETE FROM responses")
            db.execute("VACUUM")
            return int(count)

        result = self._run(work)
        return result if isinstance(result, int) else 0

    def close(self) -> None:
        with self._lock:
            if self._db is not None:
                self._db.close()
                self._db = None
