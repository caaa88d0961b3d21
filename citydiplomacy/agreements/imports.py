"""Import agreements, their commitments and memberships from one Excel workbook.

Steps: read the sheets into plain rows → check every row against the registry (collecting row-level
errors: sheet, row, column, message) → only if there is no error at all, write everything in one
transaction through the services. A single bad row means nothing is written.
"""

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from django.db import transaction
from django.utils.translation import gettext as _

from citydiplomacy.core.errors import DomainError
from citydiplomacy.core.importing import ImportFileError, RowError, open_spreadsheet
from citydiplomacy.core.models import Person
from citydiplomacy.lib.jalali import InvalidDate, parse_date
from citydiplomacy.lib.persian import normalize_name
from citydiplomacy.partners.models import City, Organization, SearchName
from citydiplomacy.partners.services import CountryIndex

from .models import Agreement, Domain, Kind, Side, Status

AGREEMENT_COLUMNS = ["reference", "kind", "title_fa", "title_en", "partners", "signed_on", "signed_place",
                     "valid_years", "expires_on", "status", "domains"]  # fmt: skip
COMMITMENT_COLUMNS = ["agreement", "title", "side", "owner", "due_on"]
MEMBERSHIP_COLUMNS = ["organization", "since", "annual_dues", "currency", "renewal_on", "dues_year", "dues_due_on",
                      "dues_paid_on"]  # fmt: skip
REQUIRED = {"agreements": ["reference", "kind", "title_fa", "partners"], "commitments": ["agreement", "title"],
            "memberships": ["organization"]}  # fmt: skip


@dataclass
class ImportResult:
    errors: list = field(default_factory=list)
    counts: dict = field(default_factory=lambda: {"agreements": 0, "commitments": 0, "memberships": 0})
    file_error: bool = False

    @property
    def ok(self):
        return not self.errors


def read_workbook(file, name=None):
    """{sheet name: [(row number, {header: value})]} for the sheets this importer knows, read through the
    guarded reader (kind by content, zip bombs, row limit: core/importing.py). Raises ImportFileError."""
    sheets = {}
    with open_spreadsheet(file, name=name, formats=("xlsx",)) as book:
        for title in book.sheet_names():
            key = title.strip().lower()
            if key not in REQUIRED:
                continue
            rows = book.rows(title)
            headers = next(rows, None)
            if headers is None:
                continue
            headers = [str(h or "").strip().lower() for h in headers]
            sheets[key] = [
                (number, dict(zip(headers, values, strict=False)))
                for number, values in enumerate(rows, start=2)
                if any(v not in (None, "") for v in values)
            ]
    return sheets


class _Checker:
    def __init__(self, result):
        self.result = result
        self.countries = CountryIndex()
        self.domains = {d.code: d for d in Domain.objects.all()}
        self.sheet = ""
        self.row = 0

    def error(self, column, message):
        self.result.errors.append(RowError(self.row, column, str(message), sheet=self.sheet))

    def text(self, data, column):
        value = data.get(column)
        return "" if value is None else str(value).strip()

    def date(self, data, column):
        value = data.get(column)
        if value in (None, ""):
            return None
        if isinstance(value, dt.datetime):
            return value.date()
        if isinstance(value, dt.date):
            return value
        try:
            return parse_date(str(value))
        except InvalidDate:
            self.error(column, _("“{value}” is not a date.").format(value=value))
            return None

    def number(self, data, column, integer=False):
        value = data.get(column)
        if value in (None, ""):
            return None
        try:
            return int(value) if integer else Decimal(str(value))
        except (ValueError, InvalidOperation):
            self.error(column, _("“{value}” is not a number.").format(value=value))
            return None

    def choice(self, data, column, choices, default):
        value = self.text(data, column)
        if not value:
            return default
        for code, label in choices:
            if normalize_name(value) in (normalize_name(code), normalize_name(str(label))):
                return code
        self.error(
            column,
            _("“{value}” is not one of: {choices}.").format(
                value=value, choices=", ".join(c for c, _l in choices)
            ),
        )
        return default

    def partner(self, name):
        """A city, organization or country by any of its names."""
        key = normalize_name(name)
        for kind, model in (("city", City), ("organization", Organization)):
            ids = list(
                SearchName.objects.filter(kind=kind, key=key)
                .values_list("object_id", flat=True)
                .distinct()[:2]
            )
            if len(ids) == 1:
                return model.objects.get(pk=ids[0])
            if len(ids) > 1:
                self.error("partners", _("“{name}” names more than one partner.").format(name=name))
                return None
        return self.countries.find(name)


def _check_required(checker, sheet, data):
    for column in REQUIRED[sheet]:
        if not checker.text(data, column):
            checker.error(column, _("This column is required."))


