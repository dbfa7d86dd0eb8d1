"""`wirewatch dates`: rows of a file's date expressions."""

import pytest

from wirewatch.time.report import file_dates, parse_anchor


def test_parse_anchor():
    assert parse_anchor(None) is None
    assert parse_anchor("2022-11-20").basis == "stated"
    with pytest.raises(ValueError):
        parse_anchor("2022-13-20")


def test_file_dates_with_and_without_anchor(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("Kremlin\n14 Nov 2022 04:42\nPutin menelepon Raisi pada hari Sabtu (12/11). "
                 "Pekan lalu menteri datang.\n", encoding="utf-8")
    rows = file_dates(f, "id")
    assert [(r["text"], r["value"]) for r in rows] == [
        ("14 Nov 2022", "2022-11-14"), ("Sabtu (12/11)", "2022-11-12"), ("Pekan lalu", "2022-W45")]
    assert set(rows[0]) == {"start", "end", "text", "value", "precision", "relative"}
    rows = file_dates(f, "id", "2022-11-25")
    assert rows[2]["value"] == "2022-W46"
