"""Extraction on short reports written for these tests: what a careful coder would write down."""
from __future__ import annotations

import pytest

from civcas.extract import extract_article, prefilter, split_lines
from civcas.ingest import make_article
from civcas.models import Article


def article(text: str, published: str | None = "2016-10-25", title: str | None = None, id: str = "t") -> Article:
    a = make_article(id, text, source="test", title=title, published=published)
    assert isinstance(a, Article)
    return a


def figures(claims, kind: str | None = "incident"):
    return sorted((f.harm, f.group, f.min, f.max) for c in claims for f in c.figures
                  if kind is None or c.kind == kind)


def only(claims):
    with_figures = [c for c in claims if c.figures]
    assert len(with_figures) == 1, claims
    return with_figures[0]


# ------------------------------------------------------------------------------- quantities


def test_over_and_at_least_are_open_ranges():
    cs = extract_article(article("Over 60 civilians were killed and at least 200 injured in airstrikes "
                                 "on Mosul on Tuesday, the Iraqi army said."))
    assert figures(cs) == [("injured", "civilians", 200, None), ("killed", "civilians", 60, None)]


def test_dozens_is_twelve_to_twenty_four_and_a_range_keeps_both_ends():
    cs = extract_article(article("A strike killed dozens of civilians in Kirkuk on Monday, the ministry said. "
                                 "Between 9 and 12 children were among the dead, doctors said."))
    assert ("killed", "civilians", 12, 24) in figures(cs)
    assert ("killed", "children", 9, 12) in figures(cs)


def test_children_within_a_total_are_a_figure_of_their_own():
    c = only(extract_article(article("Forty civilians, including 12 children, were killed when warplanes "
                                     "bombed a market in Idlib on Sunday.")))
    assert figures([c]) == [("killed", "children", 12, 12), ("killed", "civilians", 40, 40)]


def test_no_one_killed_is_a_figure_of_zero():
    cs = extract_article(article("No one was killed in the shelling of the village of Bartella on Monday, "
                                 "local officials said."))
    assert ("killed", "people", 0, 0) in figures(cs)


def test_a_count_of_killed_and_injured_together_is_not_a_figure():
    cs = extract_article(article("Dozens of casualties were reported after the blast in Tikrit on Friday."))
    assert figures(cs) == []


def test_named_victims_are_counted():
    cs = extract_article(article("Ahmad Saleh, Khalid Omar and Yusuf Karim were killed in the strike on "
                                 "their house in Raqqa on Monday, activists said."))
    assert ("killed", "people", 3, 3) in figures(cs)


def test_a_list_of_the_victims_names_counts_them():
    cs = extract_article(article("An airstrike hit the Saleh family home in Khan Younis on Monday. The "
                                 "victims were named as Ahmad Saleh, Mariam Saleh, Omar Saleh and Huda Saleh."))
    assert ("killed", "people", 4, 4) in figures(cs)
    assert {"Ahmad Saleh", "Huda Saleh"} <= {v for c in cs for v in c.victims}


def test_a_man_is_one():
    cs = extract_article(article("A man was shot and killed on Friday night in Chicago, police said."))
    assert figures(cs) == [("killed", "men", 1, 1)]


def test_shot_who_died_are_killed_not_injured():
    cs = extract_article(article("Two men were shot on Elm Street in Houston on Saturday night. One of "
                                 "them died at the hospital, police said."))
    got = figures(cs)
    assert ("killed", "men", 1, 1) in got or ("killed", "people", 1, 1) in got
    assert ("injured", "men", 1, 1) in got


@pytest.mark.parametrize("text, group", [
    ("A 29-year-old man who was found dead in a ditch near Islandton was shot several times.", "men"),
    ("Prosecutors will decide on charges in the death of a 7-year-old boy who was accidentally "
     "shot inside the family van on Monday.", "children"),
    ("A man who was shot on Elm Street in Dayton died at the hospital on Monday, police said.", "men"),
    ("A woman who was wounded in a Sunday night shooting in Metairie has died.", "women"),
])
def test_a_victim_also_said_to_be_dead_was_killed(text, group):
    assert figures(extract_article(article(text))) == [("killed", group, 1, 1)]


@pytest.mark.parametrize("text", [
    "Deputies said Waldron was subsequently shot and killed at the house on Ward Avenue.",
    "Arnold had been shot multiple times and was pronounced dead at the scene, a spokeswoman said.",
    "The coroner said Lelangel Holmes, 36, was found shot and killed inside the home on Abbot Lane.",
    "Jon Boring, 51, who was shot and killed in his Redding home, was a father of two.",
])
def test_a_named_person_shot_and_killed_is_one_killed(text):
    got = figures(extract_article(article(text)))
    # one killed, whether counted by name or as "a father" ("people" or "men")
    assert [f[2:] for f in got if f[0] == "killed"] == [(1, 1)] and not [f for f in got if f[0] == "injured"]


def test_one_victim_shot_in_a_headline_that_tells_of_a_death_was_killed():
    cs = extract_article(article("State police said the girl was shot during a party on Saturday.",
                                 title="Girl shot at party dies; woman held"))
    assert ("killed", "children", 1, 1) in figures(cs)
    cs = extract_article(article("Police said the man was shot during a party on Saturday.",
                                 title="Man shot at party in Dayton"))
    assert ("killed", "men", 1, 1) not in figures(cs)


@pytest.mark.parametrize("text, injured", [
    ("Nineteen members of the family were killed and an unknown number of others were injured when "
     "their home in Beit Lahia was bombed on Saturday.", 2),
    ("An alleged Israeli bombardment hit the family home in the al-Nuseirat camp, causing injuries.", 2),
    ("A man was left with critical injuries after a shooting in Corvallis on Monday.", None),
])
def test_injured_reported_without_a_number_are_two(text, injured):
    got = [f for f in figures(extract_article(article(text, published="2023-10-16"))) if f[0] == "injured"]
    assert (got[0][2] if got else None) == injured or (injured is None and got and got[0][2] == 1)


@pytest.mark.parametrize("text, expected", [
    ("Four teenagers were shot, one fatally, while sitting in a parked van on Tuesday night.",
     [("injured", "children", 3, 3), ("killed", "people", 1, 1)]),
    ("One man dead, two juveniles injured in east Columbus triple shooting.",
     [("injured", "children", 2, 2), ("killed", "men", 1, 1)]),
    ("2 confirmed dead in Lolo shooting, suspect in custody.", [("killed", "people", 2, 2)]),
    ("Police are investigating a double homicide in Dallas.", [("killed", "people", 2, 2)]),
])
def test_deaths_told_by_clipped_grammar_and_the_killings_own_nouns(text, expected):
    assert figures(extract_article(article(text))) == expected


@pytest.mark.parametrize("text, expected", [
    ("The victim was struck by a bullet in the lower left leg, police said.", ("injured", "people", 1, 1)),
    ("A bullet entered her home on Sunday morning and hit her daughter in the back.", ("injured", "people", 1, 1)),
    ("The homeowner grabbed his gun and opened fire, striking his girlfriend.", ("injured", "women", 1, 1)),
    ("The woman was taken to the hospital and is expected to recover from her injuries.",
     ("injured", "women", 1, 1)),
    ("At least five other family members sustained injuries in the strike.", ("injured", "people", 5, None)),
])
def test_a_person_struck_by_gunfire_or_said_to_suffer_injuries_is_injured(text, expected):
    assert figures(extract_article(article(text))) == [expected]


@pytest.mark.parametrize("text", [
    "A man was struck by a car on Main Street on Sunday.",
    "A man was hit in the face during a fight at a bar, police said.",
])
def test_struck_by_anything_but_gunfire_is_no_shooting(text):
    assert figures(extract_article(article(text))) == []


@pytest.mark.parametrize("text", [
    "Chicago has had 12 homicides so far this year, police said.",
    "Accidental shootings injure and kill dozens of minors each year in the United States.",
    "Police reported 3,165 shootings through Nov. 16. More than 3,290 people have been injured in "
    "those shootings, and that does not include the 629 who died.",
    "If the baby dies, the shooting of the two women becomes a triple homicide.",
    "The same apartment building has seen two killings within the last week.",
    "The gun used to shoot the officer is connected to five homicides.",
])
def test_a_year_s_tally_or_a_hypothetical_killing_is_no_incident_figure(text):
    assert not [f for f in figures(extract_article(article(text))) if f[0] == "killed"]


def test_one_person_named_twice_is_one_victim_and_the_arrested_are_no_victims():
    from civcas.resolve import resolve
    text = ("Malone Amason, 24, was found shot in a parking lot in Westwood on Sunday. Amason was "
            "pronounced dead at the scene. Police arrested Dwayne Thompson on Monday.")
    cs = extract_article(article(text))
    assert {v for c in cs for v in c.victims} <= {"Malone Amason", "Amason"}
    incidents = [i for i in resolve(cs) if i.kind == "incident" and i.civilians_killed.min]
    assert [i.civilians_killed.min for i in incidents] == [1]


# ----------------------------------------------------------------------- harm that did not happen


@pytest.mark.parametrize("text", [
    "Officials warned that the hundreds of thousands of civilians still in the city could be used as human shields.",
    "The offensive may force hundreds of thousands of refugees to flee the city.",
    "Rebels threatened to kill 20 hostages if their demands were not met.",
    "The coalition said it took every precaution to avoid killing civilians.",
    "A man was nearly killed by a speeding car in Houston on Tuesday.",
])
def test_hypothetical_or_future_harm_is_no_figure(text):
    assert figures(extract_article(article(text)), kind=None) == []


def test_a_denial_is_a_claim_with_the_stance_denied():
    cs = extract_article(article("The US-led coalition denied that its aircraft killed civilians in the strike "
                                 "on a bakery in Raqqa on Wednesday."))
    assert any(c.stance == "denied" for c in cs) or figures(cs) == []


# ------------------------------------------------------------------------------ who says it


def test_the_claimant_after_a_headline_dash():
    a = article("Coalition airstrikes killed over 60 civilians in Mosul over the past three days, the Iraqi "
                "army said on Tuesday.", title="60 civilians killed in Mosul strikes – Russian MoD")
    cs = [c for c in extract_article(a) if c.figures]
    assert cs and all(c.claimant is not None for c in cs)


def test_he_said_goes_back_to_the_named_speaker_and_his_organisation():
    text = ("Lieutenant General Sergei Rudskoi, chief of the Main Operations Directorate of the Russian "
            "General Staff, spoke to reporters on Tuesday.\n"
            "“During the past three days more than 60 civilians became victims of these air strikes,” he said.")
    c = only(extract_article(article(text)))
    assert c.claimant.name == "Russian General Staff"
    assert c.claimant.person == "Sergei Rudskoi"
    assert c.claimant.type == "military"


def test_according_to():
    c = only(extract_article(article("According to the Syrian Observatory for Human Rights, 14 civilians "
                                     "were killed in the shelling of Douma on Sunday.")))
    assert c.claimant.name == "Syrian Observatory for Human Rights"
    assert c.claimant.type == "monitor"


def test_an_acknowledgement_by_the_attacker():
    text = ("On March 17, a US airstrike hit a building in the al-Jadida district of Mosul. Over 200 "
            "civilians are believed to have been killed in the strike.\n"
            "The Pentagon acknowledged that the US had carried out the attack.")
    cs = extract_article(article(text, published="2017-04-02"))
    assert any(c.stance == "acknowledged" for c in cs)
    assert len({c.event for c in cs if c.kind == "incident"}) == 1


# ------------------------------------------------------------------------ what, where, when


def test_attacker_event_type_place_and_date_of_the_event():
    c = only(extract_article(article("US-led coalition airstrikes in Mosul killed 12 civilians on Friday, "
                                     "residents said.")))
    assert c.attacker == "US-led coalition"
    assert c.event_type == "airstrike"
    assert c.place.name == "Mosul" and c.place.country == "IQ"
    assert (c.date_start, c.date_end) == ("2016-10-21", "2016-10-21")


def test_the_past_three_days_ends_on_the_publication_date():
    c = only(extract_article(article("Airstrikes killed more than 60 civilians in Mosul during the past three "
                                     "days, the army said.")))
    assert (c.date_start, c.date_end) == ("2016-10-22", "2016-10-25")


def test_the_following_day_counts_from_the_date_before_it():
    text = ("A warplane bombed a school in southern Mosul on October 21, killing four children. On the "
            "following day, air strikes hit houses in Qaraqosh, killing three people.")
    cs = [c for c in extract_article(article(text)) if c.figures]
    dates = sorted((c.place.name if c.place else None, c.date_start) for c in cs)
    assert ("Mosul", "2016-10-21") in dates
    assert any(d == "2016-10-22" for _, d in dates)


def test_a_place_stated_by_its_distance_from_a_town():
    c = only(extract_article(article("A strike killed 5 people in Hazna, 15 kilometers east of Mosul, on Monday.")))
    assert c.place.name == "Hazna"


def test_the_statement_date_is_not_the_event_date():
    c = only(extract_article(article("Airstrikes killed 30 civilians in Raqqa on Saturday, the monitor told "
                                     "journalists on Tuesday.")))
    assert c.date_start == "2016-10-22"


# (headline, body, published, the event's day)
EVENT_DAYS = [
    # the shooting's day, though the sentence goes on to the arrest
    ("Teen dies after being shot by friend",
     "A 14-year-old boy who was shot inside a home in Littleton on Friday afternoon has died, and a 15-year-old "
     "is in custody in the case.\n\nDeputies found the injured teen at the home.", "2016-12-26", "2016-12-23"),
    # an arrest's day dates no shooting
    ("Man wounded in shooting",
     "A man was wounded in a shooting on Main Street.\n\nA suspect was arrested Monday night.", "2016-12-26", None),
    # a day said of the wounding, in a sentence that counts no one
    ("Two teens seriously injured in Kent shooting",
     "Two teenagers are at Harborview Medical Center with life-threatening injuries after a shooting Saturday "
     "night.\n\nBoth were taken to the hospital.", "2017-01-23", "2017-01-21"),
    # a day after the time and a comma stays with its sentence
    ("Teen killed in accidental shooting",
     "HAWKINSVILLE, Georgia – A teen was accidentally shot and killed at his home around 7:30 p.m., Monday.\n\n"
     "Agents said friends were handling a pistol when the gun went off.", "2016-06-07", "2016-06-06"),
]


@pytest.mark.parametrize("title, body, published, day", EVENT_DAYS)
def test_the_day_said_of_the_harm_dates_the_event(title, body, published, day):
    cs = extract_article(article(f"{title}\n{body}", published=published, title=title))
    assert {c.date_start for c in cs if c.figures} == {day}


def test_an_age_set_off_by_commas_or_said_of_one_of_them_is_no_count():
    cs = extract_article(article("One of the alleged robbers, 34, was shot in the torso. Two teenagers, one 16 and the "
                                 "other 17, were injured in a shooting at the park."))
    assert all(f[2] <= 2 for f in figures(cs))
    cs = extract_article(article("Three people died and the other 17 were wounded in the shooting."))
    assert ("injured", "people", 17, 17) in figures(cs)


def test_the_address_officers_were_called_to_is_a_name_of_the_event():
    cs = extract_article(article("Man and woman shot inside Franklin hotel room\nA man and a woman were injured in a "
                                 "shooting at a Franklin hotel Saturday afternoon.\n\nOfficers were called to the "
                                 "Hyatt Place hotel at 650 Bakers Bridge Ave. just before 4 p.m. Saturday.",
                                 published="2017-02-11", title="Man and woman shot inside Franklin hotel room"))
    assert any("650 Bakers Bridge Ave." in c.names for c in cs if c.figures)


def test_the_crowd_some_of_whom_were_hurt_is_no_count_of_the_hurt():
    cs = extract_article(article("Three other victims, some of the roughly 40 people who gathered for the party, were "
                                 "hospitalized with gunshot wounds."))
    assert figures(cs) == [("injured", "people", 3, 3)]
    cs = extract_article(article("Most of the 12 victims were shot in the legs."))
    assert ("injured", "people", 12, 12) in figures(cs)


def test_the_day_a_name_is_released_is_not_the_day_of_the_shooting_told_before_the_speaker():
    text = ("Man killed in shooting at party identified\nHAWTHORNE — The name of a 20-year-old man who was killed in "
            "a shooting that also left three other people wounded at a party in Hawthorne was released today by a "
            "coroner's investigator.\n\nMore than 40 revelers were celebrating at a home in the 13500 block of "
            "Cerise Avenue when a gunman opened fire at about 1:15 a.m. Tuesday, sheriff's sergeant Diane Hecht said "
            "in a statement.")
    cs = extract_article(article(text, published="2013-01-05", title="Man killed in shooting at party identified"))
    assert {c.date_start for c in cs if c.figures} == {"2013-01-01"}


def test_a_trial_story_that_gives_no_day_leaves_the_event_undated():
    """A sentencing months after a killing is no news of the killing's day: the event is undated,
    not of the story's; a news story with no day is of about its publication."""
    cs = extract_article(article("Man sentenced for killing of teen\nA man was sentenced to life for shooting and "
                                 "killing a 17-year-old outside a store.", published="2017-03-03",
                                 title="Man sentenced for killing of teen"))
    assert {(c.date_start, c.date_end) for c in cs if c.figures} == {(None, None)}
    cs = extract_article(article("Teen killed outside store\nA 17-year-old was shot and killed outside a store.",
                                 published="2017-03-03", title="Teen killed outside store"))
    assert {(c.date_start, c.date_end) for c in cs if c.figures} == {(None, "2017-03-03")}
    # (so is a story of a suspect's motions or of the testimony at a hearing)
    for title in ("Howland murder suspect's attorney files motions", "Testimony details fatal shooting of teen"):
        cs = extract_article(article(f"{title}\nThe suspect in the shooting that killed two and injured three "
                                     "others filed several defense motions.", published="2017-03-08", title=title))
        assert {(c.date_start, c.date_end) for c in cs if c.figures} == {(None, None)}, title


def test_one_fighting_for_life_is_no_armed_clash():
    from civcas.extract.events import event_type
    assert event_type("Four people are dead and another is fighting for her life after a shooting.") == "shooting"
    assert event_type("A teen is fighting for life.") is None
    assert event_type("Fighting between the army and rebels killed five.") == "armed_clash"


@pytest.mark.parametrize("text, kind", [
    ("Two teens were shot in the park, leaving the lot riddled with shell casings.", "shooting"),
    ("Artillery shells hit the village.", "shelling"),
    ("The boy was shot and flown by helicopter to a hospital.", "shooting"),
    ("A man was shot and taken to a medical helicopter.", "shooting"),
    ("Army helicopters struck the village.", "airstrike"),
    ("Gang members ambushed a group of men before opening fire.", "shooting"),
    ("Militants ambushed an army convoy.", "armed_clash"),
    ("An airman of the U.S. Air Force was hurt when a gunman opened fire at the airport after his plane landed.",
     "shooting"),
    ("Coalition aircraft bombed the town.", "airstrike"),
    ("Warplanes opened fire on the convoy.", "airstrike"),
])
def test_the_words_of_a_shooting_make_no_war(text, kind):
    """Shell casings, the helicopter that flies the wounded to hospital, an ambush with its shots:
    a shooting, not shelling, an airstrike or a clash of armed parties."""
    from civcas.extract.events import event_type
    assert event_type(text) == kind


def test_two_crossing_streets_named_with_one_street_word_are_no_towns():
    for text in ("A 2-year-old boy and a man were fatally shot near Ogden and Kostner avenues in Chicago's Lawndale "
                 "neighborhood.", "A man was shot near Kostner and Ogden avenues in Chicago on Monday."):
        cs = extract_article(article(text))
        assert {(c.place.name, c.place.admin1) for c in cs if c.place} == {("Chicago", "Illinois")}, text


def test_the_town_a_victim_is_a_resident_of_is_not_where_the_shooting_was():
    cs = extract_article(article("Baldwin City — A man was wounded in a shooting on Feb. 7. The wounded man, a "
                                 "resident of Edwardsville, was taken to a hospital.", published="2017-02-27"))
    assert {(c.place.name, c.place.admin1) for c in cs if c.place} == {("Baldwin City", "Kansas")}


# ------------------------------------------------------------------------- incident or tally


def test_a_tally_since_a_year_is_an_aggregate():
    cs = extract_article(article("The war has claimed the lives of 400,000 people since March 2011."))
    assert [c.kind for c in cs if c.figures] == ["aggregate"]
    agg = next(c for c in cs if c.figures)
    assert agg.date_start == "2011-03"


def test_a_monthly_tally_is_an_aggregate_and_a_strike_last_month_is_an_incident():
    text = ("Airwars said on Wednesday that between 529 and 744 civilians were killed by coalition air "
            "strikes in Iraq and Syria in June.\n"
            "A US airstrike last month killed 30 civilians in Raqqa, residents said.")
    cs = extract_article(article(text, published="2017-07-12"))
    assert ("killed", "civilians", 529, 744) in figures(cs, "aggregate")
    assert ("killed", "civilians", 30, 30) in figures(cs, "incident")


def test_two_events_in_one_article_are_two_events():
    text = ("An airstrike killed 8 civilians in Mosul on Monday. In a separate attack, a car bomb killed "
            "15 people at a market in Tikrit on Tuesday.")
    cs = [c for c in extract_article(article(text)) if c.figures]
    assert len({c.event for c in cs}) == 2
    assert {c.event_type for c in cs} == {"airstrike", "explosive"}


def test_a_headline_and_its_body_are_one_claim():
    a = article("Over 60 civilians have been killed and at least 200 injured in airstrikes on Mosul, the "
                "army said.", title="60 civilians killed, 200 injured in Mosul – army")
    cs = [c for c in extract_article(a) if c.figures]
    assert len(cs) == 1
    assert figures(cs) == [("injured", "civilians", 200, None), ("killed", "civilians", 60, None)]


# ------------------------------------------------------------------------------ traceability


def test_every_figure_and_evidence_offset_points_into_the_text():
    a = article("Rescuers said 11 bodies were pulled from the rubble in Aleppo on Saturday, and at least "
                "30 people were wounded.")
    for c in extract_article(a):
        for f in c.figures:
            assert a.text[f.start:f.end] == f.text
        for e in c.evidence:
            assert a.text[e.start:e.end] == e.text


def test_claims_are_the_same_on_a_second_run():
    a = article("Shelling killed 7 civilians in Daraa on Sunday, the civil defence said.")
    assert extract_article(a) == extract_article(a)


# ------------------------------------------------------------------------ crime-report usage


def test_a_headline_drops_its_was():
    a = article("Police said the woman was found in an alley on Friday night.", published="2016-05-06",
                title="Woman shot, killed in West Philadelphia; suspect in custody")
    assert ("killed", "women", 1, 1) in figures(extract_article(a))


@pytest.mark.parametrize("title, want", [
    ("Boy, 14, fatally shot in O'Fallon Park neighborhood", ("killed", "people", 1, 1)),
    ("17-year-old shot, killed inside house", ("killed", "people", 1, 1)),
    ("Police: 3-year-old boy shot in Woodlawn", ("injured", "people", 1, 1)),
    ("Man, 45, shot near gas station", ("injured", "people", 1, 1)),
    ("Two Juveniles Shot in Accidental Shooting", ("injured", "people", 2, 2)),
    ("Nine-Year-Old Struck By Gunshots In Dallas", ("injured", "people", 1, 1)),
    ("Three people killed in shooting at Waffle House", ("killed", "people", 3, 3)),
    ("Tennessee Boy, 7, Killed: Sibling Shoots 7-Year-Old Inside Parked Car", ("killed", "people", 1, 1)),
])
def test_a_headline_victim_the_parser_cannot_tie_to_the_harm(title, want):
    """A headline alone over a page of boilerplate: its clipped victim is the toll."""
    a = article("Sign in to comment. Already have an account?", title=title)
    harm, _, lo, hi = want  # the group: whatever the parser made of the noun, or people
    assert [f for f in figures(extract_article(a)) if (f[0], f[2], f[3]) == (harm, lo, hi)]


def test_an_age_phrase_is_the_person_it_describes():
    """The parser makes "old" the noun of "the 15-year-old": the phrase is one young victim."""
    text = ("A homicide investigator will discuss the shooting death of the 15-year-old in a "
            "parking lot on January 4.")
    assert ("killed", "children", 1, 1) in figures(extract_article(article(text)))


def test_a_headline_of_a_charge_has_no_victim_of_its_own():
    a = article("Sign in to comment. Already have an account?", title="Man charged in shooting death")
    assert not [f for f in figures(extract_article(a), kind=None) if f[1] == "men"]


def test_a_victim_named_by_what_they_do():
    cs = extract_article(article("A waitress was shot outside a bar in southwest Houston on Sunday, police said."))
    assert ("injured", "people", 1, 1) in figures(cs)


def test_a_suspect_searched_for_is_no_victim():
    cs = extract_article(article("Police were searching on Monday for a suspect in the shooting death of a "
                                 "teenage boy in Melrose Park, authorities said."))
    assert figures(cs) == [("killed", "children", 1, 1)]


