"""Benchmarks of the news engine, ratios measured side by side in one run.

    python bench/news/run.py [--quick]

1. the whole pipeline per page vs trafilatura's extract() alone on the 181 boilerplate pages;
2. story grouping at 10k / 30k / 100k synthetic articles: time per article and peak memory;
3. the Dask engine with 2 workers vs the local engine with 1 process, on the 181 pages as HTML files
   three times over (543 files, about two seconds of local work: a fetch run's batch, large enough that
   starting and collecting the tasks does not dominate; --quick keeps this size, it shortens the rest).
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import random
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from citydiplomacy.newsengine import NewsItem, process_item  # noqa: E402
from citydiplomacy.newsengine.dedup import group_stories  # noqa: E402
from citydiplomacy.newsengine.pipeline import NewsRecord  # noqa: E402


def shared_dir() -> Path:
    return ROOT.parent / "shared"


def load_pages(limit=None):
    d = shared_dir() / "eval" / "boilerplate" / "html"
    files = sorted(d.glob("*.html.gz"))[:limit]
    return [gzip.open(f).read() for f in files]


def bench_pipeline(pages):
    import trafilatura

    items = [NewsItem(id=str(i), html=p) for i, p in enumerate(pages)]
    process_item(items[0])
    trafilatura.extract(pages[0].decode("utf-8", "replace"))
    t = time.perf_counter()
    for it in items:
        process_item(it)
    ours = time.perf_counter() - t
    t = time.perf_counter()
    for p in pages:
        trafilatura.extract(p)
    traf = time.perf_counter() - t
    n = len(pages)
    print(
        f"pipeline (whole, NLP included): {n / ours:7.1f} pages/s   trafilatura extract(): {n / traf:7.1f} pages/s"
    )
    print(f"  ratio pipeline time / trafilatura time = {ours / traf:.3f}  (target <= 0.5)")


WORDS_FA = (
    "شهردار شهرداری تهران مشهد اصفهان همکاری دیدار سفیر هیئت اجلاس تفاهم‌نامه امضا حمل نقل عمومی "
    "مترو محیط زیست گردشگری فرهنگی اقتصادی سرمایه‌گذاری شهر هوشمند پروژه توسعه روابط دو کشور "
    "بین‌المللی نشست برگزار گفت افزود تأکید کرد ادامه داد مدیریت شهری خدمات آموزش جوانان ورزش"
).split()
CITIES = ["Tehran", "Mashhad", "Isfahan", "Shiraz", "Tabriz", "Karaj", "Qom", "Rasht"]
PARTNERS = [
    "Moscow",
    "Beijing",
    "Istanbul",
    "Baghdad",
    "Karbala",
    "Dushanbe",
    "Yerevan",
    "Kazan",
    "Vienna",
    "Doha",
]


def _vocabulary(rng, size=20000):
    letters = "ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهی"
    vocab = list(WORDS_FA)
    while len(vocab) < size:
        vocab.append("".join(rng.choice(letters) for _ in range(rng.randint(2, 8))))
    return vocab


def synthetic(n, seed=7):
    """Stories with 1-4 rewrites each (words dropped and replaced), Zipf-like word frequencies,
    dates spread over two years."""
    rng = random.Random(seed)
    vocab = _vocabulary(rng)
    cum, total = [], 0.0
    for r in range(len(vocab)):
        total += 1 / (r + 1)
        cum.append(total)
    recs = []
    while len(recs) < n:
        base = rng.choices(vocab, cum_weights=cum, k=rng.randint(120, 300))
        home, partner = rng.choice(CITIES), rng.choice(PARTNERS)
        etype = rng.choice(["meeting", "agreement", "outbound_visit", "event_attended"])
        day = (dt.date(2024, 1, 1) + dt.timedelta(days=rng.randrange(730))).isoformat()
        for _ in range(rng.randint(1, 4)):
            words = [w for w in base if rng.random() > 0.1]
            for _k in range(len(words) // 15):
                words[rng.randrange(len(words))] = rng.choices(vocab, cum_weights=cum)[0]
            recs.append(
                NewsRecord(
                    id=str(len(recs)),
                    lang="fa",
                    text=" ".join(words),
                    is_city_diplomacy=True,
                    event_type=etype,
                    home_city=home,
                    cities=[partner],
                    published=day,
                )
            )
    return recs[:n]


def bench_dedup(sizes):
    """Sizes in increasing order; peak memory is the process's max RSS after each size. Besides the
    wall time, the process's CPU time (less sensitive to the other processes of a shared machine) and
    the work per article (candidate pairs, pairs weighed one by one): the algorithm's share of a rise."""
    for n in sizes:
        recs = synthetic(n)
        base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        stats: dict = {}
        t, cpu = time.perf_counter(), time.process_time()
        groups = group_stories(recs, stats=stats)
        el, cpu = time.perf_counter() - t, time.process_time() - cpu
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(
            f"grouping {n:>7} articles: {el:7.2f} s, {1e6 * el / n:7.1f} us/article "
            f"(CPU {1e6 * cpu / n:7.1f} us/article), max RSS {peak:7.0f} MiB (was {base:.0f} MiB with the "
            f"articles loaded), {len(groups)} groups; per article {stats['candidates'] / n:5.1f} candidate "
            f"pairs, {stats['weighed'] / n:5.1f} weighed one by one"
        )


