"""`citydiplomacy news extract ...` runs the engine on files; `citydiplomacy news fetch` fetches the sources."""

from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = "News monitoring: `news extract INPUT... [--format jsonl]` or `news fetch [--source ID]`."

    def add_arguments(self, parser):
        parser.add_argument("action", choices=["extract", "fetch"])
        parser.add_argument(
            "rest", nargs="*", help="for extract: the engine's arguments (inputs and options)"
        )
        parser.add_argument("--source", type=int, help="fetch only this source")

    def run_from_argv(self, argv):
        # `news extract` hands every following argument to the engine's own command line unchanged.
        if len(argv) > 2 and argv[2] == "extract":
            from citydiplomacy.newsengine.cli import main

            raise SystemExit(main(["extract", *argv[3:]]))
        super().run_from_argv(argv)

    def handle(self, *args, action, rest, source=None, **options):
        if action == "extract":
            from citydiplomacy.newsengine.cli import main

            code = main(["extract", *rest])
            if code:
                raise CommandError(f"extract failed with code {code}")
            return
        from citydiplomacy.news.models import Source
        from citydiplomacy.news.services import fetch_source

        sources = Source.objects.filter(active=True)
        if source is not None:
            sources = Source.objects.filter(pk=source)
            if not sources.exists():
                raise CommandError(f"no source with id {source}")
        for item in sources:
            run = fetch_source(item)
            self.stdout.write(
                f"{item.name}: {run.get_status_display()}, {run.pages} pages, {run.new_articles} new articles, "
                f"{run.new_stories} new stories{' — ' + run.errors if run.errors else ''}"
            )
