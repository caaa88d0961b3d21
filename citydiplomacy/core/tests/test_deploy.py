"""The documented production configuration passes Django's deployment checks, and the edge headers are sent."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.test import Client

REPO = Path(__file__).resolve().parents[3]


def production_env():
    """The documented production environment (deploy/citydiplomacy.env.example), with a real secret key and
    without the database and directories of the example machine."""
    env = {}
    for line in (REPO / "deploy" / "citydiplomacy.env.example").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            name, _, value = line.partition("=")
            env[name.strip()] = value.strip()
    for name in ("DATABASE_URL", "DATA_DIR", "MEDIA_ROOT", "STATIC_ROOT"):
        env.pop(name)
    env["SECRET_KEY"] = "kq8Jz1v0pX2rT7yLw4nB6cF9hD3sG5aE8uI1oP0mZ2xC4vB7nM9qW3eR5tY6uI8o"
    return env


def run_check(tmp_path, *args, **env):
    # Not this test process's own switches (the browser tests set DJANGO_ALLOW_ASYNC_UNSAFE for Playwright).
    leave_out = ("DEBUG", "DATABASE_URL", "SECRET_KEY", "DJANGO_ALLOW_ASYNC_UNSAFE")
    environment = {k: v for k, v in os.environ.items() if k not in leave_out}
    environment.update(production_env(), DATA_DIR=str(tmp_path), **env)
    return subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING", *args],
        cwd=REPO,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.slow
def test_the_production_configuration_passes_check_deploy_without_warnings(tmp_path):
    assert production_env()["DEBUG"] == "false" and production_env()["SECURE_SSL_REDIRECT"] == "true"
    result = run_check(tmp_path)
    issues = [
        line
        for line in (result.stdout + result.stderr).splitlines()
        if line.startswith("?:") or line.startswith("citydiplomacy")
    ]
    # every check, Django's security ones and the API schema's included, is clean
    assert not issues, "\n".join(issues)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.slow
def test_check_deploy_does_warn_when_production_is_made_insecure(tmp_path):
    result = run_check(tmp_path, SECURE_SSL_REDIRECT="false", SECURE_HSTS_SECONDS="0")
    assert result.returncode != 0 and "security.W008" in result.stderr + result.stdout


def test_a_production_start_without_a_secret_key_fails_clearly(tmp_path):
    environment = {k: v for k, v in os.environ.items() if k not in ("SECRET_KEY",)}
    environment.update(DEBUG="false", DATA_DIR=str(tmp_path))
    result = subprocess.run(
        [sys.executable, "manage.py", "check"], cwd=REPO, env=environment, capture_output=True, text=True
    )
    assert result.returncode != 0 and "SECRET_KEY must be set" in result.stderr


def test_pages_carry_a_content_security_policy_without_inline_scripts(client_for, secretary):
    response = client_for(secretary).get("/")
    policy = response.headers["Content-Security-Policy"]
    scripts = next(part for part in policy.split(";") if part.strip().startswith("script-src"))
    assert scripts.split() == ["script-src", "'self'"]
    assert "frame-ancestors 'none'" in policy and "object-src 'none'" in policy
    assert response.headers["X-Frame-Options"] == "DENY"
    assert response.headers["X-Content-Type-Options"] == "nosniff"


def test_the_policy_can_be_report_only_or_off(settings, client_for, secretary):
    settings.CSP_REPORT_ONLY = True
    response = client_for(secretary).get("/about/")
    assert "Content-Security-Policy-Report-Only" in response.headers
    assert "Content-Security-Policy" not in response.headers
    settings.CSP_ENABLED = False
    response = client_for(secretary).get("/about/")
    assert "Content-Security-Policy" not in response.headers
    assert "Content-Security-Policy-Report-Only" not in response.headers


def test_app_templates_have_no_inline_scripts():
    """Every <script> of the app's templates loads a file; an inline one would be blocked by the policy."""
    import re

    package = REPO / "citydiplomacy"
    inline = []
    for template in package.rglob("templates/**/*.html"):
        text = template.read_text(encoding="utf-8")
        for match in re.finditer(r"<script\b([^>]*)>", text):
            if "src=" not in match.group(1) and "application/json" not in match.group(1):
                inline.append(str(template.relative_to(package)))
        if re.search(r"""\son[a-z]+\s*=\s*["']""", text) or "javascript:" in text:
            inline.append(str(template.relative_to(package)))
    assert not inline, inline


def test_the_api_docs_need_a_login(db, client_for, secretary):
    anonymous = Client()
    assert anonymous.get("/api/schema/").status_code in (401, 403)
    assert anonymous.get("/api/docs/").status_code in (401, 403)
    client = client_for(secretary)
    assert client.get("/api/schema/").status_code == 200
    docs = client.get("/api/docs/")
    assert docs.status_code == 200 and "<script>" not in docs.content.decode()  # no inline script


def test_the_admin_lives_at_the_configured_path(tmp_path):
    environment = dict(os.environ, ADMIN_PATH="office-console", DATA_DIR=str(tmp_path))
    code = "import django; django.setup(); from django.urls import reverse; print(reverse('admin:index'))"
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=REPO,
        env=dict(environment, DJANGO_SETTINGS_MODULE="citydiplomacy.settings"),
        capture_output=True,
        text=True,
    )
    assert result.stdout.strip() == "/office-console/", result.stderr
