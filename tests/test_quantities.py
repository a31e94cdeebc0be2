"""The quantity grammar: SCHEMA.md's table, row by row, and the numbers that count no one."""
from __future__ import annotations

import pytest
from hypothesis import given, strategies as st

from civcas.extract.quantities import Quantity, count_names, find_quantities, parse_quantity


def only(text: str) -> Quantity:
    found = find_quantities(text)
    assert len(found) == 1, found
    return found[0]


# --- SCHEMA.md's table -----------------------------------------------------------------------------

@pytest.mark.parametrize("phrase, lo, hi", [
    ("60", 60, 60), ("sixty", 60, 60), ("Sixty-two", 62, 62), ("1,200", 1200, 1200),
    ("1.2 million", 1_200_000, 1_200_000), ("three hundred", 300, 300), ("a hundred", 100, 100),
    ("one million", 1_000_000, 1_000_000), ("twenty-three", 23, 23),
    ("one hundred and five", 105, 105), ("two thousand five hundred", 2500, 2500),
])
def test_a_number_is_itself(phrase, lo, hi):
    q = only(f"Officials said {phrase} civilians died in the raid.")
    assert (q.text, q.min, q.max, q.qualifier, q.vague) == (phrase, lo, hi, None, False)


@pytest.mark.parametrize("phrase", [
    "over 60", "more than 60", "at least 60", "no fewer than 60", "no less than 60",
    "upwards of 60", "in excess of 60", "60+", "60 or more", "Over 60", "60-plus",
])
def test_a_lower_bound_has_no_max(phrase):
    q = only(f"The bombing left {phrase} people dead.")
    assert (q.text, q.min, q.max) == (phrase, 60, None)


@pytest.mark.parametrize("phrase", ["up to 60", "as many as 60", "at most 60", "no more than 60"])
def test_an_upper_bound_has_no_min(phrase):
    q = only(f"Medics reported {phrase} wounded.")
    assert (q.text, q.min, q.max, q.qualifier) == (phrase, None, 60, phrase[:-3])


@pytest.mark.parametrize("qualifier", [
    "nearly", "almost", "around", "some", "about", "approximately", "roughly", "an estimated",
    "close to",
])
def test_an_approximation_keeps_the_figure_and_its_qualifier(qualifier):
    q = only(f"The shelling killed {qualifier} 60 residents.")
    assert (q.text, q.min, q.max, q.qualifier) == (f"{qualifier} 60", 60, 60, qualifier)


@pytest.mark.parametrize("phrase, qualifier", [
    ("between 529 and 744", "between"), ("529 to 744", None), ("529-744", None),
    ("529–744", None), ("from 529 to 744", "from"),
])
def test_a_range(phrase, qualifier):
    q = only(f"The monitor counted {phrase} deaths.")
    assert (q.text, q.min, q.max, q.qualifier) == (phrase, 529, 744, qualifier)


@pytest.mark.parametrize("phrase, lo, hi, vague", [
    ("a dozen", 12, 12, False), ("two dozen", 24, 24, False), ("half a dozen", 6, 6, False),
    ("dozens", 12, 24, True), ("tens", 12, 24, True), ("large numbers of", 12, 24, True),
    ("scores", 20, 40, True), ("hundreds", 100, 200, True), ("thousands", 1000, 2000, True),
    ("hundreds of thousands", 100_000, 200_000, True), ("tens of thousands", 10_000, 20_000, True),
    ("several", 2, 2, True), ("a number of", 2, 2, True), ("a few", 2, 2, True),
    ("a couple of", 2, 2, True), ("several hundred", 200, 200, True),
    ("many", None, None, True), ("numerous", None, None, True),
    ("an unknown number of", None, None, True),
])
def test_word_quantities(phrase, lo, hi, vague):
    q = only(f"Rescuers say {phrase} them were hurt." if phrase.endswith("of")
             else f"Rescuers say {phrase} were hurt.")
    assert (q.text, q.min, q.max, q.vague) == (phrase, lo, hi, vague)


def test_some_before_a_plural_noun_is_two():
    q = only("The strike killed some civilians near the bakery.")
    assert (q.text, q.min, q.max, q.vague) == ("some", 2, 2, True)


def test_some_without_people_after_it_is_nothing():
    assert find_quantities("Some say the market was busy at some time in the evening.") == []


@pytest.mark.parametrize("sentence, phrase", [
    ("A family was buried under the rubble.", "A family"),
    ("The drone hit a couple walking home.", "a couple"),
])
def test_a_family_or_a_couple_is_two(sentence, phrase):
    q = only(sentence)
    assert (q.text, q.min, q.max) == (phrase, 2, 2)


def test_a_family_of_five_is_five():
    q = only("A family of five was killed when the house collapsed.")
    assert (q.text, q.min, q.max, q.vague) == ("A family of five", 5, 5, False)


