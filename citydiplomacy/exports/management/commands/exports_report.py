"""citydiplomacy exports-report [--year 1404 | --term ID | --from … --to …] --format json|pdf|xlsx [--output FILE]"""

import json
import sys

from django.core.management.base import BaseCommand, CommandError
from django.core.serializers.json import DjangoJSONEncoder
from django.utils import translation

from citydiplomacy.exports import exporters
from citydiplomacy.exports.report import exports_report
from citydiplomacy.lib.jalali import InvalidDate
from citydiplomacy.reports.services import period_from_params


class Command(BaseCommand):
    help = "Write the exports report (pipeline, win rate, losses, days per stage, exports delivered)."

    def add_arguments(self, parser):
        parser.add_argument("--from", dest="start", help="first day, Jalali (1404-01-01) or ISO")
        parser.add_argument("--to", dest="end", help="last day, Jalali or ISO")
        parser.add_argument("--year", help="a whole Jalali year")
        parser.add_argument("--term", help="a city-management term's id")
        parser.add_argument("--format", choices=["json", "pdf", "xlsx"], default="json")
        parser.add_argument(
            "--output", help="the file to write (default: stdout for json, a named file otherwise)"
        )
        parser.add_argument("--language", choices=["fa", "en"], default="fa")

    def handle(self, *args, **options):
        params = {
            "from": options["start"],
            "to": options["end"],
            "year": options["year"],
            "term": options["term"],
        }
        try:
            period = period_from_params(params)
        except InvalidDate as exc:
            raise CommandError(f"Invalid period: {exc}") from None
        fmt, language = options["format"], options["language"]
        with translation.override(language):
            report = exports_report(period.start, period.end)
            if fmt == "json":
                data = (
                    json.dumps(report, ensure_ascii=False, indent=2, cls=DjangoJSONEncoder).encode() + b"\n"
                )
            elif fmt == "pdf":
                data = exporters.report_pdf(report, language)
            else:
                data = exporters.report_xlsx(report, language)
        output = options["output"]
        if fmt == "json" and output in (None, "-"):
            self.stdout.write(data.decode(), ending="")
            return
        if output == "-":
            sys.stdout.buffer.write(data)
            sys.stdout.flush()
            return
        output = output or f"exports-report-{period.start}-{period.end}.{fmt}"
        try:
            with open(output, "wb") as handle:
                handle.write(data)
        except OSError as exc:
            raise CommandError(f"Cannot write {output}: {exc.strerror}") from None
        self.stdout.write(f"wrote {output}")
