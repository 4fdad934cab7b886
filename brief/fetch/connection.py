"""urllib3 connections that check the address they actually connected to.

Modelled on trafilatura 2.3's ``_SafeHTTPConnection``: the peer is vetted after the TCP
connect and before TLS or any byte of the request, on every connection (so on every
redirect hop too). Unlike trafilatura's all-or-nothing switch, the policy here is brief's:
public only, or private allowed for the run, and metadata endpoints never.
"""

from __future__ import annotations

import socket
from typing import Any

import urllib3
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

from brief.fetch.safety import check_peer


class _VettedConnection(HTTPConnection):
    allow_private = False

    def _new_conn(self) -> socket.socket:
        sock = super()._new_conn()
        try:
            check_peer(str(sock.getpeername()[0]), allow_private=self.allow_private)
        except BaseException:
            sock.close()
            raise
        return sock


class _VettedHTTPSConnection(_VettedConnection, HTTPSConnection):
    pass


def pool_manager(*, allow_private: bool, per_host: int, total: int) -> urllib3.PoolManager:
    """A pool manager of vetted connections: ``per_host`` at most to one host (blocking)."""
    attrs = {"allow_private": allow_private}
    plain = type("Connection", (_VettedConnection,), attrs)
    secure = type("HTTPSConnection", (_VettedHTTPSConnection,), attrs)
    plain_pool = type("Pool", (HTTPConnectionPool,), {"ConnectionCls": plain})
    secure_pool = type("HTTPSPool", (HTTPSConnectionPool,), {"ConnectionCls": secure})
    kwargs: dict[str, Any] = {"maxsize": per_host, "block": True, "cert_reqs": "CERT_REQUIRED"}
    manager = urllib3.PoolManager(num_pools=max(10, total * 4), **kwargs)
    manager.pool_classes_by_scheme = {"http": plain_pool, "https": secure_pool}
    return manager
