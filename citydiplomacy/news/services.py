"""News in, stories out: the engine proposes, a person accepts, corrects or dismisses.

Only these functions write news records; views, the API, commands and background tasks call them.
"""

import datetime as dt
from urllib.parse import urlparse

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from citydiplomacy.core import audit
from citydiplomacy.core.errors import DomainError
from citydiplomacy.newsengine import NewsItem, NewsRecord, group_stories, process_item

from .models import Article, FetchRun, Source, Story

# Recent articles are compared with new ones so a story keeps gathering its outlets.
GROUPING_WINDOW_DAYS = 14
PROPOSAL_FIELDS = (
    "is_city_diplomacy", "event_type", "agreement_kind", "home_city", "cities", "countries", "organizations",
    "people", "event_date", "published", "topics", "confidence", "evidence",
)  # fmt: skip


_GAZETTEER = {}


def gazetteer():
    """The engine's gazetteer plus the names and aliases of the partner directory (rebuilt when it changes)."""
    from django.db.models import Count, Max

    from citydiplomacy.newsengine.gazetteer import Gazetteer
    from citydiplomacy.partners.models import City, Organization

    key = tuple(City.objects.aggregate(n=Count("id"), last=Max("id")).values()) + tuple(
        Organization.objects.aggregate(n=Count("id"), last=Max("id")).values()
    )
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
    groups = group_stories(pool_records)
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
    """The story proposes the record of its most confident article about the city's international activity."""
    articles = list(story.articles.all())
    best = max(
        articles, key=lambda a: (bool(a.record.get("is_city_diplomacy")), a.record.get("confidence") or 0)
    )
    if story.status == Story.Status.NEW and not story.proposed.get("corrected"):
        story.proposed = _proposal(best.record)
        story.is_city_diplomacy = bool(best.record.get("is_city_diplomacy"))
        story.event_type = best.record.get("event_type") or "other"
        story.confidence = float(best.record.get("confidence") or 0)
    story.published = min((a.published for a in articles if a.published), default=story.published)
    story.save()


def localized(proposed):
    """The proposed record with city and country names in Persian when the reader reads Persian."""
    return localized_all([proposed])[0]


def localized_all(proposals):
    """`localized` for many records (a page of the inbox) in two queries."""
    from django.utils.translation import get_language

    from citydiplomacy.partners.models import City, Country

    if not (get_language() or "fa").startswith("fa") or not proposals:
        return list(proposals)
    names = set()
    for proposed in proposals:
        names |= set(proposed.get("cities") or []) | set(proposed.get("countries") or [])
        names.add(proposed.get("home_city"))
    names.discard(None)
    persian = dict(City.objects.filter(name_en__in=names).values_list("name_en", "name_fa"))
    persian.update(Country.objects.filter(name_en__in=names).values_list("name_en", "name_fa"))
    results = []
    for proposed in proposals:
        result = dict(proposed)
        for key in ("cities", "countries"):
            result[key] = [persian.get(name, name) for name in proposed.get(key) or []]
        result["home_city"] = persian.get(proposed.get("home_city"), proposed.get("home_city"))
        results.append(result)
    return results


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
    story.save(update_fields=["proposed", "event_type", "is_city_diplomacy"])
    audit.record("news.story.corrected", story, user, changes=audit.diff(before, proposed))
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


@transaction.atomic
def accept(story, user, *, mission=None, create_mission=False, unit=None, city=None, agreement=None):
    """Accept a story: link it to an existing mission (or create a draft one), a partner city, an agreement."""
    from citydiplomacy.missions import services as mission_services

    story = Story.objects.select_for_update().get(pk=story.pk)
    _guard(story)
    proposed = story.proposed
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
