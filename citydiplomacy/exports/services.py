"""Every change to the catalogue and the pipeline: guard → change → save → audit, in one transaction."""

import datetime as dt
import string
from decimal import ROUND_HALF_UP, Decimal

from django.conf import settings
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from citydiplomacy.agreements import services as agreement_services
from citydiplomacy.agreements.models import Kind as AgreementKind
from citydiplomacy.agreements.models import Side
from citydiplomacy.agreements.models import Status as AgreementStatus
from citydiplomacy.core import audit
from citydiplomacy.core.errors import DomainError
from citydiplomacy.core.uploads import check_upload

from . import tallies
from .models import (
    OPEN_STAGES,
    STAGE_ORDER,
    WON_STAGES,
    Activity,
    BrochureTemplate,
    CatalogueSettings,
    Currency,
    DeliveryModel,
    ExchangeRate,
    Lead,
    LossReason,
    Offering,
    OfferingFile,
    Proposal,
    Stage,
    StageChange,
    StageProbability,
)

ACTION_LABELS = {
    "exports.offering.created": gettext_lazy("Offering created"),
    "exports.offering.edited": gettext_lazy("Offering edited"),
    "exports.offering.file_added": gettext_lazy("File added to the offering"),
    "exports.offering.file_removed": gettext_lazy("File removed from the offering"),
    "exports.catalogue.switched": gettext_lazy("Public catalogue switched"),
    "exports.template.saved": gettext_lazy("Brochure template saved"),
    "exports.rate.saved": gettext_lazy("Exchange rate saved"),
    "exports.probability.saved": gettext_lazy("Stage probability saved"),
    "exports.lead.created": gettext_lazy("Lead created"),
    "exports.lead.edited": gettext_lazy("Lead edited"),
    "exports.lead.moved": gettext_lazy("Lead moved to another stage"),
    "exports.lead.won": gettext_lazy("Lead won"),
    "exports.lead.lost": gettext_lazy("Lead lost"),
    "exports.proposal.added": gettext_lazy("Proposal recorded"),
    "exports.activity.added": gettext_lazy("Activity recorded"),
}
CENT = Decimal("0.01")


def report_currency():
    return getattr(settings, "EXPORTS_REPORT_CURRENCY", "USD")


# Exchange rates


def rate_on(currency, day):
    """Units of the report currency for one unit of `currency` on `day` (the rate in force that day)."""
    if currency == report_currency():
        return Decimal(1)
    rate = (
        ExchangeRate.objects.filter(currency=currency, valid_from__lte=day)
        .order_by("-valid_from")
        .values_list("rate", flat=True)
        .first()
    )
    if rate is None:
        raise DomainError(
            _("There is no exchange rate of {currency} for {day}: add one to the rate table first.").format(
                currency=currency, day=day.isoformat()
            )
        )
    return rate


def convert(amount, currency, day):
    return (Decimal(amount) * rate_on(currency, day)).quantize(CENT, rounding=ROUND_HALF_UP)


def _reconvert(currency, start, end=None):
    """Recompute the stored converted value of the leads whose rate is the one in force from `start`."""
    leads = Lead.objects.filter(currency=currency, value_on__gte=start)
    if end is not None:
        leads = leads.filter(value_on__lt=end)
    changed = []
    for lead in leads.only("pk", "value", "currency", "value_on"):
        lead.value_base = convert(lead.value, lead.currency, lead.value_on)
        changed.append(lead)
    Lead.objects.bulk_update(changed, ["value_base"], batch_size=2000)
    return len(changed)


@transaction.atomic
def save_rate(user, *, currency, valid_from, rate):
    if currency not in Currency.values:
        raise DomainError(_("Unknown currency."))
    if currency == report_currency():
        raise DomainError(_("The report currency is always worth 1."))
    if rate is None or Decimal(rate) <= 0:
        raise DomainError(_("A rate is a positive number."))
    obj, _created = ExchangeRate.objects.update_or_create(
        currency=currency, valid_from=valid_from, defaults={"rate": rate}
    )
    following = (
        ExchangeRate.objects.filter(currency=currency, valid_from__gt=valid_from)
        .order_by("valid_from")
        .values_list("valid_from", flat=True)
        .first()
    )
    count = _reconvert(currency, valid_from, following)
    if count:
        tallies.rebuild()  # many converted values changed at once
    audit.record(
        "exports.rate.saved", obj, user, currency=currency, valid_from=valid_from, rate=rate, leads=count
    )
    return obj


