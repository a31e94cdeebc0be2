"""Word lists of the casualty grammar: harm words, victim nouns, event words, targets, cues."""
from __future__ import annotations

import re

# ---------------------------------------------------------------------------------- harm

# verb lemmas whose object (active) or subject (passive) is a victim
HARM_VERBS = {
    "kill": "killed", "murder": "killed", "slay": "killed", "massacre": "killed",
    "execute": "killed", "assassinate": "killed", "behead": "killed", "slaughter": "killed",
    "martyr": "killed",  # "14 citizens were martyred": the Arabic press's word for the dead
    "claim": None,  # "claimed the lives of": only through LIVES below
    "injure": "injured", "wound": "injured", "hurt": "injured", "maim": "injured",
    "hospitalize": "injured", "hospitalise": "injured",
    "detain": "detained", "arrest": "detained", "abduct": "detained", "kidnap": "detained",
}
# intransitive: the subject is the victim
DIE_VERBS = {"die": "killed", "perish": "killed", "succumb": "killed"}
# adjectives: "five people dead", "found dead", "wounded", "missing"
HARM_ADJ = {"dead": "killed", "killed": "killed", "wounded": "injured", "injured": "injured",
            "hurt": "injured", "missing": "missing", "lifeless": "killed", "deceased": "killed", "slain": "killed"}
# nouns: "the deaths of N people", "N fatalities", "injuries to N people"
HARM_NOUNS = {"death": "killed", "fatality": "killed", "dead": "killed", "body": "killed",
              "corpse": "killed", "injury": "injured", "wounded": "injured", "injured": "injured",
              "toll": "killed", "life": "killed", "martyr": "killed"}
# killed and injured together: a count of them is not a figure (the split is unknown)
MIXED_NOUNS = {"casualty", "victim"}
# "shot": in crime news a person shot is injured unless the text says they died
SHOOT_VERBS = {"shoot", "gun", "stab"}

# --------------------------------------------------------------------------- victim nouns

VICTIM_GROUPS = {
    "civilians": {"civilian", "resident", "villager", "inhabitant", "citizen", "bystander",
                  "worshipper", "worshiper", "mourner", "shopper", "passenger", "pedestrian",
                  "farmer", "shepherd", "student", "pupil", "displaced", "refugee", "guest",
                  "noncombatant", "non-combatant", "employee", "worker", "teacher", "patient",
                  "customer", "motorist", "driver", "fisherman", "vendor", "merchant",
                  "aid worker", "wedding-goer", "patron", "clerk", "cashier", "homeowner", "partygoer",
                  "party-goer", "hunter", "visitor", "tenant", "cyclist", "bicyclist", "motorcyclist",
                  "jogger", "commuter", "spectator", "attendee"},
    "children": {"child", "kid", "boy", "girl", "infant", "baby", "toddler", "teen", "teenager",
                 "minor", "newborn", "schoolchild", "schoolboy", "schoolgirl", "youngster",
                 "juvenile", "grandchild", "grandchildren"},
    "women": {"woman", "mother", "wife", "grandmother", "lady", "widow", "female", "girlfriend",
              "fiancee"},
    "men": {"man", "father", "husband", "grandfather", "gentleman", "elder", "male", "boyfriend",
            "fiance"},
    "people": {"people", "person", "individual", "victim", "other", "family", "relative",
               "member", "palestinian", "iraqi", "syrian", "yemeni", "afghan", "lebanese",
               "israeli", "kurd", "son", "daughter", "brother", "sister", "cousin", "nephew",
               "niece", "uncle", "aunt", "body", "life", "soul", "adult", "occupant",
               "household", "friend", "neighbor", "neighbour", "resident", "local", "youth",
               "senior", "pensioner", "teenager", "american", "juror", "grandson", "granddaughter",
               "stepson", "stepdaughter", "roommate", "classmate", "coworker", "acquaintance",
               "martyr"},
    "militants": {"militant", "fighter", "terrorist", "jihadist", "insurgent", "rebel",
                  "gunman", "extremist", "takfiri", "jihadi", "operative", "commander",
                  "combatant", "attacker", "bomber", "suspect", "mercenary", "element",
                  "shooter", "assailant"},
    "soldiers": {"soldier", "troop", "serviceman", "servicemen", "marine", "guard",
                 "militiaman", "paratrooper", "conscript", "personnel", "recruit", "airman",
                 "sailor", "army", "peshmerga", "officer"},
    "police": {"police", "policeman", "policemen", "cop", "trooper", "deputy", "constable",
               "policewoman", "sheriff", "patrolman", "gendarme"},
    "medics": {"medic", "paramedic", "doctor", "nurse", "rescuer", "firefighter",
               "responder", "surgeon"},
    "journalists": {"journalist", "reporter", "photographer", "cameraman", "correspondent",
                    "photojournalist", "videographer"},
}
# resolve overlaps in the sets above: the first group listed wins for a lemma
VICTIM_LEMMAS: dict[str, str] = {}
for _g in ("journalists", "medics", "police", "soldiers", "militants", "children", "women",
           "men", "civilians", "people"):
    for _w in VICTIM_GROUPS[_g]:
        VICTIM_LEMMAS.setdefault(_w, _g)