def test_charges_filed_later_are_the_same_event():
    text = ("A man was shot and killed in Rialto on Saturday, police said.\n"
            "On Tuesday, two men were charged with murder in the killing, prosecutors said.")
    cs = [c for c in extract_article(article(text, published="2017-02-08")) if c.kind == "incident"]
    assert len({c.event for c in cs}) == 1
    assert {c.date_start for c in cs} == {"2017-02-04"}


def test_a_holiday_in_a_month_dates_the_event_by_the_holiday():
    """"on Martin Luther King Jr. Day in January": the day, not the month (a month would make the
    killing a tally of the month's)."""
    cs = extract_article(article("A 16-year-old was shot and killed just outside the Jacksonville Landing in "
                                 "Jacksonville, Florida on Martin Luther King Jr. Day in January.",
                                 published="2017-03-03"))
    assert [(c.kind, c.date_start) for c in cs] == [("incident", "2017-01-16")]


def test_the_dateline_places_an_event_the_text_does_not():
    a = article("CATONSVILLE, Md. (WBFF) -- A man was shot and killed in a shopping plaza on Friday night, "
                "police said.", published="2016-06-04")
    c = only(extract_article(a))
    assert (c.place.name, c.place.admin1) == ("Catonsville", "Maryland")


def test_a_dateline_with_the_state_in_capitals_and_a_comma():
    a = article("FRAZEE, MINN, (KFGO) - The Becker County Sheriff's Office says a man accidentally shot "
                "himself in the hand on Monday.", published="2017-02-07")
    c = only(extract_article(a))
    assert (c.place.name, c.place.admin1) == ("Frazee", "Minnesota")


def test_a_dateline_on_a_line_of_its_own_places_the_event():
    # ("WARREN" above a Vindicator story): a dateline with no dash after it
    a = article("CATONSVILLE\n\nA man shot and killed two young men and wounded three other people at his home "
                "on Saturday, says a document released Monday by prosecutors.", published="2017-02-27",
                title="Prosecutors: Facebook taunts led to Saturday shooting")
    assert {(c.place.name, c.place.admin1) for c in extract_article(a) if c.place} == {("Catonsville", "Maryland")}


def test_a_town_whose_name_begins_with_a_big_citys_is_that_town():
    for town, state in (("Brooklyn Center", "Minnesota"), ("Detroit Lakes", "Minnesota")):
        c = only(extract_article(article(f"Police in {town} are looking for two men who shot four people "
                                         "during a home invasion on Saturday.", published="2017-01-28")))
        assert (c.place.name, c.place.admin1) == (town, state)


def test_a_street_named_for_a_town_is_no_place_and_hides_no_other():
    cs = extract_article(article("A 16-year-old was shot as she walked along a Lawndale street on Wednesday, "
                                 "deputies said. It happened on Mansel Avenue north of Manhattan Beach "
                                 "Boulevard.", published="2017-01-19"))
    assert {c.place.name for c in cs if c.place} == {"Lawndale"}


def test_at_least_one_but_possibly_up_to_twelve():
    cs = extract_article(article("At least one but possibly up to 12 civilians were killed when a house "
                                 "was bombed in Khan Younis on Wednesday."))
    assert ("killed", "civilians", 1, 12) in figures(cs)


# ------------------------------------------------------------------ the actors' alias regex

def test_alias_trie_matches_what_the_plain_alternation_matches():
    """The trie-shaped regex of `actors._trie` must find exactly what an alternation of the
    aliases, longest first, finds, with the same boundaries (prefixes of each other, spaces that
    stand for any run of spaces, hyphenated and possessive neighbours)."""
    import re

    from hypothesis import given, settings
    from hypothesis import strategies as st

    from civcas.extract.actors import _trie

    def plain(words):
        body = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))
        return re.compile(r"(?<![\w-])(?:" + body + r")(?![\w]|-based)", re.I)

    word = st.text(alphabet="ab -.'", min_size=1, max_size=6).map(str.strip).filter(bool)

    @settings(max_examples=300, deadline=None)
    @given(st.sets(word, min_size=1, max_size=8), st.text(alphabet="ab -.'\nAB", max_size=40))
    def check(words, text):
        trie = re.compile(r"(?<![\w-])(?:" + _trie(words) + r")(?![\w]|-based)", re.I)
        assert [m.span() for m in trie.finditer(text)] == [m.span() for m in plain(words).finditer(text)]

    check()


@pytest.mark.parametrize("text, expected", [
    ("He was taken to a local hospital where he died.", ()),
    ("The victim was rushed to Ben Taub Hospital in critical condition.", ()),
    ("He died at the hospital an hour later.", ()),
    ("Israeli strikes hit the al-Ahli hospital.", ("hospital",)),
    ("A strike near the Indonesian Hospital killed five.", ("hospital",)),
    ("The school was hit and the injured were taken to hospital.", ("school",)),
    ("Shooting at Kokomo bar sends 4 people to the hospital", ("nightlife",)),
    ("Four people were shot outside a Kokomo nightclub.", ("nightlife",)),
    ("The suspect is behind bars, the state bar association said.", ()),
    ("A teen was shot at Coastland Center Mall.", ("mall",)),
    ("First responders took three men with gunshot wounds from the parking lot to ProMedica Toledo Hospital.", ()),
])
def test_a_hospital_the_wounded_were_taken_to_is_no_target(text, expected):
    from civcas.extract.events import targets
    assert targets(text) == expected


def test_a_town_that_ends_the_headline_places_the_event():
    cs = extract_article(article("A 16-year-old girl died early Saturday after shooting herself, police said.",
                                 title="Teen girl killed in accidental shooting in Wichita", published="2016-12-19"))
    assert {c.place.name for c in cs if c.place} == {"Wichita"}


def test_a_local_story_that_mentions_another_country_is_still_placed_at_home():
    text = ("Zion Willis, 16, died from a gunshot wound inside an apartment Thursday in the Bronx, "
            "the New York Daily News has learned. Her family had moved from Panama, relatives said.")
    cs = extract_article(article(text, title="Bronx teen fatally shot in apartment", published="2015-11-13"))
    assert {(c.place.name, c.place.country) for c in cs if c.place} == {("The Bronx", "US")}


@pytest.mark.parametrize("text, where", [
    ("A 15-year-old Georgia boy was shot dead on a fishing trip with his father on Thursday, "
     "Madison County sheriff's deputies said. The boy lived in Carlton, Georgia.", ("Georgia", "US")),
    ("Russian jets bombed the town of Gori in Georgia on Friday, killing five civilians, "
     "officials in Tbilisi said.", ("Georgia", "GE")),
])
def test_georgia_is_the_state_in_an_american_story_and_the_country_elsewhere(text, where):
    cs = extract_article(article(text, title="Killed in shooting", published="2014-05-25"))
    assert where in {(c.place.name, c.place.country) for c in cs if c.place} | {
        (c.place.admin1, c.place.country) for c in cs if c.place}


def test_a_street_or_county_named_for_a_big_city_does_not_give_the_story_that_city_or_its_state():
    text = ("A 17-year-old boy was shot in the leg early Monday, police said. Detectives patrolling "
            "the 100 block of Oakland Street found shell casings.")
    cs = extract_article(article(text, title="Teen shot in leg", published="2017-01-30"))
    assert cs and not {c.place.admin1 for c in cs if c.place} & {"California"}
    text = ("A 15-year-old boy was shot in the head by a friend on Saturday, the Oakland County "
            "Sheriff's Office said.")
    cs = extract_article(article(text, title="Boy shot by friend", published="2017-03-19"))
    assert cs and not {c.place.admin1 for c in cs if c.place} & {"California"}


def test_a_small_town_of_a_state_the_story_never_names_is_not_its_place():
    """A Tennessee story's "Antioch" is the Nashville neighbourhood, not a town elsewhere; with no
    town it can place, the story is placed in its state."""
    text = ("Two people were killed in a shooting at an apartment complex in Antioch on Saturday, "
            "Metro Nashville police said. The Tennessee Bureau of Investigation is helping.")
    cs = extract_article(article(text, title="Two killed in Antioch shooting", published="2017-01-15"))
    placed = {(c.place.name, c.place.admin1) for c in cs if c.place}
    assert placed and all(admin1 == "Tennessee" for _, admin1 in placed), placed


def test_a_story_that_names_no_town_but_its_city_police_is_placed_in_that_city():
    """Police of a city work its streets: where nothing places the event, "Cincinnati police said"
    does, better than the state would."""
    text = ("A father accidentally shot and killed his own 14-year-old son, thinking he was an intruder, "
            "Cincinnati police said early Tuesday. The teen died shortly after at a hospital in Ohio.")
    cs = extract_article(article(text, title="Teen mistakenly shot, killed by father", published="2017-02-14"))
    assert {(c.place.name, c.place.admin1, c.place.precision) for c in cs} == {("Cincinnati", "Ohio", "town")}
    assert not [s for c in cs for s in c.spans if s[0] == "place"]  # no words of the text name it


def test_a_story_placed_by_its_town_police_but_not_by_the_state_police():
    text = "A man was shot and killed Sunday night, Clarksville police said. Tennessee officials are helping."
    cs = extract_article(article(text, title="Man killed in shooting", published="2017-02-14"))
    assert {(c.place.name, c.place.admin1) for c in cs} == {("Clarksville", "Tennessee")}
    text = "A man was shot and killed Sunday night, Pennsylvania State Police said."
    cs = extract_article(article(text, title="Man killed in shooting", published="2017-02-14"))
    assert {(c.place.name, c.place.precision) for c in cs} == {("Pennsylvania", "governorate")}


def test_a_story_that_names_no_town_is_placed_in_its_state():
    text = "A 16-year-old was shot and killed Sunday night, Pennsylvania State Police said."
    cs = extract_article(article(text, title="Teen killed in shooting", published="2017-03-12"))
    assert {(c.place.name, c.place.precision) for c in cs} == {("Pennsylvania", "governorate")}
    assert not [s for c in cs for s in c.spans if s[0] == "place"]  # no words of the text name it


def test_the_big_city_a_story_names_gives_its_state():
    """No state is named, but Chicago is: "Englewood" is the Chicago neighbourhood, not the town
    in Colorado."""
    cs = extract_article(article("A man was shot and killed Sunday night in Englewood, Chicago police said.",
                                 title="Man killed in Englewood", published="2017-01-19"))
    assert {(c.place.name, c.place.admin1, c.place.quarter) for c in cs if c.place} == \
        {("Chicago", "Illinois", "Englewood")}


@pytest.mark.parametrize("text", [
    "A 14-year-old boy was shot to death Saturday in the Austin neighborhood on the West Side, "
    "according to Chicago police.",
    "Two people were wounded in a shooting Saturday night in the Roseland neighborhood. The shooting "
    "happened in the 300 block of South California, according to Chicago Police.",
])
def test_a_neighbourhood_of_the_big_city_a_story_names_is_placed_in_that_city(text):
    """The gazetteer's Austin is in Texas and its Roseland in California; "the Austin
    neighborhood" of a Chicago story is a quarter of Chicago. A street ("South California") is
    no state."""
    cs = extract_article(article(text, title="Shooting", published="2017-03-25"))
    assert {(c.place.name, c.place.admin1) for c in cs if c.place} == {("Chicago", "Illinois")}


@pytest.mark.parametrize("where, quarter", [
    ("in Chicago’s Brighton Park neighborhood", "Brighton Park"),
    ("in the South Side Englewood neighborhood", "Englewood"),
])
def test_a_neighbourhood_told_as_the_city_s_is_the_same_quarter(where, quarter):
    """"Chicago’s Brighton Park neighborhood" is Brighton Park, as another outlet's "the Brighton
    Park neighborhood" is, and "the South Side Englewood neighborhood" is Englewood: the city's
    name or its side in front is no part of the quarter's."""
    text = (f"Four people were shot, one fatally, {where} Wednesday night, officials confirmed. The "
            "shootings come days after the Chicago Police Department announced its strategy.")
    cs = extract_article(article(text, title="Four shot", published="2017-01-12"))
    assert {(c.place.name, c.place.quarter) for c in cs if c.place} == {("Chicago", quarter)}


def test_shootings_in_two_quarters_of_a_city_are_two_events():
    """A night's round-up: a man shot in West Elsdon, a woman shot in Austin. Each quarter is a
    spot of its own; the two are not one shooting of two."""
    text = ("Four people were wounded in shootings across the city Monday, according to Chicago Police. "
            "About 4:30 p.m., a 20-year-old man was shot in the lower body in the West Elsdon neighborhood. "
            "He was taken to Mount Sinai Hospital. About 9:05 p.m. in the Austin neighborhood, a 29-year-old "
            "woman was shot in the back at the corner of Gladys and Cicero, police said.")
    cs = [c for c in extract_article(article(text, title="Four wounded", published="2017-01-24"))
          if c.kind == "incident"]
    assert {c.place.quarter for c in cs if c.place} == {"West Elsdon", "Austin"}
    assert len({c.event for c in cs}) == 2


def test_the_town_of_the_hospital_the_wounded_were_taken_to_is_not_where_it_happened():
    text = ("Four men were wounded in a drive-by shooting in the Englewood neighborhood, Chicago police "
            "said. A 43-year-old man was taken to Christ Medical Center in Oak Lawn.")
    cs = extract_article(article(text, title="Four men injured in drive-by shooting in Englewood",
                                 published="2017-01-20"))
    assert {(c.place.name, c.place.quarter) for c in cs if c.place} == {("Chicago", "Englewood")}


def test_the_site_that_ran_a_story_says_which_town_of_a_name_it_means():
    # a Columbus, Ga. station: Montgomery is Alabama's, an hour away, not the small one in Georgia
    a = make_article("t", "Montgomery police say they are investigating a homicide after an early morning "
                     "shooting left a juvenile dead.", source="test", published="2017-03-23",
                     title="Juvenile dies in Montgomery shooting - WTVM.com-Columbus, GA News Weather & Sports")
    assert {(c.place.name, c.place.admin1) for c in extract_article(a) if c.place} == {("Montgomery", "Alabama")}
    # a Richmond, Va. station: "Richmond police" place the story, though no state is named
    a = make_article("t", "Richmond police say three people were shot early Wednesday in Mosby Court.",
                     source="test", published="2017-03-30",
                     title="Three shot in Mosby Court - NBC12 - WWBT - Richmond, VA News On Your Side")
    assert {(c.place.name, c.place.admin1) for c in extract_article(a) if c.place} == {("Richmond", "Virginia")}


def test_a_joint_city_and_county_police_says_which_town_on_another_state_s_site():
    """A Memphis station runs a Savannah, Georgia station's story: "Savannah-Chatham Metro Police"
    is the police of Savannah in Chatham County, Georgia, not of Savannah, Tennessee."""
    a = make_article("t", "Savannah-Chatham Metro Police responded to two separate accidental shootings overnight. "
                     "Police say one man was shot and has non-life-threatening injuries.", source="test",
                     published="2017-03-01",
                     title="Metro police investigate 2 accidental shootings - WMC Action News 5 - Memphis, Tennessee")
    assert {(c.place.name, c.place.admin1) for c in extract_article(a) if c.place} == {("Savannah", "Georgia")}


def test_an_officer_named_in_a_sentence_that_counts_no_one_is_no_town_later():
    """The officer's surname standing alone ("Hardin’s incident report") is the officer, though the
    sentence that named him in full counted no one: not Hardin, Montana."""
    text = ("An apparent accidental shooting cost the victim a trip to the emergency room when Police Officer "
            "Tyler Hardin was dispatched for investigation last Friday.\n"
            "Hardin’s incident report stated the victim had accidentally shot himself in the leg.")
    cs = extract_article(article(text, published="2017-02-28"))
    assert cs and "Hardin" not in {c.place.name for c in cs if c.place}


@pytest.mark.parametrize("text, published, wrong", [
    ("A girl, 5, was hit by a stray bullet during a drive by shooting in the California neighborhood on Friday "
     "afternoon.", "2017-02-04", "California"),
    ("Woman dies after being shot inside a vehicle near Twain and Maryland\nThe woman died at the hospital.",
     "2017-01-02", "Maryland"),
    ("A patron was accidentally shot at the Noel Wien Public Library in Fairbanks on Wednesday.", "2017-03-24",
     "Missouri"),
])
def test_a_quarter_a_street_or_a_library_named_for_a_place_is_not_that_place(text, published, wrong):
    """Louisville's California neighborhood, Maryland Parkway in Las Vegas, a library named for a
    man: not the state of California, the state of Maryland, or Noel, Missouri."""
    cs = extract_article(article(text, published=published))
    assert cs and wrong not in {c.place.admin1 for c in cs if c.place}


def test_a_victim_who_was_a_man_of_another_town_died_in_the_event_told():
    text = ("Five people were killed and six were wounded in a shooting at the airport in Fort Lauderdale, "
            "Florida, on Friday. One of the five people killed in the shooting was a Virginia Beach man, "
            "Terry Andres.")
    cs = extract_article(article(text, published="2017-01-10"))
    assert {(c.event, c.place.name) for c in cs if c.place} == {(1, "Fort Lauderdale")}


def test_a_city_and_county_metro_police_place_the_story_in_the_city():
    cs = extract_article(Article(id="t", text="Savannah-Chatham Metro Police responded to a shooting on the 2100 "
                                 "block of Indiana Avenue after a man was shot around 1 p.m. on Saturday.",
                                 title="Man shot on Indiana Avenue", published="2017-02-11", outlet="WTVM",
                                 url="http://www.wtvm.com/story/34482044/shooting"))
    assert {(c.place.name, c.place.admin1) for c in cs if c.place} == {("Savannah", "Georgia")}


def test_a_park_named_for_a_town_is_no_town():
    cs = extract_article(article("Two teens were killed at Libby Lake Park in Oceanside on Sunday.",
                                 published="2013-03-13"))
    assert {c.place.name for c in cs if c.place} == {"Oceanside"}


def test_a_victim_who_died_days_later_died_of_the_same_shooting():
    cs = extract_article(article("Three people were shot early Wednesday in Mosby Court in Richmond, Virginia, "
                                 "police said. Taliek K. Brown, 15, was taken off life support Thursday afternoon "
                                 "and died.", published="2017-03-31"))
    assert len({c.date_start for c in cs}) == 1 and ("killed", "people", 1, 1) in figures(cs)
    # a death on a weekday that, read from a publication day before it, falls before the shooting
    cs = extract_article(article("Two teens who were shot in Mosby Court in Richmond, Virginia, on Wednesday "
                                 "have died. The 16-year-old girl died after being taken off life support on "
                                 "Friday.", published="2017-03-30"))
    assert len({c.date_start for c in cs}) == 1
    # a body found on another day is another event
    cs = extract_article(article("A man was shot in Dayton on Monday. Another man was found dead in Dayton on "
                                 "Thursday.", published="2017-03-31"))
    assert len(cs) == 2


def test_a_hospital_named_in_lower_case_is_no_town():
    text = ("A teenager was shot to death in Melrose Park on Sunday. Julian Hernandez was pronounced dead at "
            "5:16 p.m. Sunday at Loyola University medical center in Maywood.")
    cs = extract_article(article(text, published="2017-02-20"))
    assert "Loyola" not in {c.place.name for c in cs if c.place}


def test_a_town_named_without_a_state_that_many_states_have_is_marked_ambiguous():
    """"Woodlawn" alone is the likeliest Woodlawn, and marked as a guess; with its state named,
    or with a name no other state shares much, it is not."""
    def places(text, title):
        cs = extract_article(article(text, title=title, published="2016-06-19"))
        return {(c.place.name, c.place.admin1, c.place.ambiguous) for c in cs if c.place}
    guessed = places("A 3-year-old boy was shot in Woodlawn on Sunday evening, police said.", "Boy shot")
    assert guessed and all(ambiguous for _, _, ambiguous in guessed), guessed
    assert places("A 3-year-old boy was shot in Woodlawn, Maryland, on Sunday evening, police said.",
                  "Boy shot") == {("Woodlawn", "Maryland", False)}
    # Illinois has a Woodlawn of its own and Chicago's quarter of that name, its likelier
    assert places("A 3-year-old boy was shot in Woodlawn, Illinois, on Sunday evening, police said.",
                  "Boy shot") == {("Chicago", "Illinois", False)}
    assert places("A man was shot and killed in Houston on Sunday, police said.", "Man killed") \
        == {("Houston", "Texas", False)}


def test_a_total_with_no_period_is_the_event_s_total_and_a_total_since_a_date_is_a_tally():
    one = extract_article(article("Facebook user Ahmad Saleh reported a total of 30 deaths in the strike."))
    assert [(c.kind, figures([c], None)) for c in one] == [("incident", [("killed", "people", 30, 30)])]
    tally = extract_article(article("The health ministry said a total of 3,000 people have been killed "
                                    "since the war began."))
    assert {c.kind for c in tally} == {"aggregate"}


def test_a_figure_not_verified_elsewhere_is_still_about_this_strike():
    text = ("At least 24 civilians were killed when an airstrike hit two houses in Jabalia on Sunday. "
            "A Facebook user reported a total of 30 deaths but this has not yet been verified elsewhere.")
    cs = extract_article(article(text, published="2023-10-23"))
    assert len({c.event for c in cs if c.kind == "incident"}) == 1


# ------------------------------------------------------------------- grammar found on real reports


def test_a_number_the_parser_hangs_on_a_participle_counts_the_noun_after_it():
    cs = extract_article(article("At least 25 identified civilians belonging to three different families, "
                                 "including a professor, were killed in an airstrike on Bureij."))
    assert ("killed", "civilians", 25, None) in figures(cs)


def test_the_state_before_a_noun_is_the_harm_of_its_number():
    cs = extract_article(article("The agency reported that three killed victims and 11 injured victims "
                                 "had arrived at the hospital after the strike on Jabalia."))
    assert figures(cs) == [("injured", "people", 11, 11), ("killed", "people", 3, 3)]


def test_a_small_range_is_no_total_beside_a_larger_toll():
    """An age given as "(2 or 3)" is no count; nor would any "two or three" be the toll of an
    event where at least 16 died."""
    text = ("At least 16 people were killed in an airstrike on a house in Rafah on Monday. "
            "Ibrahim was killed along with his brothers Mustafa (2 or 3) and Malik (6).")
    cs = extract_article(article(text))
    assert ("killed", "people", 16, None) in figures(cs)
    assert not any(f.min == 2 and f.max == 3 for c in cs for f in c.figures)


@pytest.mark.parametrize("text", [
    "An airstrike hit the Anbar family home in Jabalia on Wednesday, killing 19 civilians.",
    "Azza Mushtaha (Samara) was killed with her five children in an airstrike in Shujaiya.",
])
def test_family_names_are_no_places(text):
    cs = extract_article(article(text, published="2023-11-01"))
    assert {c.place.country for c in cs if c.place} <= {"PS"}, [c.place for c in cs]


def test_where_an_organisation_sits_is_no_place_of_the_event():
    text = ("Israeli airstrikes killed 14 people in Nuseirat camp in the Gaza Strip on Monday. "
            "The Palestinian Journalists Forum in Lebanon said his mother was killed.")
    cs = extract_article(article(text, published="2023-10-31"))
    assert "Lebanon" not in {c.place.name for c in cs if c.place}


def test_a_town_of_a_country_the_story_never_names_is_no_place():
    """"Dallas Al Maghribi School" in Gaza is a school, not the Texan city."""
    text = ("At least 10 Palestinian civilians were killed by an Israeli airstrike on a school in "
            "Shujaiya, Gaza, on Thursday. The strike on Dallas Al Maghribi School killed 15 people.")
    cs = extract_article(article(text, published="2024-08-01"))
    assert {c.place.country for c in cs if c.place} == {"PS"}


ROSTER_ARTICLE = (
    "On October 8th, 2023, Hamid Abu Aoun was killed along with his three children in an alleged "
    "Israeli airstrike on his home in Nuseirat camp. A neighbour was injured. "
    "The victims were named as: Family members (4) Hamed Kamal Abu Aoun حامد كمال أبو عون 36 years old "
    "male killed Matched to MoH ID 800788010 Kamal Hamid Abu Aoun كمال حامد 13 years old male killed "
    "Omar Hamid Abu Aoun عمر حامد 5 years old male killed Rima Hamid Abu Aoun ريما حامد 1 years old female "
    "killed Ahmed Saleh أحمد صالح Adult male injured")


def test_a_roster_of_the_victims_counts_the_dead_and_the_wounded_it_names():
    from civcas.extract.roster import find_roster
    r = find_roster(ROSTER_ARTICLE)
    assert (r.killed, r.injured) == (4, 1)
    assert ROSTER_ARTICLE[r.start:].startswith("The victims were named as:")


def test_names_in_prose_after_the_heading_are_no_roster():
    from civcas.extract.roster import find_roster
    assert find_roster("The victims were named as: Ahmed Ali, 23, and his son Omar, 4.") is None


