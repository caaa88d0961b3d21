"""News in, stories out: the engine proposes, a person accepts, corrects or dismisses.

Only these functions write news records; views, the API, commands and background tasks call them.
"""

import datetime as dt
import re
from urllib.parse import urlparse

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from citydiplomacy.core import audit
from citydiplomacy.core.errors import DomainError
from citydiplomacy.newsengine import NewsItem, NewsRecord, group_stories, process_item

from .labels import organization_in_persian, role_in_persian
from .models import Article, Correction, FetchRun, GroupingDecision, Source, Story

# Recent articles are compared with new ones so a story keeps gathering its outlets.
GROUPING_WINDOW_DAYS = 14
PROPOSAL_FIELDS = (
    "is_city_diplomacy", "event_type", "agreement_kind", "home_city", "cities", "countries", "organizations",
    "people", "event_date", "published", "topics", "confidence", "evidence", "surface_forms",
)  # fmt: skip


_GAZETTEER = {}


def partner_version():
    """A fingerprint of every name and alias in the partner directory: any change to a partner (an
    alias added to an existing city, a renamed organization) gives a new one, in every process."""
    import hashlib

    from citydiplomacy.partners.models import City, Organization

    digest = hashlib.blake2b(digest_size=16)
    for row in City.objects.order_by("pk").values_list(
        "pk", "name_en", "name_fa", "aliases", "country__iso2"
    ):
        digest.update(repr(row).encode())
    digest.update(b"|")
    for row in Organization.objects.order_by("pk").values_list(
        "pk", "name_en", "name_fa", "aliases", "acronym"
    ):
        digest.update(repr(row).encode())
    return digest.hexdigest()


def gazetteer():
    """The engine's gazetteer plus the names and aliases of the partner directory (rebuilt when it changes)."""
    from citydiplomacy.newsengine.gazetteer import Gazetteer
    from citydiplomacy.partners.models import City, Organization

    key = partner_version()
    if key not in _GAZETTEER:
        gaz = Gazetteer.default()
        for org in Organization.objects.only("name_en", "name_fa", "aliases", "acronym"):
            # An organization the engine knows keeps the engine's canonical name (UCLG, WeGO, ...).
            known = [h.entry.canonical for n in (org.acronym, org.name_en) if n for h in gaz.find(n)]
            known = [c for c in known if (("organization", c) in gaz.by_canonical)]
            canonical = known[0] if known else (org.acronym or org.name_en)
            names = [n for n in (org.name_fa, org.acronym, *org.aliases) if n]
            gaz.add(org.name_en, aliases=names, kind="organization", canonical=canonical)
        for city in City.objects.select_related("country").only(
            "name_en", "name_fa", "aliases", "country__iso2"
        ):
            gaz.add(
                city.name_en, aliases=[city.name_fa, *city.aliases], kind="city", country=city.country.iso2
            )
        _GAZETTEER.clear()
        _GAZETTEER[key] = gaz
    return _GAZETTEER[key]


def _date(value):
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _outlet(url):
    host = urlparse(url or "").hostname or ""
    return host.removeprefix("www.")


def _proposal(record):
    data = record if isinstance(record, dict) else record.__dict__
    return {key: data.get(key) for key in PROPOSAL_FIELDS}


def _record_dict(record):
    data = dict(record.__dict__)
    data.pop("text", None)
    return data


@transaction.atomic
def ingest(items, *, source=None, run=None):
    """Process new items (skipping addresses already stored) and file them into stories. Returns counts."""
    seen = set(Article.objects.filter(url__in=[i.url or i.id for i in items]).values_list("url", flat=True))
    fresh = [i for i in items if (i.url or i.id) not in seen]
    if not fresh:
        return {"articles": 0, "stories": 0, "errors": 0}
    gaz = gazetteer()
    records = [process_item(item, gaz) for item in fresh]
    articles = []
    for item, record in zip(fresh, records, strict=True):
        articles.append(
            Article.objects.create(
                source=source,
                url=item.url or item.id,
                outlet=_outlet(item.url) or (source.name if source else ""),
                title=(record.title or item.title or "")[:500],
                text=record.text or "",
                lang=record.lang or "",
                published=_date(record.published),
                record=_record_dict(record),
                error=(record.error or "")[:300],
            )
        )
    new_stories = _file_into_stories(articles, records)
    return {"articles": len(articles), "stories": new_stories, "errors": sum(1 for r in records if r.error)}