# modifiers that set the group of a generic noun: "civilian mourners", "police officers"
GROUP_MODIFIERS = {"civilian": "civilians", "police": "police", "security": "soldiers",
                   "military": "soldiers", "army": "soldiers", "rescue": "medics",
                   "medical": "medics", "health": "medics", "aid": "civilians", "media": "journalists",
                   "innocent": "civilians", "unarmed": "civilians", "child": "children",
                   "female": "women", "male": "men", "militant": "militants", "rebel": "militants",
                   "is": "militants", "isis": "militants", "daesh": "militants", "hamas": "militants",
                   "hezbollah": "militants", "taliban": "militants", "terrorist": "militants",
                   "government": "soldiers", "pro-government": "soldiers", "regime": "soldiers",
                   "israeli": "people", "palestinian": "people"}
# "police officer" vs a lone "officer": in the news an officer harmed is a soldier or police
OFFICER_POLICE_CUES = {"police", "deputy", "sheriff", "patrol", "trooper", "county", "city"}

# ------------------------------------------------------------------------------- events

# a helicopter that strikes: not one that flies the wounded to hospital or searches for a gunman
HELICOPTER = (r"(?<!medical )(?<!flight )(?<!lifeflight )(?<!evac )(?<!police )(?<!by )(?<!via )"
              r"\bhelicopters?\b(?! (?:ambulance|to|landed)\b)|")
EVENT_WORDS: list[tuple[str, str]] = [
    # (regex on lowercased text, event type); first match in priority order wins
    (r"\bsuicide (?:bomb|attack|car|vest|belt|blast|explosion)|\bsuicide[- ]bomber|\bblew (?:himself|herself|themselves) up|\bexplosive (?:vest|belt)s?\b", "suicide_bombing"),
    (r"\bchemical (?:weapon|attack|agent|munition|strike)|\bchlorine\b|\bsarin\b|\bmustard gas\b|\bnerve agent|\btoxic (?:gas|chemical|substance)|\bpoison(?:ous)? gas\b", "chemical"),
    (r"\bgrenades?\b", "grenade"),
    (r"\bdrones?\b|\buav\b|\bunmanned aerial\b", "drone_strike"),
    (r"\bair ?strikes?\b|\bair[- ]raids?\b|\bwarplanes?\b|\bfighter jets?\b|\bjets?\b|\baircraft\b|\bairplanes?\b|" + HELICOPTER + r"\baerial (?:bombardment|assault|attack|bombing|strike)s?\b|\bbarrel bombs?\b|\bair forces?\b|\bbombers?\b|\bsorties?\b|\bbombing raids?\b|\bair attacks?\b|\bair ?power\b|\bplanes?\b|\bbombed\b|\bbombarded\b|\bbombardment\b|\bstruck from the air\b", "airstrike"),
    (r"\bmissiles?\b|\bballistic\b|\bcruise missile\b|\bscud\b|\brocket attacks?\b|\brockets?\b", "missile_strike"),
    (r"\bshell(?:ing|ed)\b|\bshells?\b(?! (?:casings?|gas|station)\b)|\bartillery\b|\bmortars?\b|\bhowitzer\b|\btank (?:fire|shell)\b|\bbombard", "shelling"),
    (r"\bcar bomb|\bvbied\b|\bied\b|\broadside bomb|\bimprovised explosive|\blandmines?\b|\bmines?\b|\bexplosive devices?\b|\bbomb(?:s|ing|ings)?\b|\bexplosions?\b|\bblasts?\b|\bexplod|\bdetonat|\bbooby[- ]trap", "explosive"),
    (r"\bmassacres?\b|\bmassacred\b", "massacre"),
    # ("fighting for his life" is a wounded man's, no clash)
    (r"\bclash(?:es|ed)?\b|\bgun ?battles?\b|\bfire ?fights?\b|\bexchange(?:d)? (?:of )?fire\b|"
     r"\bfighting\b(?! for (?:(?:his|her|their|its|a) )?li(?:fe|ves)\b)|\bskirmish", "armed_clash"),
    (r"\bshot\b|\bshoot(?:ing|ings|s)?\b|\bgun(?:fire|man|men|shots?)\b|\bopen(?:ed|ing|s)? fire\b|\bsniper|\bbullets?\b|\bfirearm", "shooting"),
    # an ambush told with its shots is a shooting ("ambushed another group of men before opening
    # fire"); on its own, the clash of an armed party with another
    (r"\bambush", "armed_clash"),
    (r"\battack(?:s|ed|ing)?\b|\bassault(?:s|ed)?\b|\braid(?:s|ed)?\b|\bstabb(?:ed|ing)\b|\bstrikes?\b|\bstruck\b|\bhit\b", "attack"),
]
EVENT_PATTERNS = [(re.compile(p), t) for p, t in EVENT_WORDS]
# event nouns that a definite article refers back to ("the attack", "the aerial assault")
EVENT_ANAPHORA = re.compile(
    r"\b(?:the|that|this|same) (?:\w+ )?(?:air ?strike|strike|attack|assault|bombing|raid|shelling|"
    r"explosion|blast|incident|shooting|massacre|bombardment|collapse)\b", re.I)
