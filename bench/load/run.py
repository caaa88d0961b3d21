"""Load test of the production setup: gunicorn (deploy/gunicorn.conf.py) on PostgreSQL, 20 logged-in clients.

    python bench/load/run.py [--db postgres://postgres@127.0.0.1:5432/citydiplomacy_load] [--clients 20]
                             [--requests 40] [--seconds 120] [--workers N] [--keep-db]

Makes a fresh database (migrate, the demo seed), starts gunicorn as deploy/ does (DEBUG off, the production
environment of deploy/citydiplomacy.env.example, behind a proxy: the clients send the X-Forwarded-* headers nginx
would), logs every client in through the login page (CSRF and all) as one of the demo users, then each client
requests the dashboard (/) and the trivial view (/about/) in turn, a bounded number of times and for a bounded
time. Prints the count, errors and latency percentiles of each view and the ratio of the dashboard's p95 to the
trivial view's. Exit status 1 if any request failed or the ratio is above 3.
"""

import argparse
import http.client
import os
import re
import secrets
import signal
import socket
import statistics
import subprocess
import sys
import threading
import time
import urllib.parse
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# The users of the demo seed (citydiplomacy/missions/demo.py), one of each role.
DEMO_USERS = ["requester", "requester2", "secretary", "member", "chair", "observer", "analyst", "admin"]
PASSWORD = os.environ.get("DEMO_PASSWORD", "demo1234")
VIEWS = {"dashboard": "/", "trivial": "/about/"}


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def production_env(db_url, data_dir):
    env = dict(os.environ)
    for line in (ROOT / "deploy" / "citydiplomacy.env.example").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            name, _, value = line.partition("=")
            env[name.strip()] = value.strip()
    env.update(
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="127.0.0.1",
        CSRF_TRUSTED_ORIGINS="",
        DATABASE_URL=db_url,
        DATA_DIR=str(data_dir),
        MEDIA_ROOT=str(data_dir / "media"),
        STATIC_ROOT=str(data_dir / "static"),
        LOG_LEVEL="WARNING",
        PYTHONPATH=str(ROOT),
    )
    return env


class Client:
    """One logged-in browser: its own keep-alive connection and cookies, as if behind nginx with TLS."""

    def __init__(self, port, username):
        self.port, self.username = port, username
        self.conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        self.cookies = {}
        self.forwarded = f"198.51.100.{abs(hash(username)) % 200 + 1}"

    def request(self, method, path, body=None, headers=None):
        all_headers = {
            "Host": f"127.0.0.1:{self.port}",
            "X-Forwarded-Proto": "https",
            "X-Forwarded-For": self.forwarded,
            "Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items()),
            **(headers or {}),
        }
        for attempt in range(2):
            try:
                self.conn.request(method, path, body=body, headers=all_headers)
                response = self.conn.getresponse()
                data = response.read()
                break
            except (http.client.HTTPException, ConnectionError):
                self.conn.close()
                self.conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
                if attempt:
                    raise
        for header, value in response.getheaders():
            if header.lower() == "set-cookie":
                name, _, rest = value.partition("=")
                self.cookies[name.strip()] = rest.split(";", 1)[0]
        return response.status, data

    def login(self):
        status, page = self.request("GET", "/login/")
        token = re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1).decode()
        body = urllib.parse.urlencode(
            {"username": self.username, "password": PASSWORD, "csrfmiddlewaretoken": token, "next": "/"}
        )
        status, _ = self.request(
            "POST",
            "/login/",
            body=body,
            headers={
                "Content-Type": "application/x-www-form-urlencoded",
                "Origin": f"https://127.0.0.1:{self.port}",
                "Referer": f"https://127.0.0.1:{self.port}/login/",
            },
        )
        if status != 302 or "sessionid" not in self.cookies:
            raise RuntimeError(f"login of {self.username} failed with {status}")


