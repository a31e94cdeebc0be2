"""Normalising what claims say so that two spellings of one thing compare equal: partial ISO dates
to day ranges, place and person names, target words to classes, and actors to their families
("Russian General Staff" and "Russian Ministry of Defence" are one party)."""
from __future__ import annotations

import calendar
import re
import unicodedata
from collections.abc import Iterable
from datetime import date
from functools import lru_cache

# ----------------------------------------------------------------------------------------- dates

_ISO = re.compile(r"^\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")


@lru_cache(maxsize=65536)
def day_bound(value: str | None, last: bool) -> int | None:
    """The first (or, with `last`, the last) day of a possibly partial ISO date, as an ordinal:
    "2017-03" is 1 to 31 March, "2014" the whole year. None for a missing or unreadable date."""
    if not value:
        return None
    m = _ISO.match(str(value))
    if not m:
        return None
    y, mo, d = int(m.group(1)), m.group(2), m.group(3)
    try:
        if d is not None:
            return date(y, int(mo), int(d)).toordinal()
        if mo is not None:
            month = int(mo)
            day = calendar.monthrange(y, month)[1] if last else 1
            return date(y, month, day).toordinal()
        return date(y, 12, 31).toordinal() if last else date(y, 1, 1).toordinal()
    except ValueError:
        return None


def day_range(start: str | None, end: str | None) -> tuple[int | None, int | None]:
    """A claim's known days as (lo, hi) ordinals; either side None when not stated. A claim with
    only a start covers that start's own span ("2017-03-17" is one day, "2017-03" a month)."""
    lo = day_bound(start, False)
    hi = day_bound(end, True) if end else day_bound(start, True)
    if lo is not None and hi is not None and lo > hi:
        lo, hi = hi, lo
    return lo, hi


def iso_day(ordinal: int) -> str:
    return date.fromordinal(ordinal).isoformat()


# ----------------------------------------------------------------------------------------- names

_NON_ALNUM = re.compile(r"[^0-9a-z]+")
# Arabic articles and English "the" lead many spellings of one place: al-Jadida, Jadida
_LEADING_ARTICLES = frozenset({"al", "el", "ad", "ar", "as", "an", "at", "az", "ash", "the"})


@lru_cache(maxsize=65536)
def fold(text: str | None) -> str:
    """Lower case, no accents, words separated by single spaces ("U.S." becomes "us")."""
    if not text:
        return ""
    t = unicodedata.normalize("NFKD", text)
    t = "".join(ch for ch in t if not unicodedata.combining(ch)).lower()
    t = t.replace("u.s.", "us").replace("u.s", "us").replace("u.k.", "uk")
    return _NON_ALNUM.sub(" ", t).strip()


@lru_cache(maxsize=65536)
def place_key(name: str | None) -> str:
    """A place name for comparison: folded, without a leading article."""
    words = fold(name).split()
    while len(words) > 1 and words[0] in _LEADING_ARTICLES:
        words = words[1:]
    # "Bastrop County" and the town of Bastrop are one place to a report that names either
    if len(words) > 1 and words[-1] in ("county", "parish", "borough", "township"):
        words = words[:-1]
    return " ".join(words)


_KUNYA = frozenset({"abu", "abo", "abou", "um", "umm", "om", "omm"})


_GENERATION = frozenset({"jr", "sr", "ii", "iii", "iv"})
_POSSESSIVE = re.compile(r"['’]s?$")


def person_key(name: str) -> str | None:
    """A victim's name for comparison; None for a single word, too common to identify anyone, or
    for words that are no name ("to again triaged": a name's first and last words are capitalised)."""
    words = _POSSESSIVE.sub("", name.strip()).split()  # "Senquez Jackson's death": his name
    if not words or not (words[0][:1].isupper() and words[-1].split("-")[-1][:1].isupper()):
        return None  # ("Shuruq al-Naqla" is a name)
    k = fold(" ".join(words))
    parts = k.split()
    while len(parts) > 2 and parts[-1] in _GENERATION:
        parts.pop()  # "Lavontay White Jr." is the Lavontay White of another report
    if len(parts) > 2:
        # "Herbert N. Lattin" is the Herbert Lattin of another report
        parts = [parts[0], *(w for w in parts[1:-1] if len(w) > 1), parts[-1]]
    k = " ".join(parts)
    if parts and parts[0] in _KUNYA and (len(parts) == 2 or len(parts) == 3 and parts[1] in ("al", "el")):
        return None  # "Abu Musab", "Umm Wadee", "Abu al-Abd": what many are called, not who one is
    return k if len(parts) >= 2 else None


