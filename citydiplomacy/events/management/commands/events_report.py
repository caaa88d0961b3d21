"""citydiplomacy events-report --from 1404-01-01 --to 1404-12-29 --format json|pdf|xlsx [--output FILE]"""

from citydiplomacy.events.report import events_report, filename, report_pdf, report_xlsx
from citydiplomacy.reports.commands import PeriodReportCommand


class Command(PeriodReportCommand):
    help = "Write the events report for a Jalali period, year or term as JSON, PDF or Excel."

    def report(self, period):
        return events_report(period.start, period.end)

    def pdf(self, report, language):
        return report_pdf(report)

    def xlsx(self, report, language):
        return report_xlsx(report)

    def filename(self, report, period, fmt):
        return filename(report, fmt)
