"""citydiplomacy events-report --from 1404-01-01 --to 1404-12-29 --format json|pdf|xlsx [--output FILE]"""

import json
import sys

from django.core.management.base import BaseCommand, CommandError
from django.utils import translation

from citydiplomacy.events.report import events_report, filename, report_pdf, report_xlsx
from citydiplomacy.lib.jalali import InvalidDate
from citydiplomacy.reports.services import period_from_params


class Command(BaseCommand):
    help = "Write the events report for a Jalali period, year or term as JSON, PDF or Excel."

    def add_arguments(self, parser):
        parser.add_argument("--from", dest="start", help="first day, Jalali (1404-01-01) or ISO")
        parser.add_argument("--to", dest="end", help="last day, Jalali (1404-12-29) or ISO")
        parser.add_argument("--year", help="a whole Jalali year instead of --from/--to")
        parser.add_argument("--term", help="a city-management term's id instead of --from/--to")
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
        fmt = options["format"]
        with translation.override(options["language"]):
            report = events_report(period.start, period.end)
            if fmt == "json":
                data = json.dumps(report, ensure_ascii=False, indent=2).encode() + b"\n"
            elif fmt == "pdf":
                data = report_pdf(report)
            else:
                data = report_xlsx(report)
        output = options["output"]
        if fmt == "json" and output in (None, "-"):
            self.stdout.write(data.decode(), ending="")
            return
        if output == "-":
            sys.stdout.buffer.write(data)
            sys.stdout.flush()
            return
        output = output or filename(report, fmt)
        try:
            with open(output, "wb") as handle:
                handle.write(data)
        except OSError as exc:
            raise CommandError(f"Cannot write {output}: {exc}") from None
        self.stdout.write(f"Wrote {output}")
