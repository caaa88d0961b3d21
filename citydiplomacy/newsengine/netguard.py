"""Only public addresses are fetched: a guard against server-side request forgery.

A news source is typed in by a person, and the pages a feed links to are chosen by whoever writes the feed.
Neither may make the server read its own or its network's private pages (the database port, a cloud metadata
address, an intranet wiki). So every connection is checked on the address it really goes to: the name is
resolved, every address it resolves to must be public (or allowed by the office's allow-list), and the
socket is then opened to that checked address, never to the name again (no window for DNS rebinding).

Django-free: the allow-list is passed in by the caller (the app reads it from the NEWS_FETCH_ALLOW_HOSTS setting).
"""

from __future__ import annotations

import ipaddress
import socket
import urllib.parse
from collections.abc import Iterable

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

# NAT64's well-known prefix carries an IPv4 address in its last 32 bits (RFC 6052).
_NAT64 = ipaddress.ip_network("64:ff9b::/96")


class UnsafeAddress(Exception):
    """The address is not a public one (and is not on the allow-list)."""


def embedded_ipv4(ip: IPAddress) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 one carries (IPv4-mapped, 6to4, Teredo, NAT64), if any."""
    if ip.version != 6:
        return None
    if ip.ipv4_mapped is not None:
        return ip.ipv4_mapped
    if ip.sixtofour is not None:
        return ip.sixtofour
    if ip.teredo is not None:
        return ip.teredo[1]
    if ip in _NAT64:
        return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    return None


def is_public(ip: IPAddress) -> bool:
    """True for an address on the public internet: not loopback, private, link-local, multicast, reserved,
    unspecified, shared (carrier NAT), documentation, nor an IPv6 form of one of those."""
    if ip.version == 6 and ip.ipv4_mapped is not None:
        return is_public(ip.ipv4_mapped)  # the socket really goes to the IPv4 address
    inner = embedded_ipv4(ip)
    if inner is not None and not is_public(inner):
        return False
    return bool(
        ip.is_global
        and not (
            ip.is_private
            or ip.is_loopback
            or ip.is_link_local
            or ip.is_multicast
            or ip.is_reserved
            or ip.is_unspecified
            or (ip.version == 6 and ip.is_site_local)
        )
    )


class AllowList:
    """The office's own hosts that may be private: host names (matched on the name typed in the address,
    case-insensitively) and IP addresses or networks (matched on the address the name resolves to)."""

    def __init__(self, entries: Iterable[str] = ()):
        self.names: set[str] = set()
        self.networks: list[ipaddress.IPv4Network | ipaddress.IPv6Network] = []
        for entry in entries:
            entry = (entry or "").strip().lower().strip("[]")
            if not entry:
                continue
            try:
                self.networks.append(ipaddress.ip_network(entry, strict=False))
            except ValueError:
                self.names.add(entry.rstrip("."))

    def allows_name(self, host: str) -> bool:
        return host.lower().rstrip(".").strip("[]") in self.names

    def allows_ip(self, ip: IPAddress) -> bool:
        return any(ip in net for net in self.networks if net.version == ip.version)


def resolve(host: str, port: int) -> list[tuple]:
    """getaddrinfo for TCP; each entry is (family, sockaddr)."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, proto=socket.IPPROTO_TCP)
    except (socket.gaierror, UnicodeError) as exc:
        raise OSError(f"cannot resolve {host!r}: {exc}") from exc
    out = []
    for family, _type, _proto, _name, sockaddr in infos:
        if (family, sockaddr) not in out:
            out.append((family, sockaddr))
    return out


def checked_addresses(host: str, port: int, allow: AllowList | None = None) -> list[tuple]:
    """Resolve host and return its addresses, or raise UnsafeAddress if any of them is not public and the
    host is not allowed by name nor the address by the allow-list."""
    allow = allow or AllowList()
    addresses = resolve(host, port)
    if not addresses:
        raise OSError(f"cannot resolve {host!r}")
    if allow.allows_name(host):
        return addresses
    for _family, sockaddr in addresses:
        ip = ipaddress.ip_address(sockaddr[0].split("%", 1)[0])
        if not is_public(ip) and not allow.allows_ip(ip):
            raise UnsafeAddress(f"refused: {host} resolves to a non-public address ({ip})")
    return addresses


def guarded_create_connection(allow: AllowList | None):
    """A replacement for socket.create_connection that connects only to checked addresses."""

    def create_connection(address, timeout=socket._GLOBAL_DEFAULT_TIMEOUT, source_address=None, **kwargs):
        host, port = address
        last_error: OSError | None = None
        for family, sockaddr in checked_addresses(host, port, allow):
            sock = socket.socket(family, socket.SOCK_STREAM)
            try:
                if timeout is not socket._GLOBAL_DEFAULT_TIMEOUT:
                    sock.settimeout(timeout)
                if source_address:
                    sock.bind(source_address)
                sock.connect(sockaddr)  # the checked address itself, not the name
                return sock
            except OSError as exc:
                last_error = exc
                sock.close()
        raise last_error or OSError(f"cannot connect to {host!r}")

    return create_connection


def check_url(url: str, allow_hosts: Iterable[str] = (), *, resolve_names: bool = True) -> None:
    """Raise UnsafeAddress if the URL is not http(s) or points to a non-public address. A name that does not
    resolve (now) is not refused here: the fetcher checks again when it connects."""
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise UnsafeAddress("refused: only http and https addresses")
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError as exc:
        raise UnsafeAddress(f"refused: bad port ({exc})") from exc
    allow = AllowList(allow_hosts)
    if allow.allows_name(parts.hostname):
        return
    try:
        ip = ipaddress.ip_address(parts.hostname.split("%", 1)[0])
    except ValueError:
        ip = None
    if ip is not None:
        if not is_public(ip) and not allow.allows_ip(ip):
            raise UnsafeAddress(f"refused: {ip} is not a public address")
        return
    if resolve_names:
        try:
            checked_addresses(parts.hostname, port, allow)
        except UnsafeAddress:
            raise
        except OSError:
            return
