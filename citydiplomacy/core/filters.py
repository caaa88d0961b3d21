"""The base of every list's filters: django-filter's FilterSet made cheap to create for each request.

django-filter deep-copies every filter for every request (their choices, lazy labels and querysets, none of
which a request changes) and builds a new form class each time. Here each request gets a shallow copy of
each filter (django-filter still sets the copy's own `model` and `parent`; a method filter is bound again
to its copy), and the form class is made once per FilterSet, as for any Django form, unless a filter's
queryset is computed from the request.
"""

import copy

import django_filters
from django import forms
from django.db import models

# The range of a 64-bit integer column (SQLite's and PostgreSQL's bigint): a number past it is bad input,
# not a database error.
INTEGER_RANGE = (-(2**63), 2**63 - 1)


class BoundedIntegerField(forms.IntegerField):
    """A whole number the database can compare: 1.5, 1e300 or 2**70 are a form error (400), never a 500."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("min_value", INTEGER_RANGE[0])
        kwargs.setdefault("max_value", INTEGER_RANGE[1])
        super().__init__(*args, **kwargs)


class IntegerFilter(django_filters.NumberFilter):
    field_class = BoundedIntegerField


class SharedFilters(dict):
    """`base_filters` whose per-request copy is a shallow copy of each filter."""

    def __deepcopy__(self, memo):
        copies = {}
        for name, original in self.items():
            clone = copy.copy(original)
            if getattr(original, "_method", None) is not None:
                clone.method = original._method  # a FilterMethod bound to the copy, not the original
            copies[name] = clone
        return copies


_INTEGER_FIELDS = (
    models.AutoField,
    models.BigAutoField,
    models.SmallAutoField,
    models.IntegerField,
    models.BigIntegerField,
    models.SmallIntegerField,
    models.PositiveIntegerField,
    models.PositiveBigIntegerField,
    models.PositiveSmallIntegerField,
)


class FilterSet(django_filters.FilterSet):
    FILTER_DEFAULTS = {
        **django_filters.FilterSet.FILTER_DEFAULTS,
        **{field: {"filter_class": IntegerFilter} for field in _INTEGER_FIELDS},
    }

    @classmethod
    def get_filters(cls):
        return SharedFilters(super().get_filters())

    def get_form_class(self):
        cls = type(self)
        if any(callable(f.extra.get("queryset")) for f in self.base_filters.values()):
            return super().get_form_class()  # fields that depend on the request
        if "_form_class" not in cls.__dict__:
            cls._form_class = super().get_form_class()
        return cls._form_class
