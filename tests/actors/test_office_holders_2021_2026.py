"""Office holders of 2021-2026 in the people files: a role description resolves to whoever
held the office on the event's day, and a successor closes the term of the one before.

Why: REIGN-derived leaders stop at 2021-03, so without hand-written successions "the
Ghanaian president" of 2025 would still be Akufo-Addo and "the Ecuadorian president" of 2024
Lenín Moreno. Each case names the office in a pack language and checks the holder on two days
either side of a succession, through the real knowledge base and the real recogniser."""

from __future__ import annotations

from datetime import date

import pytest

from wirewatch.actors.kb import load_kb
from wirewatch.actors.resolve import resolve_mention
from wirewatch.events.text import code_text


def holder_named(text: str, lang: str, day: date) -> str | None:
    """The person the first role description of `text` resolves to on `day`."""
    roles = [m for m in code_text(text, lang, day)[1] if m.kind == "role"]
    assert roles, f"no role description found in {text!r}"
    ref = resolve_mention(roles[0], None, load_kb(), day)
    return ref.id if ref is not None else None


@pytest.mark.parametrize("lang, text, day, holder", [
    ("en", "The Ghanaian president met the French ambassador.", date(2023, 5, 2),
     "PER:nana-akufo-addo"),
    ("en", "The Ghanaian president met the French ambassador.", date(2025, 5, 2),
     "PER:john-mahama"),
    ("el", "Ο Κύπριος πρόεδρος συναντήθηκε με τον Γάλλο πρέσβη.", date(2022, 6, 1),
     "PER:nicos-anastasiades"),
    ("el", "Ο Κύπριος πρόεδρος συναντήθηκε με τον Γάλλο πρέσβη.", date(2024, 6, 1),
     "PER:nikos-christodoulides"),
    ("es", "El presidente ecuatoriano viajó ayer a Lima.", date(2022, 3, 1),
     "PER:guillermo-lasso"),
    ("es", "El presidente ecuatoriano viajó ayer a Lima.", date(2024, 3, 1),
     "PER:daniel-noboa"),
    ("ru", "Премьер-министр Новой Зеландии прибыл в Пекин.", date(2022, 6, 1),
     "PER:jacinda-ardern"),
    ("ru", "Премьер-министр Новой Зеландии прибыл в Пекин.", date(2024, 6, 1),
     "PER:christopher-luxon"),
    ("de", "Der irische Außenminister reiste nach Kiew.", date(2021, 6, 1),
     "PER:simon-coveney"),
    ("de", "Der irische Außenminister reiste nach Kiew.", date(2023, 6, 1),
     "PER:micheal-martin"),
])
def test_a_role_description_resolves_to_the_holder_of_its_day(lang, text, day, holder):
    assert holder_named(text, lang, day) == holder


@pytest.mark.parametrize("role, country, day, name", [
    ("head_of_state", "GAB", date(2022, 1, 10), "Ali Bongo Ondimba"),
    ("head_of_state", "GAB", date(2024, 1, 10), "Brice Oligui Nguema"),
    ("head_of_state", "BWA", date(2025, 3, 1), "Duma Boko"),
    ("head_of_state", "HND", date(2021, 6, 1), "Juan Orlando Hernández"),
    ("head_of_state", "HND", date(2023, 6, 1), "Xiomara Castro"),
    ("head_of_state", "LKA", date(2023, 1, 1), "Ranil Wickremesinghe"),
    ("head_of_state", "PER", date(2023, 6, 1), "Dina Boluarte"),
    ("head_of_government", "NPL", date(2023, 6, 1), "Pushpa Kamal Dahal"),
    ("head_of_state", "TWN", date(2025, 6, 1), "Lai Ching-te"),
    ("head_of_government", "MNE", date(2024, 6, 1), "Milojko Spajić"),
    ("head_of_state", "TKM", date(2023, 6, 1), "Serdar Berdimuhamedow"),
])
def test_the_office_holder_of_a_day(role, country, day, name):
    holder = load_kb().holder(role, country, day)
    assert holder is not None and holder.name == name


@pytest.mark.parametrize("country, day, gone", [
    ("GHA", date(2025, 6, 1), "Akufo-Addo"),
    ("ECU", date(2022, 6, 1), "Moreno"),
    ("HTI", date(2023, 6, 1), "Moïse"),
])
def test_a_leader_of_the_generated_list_leaves_office_with_his_successor(country, day, gone):
    """The country's leader of a later day is not the last leader REIGN knew."""
    holder = load_kb().holder("leader", country, day)
    assert holder is None or gone not in holder.name


@pytest.mark.parametrize("lang, text, actor", [
    ("ru", "Мирзиёев провёл переговоры в Ташкенте.", "PER:shavkat-mirziyoyev"),
    ("ar", "استقبل الرئيس القبرصي نيكوس خريستودوليدس الوفد.", "PER:nikos-christodoulides"),
    ("zh", "赖清德周二发表讲话。", "PER:lai-ching-te"),
    ("tr", "Kurti, Priştine'de açıklama yaptı.", "PER:albin-kurti"),
])
def test_a_new_office_holder_is_linked_by_name(lang, text, actor):
    found = {m.actor_id for m in code_text(text, lang, date(2025, 6, 1))[1] if m.actor_id}
    assert actor in found
