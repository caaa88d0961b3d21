"""A report of a period (six months, a quarter) is a report: what it counts is its content."""

from citydiplomacy.newsengine import NewsItem, process_item


def test_a_council_hears_a_half_year_report_that_counts_delegations():
    r = process_item(
        NewsItem(
            id="x",
            text="گزارش کمیسیون بین‌الملل شورای شهر یزد\n"
            "عضو کمیسیون بین‌الملل شورای اسلامی شهر یزد در جلسه دیروز شورا گزارش شش ماهه فعالیت‌های "
            "بین‌المللی شهرداری را ارائه کرد.\n"
            "وی گفت: در شش ماه نخست امسال پانزده هیئت خارجی به یزد آمده‌اند و دو تفاهم‌نامه امضا شده است.\n"
            "سفر هیئت شهرداری به بخارا و نشست با شهرداران سمرقند از مهم‌ترین برنامه‌ها بوده است.",
        )
    )
    assert r.event_type == "statement_or_report", (r.event_type, r.evidence)