def _burn(n):
    x = 0
    for i in range(n):
        x += i * i
    return x


def _capacity(n=3_000_000):
    """How many cores this shared machine gives us right now: a pure-CPU loop on 2 processes vs 1."""
    from multiprocessing import Pool

    with Pool(2) as pool:
        pool.map(_burn, [1000, 1000])
        t = time.perf_counter()
        _burn(n)
        one = time.perf_counter() - t
        t = time.perf_counter()
        pool.map(_burn, [n, n])
        two = time.perf_counter() - t
    return 2 * one / two


def _page_files(pages, copies, folder):
    """The pages written as ``copies`` × len(pages) HTML files and read back as the CLI reads them."""
    from citydiplomacy.newsengine.inputs import read_path

    items = []
    for c in range(copies):
        for i, page in enumerate(pages):
            f = Path(folder) / f"{c}-{i:03d}.html"
            f.write_bytes(page)
            items.extend(read_path(f))
    return items


def bench_dask(pages, copies=1, reps=5):
    """Local engine (1 process) and Dask (1 and 2 worker processes, 1 thread each) on the same pages,
    ``copies`` times over, given as the CLI gives them: HTML files read into items.

    Both engines are warmed on every page first. The machine is shared, so each Dask run is paired
    with a local run right before it and the ratio of each pair is reported (median over ``reps``),
    next to the ceiling the machine allows at that moment (a pure-CPU loop on 2 processes vs 1).
    The Dask engine lets its workers read files by path; the last line is the same comparison with
    the pages held only in memory (no file), which the engine must send to the workers."""
    import statistics
    import tempfile
    from dataclasses import replace

    from distributed import Client

    from citydiplomacy.newsengine.dask_engine import local_cluster, process_dask

    with tempfile.TemporaryDirectory() as folder:
        files = _page_files(pages, copies, folder)
        memory = [replace(it, source=None) for it in files]
        n = len(files)

        def local():
            t = time.perf_counter()
            for it in files:
                process_item(it)
            return time.perf_counter() - t

        def paired(cl, items, runs):
            out = []
            for _ in range(runs):
                loc = local()
                t = time.perf_counter()
                process_dask(items, client=cl, group=False, keep_text=False)
                out.append((loc, time.perf_counter() - t))
            return out

        local()  # warm
        out = {}
        for workers in (1, 2):
            # the cluster the CLI starts for --engine dask
            with local_cluster(workers) as c, Client(c) as cl:
                process_dask(files, client=cl, group=False, keep_text=False)  # warm, like local()
                out[workers] = paired(cl, files, reps if workers == 2 else 3)
                if workers == 2:
                    out["memory"] = paired(cl, memory, 3)
    cap = _capacity()
    loc1 = statistics.median(p[0] for p in out[2])
    two = statistics.median(p[1] for p in out[2])
    one = statistics.median(p[1] for p in out[1])

    def ratio(pairs):
        return statistics.median(lo / d for lo, d in pairs), ", ".join(f"{lo / d:.2f}" for lo, d in pairs)

    print(
        f"local engine, 1 process: {n / loc1:6.1f} pages/s; Dask 1 worker: {n / one:6.1f}; "
        f"Dask 2 workers: {n / two:6.1f}  ({n} pages, medians of {len(out[2])} runs)"
    )
    print(
        "  throughput ratio Dask 2 workers / local 1 = {:.2f}x  (target >= 1.6x; paired runs {}); "
        "Dask 1 / local 1 = {:.2f}x".format(*ratio(out[2]), ratio(out[1])[0])
    )
    print(
        "  pages in memory, not files: Dask 2 workers / local 1 = {:.2f}x  (paired runs {})".format(
            *ratio(out["memory"])
        )
    )
    print(f"  machine ceiling now: a CPU loop on 2 processes / 1 = {cap:.2f}x; load average {_load()}")


def _load():
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "?"


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument(
        "--quick",
        action="store_true",
        help="smaller pipeline and grouping runs (the Dask comparison keeps its size)",
    )
    args = ap.parse_args(argv)
    pages = load_pages()
    bench_pipeline(pages if not args.quick else pages[:90])
    bench_dedup([2000, 6000] if args.quick else [10_000, 30_000, 100_000])
    bench_dask(pages, copies=3)


if __name__ == "__main__":
    main()
