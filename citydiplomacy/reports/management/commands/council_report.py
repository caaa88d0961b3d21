"""citydiplomacy council-report --from 1401-06-01 --to 1401-12-29 --format json|pdf|xlsx [--output FILE]"""

from citydiplomacy.lib.jalali import parse_date
from citydiplomacy.reports import exporters
from citydiplomacy.reports.commands import PeriodReportCommand
from citydiplomacy.reports.services import council_report


class Command(PeriodReportCommand):
    help = "Write the council report for a Jalali period as JSON, PDF or Excel."
    first_day, last_day = "1401-06-01", "1401-12-29"

    def add_arguments(self, parser):
        super().add_arguments(parser)
        parser.add_argument("--today", help="count what has passed as of this day (default: today)")

    def extra_options(self, options):
        return {"today": parse_date(options["today"]) if options["today"] else None}

    def report(self, period, today=None):
        return council_report(period.start, period.end, today=today)

    def pdf(self, report, language):
        return exporters.council_pdf(report)

    def xlsx(self, report, language):
        return exporters.council_xlsx(report)

    def filename(self, report, period, fmt):
        return exporters.filename(report, fmt)

    def wrote(self, path):
        self.stderr.write(f"Wrote {path}")  # stdout stays for the report itself