def _as_record(article):
    fields = {k: v for k, v in article.record.items() if k in NewsRecord.__dataclass_fields__}
    fields["text"] = article.text
    return NewsRecord(**fields)


def _file_into_stories(articles, records):
    since = timezone.localdate() - dt.timedelta(days=GROUPING_WINDOW_DAYS)
    recent = list(
        Article.objects.filter(story__isnull=False, fetched_at__date__gte=since).exclude(
            pk__in=[a.pk for a in articles]
        )
    )
    pool = recent + articles
    pool_records = [_as_record(a) for a in recent] + list(records)
    together, apart = _constraints(pool)
    groups = group_stories(pool_records, together=together, apart=apart)
    grouped = {}
    for group in groups:
        for index in group:
            grouped[index] = group
    created = 0
    offset = len(recent)
    for position, article in enumerate(articles, start=offset):
        if article.story_id or article.error:
            continue
        members = [pool[i] for i in grouped.get(position, [position])]
        story = next((m.story for m in members if m.story_id), None)
        if story is None:
            story = Story.objects.create(
                title=article.title or article.url[:500], published=article.published
            )
            created += 1
        for member in members:
            if member.story_id is None:
                member.story = story
                member.save(update_fields=["story"])
        _refresh_proposal(story)
    return created


def _refresh_proposal(story):
    """The story proposes the record of its most confident article about the city's international activity,
    told from the office's own city where an article tells it so (the partner's press tells the same visit as
    its own trip)."""
    articles = list(story.articles.all())
    ours = settings.CITY_NAME_EN.casefold()
    best = max(
        articles,
        key=lambda a: (
            bool(a.record.get("is_city_diplomacy")),
            (a.record.get("home_city") or "").casefold() == ours,
            a.record.get("confidence") or 0,
        ),
    )
    if story.status == Story.Status.NEW and not story.proposed.get("corrected"):
        story.proposed = _proposal(best.record)
        story.is_city_diplomacy = bool(best.record.get("is_city_diplomacy"))
        story.event_type = best.record.get("event_type") or "other"
        story.confidence = float(best.record.get("confidence") or 0)
        story.other_city = is_other_city(story.proposed)
    story.published = min((a.published for a in articles if a.published), default=story.published)
    story.save()


def is_other_city(proposed):
    """A story of another city's international activity (a rival the office follows)."""
    home = (proposed.get("home_city") or "").strip().casefold()
    return bool(proposed.get("is_city_diplomacy")) and bool(home) and home != settings.CITY_NAME_EN.casefold()


def localized(proposed):
    """The proposed record with city and country names in Persian when the reader reads Persian."""
    return localized_all([proposed])[0]


_ROLE_PLACE = re.compile(r"\(([^()]+)\)")


def _written_in_persian(proposed, name):
    """The name as a Persian article wrote it (the engine's surface form), for a place the directory lacks."""
    for form in (proposed.get("surface_forms") or {}).get(name) or ():
        if form and any("\u0600" <= ch <= "\u06ff" for ch in form):
            return form
    return name


def localized_all(proposals, *, written=False):
    """`localized` for many records (a page of the inbox) in two queries. With ``written``, for display
    only, a place the directory has no Persian name for is shown as a Persian article wrote it."""
    from django.utils.translation import get_language

    from citydiplomacy.partners.models import City, Country

    if not (get_language() or "fa").startswith("fa") or not proposals:
        return list(proposals)
    names = set()
    for proposed in proposals:
        names |= set(proposed.get("cities") or []) | set(proposed.get("countries") or [])
        names.add(proposed.get("home_city"))
        if written:  # the places of people's roles: "Mayor (Rasht)"
            names |= {
                m.group(1)
                for p in proposed.get("people") or []
                for m in _ROLE_PLACE.finditer(p.get("role") or "")
            }
    names.discard(None)
    persian = dict(City.objects.filter(name_en__in=names).values_list("name_en", "name_fa"))
    persian.update(Country.objects.filter(name_en__in=names).values_list("name_en", "name_fa"))
    return [_in_persian(proposed, persian, written) for proposed in proposals]


