"""``posts``: an appointment to an international body's post is membership news, not a statement."""

from citydiplomacy.newsengine import signals as Sg
from citydiplomacy.newsengine.gazetteer import default_gazetteer
from citydiplomacy.newsengine.normalize import normalize_text


def sent(text, weight=1.0):
    text = normalize_text(text)
    return Sg.Sentence.of(text, default_gazetteer().find(text), weight)


def test_an_appointment_by_the_networks_secretary_general_is_a_post_in_it():
    fa = sent(
        "نرگس کاویانی، معاون شهردار یزد، با حکم دبیرکل سازمان متروپلیس به عنوان رئیس کارگروه "
        "آب و فضای سبز شهری این شبکه جهانی منصوب شد."
    )
    assert Sg.joins_body(fa) == 1.0
    en = sent(
        "Anna Kessler, a Graz councillor, was appointed chair of the ICLEI committee on urban heat "
        "by the network's Secretary General."
    )
    assert Sg.joins_body(en) == 1.0


def test_an_appointment_to_a_post_of_the_city_itself_is_no_membership():
    fa = sent("با حکم شهردار یزد، علی نادری به عنوان مدیرکل روابط بین‌الملل شهرداری یزد منصوب شد.")
    assert Sg.joins_body(fa) == 0.0
    en = sent("Anna Kessler was appointed head of the municipal office for ties with Metropolis.")
    assert Sg.joins_body(en) == 0.0


def test_a_city_that_becomes_a_networks_coordinator_takes_a_post_in_it():
    fa = sent("کرمان هماهنگ‌کننده زیرشبکه صنایع دستی شبکه شهرهای خلاق یونسکو شد")
    assert Sg.joins_body(fa) == 1.0
    en = sent(
        "Graz became coordinator of the UNESCO Creative Cities Network's design sub-network for two years."
    )
    assert Sg.joins_body(en) == 1.0


def test_a_post_of_the_city_itself_or_with_no_body_is_no_membership():
    assert (
        Sg.joins_body(sent("Anna Kessler became head of the municipal office for international ties.")) == 0.0
    )
    assert Sg.joins_body(sent("کرمان عضو هیئت مدیره شرکت قطار شهری شد")) == 0.0


def test_a_post_taken_before_a_comma_is_still_a_post():
    # «شد» followed by a Persian comma ends the clause like a full stop
    fa = sent("کرمان عضو هیئت مدیره متروپلیس شد، و نماینده آن در کمیته فرهنگ خواهد بود.")
    assert Sg.joins_body(fa) == 1.0