@transaction.atomic
def set_probability(user, *, stage, probability):
    if stage not in Stage.values:
        raise DomainError(_("Unknown stage."))
    if not 0 <= int(probability) <= 100:
        raise DomainError(_("A probability is between 0 and 100 percent."))
    obj, _created = StageProbability.objects.update_or_create(
        stage=stage, defaults={"probability": probability}
    )
    audit.record("exports.probability.saved", obj, user, stage=stage, probability=probability)
    return obj


# The catalogue

OFFERING_FIELDS = [
    "name_fa", "name_en", "name_ar", "name_ru", "description_fa", "description_en", "kind", "unit", "contact",
    "in_use_since", "users_served", "delivery_models", "price_min", "price_max", "currency", "languages", "public",
]  # fmt: skip


def _values(obj, fields):
    return {f: getattr(obj, f + "_id") if hasattr(obj, f + "_id") else getattr(obj, f) for f in fields}


def _check_offering(fields):
    if not (fields.get("name_fa") or "").strip() or not (fields.get("name_en") or "").strip():
        raise DomainError(_("Give the offering's name in Persian and in English."))
    unknown = [m for m in fields.get("delivery_models") or [] if m not in DeliveryModel.values]
    if unknown:
        raise DomainError(_("Unknown delivery model: {codes}.").format(codes=", ".join(map(str, unknown))))
    low, high = fields.get("price_min"), fields.get("price_max")
    if (low is not None and low < 0) or (high is not None and high < 0):
        raise DomainError(_("A price is not negative."))
    if low is not None and high is not None and high < low:
        raise DomainError(_("The price range ends below where it starts."))


@transaction.atomic
def create_offering(user, *, reference_cities=(), reference_agreements=(), **fields):
    _check_offering(fields)
    offering = Offering.objects.create(**fields)
    offering.reference_cities.set(reference_cities)
    offering.reference_agreements.set(reference_agreements)
    audit.record("exports.offering.created", offering, user, **_values(offering, OFFERING_FIELDS))
    return offering


@transaction.atomic
def update_offering(offering, user, *, reference_cities=None, reference_agreements=None, **fields):
    before = _values(offering, OFFERING_FIELDS)
    _check_offering({**before, **fields})
    for name, value in fields.items():
        setattr(offering, name, value)
    offering.save()
    if reference_cities is not None:
        offering.reference_cities.set(reference_cities)
    if reference_agreements is not None:
        offering.reference_agreements.set(reference_agreements)
    audit.record(
        "exports.offering.edited", offering, user, **audit.diff(before, _values(offering, OFFERING_FIELDS))
    )
    return offering


FILE_KINDS = {"image": ("image",), "document": ("pdf", "office")}


@transaction.atomic
def add_offering_file(offering, user, *, kind, title, upload, public=False):
    """An image (PNG, JPEG, GIF, WebP) or a document (PDF, Word, Excel, PowerPoint), checked by its content."""
    if kind not in FILE_KINDS:
        raise DomainError(_("Choose whether the file is an image or a document."))
    if not (title or "").strip():
        raise DomainError(_("Give the file a title."))
    check_upload(upload, FILE_KINDS[kind])
    item = OfferingFile.objects.create(offering=offering, kind=kind, title=title.strip(), file=upload,
                                       public=bool(public), uploaded_by=user)  # fmt: skip
    audit.record(
        "exports.offering.file_added", offering, user, title=item.title, kind=kind, public=item.public
    )
    return item


@transaction.atomic
def remove_offering_file(item, user):
    offering, title = item.offering, item.title
    item.file.delete(save=False)
    item.delete()
    audit.record("exports.offering.file_removed", offering, user, title=title)