def _in_persian(proposed, persian, written):
    def name_of(name):
        if not name or persian.get(name):
            return persian.get(name) or name
        return _written_in_persian(proposed, name) if written else name

    result = dict(proposed)
    for key in ("cities", "countries"):
        result[key] = [name_of(name) for name in proposed.get(key) or []]
    result["home_city"] = name_of(proposed.get("home_city"))
    result["organizations"] = [organization_in_persian(name) for name in proposed.get("organizations") or []]
    if written:
        result["people"] = [
            dict(p, role=role_in_persian(p.get("role"), name_of)) for p in proposed.get("people") or []
        ]
    return result


def summary(proposed):
    """ "Event attended: Tehran → Xi'an, UCLG, 16 Oct 2025" / «حضور در رویداد: تهران ← شیان، UCLG، ۲۴ مهر ۱۴۰۴»:
    the proposed record in one line, in the reader's language and calendar."""
    from django.utils.translation import get_language

    from citydiplomacy.core.templatetags.cd import jdate, listing

    from .models import EVENT_TYPES

    event = proposed.get("event_type") or "other"
    arrow = {"outbound_visit": " → ", "event_attended": " → ", "inbound_visit": " ← "}.get(event, " · ")
    if (get_language() or "fa").startswith("fa"):  # read right to left: the arrow points the other way
        arrow = arrow.translate(str.maketrans("→←", "←→"))
    home, cities = proposed.get("home_city") or "", listing(proposed.get("cities"))
    details = [arrow.join(part for part in (home, cities) if part)]
    details += [listing(proposed.get("organizations"))]
    when = _date(proposed.get("event_date") or proposed.get("published"))
    if when:
        details.append(jdate(when, "long"))
    return f"{dict(EVENT_TYPES)[event]}: {listing(d for d in details if d)}"


# Decisions on a story


def _guard(story):
    if not story.can_be_decided:
        raise DomainError(_("This story was decided already."))


@transaction.atomic
def correct(story, user, **changes):
    story = Story.objects.select_for_update().get(pk=story.pk)
    _guard(story)
    before = dict(story.proposed)
    proposed = dict(story.proposed, **changes, corrected=True)
    story.proposed = proposed
    story.event_type = proposed.get("event_type") or story.event_type
    story.is_city_diplomacy = bool(proposed.get("is_city_diplomacy", story.is_city_diplomacy))
    story.other_city = is_other_city(proposed)
    story.save(update_fields=["proposed", "event_type", "is_city_diplomacy", "other_city"])
    changed = audit.diff(before, proposed)
    changed.pop("corrected", None)
    if changed:
        Correction.objects.create(
            story=story,
            kind=Correction.Kind.RECORD,
            fields=sorted(changed),
            original={k: v for k, v in before.items() if k != "corrected"},
            corrected={k: proposed.get(k) for k in sorted(changed)},
            user=user,
        )
    audit.record("news.story.corrected", story, user, changes=changed)
    return story


@transaction.atomic
def dismiss(story, user, *, reason=""):
    story = Story.objects.select_for_update().get(pk=story.pk)
    _guard(story)
    story.status, story.dismiss_reason = Story.Status.DISMISSED, reason[:300]
    story.decided_by, story.decided_at = user, timezone.now()
    story.save(update_fields=["status", "dismiss_reason", "decided_by", "decided_at"])
    audit.record("news.story.dismissed", story, user, reason=reason)
    return story


@transaction.atomic
def reopen(story, user):
    story = Story.objects.select_for_update().get(pk=story.pk)
    if story.status == Story.Status.NEW:
        return story
    story.status, story.decided_by, story.decided_at = Story.Status.NEW, None, None
    story.save(update_fields=["status", "decided_by", "decided_at"])
    audit.record("news.story.reopened", story, user)
    return story


def _countries(names):
    from citydiplomacy.partners.services import CountryIndex

    index = CountryIndex()
    home = index.find("Iran")
    found = [index.find(n) for n in names or []]
    return [c for c in dict.fromkeys(found) if c is not None and c != home]


