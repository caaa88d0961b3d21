from django.utils.translation import gettext_lazy as _


def entry_columns(blind=False):
    columns = [
        (_("entry code"), lambda e: e.code),
        (_("category"), lambda e: str(e.category)),
        (_("project title"), lambda e: e.title),
    ]
    if not blind:
        columns += [
            (_("entrant"), lambda e: e.get_entrant_kind_display()),
            (_("entrant's name"), lambda e: e.entrant_name),
            (_("country"), lambda e: str(e.country)),
            (_("city"), lambda e: e.city_name),
            (_("contact person"), lambda e: e.contact_person),
            (_("e-mail"), lambda e: e.email),
        ]
    columns += [
        (_("submitted at"), lambda e: e.submitted_at),
        (_("e-mail confirmed"), lambda e: e.email_confirmed_at),
        (_("result"), lambda e: e.get_result_display()),
    ]
    return columns


def result_columns():
    return [
        (_("category"), lambda r: str(r.category)),
        (_("rank"), lambda r: r.rank),
        (_("tie"), lambda r: "=" if r.tied else ""),
        (_("entry code"), lambda r: r.entry.code),
        (_("project title"), lambda r: r.entry.title),
        (_("entrant's name"), lambda r: r.entry.entrant_name),
        (_("country"), lambda r: str(r.entry.country)),
        (_("normalized score"), lambda r: round(r.score, 4)),
        (_("mean weighted score"), lambda r: round(r.raw, 2)),
        (_("jurors"), lambda r: r.jurors),
        (_("result"), lambda r: r.entry.get_result_display()),
    ]
