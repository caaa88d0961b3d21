"""Every change to the award: guard → change → save → audit entry, in one transaction."""

import logging
import secrets
import smtplib
from collections import Counter
from decimal import Decimal, InvalidOperation

from django.conf import settings
from django.core import signing
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.db.models import Count, F, Q, Sum
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from citydiplomacy.core import audit
from citydiplomacy.core.errors import DomainError
from citydiplomacy.partners.models import City

from .models import (
    Assignment,
    Category,
    Conflict,
    Criterion,
    Entry,
    EntryFile,
    Juror,
    Result,
    Score,
    ScoreTotal,
)
from .uploads import sniff

logger = logging.getLogger(__name__)
ACTION_LABELS = {
    "awards.edition.created": gettext_lazy("Award edition created"),
    "awards.edition.edited": gettext_lazy("Award edition edited"),
    "awards.category.added": gettext_lazy("Category added"),
    "awards.criterion.added": gettext_lazy("Criterion added"),
    "awards.entry.submitted": gettext_lazy("Entry submitted"),
    "awards.entry.confirmed": gettext_lazy("Entrant's e-mail confirmed"),
    "awards.entry.edited": gettext_lazy("Entry edited by the entrant"),
    "awards.entry.file_added": gettext_lazy("File added to an entry"),
    "awards.entry.file_removed": gettext_lazy("File removed from an entry"),
    "awards.entry.result": gettext_lazy("Jury decision recorded"),
    "awards.juror.added": gettext_lazy("Jury member added"),
    "awards.juror.conflict": gettext_lazy("Conflict of interest declared"),
    "awards.juror.assigned": gettext_lazy("Entries assigned to the jury"),
    "awards.juror.reminded": gettext_lazy("Jury member reminded"),
    "awards.score.saved": gettext_lazy("Scores saved"),
    "awards.results.published": gettext_lazy("Results published"),
}
CONFIRM_SALT = "awards.entry.confirm"
CONFIRM_MAX_AGE = 7 * 24 * 3600
ENTRY_FIELDS = ["category", "title", "summary", "entrant_kind", "entrant_name", "country", "city_name",
                "contact_person", "email"]  # fmt: skip
EDITION_FIELDS = ["series", "number", "slug", "title_fa", "title_en", "event", "intro_fa", "intro_en",
                  "eligibility_fa", "eligibility_en", "opens_at", "closes_at", "scale_min", "scale_max",
                  "blind_review", "normalization", "max_file_mb", "max_files"]  # fmt: skip


def _values(obj, fields):
    return {f: getattr(obj, f + "_id") if hasattr(obj, f + "_id") else getattr(obj, f) for f in fields}


# Editions


def _check_edition(fields):
    if fields["closes_at"] <= fields["opens_at"]:
        raise DomainError(_("The call must close after it opens."))
    if fields["scale_max"] <= fields["scale_min"]:
        raise DomainError(_("The highest score must be above the lowest."))


@transaction.atomic
def create_edition(user, **fields):
    from .models import AwardEdition

    _check_edition(fields)
    edition = AwardEdition(**fields)
    edition.save()
    audit.record("awards.edition.created", edition, user, **_values(edition, EDITION_FIELDS))
    return edition


@transaction.atomic
def update_edition(edition, user, **fields):
    before = _values(edition, EDITION_FIELDS)
    _check_edition({**before, **fields})
    if edition.published and any(k in fields and fields[k] != before[k] for k in ("scale_min", "scale_max")):
        raise DomainError(_("The results are published; the scale can no longer change."))
    for name, value in fields.items():
        setattr(edition, name, value)
    edition.save()
    audit.record(
        "awards.edition.edited", edition, user, **audit.diff(before, _values(edition, EDITION_FIELDS))
    )
    return edition


@transaction.atomic
def add_category(edition, user, **fields):
    category = Category.objects.create(edition=edition, **fields)
    audit.record("awards.category.added", edition, user, category=category.name_fa)
    return category


