from datetime import date, timedelta

from wirewatch.stories.cluster import DocFeatures, StoryIndex, assign_stories, place


def doc(id_, day, *features, story=None):
    d = date.fromisoformat(day) if day else None
    return DocFeatures(id_, d, d, frozenset(features), story)


CALL = ("P:PER:vladimir-putin", "P:PER:masoud-pezeshkian", "E:CONSULT:IRN-RUS")
DRILL = ("A:RUS", "A:IRN", "E:COOPERATE:IRN-RUS")


def test_reports_of_one_story_join_and_the_first_document_names_it():
    ids = assign_stories([doc("b", "2024-12-03", *CALL), doc("a", "2024-12-02", *CALL)]).stories
    assert ids == {"a": "a", "b": "a"}


def test_same_actors_months_apart_are_different_stories():
    ids = assign_stories([doc("a", "2024-12-02", *CALL), doc("b", "2026-03-10", *CALL)]).stories
    assert ids["a"] != ids["b"]


def test_unrelated_documents_start_their_own_stories():
    ids = assign_stories([doc("a", "2024-12-02", *CALL),
                          doc("b", "2024-12-02", "P:PER:emmanuel-macron", "E:ACCUSE:FRA-MLI")])
    assert ids.stories == {"a": "a", "b": "b"}


def test_same_countries_in_a_different_event_is_a_different_story():
    talks = ("A:RUS", "A:IRN", "E:CONSULT:IRN-RUS")
    ids = assign_stories([doc("a", "2024-12-02", *talks), doc("b", "2024-12-03", *DRILL)]).stories
    assert ids == {"a": "a", "b": "b"}


def test_assigned_stories_never_change():
    ids = assign_stories([doc("z", "2024-12-01", *CALL), doc("a", "2024-12-02", *CALL, story="a")])
    assert ids.stories["a"] == "a"
    assert ids.stories["z"] == "a"


def test_a_document_bridging_two_stories_merges_them_into_the_older():
    result = assign_stories([doc("old", "2024-06-01", *DRILL, story="old"),
                             doc("new", "2024-06-09", *DRILL, story="new"),
                             doc("bridge", "2024-06-05", *DRILL)])
    assert result.stories == {"old": "old", "new": "old", "bridge": "old"}
    assert result.aliases == {"new": "old"}


def test_a_merged_alias_follows_a_second_merge():
    index = StoryIndex()
    for d in (doc("a", "2024-06-01", *DRILL), doc("b", "2024-06-09", *DRILL),
              doc("c", "2024-06-17", *DRILL)):
        index.add(d.id, d)
    place(index, doc("x", "2024-06-05", *DRILL))
    place(index, doc("y", "2024-06-13", *DRILL))
    assert index.aliases == {"b": "a", "c": "a"}


def test_stories_leave_the_index_once_their_window_has_passed():
    index = StoryIndex()
    start = date(2024, 1, 1)
    for i in range(300):
        day = (start + timedelta(days=3 * i)).isoformat()
        place(index, doc(f"d{i:03d}", day, "A:RUS", f"E:COOPERATE:RUS-X{i}"))
    assert len(index.stories) <= 3
    assert set(index.index["A:RUS"]) <= set(index.stories)