def test_a_roster_is_a_listed_floor_beside_the_toll_and_its_table_is_read_as_nothing_else():
    cs = extract_article(article(ROSTER_ARTICLE, published="2023-10-09"))
    listed = [f for c in cs for f in c.figures if f.listed]
    assert sorted((f.harm, f.min, f.max, f.partial) for f in listed) == [
        ("injured", 1, 1, True), ("killed", 4, 4, True)]
    assert ("killed", "children", 3, 3) in figures(cs)
    # "Family members (4)" and "Adult male injured" are a table's words, not figures of their own
    assert len([f for c in cs for f in c.figures if f.start >= ROSTER_ARTICLE.index("The victims")]) == 2


def test_one_of_the_victims_is_a_part_of_them_a_floor_not_a_toll():
    cs = extract_article(article("Police identified him as one of the deceased individuals at the scene."))
    assert [(f.harm, f.min, f.partial) for c in cs for f in c.figures] == [("killed", 1, True)]
    cs = extract_article(article("Between 529 and 744 of the civilians were killed in June in Mosul."))
    assert [(f.min, f.max, f.partial) for c in cs for f in c.figures] == [(529, 744, False)]


def test_a_word_of_a_person_named_before_is_no_place_unless_the_grammar_says_so():
    text = ("Deputies released the name of a six-year-old girl who was shot and killed Tuesday in "
            "Beaufort County. They say Victoria Whitehurst was killed by an accidental gunshot wound. "
            "The shotgun went off. It struck Victoria, killing her.")
    cs = extract_article(article(text, title="Girl shot and killed in Beaufort County", published="2017-01-04"))
    assert "Victoria" not in {c.place.name for c in cs if c.place}


def test_no_one_of_a_group_hurt_is_no_count_of_the_people_hurt():
    """"No registered guests were hurt" (no civilians) does not stand for "three people were
    shot" told just before it."""
    text = ("Chicago police are searching for a suspect after three people were shot and wounded "
            "early Sunday at the W Hotel, and no registered guests were hurt, the hotel said.")
    cs = extract_article(article(text, published="2017-03-12"))
    assert ("injured", "people", 3, 3) in figures(cs)


@pytest.mark.parametrize("text, want", [
    ("The bombing claimed the lives of 32 martyrs, the ministry said.", [("killed", "people", 32, 32)]),
    ("Palestine Post reported that 14 citizens were martyred this evening.", [("killed", "civilians", 14, 14)]),
    ("Al Jazeera reported, “4 martyrs and 19 injured as a result of the shelling targeting the tents.”",
     [("injured", "people", 19, 19), ("killed", "people", 4, 4)]),
])
def test_martyrs_are_the_dead(text, want):
    assert figures(extract_article(article(text, published="2023-10-30"))) == want


@pytest.mark.parametrize("text, want", [
    ("According to a relative, the overall number of the deceased family members was 16.", ("killed", "people", 16, 16)),
    ("Journalist Ahmad Qudeih put the number of killed at 12.", ("killed", "people", 12, 12)),
    ("Wafa wrote that the number of civilians killed in the incident reached 39.", ("killed", "civilians", 39, 39)),
    ("The number of injured stood at 22, the ministry said.", ("injured", "people", 22, 22)),
])
def test_the_number_of_the_dead_was_n(text, want):
    assert want in figures(extract_article(article(text, published="2023-10-30")))


@pytest.mark.parametrize("text", [
    "A man said that “there are at least 200 martyrs and missing persons” under the rubble.",
    "If the missile had exploded, the strike would have left a large number of martyrs.",
])
def test_the_dead_counted_with_others_or_in_what_would_have_been_are_no_figure(text):
    assert figures(extract_article(article(text, published="2023-10-30"))) == []


def test_a_year_after_a_day_is_a_year_even_before_killed():
    cs = extract_article(article("An airstrike during the evening of October 9th 2023 killed between four "
                                 "and five members of the family.", published="2023-10-10"))
    assert figures(cs) == [("killed", "people", 4, 5)]


def test_a_basketball_court_is_no_court_of_law():
    """A shooting at a basketball court on another day is an event of its own, not the court
    proceedings of the event at hand."""
    text = ("Four people were shot at a block party on Stringham Court in Detroit on Friday night. "
            "On June 20, 11 were shot in the city at a block party held on a basketball court.")
    cs = extract_article(article(text, title="Several shot at Detroit parties", published="2015-06-28"))
    events = {c.event for c in cs if any(f.min == 11 for f in c.figures)}
    assert events and not events & {c.event for c in cs if any(f.min == 4 for f in c.figures)}


# --------------------------------------------------------------------------------- people

def test_people_named_beside_the_event_are_its_names_but_officials_are_not():
    """"The victim was identified as ..." tells no harm, yet names who the event is about; a
    spokesman, a chief or a coroner speaks of many shootings and names none of them."""
    text = ("Man killed in shooting on Elm Street\n"
            "A man was shot and killed Monday night, police said.\n"
            "The victim was identified as John Carter Smith, 23, of Springfield.\n"
            "\"It is a tragedy,\" said Sgt. Mike Jones, a police spokesman. Police Chief Anna Lee asked for tips.\n"
            "Lucas County Coroner James Patrick will hold an autopsy.")
    (c,) = extract_article(article(text))
    assert "John Carter Smith" in c.names
    assert not {"Mike Jones", "Anna Lee", "James Patrick"} & set(c.names)


def test_a_hospital_the_model_takes_for_a_person_is_no_name_of_the_event():
    cs = extract_article(article("Two teens were shot in Miami on Thursday. Police said the teens were taken to "
                                 "Ryder Trauma Center in critical condition."))
    names = {n for c in cs for n in c.names}
    assert not any("Ryder" in n for n in names), names


def test_people_named_after_an_event_go_to_that_event_not_the_first():
    text = ("Two men were killed in an airstrike on Mosul on Monday.\n"
            "The dead were identified as Ahmed Saleh Hassan and Omar Khalil Ibrahim.\n"
            "In a separate attack, three people were killed in Qaraqosh on Tuesday.\n"
            "Relatives identified one of them as Yousef Hanna Matti.")
    claims = [c for c in extract_article(article(text)) if c.kind == "incident"]
    by_place = {c.place.name: set(c.names) for c in claims if c.place}
    assert not any(n.startswith("Yousef") for n in by_place.get("Mosul", set()))
    assert any(n.startswith("Yousef") for n in by_place.get("Qaraqosh", set()))
    assert "Ahmed Saleh Hassan" in by_place.get("Mosul", set())


def test_a_tally_over_many_shootings_is_no_incident():
    text = ("The boy was hurt on a weekend in Detroit that left seven people dead and 14 others hurt "
            "in 17 shootings across the city.")
    cs = extract_article(article(text))
    assert ("killed", "people", 7, 7) in figures(cs, kind="aggregate")
    assert ("killed", "people", 7, 7) not in figures(cs)


# ------------------------------------------------------------------ city roundups and quarters


def test_a_days_toll_over_a_citys_shootings_is_a_tally_and_its_events_keep_its_day():
    cs = extract_article(article(
        "Three people were killed and at least 12 more were wounded in shootings across the city on Monday, "
        "police said.\n\nA 20-year-old man was found dead with a gunshot wound to the head in the 5000 block "
        "of West Maypole, police said.", published="2017-01-24",
        title="3 killed, 12 wounded in Monday shootings across Chicago"))
    tallies = [c for c in cs if c.kind == "aggregate"]
    assert tallies and all(c.kind == "aggregate" for c in cs if ("killed", "people", 3, 3) in figures([c], None))
    events = [c for c in cs if c.kind == "incident" and c.figures]
    assert [(c.date_start, c.place and c.place.name) for c in events] == [("2017-01-23", "Chicago")]


@pytest.mark.parametrize("tally", [
    "Seven people have been shot in Buffalo in 72 hours.",
    "The teen and the man were among 11 people shot, one fatally, from Tuesday afternoon to early Wednesday.",
])
def test_the_count_of_people_shot_over_hours_or_days_is_a_tally(tally):
    cs = extract_article(article("A 16-year-old boy was shot in the leg in Buffalo on Monday afternoon, police said. "
                                 + tally, published="2017-03-07"))
    assert [(c.kind, figures([c], None)) for c in cs if c.figures and c.kind == "incident"] == [
        ("incident", [("injured", "children", 1, 1)])]


def test_two_shootings_told_together_stay_one_claim():
    cs = extract_article(article("Two people were killed in two shootings in Toledo on Sunday, police said."))
    assert [c.kind for c in cs] == ["incident"]


def test_a_quarter_named_in_the_headline_is_no_city_of_another_state():
    cs = extract_article(article(
        "A 14-year-old boy was shot to death Saturday afternoon in the Austin neighborhood on the West Side, "
        "according to Chicago police.", published="2017-03-25",
        title="Police: 14-year-old boy shot to death in Austin"))
    assert {(c.place.name, c.place.admin1, c.place.quarter) for c in cs if c.figures} == {("Chicago", "Illinois", "Austin")}


def test_a_story_datelined_in_a_city_places_a_quarter_there_not_in_a_big_city_elsewhere():
    cs = extract_article(article("CHICAGO — A shooting in Austin killed one teen and wounded five people on "
                                 "Friday afternoon, police said.", published="2017-04-07"))
    assert {(c.place.name, c.place.admin1) for c in cs if c.figures} == {("Chicago", "Illinois")}


def test_a_big_city_named_as_often_as_a_victims_home_state_is_the_storys_state():
    cs = extract_article(article(
        "Three people were killed in shootings across Chicago on Monday. In the Austin neighborhood, Jamayah Fields, 20, was "
        "found shot dead, police said. Fields, who lived in South Bend, Indiana, was pronounced dead at the scene.",
        published="2017-01-24", title="3 killed in Monday shootings across Chicago"))
    assert {c.place.admin1 for c in cs if c.place} == {"Illinois"}


def test_a_speaker_is_not_the_one_who_succumbed():
    cs = extract_article(article(
        "Chicago police spokesperson Anthony Guglielmi said Lavontay had been resuscitated and was on life "
        "support after the shooting, but succumbed to his injuries shortly before 4 p.m.", published="2017-02-14"))
    assert not any("Guglielmi" in f.text for c in cs for f in c.figures)


@pytest.mark.parametrize("text, want", [
    ("Police investigate deadly shooting in Mount Holly park", ("killed", "people", 1, None)),
    ("Two men were arrested following a deadly shooting in Oak Park on Sunday, police said.",
     ("killed", "people", 1, None)),
])
def test_a_fatal_event_with_no_toll_says_someone_died(text, want):
    assert want in figures(extract_article(article(text)))


def test_a_non_fatal_shooting_says_nobody_died():
    cs = extract_article(article("Police say the non-fatal shooting left a man wounded in Toledo on Sunday."))
    assert not any(f.harm == "killed" for c in cs for f in c.figures)


def test_an_age_in_months_is_a_child():
    cs = extract_article(article("Police said an 18-month-old was shot and killed in Beebe on Friday."))
    assert ("killed", "children", 1, 1) in figures(cs)


def test_the_shooting_of_someone_befell_them():
    cs = extract_article(article("Email address required to continue.", published="2017-01-03",
                                 title="Police: Fatal shooting of teen may have been an accident"))
    assert figures(cs) == [("killed", "children", 1, 1)]
    cs = extract_article(article("The shooting of two men on Elm Street in Dayton on Sunday is under investigation."))
    assert figures(cs) == [("injured", "men", 2, 2)]


def test_the_fatal_shooting_of_one_is_not_the_toll_of_those_around_it():
    cs = extract_article(article("The shooter began to fire repeatedly, striking five victims including the fatal "
                                 "shooting of the 3-year-old, said Craig."))
    assert figures(cs) == [("killed", "children", 1, 1)]


def test_passed_away_is_a_death():
    cs = extract_article(article("A woman was shot in Dayton on Sunday. She was taken to a hospital where she "
                                 "passed away, police said."))
    assert ("killed", "women", 1, 1) in figures(cs) or ("killed", "people", 1, 1) in figures(cs)


def test_a_report_in_capitals_is_read_as_one_in_sentence_case():
    cs = extract_article(article("SIX PEOPLE WERE SHOT, ONE FATALLY, OUTSIDE A BAR IN DAYTON ON SUNDAY."))
    assert figures(cs) == [("injured", "people", 5, 5), ("killed", "people", 1, 1)]
    cs = extract_article(article("POLICE SAY TWO MEN WERE SHOT AND KILLED OUTSIDE A NIGHTCLUB IN DAYTON EARLY SUNDAY."))
    assert figures(cs) == [("killed", "men", 2, 2)]


def test_the_other_victims_of_a_shooting_are_of_the_same_shooting():
    cs = extract_article(article(
        "Three teens and an older man were shot outside a bar in Philadelphia on Friday night, police said. "
        "Walker said the two other shooting victims, both 18, were wounded in the legs.",
        published="2016-11-05"))
    assert len({c.event for c in cs if c.kind == "incident"}) == 1
    cs = extract_article(article("Two people were shot in Dayton on Sunday. In another shooting, a man was "
                                 "wounded in Toledo on Sunday, police said."))
    assert len({c.event for c in cs if c.kind == "incident"}) == 2


def test_a_part_of_a_state_holds_its_towns():
    cs = extract_article(article(
        "The sheriff said Tuesday that a woman shot her three sons in Rice, Texas, before killing herself. "
        "A mother fatally shot her husband and three sons in their North Texas home before killing herself, "
        "authorities said.", published="2013-09-24"))
    assert len({c.event for c in cs if c.kind == "incident"}) == 1


def test_those_in_hospital_are_the_living_of_a_deadly_event():
    cs = extract_article(article("A young girl and a man are dead after a shooting Thursday night in Waldorf, "
                                 "Maryland.", published="2017-03-24",
                                 title="Girl, man killed in Charles Co. shooting; 2 others in hospital"))
    # (the girl and the man are two dead; the two others are not among them)
    assert ("injured", "people", 2, 2) in figures(cs)
    assert max(f[2] for f in figures(cs) if f[0] == "killed" and f[1] == "people") == 2


def test_a_county_holds_the_towns_near_its_middle():
    cs = extract_article(article("SUNMAN, Ind. (WKRC) - A 3-year-old boy was shot and killed in Dearborn County "
                                 "on Friday, deputies said.", published="2016-02-27",
                                 title="3-year-old shot and killed in Sunman, Ind."))
    assert len({c.event for c in cs if c.kind == "incident"}) == 1


def test_a_time_of_day_does_not_end_the_sentence_that_dates_the_event():
    cs = extract_article(article("Houston police are investigating the shooting of a juvenile female at 4235 Oak "
                                 "Shadows about 1:30 a.m. on Saturday (December 31).", published="2017-01-03",
                                 title="Investigation into Fatal Shooting at 4235 Oak Shadows"))
    assert {c.date_start for c in cs if c.figures} == {"2016-12-31"}


@pytest.mark.parametrize("title", ["16-year-old found shot to death in Bordeaux; Answers wanted",
                                   "St. Louis neighborhood in fear after girl, 15, is killed by masked gunmen"])
def test_a_headline_victim_found_dead_or_after_a_clause(title):
    cs = extract_article(article("Please enable cookies to continue reading.", published="2017-01-03", title=title))
    assert figures(cs) == [("killed", "people", 1, 1)]


@pytest.mark.parametrize("text, expected", [
    ("Police are investigating a shooting in Dayton that left a man in critical condition.", ("injured", "men", 1, 1)),
    ("A man with a gunshot wound was brought to Miami Valley Hospital in Dayton on Sunday.", ("injured", "men", 1, 1)),
    ("Officers responded to a shooting in Dayton and found a 30-year-old man suffering from a gunshot wound.",
     ("injured", "men", 1, 1)),
    ("There was a shooting in Dayton on Sunday. The victim was listed in serious condition, police said.",
     ("injured", "people", 1, 1)),
    ("Authorities are searching for the gunman wanted in a shooting in Dayton that left one man critically injured.",
     ("injured", "men", 1, 1)),
    ("A woman suffered a fatal gunshot wound in Dayton on Sunday.", ("killed", "women", 1, 1)),
])
def test_those_in_hospital_or_with_a_gunshot_wound_were_hurt(text, expected):
    assert figures(extract_article(article(text))) == [expected]


@pytest.mark.parametrize("text, expected", [
    ("A female victim is expected to recover after an early Saturday morning shooting in Dayton, police said.",
     ("injured", "women", 1, 1)),
    ("The rear passenger grabbed for the handgun in Dayton and it discharged, striking the driver in the back.",
     ("injured", "civilians", 1, 1)),
    ("An accidental shooting injured a patron at the Dayton library on Wednesday.", ("injured", "civilians", 1, 1)),
])
def test_one_expected_to_recover_or_struck_by_a_discharging_gun_was_hurt(text, expected):
    assert figures(extract_article(article(text))) == [expected]


def test_a_sentence_that_only_tells_the_victims_condition_is_read():
    # "critical condition" and a hospital are cues of their own: the sentence is parsed
    cs = extract_article(article("Jon Doe, 15, pulled out the pistol in Dayton and handed it to Ray Roe.\n\n"
                                 "Ray Roe was questioned. The teen was in critical condition at Dayton Children's "
                                 "Medical Center Monday."))
    assert figures(cs) == [("injured", "children", 1, 1)]


@pytest.mark.parametrize("title", ["Report: Man cleaning gun accidentally shoots self in Huber Heights",
                                   "Carter County man shoots own leg while handling revolver",
                                   "On-duty Albany, NY firefighter accidentally shoots self at firehouse"])
def test_a_headline_of_one_who_shot_himself_counts_one_hurt(title):
    cs = extract_article(article("Please enable cookies to continue reading.", published="2017-01-03", title=title))
    assert figures(cs) == [("injured", "people", 1, 1)]


def test_today_in_a_tweet_is_the_tweets_day():
    text = ("Police said an 8-year-old boy found a gun in a Dayton apartment and fired it, killing his sister.\n\n"
            "Police: boy fired a gun this afternoon, killing his sister. @WXYZ — Jo Ray (@joray) February 5, 2017")
    cs = extract_article(article(text, published="2017-02-07"))
    assert {c.date_start for c in cs if c.figures} == {"2017-02-05"}


def test_those_taken_to_hospital_who_died_are_dead_not_hurt():
    cs = extract_article(article("A man was shot in Dayton on Sunday. He was taken to the hospital in critical "
                                 "condition, where he died."))
    assert [f for f in figures(cs) if f[0] == "injured"] == []


def test_a_headline_victim_in_critical_condition_was_hurt():
    cs = extract_article(article("Philadelphia police are investigating.", title="Man critical after Kensington "
                                 "shooting, robbery"))
    assert figures(cs) == [("injured", "people", 1, 1)]


def test_the_hospital_a_victim_was_taken_to_neither_places_the_event_nor_starts_another():
    cs = extract_article(article("A woman was shot in Decatur on Sunday. She is in critical condition at Grady "
                                 "Memorial Hospital in Atlanta. Junior Kaitlyn Pullam is in stable condition at "
                                 "St. Louis Children's Hospital.", title="Woman shot in Decatur"))
    incidents = [c for c in cs if c.kind == "incident"]
    assert {c.place.name for c in incidents if c.place} == {"Decatur"}
    assert len({c.event for c in incidents}) == 1


def test_those_in_critical_condition_are_a_floor_not_the_toll_of_the_wounded():
    cs = extract_article(article("Five people were shot at a party in Dayton on Sunday. Three of the victims are in "
                                 "critical condition, police said."))
    assert ("injured", "people", 5, 5) in figures(cs)
    floors = [f for c in cs for f in c.figures if f.harm == "injured" and f.min == 3]
    assert all(f.partial for f in floors)


def test_a_pronoun_for_one_of_the_men_counted_is_no_total_of_the_people():
    cs = extract_article(article("Two men were shot in Denver on Sunday. The 41-year-old is in critical condition."))
    assert figures(cs) == [("injured", "men", 2, 2)]


def test_those_taken_to_hospital_where_they_died_are_the_dead():
    cs = extract_article(article("Two teens were shot in Long Beach on Saturday. Both teens were taken to a hospital, "
                                 "where they died the next day."))
    assert figures(cs) == [("killed", "children", 2, 2)]


def test_those_taken_to_hospital_where_one_died_are_not_all_dead():
    cs = extract_article(article("Two men were shot in Dayton on Sunday. They were taken to the hospital, where one "
                                 "died."))
    assert ("killed", "people", 1, 1) in figures(cs)
    assert ("killed", "men", 2, 2) not in figures(cs)


def test_each_a_man_of_one_harm_adds_up():
    cs = extract_article(article("Police say a 25-year-old man and a 24-year-old man were shot in Milwaukee on "
                                 "Tuesday."))
    assert figures(cs) == [("injured", "men", 2, 2)]


def test_three_of_a_list_each_told_as_a_one_add_up_to_three():
    cs = extract_article(article("A 30-year-old man, a 41-year-old man and a 19-year-old man were shot in Toledo "
                                 "on Tuesday."))
    assert figures(cs) == [("injured", "men", 3, 3)]
    cs = extract_article(article("A 22-year-old, a 21-year-old and a 16-year-old were wounded in Toledo on Tuesday."))
    assert max(f[2] for f in figures(cs) if f[0] == "injured") == 3


def test_ages_sharing_one_year_old_are_as_many_victims_as_ages():
    cs = extract_article(article("Police said 19- and 26-year-old men were shot in Dayton on Sunday."))
    assert figures(cs) == [("injured", "people", 2, 2)]
    cs = extract_article(article("In Cleveland on Monday, a 14-, 15-, and 17-year-old were shot leaving a store."))
    assert figures(cs) == [("injured", "children", 3, 3)]


def test_one_of_the_counted_is_no_more_of_them():
    cs = extract_article(article("Rockford police said a shooting on Monday left two men wounded, one critically.",
                                 title="2 wounded, 1 critically, in shooting on Rockford's west side"))
    assert [f for f in figures(cs) if f[0] == "injured"] in ([("injured", "men", 2, 2)],
                                                             [("injured", "men", 2, 2), ("injured", "people", 2, 2)])


def test_a_mother_of_three_is_one_victim():
    cs = extract_article(article("A young mother of three is dead following a Jan. 14 shooting in Bond Hill."))
    assert figures(cs) == [("killed", "women", 1, 1)]


def test_the_family_of_a_victim_is_not_the_victims():
    cs = extract_article(article("The family of a man who was shot and killed by police in Pittsburgh on Sunday "
                                 "wants answers.", title="Family of man who police fatally shot wants answers"))
    assert figures(cs) == [("killed", "men", 1, 1)]


def test_a_headline_teen_is_the_woman_the_body_counts():
    cs = extract_article(article("An 18-year-old woman was found dead in Lansing on Sunday.",
                                 title="Teen found dead in Lansing died of single gunshot to chest"))
    assert figures(cs) == [("killed", "women", 1, 1)]


def test_a_named_victim_is_the_woman_described():
    cs = extract_article(article("Emily Anna Fox, a 22-year-old white woman, was shot and killed in Westlake on "
                                 "Sunday."))
    assert figures(cs) == [("killed", "women", 1, 1)]


def test_victims_of_separate_incidents_are_a_tally_not_this_event():
    cs = extract_article(article("A man was shot in Milwaukee on Tuesday. This shooting occurred hours after two "
                                 "teenagers were shot and injured in separate incidents in Milwaukee."))
    assert figures(cs) == [("injured", "men", 1, 1)]
    assert ("injured", "children", 2, 2) in figures(cs, "aggregate")


def test_one_of_two_women_shot_is_a_part_of_the_two():
    cs = extract_article(article("Jackson police are investigating.",
                                 title="One of two women fatally shot was pregnant, family says"))
    assert figures(cs) == [("killed", "women", 2, 2)]


def test_one_of_two_men_shot_who_died_is_one_dead_and_one_hurt():
    cs = extract_article(article("One of two men shot in Jackson on Sunday died."))
    assert figures(cs) == [("injured", "men", 1, 1), ("killed", "men", 1, 1)]


def test_a_double_homicide_is_two_dead_though_one_is_counted():
    cs = extract_article(article("Felimon Contreras, 29, a Latino man, was killed along with Heriberto Corpus, 20, "
                                 "a Latino man, in a double homicide at 17049 San Jose St. in Northridge."))
    assert ("killed", "people", 2, 2) in figures(cs)


def test_a_homicide_victim_is_one_killed():
    cs = extract_article(article("The Trotwood homicide victim is Jason Alford, police said on Thursday."))
    assert figures(cs) == [("killed", "people", 1, 1)]


def test_one_fatally_struck_in_a_shooting_was_killed():
    cs = extract_article(article("Police said Ronnie Chambers, 33, was fatally struck when a gunman opened fire on a "
                                 "van in Chicago on Saturday."))
    assert [f[2:] for f in figures(cs) if f[0] == "killed"] == [(1, 1)]


def test_the_victim_is_the_man_told_of_before():
    cs = extract_article(article("A man was shot and killed in Milwaukee late Sunday. A camera at the corner may "
                                 "have some clues as to who killed the victim and why."))
    assert figures(cs) == [("killed", "men", 1, 1)]