@transaction.atomic
def add_criterion(edition, user, **fields):
    if Score.objects.filter(entry__edition=edition).exists():
        raise DomainError(_("Scoring has begun; the criteria can no longer change."))
    if Decimal(fields.get("weight", 1)) <= 0:
        raise DomainError(_("A criterion's weight must be above zero."))
    criterion = Criterion.objects.create(edition=edition, **fields)
    audit.record(
        "awards.criterion.added", edition, user, criterion=criterion.name_fa, weight=criterion.weight
    )
    return criterion


# Entries (the public side)


def _next_code(edition, skip=0):
    prefix = f"{edition.series.slug[:6].upper()}{edition.number}-"
    last = (
        Entry.objects.filter(code__startswith=prefix).order_by("-code").values_list("code", flat=True).first()
    )
    number = (int(last.rsplit("-", 1)[1]) + 1 if last else 1) + skip
    return f"{prefix}{number:04d}"


def _guard_open(edition, now):
    if now < edition.opens_at:
        raise DomainError(_("The call for entries is not open yet."))
    if edition.is_closed(now):
        raise DomainError(_("The call for entries closed; entries can no longer be submitted or changed."))


def _registry_city(country, city_name):
    name = (city_name or "").strip()
    if not name:
        return None
    return (
        City.objects.filter(country=country)
        .filter(Q(name_en__iexact=name) | Q(name_fa=name))
        .order_by("pk")
        .first()
    )


def _add_files(entry, files):
    edition = entry.edition
    if entry.files.count() + len(files) > edition.max_files:
        raise DomainError(_("An entry takes at most {n} files.").format(n=edition.max_files))
    checked = [(upload, *sniff(upload, max_bytes=edition.max_file_bytes)) for upload in files]
    for upload, kind, content_type in checked:
        original = upload.name
        upload.name = f"{secrets.token_hex(8)}.{content_type.rsplit('/', 1)[1]}"
        EntryFile.objects.create(
            entry=entry, file=upload, kind=kind, original_name=original[:255], size=upload.size,
            content_type=content_type,
        )  # fmt: skip
    return [c[0] for c in checked]


def send_confirmation(entry, key, build_url):
    token = signing.TimestampSigner(salt=CONFIRM_SALT).sign(str(entry.pk))
    confirm = build_url("awards:confirm", token)
    private = build_url("awards:private", key)
    body = _(
        "Thank you for entering {edition}.\n\nConfirm your e-mail address by opening this link (valid 7 days):\n"
        "{confirm}\n\nYour entry's private link (keep it; whoever has it can change your entry until the "
        "deadline):\n{private}\n"
    ).format(edition=entry.edition.title, confirm=confirm, private=private)
    try:
        send_mail(
            _("Confirm your entry {code}").format(code=entry.code),
            body,
            settings.DEFAULT_FROM_EMAIL,
            [entry.email],
        )
    except (OSError, smtplib.SMTPException):
        # The entry stays saved; its private page offers to send the link again.
        logger.exception("The confirmation of entry %s could not be sent", entry.code)
        return False
    return True


@transaction.atomic
def submit_entry(edition, *, files=(), now=None, build_url=None, **fields):
    """→ (entry, private key). The key is shown once and mailed; only its hash is stored."""
    now = now or timezone.now()
    _guard_open(edition, now)
    if fields["category"].edition_id != edition.pk:
        raise DomainError(_("Choose one of this edition's categories."))
    key = secrets.token_urlsafe(24)
    entry = Entry(
        edition=edition, code=_next_code(edition), key_hash=Entry.hash_key(key), submitted_at=now, **fields
    )
    entry.city = _registry_city(entry.country, entry.city_name)
    for attempt in range(5):  # two entries submitted at once may draw the same next code: draw again
        try:
            with transaction.atomic():
                entry.save()
            break
        except IntegrityError:
            if attempt == 4:
                raise
            entry.pk, entry.code = None, _next_code(edition, skip=attempt + 1)
    _add_files(entry, list(files))
    audit.record(
        "awards.entry.submitted", entry, None, **_values(entry, ENTRY_FIELDS), files=entry.files.count()
    )
    entry.confirmation_sent = bool(build_url) and send_confirmation(entry, key, build_url)
    return entry, key


