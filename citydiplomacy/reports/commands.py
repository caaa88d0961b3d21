"""The shared part of the commands that write a report for a Jalali period (council, events, exports).

Each command names its report and how it becomes PDF, Excel and a file name; this base reads the period
(`--year`, `--term` or `--from`/`--to`, as `period_from_params` does for the pages and the API), refuses a bad
one with a CommandError naming what is wrong, and writes JSON to stdout or the bytes to `--output`.
"""

import json
import sys

from django.core.management.base import BaseCommand, CommandError
from django.core.serializers.json import DjangoJSONEncoder
from django.utils import translation

from citydiplomacy.lib.jalali import InvalidDate

from .services import period_from_params

FORMATS = ("json", "pdf", "xlsx")


class PeriodReportCommand(BaseCommand):
    """Subclasses set `help` and the example days, and define `report`, `pdf`, `xlsx` and `filename`."""

    first_day = "1404-01-01"  # the examples in --help
    last_day = "1404-12-29"

    def add_arguments(self, parser):
        parser.add_argument("--from", dest="start", help=f"first day, Jalali ({self.first_day}) or ISO")
        parser.add_argument("--to", dest="end", help=f"last day, Jalali ({self.last_day}) or ISO")
        parser.add_argument("--year", help="a whole Jalali year instead of --from/--to")
        parser.add_argument("--term", help="a city-management term's id instead of --from/--to")
        parser.add_argument("--format", choices=FORMATS, default="json")
        parser.add_argument(
            "--output", help="the file to write (default: stdout for json, a named file otherwise)"
        )
        parser.add_argument("--language", choices=["fa", "en"], default="fa")

    # What a subclass defines

    def report(self, period, **extra):
        """The report (a JSON-ready dict) for `period`, in the active language."""
        raise NotImplementedError

    def pdf(self, report, language):
        raise NotImplementedError

    def xlsx(self, report, language):
        raise NotImplementedError

    def filename(self, report, period, fmt):
        """The file written when --output is not given."""
        raise NotImplementedError

    def extra_options(self, options):
        """More keyword arguments for `report`, read from the options; raises InvalidDate on a bad one."""
        return {}

    def wrote(self, path):
        self.stdout.write(f"Wrote {path}")

    # The shared part

    def period(self, options):
        """The period the options ask for, and the extra options; a CommandError naming what is wrong."""
        params = {
            "from": options["start"],
            "to": options["end"],
            "year": options["year"],
            "term": options["term"],
        }
        try:
            return period_from_params(params), self.extra_options(options)
        except InvalidDate as exc:
            raise CommandError(f"Invalid period: {exc}") from None

    def handle(self, *args, **options):
        period, extra = self.period(options)
        fmt, language = options["format"], options["language"]
        with translation.override(language):
            report = self.report(period, **extra)
            if fmt == "json":
                text = json.dumps(report, ensure_ascii=False, indent=2, cls=DjangoJSONEncoder)
                data = text.encode() + b"\n"
            elif fmt == "pdf":
                data = self.pdf(report, language)
            else:
                data = self.xlsx(report, language)
        self.write(data, fmt, options["output"], lambda: self.filename(report, period, fmt))

    def write(self, data, fmt, output, default_name):
        if fmt == "json" and output in (None, "-"):
            self.stdout.write(data.decode(), ending="")
            return
        if output == "-":
            sys.stdout.buffer.write(data)
            sys.stdout.flush()
            return
        output = output or default_name()
        try:
            with open(output, "wb") as handle:
                handle.write(data)
        except OSError as exc:
            raise CommandError(f"Cannot write {output}: {exc.strerror or exc}") from None
        self.wrote(output)
