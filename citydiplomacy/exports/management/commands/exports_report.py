"""citydiplomacy exports-report [--year 1404 | --term ID | --from … --to …] --format json|pdf|xlsx [--output FILE]"""

from citydiplomacy.exports import exporters
from citydiplomacy.exports.report import exports_report
from citydiplomacy.reports.commands import PeriodReportCommand


class Command(PeriodReportCommand):
    help = "Write the exports report (pipeline, win rate, losses, days per stage, exports delivered)."

    def report(self, period):
        return exports_report(period.start, period.end)

    def pdf(self, report, language):
        return exporters.report_pdf(report, language)

    def xlsx(self, report, language):
        return exporters.report_xlsx(report, language)

    def filename(self, report, period, fmt):
        return f"exports-report-{period.start}-{period.end}.{fmt}"

    def wrote(self, path):
        self.stdout.write(f"wrote {path}")