def entry_for_key(key):
    try:
        return Entry.objects.select_related("edition", "category", "country").get(
            key_hash=Entry.hash_key(key or "")
        )
    except Entry.DoesNotExist:
        return None


@transaction.atomic
def confirm_email(token, now=None):
    try:
        pk = signing.TimestampSigner(salt=CONFIRM_SALT).unsign(token, max_age=CONFIRM_MAX_AGE)
    except signing.SignatureExpired:
        raise DomainError(_("The confirmation link has expired.")) from None
    except signing.BadSignature:
        raise DomainError(_("The confirmation link is not valid.")) from None
    entry = Entry.objects.select_for_update().filter(pk=pk).first()
    if entry is None:
        raise DomainError(_("The confirmation link is not valid."))
    if entry.email_confirmed_at is None:
        entry.email_confirmed_at = now or timezone.now()
        entry.save(update_fields=["email_confirmed_at"])
        audit.record("awards.entry.confirmed", entry, None, email=entry.email)
    return entry


@transaction.atomic
def update_entry(entry, *, now=None, **fields):
    now = now or timezone.now()
    _guard_open(entry.edition, now)
    if fields.get("category") and fields["category"].edition_id != entry.edition_id:
        raise DomainError(_("Choose one of this edition's categories."))
    before = _values(entry, ENTRY_FIELDS)
    email_changed = "email" in fields and fields["email"] != entry.email
    for name, value in fields.items():
        setattr(entry, name, value)
    if "city_name" in fields or "country" in fields:
        entry.city = _registry_city(entry.country, entry.city_name)
    if email_changed:
        entry.email_confirmed_at = None
    entry.save()
    audit.record("awards.entry.edited", entry, None, **audit.diff(before, _values(entry, ENTRY_FIELDS)))
    return entry


@transaction.atomic
def add_files(entry, files, now=None):
    _guard_open(entry.edition, now or timezone.now())
    added = _add_files(entry, list(files))
    audit.record("awards.entry.file_added", entry, None, files=[f.name for f in added])


@transaction.atomic
def remove_file(entry, entry_file, now=None):
    _guard_open(entry.edition, now or timezone.now())
    if entry_file.entry_id != entry.pk:
        raise DomainError(_("This file belongs to another entry."))
    name = entry_file.original_name
    entry_file.file.delete(save=False)
    entry_file.delete()
    audit.record("awards.entry.file_removed", entry, None, file=name)


# The jury


@transaction.atomic
def add_juror(edition, user, *, account, contact, categories=(), is_chair=False):
    from citydiplomacy.core.models import Role

    if account.role != Role.JURY:
        raise DomainError(_("A jury member's user account must have the jury member role."))
    if is_chair and edition.jurors.filter(is_chair=True).exists():
        raise DomainError(_("The jury already has a chair."))
    if Juror.objects.filter(edition=edition).filter(Q(user=account) | Q(contact=contact)).exists():
        raise DomainError(_("This person is already on the jury."))
    juror = Juror.objects.create(edition=edition, user=account, contact=contact, is_chair=is_chair)
    juror.categories.set([c for c in categories if c.edition_id == edition.pk])
    audit.record("awards.juror.added", edition, user, juror=str(contact), chair=is_chair,
                 categories=[c.name_fa for c in juror.categories.all()])  # fmt: skip
    return juror


@transaction.atomic
def declare_conflict(juror, user, *, country=None, city=None, organization=None, entry=None, note=""):
    """Declares a conflict; assignments (and scores) the juror had on entries it hits are withdrawn."""
    if not (country or city or organization or entry):
        raise DomainError(_("Name the country, city, organization or entry of the conflict."))
    if entry is not None and entry.edition_id != juror.edition_id:
        raise DomainError(_("This entry belongs to another edition."))
    conflict = Conflict.objects.create(juror=juror, country=country, city=city, organization=organization,
                                       entry=entry, note=note)  # fmt: skip
    hit = Entry.objects.filter(edition_id=juror.edition_id).filter(Conflict.q_for_entries([conflict]))
    withdrawn = Assignment.objects.filter(juror=juror, entry__in=hit).delete()[1].get("awards.Assignment", 0)
    Score.objects.filter(juror=juror, entry__in=hit).delete()
    ScoreTotal.objects.filter(juror=juror, entry__in=hit).delete()
    audit.record("awards.juror.conflict", juror, user, conflict=str(conflict), note=note, withdrawn=withdrawn)
    return conflict