def test_the_identity_of_six_people_injured_counts_six():
    cs = extract_article(article("Airwars was also able to find the identity of at least six people who were injured, "
                                 "two women and at least four children, in Gaza City."))
    assert ("injured", "people", 6, None) in figures(cs)


def test_those_who_shot_are_not_the_shot():
    cs = extract_article(article("Two men shot and killed a teenager in Chicago on Sunday. Three gunmen killed a "
                                 "woman nearby an hour later."))
    assert figures(cs) == [("killed", "children", 1, 1), ("killed", "women", 1, 1)]


def test_the_officers_who_shot_him_dead_are_not_dead():
    cs = extract_article(article("A gunman killed two people and injured three others in Chicago on Sunday before "
                                 "two officers shot him dead."))
    assert ("killed", "soldiers", 2, 2) not in figures(cs)
    assert ("killed", "people", 2, 2) in figures(cs)


def test_a_man_found_shot_and_taken_away_is_the_victim():
    cs = extract_article(article("When they arrived in Chicago on Sunday, officers found a man shot and "
                                 "transported him to a hospital."))
    assert figures(cs) == [("injured", "men", 1, 1)]


def test_a_killing_asked_for_is_not_done():
    cs = extract_article(article("And then he started yelling at us to go ahead and kill him, the sergeant said of "
                                 "the standoff in Longmont on Saturday."))
    assert figures(cs) == []


def test_the_killing_of_a_woman_and_her_son_is_two_deaths():
    cs = extract_article(article("A teen was charged in Dayton on Monday in the killing of a woman and her son."))
    assert figures(cs) == [("killed", "people", 2, 2)]


def test_a_counted_victims_uncounted_partner_is_a_victim_too():
    cs = extract_article(article("Two men and their mother were found dead in a house in Toledo on Sunday."))
    assert figures(cs) == [("killed", "men", 2, 2), ("killed", "women", 1, 1)]
    cs = extract_article(article("Police arrested a man in Toledo on Sunday in the shooting deaths of his mother "
                                 "and brother."))
    assert ("killed", "people", 2, 2) in figures(cs)


def test_the_others_at_a_hospital_are_the_living_and_the_death_is_still_counted():
    cs = extract_article(article("Manuel Otiz, 28, died, three more people are at a hospital with gunshot wounds "
                                 "after a man opened fire at a bar in Tampa on Saturday."))
    assert sorted(figures(cs)) == [("injured", "people", 3, 3), ("killed", "people", 1, 1)]


def test_a_victim_named_with_an_age_is_one_victim():
    cs = extract_article(article("A man was charged in Chicago on Monday in the assassination of 9-year-old "
                                 "Tyshawn Lee."))
    assert figures(cs) == [("killed", "people", 1, 1)]


def test_four_found_dead_is_four_dead():
    cs = extract_article(article("Police said four men were inside a stolen car in San Francisco on Friday.",
                                 title="4 Found Dead in Stolen Car in San Francisco"))
    assert ("killed", "people", 4, 4) in figures(cs)


def test_another_named_dead_after_the_events_own_is_another_event():
    cs = extract_article(article(
        "Milwaukee police say a 14-year-old boy has been arrested in a fatal shooting that occurred Tuesday near "
        "10th and Lincoln in Milwaukee. Police say 40-year-old Michael Schafrik was shot and killed during an "
        "altercation. This is the second homicide in the city of Milwaukee this year. 45-year-old Deondrick Byrd "
        "was shot and killed near 6th and Wright.", published=None))
    assert sorted(c.victims for c in cs if c.kind == "incident") == [("Deondrick Byrd",), ("Michael Schafrik",)]


def test_a_named_dead_of_an_event_that_counted_its_dead_one_by_one_stays_with_it():
    """The first sentence counts three dead one by one and names none; the girl named after is one
    of them, not the dead of another event."""
    cs = extract_article(article(
        "The 15-year-old boy suspected of killing a teenage girl and shooting her mother before turning the gun "
        "on himself has died, police said. Sean Crizer died at the hospital from a self-inflicted gunshot wound. "
        "The shooting occurred around 2 a.m. in Ellicott City, Maryland on Sunday. Charlotte Zaremba, 16, died "
        "from gunshot wounds on New Year's Day.", published="2017-01-03"))
    assert len([c for c in cs if c.kind == "incident"]) == 1


def test_a_named_dead_told_as_also_killed_stays_with_the_event():
    cs = extract_article(article("Police say 40-year-old Michael Schafrik was shot and killed in Milwaukee on "
                                 "Tuesday. His friend, 38-year-old John Doe, was also shot and killed."))
    assert len([c for c in cs if c.kind == "incident"]) == 1


def test_a_title_case_headline_is_read_like_a_sentence():
    cs = extract_article(article("", title="DNR: Two Hunters Shot in Hunting Accident (Posey County)"))
    assert figures(cs) == [("injured", "civilians", 2, 2)]
    cs = extract_article(article("", title="Otter Tail County Boy Dies After Being Accidentally Shot"))
    assert figures(cs) == [("killed", "children", 1, 1)]


def test_a_headline_count_without_a_noun_counts():
    cs = extract_article(article("", title="Four Shot During Gunbattle Near Westport Sunday Morning"))
    assert figures(cs) == [("injured", "people", 4, 4)]
    cs = extract_article(article("", title="10 Years After Shooting, Town Remembers"))
    assert figures(cs) == []


def test_bodies_at_the_hospital_are_dead():
    cs = extract_article(article("A journalist confirmed the arrival of seven bodies at the hospital in Jabalia on "
                                 "Monday."))
    assert figures(cs) == [("killed", "people", 7, 7)]


def test_a_victim_told_of_again_under_a_vigil_photo_is_the_same_event():
    cs = extract_article(article(
        "Police believe the 7-year-old boy who was killed Sunday in his Englewood home in Chicago accidentally shot "
        "himself. Devon Lofton, a first-grader, died at Comer Children's Hospital. Family members gather to "
        "remember Devon Lofton, 7, on March 21, 2016, in front of his house. Lofton was accidentally shot the day "
        "before.", published="2016-03-21"))
    incidents = [c for c in cs if c.kind == "incident"]
    assert {c.event for c in incidents} == {1}
    assert {c.date_start for c in incidents} == {"2016-03-20"}


def test_a_sibling_killed_years_before_is_another_event():
    cs = extract_article(article(
        "Ronnie Chambers, 33, was fatally shot in Chicago early Saturday. His sister, LaToya Chambers, was killed "
        "at age 15 in a Cabrini-Green high-rise on April 26, 2000.", published="2016-06-05"))
    assert len({c.event for c in cs if c.kind == "incident"}) == 2


def test_shooting_victims_identified_by_name_are_not_counted_dead():
    cs = extract_article(article("Two victims were taken to a local hospital in Des Moines on Sunday. The victims "
                                 "have been identified as Samira Goldman, 18, Barry Adair, 27, and Ceron Williams, 25."))
    assert [f for f in figures(cs) if f[0] == "killed"] == []


def test_a_sentence_naming_the_victim_goes_back_to_her_event_after_an_aside():
    cs = extract_article(article(
        "Columbus police say Monday night's fatal shooting that claimed the life of 17-year-old Destiny Nelson was "
        "an act of revenge. Police say it was in retaliation for the killing of 22-year-old Dominique Horton on "
        "32nd Avenue on Thursday, Jan. 5. We went to the apartments and spoke with friends of Destiny, who were "
        "with her minutes before she was shot.", published="2017-01-17"))
    events = {c.event: c for c in cs if c.kind == "incident"}
    horton = next(c for c in events.values() if c.victims == ("Dominique Horton",))
    assert not any("friends of Destiny" in e.text for e in horton.evidence)


def test_the_ones_charged_in_the_shooting_deaths_are_not_the_dead():
    cs = extract_article(article("A preliminary hearing is scheduled for two brothers charged in the January "
                                 "shooting deaths of four women at a Tulsa apartment complex."))
    assert figures(cs) == [("killed", "women", 4, 4)]


def test_an_age_set_off_by_dashes_is_no_count():
    cs = extract_article(article("The man — William R. Williams, 51 — appeared to have died of a self-inflicted "
                                 "gunshot wound in Springfield on Sunday, police said."))
    assert ("killed", "people", 51, 51) not in figures(cs)



def test_the_dead_victims_identified_by_the_coroner_are_counted():
    cs = extract_article(article("Thursday afternoon, Coroner Michael Fowler identified the dead victims as 67 year "
                                 "old Brenda Forrester, and her son, 45 year old Tony Forrester in Albany."))
    assert figures(cs) == [("killed", "people", 2, 2)]
    cs = extract_article(article("Police identified the victims as Aliyah Taylor, 20, and Kavin Kennebrew, 23, in "
                                 "Summerville on Sunday."))
    assert [f for f in figures(cs) if f[0] == "killed"] == []


def test_a_newspaper_named_for_its_town_says_which_town_of_a_name_it_means():
    text = "Deputies said two teens were shot near Greenacres on Saturday night."
    title = "PBSO ID's teenagers fatally shot east of Greenacres"
    far = make_article("t", text, source="test", published="2016-12-12", title=title)
    near = make_article("t", text, source="test", published="2016-12-12", title=title,
                        url="http://web.archive.org/web/20170316/http://www.palmbeachpost.com/news/crime--law/x")
    assert {c.place.admin1 for c in extract_article(near) if c.place} == {"Florida"}
    assert {c.place.admin1 for c in extract_article(far) if c.place} != {"Florida"}


def test_a_paper_word_is_no_town():
    from civcas.extract.places import _host_town
    from civcas.gazetteer import Gazetteer
    gaz = Gazetteer.default()
    assert _host_town("https://www.lasvegassun.com/news/x", gaz).name == "Las Vegas"
    for url in ("https://www.heraldtribune.net/x", "https://www.startribune.net/x", "https://www.dailyherald.net/x"):
        assert _host_town(url, gaz) is None
    # (the papers of those names are known by their own addresses: Sarasota's, Minneapolis's)
    assert _host_town("https://www.startribune.com/x", gaz).name == "Minneapolis"


def test_a_networks_local_site_is_named_for_its_big_city():
    text = ("A 16-year-old boy was shot in the head Thursday evening in the East Side neighborhood on the Far South "
            "Side, police said. He was taken to Christ Medical Center in Oak Lawn in critical condition.")
    url = "http://web.archive.org/web/20170312/http://chicago.suntimes.com/news/boy-16-shot/"
    cs = extract_article(make_article("t", text, source="test", published="2017-01-19", url=url,
                                      title="Boy, 16, shot in head on Far South Side"))
    assert {(c.place.name, c.place.admin1) for c in cs if c.place} == {("Chicago", "Illinois")}
    from civcas.extract.places import _host_town
    from civcas.gazetteer import Gazetteer
    assert _host_town("http://pittsburgh.cbslocal.com/2017/x", Gazetteer.default()).name == "Pittsburgh"
    assert _host_town("http://homicides.citypaper.com/x", Gazetteer.default()) is None
    # (the Sun-Times' homicide tracker is the Chicago paper's: known by its address)
    assert _host_town("http://homicides.suntimes.com/x", Gazetteer.default()).name == "Chicago"
    # a paper named for a big city is that city's, whatever small towns share its name
    assert _host_town("http://www.fresnobee.com/news/local/crime/x", Gazetteer.default()).admin1 == "California"


def test_a_street_in_a_stations_name_is_no_town():
    cs = extract_article(article("Two teens were shot at the Naylor Road Metro station in Prince George's County early "
                                 "Saturday morning."))
    assert {c.place.admin1 for c in cs if c.place} == {"Maryland"}


def test_the_harm_is_where_the_shooting_was_not_where_the_suspect_was_arrested():
    text = ("A teenager wanted in connection with an officer-involved shooting in Reno last week was arrested early "
            "Wednesday morning near Portola, California. A Reno police officer was wounded in the shooting.")
    cs = extract_article(make_article("t", text, source="test", published="2017-03-02",
                                      url="http://www.ktvn.com/story/34655292/x",
                                      title="Suspect in Reno officer-involved shooting arrested in Portola"))
    assert {(c.place.name, c.place.admin1) for c in cs if c.kind == "incident" and c.place} == {("Reno", "Nevada")}


def test_a_sentence_of_an_arrest_is_placed_by_the_shooting_it_names():
    cs = extract_article(article("Officers arrested a teenager Wednesday in Columbus, Ohio who was wanted in "
                                 "connection with a fatal shooting in the city of Dayton, Ohio last week."))
    assert {c.place.name for c in cs if c.kind == "incident" and c.place} == {"Dayton"}


def test_a_victim_from_a_town_lives_there_and_was_not_shot_there():
    cs = extract_article(article("Multiple people were shot at a hotel in Brookfield, Wisconsin on Sunday. An "
                                 "18-year-old female from Milwaukee was shot, she is expected to be treated and "
                                 "released."))
    assert {c.place.name for c in cs if c.kind == "incident" and c.place} == {"Brookfield"}


def test_a_citys_own_quarter_is_of_that_city_whatever_big_place_shares_its_name():
    cs = extract_article(article("Two teenagers and a young man were shot Friday night in Baltimore's Brooklyn "
                                 "neighborhood, police said."))
    assert {(c.place.name, c.place.admin1, c.place.quarter) for c in cs if c.place} == {
        ("Baltimore", "Maryland", "Brooklyn")}


def test_a_paper_whose_address_is_its_towns_name_is_that_towns():
    from civcas.extract.places import _host_town
    from civcas.gazetteer import Gazetteer
    gaz = Gazetteer.default()
    assert (_host_town("http://web.archive.org/web/2017/http://www.galesburg.com/news/x", gaz).admin1) == "Illinois"
    assert _host_town("https://www.salon.com/x", gaz) is None
    # a big city's paper carries its state's news
    assert _host_town("http://www.kansascity.com/news/state/missouri/x", gaz) is None


def test_where_the_gunman_lives_and_who_took_the_photo_are_not_where_it_happened():
    cs = extract_article(article("A gunman identified as John Doe, 34, living in Fort Worth, shot two people on "
                                 "Monday, police said. Police in Dayton, Ohio, are investigating."))
    assert {c.place.name for c in cs} == {"Dayton"}
    cs = extract_article(article("Two people were shot on Monday, police said. The gunman was a Navy veteran. "
                                 "Fort Worth Police Department/via AP", published="2013-09-17"))
    assert [c.place for c in cs] == [None]


def test_a_stations_call_sign_tells_its_town_and_a_far_namesake_is_not_the_place():
    from civcas.extract.places import _station_town
    from civcas.gazetteer import Gazetteer
    gaz = Gazetteer.default()
    for outlet, url in [(None, "http://web.archive.org/web/2017/http://www.wsmv.com/story/35010860/x"),
                        ("WSMV Channel 4", None), (None, "http://www.kctv5.com/story/1"),
                        ("FOX4 News | WDAF", None)]:
        p = _station_town(outlet, url, gaz)
        assert p is not None and p.admin1 in ("Tennessee", "Missouri")
    assert _station_town("Daily Planet", "http://www.nytimes.com/x", gaz) is None
    text = "Metro Police said a teen was killed in a shooting at an Antioch apartment complex on Monday."
    url = "http://web.archive.org/web/2017/http://www.wsmv.com/story/35010860/x"
    cs = extract_article(make_article("t", text, source="test", published="2017-03-28", url=url))
    # (the gazetteer knows no Antioch of Tennessee: not Antioch, Illinois, but the station's town)
    assert {(c.place.name, c.place.admin1) for c in cs} == {("Nashville", "Tennessee")}


def test_a_part_of_a_big_city_is_not_dropped_for_a_state_named_in_passing():
    cs = extract_article(article("Two male juveniles were shot at Minnesota Avenue and Grant Street in Northeast D.C. "
                                 "at around 4:09 p.m. They were last seen in a white car with unknown Maryland tags."))
    assert {(c.place.name, c.place.admin1) for c in cs} == {("Washington", "District of Columbia")}


def test_a_quarter_the_gazetteer_lists_as_a_town_is_its_citys():
    cs = extract_article(article("A 15-year-old boy was shot and wounded in Albany Park on Sunday, Chicago police said."))
    assert {(c.place.name, c.place.admin1, c.place.quarter) for c in cs} == {("Chicago", "Illinois", "Albany Park")}


@pytest.mark.parametrize("text, place", [
    ("Police said a 12-year-old boy accidentally shot himself at a home in Lebanon on Friday. The boy is expected "
     "to recover. Lebanon police said the gun belonged to his father.", ("Lebanon", "Tennessee")),
    ("Police said a teen was found shot to death in Bordeaux early Sunday.", ("Nashville", "Tennessee")),
])
def test_in_a_local_stations_story_a_country_or_a_town_abroad_is_a_place_near_it(text, place):
    url = "http://web.archive.org/web/2016/http://www.wsmv.com:80/story/31875511/x"
    cs = extract_article(make_article("t", text, source="test", published="2016-04-30", url=url))
    assert {(c.place.name, c.place.admin1) for c in cs if c.figures} == {place}


def test_a_big_citys_name_before_co_is_a_countys():
    cs = extract_article(article("A man was shot dead by police in Selma on Thursday, Alabama investigators said. "
                                 "He was identified by the Dallas Co. District Attorney. Dallas Co. deputies and "
                                 "Dallas Co. prosecutors are reviewing it.", published="2016-07-08"))
    assert {(c.place.name, c.place.admin1) for c in cs if c.figures} == {("Selma", "Alabama")}


def test_a_county_named_like_a_state_and_a_citys_short_name():
    cs = extract_article(article("CHESTER -- Two men were shot on Monday, police said. The Delaware County District "
                                 "Attorney said Delaware County detectives are investigating.", published="2014-07-02"))
    assert {c.place.admin1 for c in cs if c.figures} == {"Pennsylvania"}
    cs = extract_article(article("A 1-year-old boy died after an accidental shooting in KCK on Sunday, police said."))
    assert {(c.place.name, c.place.admin1) for c in cs} == {("Kansas City", "Kansas")}


def test_custody_after_a_shooting_in_a_place_tells_where_it_was():
    cs = extract_article(article("Michael Kennedy is in custody after an early morning shooting in McDowell County.\n\n"
                                 "Police were called to a domestic dispute. It was a fight that resulted in one person "
                                 "dead of a gunshot wound. West Virginia State Police are investigating.",
                                 published="2016-11-28", title="Victim identified in Iaeger murder investigation"))
    assert {(c.place.name, c.place.admin1) for c in cs if c.figures} == {("McDowell County", "West Virginia")}


def test_a_photo_gallerys_numbering_is_no_toll():
    cs = extract_article(article("Image 33 of 33 6 members of Spring family shot to death in likely domestic dispute "
                                 "in Spring, Texas 1 / 33 Back to Gallery"))
    assert ("killed", "people", 6, 6) in figures(cs)
    assert not [f for f in figures(cs) if 33 in f]


def test_a_stations_number_is_no_toll():
    cs = extract_article(article("PMC told Local News 8 on Wednesday evening that the girl had died.",
                                 title="Girl dies in accidental shooting in Chubbuck"))
    assert figures(cs) == [("killed", "children", 1, 1)]


def test_the_friends_of_the_one_killed_are_not_killed():
    cs = extract_article(article("His daughter was in the area in Chicago with about 10 friends, including the "
                                 "boy who was killed."))
    assert ("killed", "people", 10, 10) not in figures(cs)
    cs = extract_article(article("Seven people were shot in Chicago on Friday, including three who died."))
    assert ("killed", "people", 3, 3) in figures(cs)


def test_a_headline_naming_a_deadly_event_is_a_claim_of_at_least_one_dead():
    """A page that kept only its headline still tells of a death."""
    cs = extract_article(article("", title="Fatal Shooting at Town Center Was at Entrance to Parking Garage"))
    assert [(f.harm, f.min, f.max, f.partial) for c in cs for f in c.figures] == [("killed", 1, None, True)]
    cs = extract_article(article("", title="Eureka police retrace final hours before murder-suicide of woman"))
    assert [(f.harm, f.min) for c in cs for f in c.figures] == [("killed", 2)]
    assert not extract_article(article("", title="Possible attempted murder-suicide in SW Houston"))


def test_the_slain_are_dead():
    cs = extract_article(article("The slain woman was found in her home in Dayton, Ohio on Monday."))
    assert figures(cs) == [("killed", "women", 1, 1)]
    cs = extract_article(article("Deputies identified one of the slain adults as Jerome Butler of Holly Hill, "
                                 "South Carolina."))
    assert [(f.harm, f.min, f.partial) for c in cs for f in c.figures] == [("killed", 1, True)]


def test_a_headline_whose_toll_the_story_repeats_is_the_storys_event():
    """The headline names a neighbourhood, the story the city: one event, where the story says."""
    cs = extract_article(article("LOS ANGELES - Four men were hospitalized today with gunshot wounds received late "
                                 "Friday, authorities said.", published="2014-11-08",
                                 title="Four shot outside Willowbrook apartment"))
    assert {c.event for c in cs if c.kind == "incident"} == {1}
    assert {c.place.name for c in cs if c.place} == {"Los Angeles"}
    # a headline of another toll stays its own event
    cs = extract_article(article("LOS ANGELES - Four men were hospitalized today with gunshot wounds received late "
                                 "Friday, authorities said.", published="2014-11-08",
                                 title="Two shot outside Willowbrook apartment"))
    assert {c.event for c in cs if c.kind == "incident"} == {1, 2}


def test_a_block_of_a_street_without_its_kind_is_an_address_of_the_event():
    cs = extract_article(article("CHICAGO - A man and a boy were shot on the 11600 block of S. Bishop in the West "
                                 "Pullman neighborhood Monday evening, police said."))
    assert any("11600 block of S. Bishop" in c.names for c in cs)


def test_a_corner_of_two_streets_is_an_address_of_the_event():
    cs = extract_article(article("TOLEDO, Ohio - Two people were shot in a car found at West Sylvania and Hazelhurst "
                                 "avenues on Wednesday, police said."))
    assert any("West Sylvania and Hazelhurst avenues" in c.names for c in cs)


def test_one_who_others_say_shot_someone_is_not_shot():
    cs = extract_article(article("Prosecutors in Grand Junction, Colorado on Friday filed charges against a man who "
                                 "authorities say fatally shot a 14-year-old boy while hunting."))
    assert [f for f in figures(cs) if f[0] != "detained"] == [("killed", "children", 1, 1)]


def test_a_shooting_death_read_as_a_verb_and_its_object_is_still_a_death():
    cs = extract_article(article("A Toledo man already facing charges in the “accidental” shooting death of his young "
                                 "friend was indicted today for murder by a Lucas County grand jury."))
    assert [f for f in figures(cs) if f[0] != "detained"] == [("killed", "people", 1, 1)]


def test_another_harmed_beside_the_dead_is_one_more():
    cs = extract_article(article("A man was killed and another was wounded in Spring, Texas on Friday. The wounded man "
                                 "was taken to a hospital."))
    assert sorted((f[0], f[2]) for f in figures(cs)) == [("injured", 1), ("killed", 1)]


def test_the_wounded_one_told_of_again_in_a_story_of_a_death_is_the_dead():
    cs = extract_article(article("A 15-year-old boy died after a Russian roulette shooting in Spring, Texas on Friday. "
                                 "The father told investigators that the wounded boy had been a group home resident."))
    assert [f for f in figures(cs) if f[0] == "injured"] == []


def test_the_day_told_later_within_the_month_first_told_dates_the_event():
    cs = extract_article(article("COLUMBIA, Mo. - Police continue to look for a Columbia teenager accused of "
                                 "accidentally shooting his friend last month. According to a probable cause "
                                 "statement, Payne is accused of shooting the victim while riding inside a friend's "
                                 "car on December 11.", published="2017-01-11"))
    assert {c.date_start for c in cs if c.kind == "incident"} == {"2016-12-11"}


def test_one_who_suffered_a_wound_is_hurt_by_it():
    cs = extract_article(article("A teenager was fatally shot in Paterson, New Jersey on Saturday. A second teenager "
                                 "suffered a non-life-threatening wound in the shooting."))
    assert figures(cs) == [("injured", "children", 1, 1), ("killed", "children", 1, 1)]
    cs = extract_article(article("Police said he suffered a fatal wound to the chest in Paterson, New Jersey."))
    assert figures(cs) == [("killed", "people", 1, 1)]


def test_the_last_of_the_victims_told_one_by_one_is_one_dead_not_a_toll():
    cs = extract_article(article("Four people were shot in Savannah, Georgia on Tuesday. Three men were taken to the "
                                 "hospital in stable condition. The fourth victim, a woman, died."))
    assert [f for f in figures(cs) if f[0] == "killed"] == [("killed", "women", 1, 1)]


def test_one_who_shot_at_others_is_not_shot():
    cs = extract_article(article("Two boys were wounded in Indianapolis on Friday. A witness said an unknown man "
                                 "shot at them from behind a car."))
    assert figures(cs) == [("injured", "children", 2, 2)]
    # a clipped passive is still one shot: "a man shot at a party" was hit
    cs = extract_article(article("A man shot at a party in Dayton on Sunday has died."))
    assert figures(cs) == [("killed", "men", 1, 1)]


