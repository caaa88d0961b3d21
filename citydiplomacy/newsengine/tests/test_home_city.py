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


def story(text, url=None):
    return process_item(NewsItem(id="x", url=url, text=text))


def test_a_host_names_its_city_by_letters_suffix_or_consonants():
    from citydiplomacy.newsengine.homecity import names_site

    assert names_site("Kazan", site_of("https://kzn.ru/en/news/1"))
    assert names_site("Ufa", site_of("https://ufacity.info/en/1"))
    assert names_site("Baku", site_of("https://www.baku-ih.gov.az/en/1"))
    assert names_site("Konya", site_of("https://www.konya.bel.tr/en/1"))
    assert not names_site("Tehran", site_of("https://www.tehrantimes.com/news/1"))
    assert not names_site("Tabriz", site_of("https://www.tabriznews.ir/news/1"))


def test_a_foreign_citys_own_site_tells_the_delegation_it_received():
    r = story(
        "Novosibirsk news\nA delegation from Herat visited Novosibirsk\nOn 4 March, the deputy head "
        "of the city received a delegation of the Herat municipality led by its deputy mayor. The sides "
        "discussed the supply of buses and the training of municipal engineers.",
        "https://nvsbrsk.ru/en/news/4411",
    )
    assert (r.home_city, r.event_type) == ("Novosibirsk", "inbound_visit")


def test_the_banner_of_a_citys_administration_makes_it_home():
    r = story(
        "MINSK CITY EXECUTIVE COMMITTEE\nNews | Events | Contacts\nMashhad delegation at the Minsk "
        "tractor works\nA delegation of the Mashhad municipality headed by its deputy mayor visited the "
        "Minsk tractor works on Tuesday and was received by the first deputy chairman of the committee.",
        "https://minsk.gov.by.example/news/88",
    )
    assert r.home_city == "Minsk"


def test_a_banner_needs_an_administration_not_a_mayor_in_a_headline():
    from citydiplomacy.newsengine.homecity import publisher

    text = (
        "Herat mayor on a visit\nMashhad hosts the guests from Herat\nThe mayor of Mashhad received the "
        "mayor of Herat in the city hall on Sunday and the two discussed buses."
    )
    from citydiplomacy.newsengine.gazetteer import default_gazetteer

    assert publisher(text, [h for h in default_gazetteer().find(text) if h.entry.kind == "city"]) is None


def test_an_iranian_outlets_english_visit_story_is_the_visited_citys():
    text = (
        "Herat deputy mayor visits Mashhad, eyes bus cooperation\nMASHHAD – A delegation of the Herat "
        "municipality led by its deputy mayor arrived in Mashhad on Sunday for a two-day stay, invited "
        "by Mashhad Municipality.\nThe guests met the head of the municipality's international "
        "office and toured the city's bus depots."
    )
    r = story(text, "https://www.tehrantimes.com/news/1/x")
    assert (r.home_city, r.event_type) == ("Mashhad", "inbound_visit")


def test_an_iranian_outlets_english_story_of_a_mayor_without_his_city_named():
    r = story(
        "Zanjan enters the Creative Cities Network\nTEHRAN – UNESCO has added Zanjan to its Creative Cities "
        "Network for crafts, the city's mayor told reporters on Monday.\nThe mayor said knife makers of Zanjan "
        "would show their work at the network's meeting next year.",
        "https://www.tehrantimes.com/news/2/x",
    )
    assert r.home_city == "Zanjan"


def test_a_dateline_in_capitals_is_the_agencys_seat():
    from citydiplomacy.newsengine.gazetteer import default_gazetteer
    from citydiplomacy.newsengine.homecity import dateline

    text = "Tehran Times | City\nTEHRAN – The mayor of Zanjan met guests."
    hits = [h for h in default_gazetteer().find(text) if h.entry.kind == "city"]
    assert [dateline(text, h) for h in hits] == [False, True, False]


