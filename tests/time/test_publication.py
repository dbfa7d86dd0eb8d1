"""Publication date: metadata, printed byline, inference from the text."""

from datetime import date

from wirewatch.time import find_dates, publication_date

TODAY = date(2026, 11, 26)


def test_metadata_wins():
    pub = publication_date("Τη Δευτέρα (2/12) μίλησαν.", "el", date(2024, 12, 4), [], TODAY)
    assert (pub.value, pub.basis) == (date(2024, 12, 4), "metadata")


def test_stated_bylines():
    text = "Kremlin reveals the call\n14 Nov 2022 04:42\nPutin spoke on Saturday (12/11) with Raisi."
    pub = publication_date(text, "id", None, [], TODAY)
    assert (pub.value, pub.basis) == (date(2022, 11, 14), "stated")
    assert (pub.earliest, pub.latest) == (pub.value, pub.value)
    text = "Rusia și Iranul au discutat.\nPublicat: 12.03.2026\nPutin a vorbit marţi cu Pezeshkian."
    assert publication_date(text, "ro", None, [], TODAY).value == date(2026, 3, 12)
    text = "Δημοσίευση: 3 Δεκεμβρίου 2024\nΤη Δευτέρα (2/12) μίλησαν."
    assert publication_date(text, "el", None, [], TODAY).value == date(2024, 12, 3)
    text = "The ministers met. They talked for an hour.\nPosted on 5 March 2025 | Updated 6 March 2025"
    assert publication_date(text, "en", None, [], TODAY).value == date(2025, 3, 5)


def test_a_date_inside_the_story_is_not_a_byline():
    text = ("The ministers met in Geneva and recalled that the treaty of 12 November 2022 had been "
            "signed after long talks between the two delegations and their advisers.")
    pub = publication_date(text, "en", None, [], TODAY)
    assert pub.basis == "inferred"  # the date only bounds the range from below
    assert pub.earliest == date(2022, 11, 12) and pub.latest == TODAY


def test_greek_weekday_pair_with_tenure():
    text = ("Ο εκπρόσωπος δήλωσε ότι προετοιμάζεται επίσκεψη του προέδρου.\n"
            "Τη Δευτέρα (2/12) οι δύο πρόεδροι συζήτησαν τηλεφωνικά για την κατάσταση.\n"
            "Η Μόσχα υπέγραψε συνθήκη με τη Βόρεια Κορέα τον Ιούνιο.")
    pub = publication_date(text, "el", None, [(date(2024, 7, 28), TODAY)], TODAY)
    assert pub.basis == "inferred"
    assert pub.value in (date(2024, 12, 2), date(2024, 12, 3))
    assert pub.earliest == date(2024, 12, 2) and pub.latest == date(2024, 12, 9)
    got = {x.text: x.value for x in find_dates(text, "el", pub)}
    assert got["Ιούνιο"] == "2024-06" and got["Δευτέρα (2/12)"] == "2024-12-02"


def test_romanian_current_year():
    text = ("Preşedintele a vorbit marţi la telefon cu omologul său.\n"
            "Conversaţia, prima dintre cei doi lideri din 2026, a durat aproximativ o oră.")
    pub = publication_date(text, "ro", None, [], TODAY)
    assert pub.basis == "inferred"
    assert pub.value.year == 2026 and pub.earliest.year == 2026 and pub.latest.year == 2026
    got = {x.text: x.value for x in find_dates(text, "ro", pub)}
    assert got["marţi"] == "2026"


def test_past_year_bounds_from_below_and_tenures_intersect():
    text = "The invasion began in February 2022. The ministers have met many times since."
    pub = publication_date(text, "en", None, [(date(2020, 1, 1), date(2025, 5, 1)),
                                              (date(2021, 3, 1), TODAY)], TODAY)
    assert pub.basis == "inferred"
    assert pub.earliest == date(2022, 2, 1) and pub.latest == date(2025, 5, 1)
    assert pub.earliest <= pub.value <= pub.latest


def test_future_weekday_pair_bounds_from_above():
    text = "The ministers will meet on Monday (12/2) in Geneva."  # month first in English
    pub = publication_date(text, "en", None, [(date(2024, 7, 28), TODAY)], TODAY)
    assert pub.latest == date(2024, 12, 2) and pub.earliest >= date(2024, 11, 25)


def test_unknown_when_nothing_bounds_it():
    pub = publication_date("The ministers met and discussed the crisis.", "en", None, [], TODAY)
    assert (pub.value, pub.earliest, pub.latest, pub.basis) == (None, None, None, "unknown")
