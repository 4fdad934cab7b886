"""Which network addresses brief may connect to.

Public addresses only, unless the user allows the private network for one run
(``--allow-private-network``: an intranet, a local test server). Cloud metadata
endpoints are refused even then: nothing a news page links to lives there, and reading
them is the classic way a fetcher leaks credentials. The check runs twice per hop: on the
resolved addresses before connecting (for a clear message) and on the peer address
actually connected to (so a DNS answer that changes between the two cannot slip by).
"""

from __future__ import annotations

import ipaddress
import socket

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

METADATA = frozenset(
    ipaddress.ip_address(a)
    for a in ("169.254.169.254", "169.254.170.2", "100.100.100.200", "fd00:ec2::254")
)
ALLOW_FLAG = "--allow-private-network"


class RefusedAddress(Exception):
    """A connection brief refuses to make; the message names the address and why.

    Not an ``OSError``, so urllib3 never retries it or wraps it as a network failure.
    """


def parse_ip(text: str) -> IPAddress | None:
    try:
        ip = ipaddress.ip_address(text.split("%", 1)[0].strip("[]"))
    except ValueError:
        return None
    mapped = getattr(ip, "ipv4_mapped", None)
    return mapped or ip


def refusal(ip: IPAddress, *, allow_private: bool) -> str | None:
    """Why connecting to ``ip`` is refused, or None when it is allowed."""
    if ip in METADATA:
        return f"{ip} is a cloud metadata address (always refused)"
    if ip.is_unspecified or ip.is_multicast:
        return f"{ip} is not a host address"
    if allow_private:
        return None
    if ip.is_loopback:
        kind = "a loopback (this machine's own)"
    elif ip.is_link_local:
        kind = "a link-local"
    elif ip.is_private or not ip.is_global:
        kind = "a private-network"
    else:
        return None
    return f"{ip} is {kind} address; pass {ALLOW_FLAG} to fetch it for this run"


def check_peer(address: str, *, allow_private: bool) -> None:
    """Raise ``RefusedAddress`` when the connected peer ``address`` is not allowed."""
    ip = parse_ip(address)
    if ip is None:
        raise RefusedAddress(f"connected to an unrecognised address {address!r}")
    reason = refusal(ip, allow_private=allow_private)
    if reason:
        raise RefusedAddress(reason)


def check_host(host: str, port: int, *, allow_private: bool) -> None:
    """Resolve ``host`` and refuse it if any address it resolves to is refused.

    Resolution failures are left to the connection, which reports them as network errors.
    """
    ip = parse_ip(host)
    if ip is not None:
        addresses = [ip]
    else:
        try:
            infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except (OSError, UnicodeError):
            return
        addresses = [a for a in (parse_ip(str(info[4][0])) for info in infos) if a is not None]
    for address in addresses:
        reason = refusal(address, allow_private=allow_private)
        if reason:
            raise RefusedAddress(reason)