def test_an_iranian_mayor_on_a_domestic_trip_stays_home_and_menus_name_no_visitor():
    r = story(
        "Isfahan mayor meets Chinese ambassador in Tehran\nTEHRAN, May 3 (IRNA) – The mayor of Isfahan, on a "
        "trip to Tehran, met the Chinese ambassador to Iran on Saturday to discuss the sister-city programme.",
        "https://en.irna.ir/news/1/",
    )
    assert r.home_city == "Isfahan"
    r = story(
        "Mashhad Daily | Tabriz | World\nYerevan mayor visits Tabriz\nTABRIZ – The mayor of Yerevan, heading a "
        "municipal delegation, arrived in Tabriz on Sunday and met the mayor of Tabriz to discuss tourism.",
        "https://www.tehrantimes.com/news/3/x",
    )
    assert (r.home_city, r.event_type) == ("Tabriz", "inbound_visit")


def test_foreign_guests_arriving_for_a_forum_make_the_iranian_city_the_host():
    r = story(
        "Foreign mayors arrive in Shiraz for the Silk Road cities forum\nSHIRAZ – Mayors and deputy mayors of "
        "twelve Asian cities, including Bukhara and Osh, arrive in Shiraz on Sunday to attend the Silk Road "
        "cities forum, which opens at the Hafez hall of the municipality on Monday.",
        "https://www.tehrantimes.com/news/11/x",
    )
    assert (r.home_city, r.event_type) == ("Shiraz", "event_hosted")


def test_a_foreign_outlets_guests_are_received_by_its_city():
    text = (
        "Tabriz delegation arrives in Kazan for the Sabantuy festival\nA delegation of Tabriz Municipality "
        "arrived in Kazan on Friday for the city's Sabantuy festival. The guests were welcomed by the head of "
        "the Kazan City Administration at the festival grounds."
    )
    assert story(text, "https://www.tatar-inform.example/en/news/1").home_city == "Kazan"
    # an Iranian outlet tells its own city's trip, however the guests were received
    assert story(text, "https://www.isna.ir/news/1").home_city == "Tabriz"


def test_a_foreign_outlet_reports_its_own_countrys_city_receiving_guests():
    text = (
        "Osh delegation studies Almaty's new parks\n"
        "A delegation of the Osh City Hall led by its deputy mayor is in Almaty this week to study the "
        "city's parks and their watering system.\n"
        "The guests were received on Monday by Almaty Deputy Akim, who showed them the botanical garden."
    )
    assert home(text, url="https://news.example.kz/en/osh-delegation-parks") == "Almaty"


def test_a_deputy_mayor_written_after_his_city_ties_the_city_to_its_municipality():
    text = (
        "Graz Deputy Mayor receives guests from Kazan\nOn Tuesday Graz Deputy Mayor Anna Weber received a "
        "delegation of the Kazan City Hall, who came to study the tram depot."
    )
    assert home(text) == "Graz"


def test_the_country_of_an_outlet_is_its_country_domain():
    from citydiplomacy.newsengine.homecity import outlet_country

    assert outlet_country("https://www.inform.example.kz/en/x") == "KZ"
    assert outlet_country("https://news.example.co.uk/a") == "GB"
    assert outlet_country("https://example.com/a") == ""
    assert outlet_country("https://example.io/a") == ""
    assert outlet_country(None) == ""


def test_an_iranian_outlets_english_story_whose_first_sentence_has_an_iranian_municipality_act_is_its():
    text = (
        "Sample Daily | Home | Politics | Economy | Society | Culture | Sports | Tourism | International\n"
        "Shiraz, Almaty sign MoU on tram lines\n"
        "March 3, 2025 - 18:10\n"
        "SHIRAZ – Shiraz Municipality and the Almaty city akimat signed a memorandum on Sunday to cooperate in "
        "light rail and parks.\n"
        "A deputy akim of Almaty and the head of Shiraz's urban railway company inked the text.\n"
        "The Almaty akimat has built two tram lines in five years, said the deputy akim of Almaty.\n"
    )
    assert home(text, "https://www.tehrantimes.com/news/1/x") == "Shiraz"


