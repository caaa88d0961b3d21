from citydiplomacy.awards import demo
from citydiplomacy.awards.models import AwardEdition, Conflict, Score
from citydiplomacy.awards.results import results_table


def test_the_demo_award_has_a_jury_of_seven_two_conflicts_entries_from_a_dozen_countries_and_most_scores(
    secretary,
):
    assert demo.seed(secretary) == [f"jury{i}" for i in range(1, 8)]
    edition = AwardEdition.objects.get(slug="golden-brick-6")
    assert edition.jurors.count() == 7 and edition.jurors.filter(is_chair=True).count() == 1
    assert Conflict.objects.filter(juror__edition=edition).count() == 2
    assert edition.entries.values("country").distinct().count() >= 12
    assert edition.categories.count() >= 3
    n_criteria = edition.criteria.count()
    scored = Score.objects.filter(entry__edition=edition).count() / n_criteria
    from citydiplomacy.awards.models import Assignment

    assigned = Assignment.objects.filter(juror__edition=edition).count()
    assert 0.7 * assigned <= scored < assigned  # most, not all: the progress page has something to show
    # No juror scores an entrant it declared a conflict with.
    for conflict in Conflict.objects.filter(juror__edition=edition):
        assert not any(conflict.matches(s.entry) for s in conflict.juror.scores.select_related("entry"))
    assert sum(len(t.rows) for t in results_table(edition)) > 15
    assert demo.seed(secretary) == [f"jury{i}" for i in range(1, 8)]  # again: nothing added
    assert AwardEdition.objects.filter(series__slug="golden-brick").count() == 2
