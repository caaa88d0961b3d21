from citydiplomacy.partners import services
from citydiplomacy.partners.models import SearchName
from citydiplomacy.partners.search import search


def labels(text, **kwargs):
    return [(kind, label) for kind, _id, label in search(text, **kwargs)]


def test_seeded_countries_cities_and_organizations_are_searchable(db):
    assert ("country", "چین") in labels("China")
    assert ("city", "پکن") in labels("Peking")  # an alias
    assert ("organization", "مجمع شهرداران آسیایی") in labels("AMF")  # an acronym


def test_persian_letter_forms_digits_and_zwnj_are_unified(secretary):
    services.create_partner(
        "organization", secretary, name_fa="شرکت مترو کیش‌۱", name_en="Kish Metro 1", kind="company"
    )
    for query in ["شركت مترو كيش‌1", "شرکت مترو کیش ۱", "شرکت مترو کیش ١", "KISH METRO"]:
        assert ("organization", "شرکت مترو کیش‌۱") in labels(query), query


def test_a_name_is_found_from_any_of_its_words(db):
    assert ("organization", "مجمع شهرداران آسیایی") in labels("mayors forum")
    assert ("organization", "مجمع شهرداران آسیایی") in labels("شهرداران")


def test_exact_names_come_first_and_renaming_updates_the_index(secretary):
    org = services.create_partner(
        "organization", secretary, name_fa="ایران خودرو", name_en="Iran Khodro", kind="company"
    )
    assert labels("iran")[0] == ("country", "ایران")
    services.update_partner(org, "organization", secretary, name_en="IKCO Group", aliases=[])
    assert ("organization", "ایران خودرو") not in labels("khodro")
    assert ("organization", "ایران خودرو") in labels("ikco")


def test_search_is_one_query(django_assert_num_queries, db):
    assert SearchName.objects.count() > 1000
    with django_assert_num_queries(1):
        search("بیروت")


def test_search_page_lists_partners_and_agreements(client_for, requester):
    page = client_for(requester, "fa").get("/partners/search/", {"q": "پكن"}).content.decode()
    assert "پکن" in page
    english = client_for(requester).get("/partners/search/", {"q": "پكن"}).content.decode()
    assert ">Beijing</a>" in english  # named in the language of the page