# verbs that make an event word an event that happened (not a weapon that was seized)
ATTACK_VERBS = {"strike", "hit", "bomb", "shell", "attack", "target", "raid", "pound", "bombard",
                "fire", "explode", "detonate", "blow", "clash", "fight", "kill", "launch",
                "carry", "conduct", "deliver", "destroy", "level", "flatten", "damage", "shoot",
                "storm", "ambush", "hurl", "throw", "lob", "drop", "rain", "go", "rock",
                "tear", "rip", "open", "gun", "stab", "massacre", "slaughter", "erupt", "break",
                "injure", "wound", "die", "use", "spray", "release", "unleash", "gas"}
# an event that did not happen, or a weapon that was not used
FOILED = re.compile(r"\b(?:defus|dismantl|foil|thwart|prevent|avert|seiz|confiscat|intercept|"
                    r"shot down|neutrali[sz]|disarm|found (?:a|an|two|several) (?:bomb|ied|explosive)|"
                    r"bomb squad|bomb disposal|cache|stockpile|suspicious packages?|"
                    r"(?:cleared|removed|destroyed|detected|discovered|recovered|found) (?:\S+ ){0,3}"
                    r"(?:landmines|mines|ieds?|improvised explosive|explosive devices?|unexploded)|demining)\w*", re.I)

TARGETS = {
    "school": r"\bschools?\b|\bkindergarten|\buniversit",
    "hospital": r"\bhospitals?\b|\bclinic|\bmedical (?:center|centre|facility)|\bhealth (?:center|centre)",
    "mosque": r"\bmosques?\b",
    "church": r"\bchurch(?:es)?\b",
    "market": r"\bmarkets?\b|\bmarketplace|\bbazaar|\bsouk",
    "residential": r"\bresidential\b|\bliving quarters\b|\bhomes?\b|\bhouses?\b|\bapartment|\bresidence|\bbuilding",
    "camp": r"\bcamps?\b|\bshelters?\b",
    "bakery": r"\bbaker(?:y|ies)\b",
    "vehicle": r"\bcars?\b|\bvehicles?\b|\bbus(?:es)?\b|\btrucks?\b",
    "funeral": r"\bfuneral|\bmourners\b",
    "wedding": r"\bwedding",
    # where crowds gather at night or to shop: a nightclub shooting and "a shooting at a bar" in
    # one town on one day are one event
    "nightlife": r"\bnight ?clubs?\b|\btaverns?\b|\bpubs?\b|\blounges?\b|\bbar\b(?!\s+(?:association|exam|council))",
    "mall": r"\bmalls?\b|\bshopping (?:cent(?:er|re)|plaza)s?\b",
}
TARGET_PATTERNS = [(t, re.compile(p, re.I)) for t, p in TARGETS.items()]

# ---------------------------------------------------------------------------- attribution

REPORTING_VERBS = {"say", "tell", "report", "announce", "state", "claim", "accuse", "add",
                   "confirm", "acknowledge", "admit", "deny", "allege", "warn", "note", "stress",
                   "write", "post", "tweet", "declare", "insist", "estimate", "document",
                   "record", "count", "reveal", "assert", "explain", "describe", "indicate",
                   "mention", "publish", "quote", "cite", "charge", "blame", "put", "conclude",
                   "find", "show", "suggest", "believe", "identify", "emphasize", "emphasise",
                   "highlight", "reiterate", "specify", "argue", "maintain", "testify", "recount",
                   "recall", "detail", "list", "assess", "verify", "update", "broadcast",
                   "comment", "respond", "inform", "continue", "disclose"}
