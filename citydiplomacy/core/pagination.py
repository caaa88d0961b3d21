"""Pagination whose cost does not grow with the table: rows are counted only up to a cap.

An exact COUNT(*) reads every matching row, so on a list of a hundred thousand requests it costs more than
the rest of the page together. Like the big code hosts ("1,000+ results"), lists count at most
``settings.LIST_COUNT_CAP`` rows (1,000 by default: an office's trips of several years; a filter narrows a
list below it) and beyond that say "more than 1,000" while paging on normally: next and previous always
work, and the page number in the address reaches any page. Pages and the API behave the same way.
"""

import math

from django.conf import settings
from django.core.exceptions import EmptyResultSet
from django.core.paginator import EmptyPage, Page, PageNotAnInteger, Paginator
from django.db.models.expressions import RawSQL
from django.utils.functional import cached_property
from rest_framework.pagination import PageNumberPagination
from rest_framework.response import Response


class CappedPage(Page):
    def has_next(self):
        if self.paginator.count_is_exact:
            return super().has_next()
        top = self.number * self.paginator.per_page
        # Every row up to the cap exists; past it, ask for one more row.
        return top < self.paginator.count or self.paginator.object_list[top : top + 1].exists()


class CappedPaginator(Paginator):
    """A Paginator that counts at most `cap` rows (one query: a COUNT over a LIMIT subquery).

    `count` is exact when `count_is_exact`; otherwise it is the cap and there are more rows. Pages past the
    cap are still served: the page beyond the last one is empty and `get_page` falls back to page 1."""

    def __init__(self, object_list, per_page, *args, cap=None, **kwargs):
        super().__init__(object_list, per_page, *args, **kwargs)
        self.cap = cap or getattr(settings, "LIST_COUNT_CAP", 1_000)

    @cached_property
    def _counted(self):
        rows = self.object_list
        if hasattr(rows, "query"):
            # only the keys: columns computed for display (subqueries) are not evaluated to count
            return rows.order_by().values("pk")[: self.cap + 1].count()
        return len(rows)

    @property
    def count_is_exact(self):
        return self._counted <= self.cap

    @cached_property
    def count(self):
        return min(self._counted, self.cap)

    @cached_property
    def num_pages(self):
        if self.count_is_exact:
            return super().num_pages
        return math.ceil(self.cap / self.per_page)

    def validate_number(self, number):
        if self.count_is_exact:
            return super().validate_number(number)
        try:
            number = int(number)
        except (TypeError, ValueError):
            raise PageNotAnInteger(self.error_messages["invalid_page"]) from None
        if number < 1:
            raise EmptyPage(self.error_messages["min_page"])
        if number > self.num_pages and not self.object_list[(number - 1) * self.per_page :].exists():
            raise EmptyPage(self.error_messages["no_results"])
        return number

    def get_page(self, number):
        try:
            number = self.validate_number(number)
        except PageNotAnInteger:
            number = 1
        except EmptyPage:
            number = self.num_pages if self.count_is_exact else 1
        return self.page(number)

    def page(self, number):
        number = self.validate_number(number)
        if self.count_is_exact:
            return super().page(number)
        bottom = (number - 1) * self.per_page
        return self._get_page(self.object_list[bottom : bottom + self.per_page], number, self)

    def _get_page(self, *args, **kwargs):
        return CappedPage(*args, **kwargs)

    def capped_count(self):
        """The capped count as an expression: a subquery that runs once whatever the rows it sits beside."""
        try:
            sql, params = self.object_list.order_by().values("pk")[: self.cap + 1].query.sql_with_params()
        except EmptyResultSet:  # a list known to be empty (`.none()`: a role that sees none of it)
            return RawSQL("SELECT 0", [])
        return RawSQL(f"SELECT COUNT(*) FROM ({sql}) counted", params)

    def get_page_with(self, number, fetch):
        """`get_page` reading the rows and the count in one query.

        `fetch(queryset)` gets `object_list` annotated with the capped count as `listed` and sliced to the
        page, and returns (rows, listed of any row). A page past the end takes the usual path."""
        try:
            number = max(1, int(number))
        except (TypeError, ValueError):
            number = 1
        bottom = (number - 1) * self.per_page
        rows, listed = fetch(
            self.object_list.annotate(listed=self.capped_count())[bottom : bottom + self.per_page]
        )
        if not rows and number > 1:
            return self.get_page(number)
        self.__dict__["_counted"] = listed or 0
        return self._get_page(rows, number, self)


class CappedPageNumberPagination(PageNumberPagination):
    """The API's pagination: `count` as the pages show it, and `count_is_exact` false past the cap."""

    django_paginator_class = CappedPaginator

    def get_paginated_response(self, data):
        return Response(
            {
                "count": self.page.paginator.count,
                "count_is_exact": self.page.paginator.count_is_exact,
                "next": self.get_next_link(),
                "previous": self.get_previous_link(),
                "results": data,
            }
        )

    def get_paginated_response_schema(self, schema):
        response = super().get_paginated_response_schema(schema)
        response["properties"]["count_is_exact"] = {
            "type": "boolean",
            "description": "False when there are more rows than the count says (counting stops at a cap).",
        }
        return response
