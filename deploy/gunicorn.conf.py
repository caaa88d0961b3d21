"""gunicorn settings of the production setup (deploy/README.md): `gunicorn -c deploy/gunicorn.conf.py`."""

import multiprocessing
import os

wsgi_app = "citydiplomacy.wsgi:application"
bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")  # nginx in front; never exposed directly
workers = int(os.environ.get("GUNICORN_WORKERS", multiprocessing.cpu_count() * 2 + 1))
threads = int(os.environ.get("GUNICORN_THREADS", 1))
timeout = int(os.environ.get("GUNICORN_TIMEOUT", 60))  # the council report PDF of a large year takes seconds
graceful_timeout = 30
max_requests = 2000  # recycle workers now and then
max_requests_jitter = 200
accesslog = "-"  # to stdout: journald keeps it
errorlog = "-"
forwarded_allow_ips = "127.0.0.1"  # believe X-Forwarded-* from the local nginx only
