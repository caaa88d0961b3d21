"""Tehran's city-management terms (دوره‌های مدیریت شهری), as the demo and a fresh installation define them.

Each term runs from the inauguration of a City Council to the next one. The days are approximate (the
councils were seated around early Shahrivar 1392 and 1396 and mid-Mordad 1400; the sixth term was extended
to 1405): the administrator corrects them in the admin, and the report follows.
"""

from django.db import transaction

from citydiplomacy.lib.jalali import parse_date

from .models import ManagementTerm

TEHRAN_TERMS = [
    # (Persian name, English name, first day, last day), Jalali
    ("دوره چهارم مدیریت شهری", "4th city-management term", "1392-06-12", "1396-06-11"),
    ("دوره پنجم مدیریت شهری", "5th city-management term", "1396-06-12", "1400-05-14"),
    ("دوره ششم مدیریت شهری", "6th city-management term", "1400-05-15", "1405-05-14"),
]


@transaction.atomic
def ensure_default_terms(terms=TEHRAN_TERMS):
    """Create the terms that do not exist yet (matched by Persian name); return how many were created."""
    created = 0
    for name_fa, name_en, start, end in terms:
        _term, was_created = ManagementTerm.objects.get_or_create(
            name_fa=name_fa,
            defaults={"name_en": name_en, "start_date": parse_date(start), "end_date": parse_date(end)},
        )
        created += was_created
    return created
