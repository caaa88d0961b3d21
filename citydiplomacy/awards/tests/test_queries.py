"""Lists and the results table read a fixed number of queries, whatever the number of entries."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from citydiplomacy.awards import services

from .conftest import score


def count_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(queries)


def test_lists_and_results_do_not_grow_with_the_entries(
    edition, secretary, entry_factory, jurors, client_for
):
    urls = {
        "secretary": ["/awards/", f"/awards/{edition.pk}/", f"/awards/{edition.pk}/entries/",
                      f"/awards/{edition.pk}/results/", "/api/award-entries/", "/api/award-editions/",
                      f"/api/award-editions/{edition.pk}/results/"],
        "juror": [f"/awards/{edition.pk}/entries/", "/api/award-entries/", "/api/award-scores/"],
    }  # fmt: skip
    clients = {"secretary": client_for(secretary), "juror": client_for(jurors["j2"].user)}

    def add(n):
        for i in range(n):
            entry, _ = entry_factory(title=f"Project {i}")
            services.assign_all(edition, secretary)
            score(jurors["j2"], entry, (5 + i % 4, 6))

    add(2)
    small = {(who, url): count_queries(clients[who], url) for who, group in urls.items() for url in group}
    add(6)
    large = {(who, url): count_queries(clients[who], url) for who, group in urls.items() for url in group}
    assert large == small
    assert small[("secretary", f"/awards/{edition.pk}/results/")] <= 12
