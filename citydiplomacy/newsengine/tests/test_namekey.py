"""Names compared across scripts by their consonant skeleton (invented names)."""

import pytest

from citydiplomacy.newsengine.namekey import same_skeleton, script, skeleton


@pytest.mark.parametrize(
    ("latin", "persian"),
    [
        ("Kemal Aydınoğlu", "کمال آیدین‌اوغلو"),  # Turkish ğ and ı, ZWNJ inside the Persian name
        ("Mohammad Reza Karimi", "محمدرضا کریمی"),  # two words written as one
        ("Hüseyin Çelik", "حسین چلیک"),  # ç is "ch"
        ("Khalil Qasemi", "خلیل قاسمی"),  # kh, q
        ("Fatemeh Hosseini", "فاطمه حسینی"),  # final h, doubled s
        ("Alireza Ghaseminejad", "علیرضا قاسمی‌نژاد"),  # -nejad / نژاد
        ("Olga Petrova", "اولگا پتروا"),
        ("Ahmad Jafari", "احمد جعفری"),  # ع left out
    ],
)
def test_one_name_in_two_scripts_has_one_skeleton(latin, persian):
    assert script(latin) == "latin" and script(persian) == "fa"
    assert same_skeleton(skeleton(latin), skeleton(persian))


def test_a_spelling_variant_one_letter_apart_and_a_shorter_form_match():
    assert same_skeleton(skeleton("Sergei Pavlov"), skeleton("سرگئی پاولوف"))  # final ف for v
    assert same_skeleton(skeleton("Ghaseminejad"), skeleton("علیرضا قاسمی‌نژاد"))  # surname alone
    assert not same_skeleton(skeleton("Aydınoğlu"), skeleton("کمال آیدین‌اوغلو"))  # too short a part
    assert skeleton("Barcelona") == skeleton("بارسلونا")  # a soft c


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Ali Rezaei", "علی رضوی"),  # too few consonants to say anything
        ("Kemal Aydınoğlu", "کمال ارسلان"),
        ("Hüseyin Çelik", "حسن ملک"),
        ("Olga Petrova", "اولگا سمیرنوا"),
    ],
)
def test_other_names_and_short_names_do_not_match(one, other):
    assert not same_skeleton(skeleton(one), skeleton(other))