def _cities(names, countries):
    from citydiplomacy.partners.services import find_city

    cities = [find_city(n) for n in names or []]
    return [c for c in dict.fromkeys(cities) if c is not None and c.name_en != settings.CITY_NAME_EN]


PURPOSE_BY_EVENT = {
    "event_attended": "summit",
    "outbound_visit": "other",
    "agreement": "negotiation",
    "virtual_meeting": "summit",
}


TRIP_WINDOW_DAYS = (
    7  # a recorded trip this close to the story's date, to one of its countries, may be the same
)


def recorded_trips(story):
    """Missions that may already record the trip a story reports: to one of its countries, with dates within
    TRIP_WINDOW_DAYS of the story's event (or publication) date. Withdrawn requests do not count."""
    from citydiplomacy.missions.models import MissionRequest, Status

    proposed = story.proposed or {}
    countries = _countries(proposed.get("countries"))
    day = _date(proposed.get("event_date")) or story.published
    if not countries or day is None:
        return MissionRequest.objects.none()
    window = dt.timedelta(days=TRIP_WINDOW_DAYS)
    return (
        MissionRequest.objects.filter(
            countries__in=countries, start_date__lte=day + window, end_date__gte=day - window
        )
        .exclude(status=Status.WITHDRAWN)
        .distinct()
        .order_by("start_date")
    )


@transaction.atomic
def accept(story, user, *, mission=None, create_mission=False, unit=None, city=None, agreement=None,
           another_trip=False):  # fmt: skip
    """Accept a story: link it to an existing mission (or create a draft one), a partner city, an agreement.
    Creating a mission is refused while a recorded trip may be the same one, unless the reviewer says that
    this is another trip (`another_trip`)."""
    from citydiplomacy.missions import services as mission_services

    story = Story.objects.select_for_update().get(pk=story.pk)
    _guard(story)
    proposed = story.proposed
    if create_mission and not another_trip:
        same = list(recorded_trips(story)[:5])
        if same:
            raise DomainError(
                _("This trip may already be recorded: {missions}. Link the story to that mission, or confirm "
                  "that this is another trip.").format(
                    missions="، ".join(f"{m.reference} ({m.title})" for m in same)
                )
            )  # fmt: skip
    if create_mission:
        if unit is None:
            raise DomainError(_("Choose the unit the mission belongs to."))
        countries = _countries(proposed.get("countries"))
        if not countries:
            raise DomainError(_("The story names no destination country; correct the proposed record first."))
        day = _date(proposed.get("event_date")) or story.published or timezone.localdate()
        mission = mission_services.create_request(
            user,
            title=story.title[:300],
            unit=unit,
            purpose=PURPOSE_BY_EVENT.get(proposed.get("event_type"), "other"),
            mode="virtual" if proposed.get("event_type") == "virtual_meeting" else "in_person",
            host_organization=", ".join(proposed.get("organizations") or [])[:300],
            start_date=day,
            end_date=day,
            justification=_("Recorded from the news: {title}").format(title=story.title),
            countries=countries,
            cities=_cities(proposed.get("cities"), countries),
        )
        audit.record(
            "missions.request.created_from_news",
            mission,
            user,
            story=story.pk,
            outlets=story.articles.count(),
        )
    if city is None and proposed.get("cities"):
        city = next(iter(_cities(proposed["cities"], None)), None)
    story.status = Story.Status.ACCEPTED
    story.mission, story.city, story.agreement = mission, city, agreement
    story.decided_by, story.decided_at = user, timezone.now()
    story.save(update_fields=["status", "mission", "city", "agreement", "decided_by", "decided_at"])
    audit.record(
        "news.story.accepted",
        story,
        user,
        mission=mission.reference if mission else None,
        city=str(city) if city else None,
        agreement=agreement.reference if agreement else None,
    )
    return story


# Sources and fetching


@transaction.atomic
def save_source(user, source, *, created):
    check_source_url(source.url)
    source.save()
    audit.record("news.source.created" if created else "news.source.edited", source, user, url=source.url)
    return source


