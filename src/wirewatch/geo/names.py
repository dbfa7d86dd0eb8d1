"""The English name a report's reader expects for a place: the news spelling of a city, and
for a venue inside a city the city itself (SCHEMA: `place` is the city or site; a meeting
"at Palazzo Chigi" or "at the Élysée" took place in Rome or Paris)."""

from __future__ import annotations

import math
import re
import tomllib
from functools import cache
from importlib import resources

from wirewatch.geo.gazetteer import Place, load_gazetteer

SOFT_SIGN = re.compile(r"[’'](?=\s|-|$)")  # "Ryazan’", "Tver’", not "Xi’an"
METROPOLIS = 500_000  # a capital or a city this big spreads SEAT_RADIUS_KM from its centre
SEAT_RADIUS_KM = 12.0
TOWN = 150_000  # a smaller city (not a district of a metropolis) reaches TOWN_RADIUS_KM
TOWN_RADIUS_KM = 3.0


def english_place(place: Place) -> str:
    """The place's name as a report in English gives it."""
    if place.kind == "venue":
        return _city_of_venue(place.name, place.country, place.lat, place.lon) or place.name
    return _news_name(place.name)


def _news_name(name: str) -> str:
    """The news spelling: the curated one, else GeoNames' less the apostrophes that mark a
    Russian soft sign ("Ryazan’" is Ryazan in a report)."""
    return _news_names().get(name) or SOFT_SIGN.sub("", name)


@cache
def _news_names() -> dict[str, str]:
    text = resources.files("wirewatch.geo").joinpath("data/english_names.toml").read_text("utf-8")
    return tomllib.loads(text)["names"]


@cache
def _city_of_venue(name: str, country: str, lat: float | None, lon: float | None) -> str | None:
    """The most populous city of the venue's country whose area holds it (the city, not
    one of its districts); None for a site out of town (Camp David, Mar-a-Lago)."""
    if lat is None or lon is None:
        return None
    near = [city for city in load_gazetteer().cities_of(country)
            if _km(lat, lon, city.lat, city.lon) <= _reach(city)]
    if not near:
        return None
    best = max(near, key=lambda city: (city.kind == "capital", city.population))
    return _news_name(best.name)


def _reach(city: Place) -> float:
    """How far from its centre (km) a city still holds a venue."""
    if city.kind == "capital" or city.population >= METROPOLIS:
        return SEAT_RADIUS_KM
    return TOWN_RADIUS_KM if city.population >= TOWN else 0.0


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Equirectangular distance: exact enough within a city."""
    x = math.radians(lon2 - lon1) * math.cos(math.radians((lat1 + lat2) / 2))
    y = math.radians(lat2 - lat1)
    return 6371.0 * math.hypot(x, y)
