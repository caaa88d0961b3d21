from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Prefetch
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from citydiplomacy.core.audit import history
from citydiplomacy.core.errors import DomainError
from citydiplomacy.core.pagination import CappedPaginator
from citydiplomacy.core.spreadsheets import xlsx_response

from . import services
from .exporters import story_columns
from .filters import StoryFilter
from .forms import AcceptForm, AliasForm, CorrectionForm, DismissForm, MergeForm, PasteForm, SourceForm
from .models import EVENT_TYPES, Article, FetchRun, Source, Story
from .permissions import can_decide, can_read, get_source_for_user, get_story_for_user

XLSX_MAX_ROWS = 5000  # one sheet a person reads, not the archive


@login_required
def inbox(request):
    if not can_read(request.user):
        raise PermissionDenied
    # the page's defaults: the inbox's own stories about the city's international activity
    data = request.GET.copy()
    data.setdefault("status", Story.Status.NEW)
    if data.get("all") != "1":
        data["is_city_diplomacy"] = "true"
    stories = (
        Story.objects.annotate(outlets=Count("articles"))
        .prefetch_related(
            Prefetch("articles", queryset=Article.objects.only("story_id", "outlet", "lang", "url"))
        )
        .order_by("-published", "-first_seen", "-id")
    )
    flt = StoryFilter(data, queryset=stories)
    if request.GET.get("format") == "xlsx":
        rows = list(flt.qs[:XLSX_MAX_ROWS])
        for story, proposed in zip(
            rows, services.localized_all([s.proposed for s in rows], written=True), strict=True
        ):
            story.localized = proposed
        return xlsx_response("news-stories.xlsx", story_columns(), rows, _("News"))
    page = CappedPaginator(flt.qs, 30).get_page(request.GET.get("page"))
    proposals = services.localized_all(
        [story.proposed for story in page.object_list], written=True
    )  # the reader's names
    for story, proposed in zip(page.object_list, proposals, strict=True):
        story.summary = services.summary(proposed)
        story.outlet_names = sorted({a.outlet for a in story.articles.all() if a.outlet})
        story.languages = sorted({a.lang for a in story.articles.all() if a.lang})
    status, scope = data.get("status"), data.get("scope", "")
    return render(
        request,
        "news/inbox.html",
        {
            "page": page,
            "filter": flt,
            "status": status,
            "scope": scope,
            "scopes": [("", _("every city")), ("ours", _("our city")), ("other", _("other cities"))],
            "statuses": Story.Status.choices,
            "types": EVENT_TYPES,
            "may_decide": can_decide(request.user),
        },
    )


@login_required
def story_detail(request, pk):
    story = get_story_for_user(request, pk)
    return render(
        request,
        "news/story.html",
        {
            "story": story,
            "summary": services.summary(services.localized_all([story.proposed], written=True)[0]),
            "proposed": services.localized_all([story.proposed], written=True)[0],
            "articles": story.articles.select_related("source"),
            "merge_form": MergeForm(story=story),
            "alias_form": AliasForm(),
            "corrections": story.corrections.select_related("user")[:20],
            "may_decide": can_decide(request.user),
            "accept_form": AcceptForm(story=story),
            # the trips that may be this one, for those who decide (they read every mission)
            "recorded_trips": services.recorded_trips(story)[:5] if can_decide(request.user) else [],
            "correct_form": CorrectionForm(proposed=story.proposed),
            "dismiss_form": DismissForm(),
            "history": history(story),
        },
    )


def _done(request, pk, func, success, **kwargs):
    try:
        func(**kwargs)
    except DomainError as exc:
        messages.error(request, exc.message)
    else:
        messages.success(request, success)
    return redirect("news:story", pk=pk)


@require_POST
@login_required
def accept(request, pk):
    story = get_story_for_user(request, pk, write=True)
    form = AcceptForm(request.POST, story=story)
    if not form.is_valid():
        for errors in form.errors.values():
            for error in errors:
                messages.error(request, error)
        return redirect("news:story", pk=pk)
    data = form.cleaned_data
    return _done(
        request, pk, services.accept, _("The story was accepted."), story=story, user=request.user,
        mission=data.get("mission"), create_mission=data.get("create_mission"), unit=data.get("unit"), city=data.get("city"),
        agreement=data.get("agreement"), another_trip=data.get("another_trip"),
    )  # fmt: skip


