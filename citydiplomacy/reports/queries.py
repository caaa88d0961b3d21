"""The council report's three hot queries, written as parameterized SQL.

The report's figures are sums over buckets whose edges are the report's own period boundaries (see
`services._boundaries`). Each query groups rows by the index of their bucket: PostgreSQL computes it with
`width_bucket(date, ARRAY[boundaries])`, SQLite with a CASE nested as a binary search. Index k (1-based)
means "on or after boundaries[k - 1] and before the next one"; 0 means before the first boundary and NULL a
missing date, and both are dropped by the caller.

Table and column names come from the models' metadata; every value is a query parameter.
"""

import datetime as dt

from django.conf import settings
from django.db import connection
from django.utils import timezone

from citydiplomacy.core.models import Unit
from citydiplomacy.missions.models import Decision, MissionRequest, Mode, PostTripReport, Purpose, Status
from citydiplomacy.partners.models import City, Country

PASSED_APPROVAL = [Status.APPROVED, Status.REALIZED, Status.CANCELLED]
DECISION_KINDS = [
    Decision.Kind.APPROVED,
    Decision.Kind.REJECTED,
    Decision.Kind.SENT_BACK,
    Decision.Kind.WITHDRAWN,
]


def _name(model, field=None):
    """The quoted table name of `model`, or the quoted column name of its `field`."""
    meta = model._meta
    return connection.ops.quote_name(meta.db_table if field is None else meta.get_field(field).column)


def _date(value):
    return connection.ops.adapt_datefield_value(value)


def _bucket(sql, boundaries):
    """(sql, params): the 1-based index of the last boundary ≤ `sql`, 0 below the first, NULL for NULL."""
    if connection.vendor == "postgresql":
        return f"width_bucket({sql}, %s::date[])", [list(boundaries)]
    params = []

    def search(low, high):
        # Boundaries before `low` are ≤ the value, boundaries from `high` on are after it.
        if low == high:
            return str(low)
        middle = (low + high) // 2
        params.append(_date(boundaries[middle]))
        condition = f"{sql} >= %s"
        above = search(middle + 1, high)
        below = search(low, middle)
        return f"CASE WHEN {condition} THEN {above} ELSE {below} END"

    return search(0, len(boundaries)), params


def _days_between(later, earlier):
    """SQL for the number of days from the date `earlier` to the date `later`."""
    if connection.vendor == "postgresql":
        return f"({later} - {earlier})"
    return f"CAST(julianday({later}) - julianday({earlier}) AS INTEGER)"


def _day(index, boundaries):
    return boundaries[index - 1] if index else None