@transaction.atomic
def switch_public_catalogue(user, *, on):
    obj = CatalogueSettings.objects.order_by("pk").first() or CatalogueSettings()
    obj.public_catalogue = bool(on)
    obj.save()
    audit.record("exports.catalogue.switched", obj, user, public_catalogue=obj.public_catalogue)
    return obj


# Placeholders a brochure template may use, each filled from the offering by `brochure_fields`.
BROCHURE_FIELDS = (
    "name", "name_ar", "name_ru", "description", "kind", "unit", "contact", "in_use_since", "users_served",
    "references", "delivery_models", "price_range", "languages", "city",
)  # fmt: skip


def template_fields(text):
    """The placeholders of a template text; raises DomainError on a malformed one or an unknown name."""
    try:
        parsed = list(string.Formatter().parse(text))
    except ValueError as exc:
        raise DomainError(_("The template is malformed: {error}. Write braces as {{{{ and }}}}.").format(
            error=exc)) from None  # fmt: skip
    names = []
    for _literal, field, spec, conversion in parsed:
        if field is None:
            continue
        if field not in BROCHURE_FIELDS or spec or conversion:
            raise DomainError(
                _("Unknown field in the template: {{{field}}}. The fields are: {fields}.").format(
                    field=field, fields=", ".join("{" + f + "}" for f in BROCHURE_FIELDS)
                )
            )
        names.append(field)
    return names


@transaction.atomic
def save_brochure_template(user, *, language, heading, body):
    template_fields(heading)
    template_fields(body)
    obj, _created = BrochureTemplate.objects.update_or_create(
        language=language, defaults={"heading": heading, "body": body}
    )
    audit.record("exports.template.saved", obj, user, language=language)
    return obj


# The pipeline

LEAD_FIELDS = [
    "title", "partner_city", "partner_organization", "country", "source", "source_mission", "source_story",
    "source_event", "source_note", "value", "currency", "value_on", "owner", "next_action", "next_action_due",
]  # fmt: skip


def _partner_country(fields):
    city, organization = fields.get("partner_city"), fields.get("partner_organization")
    country = fields.get("country")
    if not (city or organization or country):
        raise DomainError(_("Name the partner asking: a city, an organization or at least a country."))
    if city and not country:
        country = city.country
    if organization and not country:
        country = organization.country
    if country is None:
        raise DomainError(_("Name the partner's country."))
    return country


def _check_lead(fields, offerings):
    if not (fields.get("title") or "").strip():
        raise DomainError(_("Give the lead a title."))
    if offerings is not None and not list(offerings):
        raise DomainError(_("Name at least one offering the partner asks about."))
    if fields.get("value") is not None and fields["value"] < 0:
        raise DomainError(_("The value is not negative."))


@transaction.atomic
def create_lead(user, *, offerings, today=None, now=None, **fields):
    now = now or timezone.now()
    fields.setdefault("value", Decimal(0))
    fields.setdefault("value_on", today or timezone.localdate(now))
    _check_lead(fields, offerings)
    fields["country"] = _partner_country(fields)
    lead = Lead(created_by=user, stage=Stage.INQUIRY, stage_since=now, **fields)
    lead.value_base = convert(lead.value, lead.currency, lead.value_on)
    lead.save()
    lead.offerings.set(offerings)
    StageChange.objects.create(
        lead=lead, from_stage="", to_stage=Stage.INQUIRY, at=lead.stage_since, user=user
    )
    tallies.lead_changed(None, tallies.snapshot(lead, [o.pk for o in offerings]))
    audit.record("exports.lead.created", lead, user, **_values(lead, LEAD_FIELDS),
                 offerings=[str(o) for o in lead.offerings.all()])  # fmt: skip
    return lead


@transaction.atomic
def update_lead(lead, user, *, offerings=None, **fields):
    fields.pop("stage", None)  # stage changes go through move()
    lead = Lead.objects.select_for_update().get(pk=lead.pk)  # the stored stage and value, not a stale copy
    counted = tallies.snapshot(lead)
    before = _values(lead, LEAD_FIELDS)
    merged = {**{f: getattr(lead, f) for f in LEAD_FIELDS}, **fields}
    _check_lead(merged, offerings)
    if {"partner_city", "partner_organization", "country"} & set(fields):
        if "country" not in fields and ("partner_city" in fields or "partner_organization" in fields):
            merged["country"] = None
        fields["country"] = _partner_country(merged)
    for name, value in fields.items():
        setattr(lead, name, value)
    lead.value_base = convert(lead.value, lead.currency, lead.value_on)
    lead.save()
    if offerings is not None:
        lead.offerings.set(offerings)
    tallies.lead_changed(counted, tallies.snapshot(lead))
    audit.record("exports.lead.edited", lead, user, **audit.diff(before, _values(lead, LEAD_FIELDS)))
    return lead


