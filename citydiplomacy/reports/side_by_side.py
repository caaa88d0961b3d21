"""Two independent read-only queries of a report at the same time, each on its own connection.

On PostgreSQL outside a transaction every statement already sees the data as committed when it starts, so
running the council report's two scans of the requests side by side changes nothing but the time: the
second runs in a worker thread, on a connection of its own that is closed when it is done. Inside a
transaction (a test, an atomic block) the other connection would not see its uncommitted rows, so there and
on SQLite the two run one after the other. `REPORT_QUERIES_SIDE_BY_SIDE = False` turns it off.
"""

import os
from concurrent.futures import ThreadPoolExecutor

from django.conf import settings
from django.db import connection, connections

_POOL = {}  # process id → its pool: a process forked from one that had a pool makes its own


def _pool():
    pid = os.getpid()
    if pid not in _POOL:
        _POOL.clear()
        _POOL[pid] = ThreadPoolExecutor(max_workers=2, thread_name_prefix="report-query")
    return _POOL[pid]


def can_run_side_by_side():
    return (
        getattr(settings, "REPORT_QUERIES_SIDE_BY_SIDE", True)
        and connection.vendor == "postgresql"
        and not connection.in_atomic_block
    )


def _on_own_connection(func):
    try:
        return func()
    finally:
        connections.close_all()  # this worker thread's connections only


def side_by_side(here, elsewhere):
    """(here(), elsewhere()): `elsewhere` in a worker thread at the same time when that is safe."""
    if not can_run_side_by_side():
        return here(), elsewhere()
    future = _pool().submit(_on_own_connection, elsewhere)
    try:
        first = here()
    finally:
        second = future.result()
    return first, second
