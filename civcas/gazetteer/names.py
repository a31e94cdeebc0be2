"""Name keys for the place index: case, diacritics, Arabic articles and spelling folded away."""
from __future__ import annotations

import os
import re
import unicodedata
from functools import lru_cache
from importlib import resources

# Letters that NFKD does not decompose, and the marks that transliterations of Arabic put for
# ayn and hamza ("Ma'arrat", "Tall ‘Afar"): dropped, since English news rarely writes them.
_TRANSLATE = str.maketrans({
    "ʿ": "", "ʾ": "", "‘": "", "’": "", "'": "", "`": "", "ʻ": "", "ʼ": "", "´": "", "ʹ": "",
    "ı": "i", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "ß": "ss", "đ": "d", "Đ": "D", "æ": "ae",
    "Æ": "AE", "œ": "oe", "Œ": "OE", "þ": "th", "ð": "d", "ħ": "h", "ƒ": "f", "ə": "a", "Ə": "A",
})
# after NFKD only ASCII and combining marks should remain; anything else is another script
_OTHER_SCRIPT = re.compile(r"[^\x00-\x7f\u0300-\u036f]")
_NON_ALNUM = re.compile(r"[^a-z0-9]+")

# Arabic definite articles as transliterations write them ("al-", "el-", "ad-", "ar-", "ez-"...):
# "Dayr al-Zawr", "Deir ez-Zor" and "Dayr az Zawr" must share one key. Spanish "El" goes too
# ("El Paso" -> "paso"), which costs little since keys only collide with other place names.
ARTICLES = frozenset("al el ad ar as ash at az an adh ath ez es ed er en".split())

# Words that, after a place name, say what kind of place it is: "Nineveh province", "Jabalia
# camp". Each maps to the precisions it may mean, so "Raqqa province" finds the governorate.
DESIGNATORS = {
    "governorate": ("governorate",), "province": ("governorate",), "provinces": ("governorate",),
    "state": ("governorate",), "region": ("governorate", "region", "district"),
    "city": ("town",), "town": ("town",), "village": ("town",), "hamlet": ("town",),
    "camp": ("town", "neighbourhood"), "refugee camp": ("town", "neighbourhood"),
    "district": ("district", "neighbourhood", "town"),
    "neighbourhood": ("neighbourhood", "district"),
    "neighborhood": ("neighbourhood", "district"), "quarter": ("neighbourhood", "district"),
    "area": ("neighbourhood", "district", "town"), "suburb": ("neighbourhood", "district"),
    "municipality": ("town",), "sub district": ("district", "town"),
    "subdistrict": ("district", "town"),
    "countryside": ("governorate", "district"),
}

# "the Iraqi Nineveh Governorate", "the Syrian city of Raqqa": a country said by its adjective
# short names US news gives its cities, as written ("KCK police", "a NOLA bar"): the name they stand for
CITY_SHORT_NAMES = {"NYC": "New York City", "KCK": "Kansas City, Kansas", "KCMO": "Kansas City, Missouri",
                    "NOLA": "New Orleans", "OKC": "Oklahoma City"}

DEMONYMS = {"iraqi": "IQ", "syrian": "SY", "lebanese": "LB", "yemeni": "YE", "afghan": "AF",
            "palestinian": "PS", "israeli": "IL", "turkish": "TR", "iranian": "IR",
            "jordanian": "JO", "egyptian": "EG", "libyan": "LY", "saudi": "SA", "russian": "RU",
            "ukrainian": "UA", "american": "US", "british": "GB", "french": "FR"}

# compass words -> bearing in degrees; adjectives ("northern") too, for "northern Iraq"
_POINTS = {"north": 0.0, "east": 90.0, "south": 180.0, "west": 270.0}
BEARINGS: dict[str, float] = {}
for _a, _da in _POINTS.items():
    BEARINGS[_a] = BEARINGS[_a + "ern"] = BEARINGS[_a[0]] = _da
for _a in ("north", "south"):
    for _b in ("east", "west"):
        _d = (_POINTS[_a] + _POINTS[_b]) / 2 if (_a, _b) != ("north", "west") else 315.0
        for _form in (f"{_a}{_b}", f"{_a}-{_b}", f"{_a} {_b}", f"{_a}{_b}ern", f"{_a}-{_b}ern",
                      f"{_a} {_b}ern", f"{_a[0]}{_b[0]}"):
            BEARINGS[_form] = _d
for _form, _d in (("nne", 22.5), ("ene", 67.5), ("ese", 112.5), ("sse", 157.5), ("ssw", 202.5),
                  ("wsw", 247.5), ("wnw", 292.5), ("nnw", 337.5)):
    BEARINGS[_form] = _d

