"""How hard brief leans on servers: connections per host and in all, and pauses."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

GIVE_UP_AFTER = 2
"""Timeouts from one host in one run after which its other addresses are not tried: a feed
of 20 items on a site that stopped answering took 20 x 20 s / 2 at a time (over 3 minutes)
to say 20 times what the first two said."""


class Gate:
    """At most ``per_host`` requests to one host and ``total`` in all; requests to one host
    start at least ``delay`` seconds apart; none to a host that timed out ``GIVE_UP_AFTER``
    times (``failed`` counts them): the requests queued behind the ones that timed out are
    not sent."""

    def __init__(self, *, per_host: int = 2, total: int = 4, delay: float = 0.5) -> None:
        self.per_host, self.delay = per_host, delay
        self._all = threading.BoundedSemaphore(total)
        self._lock = threading.Lock()
        self._hosts: dict[str, threading.BoundedSemaphore] = {}
        self._next: dict[str, float] = {}
        self._timeouts: dict[str, int] = {}
        self._sending: dict[str, int] = {}
        self._changed = threading.Condition(self._lock)

    @contextmanager
    def slot(self, host: str) -> Iterator[int]:
        """Yields 0 when the request may be sent, or how many times ``host`` timed out when
        brief gave up on it (send nothing then). A request to a host that timed out once
        waits until the others under way there end: the slot the first timeout freed let a
        third request start (and wait out its own timeout) while the second still waited."""
        with self._lock:
            host_slots = self._hosts.setdefault(host, threading.BoundedSemaphore(self.per_host))
        with host_slots:
            with self._changed:
                while 0 < self._timeouts.get(host, 0) < GIVE_UP_AFTER and self._sending.get(host):
                    self._changed.wait()
                count = self._timeouts.get(host, 0)
                if count < GIVE_UP_AFTER:
                    self._sending[host] = self._sending.get(host, 0) + 1
            if count >= GIVE_UP_AFTER:
                yield count
                return
            try:
                yield from self._send_slot(host)
            finally:
                with self._changed:
                    self._sending[host] -= 1
                    self._changed.notify_all()

    def _send_slot(self, host: str) -> Iterator[int]:
        """A global slot, at least ``delay`` after the last request to ``host`` started."""
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
            yield 0
        finally:
            self._all.release()

    def hold_off(self, host: str, seconds: float) -> None:
        """A server asked (``Retry-After``) for no request before ``seconds`` from now."""
        with self._lock:
            until = time.monotonic() + seconds
            self._next[host] = max(self._next.get(host, 0.0), until)

    def failed(self, host: str, *, timed_out: bool) -> None:
        """A request to ``host`` failed; one more timeout if it ``timed_out``."""
        if timed_out:
            with self._lock:
                self._timeouts[host] = self._timeouts.get(host, 0) + 1
