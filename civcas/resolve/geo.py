"""Great-circle distance between two places, for the resolver's place match.

Stop-gap: the gazetteer (`civcas.gazetteer.distance_km`) owns distances once it exists; this tiny
haversine is here so that resolution does not wait for it. Switch the import in `match.py` then.
"""
from __future__ import annotations

from math import asin, cos, radians, sin, sqrt

from ..models import Place

EARTH_RADIUS_KM = 6371.0088


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = radians(lat1), radians(lat2)
    dp, dl = p2 - p1, radians(lon2 - lon1)
    h = sin(dp / 2) ** 2 + cos(p1) * cos(p2) * sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * asin(min(1.0, sqrt(h)))


def distance_km(a: Place, b: Place) -> float | None:
    """Kilometres between two places, or None when either has no coordinates."""
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return None
    return haversine_km(a.lat, a.lon, b.lat, b.lon)