ACK_VERBS = {"acknowledge", "admit", "confirm", "concede"}
DENY_VERBS = {"deny", "reject", "dismiss", "refute", "rebuff"}
DISPUTE_CUES = re.compile(r"\b(?:disputed?|contested|questioned|cast doubt|challenged)\b", re.I)

# hypotheticals and warnings: the harm has not happened
HYPOTHETICAL = re.compile(
    r"\b(?:could|might|may|would|will|shall)\s+(?:\w+\s+){0,2}?(?:be|have been|kill|die|cause|lead|result|leave)\b|"
    r"\b(?:should|could|would|might)(?:['’]ve|\s+have)\s+been\b|"
    r"\bhuman shields?\b|\bat risk of\b|\bthreaten(?:s|ed)? to\b|\bin danger of\b|\bfear(?:s|ed)? (?:of|that)\b|"
    r"\bif\b|\bwould-be\b|\bintent to\b|\bpotential(?:ly)?\b|\bavoid (?:civilian )?casualties\b|\bto avoid\b|\bplan(?:s|ned)? to\b",
    re.I)

_WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day\b"
# many events: harm counted "each year", or "in those shootings" (a tally, whatever the period)
SEPARATE_EVENTS = r"\b(?:in|during) separate (?:shootings|incidents|attacks|homicides)\b"
MANY_EVENTS = (r"\b(?:each|every) (?:year|month|week)\b|"
               r"\b(?:those|these) (?:\w+ )?(?:shootings|incidents|homicides|killings)\b|"
               # "seven dead and 14 hurt in 17 shootings across the city": a weekend's tally
               # (two attacks told together, "bombs in two separate attacks", stay one claim)
               # ("shot during three separate shootings that occurred within a half hour")
               r"\b(?:in|during) (?:[3-9]|\d\d+|three|four|five|six|seven|eight|nine|ten|several|multiple|numerous) "
               r"(?:separate )?(?:shootings|incidents|attacks|homicides)\b|"
               # "two teenagers were shot in separate incidents": one each, two events
               + SEPARATE_EVENTS + "|"
               # "3 killed, 12 wounded in Monday shootings across Chicago", "in city shootings", "in
               # Labor Day weekend shootings": a day's toll over a city's shootings ("in the
               # shootings", "in two shootings" may be one event told twice, as above)
               r"\bin (?!the\b|two\b|2\b|both\b|twin\b|those\b|these\b)(?:[\w'’-]+ ){0,3}?(?:shootings|homicides)\b|"
               r"\bshootings (?:across|around|throughout|all over)\b|"
               # "a weekend that saw more than 50 people shot across Chicago"
               r"\b(?:weekend|week|night|month)s? (?:that|which) saw\b|"
               r"\b(?:shot|killed|wounded) (?:across|throughout|all over) (?:the (?:city|county|state|country|region)\b|(?-i:[A-Z]))|"
               # "seven people shot in 72 hours", "among 11 people shot, one fatally, from Tuesday
               # afternoon to early Wednesday": the count of a span of hours or days
               r"\bshot\b[^.;]{0,40}?\b(?:in|over|within|during) (?:just |only |less than |the (?:last|past) )?"
               r"(?:\d+|two|three|four|five|six|seven|several|a few|a couple of) (?:hours|days)\b|"
               r"\b(?:shot|shootings)\b[^.;]{0,60}?\bfrom (?:early |late )?" + _WEEKDAY +
               r" (?:(?:morning|afternoon|evening|night) )?(?:to|until|through|into) (?:early |late )?" + _WEEKDAY + "|"
               # "one of three people killed and 27 wounded over an eight-hour stretch": a city's night
               r"\b(?:over|in|within|during) (?:an?|the|a single) (?:[\w-]+[- ])?(?:hour|day)s?[- ](?:stretch|span)\b")
# a tally over a period or area, not one event
AGGREGATE_CUES = re.compile(
    r"\bsince (?:the (?:start|beginning|outbreak)|it began|\d{4}|(?:january|february|march|april|may|june|"
    r"july|august|september|october|november|december)\b)|\bso far (?:this|in)\b|\bthis year\b|\blast year\b|"
    r"\bover the (?:past|last) (?:year|month|decade|\d+ (?:months|years))|\bin total\b|\btotal of\b|\boverall\b|"
    r"\bcampaign\b|\bwar\b|\bconflict\b|\bcrisis\b|\bper (?:day|month|year)\b|\bmonthly\b|\bannual|\btally\b|"
    r"\bto date\b|\bcumulative|\bthroughout\b|\bduring the (?:war|conflict|offensive|battle|campaign)\b|"
    r"\bin (?:a|one|a single) (?:month|week|year)\b|\b(?:for|in|over|during) the same (?:period|month|week|year)\b|"
    + MANY_EVENTS, re.I)