# the word a derived place is named with: "southern Mosul", "north-eastern Syria"
ADJECTIVES = {0.0: "northern", 45.0: "north-eastern", 90.0: "eastern", 135.0: "south-eastern",
              180.0: "southern", 225.0: "south-western", 270.0: "western", 315.0: "north-western"}
NOUNS = {0.0: "north", 22.5: "north-north-east", 45.0: "north-east", 67.5: "east-north-east",
         90.0: "east", 112.5: "east-south-east", 135.0: "south-east", 157.5: "south-south-east",
         180.0: "south", 202.5: "south-south-west", 225.0: "south-west", 247.5: "west-south-west",
         270.0: "west", 292.5: "west-north-west", 315.0: "north-west", 337.5: "north-north-west"}

# "northern Mosul", "north-east Syria", "NW Albuquerque"; "the eastern part of Aleppo" is left to the extractor
_DIRECTION = re.compile(
    r"^(?:the\s+)?((?:north|south)[\s-]?(?:east|west)(?:ern)?|(?:north|south|east|west)(?:ern)?"
    r"|central|[ns][ew])\s+(.+)$")  # "NW Albuquerque": a local paper's abbreviation


@lru_cache(maxsize=65536)
def fold(text: str) -> str | None:
    """Lower-case ASCII form of a name, or None when it is written in another script."""
    s = text.translate(_TRANSLATE)
    if not s.isascii():
        s = unicodedata.normalize("NFKD", s)
        if _OTHER_SCRIPT.search(s):
            return None
        s = s.encode("ascii", "ignore").decode("ascii")
    return s.lower()


def key(text: str) -> str | None:
    """The index key of a name: folded, punctuation to spaces, Arabic articles dropped.

    "Dayr al-Zawr" -> "dayr zawr", "Al Mawşil" -> "mawsil", "N.C." -> "n c"."""
    return _key(text)


@lru_cache(maxsize=65536)
def _key(text: str) -> str | None:
    return fast_key(text)


# "St. Louis" and "Saint Louis", "Mt. Vernon" and "Mount Vernon" are written both ways
_ABBREVIATED = {"st": "saint", "ste": "sainte", "ft": "fort", "mt": "mount", "pt": "port"}


def fast_key(text: str) -> str | None:
    """`key` without its cache, for the bulk build (which sees each name once)."""
    if text.isascii():
        s = text.replace("'", "").replace("`", "") if ("'" in text or "`" in text) else text
    else:
        s = text.translate(_TRANSLATE)
    if not s.isascii():
        s = unicodedata.normalize("NFKD", s)
        if _OTHER_SCRIPT.search(s):
            return None
        s = s.encode("ascii", "ignore").decode("ascii")
    s = s.lower()
    if s.isalpha():
        return s
    toks = [t for t in _NON_ALNUM.split(s) if t]
    if len(toks) > 1:
        toks = [t for t in toks if t not in ARTICLES] or toks
        if toks[0] in _ABBREVIATED:
            toks[0] = _ABBREVIATED[toks[0]]
    return " ".join(toks) or None


_SKEL_H = re.compile(r"(?<=[^aeiou])h|h$")
_SKEL_VOWELS = re.compile(r"[aeiouyw]")
_SKEL_DOUBLE = re.compile(r"(.)\1+")


def skeleton(k: str) -> str:
    """A spelling-tolerant key for transliterated names, used only as a fallback: consonants,
    with h after a consonant, vowels, w and y dropped, q/c as k, doubles collapsed.

    "deir zor", "dayr zawr", "deir ezzor" -> "drzr"; "raqqa", "raqqah", "rakka" -> "rk"."""
    s = k.replace(" ", "").replace("dj", "j")
    s = _SKEL_H.sub("", s)
    s = _SKEL_VOWELS.sub("", s).replace("q", "k").replace("c", "k")
    return _SKEL_DOUBLE.sub(r"\1", s)


def close_spelling(a: str, b: str) -> bool:
    """Whether two keys that share a skeleton are plausibly one name: same first letter and at
    most a quarter of the letters edited. Skeletons alone make "Chinese" of Khan Younis."""
    a, b = a.replace(" ", ""), b.replace(" ", "")
    if not a or not b or a[0] != b[0]:
        return False
    limit = max(1, int(0.25 * max(len(a), len(b))))
    if abs(len(a) - len(b)) > limit:
        return False
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        if min(cur) > limit:
            return False
        prev = cur
    return prev[-1] <= limit


