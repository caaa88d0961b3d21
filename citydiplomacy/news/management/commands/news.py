"""`news extract ...` runs the engine on files; `news fetch` fetches the sources; `news regroup` re-computes
the stories of the inbox (manual merges and splits kept); `news export-gold` writes the reviewed stories
in the evaluation format."""

from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = (
        "News monitoring: `news extract INPUT... [--format jsonl]`, `news fetch [--source ID]`, "
        "`news regroup [--days N]` or `news export-gold [--output FILE]`."
    )

    def add_arguments(self, parser):
        parser.add_argument("action", choices=["extract", "fetch", "regroup", "export-gold"])
        parser.add_argument(
            "rest", nargs="*", help="for extract: the engine's arguments (inputs and options)"
        )
        parser.add_argument("--source", type=int, help="fetch only this source")
        parser.add_argument("--output", help="export-gold: write to this file instead of standard output")
        parser.add_argument(
            "--days", type=int, default=14, help="regroup: articles fetched in the last N days"
        )

    def run_from_argv(self, argv):
        # `news extract` hands every following argument to the engine's own command line unchanged.
        if len(argv) > 2 and argv[2] == "extract":
            from citydiplomacy.newsengine.cli import main

            raise SystemExit(main(["extract", *argv[3:]]))
        super().run_from_argv(argv)

    def handle(self, *args, action, rest, source=None, output=None, days=14, **options):
        if action == "export-gold":
            return self._export_gold(output)
        if action == "regroup":
            from citydiplomacy.news.services import regroup

            moved = regroup(days=days)
            self.stdout.write(f"{moved} articles changed story")
            return
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

    def _export_gold(self, output):
        import json

        from citydiplomacy.news.services import export_gold

        out = open(output, "w", encoding="utf-8") if output else self.stdout
        count = 0
        try:
            for line in export_gold():
                out.write(json.dumps(line, ensure_ascii=False) + "\n")
                count += 1
        finally:
            if output:
                out.close()
        if output:
            self.stdout.write(f"{count} articles written to {output}")
