"""Drop and create an empty PostgreSQL database for a benchmark: python scripts/fresh_pg_db.py URL."""

import sys
from urllib.parse import urlparse

import psycopg

url = urlparse(sys.argv[1])
name = url.path.lstrip("/")
with psycopg.connect(
    host=url.hostname,
    port=url.port or 5432,
    user=url.username or "postgres",
    dbname="postgres",
    autocommit=True,
) as conn:
    conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
    conn.execute(f'CREATE DATABASE "{name}"')
