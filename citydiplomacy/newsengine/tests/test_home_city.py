"""The home city of whole stories on invented examples: titles of Central Asian mayors (akim), a
municipal body named by its city ("سازمان ... شهر شیراز"), "the mayors of X and Y", a city's own site."""

from citydiplomacy.newsengine import NewsItem, process_item
from citydiplomacy.newsengine.classify import site_of


def home(text, url=None):
    return process_item(NewsItem(id="x", url=url, text=text)).home_city


def test_an_akim_is_the_mayor_of_his_city():
    assert (
        home(
            "Akim of Almaty meets Consul General of Turkey\nThe Akim of Almaty met the Consul General of "
            "Turkey in Almaty on Friday to discuss a sister-city link with Izmir."
        )
        == "Almaty"
    )


def test_the_city_a_delegation_comes_to_is_home_when_its_akimat_receives_it():
    assert (
        home(
            "Tashkent delegation studies Almaty's metro\nA delegation of the Tashkent City Hall arrived in "
            "Almaty on Monday. The guests were received by Deputy Akim of Almaty, who showed them the "
            "metro depot.\nPress service of the Akimat of Almaty"
        )
        == "Almaty"
    )


def test_a_municipal_body_named_by_its_city_makes_it_home_in_persian():
    assert (
        home(
            "نشست ویدئوکنفرانس آتش‌نشانی شیراز و آنکارا برگزار شد\nنشست مجازی سازمان آتش‌نشانی و خدمات "
            "ایمنی شهر شیراز با اداره آتش‌نشانی شهرداری کلانشهر آنکارا امروز به صورت ویدئوکنفرانس برگزار شد."
        )
        == "Shiraz"
    )


def test_the_mayors_of_two_cities_give_the_first_named_a_home():
    assert (
        home(
            "Yazd and Matera mayors meet\nThe mayors of Yazd and Matera met on Tuesday to discuss the "
            "restoration of historic quarters."
        )
        == "Yazd"
    )


def test_a_city_site_under_a_government_domain_names_the_city():
    assert site_of("https://almaty.gov.kz/page.php?id=1") == "almaty"
    assert site_of("https://en-2018.tabriz.ir/news/1") == "tabriz"
    assert site_of("https://news.shiraz.ir/a.aspx") == "shiraz"