def test_those_shot_at_are_not_counted_as_hit():
    cs = extract_article(article("Police said the man shot at two officers in Dallas, Texas on Monday, missing both."))
    assert figures(cs) == []
    cs = extract_article(article("", title="Scorned lover arrested for allegedly shooting at 5 people, including two "
                                           "children, in drive-by"))
    assert [f for f in figures(cs) if f[0] != "detained"] == []
    assert ("detained", "people", 5, 5) not in figures(cs)
    cs = extract_article(article("Police said the man shot two officers in Dallas, Texas on Monday."))
    assert [f[0] for f in figures(cs)] == ["injured"]


def test_the_other_victims_named_after_the_one_killed_are_not_the_dead():
    cs = extract_article(article("Adrian Bennett, accused of killing Erika Robinson and wounding five others in New "
                                 "Haven, pleaded guilty. The other victims were Jahad Brumsey, Nijia Ward, Albert "
                                 "Dickerson, Amanda John and Ivette Sterling."))
    assert [f for f in figures(cs) if f[0] == "killed"] == [("killed", "people", 1, 1)]


def test_a_death_told_days_later_is_the_shootings_though_the_word_died_reads_as_an_attack():
    cs = extract_article(article("The fatal shooting of a toddler Friday in Sunman, Indiana has been ruled accidental, "
                                 "the coroner said. \"We did an autopsy today and he died from a single gunshot wound "
                                 "to the chest,\" the coroner said.", published="2016-02-28"))
    assert {c.event for c in cs if c.kind == "incident"} == {1}
    assert {c.date_start for c in cs if c.kind == "incident"} == {"2016-02-26"}


def test_a_state_wide_place_is_narrowed_to_the_county_whose_sheriff_tells_the_story():
    cs = extract_article(article("A father accidentally shot and killed his teen son at a Florida gun range on "
                                 "Sunday, the Sarasota County Sheriff's Office said in a statement."))
    assert {(c.place.name, c.place.admin1) for c in cs if c.place} == {("Sarasota County", "Florida")}


def test_the_dead_there_should_have_been_are_no_toll():
    cs = extract_article(article("\"There should've been five or six people dead that day,\" the chief said of the "
                                 "shooting in Bridgeport, Connecticut."))
    assert [f for f in figures(cs) if f[0] == "killed"] == []
    cs = extract_article(article("Five people were killed in Bridgeport, Connecticut on Sunday."))
    assert figures(cs) == [("killed", "people", 5, 5)]


def test_a_headline_that_counts_no_one_is_the_one_storys():
    cs = extract_article(article("Police said a boy shot himself in the hand at Thomas Jefferson High School in "
                                 "Cedar Rapids, Iowa on Monday.",
                                 title="Shooting at Jefferson High School prompts lockdown"))
    assert {c.event for c in cs if c.kind == "incident"} == {1}


def test_the_town_a_victim_is_from_is_not_where_the_sheriff_found_him():
    cs = extract_article(article("The Bulloch County Sheriff's Office is investigating a gun accident that left a "
                                 "student dead. Deputies found Blake Shurling, 20, of Tennille, Georgia, dead from "
                                 "a gunshot wound at a home on Planters Lane on Tuesday."))
    assert {(c.place.name, c.place.admin1) for c in cs if c.kind == "incident"} == {("Bulloch County", "Georgia")}
    # with nothing else to place it, the home town stands for the event
    cs = extract_article(article("Blake Shurling, 20, of Tennille, Georgia, was shot and killed on Tuesday."))
    assert {c.place.name for c in cs if c.kind == "incident"} == {"Tennille"}


def test_a_county_no_other_state_has_tells_the_state_of_an_unplaced_town():
    text = ("NORWICH — One person is dead after an accidental shooting on Division Street on Thursday, "
            "according to the Norwich Police and the Chenango County 911 Dispatch Center.")
    cs = extract_article(article(text))
    assert {(c.place.name, c.place.admin1) for c in cs if c.kind == "incident"} == {("Norwich", "New York")}
    cs = extract_article(article(text.replace("Chenango County", "Washington County")))
    assert {c.place.admin1 for c in cs if c.kind == "incident" and c.place} != {"New York"}


def test_a_county_keeps_its_place_against_a_dateline_town_of_another_county():
    cs = extract_article(article("MIAMI - Three bodies were found shot to death inside a car along U.S. Highway 41 in "
                                 "Collier County on Thursday, the sheriff's office said."))
    assert {c.place.name for c in cs if c.kind == "incident"} == {"Collier County"}
    cs = extract_article(article("GRANITE FALLS, N.C. - A man was shot and killed in Caldwell County on Thursday."))
    assert {c.place.name for c in cs if c.kind == "incident"} == {"Granite Falls"}


def test_a_town_a_victim_comes_from_is_his_home():
    cs = extract_article(article("A 14-year-old is dead after an accidental shooting in Hopkins County, Kentucky. "
                                 "Troopers say 14-year-old Wyatt Whitaker, from Nortonville, was handling the gun "
                                 "and shot himself on Monday."))
    assert {c.place.name for c in cs if c.kind == "incident"} == {"Hopkins County"}


def test_a_not_before_hurt_or_killed_denies_both():
    cs = extract_article(article("A man was killed at a Charleston bar on Saturday. \"It's amazing that more people "
                                 "weren't hurt or killed,\" the chief said."))
    assert [f for f in figures(cs) if f[0] == "killed"] == [("killed", "men", 1, 1)]


def test_two_people_of_someone_joined_by_and_add_up():
    cs = extract_article(article("The gunman killed his wife and her mother in Dayton, Ohio on Monday."))
    assert [f for f in figures(cs) if f[0] == "killed"] == [("killed", "women", 2, 2)]
    cs = extract_article(article("His mother and brother were killed in Dayton, Ohio on Monday."))
    assert [f for f in figures(cs) if f[0] == "killed"] == [("killed", "people", 2, 2)]


def test_others_shot_after_one_killed_are_wounded_and_apart_from_him():
    cs = extract_article(article("Police said one man was killed and three others were shot and wounded in Medford, "
                                 "New York on Wednesday."))
    assert sorted(figures(cs)) == [("injured", "people", 3, 3), ("killed", "men", 1, 1)]


def test_a_video_playlist_entry_is_another_story():
    cs = extract_article(article("Four people were shot and wounded in Tacoma, Washington on Saturday.\n"
                                 "1:51 Boy killed with machete; uncle suspected\n"
                                 "0:50 One dead after shooting involving officer"))
    assert sorted(figures(cs)) == [("injured", "people", 4, 4)]


def test_a_tally_of_fatal_shootings_is_no_death_of_the_event():
    from civcas.extract.lexicon import fatal_event
    assert fatal_event("Supa D has been the site of two fatal shootings in the 13 months.") is None
    assert fatal_event("after a string of fatal shootings") is None
    assert fatal_event("Police are investigating the fatal shootings of two men") is not None


def test_an_earlier_shooting_the_story_comes_after_is_its_own_event():
    cs = extract_article(article("GRAND RAPIDS, Mich. - Four people have been shot at the New Roosevelt Bar.\n"
                                 "This all comes after a person was killed in a shooting outside the New Roosevelt "
                                 "Bar in November of 2012.", published="2013-02-22"))
    events = {c.event: c for c in cs if c.kind == "incident"}
    assert len(events) == 2
    assert [(f.harm, f.min) for f in events[1].figures] == [("injured", 4)]


def test_a_death_in_a_clause_of_its_own_counts_only_its_subject():
    cs = extract_article(article("Four people were hit by gunfire outside a tavern in Auburn, Washington on Sunday and "
                                 "three of those shooting victims died at the scene."))
    assert max(f[2] for f in figures(cs) if f[0] == "killed") == 3
    cs = extract_article(article("Five people were shot, one of whom died, on Friday at a shopping center in "
                                 "Baltimore, Maryland."))
    assert sorted(figures(cs)) == [("injured", "people", 4, 4), ("killed", "people", 1, 1)]
    cs = extract_article(article("A gunman shot two men in Pittsburgh, Pennsylvania on Sunday, killing one."))
    assert sorted(figures(cs)) == [("injured", "men", 1, 1), ("killed", "people", 1, 1)]
    cs = extract_article(article("A man shot his wife and daughter in Pittsburgh, Pennsylvania on Sunday, killing both."))
    assert figures(cs) == [("killed", "people", 2, 2)]
    cs = extract_article(article("A shooter pulled up in a car and opened fire on the group in Chicago on Sunday, "
                                 "hitting all five and killing both women, police said."))
    assert sorted(figures(cs)) == [("injured", "people", 3, 3), ("killed", "women", 2, 2)]


def test_he_of_one_counted_by_their_group_is_that_one():
    cs = extract_article(article("Dewayne Purnell, 19, is pictured on May 22. He was fatally shot at a house party early "
                                 "Sunday in Calumet City, Illinois. A 19-year-old man was killed and eight other people "
                                 "were wounded, police said."))
    assert sorted(figures(cs)) == [("injured", "people", 8, 8), ("killed", "men", 1, 1)]


@pytest.mark.parametrize("text, killed", [
    ("Police say a man fatally shot his wife and two young sons before killing himself at their home in Tulsa.", 4),
    ("A man killed his wife and then himself at their home in Tulsa, Oklahoma.", 2),
    ("Police said the father shot and killed his two daughters and then himself in Tulsa, Oklahoma.", 3),
    ("The gunman killed three people and then himself in Tulsa, Oklahoma on Monday.", 4),
])
def test_one_who_killed_himself_after_killing_others_is_dead_too(text, killed):
    cs = extract_article(article(text))
    assert sum(f[2] for f in figures(cs) if f[0] == "killed") == killed


def test_both_told_of_after_their_names_are_two():
    cs = extract_article(article("Police identified the victims as Eduardo Trejo and Jonathan Martinez. When Trejo "
                                 "showed up with Martinez at a home in Nashville, Tennessee on Saturday, both were "
                                 "fatally shot on the back deck."))
    assert max(f[2] for f in figures(cs) if f[0] == "killed") == 2


def test_his_wife_and_two_sons_are_three():
    cs = extract_article(article("His wife and two young sons were killed in Tulsa, Oklahoma on Monday."))
    assert figures(cs) == [("killed", "people", 3, 3)]


def test_one_who_killed_only_himself_is_one():
    cs = extract_article(article("A 15-year-old boy accidentally shot and killed himself while taking a selfie in "
                                 "Overland, Missouri on Monday.", title="Teen accidentally shoots and kills himself"))
    assert sum(f[2] for f in figures(cs) if f[0] == "killed") == 1
    cs = extract_article(article("Police have released the name of a 3-year-old boy who died in Flint, Michigan last "
                                 "week after apparently finding a loaded gun and accidentally shooting himself."))
    assert sum(f[2] for f in figures(cs) if f[0] == "killed") == 1


def test_shot_someone_to_death_is_a_killing():
    cs = extract_article(article("The boy shot his 6-year-old brother to death, wounded his older brother in the leg "
                                 "and killed himself in Hudson, Florida, a sheriff said Thursday."))
    assert sorted(figures(cs)) == [("injured", "people", 1, 1), ("killed", "people", 2, 2)]


@pytest.mark.parametrize("text", [
    "A man killed his wife and shot his son in Dayton, Ohio on Sunday, police said.",
    "A man shot his son and killed his wife in Dayton, Ohio on Sunday, police said.",
])
def test_one_shot_beside_another_killed_lived(text):
    """Two acts, each with its own victim: the one shot is wounded, and not among the dead."""
    cs = extract_article(article(text))
    assert sorted(f[:1] + f[2:] for f in figures(cs)) == [("injured", 1, 1), ("killed", 1, 1)]


def test_one_who_committed_suicide_after_killing_others_is_dead_too():
    cs = extract_article(article("Authorities believe the father killed his wife and two young daughters before "
                                 "committing suicide inside their home in Stafford, Virginia."))
    assert sum(f[2] for f in figures(cs) if f[0] == "killed") == 4
    cs = extract_article(article("A man shot his wife in Stafford, Virginia and then attempted to take his own life."))
    assert [f for f in figures(cs) if f[0] == "killed"] == []


def test_a_headline_of_one_shot_and_an_unborn_child_killed_kills_no_one_born():
    # the tolls (GVA's, the monitors') count those born: the woman was shot, and lives
    cs = extract_article(article("A pregnant woman was shot in Bakersfield, California last night. The unborn child "
                                 "was killed.", title="Pregnant woman shot, unborn baby killed"))
    assert [f for f in figures(cs) if f[0] == "killed"] == []
    assert ("injured", "women", 1, 1) in figures(cs)


def test_a_subheading_without_its_article_counts_its_subject():
    cs = extract_article(article("7-year-old boy was fatally shot Saturday night on Fieldvale Place in Charlotte\n\n"
                                 "Two adults, another child also injured",
                                 title="7-year-old shot, killed in Southwest Charlotte, 3 others injured"))
    assert ("killed", "children", 1, 1) in figures(cs)


def test_a_security_guard_is_no_soldier():
    cs = extract_article(article("A security guard was shot and killed at a strip club in Miami Gardens, Florida."))
    assert figures(cs) == [("killed", "people", 1, 1)]


def test_a_headline_of_some_shot_one_fatally_counts_the_dead():
    cs = extract_article(article("Police are investigating.", title="4 shot, one fatally, on St. Louis street"))
    assert sorted(f for f in figures(cs) if f[0] == "killed") == [("killed", "people", 1, 1)]


def test_people_and_children_joined_by_and_are_one_total():
    cs = extract_article(article("One adult and two children were killed in a shooting in New Orleans, Louisiana."))
    assert ("killed", "people", 3, 3) in figures(cs)
    cs = extract_article(article("Shelton killed five adults and an unborn child in Wilkinsburg, Pennsylvania."))
    assert ("killed", "people", 5, 5) in figures(cs)
    cs = extract_article(article("Police found two victims, a man and a woman, dead in Dayton, Ohio."))
    assert ("killed", "people", 2, 2) in figures(cs)


def test_a_harm_in_a_clause_with_its_own_subject_is_not_the_main_subjects():
    cs = extract_article(article("A 55-year-old Burlingame resident was shocked to learn his Honda Civic that was stolen "
                                 "Dec. 23, was the car in which four men were shot to death in Hayes Valley in San "
                                 "Francisco, Calif."))
    assert [f for f in figures(cs) if f[0] == "killed"] == [("killed", "men", 4, 4)]


def test_what_a_victim_was_is_his_age():
    cs = extract_article(article("Lazarec Collins, who was also killed in Chicago, Illinois, was 21."))
    assert all(f[2] != 21 for f in figures(cs))


def test_one_of_those_people_is_a_part_of_them():
    cs = extract_article(article("Twenty people were taken to hospitals in Fort Myers, Florida. "
                                 "One of those patients later died."))
    killed = [f for c in cs for f in c.figures if f.harm == "killed"]
    assert killed and all(f.partial for f in killed)


def test_a_noun_the_parser_joined_to_the_verb_before_is_the_next_verbs_subject():
    cs = extract_article(article("A 22-year-old man died and three others – including two children – were wounded "
                                 "in a shooting in Pittsburgh, Pennsylvania."))
    assert sorted(figures(cs)) == [("injured", "children", 2, 2), ("injured", "people", 3, 3),
                                   ("killed", "men", 1, 1)]


def test_a_headline_of_one_who_shot_himself():
    cs = extract_article(article("Deputies are investigating.", title="Child accidentally shoots, kills self in Gwinnett County"))
    assert ("killed", "people", 1, 1) in figures(cs)
    cs = extract_article(article("Police are investigating.", title="1-year-old suffers fatal gunshot wound to the face"))
    assert ("killed", "people", 1, 1) in figures(cs)


def test_a_gunman_who_killed_himself_after_killing_others_is_dead_too():
    cs = extract_article(article("Seven people were killed in Missouri by a gunman who then killed himself."))
    assert sum(f[2] for f in figures(cs) if f[0] == "killed" and f[1] == "people") == 8


def test_a_murder_suicide_counts_the_one_who_killed_himself():
    cs = extract_article(article("The three were found in their home in Roy, Utah, in an apparent triple murder-suicide."))
    assert ("killed", "people", 4, 4) in figures(cs)


def test_a_multiple_shooting_counts_those_shot():
    cs = extract_article(article("A quadruple shooting occurred in Oakland, California, on Wednesday night."))
    assert figures(cs) == [("injured", "people", 4, 4)]
    cs = extract_article(article("Police in Dayton, Ohio, are investigating a double shooting that left one man dead."))
    assert sorted(figures(cs)) == [("injured", "people", 1, 1), ("killed", "men", 1, 1)]


def test_a_headline_that_counts_as_the_one_story_does_is_the_storys():
    text = ("Nashville 3-Year-Old Shoots Self In Hand With Father's Gun\n\n"
            "HERMITAGE, TN — A 3-year-old is recovering with non-life-threatening injuries after boy shot himself "
            "in the hand with his father's gun Tuesday night.")
    cs = extract_article(article(text, published="2016-08-31", title="Nashville 3-Year-Old Shoots Self In Hand With Father's Gun"))
    assert len([c for c in cs if c.figures]) == 1


def test_one_of_the_two_who_are_dead_is_a_part_of_them():
    cs = extract_article(article("He is also one of the two people who are dead as a result of the shooting in "
                                 "Roanoke, Virginia."))
    assert not [f for c in cs for f in c.figures if f.harm == "killed" and f.min == 1 and not f.partial]


def test_a_father_of_four_is_one():
    cs = extract_article(article("Police are investigating in Lowell, Massachusetts.", title="Family of Father of 4 Killed in Shooting Speaks Out"))
    assert ("killed", "people", 4, 4) not in figures(cs)


def test_two_critically_are_two_of_the_wounded():
    cs = extract_article(article("One person was killed others were wounded, two critically, in a shooting during a "
                                 "house party in Calumet City, Illinois."))
    assert sorted(f for f in figures(cs) if f[0] == "killed") == [("killed", "people", 1, 1)]


def test_a_deadly_weapon_is_no_deadly_shooting():
    cs = extract_article(article("Hall was charged with assault with a deadly weapon after the shooting inside The "
                                 "Boom-Boom Room in Wadesboro, North Carolina, at about 2:45 a.m. Saturday."))
    assert not [f for f in figures(cs) if f[0] == "killed"]


def test_an_age_with_a_broken_hyphen_is_no_toll():
    cs = extract_article(article("Sunday, the coroner's office in Erie, Pennsylvania, said 16- year-old Shakur Franklin "
                                 "also died from injuries sustained in the shooting."))
    assert all(f[2] != 16 for f in figures(cs))


def test_a_day_after_an_abbreviated_month_is_no_toll():
    cs = extract_article(article("Police reports reveal details.\n\nOn Aug. 22, 31-year-old Mere Contreras, 19-year-old "
                                 "Damon B. Oswald-Newman and 25-year-old Shelly L. Bird were found dead at a home "
                                 "in Roswell, New Mexico.", published="2015-09-20"))
    assert all(f[2] != 22 for f in figures(cs, kind=None))


def test_those_beside_the_victim_of_a_clause_of_its_own_are_not_harmed():
    cs = extract_article(article("On Oct. 10, Tommie T. Forest III and three of his friends were having a sleepover in "
                                 "Peoria, Illinois, when he was shot to death by intruders.", published="2015-10-23"))
    assert all(f[2] != 3 for f in figures(cs))


def test_the_dead_found_after_a_murder_suicide_count_the_killer_already():
    cs = extract_article(article("A man in Murray, Utah, is suspected of shooting a woman and a child to death before "
                                 "turning the gun on himself Sunday, leaving police to discover the three dead."))
    assert ("killed", "people", 3, 3) in figures(cs)
    assert ("killed", "people", 4, 4) not in figures(cs)


def test_the_subject_of_a_joined_clause_is_harmed_as_its_own_verb_says():
    cs = extract_article(article("Two people were killed and two were left seriously wounded in a shooting inside a "
                                 "home in Albuquerque, New Mexico, late Monday night."))
    assert sorted(figures(cs)) == [("injured", "people", 2, 2), ("killed", "people", 2, 2)]


def test_one_who_shot_himself_after_killing_others_is_dead_too():
    cs = extract_article(article("Police in St. Louis County, Missouri, are investigating.",
                                 title="Father kills two children, then fatally shoots self in standoff with police"))
    assert ("killed", "people", 3, 3) in figures(cs)
    cs = extract_article(article("A man in Dayton, Ohio, shot his wife before shooting himself; he is in critical condition."))
    assert not [f for f in figures(cs) if f[0] == "killed"]


def test_a_headlines_count_beats_the_bodys_pronoun():
    cs = extract_article(article("A young child in a car seat in the rear also had a bullet wound to the head but was "
                                 "still breathing. He was taken to Geisinger Hospital in Wilkes-Barre, Pennsylvania, where "
                                 "he died shortly after 6:30 a.m. Saturday.",
                                 title="Boy, 3, killed by father in double murder-suicide"))
    assert ("killed", "people", 3, 3) in figures(cs)


def test_an_age_after_a_photo_position_is_no_toll():
    cs = extract_article(article("Michael, (left) 16, Connor, (back center) 14, Jaeci, (right) 10, and Kailey, 9 (front "
                                 "center) Westerhuis were killed in Platte, South Dakota, along with their mother Nicole."))
    assert all(f[2] < 10 for f in figures(cs))


def test_a_part_of_the_deaths_a_tally_told_of_is_no_toll():
    cs = extract_article(article("Killeen, Texas, has had six homicides this year. All six of those deaths involved firearms."))
    assert ("killed", "people", 6, 6) not in figures(cs)


def test_a_headline_of_one_who_killed_others_then_self_counts_him():
    cs = extract_article(article("Police in Brooklyn, New York, are investigating.",
                                 title="Gunman kills 3 bandmates, self after being kicked out of rock group"))
    assert ("killed", "people", 4, 4) in figures(cs)


def test_the_day_of_a_funeral_is_not_the_day_of_the_killing():
    cs = extract_article(article("Four children killed by their father in a murder-suicide near Platte, South Dakota, "
                                 "were remembered in funeral services on Saturday.", published="2015-09-26"))
    assert all(c.date_start != "2015-09-26" for c in cs if c.figures)


def test_a_headline_crime_someone_died_of_is_one_dead():
    junk = "\n\nJust One More Thing...\n\nWe have sent you a verification email."
    for title in ("UPDATED: Arrest made in homicide following Fayette pool party",
                  "Couple accused of child abuse in fatal KC gunfight"):
        cs = extract_article(article(title + junk, title=title))
        assert [(f.harm, f.min, f.partial) for c in cs for f in c.figures] == [("killed", 1, True)]
    title = "Man charged with attempted murder in Dayton"
    assert not [f for c in extract_article(article(title + junk, title=title)) for f in c.figures]


def test_a_headline_that_names_a_shooting_is_an_incident():
    title = "Man, 19, pleads guilty in Fort Riley shooting"
    cs = extract_article(article(title + "\n\nJust One More Thing...", title=title))
    assert [c.kind for c in cs] == ["incident"]
    title = "Obama speaks on gun violence and mass shootings"
    assert extract_article(article(title + "\n\nJust One More Thing...", title=title)) == []


def test_the_nth_victim_to_die_makes_n_dead():
    cs = extract_article(article("Police are investigating.", title="4th victim of Henry County shooting dies after days in hospital"))
    assert ("killed", "people", 4, 4) in figures(cs)
    cs = extract_article(article("Police in Chicago, Illinois, are investigating.",
                                 title="Third child dies from a shooting in Chicago in just two days"))
    assert all(f[2] < 3 for f in figures(cs))


def test_a_headlines_count_of_those_shot_where_shot_reads_as_a_noun():
    title = "11-year-old, 2 teens among 4 shot in Mount Oliver"
    cs = extract_article(article(title + "\n\nThank you for registering!", title=title))
    assert figures(cs) == [("injured", "people", 4, 4)]
    title = "Shots fired after Nipsey Hussle show at Ace of Spades in Sacramento"
    assert [c.kind for c in extract_article(article(title + "\n\nThank you for registering!", title=title))] == ["incident"]


def test_a_headlines_kills_read_as_a_noun_still_kills():
    cs = extract_article(article("Police are investigating.", title="Drive-by shooter kills 1, injures 3"))
    assert ("killed", "people", 1, 1) in figures(cs)


def test_a_relative_clause_of_a_sought_mans_shooting_is_a_fact():
    cs = extract_article(article("Police are investigating in Dayton, Ohio.",
                                 title="Police seek man in shooting that killed two at summer birthday party"))
    assert ("killed", "people", 2, 2) in figures(cs)


def test_a_headlines_list_of_the_dead_counts_each():
    cs = extract_article(article("Police in Fort Worth, Texas, are investigating.", title="Father, daughter, 9, found dead in Fort Worth home"))
    assert ("killed", "people", 2, 2) in figures(cs)
    cs = extract_article(article("Police in Roy, Utah, are investigating.", title="Parents, 2 children dead in Roy murder-suicide"))
    assert ("killed", "people", 4, 4) in figures(cs)


