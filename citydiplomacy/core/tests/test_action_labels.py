"""Every action code the code writes into the audit trail has a translated label for the history."""

import ast
import re
from pathlib import Path

from django.utils import translation

from citydiplomacy.core import audit
from citydiplomacy.partners.models import PartnerKind

PACKAGE = Path(__file__).resolve().parents[2]

# What the placeholders of f-string action codes take.
PLACEHOLDERS = {
    "kind": {
        "partners.": [k for k in PartnerKind.values if k != PartnerKind.AGREEMENT],
        "missions.request.": ["approved", "rejected", "sent_back"],
    },
    "partner_kind": {"partners.": [k for k in PartnerKind.values if k != PartnerKind.AGREEMENT]},
}


def _codes_in(node):
    """The action codes an expression can evaluate to: constants, f-strings (expanded) and conditionals."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.IfExp):
        return _codes_in(node.body) + _codes_in(node.orelse)
    if isinstance(node, ast.JoinedStr):
        codes = [""]
        for part in node.values:
            if isinstance(part, ast.Constant):
                codes = [c + part.value for c in codes]
                continue
            name = ast.unparse(part.value)
            choices = PLACEHOLDERS.get(name)
            assert choices, f"add the values of {{{name}}} in an action code to PLACEHOLDERS"
            expanded = []
            for code in codes:
                values = next((v for prefix, v in choices.items() if code.startswith(prefix)), None)
                assert values, f"add what {{{name}}} takes after {code!r} to PLACEHOLDERS"
                expanded += [code + value for value in values]
            codes = expanded
        return codes
    raise AssertionError(f"an action code the test cannot read: {ast.unparse(node)}")


def action_codes_in_the_code():
    codes = set()
    for path in PACKAGE.rglob("*.py"):
        if path.name == "audit.py" and path.parent.name == "core":
            continue  # the trail's own writer passes on the code it is given
        if "tests" in path.parts or "newsengine" in path.parts or "migrations" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            owner = ast.unparse(func.value) if isinstance(func, ast.Attribute) else ""
            if name == "record" and owner == "audit" and node.args:
                first = node.args[0]
                if isinstance(first, ast.Call) and getattr(first.func, "id", "") == "_admin_action":
                    continue  # admin.<app>.<model>.<verb>: named from the model (see the test below)
                codes.update(_codes_in(first))
            elif name == "AuditEntry" or (name == "create" and owner == "AuditEntry.objects"):
                codes.update(c for kw in node.keywords if kw.arg == "action" for c in _codes_in(kw.value))
    return codes


def test_the_scan_finds_the_action_codes_of_every_app():
    codes = action_codes_in_the_code()
    assert {c.split(".")[0] for c in codes} >= {
        "missions",
        "news",
        "partners",
        "agreements",
        "memberships",
        "core",
    }
    assert {"partners.city.edited", "missions.request.sent_back", "missions.import.completed"} <= codes


def test_every_action_code_has_a_translated_label():
    codes = action_codes_in_the_code()
    missing = sorted(c for c in codes if c not in audit.ACTION_LABELS)
    assert not missing, f"action codes without a label (register them in the app's ready()): {missing}"
    with translation.override("fa"):
        untranslated = sorted(c for c in codes if re.search("[A-Za-z]", str(audit.label(c))))
    assert not untranslated, f"labels without a Persian translation: {untranslated}"


def test_the_history_shows_the_label_not_the_code(client_for, secretary, mission_factory):
    mission = mission_factory()
    page = client_for(secretary, "fa").get(f"/missions/{mission.pk}/").content.decode()
    with translation.override("fa"):
        label = str(audit.label("missions.request.created"))
    assert not re.search("[A-Za-z]", label)
    assert f"<strong>{label}</strong>" in page and "<code" not in page.split('id="history"')[1]


def test_admin_changes_are_named_from_the_model():
    from django.utils import translation

    from citydiplomacy.core.audit import label

    with translation.override("en"):
        assert label("admin.core.unit.changed") == "unit changed in the admin"
    with translation.override("fa"):
        assert "admin" not in str(label("admin.core.unit.added"))
