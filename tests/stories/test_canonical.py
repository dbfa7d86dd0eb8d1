from wirewatch.stories.canonical import MentionRow, build_canonical, link_planned, summarise


def mention(id_, doc, *, type_="CONSULT", mode=None, src="RUS", tgt="IRN", day=None,
            story="s1", status="asserted", published="2024-06-12", lang="en"):
    return MentionRow(id=id_, doc_id=doc, story_id=story, lang=lang, published=published,
                      type=type_, mode=mode, source_id=src, source_country=src,
                      source_actor=None, target_id=tgt, target_country=tgt, target_actor=None,
                      date=day, date_precision="day" if day else "unknown", status=status,
                      confidence=0.8, location=None)


def groups_of(rows):
    return sorted(sorted(m.id for m in g.mentions) for g in build_canonical(rows))


def test_reports_in_two_languages_of_one_call_are_one_event():
    rows = [mention("en", "d1", mode="phone"),
            mention("id", "d2", mode="phone", day="2024-11-12", src="IRN", tgt="RUS", lang="id")]
    (group,) = build_canonical(rows)
    row = summarise(group)
    assert (row["n_mentions"], row["languages"], row["date"]) == (2, "en,id", "2024-11-12")


def test_a_call_and_a_meeting_are_two_events():
    rows = [mention("a", "d1", mode="phone"), mention("b", "d2", mode="meeting")]
    assert groups_of(rows) == [["a"], ["b"]]


def test_direction_matters_for_asymmetric_types():
    rows = [mention("a", "d1", type_="ACCUSE", day="2024-06-12"),
            mention("b", "d2", type_="ACCUSE", day="2024-06-12", src="IRN", tgt="RUS")]
    assert groups_of(rows) == [["a"], ["b"]]


def test_a_treaty_coded_as_two_types_in_two_stories_is_one_event():
    rows = [mention("a", "d1", type_="COOPERATE", mode="treaty", src="RUS", tgt="PRK",
                    day="2024-06", story="s1", published="2024-09-13"),
            mention("b", "d2", type_="SUPPORT", mode="treaty", src="PRK", tgt="RUS",
                    day="2024-06-19", story="s2", published="2024-12-03")]
    assert groups_of(rows) == [["a", "b"]]


def test_undated_reports_merge_only_inside_their_story():
    rows = [mention("a", "d1", day="2024-06-12"), mention("b", "d2", story="s1"),
            mention("c", "d3", story="s2")]
    assert groups_of(rows) == [["a", "b"], ["c"]]


def test_different_days_are_different_events():
    rows = [mention("a", "d1", day="2024-06-12"), mention("b", "d2", day="2024-06-15")]
    assert groups_of(rows) == [["a"], ["b"]]


def test_a_plan_is_linked_to_its_fulfilment_not_merged():
    rows = [mention("p", "d1", day="2024-06", status="planned", published="2024-06-01"),
            mention("a", "d2", day="2024-06-20", published="2024-06-20", story="s2")]
    groups = build_canonical(rows)
    assert len(groups) == 2
    summaries = {s["status"]: s for s in map(summarise, groups)}
    links = link_planned(list(summaries.values()))
    assert links == {summaries["asserted"]["id"]: summaries["planned"]["id"]}


def test_an_event_before_the_plan_does_not_fulfil_it():
    rows = [mention("a", "d1", day="2024-05-02", published="2024-05-02"),
            mention("p", "d2", status="planned", published="2024-06-01", story="s2")]
    links = link_planned([summarise(g) for g in build_canonical(rows)])
    assert set(links.values()) == {None}