def run_client(port, username, requests, clock, results, errors, start):
    client = Client(port, username)
    try:
        client.login()
    except Exception as exc:  # a failed login is an error of the run, reported below
        errors.append(f"{username}: {exc}")
        return
    start.wait()
    for i in range(requests):
        if time.monotonic() > clock["deadline"]:
            return
        for view, path in VIEWS.items() if i % 2 == 0 else reversed(VIEWS.items()):
            began = time.perf_counter()
            try:
                status, _ = client.request("GET", path)
            except Exception as exc:
                errors.append(f"{username} {path}: {type(exc).__name__}: {exc}")
                continue
            elapsed = time.perf_counter() - began
            if status != 200:
                errors.append(f"{username} {path}: HTTP {status}")
            results[view].append(elapsed)


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--db",
        default=os.environ.get("LOAD_BENCH_PG", "postgres://postgres@127.0.0.1:5432/citydiplomacy_load"),
    )
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--requests", type=int, default=40, help="dashboard+trivial pairs per client")
    parser.add_argument("--seconds", type=float, default=120, help="stop the clients after this long")
    parser.add_argument("--workers", type=int, help="gunicorn workers (default: deploy/gunicorn.conf.py's)")
    parser.add_argument("--keep-db", action="store_true", help="reuse the database if it is seeded already")
    args = parser.parse_args()

    data_dir = Path(os.environ.get("LOAD_BENCH_DATA", "/tmp/citydiplomacy-load"))
    data_dir.mkdir(parents=True, exist_ok=True)
    env = production_env(args.db, data_dir)
    python = sys.executable
    if not args.keep_db:
        subprocess.run([python, str(ROOT / "scripts" / "fresh_pg_db.py"), args.db], check=True)
        subprocess.run([python, "manage.py", "migrate", "--noinput", "-v0"], cwd=ROOT, env=env, check=True)
        subprocess.run(
            [python, "manage.py", "seed_demo"], cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL
        )
    users = DEMO_USERS
    port = free_port()
    gunicorn_env = dict(env, GUNICORN_BIND=f"127.0.0.1:{port}")
    if args.workers:
        gunicorn_env["GUNICORN_WORKERS"] = str(args.workers)
    gunicorn = [str(Path(python).with_name("gunicorn")), "-c", str(ROOT / "deploy" / "gunicorn.conf.py")]
    server = subprocess.Popen(
        [*gunicorn, "--access-logfile", "/dev/null"],
        cwd=ROOT,
        env=gunicorn_env,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        _wait_for(port)
        results = {view: [] for view in VIEWS}
        errors = []
        start = threading.Event()
        clock = {"deadline": float("inf")}
        threads = [
            threading.Thread(
                target=run_client,
                args=(port, users[i % len(users)], args.requests, clock, results, errors, start),
            )
            for i in range(args.clients)
        ]
        for thread in threads:
            thread.start()
        time.sleep(1)
        began = time.monotonic()
        clock["deadline"] = began + args.seconds
        start.set()
        for thread in threads:
            thread.join(args.seconds + 120)
        wall = time.monotonic() - began
    finally:
        server.send_signal(signal.SIGTERM)
        try:
            _, server_errors = server.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
            _, server_errors = server.communicate()

    workers = gunicorn_env.get("GUNICORN_WORKERS", "cpu*2+1")
    print(f"gunicorn workers={workers}, {args.clients} clients, {wall:.1f} s, users: {', '.join(users)}")
    for view, times in results.items():
        if not times:
            print(f"{view:10s} no requests")
            continue
        print(
            f"{view:10s} {len(times):5d} requests  p50 {statistics.median(times) * 1000:7.1f} ms  "
            f"p95 {percentile(times, 95) * 1000:7.1f} ms  max {max(times) * 1000:7.1f} ms"
        )
    total = sum(len(t) for t in results.values())
    print(f"throughput {total / wall:.1f} requests/s, errors {len(errors)}")
    for error in errors[:20]:
        print("  error:", error)
    tracebacks = [line for line in server_errors.splitlines() if "Traceback" in line or "ERROR" in line]
    for line in tracebacks[:10]:
        print("  server:", line)
    ratio = (
        percentile(results["dashboard"], 95) / percentile(results["trivial"], 95) if total else float("inf")
    )
    print(f"dashboard p95 / trivial p95 = {ratio:.2f} (target ≤ 3)")
    return 0 if not errors and not tracebacks and ratio <= 3 else 1


def _wait_for(port, timeout=60):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            conn.request("GET", "/healthz", headers={"Host": "127.0.0.1"})
            if conn.getresponse().status == 200:
                return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError("gunicorn did not start")


if __name__ == "__main__":
    sys.exit(main())