def fetch_config():
    from citydiplomacy.newsengine.fetch import FetchConfig

    base = settings.DATA_DIR / "news"
    base.mkdir(parents=True, exist_ok=True)
    return FetchConfig(
        timeout=settings.NEWS_FETCH_TIMEOUT,
        max_bytes=settings.NEWS_FETCH_MAX_BYTES,
        delay=settings.NEWS_FETCH_DELAY,
        raw_dir=str(base / "raw"),
        state_file=str(base / "fetch-state.json"),
        allow_hosts=tuple(settings.NEWS_FETCH_ALLOW_HOSTS),
    )


def check_source_url(url):
    """Raise DomainError when a source's address is not one the fetcher would read (private, not http)."""
    from citydiplomacy.newsengine.netguard import UnsafeAddress, check_url

    try:
        check_url(url, settings.NEWS_FETCH_ALLOW_HOSTS)
    except UnsafeAddress as exc:
        raise DomainError(
            _(
                "This address is not on the public internet (or not http/https) and cannot be fetched. "
                "An intranet feed of the office must be allowed by the administrator (NEWS_FETCH_ALLOW_HOSTS)."
            )
        ) from exc


def fetch_source(source):
    """Fetch one source now, file what is new, and record the run."""
    from citydiplomacy.newsengine.fetch import fetch_sources

    run = FetchRun.objects.create(source=source)
    refused = []
    try:
        items = fetch_sources(
            [{"url": source.url, "kind": source.kind, "lang": source.lang, "name": source.name}],
            fetch_config(),
            errors=refused,
        )
        counts = ingest(items, source=source, run=run)
    except Exception as exc:  # a failed fetch is recorded and shown, never lost
        run.status, run.errors = FetchRun.Status.FAILED, f"{type(exc).__name__}: {exc}"[:2000]
    else:
        run.status = FetchRun.Status.DONE
        run.pages, run.new_articles, run.new_stories = len(items), counts["articles"], counts["stories"]
        lines = [_("{n} pages could not be read").format(n=counts["errors"])] if counts["errors"] else []
        lines += [f"{url}: {reason}" for url, reason in refused]
        run.errors = "\n".join(lines)[:2000]
    run.finished_at = timezone.now()
    run.save()
    Source.objects.filter(pk=source.pk).update(last_fetched_at=run.finished_at)
    return run


def add_article(user, *, url, text, title=""):
    """A person pastes an article (address and text) the sources did not bring."""
    if not (text or "").strip():
        raise DomainError(_("Paste the article's text."))
    return ingest([NewsItem(id=url, url=url, text=text, title=title or None)])


# Stories by hand: merge, split, re-group (manual decisions are kept as constraints)


def _constraints(articles):
    """The ``together`` and ``apart`` index pairs of the decisions between ``articles``."""
    where = {a.pk: i for i, a in enumerate(articles) if a.pk is not None}
    together, apart = [], []
    decisions = GroupingDecision.objects.filter(first__in=list(where), second__in=list(where))
    for first, second, joined in decisions.values_list("first", "second", "together"):
        (together if joined else apart).append((where[first], where[second]))
    return together, apart


def _decide_pair(a, b, together, user):
    first, second = sorted((a.pk, b.pk))
    GroupingDecision.objects.update_or_create(
        first_id=first,
        second_id=second,
        defaults={"together": together, "decided_by": user, "decided_at": timezone.now()},
    )


def _between(ids_a, ids_b):
    from django.db.models import Q

    return Q(first__in=ids_a, second__in=ids_b) | Q(first__in=ids_b, second__in=ids_a)


def _undecided(story):
    if story.status != Story.Status.NEW:
        raise DomainError(_("Only stories still in the inbox can be merged or split."))


