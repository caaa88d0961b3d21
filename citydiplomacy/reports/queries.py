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
from citydiplomacy.core.sql import quoted as _name
from citydiplomacy.missions.models import Decision, MissionRequest, Mode, PostTripReport, Purpose, Status
from citydiplomacy.partners.models import City, Country

PASSED_APPROVAL = [Status.APPROVED, Status.REALIZED, Status.CANCELLED]
DECISION_KINDS = [
    Decision.Kind.APPROVED,
    Decision.Kind.REJECTED,
    Decision.Kind.SENT_BACK,
    Decision.Kind.WITHDRAWN,
]


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


def request_series_rows(boundaries):
    """One scan of the requests, grouped by the buckets of four dates and by what decides which figures a
    request counts in: rows of (submitted day, end day, trip day, report-due day, status, mode, is the
    mayor's trip, report state, requests, persons), each day being the first day of its bucket (or None).

    The report state is 0 without a post-trip report, 1 for a report in time, 2 for a late one. The caller
    (`services._load_series`) turns these few hundred rows into the figures; with the report's `today`
    among the boundaries, "ended before today" is a property of the bucket. Grouping by a handful of small
    keys costs less than evaluating a dozen filtered aggregates on every row.
    """
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
    mayor = f"CASE WHEN {m}.{_name(MissionRequest, 'purpose')} = %s THEN 1 ELSE 0 END"
    report_state = f"CASE WHEN {report_id} IS NULL THEN 0 WHEN {_days_between(report_day, ended)} <= %s THEN 1 ELSE 2 END"
    params += [Purpose.MAYOR_OFFICIAL, *report_day_params, days_allowed]
    sql = (
        f"SELECT {', '.join(buckets)}, {status}, {mode}, {mayor}, {report_state}, "
        f"COUNT(*), SUM({m}.{_name(MissionRequest, 'persons_count')}) "
        f"FROM {_name(MissionRequest)} {m} "
        f"LEFT JOIN {_name(PostTripReport)} {r} "
        f"ON {r}.{_name(PostTripReport, 'mission')} = {m}.{_name(MissionRequest, 'id')} "
        "GROUP BY 1, 2, 3, 4, 5, 6, 7, 8"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        rows = cursor.fetchall()
    return [
        (
            _day(submitted, boundaries),
            _day(end_index, boundaries),
            _day(trip_index, boundaries),
            _day(report_index, boundaries),
            *rest,
        )
        for submitted, end_index, trip_index, report_index, *rest in rows
    ]


def decision_series_rows(boundaries):
    """Decisions grouped by the bucket of their date and their kind: (rows of (day, approved, rejected, sent
    back, withdrawn), the number of withdrawals without a date). Grouping by the kind costs less than a
    filtered count per kind on every row. Only a withdrawal imported from history lacks its date: it is in
    no period, and the report says how many there are."""
    date = _name(Decision, "date")
    kind = _name(Decision, "kind")
    bucket, params = _bucket(date, boundaries)
    undated_sql = f"CASE WHEN {date} IS NULL THEN 1 ELSE 0 END"
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT {bucket}, {kind}, {undated_sql}, COUNT(*) FROM {_name(Decision)} GROUP BY 1, 2, 3",
            params,
        )
        rows = cursor.fetchall()
    position = {k: i for i, k in enumerate(DECISION_KINDS)}
    counts = {}
    undated_withdrawals = 0
    for index, decided, undated, count in rows:
        if undated:
            undated_withdrawals += count if decided == Decision.Kind.WITHDRAWN else 0
        elif decided in position:
            counts.setdefault(index, [0] * len(DECISION_KINDS))[position[decided]] += count
    return [(_day(index, boundaries), *values) for index, values in counts.items()], undated_withdrawals