# "a strike", "an alleged Israeli drone strike": one event, however many words describe it (and a
# headline's "November shooting of 11-year-old boy": the month names its one event)
SINGULAR_EVENT = re.compile(r"\b(?:a|an|one|the|single|that|this|(?:january|february|march|april|may|june|july|"
                            r"august|september|october|november|december)(?:\s+\d{1,2})?)\s+(?:[\w'’]+[- ]){0,3}?"
                            r"(?:air ?strike|strike|attack|raid|bombing|explosion|blast|shooting|gunfight|shootout|"
                            r"firefight)\b", re.I)
# "the killing of two men in May" is one event; "the killing of 15 family members during the war" a tally:
# a killing is one event only over a month at most
SINGULAR_KILLING = re.compile(r"\b(?:a|an|one|the|single|that|this)\s+(?:[\w'’]+[- ]){0,3}?(?:killing|murder|slaying|homicide|stabbing)\b", re.I)

# where the wounded were taken, treated or died: a hospital named as a destination is no target
CARE_DESTINATION = re.compile(
    r"\b(?:taken|rushed|transported|brought|carried|airlifted|flown|driven|transferred|evacuated|"
    r"admitted|treated|died|pronounced(?: dead)?|recovering|remains|remained|listed|hospitali[sz]ed|"
    r"arrived|arriving|sent|sends?|sending|take|rush|transport|bring|fly|drive|transfer|evacuate|took|takes|"
    r"taking)\b"
    # ("took three men with gunshot wounds from the parking lot to ProMedica Toledo Hospital")
    # ("pronounced dead at 2:28 p.m. Friday at Christ Medical Center")
    r"(?:\s+[\w'’.,:-]+){0,9}?\s+(?:to|at|in|into)\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’.&-]+\s+){0,5}?"
    # ("taken to Children's Healthcare of Atlanta")
    r"(?:hospitals?|medical (?:center|centre)|clinic|trauma (?:center|centre)|healthcare)\b", re.I)


# "a fatal shooting", "the shooting death of": the event's own word says someone died, though no
# sentence counts the dead; "a murder-suicide" is two deaths. A floor, not a toll.
FATAL_EVENT = re.compile(r"(?<![-\w])(?:(?:fatal(?:ly)?|deadly)\s+(?:[\w-]+\s+){0,3}?(?:shootings?|stabbings?|shootouts?|"
                         r"gunfire|gunfights?|gun\s+battles?)|shooting deaths?|murder[- ]suicide)\b", re.I)
# a headline's crime that someone died of: "Arrest made in homicide following pool party",
# "Murder warrant issued for suspect" (where the page holds nothing else, one dead is all it says)
TITLE_KILLING = re.compile(r"(?<![-\w])(?:homicide|murder|slaying|killing)(?![-\w])", re.I)
_COUNTED_BEFORE = re.compile(r"\b(?:two|three|four|five|six|seven|eight|nine|ten|\d+|several|multiple|many|"
                             r"numerous|recent|other|(?:string|series|spate|rash|number|wave)\s+of)\W+$", re.I)
_NOT_BEFORE = re.compile(r"\b(?:non|not|no|never|avoid\w*|prevent\w*|attempted)\W+$", re.I)


def fatal_event(text: str, *, title: bool = False) -> re.Match | None:
    """The first words in `text` that name a deadly event, unless negated ("a non-fatal shooting",
    "an attempted murder-suicide"); in a headline (`title`), also a homicide, murder or slaying."""
    found = list(FATAL_EVENT.finditer(text))
    if title:
        found = sorted(found + list(TITLE_KILLING.finditer(text)), key=lambda m: m.start())
    for m in found:
        before = text[max(0, m.start() - 30):m.start()]
        if _NOT_BEFORE.search(before[-12:]):
            continue
        if re.search(r"\b(?:weapons?|force)\b", m.group(0), re.I):
            continue   # "charged with assault with a deadly weapon after the shooting": a charge
        if m.group(0).lower().endswith("s") and _COUNTED_BEFORE.search(before):
            continue   # "the site of two fatal shootings in 13 months": a tally of events, not one
        return m
    return None