def _guard_assignable(juror, entry):
    if entry.edition_id != juror.edition_id:
        raise DomainError(_("This entry belongs to another edition."))
    if juror.conflicts_with(entry):
        raise DomainError(
            _("{juror} has declared a conflict of interest with the entrant of {code}.").format(
                juror=juror, code=entry.code
            )
        )


@transaction.atomic
def assign(juror, entry, user):
    _guard_assignable(juror, entry)
    assignment, created = Assignment.objects.get_or_create(juror=juror, entry=entry)
    if created:
        audit.record("awards.juror.assigned", juror, user, entries=[entry.code])
    return assignment


@transaction.atomic
def assign_all(edition, user):
    """Every confirmed entry to every juror of its category who has no conflict with its entrant."""
    jurors = list(edition.jurors.prefetch_related("categories", "conflicts").select_related("contact"))
    existing = set(Assignment.objects.filter(juror__edition=edition).values_list("juror_id", "entry_id"))
    entries = Entry.objects.filter(edition=edition, email_confirmed_at__isnull=False)
    new = []
    for juror in jurors:
        categories = {c.pk for c in juror.categories.all()}
        for entry in entries:
            if (entry.category_id in categories and (juror.pk, entry.pk) not in existing
                    and not juror.conflicts_with(entry)):  # fmt: skip
                new.append(Assignment(juror=juror, entry=entry))
    Assignment.objects.bulk_create(new, batch_size=2000)
    audit.record("awards.juror.assigned", edition, user, assignments=len(new))
    return len(new)


def parse_value(raw, edition):
    try:
        value = Decimal(str(raw).strip())
    except (InvalidOperation, ValueError):
        raise DomainError(_("A score must be a number.")) from None
    if not value.is_finite() or value != value.quantize(Decimal("0.01")):
        raise DomainError(_("A score has at most two decimals."))
    if not edition.scale_min <= value <= edition.scale_max:
        raise DomainError(
            _("A score must be between {low} and {high}.").format(
                low=edition.scale_min, high=edition.scale_max
            )
        )
    return value


@transaction.atomic
def save_scores(juror, entry, user, scores):
    """`scores`: {criterion: (value, comment)}. Only the juror itself, on an entry assigned to it."""
    edition = juror.edition
    if juror.user_id != user.pk:
        raise DomainError(_("Only the jury member scores its own entries."))
    if edition.published:
        raise DomainError(_("The results are published; the scores can no longer change."))
    if entry.edition_id != edition.pk:
        raise DomainError(_("This entry belongs to another edition."))
    if juror.conflicts_with(entry):
        raise DomainError(_("You declared a conflict of interest with this entrant; you cannot score it."))
    if not Assignment.objects.filter(juror=juror, entry=entry).exists():
        raise DomainError(_("This entry is not assigned to you."))
    saved = {}
    for criterion, (raw, comment) in scores.items():
        if criterion.edition_id != edition.pk:
            raise DomainError(_("This criterion belongs to another edition."))
        if raw in (None, ""):
            continue
        value = parse_value(raw, edition)
        Score.objects.update_or_create(
            juror=juror, entry=entry, criterion=criterion, defaults={"value": value, "comment": comment or ""}
        )
        saved[criterion.name_fa] = value
    refresh_total(juror, entry)
    audit.record("awards.score.saved", entry, user, juror=str(juror), scores=saved)
    return saved


def _totals(scores):
    return (
        scores.values("juror_id", "entry_id")
        .annotate(weighted=Sum(F("value") * F("criterion__weight")), scored=Count("id"))
        .values_list("juror_id", "entry_id", "weighted", "scored")
        .order_by()
    )


