"""The one audit trail. Every service that changes a record calls `record()` inside its transaction."""

import datetime as dt
import decimal

from django.contrib.contenttypes.models import ContentType

from .models import AuditEntry

# Human-readable, translated names of action codes; each app registers its own in AppConfig.ready().
ACTION_LABELS = {}


def register_labels(labels):
    ACTION_LABELS.update(labels)


def label(action):
    """The translated name of an action code. Changes made in the admin (`admin.<app>.<model>.<verb>`, one
    code per model of reference data) are named from the model's own translated name."""
    if action in ACTION_LABELS:
        return ACTION_LABELS[action]
    if action.startswith("admin.") and action.count(".") == 3:
        return _admin_label(*action.split(".")[1:])
    return action


def _admin_label(app_label, model_name, verb):
    from django.apps import apps
    from django.utils.translation import gettext as _

    try:
        model = apps.get_model(app_label, model_name)
    except LookupError:
        return f"admin.{app_label}.{model_name}.{verb}"
    text = {"added": _("{model} added in the admin"), "changed": _("{model} changed in the admin"),
            "deleted": _("{model} deleted in the admin")}.get(verb, _("{model} changed in the admin"))  # fmt: skip
    return text.format(model=model._meta.verbose_name)


def _plain(value):
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return str(value)
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set)):
        return [_plain(v) for v in value]
    if hasattr(value, "pk"):
        return str(value)
    return value


def record(action, obj, user=None, **data):
    """Write one entry: `action` is namespaced (missions.request.approved)."""
    actor = user if (user is not None and getattr(user, "is_authenticated", False)) else None
    return AuditEntry.objects.create(
        action=action,
        actor=actor,
        content_type=ContentType.objects.get_for_model(type(obj)),
        object_id=str(obj.pk),
        object_repr=str(obj)[:300],
        data=_plain(data),
    )


def history(obj):
    return (
        AuditEntry.objects.filter(
            content_type=ContentType.objects.get_for_model(type(obj)), object_id=str(obj.pk)
        )
        .select_related("actor")
        .order_by("-at", "-id")
    )


def diff(before, after):
    """The fields whose values changed, as {field: [old, new]}."""
    return {k: [_plain(before.get(k)), _plain(after.get(k))] for k in after if before.get(k) != after.get(k)}
