"""Steps 2 and 3: look-ups loaded once, then every raw row checked in pure Python.

Each row becomes a `MissionRow` or a list of `RowError`s; no query runs per row.
"""

import datetime as dt
import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from django.utils import timezone
from django.utils.translation import gettext as _

from citydiplomacy.core.models import Person, Unit
from citydiplomacy.lib.jalali import InvalidDate, parse_date
from citydiplomacy.lib.persian import normalize_name, to_latin_digits, unify_letters
from citydiplomacy.partners.models import City
from citydiplomacy.partners.services import CountryIndex

from ..models import Funding, Mode, Purpose, Status
from .columns import ALLOWED, choice_for
from .reader import RowError

_LIST_SPLIT = re.compile(r"[;؛\n]")
_CITY_WITH_COUNTRY = re.compile(r"^(.*?)\s*[(（]\s*(.+?)\s*[)）]\s*$")
_COST_JUNK = str.maketrans({",": None, "٬": None, "،": None, " ": None, "\u066b": "."})
CURRENCY_WORDS = {"ریال": "IRR", "تومان": "IRR", "دلار": "USD", "یورو": "EUR", "یوان": "CNY", "درهم": "AED"}


def _currencies():
    import pycountry

    return {c.alpha_3 for c in pycountry.currencies}


@dataclass
class Lookups:
    """Everything the checks need from the database, read once per import."""

    countries: dict
    units: dict
    people: dict
    cities: dict
    currencies: set
    today: dt.date
    _dates: dict = field(default_factory=dict)
    _keys: dict = field(default_factory=dict)
    _country_hits: dict = field(default_factory=dict)
    _refs: dict = field(default_factory=dict)

    @classmethod
    def load(cls):
        units = {}
        for pk, name_fa, name_en in Unit.objects.values_list("pk", "name_fa", "name_en"):
            units.setdefault(normalize_name(name_fa), pk)
            if name_en:
                units.setdefault(normalize_name(name_en), pk)
        people = {}
        for pk, name_fa, name_en in Person.objects.order_by("pk").values_list("pk", "name_fa", "name_en"):
            people.setdefault(normalize_name(name_fa), pk)
            if name_en:
                people.setdefault(normalize_name(name_en), pk)
        cities = {}
        for pk, country_id, keys in City.objects.values_list("pk", "country_id", "name_keys"):
            for key in keys.strip("|").split("|"):
                if key:
                    cities.setdefault((country_id, key), pk)
        return cls(
            countries=CountryIndex().by_key,
            units=units,
            people=people,
            cities=cities,
            currencies=_currencies(),
            today=timezone.localdate(),
        )

    def key(self, text):
        try:
            return self._keys[text]
        except KeyError:
            value = self._keys[text] = normalize_name(text)
            return value

    def date(self, value):
        """A date or an InvalidDate, memoized: history files repeat the same few thousand days."""
        try:
            result = self._dates[value]
        except KeyError:
            try:
                result = parse_date(value)
            except InvalidDate as exc:
                result = exc
            self._dates[value] = result
        if isinstance(result, InvalidDate):
            raise result
        return result

    def country(self, text):
        try:
            return self._country_hits[text]
        except KeyError:
            country = self.countries.get(self.key(text))
            self._country_hits[text] = country
            return country


@dataclass(frozen=True)
class NamedRef:
    """A unit, person or city named in the file: `pk` when it exists, else created by the write step."""

    key: str
    name: str
    pk: int | None
    country_id: int | None = None


@dataclass
class MissionRow:
    number: int
    reference: str
    unit: NamedRef
    title: str
    purpose: str
    mode: str
    country_ids: tuple
    cities: tuple
    start_date: dt.date
    end_date: dt.date
    travellers: tuple
    submitted_on: dt.date
    decision: str
    decided_on: dt.date | None
    outcome: str
    outcome_on: dt.date | None
    funding: str
    estimated_cost: Decimal | None
    currency: str

    @property
    def status(self):
        if self.decision == "approved":
            return {"realized": Status.REALIZED, "cancelled": Status.CANCELLED}.get(
                self.outcome, Status.APPROVED
            )
        return {
            "pending": Status.SUBMITTED,
            "rejected": Status.REJECTED,
            "withdrawn": Status.WITHDRAWN,
        }[self.decision]


def split_list(text):
    return [part.strip() for part in _LIST_SPLIT.split(str(text or "")) if part.strip()]


def _text(value):
    return unify_letters(str(value)).strip() if value not in (None, "") else ""


