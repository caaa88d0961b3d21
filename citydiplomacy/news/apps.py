from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NewsConfig(AppConfig):
    name = "citydiplomacy.news"
    label = "news"
    verbose_name = _("News monitoring")

    def ready(self):
        import os
        import sys

        if os.environ.get("RUN_MAIN") == "true" and "runserver" in sys.argv:  # the serving child of runserver
            from .scheduler import start

            start()
        from citydiplomacy.core.audit import register_labels

        register_labels(
            {
                "news.source.created": _("News source added"),
                "news.source.edited": _("News source edited"),
                "news.story.accepted": _("Story accepted"),
                "news.story.corrected": _("Proposed record corrected"),
                "news.story.dismissed": _("Story dismissed"),
                "news.story.reopened": _("Story put back in the inbox"),
                "news.story.merged": _("Stories merged into this one"),
                "news.story.merged_away": _("Story merged into another"),
                "news.story.split": _("Article taken out into a story of its own"),
                "news.story.split_from": _("Story split from another"),
                "news.story.regrouped": _("Stories re-grouped"),
                "news.alias.added": _("Alias added to a partner"),
                "missions.request.created_from_news": _("Request created from the news"),
            }
        )