@transaction.atomic
def merge(story, others, user):
    """Move every article of ``others`` into ``story``; each merged story points to ``story`` and leaves
    the inbox. The decision is stored, so re-grouping keeps the articles together."""
    story = Story.objects.select_for_update().get(pk=story.pk)
    others = list(
        Story.objects.select_for_update().filter(pk__in=[o.pk for o in others]).exclude(pk=story.pk)
    )
    if not others:
        raise DomainError(_("Choose at least one other story to merge."))
    for s in [story, *others]:
        _undecided(s)
    kept = list(story.articles.order_by("pk"))
    if not kept:
        raise DomainError(_("This story has no article to merge with."))
    anchor = kept[0]
    moved_ids = []
    for other in others:
        moved = list(other.articles.order_by("pk"))
        GroupingDecision.objects.filter(_between([a.pk for a in kept], [a.pk for a in moved])).filter(
            together=False
        ).delete()
        for article in moved:
            _decide_pair(anchor, article, True, user)
        Article.objects.filter(pk__in=[a.pk for a in moved]).update(story=story)
        kept += moved
        moved_ids += [a.pk for a in moved]
        other.status, other.merged_into = Story.Status.DISMISSED, story
        other.dismiss_reason = _("Merged into another story.")[:300]
        other.decided_by, other.decided_at = user, timezone.now()
        other.save(update_fields=["status", "merged_into", "dismiss_reason", "decided_by", "decided_at"])
        audit.record("news.story.merged_away", other, user, into=story.pk, articles=[a.pk for a in moved])
    _refresh_proposal(story)
    audit.record("news.story.merged", story, user, stories=[o.pk for o in others], articles=moved_ids)
    return story


@transaction.atomic
def split(story, article, user):
    """Take ``article`` out of ``story`` into a story of its own; the decision is stored, so re-grouping
    never puts it back with the others. Returns the new story."""
    story = Story.objects.select_for_update().get(pk=story.pk)
    _undecided(story)
    rest = list(story.articles.exclude(pk=article.pk).order_by("pk"))
    if article.story_id != story.pk:
        raise DomainError(_("This article is not part of this story."))
    if not rest:
        raise DomainError(_("A story with one article cannot be split."))
    rest_ids = [a.pk for a in rest]
    links = GroupingDecision.objects.filter(_between([article.pk], rest_ids), together=True)
    relink = links.exists()
    links.delete()
    if relink:  # the others were joined through this article: keep them joined to each other
        for other in rest[1:]:
            _decide_pair(rest[0], other, True, user)
    for other in rest:
        _decide_pair(article, other, False, user)
    new = Story.objects.create(title=(article.title or article.url)[:500], published=article.published)
    article.story = new
    article.save(update_fields=["story"])
    _refresh_proposal(story)
    _refresh_proposal(new)
    audit.record("news.story.split", story, user, article=article.pk, new_story=new.pk)
    audit.record("news.story.split_from", new, user, story=story.pk, article=article.pk)
    return new


@transaction.atomic
def regroup(user=None, *, days=GROUPING_WINDOW_DAYS):
    """Re-compute the stories of the articles fetched in the last ``days`` days that are still in the
    inbox, with every manual merge and split as a constraint. Decided stories are left as they are.
    Returns the number of articles that changed story."""
    since = timezone.localdate() - dt.timedelta(days=days)
    pool = list(
        Article.objects.filter(story__status=Story.Status.NEW, fetched_at__date__gte=since, error="")
        .select_related("story")
        .order_by("pk")
    )
    if not pool:
        return 0
    together, apart = _constraints(pool)
    groups = group_stories([_as_record(a) for a in pool], together=together, apart=apart)
    grouped = {i for g in groups for i in g}
    groups += [[i] for i in range(len(pool)) if i not in grouped]
    # each group keeps a story a person corrected (their record stands), else the story most of its
    # articles are in (the oldest on a tie), once
    corrected = {a.story_id for a in pool if a.story.proposed.get("corrected")}
    claimed, moved, touched, went = set(), 0, set(), {}
    for group in sorted(groups, key=lambda g: (-len(g), pool[g[0]].pk)):
        counts = {}
        for i in group:
            counts[pool[i].story_id] = counts.get(pool[i].story_id, 0) + 1
        choices = sorted(
            (s for s in counts if s not in claimed), key=lambda s: (s not in corrected, -counts[s], s)
        )
        if choices:
            target = next(pool[i].story for i in group if pool[i].story_id == choices[0])
        else:
            first = pool[group[0]]
            target = Story.objects.create(title=(first.title or first.url)[:500], published=first.published)
        claimed.add(target.pk)
        for i in group:
            if pool[i].story_id != target.pk:
                touched.add(pool[i].story_id)
                went.setdefault(pool[i].story_id, set()).add(target.pk)
                pool[i].story = target
                pool[i].save(update_fields=["story"])
                moved += 1
                touched.add(target.pk)
    for story in Story.objects.filter(pk__in=touched):
        if story.articles.exists():
            _refresh_proposal(story)
            audit.record("news.story.regrouped", story, user, articles=story.articles.count())
        else:
            into = went.get(story.pk, set())
            story.status, story.dismiss_reason = Story.Status.DISMISSED, _("Regrouped into other stories.")
            if len(into) == 1:  # the inbox links the story to where its articles went
                story.merged_into_id = next(iter(into))
            story.save(update_fields=["status", "dismiss_reason", "merged_into"])
            audit.record("news.story.regrouped", story, user, articles=0, into=sorted(into))
    return moved