def check(sheets, result):
    """Plain dicts ready for the services, or errors in `result`."""
    checker = _Checker(result)
    agreements, commitments, memberships = [], [], []
    new_refs = set()
    existing_refs = set(Agreement.objects.values_list("reference", flat=True))
    for number, data in sheets.get("agreements", []):
        checker.sheet, checker.row = "agreements", number
        _check_required(checker, "agreements", data)
        ref = checker.text(data, "reference")
        if ref in existing_refs or ref in new_refs:
            checker.error("reference", _("The reference {reference} exists already.").format(reference=ref))
        new_refs.add(ref)
        parties = []
        for name in filter(None, (n.strip() for n in checker.text(data, "partners").split(";"))):
            partner = checker.partner(name)
            if partner is None and not any(e.row == number and e.column == "partners" for e in result.errors):
                checker.error("partners", _("No partner is called “{name}”.").format(name=name))
            parties.append(partner)
        domains = []
        for code in filter(None, (c.strip() for c in checker.text(data, "domains").split(";"))):
            if code not in checker.domains:
                checker.error("domains", _("Unknown cooperation domain “{code}”.").format(code=code))
            else:
                domains.append(checker.domains[code])
        item = {
            "reference": ref,
            "kind": checker.choice(data, "kind", Kind.choices, Kind.MOU),
            "title_fa": checker.text(data, "title_fa"),
            "title_en": checker.text(data, "title_en"),
            "signed_on": checker.date(data, "signed_on"),
            "signed_place": checker.text(data, "signed_place"),
            "valid_years": checker.number(data, "valid_years", integer=True),
            "expires_on": checker.date(data, "expires_on"),
            "status": checker.choice(data, "status", Status.choices, Status.SIGNED),
            "parties": parties,
            "domains": domains,
            "_row": number,
        }
        if item["kind"] == Kind.EXECUTIVE:
            checker.error("kind", _("Import executive documents from the page of their agreement."))
        agreements.append(item)
    people = {}
    for p in Person.objects.all():
        people.setdefault(p.name_key, p)
        if p.name_en:
            people.setdefault(normalize_name(p.name_en), p)
    for number, data in sheets.get("commitments", []):
        checker.sheet, checker.row = "commitments", number
        _check_required(checker, "commitments", data)
        ref = checker.text(data, "agreement")
        if ref and ref not in new_refs and ref not in existing_refs:
            checker.error("agreement", _("No agreement has the reference {reference}.").format(reference=ref))
        owner_name = checker.text(data, "owner")
        owner = people.get(normalize_name(owner_name)) if owner_name else None
        if owner_name and owner is None:
            checker.error("owner", _("No person is called “{name}”.").format(name=owner_name))
        commitments.append({
            "agreement": ref, "title": checker.text(data, "title"), "owner": owner,
            "side": checker.choice(data, "side", Side.choices, Side.OURS), "due_on": checker.date(data, "due_on"),
        })  # fmt: skip
    for number, data in sheets.get("memberships", []):
        checker.sheet, checker.row = "memberships", number
        _check_required(checker, "memberships", data)
        name = checker.text(data, "organization")
        organization = checker.partner(name) if name else None
        if name and not isinstance(organization, Organization):
            checker.error("organization", _("No organization is called “{name}”.").format(name=name))
        memberships.append({
            "organization": organization, "since": checker.date(data, "since"),
            "annual_dues": checker.number(data, "annual_dues"), "currency": checker.text(data, "currency") or "EUR",
            "renewal_on": checker.date(data, "renewal_on"), "dues_year": checker.number(data, "dues_year", integer=True),
            "dues_due_on": checker.date(data, "dues_due_on"), "dues_paid_on": checker.date(data, "dues_paid_on"),
            "_row": number,
        })  # fmt: skip
    return agreements, commitments, memberships


def import_workbook(file, user, name=None):
    result = ImportResult()
    try:
        sheets = read_workbook(file, name=name)
    except ImportFileError as exc:  # not a readable, reasonable .xlsx file: the reason, never a stack trace
        result.errors.extend(exc.errors)
        result.file_error = True
        return result
    if not sheets:
        result.errors.append(RowError(1, "", _("No sheet called agreements, commitments or memberships.")))
        result.file_error = True
        return result
    agreements, commitments, memberships = check(sheets, result)
    if not result.ok:
        return result
    from citydiplomacy.memberships import services as membership_services

    from . import services

    try:
        with transaction.atomic():
            by_ref = {
                a.reference: a
                for a in Agreement.objects.filter(reference__in=[c["agreement"] for c in commitments])
            }
            for item in agreements:
                row = item.pop("_row")
                try:
                    by_ref[item["reference"]] = services.create_agreement(user, **item)
                except DomainError as exc:
                    result.errors.append(RowError(row, "", exc.message, sheet="agreements"))
            for item in commitments:
                agreement = by_ref.get(item.pop("agreement"))
                if agreement is not None:
                    services.add_commitment(agreement, user, **item)
                    result.counts["commitments"] += 1
            for item in memberships:
                row = item.pop("_row")
                dues = {k: item.pop(k) for k in ("dues_year", "dues_due_on", "dues_paid_on")}
                try:
                    membership = membership_services.create_membership(user, **item)
                    if dues["dues_year"] and dues["dues_due_on"]:
                        membership_services.record_dues(membership, user, year=dues["dues_year"],
                                                        due_on=dues["dues_due_on"], paid_on=dues["dues_paid_on"])  # fmt: skip
                except DomainError as exc:
                    result.errors.append(RowError(row, "", exc.message, sheet="memberships"))
            if result.errors:
                raise DomainError("rolled back")
    except DomainError:
        result.counts = {"agreements": 0, "commitments": 0, "memberships": 0}
        return result
    result.counts["agreements"] = len(agreements)
    result.counts["memberships"] = len(memberships)
    return result