def breakdown_rows(current, previous):
    """Realized in-person trips starting in either period, counted per window and unit, purpose and funding
    source, per destination-country set and per destination-city set: one scan of the requests, no join.

    Destinations are read from each request's stored set of country or city ids ("12,45", see
    missions/destinations.py); the caller spreads each set's trips over its countries or cities. There are
    few distinct sets, so this replaces a join of every trip with its links by a small GROUP BY.

    The whole filter is the window's label itself (NULL outside both periods): the planner then expects most
    of the table, scans it once and hashes, which is what a report over years needs.
    """
    q = _name
    day = f"COALESCE({q(MissionRequest, 'actual_start_date')}, {q(MissionRequest, 'start_date')})"
    trip = f"{q(MissionRequest, 'status')} = %s AND {q(MissionRequest, 'mode')} = %s"
    params = []
    labels = []
    for name, period in (("current", current), ("previous", previous)):
        labels.append(f"WHEN {trip} AND {day} BETWEEN %s AND %s THEN %s")
        params += [Status.REALIZED, Mode.IN_PERSON, _date(period.start), _date(period.end), name]
    labelled = (
        f"SELECT {q(MissionRequest, 'unit')} AS unit, {q(MissionRequest, 'purpose')} AS purpose, "
        f"{q(MissionRequest, 'funding')} AS funding, {q(MissionRequest, 'country_set')} AS country_set, "
        f"{q(MissionRequest, 'city_set')} AS city_set, {q(MissionRequest, 'persons_count')} AS persons, "
        f"CASE {' '.join(labels)} END AS win FROM {q(MissionRequest)}"
    )
    # Three groupings: unit, purpose and funding together (a few hundred combinations, split by the caller),
    # the country sets, the city sets. Rows: (window, grouping, unit, purpose, funding, set, trips, persons).
    groupings = [
        ("profile", "unit, purpose, funding", "unit, purpose, funding, NULL"),
        ("country", "country_set", "NULL, NULL, NULL, country_set"),
        ("city", "city_set", "NULL, NULL, NULL, city_set"),
    ]
    if connection.vendor == "postgresql":
        # One pass, every grouping hashed (settings give work_mem room for it; at PostgreSQL's default 4 MB
        # one grouping is sorted, which alone takes longer than the scan). GROUPING(country_set, city_set)
        # tells the groupings apart: 3 = by neither (the profile), 1 = by country set, 2 = by city set.
        sql = (
            "SELECT win, CASE GROUPING(country_set, city_set) WHEN 3 THEN 'profile' WHEN 1 THEN 'country' "
            "ELSE 'city' END, unit, purpose, funding, COALESCE(country_set, city_set), COUNT(*), SUM(persons) "
            f"FROM ({labelled}) labelled WHERE win IS NOT NULL "
            f"GROUP BY GROUPING SETS ({', '.join(f'(win, {keys})' for _name, keys, _cols in groupings)})"
        )
    else:
        sql = f"WITH w AS ({labelled}) " + " UNION ALL ".join(
            f"SELECT win, '{name}', {columns}, COUNT(*), SUM(persons) FROM w WHERE win IS NOT NULL "
            f"GROUP BY win, {keys}"
            for name, keys, columns in groupings
        )
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


def place_names(country_ids, city_ids, unit_ids):
    """Names to show for the breakdowns, in one query: rows of (dimension, id, iso2, name_fa, name_en), where
    a city's iso2 is its country's."""
    q = _name
    parts, params = [], []
    for ids, sql in (
        (
            country_ids,
            f"SELECT 'country', c.{q(Country, 'id')}, c.{q(Country, 'iso2')}, c.{q(Country, 'name_fa')}, "
            f"c.{q(Country, 'name_en')} FROM {q(Country)} c WHERE c.{q(Country, 'id')} IN ",
        ),
        (
            city_ids,
            f"SELECT 'city', t.{q(City, 'id')}, c.{q(Country, 'iso2')}, t.{q(City, 'name_fa')}, "
            f"t.{q(City, 'name_en')} FROM {q(City)} t LEFT JOIN {q(Country)} c "
            f"ON c.{q(Country, 'id')} = t.{q(City, 'country')} WHERE t.{q(City, 'id')} IN ",
        ),
        (
            unit_ids,
            f"SELECT 'unit', u.{q(Unit, 'id')}, NULL, u.{q(Unit, 'name_fa')}, u.{q(Unit, 'name_en')} "
            f"FROM {q(Unit)} u WHERE u.{q(Unit, 'id')} IN ",
        ),
    ):
        ids = sorted(set(ids)) or [None]  # IN (NULL) matches nothing: the query keeps its shape
        parts.append(f"{sql}({', '.join(['%s'] * len(ids))})")
        params += ids
    with connection.cursor() as cursor:
        cursor.execute(" UNION ALL ".join(parts), params)
        return cursor.fetchall()