# a street address as reporters write it: "650 Bakers Bridge Ave.", "the 600 block of Bakers Bridge
# Avenue", "N. George Bush Freeway"
_STREET_WORDS = {"st": "street", "ave": "avenue", "av": "avenue", "rd": "road", "dr": "drive", "ln": "lane",
                 "blvd": "boulevard", "ct": "court", "hwy": "highway", "pkwy": "parkway", "pl": "place",
                 "ter": "terrace", "cir": "circle", "fwy": "freeway", "expy": "expressway"}
_NAME_WORDS = {"mt": "mount", "ft": "fort", "st": "saint"}  # within a street's name, not at its end
_STREET_END = frozenset({*_STREET_WORDS.values(), "way", "trail", "pike"})
_COMPASS = {"n": "north", "s": "south", "e": "east", "w": "west"}
_HOUSE = re.compile(r"^\s*(?:the\s+)?(\d{1,6})(?:\s+|-(?=block))(?:block\s+of\s+)?(.*)$", re.I)


_CORNER = re.compile(r"(.+?)\s+(?:and|&)\s+(.+?)\s+(?:streets|avenues|roads|boulevards|drives|lanes)"
                     r"|(.+?\s\S+)\s+(?:and|&)\s+(.+?\s\S+)", re.I)


def _street_core(words: list[str]) -> str:
    """"West Sylvania", "Sylvania Avenue": the name a street goes by however written."""
    words = [w for w in words if w not in _STREET_END and w not in _STREET_WORDS]
    core = [w for w in words if w not in _COMPASS and w not in _COMPASS.values()]
    return " ".join(core or words)


def address_keys(name: str) -> tuple[str, ...]:
    """Keys of a street address: its street ("bakers bridge avenue", abbreviations spelled out),
    and, where a house number or block is given, the street with its hundred block ("600 bakers
    bridge avenue" for both "650 Bakers Bridge Ave." and "the 600 block of Bakers Bridge Avenue");
    of a corner, the two streets ("corner hazelhurst sylvania" for "West Sylvania and Hazelhurst
    avenues" and "Hazelhurst Avenue and Sylvania Avenue"). Nothing for what is no street address."""
    corner = _CORNER.fullmatch(name)
    if corner and not name[:1].isdigit() or corner and re.match(r"\d{1,3}(?:st|nd|rd|th)\b", name):
        a, b = (g for g in corner.groups() if g is not None)
        wa, wb = fold(a).split(), fold(b).split()
        if corner.group(1) is not None or (wa and wb and _STREET_WORDS.get(wa[-1], wa[-1]) in _STREET_END
                                           and _STREET_WORDS.get(wb[-1], wb[-1]) in _STREET_END):
            ka, kb = _street_core(wa), _street_core(wb)
            if ka and kb and ka != kb:
                return (f"corner {' '.join(sorted((ka, kb)))}",)
    m = _HOUSE.match(name)
    number, street = (int(m.group(1)), m.group(2)) if m else (None, name)
    words = fold(street).split()
    if words and words[0] == "the":
        words = words[1:]
    # (the last word is the street's kind; "Mt. Pleasant Street" is "Mount Pleasant Street")
    words = [_STREET_WORDS.get(w, w) if i == len(words) - 1 or w not in _NAME_WORDS else _NAME_WORDS[w]
             for i, w in enumerate(words)]
    if len(words) >= 2 and words[0] in _COMPASS:
        words[0] = _COMPASS[words[0]]
    block = f"{number // 100 * 100} " if number is not None else ""
    if words and words[-1] not in _STREET_END and m and re.search(r"\bblock\s+of\b", name, re.I):
        return (block + " ".join(words),)   # "the 11600 block of S. Bishop": the block alone
    if len(words) < 2 or words[-1] not in _STREET_END:
        return ()
    key = " ".join(words)
    # ("11600 South Bishop Street" is in the block of "the 11600 block of S. Bishop")
    return (key,) if number is None else (key, block + key, block + " ".join(words[:-1]))


_VOWELS = re.compile(r"[aeiouy]+")
_SAME_SOUND = str.maketrans({"c": "k", "q": "k", "z": "s"})