def refresh_total(juror, entry):
    """The juror's weighted sum over the entry's criteria, from its scores (called in the scoring transaction)."""
    rows = list(_totals(Score.objects.filter(juror=juror, entry=entry)))
    if not rows:
        ScoreTotal.objects.filter(juror=juror, entry=entry).delete()
        return
    (_j, _e, weighted, scored) = rows[0]
    ScoreTotal.objects.update_or_create(
        juror=juror, entry=entry, defaults={"weighted": weighted, "scored": scored}
    )


@transaction.atomic
def rebuild_totals(edition):
    """Recompute every score total of an edition from its scores (after loading scores past the service)."""
    ScoreTotal.objects.filter(juror__edition=edition).delete()
    ScoreTotal.objects.bulk_create(
        [ScoreTotal(juror_id=j, entry_id=e, weighted=w, scored=n)
         for j, e, w, n in _totals(Score.objects.filter(juror__edition=edition))],
        batch_size=5000,
    )  # fmt: skip


def missing_scores(edition):
    """Per juror: assigned entries, entries scored on every criterion, and what is missing."""
    n_criteria = edition.criteria.count()
    complete = Counter(
        ScoreTotal.objects.filter(juror__edition=edition, scored=n_criteria).values_list(
            "juror_id", flat=True
        )
    )
    rows = []
    for juror in edition.jurors.select_related("contact", "user").annotate(assigned=Count("assignments")):
        done = complete.get(juror.pk, 0)
        rows.append(
            {"juror": juror, "assigned": juror.assigned, "done": done, "missing": juror.assigned - done}
        )
    return rows


@transaction.atomic
def remind(juror, user, *, missing, url=""):
    if not juror.user.email:
        raise DomainError(_("{juror} has no e-mail address.").format(juror=juror))
    body = _(
        "Dear {name},\n\n{missing} of your entries for {edition} still wait for your scores.\n{url}\n"
    ).format(name=juror.contact, missing=missing, edition=juror.edition.title, url=url)
    send_mail(_("Scores awaited: {edition}").format(edition=juror.edition.title), body,
              settings.DEFAULT_FROM_EMAIL, [juror.user.email])  # fmt: skip
    juror.last_reminded_at = timezone.now()
    juror.save(update_fields=["last_reminded_at"])
    audit.record("awards.juror.reminded", juror, user, missing=missing, email=juror.user.email)


# Decisions and publication (the jury chair's)


def chair_of(edition, user):
    return edition.jurors.filter(user=user, is_chair=True).first() if user.is_authenticated else None


def _guard_chair(edition, user):
    if chair_of(edition, user) is None:
        raise DomainError(_("Only the jury chair decides the shortlist and the winners and publishes them."))


@transaction.atomic
def decide(entry, user, result):
    edition = entry.edition
    _guard_chair(edition, user)
    if result not in Result.values:
        raise DomainError(_("Unknown decision."))
    if edition.published:
        raise DomainError(_("The results are published; the decisions can no longer change."))
    if entry.email_confirmed_at is None:
        raise DomainError(_("An entry whose e-mail is not confirmed cannot be shortlisted."))
    previous = entry.result
    entry.result = result
    entry.save(update_fields=["result"])
    audit.record("awards.entry.result", entry, user, result=result, previous=previous)
    return entry


@transaction.atomic
def publish_results(edition, user, now=None):
    _guard_chair(edition, user)
    now = now or timezone.now()
    if edition.published:
        raise DomainError(_("The results are already published."))
    if not edition.is_closed(now):
        raise DomainError(_("The results can be published only after the call closes."))
    if not edition.entries.filter(result=Result.WINNER).exists():
        raise DomainError(_("Name at least one winner before publishing."))
    edition.results_published_at = now
    edition.save(update_fields=["results_published_at"])
    winners = list(edition.entries.filter(result=Result.WINNER).values_list("code", flat=True))
    audit.record("awards.results.published", edition, user, winners=winners)
    return edition
