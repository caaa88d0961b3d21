"""A small world of mission requests with explicit dates, built through the workflow services.

The expected figures in the tests are counted by hand from the table below (dates Jalali):

ref  submitted   decision            planned end  mode/status            start (actual)  persons  report
R1   1401-06-05  approved 1401-06-20 1401-07-14   in person, realized    1401-07-10      4        1401-07-20 (on time)
R2   1401-06-10  approved 1401-07-01 1401-08-05   in person, realized    1401-08-02      3        1401-09-15 (late)
R3   1401-07-01  approved 1401-07-15 1401-09-06   in person, realized    1401-09-01      5        none
R4   1401-08-01  approved 1401-08-05 1401-08-20   virtual, realized      1401-08-20      2        1401-08-25 (on time)
R5   1401-08-10  rejected 1401-08-20
R6   1401-09-01  rejected 1401-09-10
R7   1401-09-05  sent back 1401-09-12
R8   1401-10-01  withdrawn 1401-10-03
R9   1401-10-05  approved 1401-10-10 1401-11-05   cancelled
R10  1401-10-15  approved 1401-10-20 1401-12-05   approved, never closed
R11  1401-11-01  approved 1401-11-10 1402-04-05   approved (not yet due)
R12  1401-03-01  approved 1401-03-10 1401-04-05   in person, realized    1401-04-01      6        none
R13  1401-02-01  rejected 1401-02-10
R14  1401-05-20  approved 1401-06-02 1402-01-03   in person, realized    1401-12-25      2        1402-01-10 (on time)
R15  1401-12-29  (pending)
R16  never submitted (draft)

R1 Iraq/Baghdad, summit, municipality, unit A; R2 Spain/Madrid, exhibition, host, unit B;
R3 Iraq/Baghdad + Turkey, the mayor's trip, municipality, unit A; R4 South Korea (virtual);
R12 Iraq, summit, municipality, unit A; R14 Russia, training, international organization, unit B.
Actual end = planned end except R2 (actual 1401-08-02 → 1401-08-06). Today is 1402-03-11.
"""

import datetime as dt

import pytest
from django.utils import timezone

from citydiplomacy.lib.jalali import parse_date
from citydiplomacy.missions import services
from citydiplomacy.missions.models import PostTripReport
from citydiplomacy.partners.models import City, Country
from citydiplomacy.reports.models import ManagementTerm

TODAY = parse_date("1402-03-11")


