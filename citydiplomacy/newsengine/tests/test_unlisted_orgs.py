"""City networks no list has, caught by the shape of their English names; every example is invented."""

import pytest

from citydiplomacy.newsengine import NewsItem, process_item


def orgs(text):
    return process_item(NewsItem(id="x", text=text)).organizations


@pytest.mark.parametrize(
    "text,org",
    [
        (
            "The mayor of Zanjan attended the congress of the Eurasian Union of Capital Cities in Minsk, Belarus.",
            "Eurasian Union of Capital Cities",
        ),
        # the acronym in brackets after the name is the canonical name
        ("Zanjan joined the Silk Road Mayors Alliance (SRMA), the mayor of Zanjan said in Kazan.", "SRMA"),
        (
            "The mayor of Zanjan was elected to the board of the Caspian Network of Port Cities in Baku.",
            "Caspian Network of Port Cities",
        ),
    ],
)
def test_a_city_network_no_list_has(text, org):
    assert orgs(text) == [org]


@pytest.mark.parametrize(
    "text",
    [
        # a country's own bodies, a city council, a known body's longer name, no member word
        "The mayor of Zanjan met the head of the Association of Iranian Municipalities and the ambassador of Peru.",
        "The Zanjan City Council Forum of Municipalities hosted the ambassador of Peru.",
        "The mayor of Zanjan met the ambassador of Peru at the Asian Development Forum in Manila.",
        # a body named after one city or one country is that place's own municipalities' body
        "A delegation of the Union of Sidon Municipalities from Lebanon met the mayor of Zanjan.",
        "The head of the Association of Municipalities of Chile met the mayor of Zanjan.",
    ],
)
def test_no_body_where_the_name_is_no_international_city_network(text):
    assert orgs(text) == []


def test_a_known_body_is_not_found_twice():
    assert orgs("The mayor of Zanjan attended the BRICS Cities Forum in Kazan, Russia.") == ["BRICS"]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("شهردار رشت در نشست اتحادیه شهرهای ساحلی خزر (CCCU) در باکو شرکت کرد.", ["CCCU"]),
        ("شهرداری رشت به عضویت شبکه شهرهای کوهستانی آسیا (AMCN) درآمد و شهردار آلماتی تبریک گفت.", ["AMCN"]),
        # a known body keeps its canonical name; an Iranian body is no international organization
        ("شهردار رشت در اجلاس سازمان شهرهای میراث جهانی (OWHC) در کیوتو ژاپن شرکت کرد.", ["OWHC"]),
        ("شهردار رشت در نشست انجمن شهرداری‌های ایران (AIMA) با سفیر روسیه دیدار کرد.", []),
    ],
)
def test_a_persian_name_with_its_latin_acronym(text, expected):
    assert orgs(text) == expected
