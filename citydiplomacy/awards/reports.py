"""The award's section of the events report: entries submitted in the period, by country and by category.

Picked up by `citydiplomacy.events.report` when the awards app is installed. Only entries whose entrant
confirmed its e-mail address count (an unconfirmed submission is not yet an entry).
"""

from django.db.models import Count
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from .models import Entry


def events_report_section(start, end):
    english = get_language() == "en"
    rows = (
        Entry.objects.filter(submitted_at__date__range=(start, end), email_confirmed_at__isnull=False)
        .values("country__name_fa", "country__name_en", "category__name_fa", "category__name_en",
                "edition__title_fa", "edition__title_en")
        .annotate(entries=Count("pk"))
        .order_by("-entries", "country__name_en", "category__name_en")
    )  # fmt: skip

    def name(row, field):
        return (row[f"{field}__name_en"] if english else "") or row[f"{field}__name_fa"]

    return {
        "columns": [_("edition"), _("country"), _("category"), _("entries")],
        "rows": [
            [
                (r["edition__title_en"] if english else "") or r["edition__title_fa"],
                name(r, "country"),
                name(r, "category"),
                r["entries"],
            ]
            for r in rows
        ],
    }