def request_series_rows(today, boundaries):
    """One scan of the requests, grouped by the buckets of four dates: rows of
    (submitted day, due day, trip day, report day, submitted, due, not_realized, trips, virtual, persons,
    mayor, reports_due, reported, on_time), each day being the first day of its bucket (or None)."""
    days_allowed = settings.POST_TRIP_REPORT_DAYS
    shift = [day - dt.timedelta(days=days_allowed) for day in boundaries]
    m, r = "m", "r"
    status, mode = f"{m}.{_name(MissionRequest, 'status')}", f"{m}.{_name(MissionRequest, 'mode')}"
    end_date = f"{m}.{_name(MissionRequest, 'end_date')}"
    submitted_on = f"{m}.{_name(MissionRequest, 'submitted_on')}"
    trip_day = f"COALESCE({m}.{_name(MissionRequest, 'actual_start_date')}, {m}.{_name(MissionRequest, 'start_date')})"
    ended = f"COALESCE({m}.{_name(MissionRequest, 'actual_end_date')}, {end_date})"
    report_id = f"{r}.{_name(PostTripReport, 'id')}"
    tzname = timezone.get_current_timezone_name() if settings.USE_TZ else None
    report_day, report_day_params = connection.ops.datetime_cast_date_sql(
        f"{r}.{_name(PostTripReport, 'submitted_at')}", (), tzname
    )

    buckets, params = [], []
    for expression, edges in [
        (submitted_on, boundaries),
        (end_date, boundaries),
        (trip_day, boundaries),
        # A report falls due POST_TRIP_REPORT_DAYS after the mission ended: bucketed by that day.
        (ended, shift),
    ]:
        sql, bucket_params = _bucket(expression, edges)
        buckets.append(sql)
        params.extend(bucket_params)

    passed = ", ".join(["%s"] * len(PASSED_APPROVAL))
    realized = f"{status} = %s"
    trip = f"{status} = %s AND {mode} = %s"
    due = f"{status} IN ({passed}) AND {end_date} < %s"
    aggregates = [
        (f"COUNT({submitted_on})", []),
        # Approved missions whose planned end has passed: due to have taken place (or been cancelled).
        (f"COUNT(*) FILTER (WHERE {due})", [*PASSED_APPROVAL, _date(today)]),
        (
            f"COUNT(*) FILTER (WHERE {due} AND {status} <> %s)",
            [*PASSED_APPROVAL, _date(today), Status.REALIZED],
        ),
        (f"COUNT(*) FILTER (WHERE {trip})", [Status.REALIZED, Mode.IN_PERSON]),
        (f"COUNT(*) FILTER (WHERE {trip})", [Status.REALIZED, Mode.VIRTUAL]),
        (
            f"SUM({m}.{_name(MissionRequest, 'persons_count')}) FILTER (WHERE {trip})",
            [Status.REALIZED, Mode.IN_PERSON],
        ),
        (
            f"COUNT(*) FILTER (WHERE {trip} AND {m}.{_name(MissionRequest, 'purpose')} = %s)",
            [Status.REALIZED, Mode.IN_PERSON, Purpose.MAYOR_OFFICIAL],
        ),
        # A mission whose report is not yet due counts only once its report is in (it cannot have failed yet).
        (
            f"COUNT(*) FILTER (WHERE {realized} AND ({report_id} IS NOT NULL OR {ended} < %s))",
            [Status.REALIZED, _date(today - dt.timedelta(days=days_allowed))],
        ),
        (f"COUNT({report_id}) FILTER (WHERE {realized})", [Status.REALIZED]),
        (
            f"COUNT(*) FILTER (WHERE {realized} AND {_days_between(report_day, ended)} <= %s)",
            [Status.REALIZED, *report_day_params, days_allowed],
        ),
    ]
    for _sql, aggregate_params in aggregates:
        params.extend(aggregate_params)
    sql = (
        f"SELECT {', '.join(buckets)}, {', '.join(a for a, _p in aggregates)} "
        f"FROM {_name(MissionRequest)} {m} "
        f"LEFT JOIN {_name(PostTripReport)} {r} "
        f"ON {r}.{_name(PostTripReport, 'mission')} = {m}.{_name(MissionRequest, 'id')} "
        "GROUP BY 1, 2, 3, 4"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        rows = cursor.fetchall()
    return [
        (
            _day(submitted, boundaries),
            _day(due_index, boundaries),
            _day(trip_index, boundaries),
            _day(report_index, boundaries),
            *counts,
        )
        for submitted, due_index, trip_index, report_index, *counts in rows
    ]


def decision_series_rows(boundaries):
    """Decisions grouped by the bucket of their date: rows of (day, approved, rejected, sent back, withdrawn)."""
    date = _name(Decision, "date")
    kind = _name(Decision, "kind")
    bucket, params = _bucket(date, boundaries)
    counts = ", ".join(f"COUNT(*) FILTER (WHERE {kind} = %s)" for _kind in DECISION_KINDS)
    params.extend(DECISION_KINDS)
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {bucket}, {counts} FROM {_name(Decision)} GROUP BY 1", params)
        rows = cursor.fetchall()
    return [(_day(index, boundaries), *counts) for index, *counts in rows]


def breakdown_rows(current, previous):
    """Realized in-person trips starting in either period, per window and destination country, destination
    city, purpose, funding source and unit, with the names to show: one query.

    Rows of (window, dimension, id, code, name_fa, name_en, country iso2, trips, persons); `id` is the
    country's, city's or unit's, `code` the purpose's or funding source's (or the country's iso2).

    The trips are chosen once (a CTE every grouping reads). The whole filter is the window's label itself
    (NULL outside both periods): the planner then expects most of the table, scans it once and hashes, which
    is what a report over years needs; written as separate conditions it guesses a handful of rows and loops
    over an index per request, several times slower. Each (request, country) link is one row, so a plain count
    is the number of trips to that country.
    """
    q = _name
    day = f"COALESCE({q(MissionRequest, 'actual_start_date')}, {q(MissionRequest, 'start_date')})"
    trip = f"{q(MissionRequest, 'status')} = %s AND {q(MissionRequest, 'mode')} = %s"
    window_params = []
    labels = []
    for name, period in (("current", current), ("previous", previous)):
        labels.append(f"WHEN {trip} AND {day} BETWEEN %s AND %s THEN %s")
        window_params += [Status.REALIZED, Mode.IN_PERSON, _date(period.start), _date(period.end), name]
    countries = MissionRequest.countries.through
    cities = MissionRequest.cities.through
    mission_id = q(MissionRequest, "id")
    country_table, city_table, unit_table = q(Country), q(City), q(Unit)
    sql = f"""
        WITH w AS (
            SELECT * FROM (
                SELECT {mission_id} AS mission, {q(MissionRequest, "purpose")} AS purpose,
                       {q(MissionRequest, "funding")} AS funding, {q(MissionRequest, "unit")} AS unit,
                       {q(MissionRequest, "persons_count")} AS persons,
                       CASE {" ".join(labels)} END AS win
                FROM {q(MissionRequest)}
            ) labelled WHERE win IS NOT NULL
        ),
        places AS (
            SELECT w.win, 'country' AS dimension, l.{q(countries, "country")} AS place,
                   COUNT(*) AS trips, SUM(w.persons) AS persons
            FROM w JOIN {q(countries)} l ON l.{q(countries, "missionrequest")} = w.mission
            GROUP BY w.win, l.{q(countries, "country")}
            UNION ALL
            SELECT w.win, 'city', l.{q(cities, "city")}, COUNT(*), SUM(w.persons)
            FROM w JOIN {q(cities)} l ON l.{q(cities, "missionrequest")} = w.mission
            GROUP BY w.win, l.{q(cities, "city")}
            UNION ALL
            SELECT win, 'unit', unit, COUNT(*), SUM(persons) FROM w GROUP BY win, unit
        )
        SELECT p.win, p.dimension, p.place, country.{q(Country, "iso2")},
               COALESCE(country.{q(Country, "name_fa")}, city.{q(City, "name_fa")}, unit.{q(Unit, "name_fa")}),
               COALESCE(country.{q(Country, "name_en")}, city.{q(City, "name_en")}, unit.{q(Unit, "name_en")}),
               city_country.{q(Country, "iso2")}, p.trips, p.persons
        FROM places p
        LEFT JOIN {country_table} country
            ON p.dimension = 'country' AND country.{q(Country, "id")} = p.place
        LEFT JOIN {city_table} city ON p.dimension = 'city' AND city.{q(City, "id")} = p.place
        LEFT JOIN {country_table} city_country ON city_country.{q(Country, "id")} = city.{q(City, "country")}
        LEFT JOIN {unit_table} unit ON p.dimension = 'unit' AND unit.{q(Unit, "id")} = p.place
        UNION ALL
        SELECT win, 'purpose', NULL, purpose, NULL, NULL, NULL, COUNT(*), SUM(persons) FROM w GROUP BY win, purpose
        UNION ALL
        SELECT win, 'funding', NULL, funding, NULL, NULL, NULL, COUNT(*), SUM(persons) FROM w GROUP BY win, funding
    """
    with connection.cursor() as cursor:
        cursor.execute(sql, window_params)
        return cursor.fetchall()
