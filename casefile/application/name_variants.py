"""When two written names that `same_person` tells apart are likely one suspect or victim
written differently by two outlets.

Outlets shorten given names in ways no list holds ("Josh" / "Joshua", "Alex" / "Alexander"),
misspell them ("Johnathan" / "Jonathan") and misspell surnames ("Hays" / "Hayes",
"Sluganski" / "Slugansky"). Grouping asks this only of two people that both reports make a
suspect or a victim, and then weighs the name as a common one: the rest of the two stories
must agree as well (`grouping._weigh`). Edit distances come from rapidfuzz.

A misspelt surname is stored under another name key, so grouping also files suspects and
victims under the sound of their surname (`sound_key`, American Soundex: "Hays" and "Hayes"
are both H200) with the initial of their given name.
"""

from __future__ import annotations

from casefile.domain.people import PersonName, formal_given

# A given name this long or longer may be the start of a fuller one ("Josh" of "Joshua").
SHORT_FORM_MIN = 3
# Names this long or longer may differ by a letter left out or added ("Hays" / "Hayes");
# this long or longer by one letter for another ("Slugansky" / "Sluganski"), or two edits.
# Shorter names differ by a letter for another too often to be one name ("Hall" / "Hill").
ONE_EDIT_MIN, SUBSTITUTION_MIN, TWO_EDITS_MIN = 4, 6, 8


def written_variants(a: PersonName, b: PersonName) -> bool:
    """Whether two full names may be one person written differently (see the module).
    Suffixes and middle initials, where both give them, must agree."""
    if not (a.given and b.given) or (a.suffix and b.suffix and a.suffix != b.suffix):
        return False
    if a.middles and b.middles and a.middles[0][0] != b.middles[0][0]:
        return False
    return _given_variants(a.given, b.given) and _close(a.surname, b.surname)


def _given_variants(a: str, b: str) -> bool:
    a, b = formal_given(a), formal_given(b)
    if a == b:
        return True
    shorter, longer = sorted((a, b), key=len)
    if len(shorter) >= SHORT_FORM_MIN and longer.startswith(shorter):
        return True
    return _close(a, b)


def _close(a: str, b: str) -> bool:
    shortest = min(len(a), len(b))
    if shortest < ONE_EDIT_MIN:
        return a == b
    # Imported here: the read verbs that never compare two names start without it (~10 ms).
    from rapidfuzz.distance import Levenshtein

    if shortest < SUBSTITUTION_MIN:  # a substitution costs two: only a letter in or out
        return Levenshtein.distance(a, b, weights=(1, 1, 2), score_cutoff=1) <= 1
    allowed = 2 if shortest >= TWO_EDITS_MIN else 1
    return Levenshtein.distance(a, b, score_cutoff=allowed) <= allowed


_SOUNDEX = {
    c: str(d)
    for d, letters in enumerate(["aeiouyhw", "bfpv", "cgjkqsxz", "dt", "l", "mn", "r"])
    for c in letters
}


def sound_key(name: PersonName) -> str | None:
    """`sound:<Soundex of the surname>:<initial of the formal given name>` of a full name."""
    if not name.given or not name.surname[:1].isalpha():
        return None
    surname = name.surname
    code, last = surname[0], _SOUNDEX.get(surname[0], "")
    for letter in surname[1:]:
        digit = _SOUNDEX.get(letter, "")
        if digit and digit != "0" and digit != last:
            code += digit
        if letter not in "hw":  # h and w do not separate two letters of one code
            last = digit
    return f"sound:{(code + '000')[:4]}:{formal_given(name.given)[0]}"