def test_a_family_member_is_one_person_not_a_family():
    q = only("A family member was injured.")
    assert (q.text, q.min, q.max) == ("A", 1, 1)


@pytest.mark.parametrize("sentence", [
    "A man was killed at the checkpoint.", "The blast wounded a child.",
    "An elderly woman died in the fire.", "Gunmen shot a 12-year-old boy.",
    "One civilian was hurt.", "It killed one of the guards.",
])
def test_a_singular_victim_is_one(sentence):
    q = only(sentence)
    assert (q.min, q.max) == (1, 1)


@pytest.mark.parametrize("sentence, phrase", [
    ("No one was hurt in the blast.", "No one"), ("Nobody died.", "Nobody"),
    ("No casualties were reported.", "No"), ("None of the guards was injured.", "None"),
])
def test_zero(sentence, phrase):
    q = only(sentence)
    assert (q.text, q.min, q.max) == (phrase, 0, 0)


def test_two_people():
    q = only("Two people were wounded.")
    assert (q.min, q.max) == (2, 2)


# --- qualifiers and ranges beyond the table ---------------------------------------------------------

@pytest.mark.parametrize("phrase, lo, hi", [
    ("more than a dozen", 12, None), ("at least dozens", 12, None), ("up to hundreds", None, 200),
    ("nearly a dozen", 12, 12), ("fewer than 10", None, 9), ("60 or so", 60, 60),
    ("two or three", 2, 3), ("one or two", 1, 2), ("two to three thousand", 2000, 3000),
    ("2 to 3 million", 2_000_000, 3_000_000), ("between three to five", 3, 5),
])
def test_combinations(phrase, lo, hi):
    q = only(f"Witnesses saw {phrase} people fall.")
    assert (q.text, q.min, q.max) == (phrase, lo, hi)


def test_a_changed_toll_is_two_figures_not_a_range():
    found = find_quantities("The toll rose from 40 to 55 overnight.")
    assert [(q.text, q.min, q.max) for q in found] == [("40", 40, 40), ("55", 55, 55)]


def test_a_score_is_not_a_range():
    assert find_quantities("They won the match 3-2.") == []


def test_several_figures_in_one_sentence():
    found = find_quantities("More than 40 civilians, including 9 children, were killed and "
                            "dozens injured.")
    assert [(q.text, q.min, q.max) for q in found] == [
        ("More than 40", 40, None), ("9", 9, 9), ("dozens", 12, 24)]


# --- numbers that count no one --------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "The 12-year-old was taken to hospital.",          # ages
    "The boy, aged 12, was shot.",
    "Her son, age 35, survived.",
    "Karim Haddad (35) was treated at the scene.",
    "Omar Farid, 35, of Dearborn, was arrested.",
    "The victims, ages 14, 16 and 19, were released.",
    "The shooting happened at 6 p.m. near the school.",  # times
    "Sirens sounded at 11:45 and again later.",
    "The group seized the town in 2014.",               # dates and years
    "The raid took place on October 21.",
    "It happened on the 21st.",
    "Records dated 2016-10-21 were released.",
    "The village lies 15 kilometers east of the city.",  # distances
    "A shell landed 30km away.",
    "Prices rose by a 50-percent margin.",               # percentages
    "Turnout fell by 50% this year.",
    "The family was offered $500 in compensation.",      # money
    "He was paid 300 dollars.",
    "The plane was hit at the second try.",              # ordinals (no number at all)
    "Call 252-555-0143 with any information.",           # phone numbers
    "Police found a .40-caliber pistol.",                # calibres
    "The body was found in the 2400 block of Pine Road.",  # addresses
    "Detectives responded to the 3600 blk Glen Arm Rd.",
    "He is linked to the death of his pregnant wife in ’91.",  # a year of two digits
    "He was shot by his girlfriend Larriana Hughes, 25.",   # an age that ends the sentence
    "Stowe shooting victim, 18, dies",                    # an age after a victim noun
    "He lived at 1207 Maple Avenue for years.",
    "The PM spoke at No. 10 on Monday.",                  # labels
    "Units rushed to Route 9 after dark.",
    "F-16 jets flew over the area.",                      # counts glued to names and units
    "The gunman fired a 9mm pistol.",
    "The truce lasted three days.",                       # durations
    "A three-storey building collapsed.",
    "An eight-hour truce began.",
])
def test_not_a_quantity(sentence):
    assert find_quantities(sentence) == []


def test_a_year_followed_by_people_is_a_count():
    q = only("About 2000 people fled the camp.")
    assert (q.text, q.min, q.max) == ("About 2000", 2000, 2000)


def test_a_range_into_a_unit_is_no_count():
    assert find_quantities("The front moved 5-10 km and 60 to 70 percent of homes burned.") == []


def test_an_age_list_beside_names():
    assert find_quantities("Rami, 12, and Lina, 9, were buried on Friday.") == []