def test_both_and_an_age_is_no_count():
    cs = extract_article(article("Antoine Sutphen Jr. and Ormani Duncan, both 24 and from Pasadena, died following the "
                                 "late-night shooting near Fair Oaks Avenue in Pasadena, California."))
    assert all(f[2] <= 2 for f in figures(cs))


def test_ages_after_a_name_in_words_or_after_jr_are_no_count():
    cs = extract_article(article("On Sunday, Codrick Beal, four, shot himself with a gun he found in Houston, Texas."))
    assert all(f[2] == 1 for f in figures(cs))
    cs = extract_article(article("On Feb. 6, Marquise Hudson, Jr., 2, was shot in a drive-by at a home in Toledo, Ohio."))
    assert all(f[2] == 1 for f in figures(cs))
    cs = extract_article(article("Police in Miami, Florida, are investigating.",
                                 title="Youths,16 and 10, Killed in Separate Shootings in Miami"))
    assert all(f[2] <= 2 for f in figures(cs))
    cs = extract_article(article("Regginna Jefferies, 17, whom police initially said was 16, died at a hospital "
                                 "after the shooting in Oakland, California."))
    assert all(f[2] == 1 for f in figures(cs))


def test_someones_kin_and_a_natural_death_are_no_victims():
    cs = extract_article(article("Two boys were shot in Minneapolis, Minnesota, on Sunday. The sister of the two boys, "
                                 "28-year-old Tiffany Scott, died from cancer and was buried one day before the shooting."))
    assert not [f for f in figures(cs) if f[0] == "killed"]


def test_a_teen_male_is_a_child():
    cs = extract_article(article("Berlin police are investigating the death of a 15-year-old male who died on Thursday.",
                                 title="Berlin teen dies after being shot by pellet gun"))
    assert [f for f in figures(cs) if f[0] == "killed"] == [("killed", "children", 1, 1)]


def test_the_one_who_shot_is_no_victim():
    cs = extract_article(article("A Pocatello man who accidentally shot and killed his girlfriend in Idaho Falls, Idaho, "
                                 "has been sentenced to serve at least seven years in prison."))
    assert figures(cs) == [("killed", "women", 1, 1)]
    cs = extract_article(article("The family of a teen shot and killed by a Euharlee police officer in Georgia has hired an attorney."))
    assert not [f for f in figures(cs) if f[1] == "police"]
    cs = extract_article(article("Police in Greenville, North Carolina, are investigating.",
                                 title="Two men charged after baby girl accidentally shot, killed"))
    assert figures(cs) == [("killed", "children", 1, 1)]
    cs = extract_article(article("Police in Lingle, Wyoming, are investigating.",
                                 title="Lingle man accused of shooting, killing baby, dies"))
    assert ("killed", "men", 1, 1) in figures(cs)


def test_an_attempted_murder_kills_no_one():
    cs = extract_article(article("Six gang members have been indicted for their roles in the attempted murders of five "
                                 "teenagers in South Memphis, Tennessee."))
    assert not [f for f in figures(cs, kind=None) if f[0] == "killed"]
    cs = extract_article(article("The 16-year-old, accused of murdering a 16-year-old girl and the attempted murder of a "
                                 "20-year-old man in Chattanooga, Tennessee, on March 30, is facing more charges."))
    assert [f for f in figures(cs) if f[0] == "killed"] == [("killed", "children", 1, 1)]
    cs = extract_article(article("He was convicted of attempting to murder two other people by firing into a house in "
                                 "Cleveland, Ohio, on Tuesday."))
    assert not [f for f in figures(cs, kind=None) if f[0] == "killed"]


def test_the_killing_of_two_in_a_month_is_one_event():
    cs = extract_article(article("A man has been arrested in DeKalb County, Georgia, for the killing of two men in May."))
    assert [c.kind for c in cs if c.figures] == ["incident"]


def test_those_who_died_at_the_scene_are_a_part_of_the_dead():
    cs = extract_article(article("Four people were shot in Memphis, Tennessee, on Saturday night. According to "
                                 "investigators, one person was pronounced dead on the scene, while the other three were "
                                 "transported to Regional Medical Center. One victim died upon arrival at the hospital.",
                                 title="Two dead, two critically injured after Berclair shooting"))
    ones = [f for c in cs for f in c.figures if f.harm == "killed" and f.min == 1]
    assert ones and all(f.partial for f in ones)
    assert ("killed", "people", 2, 2) in figures(cs)


def test_the_one_who_then_killed_himself_counts_beside_those_he_killed():
    cs = extract_article(article("Police in Edgewood, Maryland, are investigating.",
                                 title="Police: Man shoots 4 relatives, killing 2, then himself"))
    assert ("killed", "people", 3, 3) in figures(cs)
    cs = extract_article(article("Deputies in Galvez, Louisiana, are investigating.",
                                 title="Man kills his girlfriend and her daughter, turns gun on himself"))
    assert ("killed", "people", 3, 3) in figures(cs)
    cs = extract_article(article("The sheriff has identified the final three victims in a shooting rampage in Tyrone, "
                                 "Missouri, that left seven people dead before the gunman killed himself."))
    assert ("killed", "people", 8, 8) in figures(cs)


def test_grandchildren_are_children():
    cs = extract_article(article("Police in Bell, Florida, are investigating.",
                                 title="Convicted felon kills his 6 grandchildren in Florida town of Bell"))
    assert ("killed", "children", 6, 6) in figures(cs)


def test_an_unborn_child_is_not_counted_among_the_dead():
    cs = extract_article(article("A pregnant woman was shot five times and her unborn baby was killed after a drive-by "
                                 "shooting in Brooklyn, New York, on Monday night that injured four other people.",
                                 title="Pregnant Woman's Unborn Baby Killed, 4 Others Injured in Brooklyn Drive-By Shooting"))
    assert not [f for f in figures(cs) if f[0] == "killed"]


def test_victims_taken_somewhere_are_no_list_of_names():
    cs = extract_article(article("Seventeen people were wounded in a playground in New Orleans, Louisiana, on Sunday. "
                                 "The victims were transported to four different hospitals, including Touro, Tulane "
                                 "Medical Center, University Medical Center, and St. Bernard Parish Hospital."))
    assert not [f for f in figures(cs) if f[0] == "killed"]


def test_a_headlines_shot_dead_and_a_searching_family():
    cs = extract_article(article("Police in Chicago, Illinois, are investigating.",
                                 title="2 shot dead in parking dispute; girl, 16, dies from asthma attack"))
    assert [f for f in figures(cs) if f[0] == "killed"] == [("killed", "people", 2, 2)]
    cs = extract_article(article("Police in Columbus, Ohio, are investigating.",
                                 title="Family searching for answers after two-year-old shot and killed"))
    assert figures(cs) == [("killed", "people", 1, 1)]


def test_one_identified_as_killed_is_killed_and_not_the_one_who_identified():
    cs = extract_article(article("Seven-year-old Mustafa Muhammad Essam Joyfel was identified as killed by a family "
                                 "member, Mr. Khaled Ali Juifel, after the strike in Deir al-Balah, Gaza."))
    killed = [f for c in cs for f in c.figures if f.harm == "killed"]
    assert [(f.min, f.partial) for f in killed] == [(1, True)] and "Mustafa" in killed[0].text


def test_the_kin_of_the_one_killed_are_not_killed():
    cs = extract_article(article("A woman was killed in a shooting on 6th Street in Austin, Texas, on Sunday. Family "
                                 "members of the woman killed identified her as Teqnika Moultrie, 30."))
    assert [f for f in figures(cs) if f[0] == "killed"] == [("killed", "women", 1, 1)]


def test_an_age_told_as_a_complement_or_after_an_article_is_no_count():
    cs = extract_article(article("Jeremy Contreras and Avery Contreras, who was almost 2, were found dead on July 14 in a "
                                 "truck near a roadside park outside Lubbock, Texas."))
    assert all(f[2] < 2 or f[1] == "people" and f[2] == 2 for f in figures(cs))
    assert not [f for c in cs for f in c.figures if f.text.startswith("almost")]
    cs = extract_article(article("Two teenagers, including a 14-year-old and 18-year-old, were killed and four others "
                                 "injured after a party in Capitol Heights, Maryland."))
    assert [f for f in figures(cs) if f[0] == "killed"] == [("killed", "children", 2, 2)]


def test_a_victim_told_of_again_in_other_words_is_no_other_victim():
    from civcas.resolve import resolve
    cs = extract_article(article("Three people were hurt and a teenager died in a shooting in Stockton, California, on "
                                 "Monday evening, police said. The man who was killed was a barber, his cousin said."))
    (inc,) = resolve(cs)
    assert inc.civilians_killed.min == 1
    cs = extract_article(article("A woman and a man were killed in a shooting in Stockton, California, on Monday. "
                                 "The man was 30."))
    assert sorted(f[1] for f in figures(cs) if f[0] == "killed") == ["men", "women"]


def test_those_left_with_wounds_beside_the_dead_live():
    cs = extract_article(article("Police are investigating a shooting in Dayton, Ohio, that left one man dead and at "
                                 "least six others with gunshot wounds after a man opened fire."))
    assert ("injured", "people", 6, None) in figures(cs) or ("injured", "people", 6, 6) in figures(cs)
    assert not [f for f in figures(cs) if f[0] == "killed" and f[2] > 1]
    cs = extract_article(article("STORY: 10 people shot at Detroit barbershop, at least 2 dead. Police in Detroit, "
                                 "Michigan, are investigating."))
    assert not [f for f in figures(cs) if f[0] == "killed" and f[2] == 10]


def test_an_address_after_a_comma_is_no_count():
    cs = extract_article(article("He discovered four of his relatives had been fatally shot inside the family's home, "
                                 "4601 SE 79, in Oklahoma City, Oklahoma."))
    assert [f[2] for f in figures(cs) if f[0] == "killed"] == [4]


def test_a_headlines_shooter_is_no_victim_and_a_crash_no_killing():
    cs = extract_article(article("Deputies in Bartholomew County, Indiana, are investigating.",
                                 title="6-year-old boy accidentally shoots, kills father in Bartholomew County"))
    assert figures(cs) == [("killed", "men", 1, 1)]
    cs = extract_article(article("A 7-year-old died after an accidental shooting in Newport, Tennessee. The child's "
                                 "grandfather, Christopher Allen Russell, 54, died during a car crash shortly after."))
    assert sum(f[2] for f in figures(cs) if f[0] == "killed") == 1


def test_a_headlines_wounds_read_as_a_noun_still_wound():
    cs = extract_article(article("Police in Chicago, Illinois, are investigating.",
                                 title="Austin Shooting Kills 1, Wounds 5 People On Friday, Police Say"))
    assert ("injured", "people", 5, 5) in figures(cs)
    assert ("killed", "people", 5, 5) not in figures(cs)


def test_her_and_three_other_people_are_four():
    cs = extract_article(article("In Douglasville, Georgia, Prather showed up at her house and killed her and three other "
                                 "people before fatally shooting himself, an investigator said."))
    assert ("killed", "people", 5, 5) in figures(cs)


def test_the_nth_victim_to_die_after_a_clause_of_the_others():
    cs = extract_article(article("A fourth victim in a deadly Robinson Road shooting, that killed three others, has died. "
                                 "Police in Jackson, Mississippi, are investigating."))
    assert [f for f in figures(cs) if f[0] == "killed"] == [("killed", "people", 4, 4)]


def test_a_body_found_with_a_gunshot_wound_is_of_the_dead():
    cs = extract_article(article("A fisherman found the body of a man with a gunshot wound in the Black River in Wayne "
                                 "County, Missouri, on Saturday morning."))
    assert ("killed", "men", 1, 1) in figures(cs)


def test_one_dead_after_a_collision_is_no_killing():
    cs = extract_article(article("A driver was found dead after a collision on Interstate 5 in Fife, Washington, police said."))
    assert not [f for f in figures(cs) if f[0] == "killed"]


def test_a_headlines_list_of_those_killed_counts_each():
    cs = extract_article(article("Police in Las Vegas, Nevada, are investigating.",
                                 title="Police: Neighbor kills woman, her son, himself in Las Vegas"))
    assert ("killed", "people", 3, 3) in figures(cs)
    cs = extract_article(article("Deputies in Habersham County, Georgia, are investigating.",
                                 title="Ex-Habersham deputy killed ex-wife, man before shooting himself"))
    assert ("killed", "people", 3, 3) in figures(cs)
    cs = extract_article(article("Police in Dayton, Ohio, are investigating.", title="Man kills wife, self"))
    assert ("killed", "people", 2, 2) in figures(cs)


def test_a_family_is_some_people_not_one():
    cs = extract_article(article("Authorities believe a Platte family whose home burned down last week in Platte, South "
                                 "Dakota, died from shotgun wounds."))
    (f,) = [f for c in cs for f in c.figures if f.harm == "killed"]
    assert f.min == 2 and "family" in f.text


def test_an_age_as_y_o_is_no_count():
    cs = extract_article(article("A message from the family of the 17 y/o boy that was shot and killed by his father "
                                 "last night in Wichita, Kansas."))
    assert [f for f in figures(cs) if f[0] == "killed"] == [("killed", "children", 1, 1)]


def test_a_hedged_apposition_is_the_same_victim():
    cs = extract_article(article("Jacksonville police said a young man – possibly a teenager – died after being shot at an "
                                 "unknown location in Jacksonville, Florida, on Saturday."))
    assert [f for f in figures(cs) if f[0] == "killed"] == [("killed", "men", 1, 1)]


def test_a_headlines_list_of_those_killed_counts_what_it_counts():
    cs = extract_article(article("Authorities in Platte, South Dakota, are investigating.",
                                 title="Officials: South Dakota Man Killed Wife, 4 Kids Then Himself"))
    assert ("killed", "people", 6, 6) in figures(cs)


def test_deaths_by_no_weapon_are_no_killings():
    cs = extract_article(article("A teen girl was shot dead in Englewood, Chicago, on Monday. She is the third sibling in "
                                 "the family to die. Two others died in a house fire years ago."))
    assert [f for f in figures(cs) if f[0] == "killed"] == [("killed", "children", 1, 1)]
    cs = extract_article(article("Two weeks ago the names of two students killed in a traffic accident in Austin, Texas, "
                                 "were spray-painted on the rock."))
    assert not [f for f in figures(cs, kind=None) if f[0] == "killed"]
    cs = extract_article(article("A man was killed in a hunting accident near Austin, Texas, on Saturday."))
    assert ("killed", "men", 1, 1) in figures(cs)


def test_n_people_found_dead_in_a_headline_are_n():
    cs = extract_article(article("Police in Phoenix, Arizona, are investigating.",
                                 title="Phoenix Police: five people found dead in north Phoenix home"))
    assert ("killed", "people", 5, 5) in figures(cs)


def test_he_and_his_two_sons_are_three():
    cs = extract_article(article("He and his two sons were killed in a shooting in Forsyth County, Georgia, on Wednesday."))
    assert ("killed", "people", 3, 3) in figures(cs)


def test_also_18_an_nth_of_the_wounded_and_a_family_member():
    cs = extract_article(article("Salas was charged in the death of Davon Coleman, also 18, in Pemberton, New Jersey."))
    assert [f[2] for f in figures(cs) if f[0] == "killed"] == [1]
    cs = extract_article(article("In Starr County, Texas, the sheriff's office said two male individuals suffered "
                                 "non-life threatening injuries and a third person died."))
    assert [f for f in figures(cs) if f[0] == "killed"] == [("killed", "people", 1, 1)]
    cs = extract_article(article("A man was shot dead in Chicago, Illinois, on Friday. His cousin spoke on Saturday about "
                                 "her slain family member."))
    assert [f for f in figures(cs) if f[0] == "killed"] == [("killed", "men", 1, 1)]


def test_a_headlines_list_of_those_shot_to_death_counts_each():
    cs = extract_article(article("Police in Anchorage, Alaska, are investigating.",
                                 title="3 adults, 1 child found shot to death inside Alaska hotel room"))
    assert ("killed", "people", 4, 4) in figures(cs)
    cs = extract_article(article("Police in Washington are investigating.",
                                 title="Teacher, 17-month-old son found dead in home by real estate agent"))
    assert ("killed", "people", 2, 2) in figures(cs)


def test_a_headlines_n_shot_one_fatally_kills_one():
    cs = extract_article(article("Police in Milwaukee, Wisconsin, are investigating.",
                                 title="Police: 4 teens shot, 1 fatally, in Milwaukee"))
    assert [f for f in figures(cs) if f[0] == "killed"] == [("killed", "people", 1, 1)]


def test_an_age_at_death_a_non_fatal_shooting_and_intent_to_kill_are_no_deaths():
    cs = extract_article(article("Police in Dallas, Texas, are investigating.",
                                 title="MMA Fighter Ivan Cole Dead at 25; Shot Himself Playing Russian Roulette"))
    assert [f for f in figures(cs) if f[0] == "killed"] == [("killed", "people", 1, 1)]
    cs = extract_article(article("Sammy Lee, a diver who won an Olympic medal, died at 96 in Newport Beach, California."))
    assert not [f for f in figures(cs) if f[2] == 96]
    cs = extract_article(article("Police in Redford, Michigan, are investigating.",
                                 title="Redford couple charged in non-fatal shooting of son"))
    assert not [f for f in figures(cs) if f[0] == "killed"]
    cs = extract_article(article("In Shelby, North Carolina, Patrick Rucker was arrested for assault with a deadly "
                                 "weapon intent to kill inflicting serious injury on Monday."))
    assert not [f for f in figures(cs) if f[0] == "killed"]
    cs = extract_article(article("In Trenton, New Jersey, the Shooting Response Team executed a search warrant "
                                 "on Friday and recovered heroin."))
    assert not [f for f in figures(cs) if f[0] == "killed"]


def test_a_headlines_lists_of_the_killed_take_plurals_ages_and_deaths_of():
    def killed(title):
        cs = extract_article(article("Police are investigating in Ohio.", title=title))
        return max((f[2] for f in figures(cs) if f[0] == "killed"), default=0)
    assert killed("Father, two daughters shot to death in Hazel Crest") == 3
    assert killed("Henry cops: Ex-firefighter killed 6-year-old boy, wife, himself") == 3
    assert killed("Police: St. Charles dad fatally shot twin daughters, himself") == 3
    assert killed("Teen Arraigned On Shooting Deaths Of Mother, Brother") == 2
    assert killed("Bullet kills man, grazes child in 90-year-old's home") == 1
    assert killed("Sheriff: Pasco 13-year-old kills 6-year-old brother, self") == 2
    assert killed("Woman, 3-year-old dead in Shelby triple-shooting") == 2
    # the one before a present-tense "kills" killed; he died too where the headline goes on to him
    assert killed("Lingle man allegedly kills 4-month-old before shooting himself") == 2
    assert killed("Two young girls shot, killed by father in double-murder and suicide at home") == 3
    # one killed, and the teller before the colon no victim
    cs = extract_article(article("Police are investigating in South Carolina.",
                                 title="Deputies: Florence County boy shoots and kills 12-year-old, another wounded"))
    assert ("killed", "people", 1, 1) in figures(cs)
    assert not [f for f in figures(cs) if f[1] == "police"]


def test_a_wounded_one_who_dies_in_a_headline_was_killed():
    cs = extract_article(article("Police in Garland, Texas, are investigating.",
                                 title="Wounded teen found outside Garland restaurant dies at hospital"))
    assert ("killed", "children", 1, 1) in figures(cs)
    cs = extract_article(article("Police in Garland, Texas, are investigating.",
                                 title="Injured officer recovering after suspect dies"))
    assert not [f for f in figures(cs) if f[0] == "killed" and f[1] != "militants"]


def test_ages_in_lists_dashes_and_years_old_are_no_counts():
    cs = extract_article(article("In Tulsa, Oklahoma, police said those killed were three women, 35, 46 and 54 years "
                                 "old and a 34-year-old man."))
    assert not [f for f in figures(cs) if f[2] in (35, 46, 54)]
    cs = extract_article(article("In Dearborn Heights, Michigan, he is charged in the shooting deaths of Chadney and "
                                 "Kara Allen -- 19 and 17 -- in his home."))
    assert not [f for f in figures(cs) if f[2] in (17, 19)]
    cs = extract_article(article("In Milwaukee, Wisconsin, three other men, ages 25, 26, and 33, were injured and taken "
                                 "to a local hospital."))
    assert [f for f in figures(cs) if f[0] == "injured"] == [("injured", "men", 3, 3)]
    cs = extract_article(article("In Chicago, Illinois, a 4 yo boy was shot in Englewood on Sunday."))
    assert [f for f in figures(cs) if f[0] == "injured"] == [("injured", "children", 1, 1)]
    cs = extract_article(article("In Ravenel, South Carolina, Betty Mungin, 55, Alexis Mungin, 29 and pregnant, and "
                                 "Armani Mungin were fatally shot on Tuesday."))
    assert not [f for f in figures(cs) if f[2] in (29, 55)]


def test_an_age_at_the_time_is_no_count():
    cs = extract_article(article("In Uniontown, Pennsylvania, Chisler, now 21, was 16 when he was charged as an adult "
                                 "in the Sept. 16, 2010, shooting death of Tiffany Moody, 17, also in a Pershing Court "
                                 "apartment."))
    assert not [f for f in figures(cs) if f[2] == 16]
    cs = extract_article(article("In Mosul, Iraq, the death toll was 16 when the rescuers left."))
    assert [f[2] for f in figures(cs) if f[0] == "killed"] == [16]


def test_an_outbreak_or_an_overdose_kills_no_one():
    cs = extract_article(article("A pregnant woman was shot in Brooklyn, New York, on Sunday. 86 Sick, 7 Dead in "
                                 "'Largest Outbreak of Legionnaires' in NYC."))
    assert not [f for f in figures(cs) if f[2] == 7]
    cs = extract_article(article("In Dayton, Ohio, seven people died of an overdose on Sunday."))
    assert not [f for f in figures(cs) if f[0] == "killed"]


def test_the_one_whose_death_it_was_is_the_victim():
    cs = extract_article(article("Police are investigating.",
                                 title="Police: Possible accidental shooting in Auburn led to man's death"))
    assert ("killed", "men", 1, 1) in figures(cs)
    cs = extract_article(article("In Auburn, Alabama, police are investigating a woman's shooting death."))
    assert ("killed", "women", 1, 1) in figures(cs)
    # one known already
    cs = extract_article(article("In Gaza, Khaled Al Ashqar learned of his wife's death while reporting."))
    assert not [f for f in figures(cs) if f[0] == "killed"]


def test_one_taken_to_hospital_with_a_non_life_threatening_wound_lived():
    cs = extract_article(article("AKRON, Ohio – A 17-year-old teenager was shot and killed in Akron Wednesday afternoon. "
                                 "The 19-year-old was taken to Akron General Hospital with a non-life threatening gunshot "
                                 "wound to his leg."))
    assert [f for f in figures(cs) if f[0] == "injured"] == [("injured", "people", 1, 1)]


def test_a_headlines_one_of_two_shot_who_dies_leaves_one_wounded():
    cs = extract_article(article("Police are investigating in Belle Glade, Florida.",
                                 title="JUST IN: One of two men shot late Monday in Belle Glade dies"))
    assert figures(cs) == [("injured", "people", 1, 1), ("killed", "people", 1, 1)]


def test_none_hurt_gravely_is_no_zero_of_the_hurt():
    cs = extract_article(article("In Coachella, California, someone shot four people at a party on Saturday. Officers "
                                 "said none of their injuries were life-threatening."))
    assert [f for f in figures(cs) if f[0] == "injured"] == [("injured", "people", 4, 4)]
    cs = extract_article(article("In Fayetteville, North Carolina, three deputies were shot on Tuesday. None were "
                                 "seriously injured."))
    assert not [f for f in figures(cs) if f[0] == "injured" and f[2] == 0]


def test_the_shot_counted_beside_the_dead_are_not_all_wounded():
    cs = extract_article(article("Three people were killed and one critically wounded in a far Southeast Dallas shooting "
                                 "Sunday. Officers went to the 2000 block of Ben Hur Street at about 4:30 a.m. and found "
                                 "four people had been shot. Police said two were pronounced dead at the scene.",
                                 title="Dallas Shooting Kills Three, Injures One: Police"))
    assert [f for f in figures(cs) if f[0] == "injured"] == [("injured", "people", 1, 1)]


def test_grief_is_no_wound():
    cs = extract_article(article("In Miami, Florida, a pastor said there is just too much killing and they are young, "
                                 "not even 25 and mothers and daddies are hurting."))
    assert not [f for f in figures(cs) if f[0] == "injured"]


def test_a_nights_toll_over_an_hours_stretch_is_a_tally():
    cs = extract_article(article("Pierre Stokes, 7, was shot on North Avenue in Chicago, Illinois, on Monday. He was one "
                                 "of three people killed and 27 wounded over an eight-hour stretch that night."))
    assert not [f for f in figures(cs) if f[2] == 27]