@pytest.fixture(autouse=True)
def fast_passwords(settings):
    """The personas' passwords need not be hashed slowly here."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


def J(text):
    return parse_date(text)


@pytest.fixture
def council_world(requester, other_requester, chair, unit, other_unit):
    iraq, spain, turkey, korea, russia = (
        Country.objects.get(iso2=code) for code in ("IQ", "ES", "TR", "KR", "RU")
    )
    baghdad, _ = City.objects.get_or_create(country=iraq, name_en="Baghdad", defaults={"name_fa": "بغداد"})
    madrid, _ = City.objects.get_or_create(country=spain, name_en="Madrid", defaults={"name_fa": "مادرید"})

    def request(countries, start, end, *, cities=(), **fields):
        fields.setdefault("unit", unit)
        return services.create_request(
            requester if fields["unit"] == unit else other_requester,  # each unit files its own requests
            title=fields.pop("title", "mission"),
            start_date=J(start),
            end_date=J(end),
            countries=countries,
            cities=cities,
            **fields,
        )

    def submitted(mission, on):
        return services.submit(mission, requester, on=J(on))

    def approved(mission, on):
        return services.approve(mission, chair, on=J(on))

    def realized(mission, start, end, persons):
        return services.realize(
            mission, requester, actual_start_date=J(start), actual_end_date=J(end), persons_count=persons
        )

    def reported(mission, on):
        services.submit_report(mission, requester, results="results")
        noon = timezone.make_aware(dt.datetime.combine(J(on), dt.time(12)))
        PostTripReport.objects.filter(mission=mission).update(submitted_at=noon)

    m = {}
    m["R1"] = request([iraq], "1401-07-10", "1401-07-14", cities=[baghdad], purpose="summit")
    submitted(m["R1"], "1401-06-05")
    approved(m["R1"], "1401-06-20")
    realized(m["R1"], "1401-07-10", "1401-07-14", 4)
    reported(m["R1"], "1401-07-20")

    m["R2"] = request(
        [spain],
        "1401-08-01",
        "1401-08-05",
        cities=[madrid],
        purpose="exhibition",
        funding="host",
        unit=other_unit,
    )
    submitted(m["R2"], "1401-06-10")
    approved(m["R2"], "1401-07-01")
    realized(m["R2"], "1401-08-02", "1401-08-06", 3)
    reported(m["R2"], "1401-09-15")

    m["R3"] = request([iraq, turkey], "1401-09-01", "1401-09-06", cities=[baghdad], purpose="mayor_official")
    submitted(m["R3"], "1401-07-01")
    approved(m["R3"], "1401-07-15")
    realized(m["R3"], "1401-09-01", "1401-09-06", 5)

    m["R4"] = request([korea], "1401-08-20", "1401-08-20", mode="virtual")
    submitted(m["R4"], "1401-08-01")
    approved(m["R4"], "1401-08-05")
    realized(m["R4"], "1401-08-20", "1401-08-20", 2)
    reported(m["R4"], "1401-08-25")

    m["R5"] = request([iraq], "1401-10-01", "1401-10-03")
    submitted(m["R5"], "1401-08-10")
    services.reject(m["R5"], chair, reason="not needed", on=J("1401-08-20"))

    m["R6"] = request([turkey], "1401-10-01", "1401-10-03")
    submitted(m["R6"], "1401-09-01")
    services.reject(m["R6"], chair, reason="too costly", on=J("1401-09-10"))

    m["R7"] = request([turkey], "1401-11-01", "1401-11-03")
    submitted(m["R7"], "1401-09-05")
    services.send_back(m["R7"], chair, reason="add the invitation", on=J("1401-09-12"))

    m["R8"] = request([spain], "1401-11-01", "1401-11-03")
    submitted(m["R8"], "1401-10-01")
    services.withdraw(m["R8"], requester, reason="postponed", on=J("1401-10-03"))

    m["R9"] = request([spain], "1401-11-01", "1401-11-05")
    submitted(m["R9"], "1401-10-05")
    approved(m["R9"], "1401-10-10")
    services.cancel(m["R9"], requester, reason="visa refused", on=J("1401-11-01"))

    m["R10"] = request([turkey], "1401-12-01", "1401-12-05")
    submitted(m["R10"], "1401-10-15")
    approved(m["R10"], "1401-10-20")

    m["R11"] = request([turkey], "1402-04-01", "1402-04-05")
    submitted(m["R11"], "1401-11-01")
    approved(m["R11"], "1401-11-10")

    m["R12"] = request([iraq], "1401-04-01", "1401-04-05", purpose="summit")
    submitted(m["R12"], "1401-03-01")
    approved(m["R12"], "1401-03-10")
    realized(m["R12"], "1401-04-01", "1401-04-05", 6)

    m["R13"] = request([iraq], "1401-03-01", "1401-03-05")
    submitted(m["R13"], "1401-02-01")
    services.reject(m["R13"], chair, reason="no budget", on=J("1401-02-10"))

    m["R14"] = request(
        [russia],
        "1401-12-25",
        "1402-01-03",
        purpose="training",
        funding="international_organization",
        unit=other_unit,
    )
    submitted(m["R14"], "1401-05-20")
    approved(m["R14"], "1401-06-02")
    realized(m["R14"], "1401-12-25", "1402-01-03", 2)
    reported(m["R14"], "1402-01-10")

    m["R15"] = request([iraq], "1402-05-01", "1402-05-03")
    submitted(m["R15"], "1401-12-29")

    m["R16"] = request([iraq], "1402-05-01", "1402-05-03")

    terms = [
        ManagementTerm.objects.create(
            name_fa="دوره پنجم مدیریت شهری",
            name_en="5th term",
            start_date=J("1396-06-12"),
            end_date=J("1400-05-14"),
        ),
        ManagementTerm.objects.create(
            name_fa="دوره ششم مدیریت شهری",
            name_en="6th term",
            start_date=J("1400-05-15"),
            end_date=J("1405-05-14"),
        ),
    ]
    return {"missions": m, "terms": terms, "today": TODAY}