@require_POST
@login_required
def correct(request, pk):
    story = get_story_for_user(request, pk, write=True)
    form = CorrectionForm(request.POST, proposed=story.proposed)
    if not form.is_valid():
        messages.error(request, _("The correction could not be saved; check the fields."))
        return redirect("news:story", pk=pk)
    return _done(
        request,
        pk,
        services.correct,
        _("The proposed record was corrected."),
        story=story,
        user=request.user,
        **form.changes(),
    )


@require_POST
@login_required
def dismiss(request, pk):
    story = get_story_for_user(request, pk, write=True)
    form = DismissForm(request.POST)
    form.is_valid()
    return _done(
        request,
        pk,
        services.dismiss,
        _("The story was dismissed."),
        story=story,
        user=request.user,
        reason=form.cleaned_data.get("reason", ""),
    )


@require_POST
@login_required
def reopen(request, pk):
    story = get_story_for_user(request, pk, write=True)
    return _done(
        request, pk, services.reopen, _("The story is back in the inbox."), story=story, user=request.user
    )


@login_required
def paste(request):
    if not can_decide(request.user):
        raise PermissionDenied
    form = PasteForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            counts = services.add_article(request.user, **form.cleaned_data)
        except DomainError as exc:
            form.add_error(None, exc.message)
        else:
            if counts["articles"]:
                messages.success(request, _("The article was read and filed in the inbox."))
            else:
                messages.info(request, _("This address was read before; nothing new was added."))
            return redirect("news:inbox")
    return render(request, "news/paste.html", {"form": form, "may_decide": True})


@login_required
def sources(request):
    if not can_read(request.user):
        raise PermissionDenied
    return render(
        request,
        "news/sources.html",
        {
            "sources": Source.objects.annotate(n=Count("articles")),
            "runs": FetchRun.objects.select_related("source")[:30],
            "may_decide": can_decide(request.user),
        },
    )


@login_required
def source_edit(request, pk=None):
    source = get_source_for_user(request, pk, write=True) if pk else None
    if not can_decide(request.user):
        raise PermissionDenied
    form = SourceForm(request.POST or None, instance=source)
    if request.method == "POST" and form.is_valid():
        try:
            services.save_source(request.user, form.instance, created=source is None)
        except DomainError as exc:
            form.add_error("url", exc.message)
        else:
            messages.success(request, _("The source was saved."))
            return redirect("news:sources")
    return render(request, "news/source_form.html", {"form": form, "source": source, "may_decide": True})


@require_POST
@login_required
def fetch_now(request, pk):
    from citydiplomacy.core.tasks import enqueue

    from .tasks import fetch_source_task

    source = get_source_for_user(request, pk, write=True)
    enqueue(fetch_source_task, source.pk)
    messages.success(request, _("Fetching was queued; the run appears below when it ends."))
    return redirect("news:sources")


def _form_errors(request, form):
    for errors in form.errors.values():
        for error in errors:
            messages.error(request, error)


@require_POST
@login_required
def merge(request, pk):
    story = get_story_for_user(request, pk, write=True)
    form = MergeForm(request.POST, story=story)
    if not form.is_valid():
        _form_errors(request, form)
        return redirect("news:story", pk=pk)
    return _done(
        request,
        pk,
        services.merge,
        _("The stories were merged."),
        story=story,
        others=list(form.cleaned_data["stories"]),
        user=request.user,
    )


@require_POST
@login_required
def split(request, pk):
    story = get_story_for_user(request, pk, write=True)
    chosen = request.POST.get("article", "")
    article = story.articles.filter(pk=int(chosen)).first() if chosen.isdigit() and len(chosen) < 12 else None
    if article is None:
        messages.error(request, _("This article is not part of this story."))
        return redirect("news:story", pk=pk)
    try:
        new = services.split(story, article, request.user)
    except DomainError as exc:
        messages.error(request, exc.message)
        return redirect("news:story", pk=pk)
    messages.success(request, _("The article is now a story of its own."))
    return redirect("news:story", pk=new.pk)


@require_POST
@login_required
def alias(request, pk):
    story = get_story_for_user(request, pk, write=True)
    form = AliasForm(request.POST)
    if not form.is_valid():
        _form_errors(request, form)
        return redirect("news:story", pk=pk)
    return _done(
        request,
        pk,
        services.add_alias,
        _("The name was added to the partner's aliases; the story was read again."),
        story=story,
        user=request.user,
        **form.cleaned_data,
    )