class RowChecker:
    """Checks one raw row; `errors` collects every problem of the row rather than stopping at the first."""

    def __init__(self, lookups, raw):
        self.lookups, self.raw, self.errors = lookups, raw, []

    def error(self, column, message):
        self.errors.append(RowError(self.raw.number, column, message))

    def value(self, column):
        return self.raw.values.get(column, "")

    def required_text(self, column, max_length):
        text = _text(self.value(column))
        if not text:
            self.error(column, _("a value is required"))
        elif len(text) > max_length:
            self.error(column, _("longer than {n} characters").format(n=max_length))
        return text

    def date(self, column, required=False):
        value = self.value(column)
        if value in ("", None):
            if required:
                self.error(column, _("a date is required"))
            return None
        try:
            return self.lookups.date(value)
        except InvalidDate as exc:
            self.error(column, _("not a valid date ({detail})").format(detail=exc))
            return None

    def choice(self, column, default=None):
        text = self.value(column)
        if text in ("", None):
            if default is None and column == "decision":
                self.error(column, _("a value is required"))
            return default or ""
        value = choice_for(column, text)
        if value is None:
            self.error(
                column,
                _("unknown value “{value}”; allowed: {allowed}").format(
                    value=text, allowed=", ".join(ALLOWED[column])
                ),
            )
            return default or ""
        return value

    def named(self, text, index):
        """The reference to a unit or person by name: one shared object per name (a history repeats the
        same few hundred names over 100,000 rows)."""
        memo = self.lookups._refs
        try:
            return memo[(id(index), text)]
        except KeyError:
            key = self.lookups.key(text)
            ref = memo[(id(index), text)] = NamedRef(key=key, name=text, pk=index.get(key))
            return ref

    def countries(self):
        names = split_list(self.value("countries"))
        if not names:
            self.error("countries", _("name at least one country"))
            return ()
        ids, unknown = [], []
        for name in names:
            country = self.lookups.country(name)
            if country is None:
                unknown.append(name)
            elif country.pk not in ids:
                ids.append(country.pk)
        if unknown:
            self.error("countries", _("unknown country: {names}").format(names=", ".join(unknown)))
        return tuple(ids)

    def cities(self, country_ids):
        refs = []
        for text in split_list(self.value("cities")):
            text = unify_letters(text)
            name, candidates = text, country_ids
            match = _CITY_WITH_COUNTRY.match(text)
            if match:
                country = self.lookups.country(match.group(2))
                if country is None:
                    self.error("cities", _("unknown country of {city}").format(city=text))
                    continue
                name, candidates = match.group(1), (country.pk,)
            key = self.lookups.key(name)
            found = next(
                (
                    (cid, self.lookups.cities[(cid, key)])
                    for cid in candidates
                    if (cid, key) in self.lookups.cities
                ),
                None,
            )
            if found:
                refs.append(NamedRef(key=key, name=name, pk=found[1], country_id=found[0]))
            elif len(candidates) == 1:
                refs.append(NamedRef(key=key, name=name, pk=None, country_id=candidates[0]))
            elif candidates:
                self.error(
                    "cities",
                    _("the city {city} is new and the row names several countries; write it as “{city} (country)”")
                    .format(city=name),
                )  # fmt: skip
        unique = {}
        for ref in refs:
            unique.setdefault((ref.country_id, ref.key), ref)
        return tuple(unique.values())

    def travellers(self):
        refs, seen = [], set()
        for name in split_list(self.value("travellers")):
            name = unify_letters(name)
            if len(name) > 200:
                self.error("travellers", _("longer than {n} characters").format(n=200))
                continue
            ref = self.named(name, self.lookups.people)
            if ref.key not in seen:
                seen.add(ref.key)
                refs.append(ref)
        return tuple(refs)

    def cost(self):
        value = self.value("estimated_cost")
        if value in ("", None):
            return None
        try:
            amount = Decimal(to_latin_digits(str(value)).translate(_COST_JUNK))
        except InvalidOperation:
            self.error("estimated_cost", _("not a number"))
            return None
        if not amount.is_finite():
            self.error("estimated_cost", _("not a number"))
            return None
        if amount < 0:
            self.error("estimated_cost", _("the cost cannot be negative"))
            return None
        amount = amount.quantize(Decimal("0.01"))
        if amount >= Decimal(10) ** 14:
            self.error("estimated_cost", _("the number is too large"))
            return None
        return amount

    def currency(self):
        text = _text(self.value("currency"))
        if not text:
            return "IRR"
        code = CURRENCY_WORDS.get(normalize_name(text), text.upper())
        if code not in self.lookups.currencies:
            self.error(
                "currency", _("unknown currency “{code}”; use a 3-letter ISO 4217 code").format(code=text)
            )
        return code

    def check(self):
        reference = self.required_text("reference", 40)
        unit_name = self.required_text("unit", 200)
        title = self.required_text("title", 300)
        purpose = self.choice("purpose", Purpose.OTHER)
        mode = self.choice("mode", Mode.IN_PERSON)
        funding = self.choice("funding", Funding.MUNICIPALITY)
        country_ids = self.countries()
        cities = self.cities(country_ids)
        travellers = self.travellers()
        start, end = self.date("start_date", True), self.date("end_date", True)
        if start and end and end < start:
            self.error("end_date", _("the end date is before the start date"))
        submitted_on = self.date("submitted_on", True)
        decision = self.choice("decision")
        decided_on = self.date("decided_on")
        outcome = self.choice("outcome")
        outcome_on = self.date("outcome_on")
        self.check_decision(decision, decided_on, submitted_on)
        outcome_on = self.check_outcome(decision, outcome, outcome_on, decided_on, start, end)
        cost, currency = self.cost(), self.currency()
        if self.errors:
            return None
        return MissionRow(
            number=self.raw.number, reference=reference, unit=self.named(unit_name, self.lookups.units),
            title=title, purpose=purpose, mode=mode, country_ids=country_ids, cities=cities,
            start_date=start, end_date=end, travellers=travellers, submitted_on=submitted_on,
            decision=decision, decided_on=decided_on, outcome=outcome, outcome_on=outcome_on,
            funding=funding, estimated_cost=cost, currency=currency,
        )  # fmt: skip

    def check_decision(self, decision, decided_on, submitted_on):
        if decision == "pending" and decided_on:
            self.error("decided_on", _("a pending request has no decision date"))
        # A withdrawal's date may be unknown in old files: it is imported without it (the council report
        # says how many such withdrawals there are). An approval or a rejection needs its date.
        elif decision in {"approved", "rejected"} and not decided_on and "decided_on" not in self._failed():
            self.error("decided_on", _("the date of the decision is required when the decision is {decision}")
                       .format(decision=decision))  # fmt: skip
        if decided_on and submitted_on and decided_on < submitted_on:
            self.error("decided_on", _("the decision is dated before the request was submitted"))

    def check_outcome(self, decision, outcome, outcome_on, decided_on, start, end):
        if "outcome" in self._failed():
            return None
        if not outcome:
            if outcome_on:
                self.error("outcome_on", _("an outcome date is given but no outcome"))
            return None
        if decision and decision != "approved":
            self.error(
                "outcome",
                _("a {outcome} outcome needs an approved request, but the decision is {decision}").format(
                    outcome=outcome, decision=decision
                ),
            )
            return None
        if outcome_on is None and "outcome_on" not in self._failed():
            outcome_on = end  # documented default: history files rarely record the closing date
        if outcome_on is None:
            return None
        if outcome == "realized":
            if start and outcome_on < start:
                self.error("outcome_on", _("a realized mission cannot be closed before it starts"))
            if start and start > self.lookups.today:
                self.error("outcome", _("a mission that has not started yet cannot be realized"))
        if decided_on and outcome_on < decided_on:
            self.error("outcome_on", _("the outcome is dated before the decision"))
        return outcome_on

    def _failed(self):
        return {e.column for e in self.errors}


