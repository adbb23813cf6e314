"""How a person's name is written: the letters of names in any Latin script, an initial, a
capitalised word with inner capitals, an apostrophe or a hyphen ("McBride", "O'Neil",
"Ruiz-Vela"), a Korean given name's syllables, the particles and articles inside a surname
("de la", "al-"), a nickname in quotes, "St." and a suffix ("Jr."): the runs of capitalised
words (`NAME_RUN`) that `mentions.py` splits into names."""

from __future__ import annotations

import re

from casefile.extraction.name_vocabulary import NOT_NAME_WORDS, TITLES

# Letters of names in any Latin script ("José", "Núñez", "Łukasz"): the capitals and small
# letters of Latin-1 and Latin Extended-A/B besides ASCII, so a name is not cut at an accent.
# Latin letters with accents, and the further ones of Vietnamese ("Nguyễn", "Tuấn").
_LATIN = [*range(0xC0, 0x250), *range(0x1E00, 0x1F00)]
_UPPER = "A-Z" + "".join(c for c in map(chr, _LATIN) if c.isupper())
_LOWER = "a-z" + "".join(c for c in map(chr, _LATIN) if c.islower())
# One word of a name: an initial, or a capitalised word that may have inner capitals
# ("McBride", "DeShawn"), an apostrophe ("O'Neil", "D'Angelo") or a hyphen ("Ruiz-Vela").
_WORD_BODY = rf"[{_LOWER}]+(?:[{_UPPER}][{_LOWER}]+)*"
# The second syllable of a Korean given name, in small letters ("Kim Jong-su", "Sung-min
# Cho", "Park Ji-hoon", "Lee Hye-jeong": up to five letters when it ends on a Korean final
# consonant); never the short words hyphens join to a name or a place ("Fox-led", "Ohio-era",
# "Ohio-born", "Trump-loving").
_SMALL_SYLLABLE = (
    r"(?:-(?!(?:led|run|era|old|age|ish|way|day|man|men|off|out|fed|set|war|up|in|on|born|town|"
    r"down|own|long|wing|worn|torn|grown|drawn|known|shown|sworn|thrown|blown|"
    rf"[{_LOWER}]*ing)\b)(?:[{_LOWER}]{{2,3}}|[{_LOWER}]{{2,4}}(?:ng|n|k|l|m))(?![\w'’-]))?"
)
# A Korean given name with its syllables joined by a hyphen ("Ji-hoon", "Min-ho"): the word
# before it is the surname, even one that is a common word elsewhere ("Park Ji-hoon").
KOREAN_GIVEN = re.compile(
    rf"[{_UPPER}][{_LOWER}]{{1,4}}-(?:[{_LOWER}]{{2,3}}|[{_LOWER}]{{2,4}}(?:ng|n|k|l|m))"
)
_NAME_TOKEN = (
    rf"(?:[{_UPPER}]\.(?:[{_UPPER}]\.){{0,2}}|[{_UPPER}](?=\s[{_UPPER}][{_LOWER}])|(?:[{_UPPER}]['’])?[{_UPPER}]{_WORD_BODY}"
    rf"(?:['’][{_UPPER}]?[{_LOWER}]+)?(?:-[{_UPPER}]{_WORD_BODY})*{_SMALL_SYLLABLE})"
)


def _not_a_lone_word() -> str:
    """A look-ahead, just after a run's capital, that fails where the run would be one of
    `NOT_NAME_WORDS` alone ("The", "Police", "After"): the word ends there (no letter,
    apostrophe or hyphen follows) and no capitalised word or suffix comes after it. Such runs
    are most of them and name no one; failing them in the pattern spares a match object and
    a look-up each. Role titles stay out: they mark the name after them as an official's."""
    by_capital: dict[str, list[str]] = {}
    for word in sorted(NOT_NAME_WORDS - TITLES):
        if word.isascii() and word.isalpha() and len(word) > 1:
            by_capital.setdefault(word[0].upper(), []).append(word[1:])
    words = "|".join(
        f"(?<={capital})(?:{'|'.join(rests)})" for capital, rests in sorted(by_capital.items())
    )
    return rf"(?!(?:{words})(?![\w'’-]|,?\s[A-Z]))"


# The first token of a run is `_NAME_TOKEN` with its capital taken out in front: a pattern
# that opens with a character class lets the regex engine skip, in C, to the next capital
# (a look-ahead or look-behind in front, it would enter the pattern at every position).
# The look-behind, now after the capital, checks the character before it. The alternatives
# are tried in the same order, so every run is the same as `_NAME_TOKEN`'s would be, but
# for the lone words `_not_a_lone_word` rules out, which `mentions.name_spans` would pass over.
_FIRST_NAME_TOKEN = (
    rf"[{_UPPER}](?<![\w'’-].)"
    + _not_a_lone_word()
    + rf"(?:\.(?:[{_UPPER}]\.){{0,2}}|(?=\s[{_UPPER}][{_LOWER}])"
    rf"|(?:['’][{_UPPER}])?{_WORD_BODY}(?:['’][{_UPPER}]?[{_LOWER}]+)?(?:-[{_UPPER}]{_WORD_BODY})*"
    rf"{_SMALL_SYLLABLE})"
)
# Small words inside a surname: "Maria de la Cruz", "Jan van der Berg", "Ana dos Santos".
_PARTICLE = r"(?:(?:de|del|della|da|das|do|dos|du|di|des|dal|van|von|vom|zu|der|den|ter|ten|af|la|le|y|bin|ibn|bint|binti)\s)"
# The article joined to an Arabic surname: "Omar al-Rashid", "Kareem el-Sayed".
# And the French or Italian elided article: "Jean-Luc d'Arcy", "Ana dell'Orto".
_ARTICLE_PREFIX = r"(?:(?:al|el|ad|ar|as|ash|at|az|ud)-(?=[A-Z])|(?:d|dell)['’](?=[A-Z]))?"
# A nickname in double quotes inside a name: Andre "Dre" Collins, Tyrell "T-Bone" Lake,
# Jose "Big Joe" Ruiz, Terrance "T.J." Lake (initials end on their period).
_NICKNAME = (
    rf"(?:\s(?:[\"“][{_UPPER}](?:[{_LOWER}]+|[{_UPPER}{_LOWER}0-9.'’ -]{{1,20}}?[{_UPPER}{_LOWER}0-9.])[\"”]"
    rf"|['‘][{_UPPER}][{_LOWER}]+['’])(?=\s[{_UPPER}]))?"
)
# "St." inside a run ("DeAndre St. Clair", but also "Main St. Dayton"): `mentions._split_run` decides
# whether it is a surname's or a street's.
_SAINT = rf"(?:Ste?\.\s(?=[{_UPPER}]))?"
NAME_RUN = re.compile(
    rf"{_FIRST_NAME_TOKEN}(?:{_NICKNAME}\s{_PARTICLE}*{_SAINT}{_ARTICLE_PREFIX}{_NAME_TOKEN})*"
    rf"(?:,?\s(?:Jr|Sr)\.?|\s(?:II|III|IV)\b)?"
)
