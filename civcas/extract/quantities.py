"""The quantity grammar of SCHEMA.md: "over 60", "dozens", "between 529 and 744" as (min, max) ranges."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple


@dataclass(frozen=True)
class Quantity:
    """One quantity expression; `text` is `source[start:end]`, qualifier words included."""
    start: int
    end: int
    text: str
    min: int | None
    max: int | None
    qualifier: str | None   # "over", "at least", "up to", "about", "between", "dozens", ...
    vague: bool             # an indefinite word ("dozens", "several", "many"), not a stated number


# Matching runs on an ASCII-lowered copy of the text: case-sensitive alternations are several times
# faster in `re` than IGNORECASE ones, and lowering only A-Z keeps every offset.
_LOWER_ASCII = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")

# --- words -------------------------------------------------------------------------------------

_UNITS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen".split())}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60,
         "seventy": 70, "eighty": 80, "ninety": 90}
_SCALES = {"hundred": 100, "thousand": 1000, "million": 10**6, "billion": 10**9}
_NUMWORD = "|".join(sorted([*_UNITS, *_TENS, *_SCALES], key=len, reverse=True))
_W = rf"(?:{_NUMWORD})(?![\w])"
# a run of number words; "and" only after a scale word, so "one and two" stays two numbers
_SPELLED = (rf"(?:a\s+(?=(?:hundred|thousand|million|billion)\b))?{_W}"
            rf"(?:[\s-]+{_W}|(?:(?<=hundred)|(?<=thousand)|(?<=million)|(?<=billion))\s+and\s+{_W})*")

_SG = ("man woman child boy girl baby infant toddler teenager teen youth minor person civilian "
       "resident villager citizen journalist reporter photographer photojournalist cameraman "
       "correspondent soldier officer policeman policewoman trooper deputy militant fighter gunman "
       "insurgent jihadist member medic paramedic doctor nurse rescuer volunteer worker employee "
       "farmer shepherd fisherman student pupil teacher driver passerby passer-by pedestrian "
       "bystander father mother son daughter brother sister husband wife grandfather grandmother "
       "grandson granddaughter uncle aunt nephew niece cousin relative adult elder victim guard "
       "refugee patient worshipper shopper customer owner neighbour neighbor suspect shooter bomber "
       "attacker individual imam priest pilot contractor official patron clerk cashier homeowner partygoer "
       "hunter visitor tenant cyclist bicyclist motorcyclist jogger commuter spectator attendee firefighter").split()
# "a Palestinian" is a person only on its own: "a Palestinian man" counts "man", and
# "an Israeli airstrike" counts no one
_NATIONALS = ("palestinian israeli iraqi syrian afghan yemeni lebanese kurd somali libyan pakistani "
              "iranian egyptian saudi sudanese american russian ukrainian").split()


def _plural(w: str) -> str:
    if w.endswith("man"):
        return w[:-3] + "men"
    if w.endswith("ese"):
        return w
    if w.endswith("y") and w[-2] not in "aeiou":
        return w[:-1] + "ies"
    if w.endswith("fe"):
        return w[:-2] + "ves"
    return {"child": "children", "passerby": "passersby", "passer-by": "passers-by"}.get(w, w + "s")


def _alt(words) -> str:
    return "|".join(sorted({re.escape(w) for w in words}, key=len, reverse=True))


_PEOPLE_SG = (rf"(?:(?:{_alt(_SG)}|[\w-]*\d[\w-]*-(?:year|month)-old)(?![\w-])"
              rf"|(?:{_alt(_NATIONALS)})(?=\s*[,.;]|\s+(?:was|is|had|has|who|died)\b))")
_PEOPLE_PL = _alt([*map(_plural, _SG), *map(_plural, _NATIONALS), "people", "kids", "others",
                   "casualties", "dead", "wounded", "injured", "martyrs", "bodies", "troops",
                   "personnel", "staff", "families", "relatives", "lives"])
_HARM = "killed|dead|died|injured|wounded|hurt|missing|detained|casualties|deaths|fatalities"

# --- atoms: the numbers and number words, before qualifiers and ranges --------------------------

# Branches start with a literal where they can: `re` skips such a branch on its first character.
_ATOM = re.compile(rf"""(?<![\w.,/])(?:
  (?P<digits>(?:\d{{1,3}}(?:,\d{{3}})+|\d+)(?:\.\d+)?(?![\w]|[.,]\d)
      (?:\s+(?P<dscale>hundred|thousand|million|billion)(?![\w-]))?)
 |(?P<zero>no\s+one\b|nobody\b|none(?=\s+(?:of|were|was|had|have|has)\b)
      |no(?=\s+(?:{_PEOPLE_PL}|{_HARM}|injuries|one)\b))
 |(?P<vmul>(?:several|a\s+few|a\s+couple(?:\s+of)?|a\s+handful\s+of)
      \s+(?P<vmulw>dozen|hundred|thousand|million)(?![\w-]))
 |(?P<dozen>(?:a|half[\s-]+a)[\s-]+dozen(?![\w-]))
 |(?P<vplural>(?P<vp1>tens|dozens|hundreds|thousands|millions
      |scores(?=\s+(?:of|were|more|others|killed|dead|died|injured|wounded|have|had|are)\b|\s*[.,;]))
      (?:\s+of\s+(?P<vp2>thousands|millions))?(?![\w-]))
 |(?P<vague>(?:an?\s+(?:unknown|undetermined|unspecified|unconfirmed|undisclosed)\s+number\s+of
      |a\s+(?:large|great|huge|big|significant)\s+number\s+of|large\s+numbers(?:\s+of)?
      |a\s+small\s+number\s+of|a\s+number\s+of|a\s+couple(?:\s+of)?|a\s+few|a\s+handful(?:\s+of)?
      |several|numerous|countless|untold\s+numbers?\s+of|a\s+lot\s+of|lots\s+of
      |(?<!how\s)(?<!as\s)many
      |an?\s+(?:entire|whole)\s+family|a\s+family(?:\s+of\s+(?P<fam>\d+|{_SPELLED}))?
          (?=\s*[,.;:)]|\s*$|\s+(?:of|was|were|had|has|have|in|at|from|who|that|living|sheltering
             |fleeing|inside|when|while|with|and|including|on|members)\b))(?![\w-]))
 |(?P<spelled>(?!one(?![\s-]+(?:hundred|thousand|million|billion|and)\b)[\s-]){_SPELLED}(?<!\bone)
      (?![\w-]))
 |(?P<one>(?:an?|one)(?=\s+(?:[\w'’-]+\s+){{0,2}}?{_PEOPLE_SG}
      |(?<=one)\s+(?:of|or|other|more|person|{_HARM})\b)
  |(?:(?<=killing\s)|(?<=killed\s)|(?<=wounding\s)|(?<=wounded\s)|(?<=injuring\s)|(?<=injured\s))one\b)
 |(?P<some>some(?=\s+(?:(?!(?:{_NUMWORD})\b)[a-z][\w'’-]*\s+){{0,2}}?(?:{_PEOPLE_PL})\b))
)""", re.X)
_DOZEN_AFTER = re.compile(r"[\s-]+dozen(?![\w-])")

# vague words: (min, max) per SCHEMA.md; as a multiplier ("tens of thousands") "tens" counts 10-20
_VAGUE = {"tens": (12, 24), "dozens": (12, 24), "scores": (20, 40), "hundreds": (100, 200),
          "thousands": (1000, 2000), "millions": (10**6, 2 * 10**6)}
_MULT_LOW = {"tens": 10, "dozens": 12, "scores": 20, "hundreds": 100, "thousands": 1000,
             "millions": 10**6}
_NONE_VAGUE = ("unknown", "undetermined", "unspecified", "unconfirmed", "undisclosed", "numerous",
               "countless", "untold", "lot", "lots", "many")
_BIG_VAGUE = ("large", "great", "huge", "big", "significant")

# --- numbers that are not counts of people: the words around a number say so ---------------------

_MONTH = (r"(?-i:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
          r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)")
_UNIT_WORDS = _alt(
    "km kms kilometers kilometres kilometer kilometre miles mile meters metres meter metre cm mm "
    "millimeter millimetre feet foot ft inch inches yards yard kg kilos kilo kilograms kilogram "
    "grams gram lbs lb tons ton tonnes tonne litres liters litre liter gallons gallon barrels barrel "
    "degrees degree mph kph knots acres acre hectares hectare dunums dunum donums square sq percent "
    "pct caliber calibre gauge dollars dollar usd euros euro pounds pound shekels shekel dinars "
    "dinar lira liras riyals riyal rupees rupee yuan yen rubles ruble roubles rouble cents cent "
    "pence seconds second secs minutes minute mins hours hour hrs days day nights night weeks week "
    "months month years year yrs decades decade centuries century times".split())
_STREET = (r"(?-i:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Drive|Dr|Lane|Ln|Way|Court|Ct"
           r"|Place|Pl|Terrace|Highway|Hwy|Parkway|Pkwy|Circle)")
_LABELS = ("number|route|highway|hwy|interstate|channel|room|apt|apartment|suite|unit|building"
           "|flight|gate|exit|platform|station|precinct|ward|chapter|article|resolution|section"
           "|page|floor|level|phase|grade|category|bus|line|lot|plot|brigade|battalion|division"
           "|squadron|regiment|district|sector|zone|checkpoint|tower|box|code|case|verse|stage"
           "|round|game|season|episode|volume|vol|part|item|step|paragraph|para|image|photo"
           "|picture|slide|figure|fig")
_NOT_AFTER = re.compile(rf"""
    (?:\s+of)?(?:\s+|-\s*)(?:{_UNIT_WORDS})\b  # units and durations: "15 km", "three days", "dozens of times"
                                                # (and "16- year-old")
  | \s*(?:%|°)
  | -(?!(?:{_NUMWORD}|plus|odd)\b)[a-z]         # fused into an adjective: "three-storey", "12-year-old"
  | \s*(?:a\.?m\b|p\.?m\b|o['’]clock|(?-i:GMT|UTC)\b)   # "6 p.m."
  | \s+(?:block|blk)\b                          # "the 2400 block of", "the 3600 blk Glen Arm Rd"
  | \s+(?:[nsew]\.?\s+)?(?-i:(?:[A-Z][\w'’-]*\s+){{0,3}}{_STREET})\b   # "123 Main Street"
  | \s+(?-i:[NSEW])\.(?:\s|$)                     # "2810 W. Arkansas", "3747 S. 2700 West"
  | \s+(?-i:[NS][EW])\s+(?:\d|(?-i:[A-Z]))          # "4601 SE 79", "1200 NW Expressway"
  | ,\s+of\s+(?-i:[A-Z])                        # "35, of Houston": an age
  | \s+(?:of\s+)?{_MONTH}\b                     # "21 October"
  | :\d\d                                       # "12:30"
  | \s*y/o\b|\s*yo\b|\s*yrs?\.?\s+old\b          # "17 y/o boy", "4 yo boy", "17 yrs old"
  | ['’]\s?\d|['’]s\b                          # "5'11": a height; "her 30's"
""", re.X | re.I)
# "a mother of three", "Father of 4 Killed": the number is her children, not victims
PARENT_OF = r"\b(?:mother|father|parent|mom|dad|grandmother|grandfather|grandparent)s?\s+of\s+"
_NOT_BEFORE = re.compile(rf"""(?:
    \bage[sd]?\s+(?:of\s+|between\s+)?(?:\d+\s*(?:,\s*and|,|and|to|or|-|–)\s*)*   # "aged 12", "ages 13, 17 and 19", "ages 25, 26, and 33"
  | {_MONTH}\.?\s+                              # "October 21", "Oct. 21" (a year after the day
                                                # is caught as a year: "October 24, 17 civilians")
  | \b(?-i:[NSEW]\.|[NS][EW])\s+                 # "3747 S. 2700 West", "NW 187 Street"
  | (?:[$£€¥₪]|\b(?-i:US|USD|NIS|EUR|GBP)\s?\$?)\s*   # money
  | \bnos?\.\s*|\#\s*|\b(?:{_LABELS})\s+         # "No. 10", "Room 12", "Resolution 2254"
  | \b(?:image|photo|slide|page)\s+\d+\s+of\s+(?:/\s*)?   # "Image 3 of 5", "Image 1 of / 44"
  | \b(?:every|each|any)\s+                      # "every one of the displaced": all, not one
  | \bmartyr\s*["“'‘]?                           # "unknown martyr “5309”": a label
  | \((?:left|right|center|centre|front|back|top|bottom|middle)\b[^)]{{0,20}}\)\s*   # "Michael, (left) 16,": a caption's age
  | {PARENT_OF}   # "a mother of three": her children
  | [a-z]-|\d[:'’]                              # "F-16", "COVID-19"; "12:30"; "5'11"
  | \b\d{{4}}-|\b\d{{4}}-\d\d-|\b\d{{1,2}}/|\b\d{{1,2}}/\d{{1,2}}/|\b\d{{1,2}}\.\d{{1,2}}\.   # dates
)$""", re.X | re.I)
_SHORT_YEAR = re.compile(r"(?<![\w'’])['’]\d\d(?!\s*[\w'’])")  # "killed his wife in ’91"
_DAY_BEFORE = re.compile(rf"{_MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+$")  # "October 9th 2023 killed"
_NOT_AFTER_DIGITS = re.compile(r"[-./]\d")  # "2016-10-21", "10/21", "21.10.2016"
_PHONE = re.compile(r"(?<![\d-])(?:\(\d{3}\)\s?|\d{3}[\s.-])?\d{3}[-.]\d{4}(?![\d-])")
# ages in apposition: "Smith, 35, said", "two men, 27 and 32, were", "both 19, are"
_AGE_BEFORE = re.compile(r"(?:(?:(?-i:[A-Z][\w'’-]+)\.?|m[ae]n|wom[ae]n|boys?|girls?|males?|females?|victims?|"
                         r"teens?|teenagers?|students?|suspects?|child|toddler|drivers?|friends?|"
                         r"(?:grand|step)?(?:father|mother|son|daughter|parent)s?|brothers?|sisters?|husbands?|wife|"
                         r"uncles?|aunts?|cousins?|nephews?|nieces?|(?:boy|girl)friends?|bab(?:y|ies)|infants?|"
                         r"owners?|clerks?|employees?|residents?|neighbou?rs?|roommates?|passengers?|persons?|"
                         r"gunman|shooter|individuals?|juveniles?|adults?|youths?|kids?|relatives?|partners?|"
                         r"mom|dad|grandma|grandpa|fianc[eé]e?)"
                         r"(?:,\s*|\s+--\s+)(?:then\s+|now\s+|also\s+)?(?:\d{1,3},?\s+)*(?:and\s+)?|\bboth\s+)$")  # ("Youths,16 and 10,")
# (an age that ends a sentence, "the body of Branyon Fehring, 23.", too: once such numbers gave
# reports of one shooting a toll in common, which the names they share give now)
# ("killing Jamal Berry, 30 after an argument": a clause goes on where the closing comma is missing)
# ("three women, 35, 46 and 54 years old", "Alexis Mungin, 29 and pregnant,", "Kara Allen -- 19 and 17 --")
_AGE_AFTER = re.compile(r"(?:,?\s+(?:and\s+)?\d{1,3})*(?:\s*(?:[,;)—–]|\.(?:\s|$)|$)|\s+--?\s|\s+years?\s+old\b|"
                        r"\s+and\s+(?:was\s+)?(?:pregnant|unarmed|from|of)\b)|\s+-\s|"
                        r"\s+(?:after|before|when|while|because|following|during|who|whose)\b")
_AGE_BOUND = re.compile(r"\s+(?:or|and)\s+(?:younger|older|under|up(?!\s+to\b))\b", re.I)  # not "11 and up to 15"
_NAME_COMMA = re.compile(r"(?-i:[A-Z][\w'’-]+\s+[A-Z][\w'’-]+)(?:,?\s+(?:Jr|Sr|II|III)\.?)?,\s+$")
_BOTH = re.compile(r"\bboth\s+$", re.I)
# "was 16 when he was charged": an age at the time (not "the toll was 16 when ...")
_WAS_BEFORE = re.compile(r"\b(?:was|is|now)\s+$")
_WHEN_AFTER = re.compile(r"\s+(?:when|at the time)\b")
_TOLL_BEFORE = re.compile(r"\b(?:toll|number|count|total)\b", re.I)
_YEAR_PEOPLE = re.compile(rf"\s+(?:{_PEOPLE_PL}|{_HARM})\b")


def _not_a_count(text: str, low: str, s: int, e: int, digits: bool) -> bool:
    """True where the words around text[s:e] show a number that counts no one: an age, a time,
    a date or year, a distance, a percentage, money, a calibre, an address, a label, a phone number."""
    if _NOT_AFTER.match(text, e) or _NOT_BEFORE.search(text, max(0, s - 30), s) or \
            (s > 0 and _SHORT_YEAR.match(text, s - 1)):
        return True
    if not digits:
        # "Codrick Beal, four, shot himself": a child's age in words after the name
        return bool(_NAME_COMMA.search(text, max(0, s - 30), s) and re.match(r",", text[e:e + 1]))
    num = text[s:e]
    if _NOT_AFTER_DIGITS.match(text, e) and not re.match(r"[-–]\d+(?![-/\d]|\.\d)", text[e:e + 12]):
        return True  # "-744" is a range, "-10-21" a date
    if any(p.start() <= s and e <= p.end() for p in _PHONE.finditer(text, max(0, s - 10), e + 10)):
        return True
    if s and text[s - 1] in "([" and re.match(r"\s*[)\]]", text[e:e + 3]):
        return True  # "(35)", "(76765)", footnotes "[4]"
    if len(num) <= 3 and _AGE_BEFORE.search(text, max(0, s - 30), s) and _AGE_AFTER.match(text, e):
        return True
    if len(num) <= 3 and _AGE_BOUND.match(text, e):
        return True  # "Three teen boys, all 16 or younger": an age bound
    if _WAS_BEFORE.search(text, max(0, s - 5), s) and _WHEN_AFTER.match(text, e) and \
            not _TOLL_BEFORE.search(text, max(0, s - 30), s):
        return True  # "Chisler, now 21, was 16 when he was charged": his age then
    if num.isdigit() and int(num) > 2 and _BOTH.search(text, max(0, s - 10), s) and not _YEAR_PEOPLE.match(low, e):
        return True  # "both 24 and from Pasadena": more than two is no count of "both", an age
    if len(num) == 4 and num[:2] in ("19", "20") and (
            not _YEAR_PEOPLE.match(low, e) or _DAY_BEFORE.search(text, max(0, s - 30), s)):
        return True  # a year, unless people follow ("2000 people"); after a day, always one
    return num.isdigit() and (len(num) >= 7 or num == "911")  # ids; the emergency number


# --- qualifiers, ranges -------------------------------------------------------------------------

_LOWER = ("more than", "over", "well over", "just over", "at least", "no fewer than",
          "no less than", "not less than", "not fewer than", "upwards of", "in excess of",
          "a minimum of", "above", "exceeding")
_UPPER = ("up to", "as many as", "at most", "no more than", "not more than", "a maximum of")
_BELOW = ("fewer than", "less than")
_APPROX = ("nearly", "almost", "around", "some", "about", "approximately", "approx.", "roughly",
           "an estimated", "estimated", "close to", "circa", "just under", "perhaps", "possibly",
           "an approximate")
_QUAL_BEFORE = re.compile(
    r"(?<![\w-])(?P<q>" + "|".join(q.replace(" ", r"\s+").replace(".", r"\.")
                                   for q in sorted((*_LOWER, *_UPPER, *_BELOW, *_APPROX),
                                                   key=len, reverse=True)) + r")\s+$")
_QUAL_AFTER = re.compile(r"\s*\+(?!\s*\d)|-plus\b|\s+plus\b(?!\s+(?:\d|an?\b))"
                         r"|\s+(?:or|and)\s+(?:more|above|upwards|over)\b|\s+or\s+so\b|[\s-]odd\b")
_RANGE_BEFORE = re.compile(r"(?<![\w-])(between|from)\s+$")
_CONNECTOR = re.compile(r"\s*(-|–|—|to|or|and)\s*")
# "the toll rose from 40 to 60" is a change of figure, not a range
_CHANGE = re.compile(r"\b(?:rose|risen|rising|rises|climbed|climbing|jumped|increased|grew|grown"
                     r"|went\s+up|raised|doubled|fell|dropped|revised|up)\b[^.;]{0,30}$")


class _Atom(NamedTuple):
    start: int
    end: int
    min: int | None
    max: int | None
    vague: bool
    qualifier: str | None
    scale: int              # the scale word it ends with ("three thousand" -> 1000), else 1
    decimal: float | None   # "1.2" with no scale word: a count only as in "1.2 to 1.5 million"
    blocked: bool = False   # not a count of people (an age, a distance ...)


def _spelled_value(s: str) -> int | None:
    """The value of a run of number words, or None if the run is not one number."""
    total = cur = 0
    last = None
    top_scale = 10**12
    for t in re.findall(r"[a-z]+", s.lower()):
        if t == "a" and last is None:
            cur, last = 1, "unit"
        elif t == "and":
            if last not in ("hundred", "scale"):
                return None
        elif t in _UNITS:
            v = _UNITS[t]
            if last in (None, "hundred", "scale") or (last == "tens" and 0 < v < 10):
                cur += v
                last = "unit" if v < 10 else "teen"
            else:
                return None
        elif t in _TENS:
            if last not in (None, "hundred", "scale"):
                return None
            cur, last = cur + _TENS[t], "tens"
        elif t == "hundred":
            if last == "hundred" or cur >= 100:
                return None
            cur, last = (cur or 1) * 100, "hundred"
        elif t in _SCALES:
            v = _SCALES[t]
            if v >= top_scale:
                return None
            total, cur, last, top_scale = total + (cur or 1) * v, 0, "scale", v
        else:
            return None
    return total + cur if last else None


def _spelled_prefix(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The longest leading run of number words in text[start:end] that reads as one number."""
    words = list(re.finditer(r"[a-z]+", text[start:end]))
    for k in range(len(words), 0, -1):
        e = start + words[k - 1].end()
        v = _spelled_value(text[start:e])
        if v is not None:
            return v, e
    return None


def _atom(m: re.Match, low: str) -> _Atom | None:
    kind, s, e = m.lastgroup, m.start(), m.end()
    if kind not in ("digits", "one") and s and low[s - 1] == "-":
        return None  # after a hyphen a number word is part of a name or compound ("Su-thirty")
    g = m.group(kind)
    if kind == "digits":
        digits = g.split()[0].replace(",", "")
        num = float(digits)
        scale = _SCALES[m.group("dscale")] if m.group("dscale") else 1
        if scale == 1 and "." in digits:  # "2.0", "1.5": a version or a measure, not people
            return _Atom(s, e, None, None, False, None, 1, num)
        v = round(num * scale)
    elif kind == "spelled":
        got = _spelled_prefix(low, s, e)
        if got is None:
            return None
        v, e = got
        scale = _SCALES.get(re.split(r"[\s-]", low[s:e])[-1], 1)
    elif kind == "zero":
        return _Atom(s, e, 0, 0, False, None, 1, None)
    elif kind == "one":
        return _Atom(s, e, 1, 1, False, None, 1, None)
    elif kind == "some":  # "some civilians"
        return _Atom(s, e, 2, 2, True, "some", 1, None)
    elif kind == "vmul":
        n = _SCALES.get(m.group("vmulw"), 12)
        return _Atom(s, e, 2 * n, 2 * n, True, " ".join(g.split()), n, None)
    elif kind == "dozen":
        n = 6 if g.startswith("half") else 12
        return _Atom(s, e, n, n, False, None, 12, None)
    elif kind == "vplural":
        w1, w2 = m.group("vp1"), m.group("vp2")
        if w2:
            lo = _MULT_LOW[w1] * _SCALES[w2[:-1]]
            return _Atom(s, e, lo, 2 * lo, True, f"{w1} of {w2}", _SCALES[w2[:-1]], None)
        return _Atom(s, e, *_VAGUE[w1], True, w1, 1, None)
    else:  # vague
        q = " ".join(g.split())
        if m.group("fam"):
            f = m.group("fam")
            n = int(f) if f.isdigit() else _spelled_value(f)
            return None if n is None else _Atom(s, e, n, n, False, None, 1, None)
        words = q.split()
        if any(w in _NONE_VAGUE for w in words):
            return _Atom(s, e, None, None, True, q, 1, None)
        if any(w in _BIG_VAGUE for w in words) or q.startswith("large numbers"):
            return _Atom(s, e, 12, 24, True, q, 1, None)
        return _Atom(s, e, 2, 2, True, q, 1, None)
    dz = _DOZEN_AFTER.match(low, e)
    if dz:  # "two dozen"
        return _Atom(s, dz.end(), 12 * v, 12 * v, False, None, 12, None)
    return _Atom(s, e, v, v, False, None, scale, None)


def _qualify(a: _Atom, text: str, low: str) -> Quantity:
    """Attach "more than" / "up to" / "about" before, or "+" / "or more" after, an atom."""
    start, end, lo, hi, qual = a.start, a.end, a.min, a.max, a.qualifier
    if low[a.start:a.end] in ("a", "an", "no", "none", "nobody", "no one"):
        # "talked about a man": a qualifier before an article qualifies nothing
        return Quantity(start, end, text[start:end], lo, hi, qual, a.vague)
    pre = _QUAL_BEFORE.search(low, max(0, a.start - 30), a.start)
    suf = _QUAL_AFTER.match(low, a.end)
    if pre:
        q = " ".join(pre.group("q").split())
        start, qual = pre.start(), q
        if q in _LOWER:
            hi = None
        elif q in _UPPER:
            lo = None
        elif q in _BELOW:
            lo, hi = None, (hi - 1 if hi and not a.vague else hi)
    elif suf and not a.vague and a.min:
        q = suf.group(0).strip(" -")
        end = suf.end()
        if q.endswith(("so", "odd")):
            qual = " ".join(q.split())
        else:
            qual, hi = ("or more" if q[0].isalpha() and not q.startswith("plus") else "+"), None
    return Quantity(start, end, text[start:end], lo, hi, qual, a.vague)


def _exact(a: _Atom) -> bool:
    return not a.vague and (a.decimal is not None or (a.min is not None and a.min == a.max))


def _range(a: _Atom, b: _Atom, text: str, low: str) -> Quantity | None | bool:
    """The range "a to b" when the atoms form one; False when they form a score ("3-2")."""
    conn = _CONNECTOR.fullmatch(low, a.end, b.start)
    if not conn or not (_exact(a) and _exact(b)) or b.decimal is not None:
        return None
    word = conn.group(1)
    pre = _RANGE_BEFORE.search(low, max(0, a.start - 10), a.start)
    first = pre.group(1) if pre else None
    if word == "and" and first != "between":
        return None
    lo = a.decimal if a.decimal is not None else a.min
    hi = b.min
    if b.scale > 1 and a.scale == 1 and lo * b.scale <= hi:  # "two to three thousand"
        lo *= b.scale
    if a.decimal is not None and lo == a.decimal:
        return None
    lo = round(lo)
    if lo >= hi:
        return False if word in "-–—" else None
    if first == "from" and _CHANGE.search(low, max(0, pre.start() - 40), pre.start()):
        return None
    start = pre.start() if pre else a.start
    return Quantity(start, b.end, text[start:b.end], lo, hi, first, False)


def find_quantities(text: str) -> list[Quantity]:
    """All quantity expressions in `text`, left to right, non-overlapping, longest match."""
    low = text.translate(_LOWER_ASCII)
    atoms = []
    for m in _ATOM.finditer(low):
        a = _atom(m, low)
        if a is not None:
            blocked = _not_a_count(text, low, a.start, a.end, m.lastgroup == "digits")
            atoms.append(a._replace(blocked=blocked))
    out: list[Quantity] = []
    i = 0
    while i < len(atoms):
        a = atoms[i]
        b = atoms[i + 1] if i + 1 < len(atoms) else None
        i += 1
        if a.blocked:
            continue
        if b is not None and not b.blocked:
            r = _range(a, b, text, low)
            if r is not None:
                if r is not False and not _bracketed(text, r.start, r.end):
                    out.append(r)  # "Mustafa (2 or 3)": an age not known for sure, not a count
                i += 1
                continue
        if b is not None and b.blocked and _CONNECTOR.fullmatch(low, a.end, b.start):
            if (low[a.end:b.start].strip() != "and"
                    or _RANGE_BEFORE.search(low, max(0, a.start - 10), a.start)):
                continue  # "60 to 70 percent", "5-10 km": the far end says what both count
        if a.decimal is not None:
            continue
        q = _qualify(a, text, low)
        if out and q.start < out[-1].end:  # the qualifier words belong to the previous match
            q = Quantity(a.start, a.end, text[a.start:a.end], a.min, a.max, a.qualifier, a.vague)
        if q.min is None and q.max is not None and (out[-1].end if out else 0) <= q.start:
            # "at least one but possibly up to 12": "one" alone is no count the atoms see
            m = _FLOOR_ONE.search(low, max(0, q.start - 40), q.start)
            if m and m.end() == q.start and (not out or out[-1].end <= m.start()):
                out.append(Quantity(m.start(), q.end, text[m.start():q.end], 1, q.max, "between", False))
                continue
        prev = out[-1] if out else None
        if (prev is not None and prev.max is None and prev.min is not None and q.min is None
                and q.max is not None and q.max >= prev.min and _BUT_UP_TO.fullmatch(low, prev.end, q.start)):
            # "at least one but possibly up to 12": one range, from the floor to the ceiling
            out[-1] = Quantity(prev.start, q.end, text[prev.start:q.end], prev.min, q.max, "between", False)
            continue
        out.append(q)
    return out


def _bracketed(text: str, s: int, e: int) -> bool:
    return bool(s and text[s - 1] in "([" and re.match(r"\s*[)\]]", text[e:e + 3]))


_FLOOR_ONE = re.compile(r"\b(?:at least|no fewer than|a minimum of) (?:one|a single)\s*,?\s*(?:but|and|or)\s+"
                        r"(?:possibly|perhaps|maybe|potentially|likely|probably)?\s*")
_BUT_UP_TO = re.compile(r"\s*,?\s*(?:but|and|or)\s+(?:possibly|perhaps|maybe|potentially|likely|probably)?\s*")


_PLAIN_INT = re.compile(r"\d{1,3}(?:,\d{3})+|\d+")


def parse_quantity(text: str) -> tuple[int | None, int | None] | None:
    """(min, max) for one phrase that starts with a quantity ("more than 60 civilians"), else None.

    A bare integer ("2014") is taken as a count: the caller has already decided the phrase is one."""
    s = text.strip()
    if _PLAIN_INT.fullmatch(s):
        n = int(s.replace(",", ""))
        return n, n
    found = find_quantities(s)
    return (found[0].min, found[0].max) if found and found[0].start == 0 else None


# --- named victim lists -------------------------------------------------------------------------

# what introduces a list: "the victims were named as ...", "The dead: ..."
_LIST_INTRO = re.compile(r"^.*\b(?:named\s+as|identified\s+as|named|identified|"
                         r"(?:victims|dead|killed|deceased)\s+(?:were|are|included|include)|"
                         r"included|including)\s*:?\s+|^[^:]*:\s*", re.I)
_SPLIT = re.compile(r"\s*(?:,\s*(?:and\s+)?|;\s*|\s+and\s+|\s*&\s*)")
_RELATION = re.compile(r"^(?:(?:his|her|their|the|a)\s+)?(?:[\w-]+\s+)?(?:son|daughter|wife|"
                       r"husband|father|mother|brother|sister|child|baby|grandson|granddaughter|"
                       r"grandfather|grandmother|uncle|aunt|nephew|niece|cousin|fianc[ée]e?)s?\b",
                       re.I)
_PARTICLES = {"al", "el", "bin", "ibn", "bint", "abu", "abo", "umm", "um", "de", "van", "von",
              "da", "di", "le", "la", "du", "ben", "ould"}
_CAP_STOP = {"The", "A", "An", "His", "Her", "Their", "Its", "In", "On", "At", "They", "He",
             "She", "It", "Victims", "Among", "Those", "Including", "Killed", "Names", "Both"}
_AGE_ONLY = re.compile(r"^(?:\(?\d{1,3}\)?|aged\s+\d{1,3}|\d{1,3}\s*years?(?:\s+old)?)$", re.I)
_AGE_TAIL = re.compile(r",?\s*\(?\b(?:aged\s+)?\d{1,3}\)?(?:\s*years?\s*old)?$", re.I)
_TRAIL = re.compile(r"\s+(?:were|was|are|is|had|have|who|all|both|died|killed|wounded|injured)\b.*$"
                    r"|\s+in\s+(?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w.'’-]*)*\s*[.!?]*$"   # "... in Albany"
                    r"|[.!?:;]+$", re.I | re.S)
_AGE_HEAD = re.compile(r"^\d{1,3}[- ]years?[- ]old\s+", re.I)  # "67 year old Brenda Forrester"
_COUNTED = re.compile(r"\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|several|some)\b", re.I)


def _is_name_token(t: str) -> bool:
    t = t.strip("()\"'’‘“”,")
    if not t or t in _CAP_STOP:
        return False
    parts = t.split("-")
    head = parts[-1] if len(parts) > 1 and parts[0].lower() in _PARTICLES else t
    c = head[:1]
    # a capital, or a letter of a script without case (Arabic names beside their transliteration)
    return c.isupper() or (c.isalpha() and not c.islower()) or t.lower() in _PARTICLES


def count_names(text: str, ages_first: bool = False) -> int | None:
    """The number of people named in a victim list ("A B, his son C, and D E were killed"), or
    None where the text does not read as a list of names (a number, "others", a lower-case word)."""
    body = _TRAIL.sub("", _LIST_INTRO.sub("", text.strip(), count=1))
    n = 0
    unnamed = False  # the segment before was a relation without a name ("her son")
    seps = [""] + _SPLIT.findall(body)
    for seg, sep in zip(_SPLIT.split(body), seps):
        unnamed = unnamed and "and" not in sep.lower()  # "his son and Ali": two people
        seg = seg.strip(" ,.()")
        if ages_first:  # "67 year old Brenda Forrester", where the dead are told
            seg = _AGE_HEAD.sub("", seg)
        if not seg or _AGE_ONLY.match(seg):
            continue  # "Ali, 12, and Omar": the age is not a person
        rel = _RELATION.match(seg)
        if rel and _COUNTED.search(seg[:rel.end()]):
            return None  # "their three children": people counted, not named
        toks = _AGE_TAIL.sub("", seg[rel.end():] if rel else seg).split()
        if toks and len(toks) <= 6 and all(_is_name_token(t) for t in toks):
            n += 0 if unnamed and not rel else 1  # "her son, Tony Forrester": the son by name
            unnamed = False
        elif rel and not toks:
            n += 1  # "his wife": unnamed, but one listed person
            unnamed = True
        else:
            return None
    return n or None
