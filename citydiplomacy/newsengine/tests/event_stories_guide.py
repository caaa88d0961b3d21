"""Invented stories for the event-type tests: situations a writers' guide does not spell out (a training
course hosted for partner cities' staff).

Written for the tests like ``event_stories`` (no sentence or name pairing of the evaluation files); that
module joins them to the other stories in ``STORIES``.
"""

GUIDE = [
    # a training course or programme held by the city for other cities' staff is an event it hosts
    (
        "host-en-training-course",
        "Tabriz hosts a UN-Habitat course on green streets",
        "A four-day UN-Habitat training course on green streets opened in Tabriz on Sunday, bringing "
        "together 30 engineers from Tabriz, Erbil and Ganja. The course is hosted by Tabriz Municipality.",
        "event_hosted",
    ),
    (
        "host-fa-training-course",
        "دوره آموزشی مدیریت پسماند برای کارشناسان شهرهای همسایه در مشهد آغاز شد",
        "دوره آموزشی مدیریت پسماند با حضور ۲۵ کارشناس از شهرداری‌های هرات و عشق‌آباد به میزبانی شهرداری "
        "مشهد در این شهر آغاز شد.",
        "event_hosted",
    ),
]