def _position(stage):
    return STAGE_ORDER.index(stage) if stage in STAGE_ORDER else None


def check_move(lead, to, *, reason="", lost_reason=None):
    """The rules of a stage change, without changing anything; raises DomainError naming the broken rule."""
    current = Stage(lead.stage)
    if to not in Stage.values:
        raise DomainError(_("Unknown stage."))
    to = Stage(to)
    if to == current:
        raise DomainError(_("The lead is already in this stage."))
    if to == Stage.LOST:
        if current not in OPEN_STAGES:
            raise DomainError(
                _("Only an open lead can be lost; this one is {stage}.").format(stage=current.label)
            )
        if lost_reason is None:
            raise DomainError(_("Choose the reason for the loss from the list."))
        if not lost_reason.active:
            raise DomainError(_("This reason is no longer in use."))
        return
    if current == Stage.LOST:
        if to not in OPEN_STAGES:
            raise DomainError(_("A lost lead is reopened at an open stage first."))
        if not reason.strip():
            raise DomainError(_("Give the reason for reopening the lead."))
        return
    if current in WON_STAGES and to in OPEN_STAGES:
        raise DomainError(_("A won lead has its contract; it does not go back to an open stage."))
    if to in (Stage.DELIVERY, Stage.AFTER_SALES) and current not in WON_STAGES:
        raise DomainError(_("A lead is won, with its contract, before delivery."))
    if _position(to) < _position(current) and not reason.strip():
        raise DomainError(
            _("Moving a lead back from {current} to {new} needs a reason.").format(
                current=current.label, new=to.label
            )
        )
    if to == Stage.WON and not lead.proposals.exists():
        raise DomainError(_("A lead cannot be won without a proposal on file: record the proposal first."))


def _record_move(lead, user, to, reason, now, lost_reason=None):
    days = (now - lead.stage_since).total_seconds() / 86400 if lead.stage_since else None
    change = StageChange.objects.create(lead=lead, from_stage=lead.stage, to_stage=to, at=now, days_in_previous=days,
                                        reason=reason, lost_reason=lost_reason, user=user)  # fmt: skip
    tallies.record_move(change)
    previous = lead.stage
    lead.stage, lead.stage_since = to, now
    return previous


@transaction.atomic
def move(lead, user, to, *, reason="", lost_reason=None, lost_note="", today=None, now=None, **win):
    """Move a lead to another stage. Winning goes through `win` (its contract); everything else is here."""
    lead = Lead.objects.select_for_update().get(pk=lead.pk)
    if to == Stage.WON and lead.stage != Stage.WON:
        check_move(lead, to, reason=reason)
        return win_lead(lead, user, reason=reason, today=today, now=now, **win)
    check_move(lead, to, reason=reason, lost_reason=lost_reason)
    now = now or timezone.now()
    today = today or timezone.localdate()
    counted = tallies.snapshot(lead)
    previous = _record_move(lead, user, to, reason, now, lost_reason if to == Stage.LOST else None)
    fields = ["stage", "stage_since"]
    if to == Stage.LOST:
        lead.lost_reason, lead.lost_note = lost_reason, lost_note
        fields += ["lost_reason", "lost_note"]
    elif previous == Stage.LOST:
        lead.lost_reason, lead.lost_note = None, ""
        fields += ["lost_reason", "lost_note"]
    if to == Stage.DELIVERY and not lead.delivered_on:
        lead.delivered_on = today
        fields.append("delivered_on")
        tallies.record_outcome(tallies.DayTally.Kind.DELIVERED, today, lead.value_base)
    lead.save(update_fields=fields)
    tallies.lead_changed(counted, (lead.stage, *counted[1:]))
    if to == Stage.LOST:
        audit.record("exports.lead.lost", lead, user, stage=to, previous=previous, lost_reason=str(lost_reason),
                     note=lost_note)  # fmt: skip
    else:
        audit.record("exports.lead.moved", lead, user, stage=to, previous=previous, reason=reason)
    return lead


