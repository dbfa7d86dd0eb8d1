from wirewatch.stories.canonical import (
    MentionRow,
    build_canonical,
    link_planned,
    mention_family,
    summarise,
)

PRECISION = {0: "unknown", 4: "year", 7: "month", 10: "day"}


def mention(id_, doc, *, type_="CONSULT", mode=None, src="RUS", tgt="IRN", day=None,
            story="s1", status="asserted", published="2024-06-12", lang="en", basis="text"):
    return MentionRow(id=id_, doc_id=doc, story_id=story, lang=lang, published=published,
                      type=type_, mode=mode, source_id=src, source_country=src,
                      source_actor=None, target_id=tgt, target_country=tgt, target_actor=None,
                      date=day, date_precision=PRECISION[len(day or "")], status=status,
                      confidence=0.8, location=None, date_basis=basis)


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


# A treaty is signed once per dyad in a period: an undated "had signed" refers back to it.
SIGNED_JUNE = {"type_": "SUPPORT", "mode": "treaty", "src": "RUS", "tgt": "PRK",
               "day": "2024-06-19", "story": "june", "published": "2024-06-20"}


def back_reference(id_, doc, *, published="2024-09-13", day=None, **kw):
    """A later report, in another story, that mentions the signing without dating it."""
    fields = {"type_": "SUPPORT", "mode": "treaty", "src": "PRK", "tgt": "RUS",
              "story": f"s-{doc}", "published": published, "day": day, "lang": "el"}
    fields.update(kw)
    return mention(id_, doc, **fields)


def test_an_undated_reference_to_a_treaty_joins_the_signing_across_stories():
    rows = [mention("a", "d1", **SIGNED_JUNE), back_reference("b", "d2")]
    (group,) = build_canonical(rows)
    row = summarise(group)
    assert (row["date"], row["mode"], row["n_documents"]) == ("2024-06-19", "treaty", 2)


def test_the_reference_joins_whichever_report_comes_first():
    rows = [mention("a", "d1", **dict(SIGNED_JUNE, published="2024-12-03")),
            back_reference("b", "d2", published="2024-09-13")]
    (group,) = build_canonical(rows)
    assert group.mentions[0].id == "b" and summarise(group)["date"] == "2024-06-19"


def test_a_date_that_only_repeats_the_publication_month_counts_as_undated():
    rows = [mention("a", "d1", **SIGNED_JUNE), back_reference("b", "d2", day="2024-09")]
    assert groups_of(rows) == [["a", "b"]]


def test_a_stated_later_month_is_another_signing():
    rows = [mention("a", "d1", **SIGNED_JUNE),
            back_reference("b", "d2", day="2024-08", published="2024-09-13")]
    assert groups_of(rows) == [["a"], ["b"]]


def test_an_undated_attack_never_joins_across_stories():
    attack = {"type_": "ASSAULT", "mode": None, "src": "RUS", "tgt": "UKR"}
    rows = [mention("a", "d1", day="2024-06-19", story="june", **attack),
            back_reference("b", "d2", **attack)]
    assert groups_of(rows) == [["a"], ["b"]]


def test_two_signings_in_the_window_make_the_reference_ambiguous():
    rows = [mention("a", "d1", **SIGNED_JUNE),
            mention("c", "d3", **dict(SIGNED_JUNE, day="2023-09-13", story="older",
                                      published="2023-09-14")),
            back_reference("b", "d2")]
    assert groups_of(rows) == [["a"], ["b"], ["c"]]


def test_a_signing_after_the_report_or_long_before_it_is_not_referred_to():
    later = [mention("a", "d1", **dict(SIGNED_JUNE, day="2024-10-02", published="2024-10-02")),
             back_reference("b", "d2")]
    long_before = [mention("a", "d1", **dict(SIGNED_JUNE, day="2021-06-19",
                                              published="2021-06-20")),
                   back_reference("b", "d2")]
    assert groups_of(later) == [["a"], ["b"]]
    assert groups_of(long_before) == [["a"], ["b"]]


def test_a_planned_signing_is_not_a_reference_back():
    rows = [mention("a", "d1", **SIGNED_JUNE), back_reference("b", "d2", status="planned")]
    assert groups_of(rows) == [["a"], ["b"]]


def coded_as(type_, mode, text, trigger, **kw):
    """A mention whose evidence is `text` and whose trigger is the word `trigger` in it."""
    start = text.index(trigger)
    row = mention(kw.pop("id_", "m"), kw.pop("doc", "d"), type_=type_, mode=mode, src="RUS",
                  tgt="PRK", **kw)
    row.evidence, row.trigger_start, row.trigger_end = text, start, start + len(trigger)
    return row


def test_a_defence_pact_coded_as_cooperation_is_a_treaty_when_the_sentence_says_signed():
    signed = coded_as("COOPERATE", "military",
                      "Moscow and Pyongyang signed a mutual defence cooperation pact.",
                      "defence cooperation")
    drill = coded_as("COOPERATE", "military",
                     "Moscow and Pyongyang held joint naval exercises off the coast.",
                     "joint naval")
    far = coded_as("COOPERATE", "military",
                   "Moscow and Pyongyang, which signed many papers over the years in several "
                   "capitals and at various summits, held joint naval exercises.", "joint naval")
    assert [mention_family(m) for m in (signed, drill, far)] == ["TREATY", "COOPERATE",
                                                                 "COOPERATE"]


def test_signing_cues_come_from_the_language_pack():
    greek = coded_as("COOPERATE", "military",
                     "Οι δύο χώρες υπέγραψαν μια αμυντική συνθήκη.", "αμυντική συνθήκη",
                     lang="el")
    unknown = coded_as("COOPERATE", "military", "Xyz signed abc defence cooperation.",
                       "defence cooperation", lang="xx")
    assert (mention_family(greek), mention_family(unknown)) == ("TREATY", "COOPERATE")


def test_a_treaty_coded_as_cooperation_joins_one_coded_as_support():
    rows = [mention("a", "d1", **SIGNED_JUNE),
            coded_as("COOPERATE", "military",
                     "Moscow and Pyongyang had signed a mutual defence cooperation pact.",
                     "defence cooperation", id_="b", doc="d2", story="sept",
                     published="2024-09-13", lang="en")]
    assert groups_of(rows) == [["a", "b"]]


def test_reports_dating_an_event_only_by_their_own_day_are_one_event():
    """Two reports of one undated event, published a day apart, each dated by its report:
    the days say only "before this report", so they join at the month, across stories too."""
    rows = [mention("a", "d1", day="2024-06-12", basis="report"),
            mention("b", "d2", day="2024-06-13", published="2024-06-13", basis="report",
                    story="s2"),
            mention("c", "d3", day="2024-06-10", published="2024-06-14", story="s3")]
    assert groups_of(rows) == [["a", "b", "c"]]
    (group,) = build_canonical(rows)
    assert summarise(group)["date"] == "2024-06-10"  # the day a text gives wins


def test_days_the_texts_give_stay_apart():
    rows = [mention("a", "d1", day="2024-06-12"),
            mention("b", "d2", day="2024-06-13", published="2024-06-13", story="s2")]
    assert groups_of(rows) == [["a"], ["b"]]