@lru_cache(maxsize=65536)
def spelled_alike(key: str) -> str:
    """A person key whose first name is reduced to how it sounds: its consonants, in order, with
    each run of vowels a gap, c, k and q one letter and s and z another. Reporters spell a first
    name by ear ("Erica" and "Erika", "Jovan" and "Javon", "Izaak" and "Isaak"), rarely the
    surname; "Mohammed" and "Mahmoud" keep their vowels' places, so they stay apart."""
    first, _, rest = key.partition(" ")
    if not rest or not first.isalpha() or len(first) < 4:
        return key  # "Joe", "Ann": too short to tell a misspelling from another name
    tail = _VOWELS.sub("_", first[1:].translate(_SAME_SOUND).replace("ph", "f"))
    tail = re.sub(r"(.)\1+", r"\1", tail)  # "Mohammed" and "Mohamed"
    return f"{first[0]}{tail} {rest}"


# how a shooting came about, in words reports of it share: two reports of a hunting accident in
# one small town on one weekend tell of one accident
_CIRCUMSTANCES = {
    "hunting": re.compile(r"\bhunt(?:ing|er|ers)\b", re.I),
    "murder-suicide": re.compile(r"\bmurder[- /]suicide\b", re.I),
    "road rage": re.compile(r"\broad[- ]rage\b", re.I),
    "home invasion": re.compile(r"\bhome[- ]invasion\b", re.I),
    "accidental": re.compile(r"\baccident(?:al|ally)\b|\bhunting accident\b", re.I),
    "drive-by": re.compile(r"\bdrive[- ]by\b", re.I),
    # "a shooting at a high school party": a party shot at is one in a town that weekend
    "party": re.compile(r"\b(?:at|during|outside|after)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?part(?:y|ies)\b", re.I),
    # police shot the man: a few a year in a city, rarely two in one neighbourhood on one day
    "police shooting": re.compile(
        r"\b(?:killed|shot|wounded|gunned down)\s+by\s+(?:an?\s+|the\s+)?(?:police|officers?|cops?|deputies|deputy|"
        r"troopers?|nypd|lapd)\b|\b(?:police|officers|cops|deputies|troopers)\s+(?:fatally\s+)?(?:shot|kill(?:ed)?)\b|"
        r"\b(?:officer|police|deputy)[- ]involved\b|\b(?:exchang\w+|trad\w+)\s+gunfire\s+with\s+(?:police|officers|cops|"
        r"deputies|troopers)\b|\bpolice\s+shooting\b", re.I),
}


def circumstance_keys(texts: Iterable[str]) -> frozenset[str]:
    """How the shooting came about, as the claim's words tell it ("a hunting accident")."""
    joined = " ".join(t for t in texts if t)
    return frozenset(k for k, rx in _CIRCUMSTANCES.items() if rx.search(joined))


_FAMILY = re.compile(r"\b((?:(?:[Aa]l|[Ee]l|Abu|Abo|Bin|Ibn)[- ])?[A-Z][\w'’]+(?:[- ](?:[Aa]l-)?[A-Z][\w'’]+)?)"
                     r"(?:\s+famil(?:y|ies)|['’]s\s+family\s+home)\b")
_NOT_FAMILY = frozenset({"the", "a", "his", "her", "their", "same", "entire", "whole", "extended", "royal",
                         "one", "another", "local", "palestinian", "israeli", "gaza", "this", "that",
                         # "the Police Department family": a workplace, no kin
                         "police", "department", "office", "school", "university", "church", "community", "our"})
_FAMILY_PREFIX = re.compile(r"^(?:al|el)[- ]", re.I)


def family_keys(texts: Iterable[str], victims: Iterable[str] = ()) -> frozenset[str]:
    """The families a claim's words name: "the Younis family", "the home of the Abu Shamala
    family", and the surnames of its named dead ("Shuruq al-Naqla" is of the Naqla family)."""
    out = set()
    for t in texts:
        for m in _FAMILY.finditer(t or ""):
            if m.group(1).isupper():
                continue  # "the KDPS family", "our NYPD family": a police force's, no kin
            if re.search(r"['’]s$", m.group(1)):
                continue  # "Devon's family members": a person's kin, by his given name as often
            k = _family_key(m.group(1))
            if k:
                out.add(k)
    for v in victims:
        words = fold(v).split()
        if len(words) >= 2:
            k = _family_key(words[-1] if not words[-2] in ("abu", "abo", "bin", "ibn") else " ".join(words[-2:]))
            if k:
                out.add(k)
    return frozenset(out)