MAX_LISTED_ERRORS = 1000


def validate_rows(raw_rows, lookups, max_errors=MAX_LISTED_ERRORS):
    """Checked rows and errors, duplicates of a reference within the file included.

    Every row is checked, but only the first `max_errors` problems are kept (a file of 100,000 bad rows
    would otherwise hold its every message in memory); one last error says how many more there are."""
    valid, errors, first_seen = [], [], {}
    more, first_unlisted = 0, None
    for raw in raw_rows:
        checker = RowChecker(lookups, raw)
        row = checker.check()
        reference = _text(raw.values.get("reference", ""))
        if reference:
            if reference in first_seen:
                checker.error(
                    "reference",
                    _("the reference {reference} appears already in row {row}").format(
                        reference=reference, row=first_seen[reference]
                    ),
                )
                row = None
            else:
                first_seen[reference] = raw.number
        room = max_errors - len(errors)
        errors.extend(checker.errors[:room] if room > 0 else ())
        if len(checker.errors) > max(room, 0):
            more += len(checker.errors) - max(room, 0)
            first_unlisted = first_unlisted or raw.number
        if row is not None:
            valid.append(row)
    if more:
        errors.append(
            RowError(
                first_unlisted,
                "",
                _(
                    "{count} more problems from this row on are not listed; correct the ones above first"
                ).format(count=more),
            )  # fmt: skip
        )
    return valid, errors