def test_a_headline_of_one_person_and_a_death_is_one_dead():
    def killed(title):
        cs = extract_article(article("Just One More Thing...\n\nWe have sent you a verification email.", title=title))
        return [f[2] for f in figures(cs) if f[0] == "killed"]
    assert killed("Sheriff: 6-year-old playing with gun shot and killed") == [1]
    assert killed("Slain teen identified, police say double shooting had 'gang component'") == [1]
    assert killed("Family of murdered teen lead peace walk in West Palm Beach") == [1]
    assert killed("Teen gunshot death appears accidental") == [1]
    assert killed("Man wounded in 'accidental' shooting dies") == [1]
    assert killed("Teen charged with attempted murder in Ohio") == []


def test_no_one_else_hurt_is_no_zero_of_the_one_who_was():
    cs = extract_article(article("In Newnan, Georgia, police said Jackson accidentally shot himself in the hand on "
                                 "Tuesday. No one else was hurt by the bullet, police said."))
    assert [f for f in figures(cs) if f[0] == "injured"] == [("injured", "people", 1, 1)]


def test_hit_or_grazed_by_a_bullet_is_a_wound_under_any_headline():
    cs = extract_article(article("A 7-year-old boy was hit by a stray bullet Sunday in Jackson, Tennessee.",
                                 title="Boy hit by stray bullet"))
    # (the headline's boy and the story's 7-year-old: one wounded, told by each)
    assert ("injured", "children", 1, 1) in figures(cs) and {f[2] for f in figures(cs) if f[0] == "injured"} == {1}
    cs = extract_article(article("A man was grazed by a bullet Sunday in Jackson, Tennessee."))
    assert [f[2] for f in figures(cs) if f[0] == "injured"] == [1]


def test_those_shooting_are_not_the_shot():
    cs = extract_article(article("Two men were shooting at cans in a field in Poway, California, on Sunday."))
    assert figures(cs) == []
    cs = extract_article(article("A 12-year-old boy was target shooting with a rifle in Poway, California."))
    assert figures(cs) == []


def test_an_age_bound_is_no_count():
    cs = extract_article(article("CHICAGO - Three teen boys, all 16 or younger, were wounded Monday morning."))
    assert figures(cs) == [("injured", "children", 3, 3)]
    cs = extract_article(article("An airstrike on a house in Gaza City on Monday killed at least 11 and up to 15 "
                                 "members of the family."))
    assert figures(cs) == [("killed", "people", 11, 15)]


def test_a_weekend_that_saw_a_citys_shootings_is_a_tally():
    cs = extract_article(article("A man was shot in the leg in Chicago on Monday. Monday's violence followed a weekend "
                                 "that saw more than 50 people shot across Chicago."))
    assert not [f for f in figures(cs) if f[2] == 50]


def test_more_wounded_after_the_dead_are_wounded():
    cs = extract_article(article("Three people were killed and at least 12 more were wounded Monday in Chicago."))
    assert figures(cs) == [("injured", "people", 12, None), ("killed", "people", 3, 3)]


def test_kansas_city_is_in_missouri():
    c = only(extract_article(article("Three people died in a shooting Thursday night at a Kansas City apartment "
                                     "complex.")))
    assert (c.place.name, c.place.admin1) == ("Kansas City", "Missouri")


def test_a_surname_that_is_a_country_is_no_place():
    cs = extract_article(article("The sheriff's department has arrested a man wanted for the murder in a deadly "
                                 "shooting Monday.\n\nLaquantae Jordan, 18, turned himself in at headquarters on "
                                 "Tuesday afternoon. He was wanted in connection to a shooting Monday on Joe Frazier "
                                 "Court that led to the death of Westley Bell, 17.\n\nJordan has been charged with "
                                 "murder and possession of a weapon during a violent crime."))
    assert not [c for c in cs if c.place is not None and c.place.country == "JO"]


def test_a_surname_told_after_an_age_is_no_country_that_sets_the_story_abroad():
    cs = extract_article(article("The Richland County Sheriff's Department has identified a man wanted for the "
                                 "murder in a deadly shooting Monday.\n\nDeputies are looking for 18-year-old "
                                 "Laquantae Jordan. He is wanted in connection to a shooting Monday that led to the "
                                 "death of Westley Bell, 17.\n\nA photo of Jordan is attached to this story. If you "
                                 "know where to find Jordan, call Crimestoppers.",
                                 title="Teen wanted for deadly Monday night shooting - wistv.com - Columbia, "
                                       "South Carolina"))
    assert {(c.place.name, c.place.admin1) for c in cs if c.place} == {("Richland County", "South Carolina")}


def test_the_day_the_wounded_reached_hospital_dates_an_undated_shooting():
    cs = extract_article(article("JACKSON, Tenn. — Police are investigating a weekend shooting at a Jackson park that "
                                 "injured a juvenile. Officers responded around 6:30 p.m. Sunday to the hospital for a "
                                 "juvenile female arriving there with a non-life threatening gunshot wound.",
                                 published="2017-02-22"))
    assert {c.date_start for c in cs} == {"2017-02-19"}


def test_some_of_the_shot_fatally_between_dashes():
    cs = extract_article(article("Five men were shot -- three of them fatally -- Wednesday afternoon in Chicago's "
                                 "Brighton Park neighborhood, police said."))
    assert [f for f in figures(cs) if f[0] == "killed"] == [("killed", "people", 3, 3)]


def test_a_surname_or_a_hospital_is_no_place():
    from civcas.extract.places import article_hints, find_places
    from civcas.gazetteer import Gazetteer
    from civcas.nlp import get_nlp
    gaz = Gazetteer.default()
    text = ("Police said brothers Emmanuel Camacho, 18, and Filogonio Rivera, 20, lived there. "
            "Camacho and Rivera were discovered dead inside their apartment. "
            "A 19-year-old man was listed in critical condition at Mt. Sinai.")
    hints = article_hints(text, gaz)

    def places(sentence):
        return [m.place.name for m in find_places(next(get_nlp()(sentence).sents), 0, gaz, hints)]
    assert places("Camacho and Rivera were discovered dead inside their apartment.") == []
    assert places("A 19-year-old man was listed in critical condition at Mt. Sinai.") == []
    assert places("A man was shot in Chicago on Sunday.") == ["Chicago"]


def test_a_dateline_town_the_gazetteer_lacks_stays_in_its_state():
    c = only(extract_article(article("ANTIOCH, Tenn. (WKRN) – A 7-year-old girl was critically injured after being "
                                     "shot in the face on Interstate 24 Saturday night.")))
    assert (c.place.name, c.place.admin1, c.place.lat) == ("Antioch", "Tennessee", None)
    c = only(extract_article(article("A 7-year-old girl was critically injured after being shot in the face in "
                                     "Antioch, Tennessee, on Saturday night.")))
    assert (c.place.name, c.place.admin1) == ("Antioch", "Tennessee")


def test_one_toll_told_in_a_quarter_and_in_its_city_is_one_event():
    cs = extract_article(article("Four people were shot outside a bar in East Mount Airy, Pennsylvania, on Friday.\n\n"
                                 "Police say a gunman fired six shots in Philadelphia early Friday morning, leaving "
                                 "four people injured."))
    assert len({c.event for c in cs if c.figures}) == 1


def test_the_wounded_taken_to_hospital_after_an_aside_are_the_first_events():
    cs = extract_article(article("MIAMI GARDENS, Fla. - Three teenage boys were shot Friday afternoon in Miami "
                                 "Gardens, authorities said.\n\nNo students were injured Friday morning when a private "
                                 "school van was struck by gunfire in Brownsville.\n\nAuthorities said all three "
                                 "victims were taken to Joe DiMaggio Children's Hospital."))
    assert [c.place.name for c in cs if any(f.min == 3 for f in c.figures)] == ["Miami Gardens"]


def test_police_called_to_a_victim_is_no_call_for_harm():
    cs = extract_article(article("Deputies were called to a salon in Largo, Florida, on Friday for a female victim "
                                 "suffering from a gunshot wound."))
    assert figures(cs) == [("injured", "women", 1, 1)]


def test_a_time_goes_on_with_its_day_past_the_period_of_p_m():
    # "around 7 p.m. Monday in Frontenac" is one sentence: its day and town are the shooting's
    cs = extract_article(article("The shooting happened around 7 p.m. Monday in Frontenac, police said.\n\n"
                                 "A young man was found shot on Carole Lane.",
                                 published="2017-03-28", title="Young man found shot"))
    assert {(c.date_start, c.place.name, c.place.admin1) for c in cs} == {("2017-03-27", "Frontenac", "Missouri")}


def test_a_shooting_that_occurred_places_and_dates_the_event_it_tells():
    cs = extract_article(article("Police are investigating a shooting that occurred in Frontenac Monday night.\n\n"
                                 "A young man was found shot on Carole Lane.",
                                 published="2017-03-28", title="Young man found shot"))
    assert {(c.date_start, c.place.name) for c in cs} == {("2017-03-27", "Frontenac")}


def test_an_adjective_before_a_person_and_the_first_word_of_a_city_side_are_no_towns():
    young = extract_article(article("Police are investigating.", title="Young man found shot on a street"))
    assert [c.place for c in young] == [None]
    far = extract_article(article("Police are investigating.", title="Boy, 16, shot in head on Far South Side"))
    assert [c.place for c in far] == [None]  # not Pharr, Texas
    quarter = extract_article(article("NEW ORLEANS (WWL) -- Police are investigating the shooting, NOPD said.",
                                      title="6 shot, 1 woman killed by stray bullet in Central City"))
    assert {c.place.name for c in quarter} == {"New Orleans"}  # a quarter of it, not Central, Louisiana


def test_a_town_in_the_county_the_story_names_is_not_the_big_city_of_its_name():
    cs = extract_article(article("The pastor for the family says they need prayer after a three-year-old shot himself "
                                 "in the chest Tuesday morning in Paulding County.\n\nThe shooting happened around 7 "
                                 "a.m. Tuesday at a home on Camp Circle in Dallas.", published="2016-04-27"))
    assert {(c.place.name, c.place.admin1) for c in cs} == {("Dallas", "Georgia")}
    assert {c.date_start for c in cs} == {"2016-04-26"}


def test_the_incident_happening_dates_it_and_a_station_places_a_story_that_names_no_town():
    cs = extract_article(article("Police are investigating, after they say a teen girl was shot in the leg.\n\n"
                                 "We're told the incident happened around 11 a.m. Sunday, in the 1900 block of Redd "
                                 "Street.\n\nPolice believe the shooting is accidental.", published="2017-04-02",
                                 title="Teen girl shot in the leg in Mosby Court - NBC12 - WWBT - Richmond, VA News "
                                       "On Your Side"))
    assert {c.date_start for c in cs} == {"2017-04-02"}
    # the station's town, as a guess
    assert {(c.place.name, c.place.admin1, c.place.ambiguous) for c in cs} == {("Richmond", "Virginia", True)}


def test_a_headline_that_states_its_count_is_repeated_by_the_story():
    # the headline's "4 people shot" (a parse that fails it) and the story's "four people injured"
    # in the neighbourhood's city are one shooting
    cs = extract_article(article("4 people shot outside bar in East Mount Airy after an argument. — A Reporter "
                                 "(@reporter) March 3, 2017\n\nThis car crashed 6 blocks from the quadruple "
                                 "shooting. A man in critical condition in the backseat. — A Reporter (@reporter) "
                                 "March 3, 2017\n\nPolice say a gunman fired several shots early Friday morning, "
                                 "leaving four people injured in Philadelphia's East Mount Airy neighborhood. "
                                 "Philadelphia police are still looking for the gunman.",
                                 published="2017-03-03", title="4 people shot outside bar in East Mt. Airy"))
    assert len({c.event for c in cs}) == 1


def test_a_county_abbreviated_is_the_county():
    cs = extract_article(article("One person was shot in the head Tuesday, the sheriff said.",
                                 title="Harrison Co. shooting suspect on the run"))
    assert {(c.place.name, c.place.precision) for c in cs if c.place} == {("Harrison County", "district")}


def test_a_state_in_the_name_of_a_hospital_is_not_the_storys_state():
    cs = extract_article(article("A woman suffered serious injuries after a shooting Thursday morning in Williamsburg. "
                                 "The woman was flown to the University of Tennessee Medical Center."))
    assert not [c for c in cs if c.place and c.place.admin1 == "Tennessee"]


def test_the_people_of_a_city_are_no_victims():
    cs = extract_article(article("Three people were shot Sunday in the town of about 5,000 people."))
    assert figures(cs) == [("injured", "people", 3, 3)]
    cs = extract_article(article("A gunman shot a man and wounded two others in a village of some 2,000 people."))
    assert not [f for f in figures(cs) if f[2] == 2000]


def test_a_holiday_weekends_shootings_are_a_tally():
    cs = extract_article(article("Police said the final shooting of the weekend turned fatal early Tuesday.",
                                 title="Police: 8 killed, 46 wounded in Labor Day weekend shootings"))
    assert not [c for c in cs if c.kind == "incident" and any(f.min == 46 for f in c.figures)]


@pytest.mark.parametrize("title, n", [
    ("Night club shooting sends seven to hospital", 7),
    ("Shooting in central Fresno lands four men in hospital", 4),
    ("Accidental shooting sends juvenile to hospital", 1),
    ("Report: Child Grazed By Bullet", 1),
    ("Boy hit by gunfire from across the street", 1),
    ("2-year-old 'serious' after shooting", 1),
])
def test_a_headline_alone_counts_the_wounded_it_tells_of(title, n):
    # a page whose story is a video playlist: the headline is all there is
    cs = extract_article(article("Police are investigating.", title=title))
    assert [f for f in figures(cs) if f[0] == "injured"] == [("injured", "people", n, n)]


def test_a_schools_name_is_not_its_town():
    cs = extract_article(article("A Seminole High School student was shot shortly after dismissal Wednesday, Sanford "
                                 "police said.", title="Student shot near Seminole High School in Sanford"))
    assert {(c.place.name, c.place.admin1) for c in cs if c.place} == {("Sanford", "Florida")}


def test_none_of_some_people_is_no_zero_of_the_event():
    cs = extract_article(article("A student was shot near the school Wednesday, police said. A bus with 25 students "
                                 "on board was leaving the school when the shooting happened. None of the students "
                                 "on the bus were injured."))
    assert not [f for f in figures(cs) if f[0] == "injured" and f[2] == 0]


def test_a_citys_police_place_a_story_that_names_no_state():
    cs = extract_article(article("Two people died and two were wounded during a shooting on Sunrise Street on Thursday "
                                 "night.\n\nThe shooting occurred around 9 p.m. in the 500 block of Sunrise Street.\n\n"
                                 "The two people who were injured had non-life threatening injuries, according to "
                                 "Salinas police."))
    assert {(c.place.name, c.place.admin1) for c in cs if c.place} == {("Salinas", "California")}


def test_it_happened_dates_the_event_in_a_text_whose_sentences_were_glued():
    cs = extract_article(article("Police say a teenage boy is fighting for life after being shot up to ten times in "
                                 "the Juniata section of Philadelphia.It happened at 12:30 a.m. Monday in the 4000 block "
                                 "of Maywood Street.Officers arrived to find the 17-year-old boy suffering multiple "
                                 "gunshot wounds.", published="2017-02-06",
                                 title="Teenage boy critical after being shot multiple times in Juniata"))
    assert {c.date_start for c in cs} == {"2017-02-06"}


def test_a_sentence_that_opens_other_events_parts_the_next_harm_from_the_event_at_hand():
    cs = extract_article(article("A student was shot near the high school Wednesday afternoon, police said.\n\n"
                                 "Several other incidents were reported at schools across the county Wednesday, "
                                 "although there is no indication that they are related.\n\n"
                                 "Eight students were injured in a fight at a middle school."))
    assert len({c.event for c in cs if c.kind == "incident"}) == 2



def test_counts_after_an_aside_recalling_an_older_shooting_are_the_lead_events():
    # the aside dates a shooting of 2015 and counts no one: the victim charged for next is the
    # lead's, shot on Sunday, not one of 2015
    cs = extract_article(article("HUNTSVILLE, Ala. - Police arrested a 19-year-old in connection to a shooting that "
                                 "happened Sunday night at Taco Bell.\n\nThey say it's related to a shooting that "
                                 "happened in August of 2015.\n\nOfficers have charged Donovan Little with attempted "
                                 "murder in the shooting of a 15-year-old.", published="2017-03-20"))
    assert {c.date_start for c in cs if any(f.harm == "injured" for f in c.figures)} == {"2017-03-19"}


def test_an_initial_ends_no_sentence_the_prefilter_keeps():
    # "shot on E. 55th St. near Lenox Road in East Flatbush, officials said": where, and who says
    text = ("Title\nRohan Levy died Thursday after he was shot on E. 55th St. near Lenox Road, officials said. "
            "Rain fell.")
    kept = [text[a:b] for a, b in prefilter(text, split_lines(text))]
    assert kept[1] == "Rohan Levy died Thursday after he was shot on E. 55th St. near Lenox Road, officials said."


def test_the_day_a_victim_told_of_his_wound_is_no_day_of_another_event():
    cs = extract_article(article("TULSA, Okla. - A security guard was accidentally shot Saturday at the Tulsa Arms "
                                 "Show.\n\nTreadwell told The Frontier earlier this week that the bullet struck him "
                                 "in the middle finger.", published="2017-04-06"))
    assert [(c.date_start, c.place.name) for c in cs if c.figures] == [("2017-04-01", "Tulsa")]


def test_the_day_told_only_of_a_statement_dates_the_event_it_reports():
    cs = extract_article(article("A 15-year-old boy, shot in the head as he ran from a gunman, has died of his "
                                 "wounds, officials said Friday.", published="2017-02-24"))
    assert [c.date_start for c in cs if c.figures] == ["2017-02-24"]


def test_a_death_days_after_the_shooting_dates_the_shooting():
    cs = extract_article(article("BROOKLYN, N.Y. - Rohan Levy died Thursday, three days after he was shot near "
                                 "Lenox Road, officials said.", published="2017-02-24"))
    assert {c.date_start for c in cs if c.figures} == {"2017-02-20"}


def test_a_suburb_across_the_state_line_from_the_dateline_is_the_events_place():
    cs = extract_article(article("WASHINGTON (WUSA9) - Two teens are injured after being shot at a Metro station "
                                 "early Saturday morning.\n\nAround 2 a.m., police say a 15-year-old boy and a "
                                 "16-year-old girl were shot while waiting for a bus in Temple Hills.",
                                 published="2017-02-25"))
    assert {(c.place.name, c.place.admin1) for c in cs if c.figures} == {("Temple Hills", "Maryland")}


def test_the_day_the_shooting_happened_outweighs_a_day_from_no_account_of_it():
    cs = extract_article(article("A man involved in a fatal shootout at an Adams County strip club has been charged "
                                 "with attempted murder.\n\nRelated Articles January 9, 2017 Man dead after shootout "
                                 "with guards outside strip club Sandoval allegedly fired shots from a moving vehicle "
                                 "at seven people standing in front of the club, according to a district attorney's "
                                 "news release.\n\nThe shooting happened at about 4:30 a.m. Sunday, prosecutors said. "
                                 "A person in the vehicle with Sandoval was killed by gunfire from a security guard.",
                                 published="2017-01-11"))
    assert {c.date_start for c in cs if c.figures} == {"2017-01-08"}


def test_a_days_shooting_named_with_its_place_tells_when_the_event_was():
    cs = extract_article(article("Accidental shooting at a mobile home court\nPolice in North Liberty say the victim "
                                 "was shot in the leg and his condition is stable.\n\nOfficers are investigating "
                                 "Monday's shooting at the Golfview Mobile Home Court.", published="2017-01-18"))
    assert {(c.date_start, c.place.name) for c in cs if c.figures} == {("2017-01-16", "North Liberty")}


def test_the_dead_of_a_weeks_tally_are_no_victims_of_the_event_told_next():
    cs = extract_article(article("INDIANAPOLIS (WTHR) - This week alone, three teenagers were shot in the city. Two "
                                 "of the victims died.\n\nA 16-year-old was shot twice Wednesday night outside a "
                                 "Family Dollar store.", published="2017-02-02"))
    assert figures(cs) == [("injured", "children", 1, 1)]
    assert ("killed", "people", 2, 2) in figures(cs, "aggregate")


def test_one_found_suffering_from_a_gunshot_wound_parsed_as_one_noun_is_wounded():
    # the parser makes "a teen suffering" one noun ("teen" its compound, "juvenile" its adjective)
    for text in ("Deputies found a teen suffering from a gunshot wound.",
                 "Deputies found a 16-year-old juvenile suffering from a self-inflicted gunshot wound to the leg."):
        assert figures(extract_article(article(text))) == [("injured", "children", 1, 1)], text


def test_one_wounded_in_a_separate_incident_is_no_repeat_of_the_first_events():
    cs = extract_article(article("CLEVELAND, Ohio -- Police say five people were shot on the east side Monday night."
                                 "\n\nPolice were originally called to reports of one juvenile who had been shot.\n\n"
                                 "In a separate incident just before 8 p.m., a 16-year-old boy was shot in the stomach "
                                 "in the 3800 block of East 149th Street.", published="2017-02-21"))
    boy = next(c for c in cs if any(f.text == "a 16-year-old boy" for f in c.figures))
    assert [e.text for e in boy.evidence if "five people" in e.text or "one juvenile" in e.text] == []


def test_the_day_of_a_shooting_a_charge_is_told_in_connection_with_dates_the_event():
    cs = extract_article(article("A 16-year-old was charged with murder Thursday in connection with a fatal shooting "
                                 "at a Durham convenience store on Tuesday.", published="2017-02-16"))
    assert [c.date_start for c in cs] == ["2017-02-14"]


def test_a_call_about_other_shooting_victims_tells_of_the_same_event():
    cs = extract_article(article("TOPEKA, Kan. (KSNT) - Police are investigating a shooting that left a woman dead and "
                                 "four others injured late Saturday night.\n\nSoon after, officers say they received "
                                 "another call about two other shooting victims found near SE 6th and SE Deer Creek. "
                                 "When they arrived, they found two adult female victims with gunshot wounds.",
                                 published="2017-03-05"))
    assert len([c for c in cs if c.figures]) == 1


def test_eastern_oakland_and_east_oakland_are_one_side_of_the_city():
    from civcas.extract.frames import _places_compatible
    from civcas.extract.places import PlaceMention
    from civcas.models import Place

    def at(quarter):
        p = Place("Oakland", 37.8, -122.27, "US", "California", precision="town", quarter=quarter)
        return PlaceMention(0, 1, quarter, p)
    assert _places_compatible(at("East Oakland"), at("eastern Oakland"), None)
    assert _places_compatible(at("East Oakland"), at("Fruitvale"), None)  # a side holds quarters
    assert not _places_compatible(at("Fruitvale"), at("Temescal"), None)


def test_kids_getting_shot_in_a_bystanders_words_count_no_one():
    assert figures(extract_article(article("“It’s even kids getting shot today, so guns should be banned,” said "
                                           "Damali Gbaraba."))) == []


def test_a_headlines_month_shooting_is_one_event_dated_by_the_day_counted_from_a_holiday():
    cs = extract_article(article("Police seek new leads in November shooting of 11-year-old boy\nThe shooting happened "
                                 "about 3:30 a.m., two days after Thanksgiving.\n\nThe boy was shot in the chest and "
                                 "the arm and rushed to University Medical Center.", published="2017-01-25"))
    assert [(c.kind, c.date_start) for c in cs if c.figures] == [("incident", "2016-11-26")]


def test_a_story_signed_off_by_another_station_is_placed_by_that_station():
    # a Birmingham station's page carrying a Nashville station's story of Antioch, Tennessee
    text = ("Homicide investigators have identified the two teens who admitted to the killings that happened in "
            "Antioch on Saturday afternoon.\n\nStay with Channel 4 and WSMV.com for updates on this story.")
    url = "http://web.archive.org/web/2017/http://www.wbrc.com/story/34263728/x"
    cs = extract_article(make_article("t", text, source="test", published="2017-01-15", url=url))
    assert {c.place.admin1 for c in cs} == {"Tennessee"}


def test_a_dailys_story_that_names_no_town_is_in_the_papers_state():
    text = "A man accidentally shot himself in the head Sunday, the sheriff's office said."
    url = "http://web.archive.org/web/20170316/http://www.jdnews.com/news/20170220/update-man-shot-himself"
    cs = extract_article(make_article("t", text, source="test", published="2017-02-20", url=url))
    assert {(c.place.name, c.place.admin1) for c in cs} == {("Jacksonville", "North Carolina")}
    assert all(c.place.ambiguous for c in cs)  # a guess, not a known point


def test_a_day_to_come_dates_no_event_and_a_shootings_own_day_is_nearest_its_noun():
    cs = extract_article(article("NASHVILLE, Tenn. (WKRN) - The McFerrin Community Center will reopen on a limited "
                                 "schedule Wednesday afternoon after two teens were shot in the parking lot.\n\nOn "
                                 "Tuesday, crews spent time making repairs to broken windows and damaged doors "
                                 "following the Monday afternoon shooting in the center's parking lot.",
                                 published="2017-03-14"))
    assert {c.date_start for c in cs if c.figures} == {"2017-03-13"}