def _family_key(name: str) -> str | None:
    k = _FAMILY_PREFIX.sub("", fold(name)).replace("-", " ").strip()
    if not k or k in _NOT_FAMILY or k.split()[0] in _NOT_FAMILY:
        return None
    return k


# ------------------------------------------------------------------------------------------ ages

_AGE_WORDS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen".split())}
_AGE_NUM = r"(\d{1,3}|" + "|".join(sorted(_AGE_WORDS, key=len, reverse=True)) + r")"
_MALE = r"boy|son|man|male|brother|father|dad|husband|grandfather|nephew|teenage boy|stepson"
_FEMALE = r"girl|daughter|woman|female|sister|mother|mom|wife|grandmother|niece|teenage girl|stepdaughter"
_PERSON = _MALE + "|" + _FEMALE + r"|child|toddler|teen|teenager|infant|baby|student|victim|youth|kid|person"
# "a 4-year-old girl", "aged 15", "a boy, 4," "Joseph Horn, 48,": the ages of the people a report
# is about (victims and suspects alike: either identifies the event)
_AGE = re.compile(
    r"\b" + _AGE_NUM + r"[- ](year|month|week)s?[- ]old(?:\s+(" + _PERSON + r"))?\b"
    r"|\b(" + _PERSON + r"),?\s+(?:aged\s+)?(\d{1,2})\b(?=\s*[,;)]|\s+(?:was|is|died|dies|who|had|has)\b)"
    r"|\b(?-i:[A-Z][a-z]+),\s+(?:then\s+)?(\d{1,2})(?=,|\.(?:\s|$)|\s+(?:after|before|when|while|who|whose)\b)"
    r"|\baged\s+(\d{1,2})\b", re.I)


# "ages 15 and 16", "aged 15, 16 and 17", "19- and 26-year-old men": several ages told at once
_AGE_LIST = re.compile(r"\bage[sd]\s+(\d{1,2}(?:(?:,\s*|,?\s+and\s+)\d{1,2})+)\b"
                       r"|\b((?:\d{1,2}-,?\s+)+and\s+\d{1,2})-years?-old", re.I)


def ages_of(texts: Iterable[str]) -> frozenset[tuple[int, str]]:
    """The ages of the people a claim's words describe, each with "m", "f" or "" for the sex the
    same words give: {(4, "f")} for "a 4-year-old girl". Babies of months or weeks are 0."""
    out = set()
    for t in texts:
        for m in _AGE.finditer(t or ""):
            num, unit, who, who2, num2, num3, num4 = m.groups()
            if num is not None:
                n = int(num) if num.isdigit() else _AGE_WORDS[num.lower()]
                age = n if unit.lower() == "year" else 0
            else:
                age, who = int(num2 or num3 or num4), who2
            if age > 110:
                continue
            out.add((age, _sex(who)))
        for m in _AGE_LIST.finditer(t or ""):
            out.update((int(n), "") for n in re.findall(r"\d+", m.group(1) or m.group(2)) if int(n) <= 110)
    # "the 18-year-old" and "his 18-year-old brother": one person, so one age of a man
    return frozenset((a, x) for a, x in out if x or not ((a, "m") in out or (a, "f") in out))


def _sex(word: str | None) -> str:
    if not word:
        return ""
    w = word.lower()
    if re.fullmatch(_MALE, w):
        return "m"
    if re.fullmatch(_FEMALE, w):
        return "f"
    return ""


def shared_ages(a: frozenset[tuple[int, str]], b: frozenset[tuple[int, str]]) -> list[int]:
    """The ages both describe, where the sexes they give (if any) agree."""
    return sorted({x for x, sx in a for y, sy in b if x == y and (not sx or not sy or sx == sy)})


# --------------------------------------------------------------------------------------- targets

# Target words grouped into classes; "residential" is too common to tell two events apart, so it
# is neither evidence of one event nor of two.
_TARGET_CLASSES = (
    ("medical", ("hospital", "clinic", "medical", "health", "ambulance", "pharmacy")),
    ("school", ("school", "kindergarten", "university", "college", "academy")),
    ("worship", ("mosque", "church", "shrine", "temple", "synagogue")),
    ("market", ("market", "bazaar", "souk", "shop")),
    ("bakery", ("bakery", "bread")),
    ("camp", ("camp", "displaced", "idp")),
    ("shelter", ("shelter",)),
    ("funeral", ("funeral", "mourner", "wedding")),
    ("vehicle", ("car", "bus", "vehicle", "convoy", "truck", "minibus")),
    ("infrastructure", ("bridge", "power", "water", "electricity", "plant", "station")),
    ("residential", ("residential", "home", "house", "building", "apartment", "flat", "tower")),
)