@transaction.atomic
def win_lead(lead, user, *, contract_title="", signed_on=None, delivery_due=None, reason="", today=None,
             now=None):  # fmt: skip
    """Won: the contract becomes an agreement of kind contract, with a delivery commitment per offering."""
    lead = Lead.objects.select_for_update().get(pk=lead.pk)
    check_move(lead, Stage.WON, reason=reason)
    today = today or timezone.localdate()
    now = now or timezone.now()
    signed_on = signed_on or today
    if signed_on > today:
        raise DomainError(_("A contract is not signed in the future."))
    value_base = convert(lead.value, lead.currency, signed_on)
    counted = tallies.snapshot(lead)
    party = lead.partner_organization or lead.partner_city or lead.country
    offerings = list(lead.offerings.select_related("unit"))
    with translation.override(settings.LANGUAGE_CODE):  # the registry's records read in the office's language
        notes = _("Export contract of the lead “{title}”.").format(title=lead.title)
        titles = [_("Deliver: {offering}").format(offering=o.name_fa) for o in offerings]
    agreement = agreement_services.create_agreement(
        user, kind=AgreementKind.CONTRACT, title_fa=contract_title or lead.title, title_en=contract_title or lead.title,
        signed_on=signed_on, status=AgreementStatus.SIGNED, parties=[party], notes=notes,
    )  # fmt: skip
    due = delivery_due or signed_on + dt.timedelta(days=90)
    for offering, title in zip(offerings, titles, strict=True):
        agreement_services.add_commitment(
            agreement, user, title=title, side=Side.OURS, owner_unit=offering.unit, due_on=due
        )
    previous = _record_move(lead, user, Stage.WON, reason, now)
    lead.agreement, lead.won_on, lead.value_on, lead.value_base = agreement, signed_on, signed_on, value_base
    lead.save(update_fields=["stage", "stage_since", "agreement", "won_on", "value_on", "value_base"])
    tallies.lead_changed(counted, (lead.stage, lead.country_id, value_base, counted[3]))
    tallies.record_outcome(tallies.DayTally.Kind.WON, signed_on, value_base)
    audit.record("exports.lead.won", lead, user, stage=Stage.WON, previous=previous, agreement=agreement.reference,
                 value=lead.value, currency=lead.currency)  # fmt: skip
    return lead


@transaction.atomic
def add_proposal(lead, user, *, sent_on, reference, amount=None, currency=None, note="", today=None):
    today = today or timezone.localdate()
    if not (reference or "").strip():
        raise DomainError(_("Give the proposal's reference or letter number."))
    if sent_on > today:
        raise DomainError(_("A proposal is recorded once it is sent."))
    if amount is not None and amount < 0:
        raise DomainError(_("The amount is not negative."))
    if lead.stage == Stage.LOST:
        raise DomainError(_("Reopen the lead before recording a proposal."))
    proposal = Proposal.objects.create(lead=lead, sent_on=sent_on, reference=reference.strip(), amount=amount,
                                       currency=currency or lead.currency, note=note, created_by=user)  # fmt: skip
    audit.record("exports.proposal.added", lead, user, reference=proposal.reference, sent_on=sent_on,
                 amount=amount)  # fmt: skip
    return proposal


@transaction.atomic
def add_activity(lead, user, *, kind, on, note="", today=None):
    today = today or timezone.localdate()
    if on > today + dt.timedelta(days=1):
        raise DomainError(
            _("Record an activity once it has taken place; plan the next one as the next action.")
        )
    activity = Activity.objects.create(lead=lead, kind=kind, on=on, note=note, user=user)
    audit.record("exports.activity.added", lead, user, kind=kind, on=on, note=note)
    return activity


def loss_reasons():
    return LossReason.objects.filter(active=True)
