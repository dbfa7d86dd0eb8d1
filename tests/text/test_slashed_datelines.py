"""Datelines closed by an agency in slashes, and datelines on a line of their own: the place
there is where the report was filed, so it is no actor and sets the scene (text/clean.py)."""

from wirewatch.text.clean import dateline_spans

LEAD_AR = ("استقبل وزير الخارجية اليوم نظيره الأردني في مقر الوزارة وبحث الجانبان "
           "العلاقات الثنائية والأوضاع في المنطقة.")


def _spanned(text: str) -> list[str]:
    return [text[a:b].strip() for a, b in dateline_spans(text)]


def test_arabic_dateline_on_a_line_of_its_own():
    text = f"مباحثات مصرية أردنية\nالقاهرة في 3 مارس /أ ش أ/\n{LEAD_AR}\n"
    assert _spanned(text) == ["القاهرة في 3 مارس /أ ش أ/"]


def test_arabic_dateline_before_its_lead():
    text = f"القاهرة في 3 مارس /أ ش أ/ {LEAD_AR}"
    assert _spanned(text) == ["القاهرة في 3 مارس /أ ش أ/"]


def test_tass_dateline_closed_by_a_full_stop():
    text = ("КАЗАНЬ, 4 марта. /ТАСС/. Глава МИД России провел переговоры с коллегой из Казахстана "
            "и обсудил с ним вопросы транзита.")
    assert _spanned(text) == ["КАЗАНЬ, 4 марта. /ТАСС/."]


def test_bracketed_agency_over_its_lead():
    text = ("Surabaya, 2 Juni 2024 (ANTARA) -\nMenteri Luar Negeri menerima kunjungan duta besar "
            "Jepang untuk membahas kerja sama perdagangan.")
    assert _spanned(text) == ["Surabaya, 2 Juni 2024 (ANTARA) -"]


def test_fractions_and_short_headlines_are_no_datelines():
    assert dateline_spans("The vote 2/3 of all members/ backed the plan to widen the port "
                          "and to build a new terminal.") == []
    assert dateline_spans("Mesir - Yordania\nMenteri Luar Negeri menerima kunjungan duta besar "
                          "Jepang untuk membahas kerja sama perdagangan.") == []