# Learning from reviewers


@transaction.atomic
def add_alias(story, user, *, name, city=None, organization=None):
    """A name in the story is another name of a known partner: the alias is stored on the partner (the
    gazetteer sees it at once), kept as a labelled example, and the story's articles are read again."""
    name = " ".join((name or "").split())
    if not name or len(name) > 200:
        raise DomainError(_("Give the name as it is written in the article (at most 200 characters)."))
    if (city is None) == (organization is None):
        raise DomainError(_("Choose either a partner city or an organization."))
    partner = city or organization
    partner = type(partner).objects.select_for_update().get(pk=partner.pk)
    if name.casefold() not in {n.casefold() for n in partner.all_names()}:
        partner.aliases = [*partner.aliases, name]
        partner.save()
    Correction.objects.create(
        story=story,
        kind=Correction.Kind.ALIAS,
        fields=["cities" if city else "organizations"],
        original=dict(story.proposed),
        corrected={"alias": name, "partner": partner.name_en, "kind": "city" if city else "organization"},
        user=user,
    )
    audit.record("news.alias.added", story, user, alias=name, partner=partner.name_en)
    reread(story)
    return partner


def reread(story):
    """Extract the story's articles again (with the current partner directory) and refresh its proposal."""
    gaz = gazetteer()
    for article in story.articles.all():
        record = process_item(
            NewsItem(id=article.url, url=article.url, text=article.text, title=article.title or None), gaz
        )
        if not record.error:
            article.record = _record_dict(record)
            article.save(update_fields=["record"])
    _refresh_proposal(Story.objects.get(pk=story.pk))


GOLD_FIELDS = (
    "is_city_diplomacy", "event_type", "agreement_kind", "home_city", "cities", "countries", "organizations",
    "people", "event_date", "topics",
)  # fmt: skip


def reviewed_stories():
    """Stories a person corrected or accepted: the office's own evaluation data."""
    from django.db.models import Q

    return (
        Story.objects.filter(
            Q(corrections__kind=Correction.Kind.RECORD)
            | Q(proposed__corrected=True)
            | Q(status=Story.Status.ACCEPTED)
        )
        .distinct()
        .order_by("pk")
    )


def export_gold(stories=None):
    """One line per article of the reviewed stories, in the evaluation format of shared/eval:
    ``{"id", "url", "lang", "text", "gold": {...}}``; articles of one story share a duplicate_group."""
    stories = reviewed_stories() if stories is None else stories
    for story in stories.prefetch_related("articles"):
        articles = [a for a in story.articles.all() if not a.error]
        proposed = story.proposed
        for article in sorted(articles, key=lambda a: a.pk):
            gold = {k: proposed.get(k) for k in GOLD_FIELDS}
            for key in ("cities", "countries", "organizations", "people", "topics"):
                gold[key] = list(gold[key] or [])
            gold["is_city_diplomacy"] = bool(gold["is_city_diplomacy"])
            gold["event_type"] = gold["event_type"] or "other"
            gold["published"] = article.published.isoformat() if article.published else None
            gold["duplicate_group"] = f"story-{story.pk}" if len(articles) > 1 else None
            yield {
                "id": f"article-{article.pk}",
                "url": article.url,
                "lang": article.lang,
                "text": article.text,
                "gold": gold,
            }