def test_a_single_name_after_on_is_a_street_not_a_town():
    cs = extract_article(article("PATERSON - A city resident was fatally shot on Broadway, just around the corner.",
                                 published="2017-02-05"))
    assert {(c.place.name, c.place.admin1) for c in cs} == {("Paterson", "New Jersey")}


def test_the_day_an_officer_testified_is_no_day_of_another_shooting():
    cs = extract_article(article("TOLEDO - A 15-year-old boy was fatally shot Dec. 7 inside a home, police said.\n\n"
                                 "Officer James testified Wednesday that the woman told him she had shot the victim.",
                                 published="2017-02-02"))
    assert {c.date_start for c in cs if c.figures} == {"2016-12-07"}


def test_the_ones_out_shooting_shotguns_are_no_victims():
    assert figures(extract_article(article("It appears that two teens, including one who lived there and a friend "
                                           "that was visiting, had been out shooting shotguns earlier in the "
                                           "day."))) == []
    # (but those wounded while shooting were shot)
    assert figures(extract_article(article("Two hunters were wounded while shooting ducks."))) == \
        [("injured", "civilians", 2, 2)]


def test_where_and_when_the_police_came_place_and_date_the_event_told_before():
    text = ("CANAL WINCHESTER - The Sheriff's Office is investigating two shootings over the weekend.\n\n"
            "Dorline Danford, 56, of Canal Winchester, suffered a gunshot wound to the left leg that resulted in "
            "her death, said Sgt. Jared Collins.\n\nDeputies responded around 6:20 p.m. Monday to a home in the "
            "3200 block of Cedar Hill Road Northwest in Canal Winchester, according to an incident report.\n\n"
            "In a separate incident, a 2-year-old suffered a gunshot wound to the right leg Sunday.\n\nDeputies "
            "responded around 1 p.m. to a home in the 9600 block of Oakland-Stoutsville road in Stoutsville.")
    cs = [c for c in extract_article(article(text, published="2017-01-17")) if c.figures]
    assert sorted((c.date_start, c.place.name, [(f.harm, f.min) for f in c.figures]) for c in cs) == [
        ("2017-01-15", "Stoutsville", [("injured", 1)]), ("2017-01-16", "Canal Winchester", [("killed", 1)])]
    # (the incident report is no claimant of its own)
    assert len([c for c in extract_article(article(text, published="2017-01-17")) if c.kind == "incident"]) == 2


def test_the_days_officials_disclosed_or_reported_news_of_the_harm_date_no_event_of_their_own():
    cs = extract_article(article("MORENO VALLEY - Jamillah Collier, 17, was shot and killed while sitting in a car "
                                 "outside a Saturday-night party.\n\nSheriff's officials confirmed the shooting "
                                 "Sunday and disclosed via Twitter on Monday afternoon that one of the victims had "
                                 "died.", published="2017-02-23"))
    assert {c.date_start for c in cs if c.figures} == {"2017-02-18"}
    cs = extract_article(article("HUTCHINSON, Kan. - Just after 8 pm Monday deputies were dispatched to a home for a "
                                 "15-year-old that had been shot in the chest with a shotgun.\n\nOn Tuesday evening "
                                 "the Sheriff's Department reported detectives had talked to the parents of the "
                                 "shooting victim.", published="2017-01-03"))
    assert {c.date_start for c in cs if c.figures} == {"2017-01-02"}


def test_a_headlines_number_over_the_bodys_several_and_others_taken_elsewhere_add_up():
    cs = extract_article(article("SAVANNAH, Tenn. - Bullets broke up a party at the fairgrounds Saturday, leaving "
                                 "several people injured.", title="Shooting at Savannah party leaves 4 injured",
                                 published="2017-02-12"))
    assert figures(cs) == [("injured", "people", 4, 4)]
    assert figures(extract_article(article("Two victims injured during the shooting were taken for treatment at the "
                                           "Hardin County Medical Center and two others were sent to Regional "
                                           "Medical Center in Memphis."))) == [("injured", "people", 4, 4)]
    assert figures(extract_article(article("Two victims were transported to a local hospital and two more to a "
                                           "hospital in Memphis."))) == [("injured", "people", 4, 4)]
    # (but "four others" than the dead are no more than "several injuries" told before them)
    fs = figures(extract_article(article("A young man was martyred and several injuries have been recovered, "
                                         "while Al-Sharq News reported the death of a Palestinian and the injury "
                                         "of four others.")))
    assert [f for f in fs if f[0] == "injured"] == [("injured", "people", 4, 4)]
    fs = figures(extract_article(article("The incident resulted in the martyrdom of 4 people and the injury of 15 "
                                         "others.")))
    assert [f for f in fs if f[0] == "injured"] == [("injured", "people", 15, 15)]


def test_a_speakers_title_is_not_the_speaker():
    c = only(extract_article(article("A man was shot and killed, said Sgt. Jared Collins.")))
    assert (c.claimant.name, c.claimant.person) == ("Jared Collins", "Jared Collins")


def test_a_states_own_investigators_place_a_syndicated_story_in_their_state():
    text = ("A retired Berkeley County deputy shot and wounded a burglar at his home Wednesday morning, according "
            "to the State Law Enforcement Division.\n\nSLED spokesman Thom Berry says it happened at a home on "
            "Poplar Hill Drive in Ridgeville.")
    url = "http://web.archive.org/web/2017/http://www.wmcactionnews5.com/story/34634896/x"
    cs = extract_article(make_article("t", text, source="test", published="2017-03-01", url=url,
                                      title="SLED: Retired deputy shoots, wounds 16-year-old - WMC Action News 5 - "
                                            "Memphis, Tennessee"))
    assert {(c.place.name, c.place.admin1) for c in cs} == {("Ridgeville", "South Carolina")}


def test_a_quarter_owned_by_its_city_is_that_citys_whatever_the_headline_made_the_story_about():
    cs = extract_article(article("Two teenagers and a young man were shot Friday night in Baltimore's Brooklyn "
                                 "neighborhood, police said.", title="2 teenagers, young man shot in Brooklyn",
                                 published="2017-01-28"))
    assert {(c.place.name, c.place.quarter) for c in cs if c.figures} == {("Baltimore", "Brooklyn")}


def test_beaten_or_burned_to_death_is_killed_and_pistol_whipped_is_hurt():
    assert figures(extract_article(article("Militants burned two civilians to death."))) == \
        [("killed", "civilians", 2, 2)]
    assert figures(extract_article(article("A man was beaten to death during a robbery."))) == [("killed", "men", 1, 1)]
    assert figures(extract_article(article("A man was pistol-whipped during a robbery."))) == [("injured", "men", 1, 1)]
    assert figures(extract_article(article("He was sentenced to death."))) == []


def test_a_stations_site_without_its_call_sign_places_a_story_that_names_no_town():
    text = ("A 15-year-old playing with a gun accidentally shot himself in the head, Harris County deputies said. "
            "The teen was playing Russian roulette at the time, according to the father of another teen.")
    url = "http://web.archive.org/web/20170312000842/http://abc13.com/news/teen-shoots-self/1794445/"
    cs = extract_article(make_article("t", text, source="test", published="2017-03-10", url=url,
                                      title="Dad: Son's friend shoots self in head playing Russian roulette"))
    assert {(c.place.name, c.place.admin1) for c in cs} == {("Harris County", "Texas")}


def test_where_a_suspect_was_arrested_is_not_where_the_shooting_was():
    text = ("DETROIT (AP) - Federal authorities have arrested the man accused of shooting 10 people at a party at a "
            "National Guard Armory in western Tennessee.\n\nBenson is facing 10 counts of attempted murder in "
            "connection with a shooting that occurred when a fight broke out at the armory in Brownsville late "
            "Friday night.")
    cs = [c for c in extract_article(article(text, title="Suspect in Tennessee armory shooting arrested in Detroit",
                                             published="2017-01-31")) if c.kind == "incident"]
    assert {(c.place.name, c.place.admin1, c.date_start) for c in cs} == {("Brownsville", "Tennessee", "2017-01-27")}


def test_bleeding_to_death_is_not_yet_dead_and_the_hospitalized_of_a_fatal_shooting_did_not_all_die():
    assert figures(extract_article(article("Caller: “My son came in the house and he’s bleeding to death."))) == []
    cs = extract_article(article("A fatal shooting on the city's South Side sent five people to area hospitals Sunday.",
                                 title="Five people sent to area hospitals in fatal Sunday morning shooting"))
    assert ("killed", "people", 5, 5) not in figures(cs)


def test_a_headline_of_the_victims_kin_tells_of_the_victim_and_the_day():
    title = "Mother of teen shot in stomach Monday gave birth to twins hours"
    cs = extract_article(article("Davonne Young was shot in the stomach at the Glendale Recreation Center basketball "
                                 "court around 8 p.m.", title=title, published="2017-02-21"))
    assert [(c.date_start, figures([c])) for c in cs if c.figures] == [("2017-02-20", [("injured", "people", 1, 1)])]


def test_the_day_a_body_was_found_dates_the_killing_in_a_story_of_charges():
    cs = extract_article(article("HOUSTON - Two men who are charged with murder in the death of a girl whose body was "
                                 "found lying in a southwest Houston road on Feb. 16.\n\nIn a court appearance "
                                 "Thursday morning prosecutors said Alvarez-Flores gave a statement to police.",
                                 title="2 suspected gang members charged with murder in slaying of teen girl",
                                 published="2017-03-03"))
    assert {c.date_start for c in cs if c.figures} == {"2017-02-16"}


def test_a_roads_number_and_a_count_of_wounds_are_no_victims():
    assert figures(extract_article(article("A woman was shot in the head near the intersection of 367 and Parker Road "
                                           "Tuesday night."))) == [("injured", "women", 1, 1)]
    assert figures(extract_article(article("An autopsy report shows a young man shot dead by police suffered 20 "
                                           "gunshot wounds, including six in the back."))) == [("killed", "men", 1, 1)]
    assert figures(extract_article(article("Five people were shot, including two in the head."))) == \
        [("injured", "people", 5, 5)]


def test_the_day_a_story_emerged_gives_way_to_the_day_the_shooting_happened():
    text = ("Late Monday the other side of the story began emerging in the shooting of a teenager who was running "
            "from police.\n\nNearly a week later, the reminders are still fresh of the Feb. 28 shooting that "
            "happened between two homes on the 9800 block of Canoga in the Spring Branch area.")
    cs = [c for c in extract_article(article("HOUSTON - " + text, published="2017-03-06")) if c.kind == "incident"]
    assert {(c.date_start, c.place.name) for c in cs} == {("2017-02-28", "Houston")}


def test_the_state_a_suspect_was_caught_in_is_not_the_storys():
    text = ("A man wanted in the November killing of a Waukegan High School student was arrested in Tennessee this "
            "week and brought back to Lake County.\n\nWillie C. Jackson, 18, of Waukegan, had been the subject of "
            "an arrest warrant for murder in the Nov. 11 fatal shooting of Dayviontay Jackson.")
    url = "http://www.chicagotribune.com/suburbs/lake-county-news-sun/crime/ct-lns-waukegan-student-slaying-arrest"
    cs = extract_article(make_article("t", text, source="test", published="2017-01-05", url=url))
    assert {c.place.admin1 for c in cs} == {"Illinois"}


def test_a_day_told_with_a_when_clause_of_harm_is_the_harms_and_the_day_a_chief_spoke_is_not():
    cs = extract_article(article("CINCINNATI - One person was killed and 15 wounded at the Cameo nightclub early "
                                 "Sunday.\n\nThe most recent was February 28, when six people were shot at an "
                                 "apartment building in the Northside neighborhood.\n\n\"Saddened to learn about last "
                                 "night's shooting in Cincinnati,\" Ohio Gov. John Kasich tweeted.",
                                 published="2017-03-26"))
    assert ("2017-02-28", [("injured", "people", 6, 6)]) in [(c.date_start, figures([c])) for c in cs]
    cs = extract_article(article("CINCINNATI - One person was killed and 15 wounded at the Cameo nightclub early "
                                 "Sunday.\n\nCincinnati Police Chief Eliot Isaac spoke Monday morning at City Hall on "
                                 "the shootings at Cameo night club that killed one and injured 17.",
                                 published="2017-03-27"))
    assert {c.date_start for c in cs if c.figures} == {"2017-03-26"}


def test_the_day_the_police_came_gives_way_to_the_day_the_shooting_happened():
    cs = extract_article(article("NEWPORT NEWS, Va. - Maurice Anthony Jones is facing charges after his daughter was "
                                 "shot in the leg.\n\nPolice say officers were called to a home on Waterfront Circle "
                                 "Sunday night to check on the welfare of a juvenile.\n\nJones' girlfriend reportedly "
                                 "told police that the incident happened Feb. 26, after the girls had come home from "
                                 "school.", published="2017-03-14"))
    assert {c.date_start for c in cs if c.kind == "incident"} == {"2017-02-26"}


def test_where_a_father_was_arrested_does_not_place_the_shooting_of_his_daughter():
    text = ("The father who was charged in connection with the accidental shooting of a toddler Monday morning has "
            "been arrested.\n\nCortez Reed, 27, was charged after his one-year-old daughter was hit with a bullet "
            "inside a home in the 4200 block of Fehr Road just before 10:30 a.m.\n\nReed was arrested in the 3900 "
            "block Harding Avenue in Cheviot around 5:30 p.m. He was arrested without incident by Cincinnati police "
            "officers.")
    url = "http://web.archive.org/web/20170315095454/http://www.fox19.com/story/34674537/x"
    cs = extract_article(make_article("t", text, source="test", published="2017-03-06", url=url,
                                      title="Father charged in connection with shooting of 1-year-old girl ar - "
                                            "Cincinnati News, FOX19-WXIX TV"))
    assert {c.place.name for c in cs if c.figures} == {"Cincinnati"}


def test_a_local_papers_story_that_kept_only_its_headline_is_in_the_papers_town():
    url = ("http://web.archive.org/web/20170328015147/http://www.galesburg.com/news/20170327/"
           "teen-gunshot-death-appears-accidental")
    c = only(extract_article(make_article("t", "", source="test", title="Teen gunshot death appears accidental",
                                          published="2017-03-27", url=url)))
    assert (c.place.name, c.place.admin1, c.place.ambiguous) == ("Galesburg", "Illinois", True)


def test_a_fair_named_for_part_of_a_state_is_not_where_it_was():
    c = only(extract_article(article(
        "Two teens are recovering after they were shot Saturday night near the Central Florida Fairgrounds.\n\n"
        "The incident began around 10:20 p.m., when Orlando police, with help from Orange County deputies, dealt "
        "with a number of people involved in a disturbance at the fairgrounds.",
        title="Two teens shot near Central Florida Fairgrounds", published="2017-03-06")))
    assert (c.place.name, c.place.admin1, c.date_start) == ("Orlando", "Florida", "2017-03-04")


def test_the_day_a_shooting_was_reported_to_the_police_is_its_day():
    cs = extract_article(article(
        "DETROIT - A 19-year-old man was arrested Monday in connection with a quadruple shooting that left three "
        "teenagers injured and a 16-year-old boy dead on Detroit's west side.\n\nPolice said the shooting was "
        "reported March 26 after an argument turned violent near the old Steve's Soul Food building on Grand "
        "River Drive.", published="2017-04-06"))
    assert {c.date_start for c in cs if c.figures} == {"2017-03-26"}


def test_a_video_gallerys_captions_are_other_stories():
    text = ("A 12-year-old girl was grazed by a bullet that was shot through an apartment in Newport News Thursday "
            "morning, police said.\n\nCaption Video: Police investigate deadly shooting in Hampton Hampton police "
            "investigate after a male was shot and killed in the area of Quash and Foley streets March 28, 2017. "
            "Hampton police investigate after a male was shot and killed in the area of Quash and Foley streets "
            "March 28, 2017.\n\nCaption + The apartment where the girl was hit.")
    assert figures(extract_article(article(text, published="2017-04-06"))) == [("injured", "children", 1, 1)]


def test_a_day_told_of_what_the_victim_was_doing_while_shot_is_the_shootings():
    cs = extract_article(article(
        "COLUMBIA, Mo. - The Columbia Police Department continues to look for a Columbia teenager accused of "
        "accidentally shooting his friend last month.\n\nAccording to a probable cause statement obtained by ABC 17 "
        "News, Payne is accused of shooting the victim while riding inside a friend's car on December 11.\n\nPolice "
        "said that after interviewing the victim, they learned that the shooting happened on Ballenger Lane near "
        "Clark Lane in east Columbia.", title="Columbia teenager wanted by police following accidental shooting",
        published="2017-01-11"))
    assert {c.date_start for c in cs if c.kind == "incident"} == {"2016-12-11"}


def test_the_wounded_man_told_of_again_is_the_events_whatever_town_the_sentence_names():
    cs = extract_article(article(
        "Baldwin City — The Baldwin City Police Department learned a second man was wounded in a Feb. 7 shooting in "
        "this southern Douglas County city.\n\nNeis said Monday that the wounded man, Brandon Blake, has been "
        "released from the hospital.\n\nWhile at the Lenexa hospital, the wounded man, who is from Edwardsville, "
        "originally told Lenexa police the wound was the result of an incident in Wyandotte County, Neis said.",
        published="2017-02-27"))
    assert [(c.place.name, c.date_start) for c in cs if c.figures] == [("Douglas County", "2017-02-07")]


def test_the_town_of_the_hospital_a_victim_was_pronounced_dead_at_is_not_the_events():
    cs = extract_article(article(
        "A 16-year-old boy died on Friday, two days after he was shot in the Englewood neighborhood on the South "
        "Side, according to Chicago Police.\n\nAnderson, of the 100 block of East 68th Street, was pronounced dead "
        "at 2:28 p.m. Friday at Christ Medical Center in Oak Lawn, the medical examiner's office said.",
        published="2017-01-14"))
    assert {c.place.name for c in cs if c.figures} == {"Chicago"}


def test_a_day_that_ends_the_clause_of_the_killing_is_the_killings():
    cs = extract_article(article(
        "DAYTON, Ohio (WDTN) – Dayton Police met with reporters Wednesday to discuss the shooting death of a Dayton "
        "teen.\n\nPolice said the shooting that killed 14-year-old James Banks Tuesday night started out as a "
        "robbery.", published="2017-03-28"))
    assert [c.date_start for c in cs if c.figures] == ["2017-03-28"]


def test_in_an_arrests_sentence_the_day_told_of_the_shooting_is_the_events():
    cs = extract_article(article(
        "A teenager wanted in connection with an officer-involved shooting in Reno last week was arrested early "
        "Wednesday morning near Portola, California.\n\nAuthorities say shots were fired and Navarro-Garcia was "
        "injured.", published="2017-03-03"))
    assert {(c.date_start, c.date_end) for c in cs if c.figures} == {("2017-02-20", "2017-02-26")}


def test_a_big_city_across_a_state_line_named_in_passing_is_not_a_local_papers_town():
    url = "http://web.archive.org/web/20170315/http://www.trentonian.com/general-news/20170314/police-blotter"
    text = ("Trenton\n\nShooting: A 19-year-old man suffered a gunshot wound to his leg Monday night, police said.\n\n"
            "Love Fraud: A man sent a woman $600 for a flight to Philadelphia, but she never arrived.\n\n"
            "Bristol, Pa.\n\nMissing Purse: A purse was taken from a car parked on Indian Creek Drive in Trenton.")
    cs = extract_article(make_article("t", text, source="test", published="2017-03-14", url=url))
    assert {(c.place.name, c.place.admin1) for c in cs if c.figures} == {("Trenton", "New Jersey")}


def test_a_surname_alone_shot_and_killed_is_a_victim_and_her_sister_is_of_her_event():
    cs = extract_article(article(
        "Collier was shot and killed while sitting in a car outside the home on Sunday.\n\nCollier's sister, Jhonis "
        "Carter – whose 16th birthday brought the girls together for a Saturday-night party – was hit in the arm, "
        "and the third victim, a friend, was \"grazed by a bullet,\" said Collier's grandmother, Lorraine Baker.",
        published="2017-02-22"))
    assert [(c.date_start, [(f.harm, f.min) for f in c.figures]) for c in cs if c.figures] == [
        ("2017-02-19", [("killed", 1)])]
    assert {c.date_start for c in cs} == {"2017-02-19"}  # (the sister's, by her grandmother's word)


def test_the_residents_found_uninjured_beside_the_dead_are_no_toll():
    cs = extract_article(article(
        "Three would-be robbers were shot and killed Monday when an Oklahoma homeowner's son opened fire on them, "
        "authorities said.\n\nWhen deputies arrived, they found the three dead suspects and two uninjured residents.",
        published="2017-03-27"))
    assert ("killed", "civilians", 2, 2) not in figures(cs)


def test_headlines_of_a_boy_shot_that_a_grandmother_tried_to_save_and_of_a_towns_native_shot():
    for title, who in (("Grandmother tries to save 10-year-old boy shot in head in Hilliard home", "10-year-old boy"),
                       ("UPDATE: 16-year-old Cambridge native shot during marijuana deal; suspect still at large",
                        "16-year-old Cambridge native")):
        c = only(extract_article(make_article("t", "", source="test", title=title, published="2017-03-09")))
        assert [(f.harm, f.min, f.text) for f in c.figures] == [("injured", 1, who)]


def test_a_headlines_self_is_the_one_who_shot_himself():
    c = only(extract_article(make_article("t", "", source="test", title="Police ID man who shot self after slipping "
                                          "on ice", published="2017-01-09")))
    assert [(f.harm, f.min) for f in c.figures] == [("injured", 1)]


def test_a_victim_told_by_age_alone_is_one_of_the_men_counted():
    c = only(extract_article(article(
        "CHICAGO — About 11:15 p.m. Monday, four men were standing on the sidewalk in the 3400 block of West 24th "
        "Street when a gunman began shooting, police said.\n\nAll four men were taken to area hospitals where their "
        "conditions stabilized. An 18-year-old was shot in the buttocks and taken to John H. Stroger Hospital.",
        title="Little Village Shooting Leaves Four Men Wounded", published="2014-05-13")))
    assert [(f.harm, f.group, f.min) for f in c.figures] == [("injured", "men", 4)]


def test_a_headline_of_arrests_after_a_child_was_shot_counts_the_child():
    c = only(extract_article(make_article("t", "", source="test", title="Two arrested after child shot",
                                          published="2017-02-04")))
    assert sorted((f.harm, f.min) for f in c.figures) == [("detained", 2), ("injured", 1)]


def test_the_wounded_taken_to_hospital_are_a_floor_under_the_count_told_after_them():
    c = only(extract_article(article(
        "Two people were taken to the hospital after a shooting in Indio Sunday night.\n\nBoth victims were taken "
        "to the hospital with minor injuries. One victim suffered injuries to his hand and the other was shot in "
        "the arm.", published="2017-03-06")))
    assert [(f.harm, f.min, f.max, f.partial) for f in c.figures] == [("injured", 2, 2, False)]


def test_a_patch_sites_address_names_its_state_and_town():
    url = "http://web.archive.org/web/20160319/http://patch.com:80/georgia/decatur/child-three-adults-injured-dekalb"
    text = ("The incident happened on Glenwood Avenue near Decatur on Monday night.\n\nFour people -- including a "
            "child -- were injured in a shooting at a DeKalb apartment complex located near Decatur on Monday "
            "night.\n\nAccording to the AJC, the shooting happened at the Austin Oaks apartments on Glenwood "
            "Avenue.\n\nThe child was taken to Children’s Healthcare of Atlanta in critical condition.")
    cs = extract_article(make_article("t", text, source="test", title="Child, Three Adults Injured in DeKalb Shooting",
                                      published="2015-10-13", url=url))
    assert {(c.place.name, c.place.admin1) for c in cs} == {("Decatur", "Georgia")}


def test_a_man_woman_and_child_are_three():
    assert figures(extract_article(article("A man, woman and child were shot in the 1100 block of Elm Street, "
                                           "police said."))) == [("injured", "children", 1, 1),
                                                                 ("injured", "men", 1, 1), ("injured", "women", 1, 1)]


def test_three_separate_shootings_told_one_by_one_are_three_events():
    cs = extract_article(article(
        "Police say four juveniles and three adults were shot during three separate shootings that occurred within "
        "a half hour of each other in D.C. Wednesday afternoon.\n\nTwo male juveniles suffered non-life-threatening "
        "injuries after being shot at Minnesota Avenue and Grant Street in Northeast D.C.\n\nTwo male juveniles were "
        "shot at around 4:34 p.m. in the 5300 block of Bass Place in Southeast D.C.\n\nA third shooting also happened "
        "at the same time at 4:34 p.m. in the 600 block of Mellon Street in Southeast D.C. Two men and one woman "
        "were wounded with non-life-threatening injuries.", published="2017-01-25"))
    assert sorted(sum(f.min for f in c.figures) for c in cs if c.kind == "incident") == [2, 2, 3]
