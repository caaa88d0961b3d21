"""Dates are stored Gregorian and shown and typed Jalali in Persian, Gregorian in English."""

import datetime as dt

from django.template import Context, Template
from django.utils import translation

from citydiplomacy.core.forms import DateField


def render(text, **context):
    return Template(text).render(Context(context))


def test_dates_and_numbers_follow_the_language():
    day = dt.date(2025, 10, 16)
    with translation.override("fa"):
        assert render("{{ d|jdate }}", d=day) == "۱۴۰۴/۰۷/۲۴"
        assert render('{{ d|jdate:"long" }}', d=day) == "۲۴ مهر ۱۴۰۴"
        assert render("{{ n|num }}", n=1234) == "۱٬۲۳۴"
        assert render("{{ r|percent }}", r=0.28) == "۲۸٪"
    with translation.override("en"):
        assert render("{{ d|jdate }}", d=day) == render('{{ d|jdate:"long" }}', d=day) == "16 Oct 2025"
        assert render("{{ n|num }}", n=1234) == "1,234"
        assert render("{{ r|percent }}", r=0.28) == "28%"


def test_the_date_field_reads_jalali_with_persian_digits_and_iso():
    field = DateField()
    assert field.clean("۱۴۰۴/۰۷/۲۴") == dt.date(2025, 10, 16)
    assert field.clean("2025-10-16") == dt.date(2025, 10, 16)


def test_the_date_field_refuses_an_impossible_jalali_date():
    import pytest
    from django import forms

    with pytest.raises(forms.ValidationError):
        DateField().clean("1401-12-30")


def test_the_date_input_shows_jalali_with_the_picker_in_persian():
    field = DateField()
    with translation.override("fa"):
        html = field.widget.render("d", dt.date(2025, 10, 16))
        assert 'value="۱۴۰۴/۰۷/۲۴"' in html and "data-jdp" in html
    with translation.override("en"):
        html = field.widget.render("d", dt.date(2025, 10, 16))
        assert 'value="2025-10-16"' in html and 'type="date"' in html