@lru_cache(maxsize=4096)
def target_class(word: str) -> str:
    w = fold(word)
    for cls, stems in _TARGET_CLASSES:
        if any(s in w for s in stems):
            return cls
    return w


# too common where the fighting is to tell two events apart: homes, cars, camps of the displaced
COMMON_TARGETS = frozenset({"residential", "vehicle", "camp"})


def specific_targets(targets: tuple[str, ...]) -> frozenset[str]:
    """The target classes that can tell two events apart (all but homes, cars and camps)."""
    return frozenset(c for c in map(target_class, targets) if c and c not in COMMON_TARGETS)


# ---------------------------------------------------------------------------------------- actors

# (family, label, pattern). The earliest match in the text wins, so "Saudi-led coalition" is Saudi
# and "US-led coalition against Islamic State" is the US: a name states its own party first.
_FAMILIES = (
    ("us", "US-led coalition", r"us|usa|united states|americans?|america|pentagon|cjtf(?: oir)?|"
     r"centcom|coalition|inherent resolve|department of defen[cs]e|dod|us led"),
    ("russia", "Russia", r"russia|russian|moscow|kremlin|rudskoi|rudskoy|konashenkov"),
    ("syria_gov", "Syrian government",
     r"syrian (?:government|regime|army|arab army|military|air force|forces|troops|state)|"
     r"regime|assad|saa"),
    ("israel", "Israel", r"israel|israeli|idf|zionist|israel defen[cs]e forces"),
    ("isis", "Islamic State", r"islamic state|isis|isil|daesh|daish"),
    ("turkey", "Turkey", r"turkey|turkish|turkiye|ankara"),
    ("iran", "Iran", r"iran|iranian|irgc|revolutionary guards?"),
    ("hezbollah", "Hezbollah", r"hezbollah|hizbollah|hizballah"),
    ("hamas", "Hamas", r"hamas|qassam"),
    ("pij", "Palestinian Islamic Jihad", r"islamic jihad|al quds brigades?"),
    ("sdf", "SDF/YPG", r"sdf|ypg|ypj|pkk|syrian democratic forces"),
    ("iraq_gov", "Iraqi government",
     r"iraqi (?:government|army|forces|security forces|military|air force|troops|police|"
     r"federal police)|isf|counter terrorism service"),
    ("pmf", "Popular Mobilisation Forces", r"popular mobili[sz]ation|pmf|pmu|hashd"),
    ("hts", "Hayat Tahrir al-Sham", r"hayat tahrir|tahrir al sham|hts|nusra"),
    ("ukraine", "Ukraine", r"ukraine|ukrainian|kyiv|kiev"),
    ("saudi", "Saudi-led coalition", r"saudi|arab coalition"),
    ("houthi", "Houthis", r"houthis?|ansar allah"),
    ("taliban", "Taliban", r"taliban"),
    # monitors, so that "SOHR" and "Syrian Observatory for Human Rights" are one source
    ("sohr", "Syrian Observatory for Human Rights", r"sohr|syrian observatory"),
    ("airwars", "Airwars", r"airwars"),
    ("ibc", "Iraq Body Count", r"iraq body count|ibc"),
    ("white_helmets", "White Helmets", r"white helmets|syria civil defen[cs]e|syrian civil defen[cs]e"),
)
_FAMILY_RE = [(fam, re.compile(r"\b(?:" + pat + r")\b")) for fam, _, pat in _FAMILIES]
FAMILY_LABELS = {fam: label for fam, label, _ in _FAMILIES}


@lru_cache(maxsize=65536)
def actor_family(name: str | None) -> str | None:
    """The party an actor's name belongs to ("Russian MoD" -> "russia"), or None if none applies."""
    text = fold(name)
    if not text:
        return None
    best: tuple[int, int, str] | None = None
    for order, (fam, rx) in enumerate(_FAMILY_RE):
        m = rx.search(text)
        if m and (best is None or (m.start(), order) < best[:2]):
            best = (m.start(), order, fam)
    return best[2] if best else None


@lru_cache(maxsize=65536)
def actor_key(name: str | None) -> str | None:
    """An actor for comparison: its family when one applies, else its folded name."""
    if not name:
        return None
    return actor_family(name) or fold(name) or None


def actor_label(key: str) -> str:
    return FAMILY_LABELS.get(key, key)