def split_direction(k: str) -> tuple[float | None, str] | None:
    """("southern mosul") -> (180.0, "mosul"); "central gaza" -> (None, "gaza"); else None."""
    m = _DIRECTION.match(k)
    if not m:
        return None
    word = m.group(1)
    return (None if word == "central" else BEARINGS[word], m.group(2))


# ... and words before it: "Qada' al-Mawsil" (Arabic "district of"), "the city of Mosul"
PREFIX_DESIGNATORS = {
    "qada": ("district", "town"), "qadha": ("district", "town"), "nahiyat": ("town", "district"),
    "nahiya": ("town", "district"), "nahiyah": ("town", "district"),
    "muhafazat": ("governorate",), "muhafazah": ("governorate",), "muhafaza": ("governorate",),
    "hay": ("neighbourhood", "district"), "hayy": ("neighbourhood", "district"),
    "mukhayyam": ("town", "neighbourhood"), "mukhayam": ("town", "neighbourhood"),
    "city of": ("town",), "town of": ("town",), "village of": ("town",),
    "province of": ("governorate",), "governorate of": ("governorate",),
    "district of": ("district", "neighbourhood", "town"), "region of": ("governorate", "region"),
}


def split_designator(k: str) -> tuple[str, tuple[str, ...]] | None:
    """("nineveh governorate") -> ("nineveh", ("governorate",)), ("qada mawsil") ->
    ("mawsil", ("district", "town")); None when there is none."""
    for d, kinds in DESIGNATORS.items():
        if k.endswith(" " + d) and len(k) > len(d) + 1:
            return k[: -len(d) - 1], kinds
    for d, kinds in PREFIX_DESIGNATORS.items():
        if k.startswith(d + " ") and len(k) > len(d) + 1:
            return k[len(d) + 1:], kinds
    return None


def bearing_degrees(bearing: str | float) -> float | None:
    """"east", "NE", "north-eastern", "south south west", 135 -> degrees clockwise from north."""
    if isinstance(bearing, (int, float)):
        return float(bearing) % 360
    b = bearing.strip().lower().rstrip(".")
    if b in BEARINGS:
        return BEARINGS[b]
    b = re.sub(r"[\s-]+", "", b)
    if b in BEARINGS:
        return BEARINGS[b]
    # "northnortheast" and friends: spelled-out three-letter points
    short = re.sub(r"north|south|east|west", lambda m: m.group(0)[0], b)
    if short in BEARINGS and short.isalpha() and len(short) <= 3:
        return BEARINGS[short]
    try:
        return float(b) % 360
    except ValueError:
        return None


def bearing_name(deg: float) -> str:
    """The nearest of sixteen compass points, as a noun: 90 -> "east", 45 -> "north-east"."""
    return NOUNS[round(deg / 22.5) % 16 * 22.5]


def adjective(deg: float | None) -> str:
    """The nearest of eight directions as an adjective, "central" for None."""
    if deg is None:
        return "central"
    return ADJECTIVES[round(deg / 45) % 8 * 45.0]


def data_text(name: str) -> str:
    """The text of one of the package's data files."""
    return resources.files("civcas.gazetteer").joinpath("data", name).read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    """Keys that never resolve to a place, however many towns carry the name: spaCy's English
    stop words plus our list of months, weekdays, titles and nouns that open news sentences."""
    own = [ln.strip().lower() for ln in data_text("stopwords.txt").splitlines()
           if ln.strip() and not ln.startswith("#")]
    return frozenset(k for w in (*_spacy_stop_words(), *own) if (k := key(w)))


def _spacy_stop_words() -> frozenset[str]:
    # `import spacy.lang.en.stop_words` first imports all of spaCy (~0.8 s); the module itself is a
    # plain set literal, so when spaCy is not loaded yet it is read on its own
    import sys
    if "spacy" in sys.modules:
        from spacy.lang.en.stop_words import STOP_WORDS
        return frozenset(STOP_WORDS)
    import importlib.util
    spec = importlib.util.find_spec("spacy")
    if spec is None or not spec.submodule_search_locations:
        return frozenset()
    path = os.path.join(list(spec.submodule_search_locations)[0], "lang", "en", "stop_words.py")
    try:
        namespace: dict = {}
        with open(path, encoding="utf-8") as f:
            exec(compile(f.read(), path, "exec"), namespace)
        return frozenset(namespace["STOP_WORDS"])
    except (OSError, KeyError, SyntaxError):
        from spacy.lang.en.stop_words import STOP_WORDS
        return frozenset(STOP_WORDS)
