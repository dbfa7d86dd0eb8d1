from datetime import date

from wirewatch.stories.cluster import DocFeatures, assign_stories


def doc(id_, day, *features, story=None):
    d = date.fromisoformat(day) if day else None
    return DocFeatures(id_, d, d, frozenset(features), story)


CALL = ("P:PER:vladimir-putin", "P:PER:masoud-pezeshkian", "E:CONSULT:IRN-RUS")


def test_reports_of_one_story_join_and_the_first_document_names_it():
    ids = assign_stories([doc("b", "2024-12-03", *CALL), doc("a", "2024-12-02", *CALL)])
    assert ids == {"a": "a", "b": "a"}


def test_same_actors_months_apart_are_different_stories():
    ids = assign_stories([doc("a", "2024-12-02", *CALL), doc("b", "2026-03-10", *CALL)])
    assert ids["a"] != ids["b"]


def test_unrelated_documents_start_their_own_stories():
    ids = assign_stories([doc("a", "2024-12-02", *CALL),
                          doc("b", "2024-12-02", "P:PER:emmanuel-macron", "E:ACCUSE:FRA-MLI")])
    assert ids == {"a": "a", "b": "b"}


def test_assigned_stories_never_change():
    ids = assign_stories([doc("z", "2024-12-01", *CALL), doc("a", "2024-12-02", *CALL, story="a")])
    assert ids["a"] == "a"
