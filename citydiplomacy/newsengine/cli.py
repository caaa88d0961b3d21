"""Command line: ``python -m citydiplomacy.newsengine extract|fetch ...``; ``main(argv)`` for the app."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable

from .pipeline import NewsItem, NewsRecord, assign_clusters, process_item


def _progress(stream, total=None, desc=""):
    if sys.stderr.isatty():
        from tqdm import tqdm

        return tqdm(stream, total=total, desc=desc, unit="item", file=sys.stderr)
    return stream


def collect(paths: Iterable[str]) -> list[NewsItem | NewsRecord]:
    from .inputs import read_path

    out: list[NewsItem | NewsRecord] = []
    for p in paths:
        if p == "-":
            from .inputs import read_jsonl

            out.extend(read_jsonl(sys.stdin.buffer.read(), "stdin"))
        else:
            out.extend(read_path(p))
    return out


def run_extract(
    entries: list[NewsItem | NewsRecord],
    engine: str = "local",
    scheduler: str | None = None,
    workers: int = 2,
    keep_text: bool = True,
) -> list[NewsRecord]:
    from .dedup import group_stories

    items = [e for e in entries if isinstance(e, NewsItem)]
    if engine == "dask":
        from .dask_engine import process_dask

        done = process_dask(items, scheduler=scheduler, workers=workers, group=False, keep_text=keep_text)
    else:
        done = [process_item(i) for i in _progress(items, total=len(items), desc="extract")]
    it = iter(done)
    records = [next(it) if isinstance(e, NewsItem) else e for e in entries]
    assign_clusters(records, group_stories(records))
    return records


def cmd_extract(args) -> int:
    entries = collect(args.inputs)
    records = run_extract(entries, args.engine, args.scheduler, args.workers, keep_text=args.with_text)
    out = open(args.output, "w", encoding="utf-8") if args.output else sys.stdout
    try:
        for r in records:
            d = r.to_dict(with_text=args.with_text)
            out.write(json.dumps(d, ensure_ascii=False) + "\n")
    finally:
        if args.output:
            out.close()
    errors = sum(1 for r in records if r.error)
    if errors:
        print(
            f"{errors} of {len(records)} items could not be processed (see their 'error' field)",
            file=sys.stderr,
        )
    return 0


def cmd_fetch(args) -> int:
    from .fetch import FetchConfig, fetch_sources

    cfg = FetchConfig(
        timeout=args.timeout,
        max_bytes=args.max_bytes,
        delay=args.delay,
        raw_dir=args.raw_dir,
        state_file=args.state,
        user_agent=args.user_agent,
        allow_hosts=tuple(args.allow_host or ()),
    )
    items = fetch_sources(args.sources, cfg)
    if args.extract:
        records = run_extract(items)
        with open(args.extract, "a", encoding="utf-8") as f:
            for r in records:
                f.write(json.dumps(r.to_dict(), ensure_ascii=False) + "\n")
    print(f"{len(items)} new pages", file=sys.stderr)
    return 0


def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="citydiplomacy news", description="City Diplomacy news engine")
    sub = ap.add_subparsers(dest="command", required=True)
    ex = sub.add_parser("extract", help="news items in, one JSON record per item out")
    ex.add_argument(
        "inputs", nargs="+", help="JSONL ({id, url?, text?|html?}), HTML or RSS/Atom files; - for stdin"
    )
    ex.add_argument("--format", choices=["jsonl"], default="jsonl")
    ex.add_argument("--output", "-o", help="write here instead of standard output")
    ex.add_argument("--engine", choices=["local", "dask"], default="local")
    ex.add_argument("--scheduler", help="address of a Dask scheduler (default: a LocalCluster)")
    ex.add_argument("--workers", type=int, default=2, help="workers of the LocalCluster")
    ex.add_argument("--with-text", action="store_true", help="include the extracted main text")
    ex.set_defaults(func=cmd_extract)
    fe = sub.add_parser("fetch", help="fetch the configured RSS/Atom feeds and listing pages")
    fe.add_argument("--sources", required=True, help="a text file of URLs, or JSON list of {url, kind}")
    fe.add_argument("--raw-dir", required=True, help="where raw copies are kept")
    fe.add_argument("--state", help="state file (default RAW_DIR/state.json)")
    fe.add_argument("--timeout", type=float, default=20.0)
    fe.add_argument("--max-bytes", type=int, default=10 * 1024 * 1024)
    fe.add_argument("--delay", type=float, default=2.0, help="seconds between requests to one host")
    fe.add_argument("--user-agent", default="CityDiplomacyBot/0.1 (+news monitoring)")
    fe.add_argument(
        "--allow-host",
        action="append",
        metavar="HOST",
        help="a private host that may be fetched (name, IP or network); repeat for more",
    )
    fe.add_argument("--extract", metavar="FILE", help="also extract the new pages, appending records to FILE")
    fe.set_defaults(func=cmd_fetch)
    return ap


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return args.func(args)
