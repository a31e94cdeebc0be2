"""Distances and offsets on the sphere: "15 km east of Mosul", "southern Mosul", how far apart."""
from __future__ import annotations

import math
from dataclasses import replace

from ..models import Place
from .names import bearing_degrees, bearing_name

EARTH_KM = 6371.0088


def haversine(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = (math.sin((p2 - p1) / 2) ** 2
         + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2)
    return 2 * EARTH_KM * math.asin(min(1.0, math.sqrt(a)))


def destination(lat: float, lon: float, km: float, deg: float) -> tuple[float, float]:
    """The point `km` away from (lat, lon) on the bearing `deg` (clockwise from north)."""
    d, b = km / EARTH_KM, math.radians(deg)
    p1, l1 = math.radians(lat), math.radians(lon)
    p2 = math.asin(math.sin(p1) * math.cos(d) + math.cos(p1) * math.sin(d) * math.cos(b))
    l2 = l1 + math.atan2(math.sin(b) * math.sin(d) * math.cos(p1),
                         math.cos(d) - math.sin(p1) * math.sin(p2))
    lon2 = (math.degrees(l2) + 540.0) % 360.0 - 180.0
    return round(math.degrees(p2), 5), round(lon2, 5)


def distance_km(a: Place, b: Place) -> float | None:
    """Great-circle distance between two places; None when either has no coordinates."""
    if None in (a.lat, a.lon, b.lat, b.lon):
        return None
    return haversine(a.lat, a.lon, b.lat, b.lon)


def offset(place: Place, km: float, bearing: str | float) -> Place:
    """"15 km east of Mosul": the point moved, still named for its anchor, with precision "town",
    and the stated distance and direction kept in `offset_km` and `bearing`."""
    deg = bearing_degrees(bearing)
    if deg is None:
        raise ValueError(f"unknown bearing {bearing!r}: use a compass point such as 'east', "
                         f"'NE', 'south-west', or degrees clockwise from north")
    if place.lat is None or place.lon is None:
        lat = lon = None
    else:
        lat, lon = destination(place.lat, place.lon, float(km), deg)
    return replace(place, lat=lat, lon=lon, precision="town", geonameid=None,
                   offset_km=float(km), bearing=bearing_name(deg))
