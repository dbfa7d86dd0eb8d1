"""Events without a date of their own take the day the story is about."""

from datetime import date

from wirewatch.models import PublishedDate, RawDocument
from wirewatch.pipeline import process
from wirewatch.time.resolve import anchor_points

PUBLISHED = date(2025, 11, 12)


def _dates(text: str, lang: str = "en", published: date | None = PUBLISHED) -> dict[str, str]:
    """The date of the first event of each type."""
    doc = process(RawDocument(source="t", text=text, lang=lang, published=published),
                  today=date(2026, 11, 26))
    return {e.type: e.date for e in reversed(doc.events)}


def test_a_later_sentence_keeps_the_day_of_the_lead():
    text = ("Turkish and Russian officials met in Ankara on Monday to discuss grain exports. "
            "The talks lasted four hours. "
            "Later, the Turkish foreign minister urged Russia to extend the grain corridor.")
    assert _dates(text)["REQUEST"] == "2025-11-10"


def test_the_same_in_another_language():
    text = ("Miniştrii de externe ai României şi Franţei s-au întâlnit luni la Bucureşti. "
            "Discuţiile au durat trei ore. "
            "Ministrul francez a cerut Rusiei să retragă trupele.")
    assert _dates(text, "ro")["REQUEST"] == "2025-11-10"


def test_a_year_named_in_between_ends_the_day():
    text = ("Turkish and Russian officials met in Ankara on Monday to discuss grain exports. "
            "The talks lasted four hours. "
            "In 2022 the two countries signed a grain deal. "
            "Later, the Turkish foreign minister urged Russia to extend the grain corridor.")
    assert _dates(text)["REQUEST"] == "2025-11-12"  # the report's day, not Monday's


def test_a_day_long_before_publication_is_background():
    text = ("Turkish and Russian officials met in Ankara to discuss grain exports. "
            "The talks lasted four hours. "
            "They were the first since Russia invaded Ukraine on 24 February 2022. "
            "The Turkish foreign minister urged Russia to extend the grain corridor.")
    assert _dates(text)["REQUEST"] == "2025-11-12"  # the report's day, not 2022's


def test_a_week_long_inferred_range_is_trusted_as_its_day():
    anchor = PublishedDate(date(2024, 12, 4), date(2024, 12, 3), date(2024, 12, 10), "inferred")
    assert anchor_points(anchor) == [date(2024, 12, 4)]
    wide = PublishedDate(date(2025, 6, 1), date(2024, 12, 3), date(2026, 3, 10), "inferred")
    assert anchor_points(wide) == [date(2024, 12, 3), date(2026, 3, 10)]


def test_a_headline_keeps_its_day_against_a_coarser_date_of_the_same_dyad():
    text = ("Britain sanctions Russian oil tankers\n\n"
            "Britain has sanctioned Russian shipping companies since 2022, the government said.")
    assert _dates(text)["SANCTION"] == "2025-11-12"


def test_each_event_says_where_its_date_comes_from():
    text = ("Turkish and Russian officials met in Ankara on Monday to discuss grain exports. "
            "Later, the Turkish foreign minister urged Russia to extend the grain corridor. "
            "In 2022 the two countries signed a grain deal. "
            "Russia accused Kyiv of blocking the ports.")
    doc = process(RawDocument(source="t", text=text, lang="en", published=PUBLISHED),
                  today=date(2026, 11, 26))
    got = {e.type: (e.date, e.date_basis) for e in doc.events}
    assert got["CONSULT"] == ("2025-11-10", "text")
    assert got["REQUEST"] == ("2025-11-10", "story")
    assert got["ACCUSE"] == ("2025-11-12", "report")


def test_an_earlier_day_named_later_dates_only_its_own_sentence():
    text = ("Greek and Turkish foreign ministers met in Ankara on Tuesday. "
            "The Greek minister raised the naval notice that Turkey issued on Sunday. "
            "The Turkish minister rejected the Greek accusations.")
    assert _dates(text)["REJECT"] == "2025-11-11"  # Tuesday, the story's day, not Sunday


def test_a_dateline_is_not_the_day_the_story_tells():
    text = ("Tbilisi, 12 November 2025 - Police detained dozens of protesters outside "
            "parliament on Monday. "
            "The protesters blocked the main avenue for hours. "
            "The prime minister accused the opposition of staging a revolution.")
    assert _dates(text)["ACCUSE"] == "2025-11-10"  # Monday, not the dateline's day
