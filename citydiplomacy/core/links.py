"""Links to many records of one kind without a `reverse` per record (lists render hundreds of them)."""

from django.urls import reverse


def detail_url(name, *args):
    """A function pk → the URL of `name` with `args` then pk: one `reverse` per list, not one per row
    (the URL must end with the pk, as every detail URL here does)."""
    prefix = reverse(name, args=[*args, 0])[: -len("0/")]
    return lambda pk: f"{prefix}{pk}/"