def test_an_iranian_envoy_meeting_a_foreign_deputy_mayor_leaves_the_story_to_the_mayors_city():
    text = (
        "KERMAN, Mar. 3 (MNA) – Iran's envoy to Uzbekistan sat down with the Deputy Khokim of Samarkand on "
        "Monday to talk about closer links between the municipalities of the two cities.\n"
        "The Samarkand side said it was ready to work with Kerman Municipality on tourism.\n"
        "The deputy khokim of Samarkand said the Samarkand khokimiyat would host a Kerman week next year.\n"
    )
    assert home(text, "https://en.mehrnews.com/news/1/x") == "Samarkand"


def test_a_vietnamese_citys_peoples_committee_ties_the_city_to_its_municipality():
    text = (
        "Kazan guests in Da Nang\nVice Chairman of the Da Nang People's Committee received a delegation of "
        "Kazan on Tuesday. The Da Nang People's Committee and the guests discussed direct flights with Kazan."
    )
    assert home(text) == "Da Nang"


def test_a_visitors_city_named_first_then_in_an_iranian_city_makes_that_city_home():
    text = (
        "Sample Wire English\n"
        "Home | Politics | Economy | Provinces\n"
        "Kazan deputy mayor in Tabriz to study carpet bazaar restoration plans\n"
        "Tabriz, Sample Wire – A delegation from the municipality of Kazan, led by a deputy mayor, arrived in "
        "Tabriz on Sunday for a two-day stay.\n"
        "The Kazan guests met officials of the Tabriz municipality and toured the old bazaar.\n"
    )
    rec = process_item(NewsItem(id="x", url="https://en.samplewire.ir/news/1", text=text))
    assert rec.home_city == "Tabriz"
    assert rec.event_type == "inbound_visit"


def test_a_newspapers_name_that_starts_with_a_city_is_no_place():
    text = (
        "Tehran Times\n"
        "Culture > Iran\n"
        "Bukhara delegation in Yazd to talk about old quarters\n"
        "A delegation from the Uzbek city of Bukhara, headed by its deputy mayor, arrived in Yazd on Monday to "
        "study the restoration of mud-brick houses.\n"
        "The guests met the Yazd mayor, who offered training for Bukhara's restorers.\n"
    )
    rec = process_item(NewsItem(id="x", url="https://www.tehrantimes.com/news/2", text=text))
    assert rec.home_city == "Yazd"
    assert "Tehran" not in rec.cities


def test_a_persian_page_retelling_a_foreign_city_hosting_iranian_guests_is_the_hosts_story():
    text = (
        "سرویس بین‌الملل\n"
        "همایش شهرهای جاده ابریشم در سمرقند برگزار شد\n"
        "شهرداری سمرقند روز پنجشنبه میزبان همایش شهرهای جاده ابریشم با حضور هیئت‌هایی از یزد، کاشغر و مرو بود.\n"
        "به گزارش یک خبرگزاری ازبک، رئیس شهر سمرقند در آغاز همایش از همکاری در گردشگری سخن گفت.\n"
        "شهردار یزد نیز آمادگی این شهر را برای میزبانی همایش بعدی اعلام کرد.\n"
    )
    assert home(text) == "Samarkand"


def test_a_persian_story_of_an_iranian_municipality_received_abroad_stays_iranian():
    # the foreign city hosts, but the Iranian municipality acts in the first sentence: its trip, its story
    text = (
        "سفر شهردار یزد به سمرقند\n"
        "شهردار یزد روز پنجشنبه میهمان شهرداری سمرقند بود و با رئیس شهر سمرقند دیدار کرد.\n"
    )
    assert home(text) == "Yazd"


def test_a_tajik_citys_executive_body_and_chairman_make_it_home_for_its_countrys_outlet():
    text = (
        "Khujand and Graz discuss waste collection\n"
        "The Executive Body of State Power of Khujand and Graz City Hall held talks today on waste collection.\n"
        "Deputy Chairman of Khujand Ali Karimov said the city would study the experience of Graz.\n"
    )
    assert home(text, url="https://example.tj/eng/2026/03/khujand-graz/") == "Khujand"
