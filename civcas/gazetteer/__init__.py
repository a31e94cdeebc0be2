"""The place index: GeoNames cities500, countries, admin1 and a curated conflict-zone gazetteer.

    >>> g = Gazetteer.default()
    >>> g.lookup("Dayr al-Zawr").name
    'Deir ez-Zor'
    >>> g.lookup("Rocky Mount", admin1="N.C.").admin1
    'North Carolina'
"""
from .geo import distance_km, offset
from .query import Gazetteer

__all__ = ["Gazetteer", "distance_km", "offset"]
