from citydiplomacy.lib.persian import normalize_name, to_latin_digits, to_persian_digits, unify_letters


def test_digits_both_ways():
    assert to_latin_digits("۱۴۰۱/٠٦/۱۵") == "1401/06/15"
    assert to_persian_digits("31 trips, 4.3") == "۳۱ trips, ۴.۳"


def test_arabic_letter_forms_become_persian():
    assert unify_letters("كربلاي معلي") == "کربلای معلی"


def test_names_match_whatever_the_letters_spaces_and_half_spaces():
    forms = [
        "مرکز ارتباطات و امور بین‌الملل",
        "مركز ارتباطات و امور بين الملل",
        "مرکز  ارتباطات و امور بین\u200cالملل ",
    ]
    assert len({normalize_name(f) for f in forms}) == 1
    assert normalize_name("Xi'an") == normalize_name("XI'AN")
