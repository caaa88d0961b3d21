"""Readers' names for the news engine's codes (the engine itself, a plain Python package, has none)."""

import csv
import functools
import re

from django.utils.translation import gettext_lazy as _

TOPIC_LABELS = {
    "transport": _("transport"),
    "clean_energy": _("clean energy"),
    "environment": _("environment"),
    "smart_city": _("smart city"),
    "urban_services": _("urban services"),
    "infrastructure": _("infrastructure"),
    "economy_trade": _("economy and trade"),
    "culture": _("culture"),
    "tourism": _("tourism"),
    "education": _("education"),
    "health": _("health"),
    "housing": _("housing"),
    "urban_planning": _("urban planning"),
    "religion": _("religion"),
    "sport": _("sport"),
}


def topic_label(code):
    return TOPIC_LABELS.get(code, code)


@functools.cache
def _persian_roles():
    """The engine's short English roles with the first Persian name its roles list gives for each."""
    from citydiplomacy.newsengine.gazetteer import DATA

    names = {"Counterpart": "همتا"}  # the engine's word for a counterpart named without a role
    with (DATA / "roles.tsv").open(encoding="utf-8") as f:
        for row in csv.reader(f, delimiter="\t"):
            if len(row) < 3 or row[0].startswith("#"):
                continue
            persian = [n for n in row[2].split("|") if any("\u0600" <= ch <= "\u06ff" for ch in n)]
            if persian:
                names.setdefault(row[1], persian[0])
    return names


_ROLE = re.compile(r"^(?P<role>[^()]+?)\s*(?:\((?P<place>[^()]+)\))?$")


def role_in_persian(role, place_name=lambda name: name):
    """ "Mayor (Rasht)" as a Persian reader says it («شهردار رشت»); a role the list lacks is kept."""
    m = _ROLE.match((role or "").strip())
    if not m or m["role"] not in _persian_roles():
        return role
    words = [_persian_roles()[m["role"]]]
    if m["place"]:
        words.append(place_name(m["place"]))
    return " ".join(words)


def _is_persian(name):
    return any("\u0600" <= ch <= "\u06ff" for ch in name)


@functools.cache
def _persian_organizations():
    """The engine's canonical organization names with the name the Iranian press gives each: the first
    Persian name of the engine's list. An acronym ("UCLG") keeps its letters, as Persian papers print it,
    unless the press writes it as one Persian word («یونسکو» for UNESCO)."""
    from citydiplomacy.newsengine.gazetteer import DATA

    names = {}
    for file in ("organizations.tsv", "organizations_research.tsv"):
        with (DATA / file).open(encoding="utf-8") as f:
            for row in csv.reader(f, delimiter="\t"):
                if len(row) < 3 or row[0].startswith("#"):
                    continue
                persian = [n for n in row[2].split("|") if _is_persian(n)]
                acronym = row[0].replace("-", "").isupper()
                if persian and (not acronym or len(persian[0].split()) == 1):
                    names.setdefault(row[0], persian[0])
    return names


def organization_in_persian(name):
    """ "Metropolis" as a Persian reader reads it («متروپلیس»); a name the list lacks is kept."""
    return _persian_organizations().get(name, name)


def organization_from_persian(name):
    """The engine's canonical name of an organization shown (and typed back) in Persian."""
    if not name or not _is_persian(name):
        return name
    back = {fa: en for en, fa in _persian_organizations().items()}
    return back.get(name, name)
