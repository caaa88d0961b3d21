"""The minutes (صورتجلسه) of a committee session as a PDF.

The PDF is built in `citydiplomacy.reports.minutes`, beside the council report's PDF, whose helpers and
translation catalogue it shares; the session view imports it from here.
"""

from citydiplomacy.reports.minutes import minutes_pdf

__all__ = ["minutes_pdf"]