def test_ages_in_apposition_are_not_counted_but_the_count_before_them_is():
    found = find_quantities("The two men, 27 and 32, were taken to hospital; both 19, they live.")
    assert [(q.text, q.min) for q in found] == [("two", 2)]


# --- parse_quantity -----------------------------------------------------------------------------

@pytest.mark.parametrize("phrase, expected", [
    ("more than 60 civilians", (60, None)), ("dozens", (12, 24)), ("between 529 and 744", (529, 744)),
    ("2014", (2014, 2014)), ("civilians were killed", None), ("the 60", None),
])
def test_parse_quantity(phrase, expected):
    assert parse_quantity(phrase) == expected


# --- count_names ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text, n", [
    ("Samir Khoury, his son Yusuf, and Adel Nasser were killed", 3),
    ("the victims were named as Hana Saleh, Tariq Mansour and Layla Aziz", 3),
    ("The dead were Nabil Haddad and Salma Haddad.", 2),
    ("Fadi al-Masri (40), his wife Rana (38) and their son Karim (9)", 3),
    ("Rami, 12, and Lina, 9", 2),
    ("Youssef Abu Khalil", 1),
])
def test_count_names(text, n):
    assert count_names(text) == n


@pytest.mark.parametrize("text", [
    "dozens of people were killed",
    "A man and two children were killed",
    "Hana Saleh, her husband and their three children",
    "Tariq Mansour, Layla Aziz and others",
    "",
])
def test_count_names_refuses_what_is_not_a_list_of_names(text):
    assert count_names(text) is None


# --- properties ----------------------------------------------------------------------------------

@given(st.integers(min_value=0, max_value=10**9))
def test_any_integer_in_digits_parses_as_itself(n):
    assert parse_quantity(str(n)) == (n, n)
    assert parse_quantity(f"{n:,}") == (n, n)


@given(st.integers(min_value=0, max_value=10**9))
def test_a_comma_grouped_count_of_civilians_is_found(n):
    q = only(f"Officials said {n:,} civilians were killed.")
    assert (q.min, q.max) == (n, n)


_WORDY = list("abc ABC0123456789,.-+()'to and of dozen few many a some over than more up")


@given(st.text(alphabet=st.sampled_from(_WORDY), max_size=80) | st.text(max_size=80))
def test_spans_slice_the_text_in_order_without_overlap(text):
    found = find_quantities(text)
    for q in found:
        assert text[q.start:q.end] == q.text
    for a, b in zip(found, found[1:]):
        assert a.end <= b.start


def test_a_floor_and_a_ceiling_joined_by_but_are_one_range():
    (q,) = find_quantities("at least one but possibly up to 12 civilians were killed")
    assert (q.min, q.max, q.text) == (1, 12, "at least one but possibly up to 12")
    (q,) = find_quantities("at least 60 and as many as 80 people")
    assert (q.min, q.max) == (60, 80)


# --- numbers beside dates, ages and universal words -------------------------------------------------

def test_a_count_right_after_a_month_and_day_is_a_count_not_a_year():
    q = only("On October 24, 17 civilians were killed.")
    assert (q.text, q.min, q.max) == ("17", 17, 17)


def test_an_uncertain_age_in_brackets_is_no_count():
    assert find_quantities("his brother Mustafa Islam Ali (2 or 3) and Malik (6)") == []


def test_every_one_of_them_is_all_of_them_not_one():
    assert find_quantities("Every one of the displaced, she wrote, had died.") == []


@pytest.mark.parametrize("text", [
    "Carlos, then 18, was shot and killed just after Thanksgiving.",
    "The lobby of the hotel at 2233 S.",
    "The toddler, 2, and his grandfather, 35, were shot about 6 p.m. Wednesday.",
])
def test_ages_after_names_and_house_numbers_are_no_counts(text):
    assert find_quantities(text) == []


def test_a_count_after_a_place_and_a_comma_is_still_a_count():
    q = only("In Chicago, 5 were shot.")
    assert (q.text, q.min) == ("5", 5)


def test_an_age_whose_closing_comma_is_missing_is_no_count():
    from civcas.extract.quantities import find_quantities
    assert find_quantities("he admitted to killing Jamal Berry, 30 after the pair argued") == []
    assert [q.min for q in find_quantities("strikes killed 20 in Mosul, 30 in Raqqa")] == [20, 30]


def test_a_photo_gallery_count_is_no_count():
    assert [q.min for q in find_quantities("Photo: Jacob Beltran Image 1 of / 44 Caption Close Image 1 of 44 A "
                                           "7-year-old girl")] == [1]


def test_a_relation_then_a_name_is_one_person_named():
    assert count_names("67 year old Brenda Forrester, and her son, 45 year old Tony Forrester in Albany",
                       ages_first=True) == 2
    assert count_names("his wife, his son and Ali Hassan") == 3
