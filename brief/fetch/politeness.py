"""How hard brief leans on servers: connections per host and in all, and pauses."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager


class Gate:
    """At most ``per_host`` requests to one host and ``total`` in all; requests to one host
    start at least ``delay`` seconds apart."""

    def __init__(self, *, per_host: int = 2, total: int = 4, delay: float = 0.5) -> None:
        self.per_host, self.delay = per_host, delay
        self._all = threading.BoundedSemaphore(total)
        self._lock = threading.Lock()
        self._hosts: dict[str, threading.BoundedSemaphore] = {}
        self._next: dict[str, float] = {}

    @contextmanager
    def slot(self, host: str) -> Iterator[None]:
        with self._lock:
            host_slots = self._hosts.setdefault(host, threading.BoundedSemaphore(self.per_host))
        with host_slots:
            while True:  # the start time is taken only once a global slot is held too
                with self._lock:
                    wait = self._next.get(host, 0.0) - time.monotonic()
                if wait > 0:
                    time.sleep(wait)
                self._all.acquire()
                with self._lock:
                    now = time.monotonic()
                    ready = now >= self._next.get(host, 0.0)
                    if ready:
                        self._next[host] = now + self.delay
                if ready:
                    break
                self._all.release()  # the other request to this host started meanwhile
            try:
                yield
            finally:
                self._all.release()

    def hold_off(self, host: str, seconds: float) -> None:
        """A server asked (``Retry-After``) for no request before ``seconds`` from now."""
        with self._lock:
            until = time.monotonic() + seconds
            self._next[host] = max(self._next.get(host, 0.0), until)
