"""The shared create-or-edit page: a valid POST calls the service once, a broken rule comes back on the form."""

from django import forms
from django.contrib.messages import get_messages
from django.contrib.messages.storage.cookie import CookieStorage
from django.test import RequestFactory, override_settings

from citydiplomacy.core.editing import edit_page
from citydiplomacy.core.errors import DomainError
from citydiplomacy.core.forms import StyledFormMixin

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "OPTIONS": {
            "loaders": [
                (
                    "django.template.loaders.locmem.Loader",
                    {"edit.html": "{{ title }}|{{ form.non_field_errors }}"},
                )
            ]
        },
    }
]


class NameForm(StyledFormMixin, forms.Form):
    name = forms.CharField()


class Saved:
    pk = 7


def page(method, data=None, save=None, **options):
    request = getattr(RequestFactory(), method)("/edit/", data or {})
    request._messages = CookieStorage(request)
    calls = []

    def record(data):
        calls.append(data)
        return (save or (lambda _data: Saved()))(data)

    form = NameForm(request.POST or None)
    options.setdefault("detail", lambda obj: f"/records/{obj.pk}/")
    response = edit_page(request, form, record, template="edit.html", saved="Saved.", title="New", **options)
    return response, calls, [str(m) for m in get_messages(request)]


@override_settings(TEMPLATES=TEMPLATES)
def test_a_get_shows_the_form_without_saving():
    response, calls, _messages = page("get")
    assert response.status_code == 200 and response.content.decode().startswith("New|")
    assert calls == []


@override_settings(TEMPLATES=TEMPLATES)
def test_a_valid_post_saves_the_service_kwargs_once_and_goes_to_the_record():
    response, calls, said = page("post", {"name": "Baku"})
    assert calls == [{"name": "Baku"}]
    assert response.status_code == 302 and response["Location"] == "/records/7/"
    assert said == ["Saved."]


@override_settings(TEMPLATES=TEMPLATES)
def test_a_broken_rule_is_shown_on_the_form_with_the_status_asked_for():
    def refuse(data):
        raise DomainError("This name is taken.")

    response, calls, said = page("post", {"name": "Baku"}, save=refuse, invalid_status=400)
    assert response.status_code == 400 and "This name is taken." in response.content.decode()
    assert said == []


@override_settings(TEMPLATES=TEMPLATES)
def test_invalid_fields_do_not_reach_the_service():
    response, calls, _said = page("post", {"name": ""})
    assert response.status_code == 200 and calls == []
