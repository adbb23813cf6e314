"""The speed devices of extraction give exactly what the plain ones give.

Each device (patterns compiled by `compile_scan`, the hand-written pronoun scan, the key-word
look-ups, the gate table, the shared whole-sentence scans, the built cast's cached answers)
is compared with the plain computation it stands for, on sentences and random strings written
for these tests.
"""

from __future__ import annotations

import datetime
import random
import re
import re._parser as sre_parse
import sys

import pytest

from casefile.extraction import extract_facts
from casefile.extraction.dates import dates_in, find_dates
from casefile.extraction.key_words import GateTable, key_words
from casefile.extraction.naming import _LowerWords, _written_lower
from casefile.extraction.patterns import compile_scan, first_in, matches_in, prefix_match
from casefile.extraction.people import Cast
from casefile.extraction.reference_cues import PRONOUN
from casefile.extraction.scan_compile import _CASE_OUTSIDE_ASCII, _share_heads
from casefile.extraction.sentences import split_sentences

SENTENCES = [
    "Police arrested Dana Pruitt, 33, of Dayton on Tuesday after a shooting on Elm Street.",
    "He killed a man and wounded his 19-year-old son before officers took him into custody.",
    "A second victim, a 19-year-old woman, suffered injuries and was taken to a hospital.",
    "HE said Hale shot him; the KILLING of the clerk was not his doing, his lawyer said.",
    "Kidnapping, killing and stabbing charges were filed Oct. 15 against Omar Reyes.",
    "The \u212aelvin and the long \u017f in perſon are matched by case-insensitive letters.",
    "Ivy Marsh and her brother were charged; both are held on $500,000 bond.",
]


def _random_texts(alphabet: str, count: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 16))) for _ in range(count)]


def _found(pattern: re.Pattern[str], text: str) -> list[tuple]:
    return [(m.span(), m.groups(), m.groupdict()) for m in pattern.finditer(text)]


# Alternations that share first letters, under IGNORECASE or not, with groups, look-behinds,
# anchors, an alternative opening with a class (which nothing may be grouped across) and one
# that is a prefix of another (the first listed must still win).
SCAN_PATTERNS = [
    (r"\b(?:killed|killing|kidnapped|shot|shooting|stabbed|(?P<s>s)ome|k)\b", re.I),
    (r"\b(?P<what>shot|shot and killed|shot dead)\s+(?:a|an|another)\s+(?P<role>man|woman)", re.I),
    (r"(?:abc|abd|[a-c]x|abe|ab|a)(?<=b)?", 0),
    (r"\A\W*(?:If|Unless|Should)\b|\bif (?:convicted|found guilty)\b", re.I),
    (r"(?:Kelvin|kilo|son|so|ſun)\b", re.I),
    (r"(?:sa|ſbc?|sb|s)", re.I),  # "ſ" matches "s" too: nothing is grouped across it
    (r"\b(?:before (?:(?<=\bwent before )|(?<=\bstood before ))(?:a |the )?judge)", re.I),
    (r"(?:he|him|his)(?=\s)|(?:her|hers)\b", 0),
    # A match may start with a digit: the look-ahead holds \d (and a literal backslash stays one).
    (r"\b(?:\d+(?:st|nd|rd|th)\s+killing|fifth\s+killing|[\d,]+ (?:deaths|killed))", re.I),
    (r"(?:\\d|\d\d|x)", 0),
    # Alternatives that start only where the text does, beside others: the look-ahead lets the
    # start through, and elsewhere only the others' first characters.
    (r"^\W*(?:If|Unless)\b|\bif you|(?:^|\.\s+)\W*other\b", re.I),
    (r"\A\W*x|^\W*(?P<y>y)", 0),  # every alternative at the start (two kinds of anchor)
    (r"\A\W*x|^\s*(?P<y>y)", 0),  # the start, or what an alternative after it opens with
    (r"^\W*(?:If|Unless)\b|\bif you", re.I | re.M),  # `^` at every line: no start-only gate
    # White space among the first characters (`\s` in the look-ahead and in the start set).
    (r";\s+|\s+--\s+|,\s+(?=and\s)|(?<![,;])\s+(?=but\b)", 0),
    # Letters that other characters match under IGNORECASE ("ı", "İ", "ſ", the Kelvin sign):
    # the set of first characters holds them.
    (r"(?:ix|\bsa|k\d|[i-l]y)", re.I),
    # A part that turns IGNORECASE off ("(?-i:[A-Z])") opens with what it holds.
    (r"\b(?-i:[A-Z])\w*'s\s+son|\bthe\s+(?:ſon|kid)", re.I),
]


@pytest.mark.parametrize(("source", "flags"), SCAN_PATTERNS)
def test_compile_scan_finds_what_re_compile_finds(source: str, flags: int) -> None:
    plain, scan = re.compile(source, flags), compile_scan(source, flags)
    alphabet = "kKsSilmedhotrabcxyu ,;-\n\t\u212a\u017f\u0130\u0131If.\\41\u0663"
    texts = SENTENCES + _random_texts(alphabet, 3000)
    for text in texts:
        assert _found(scan, text) == _found(plain, text), text
        for position in range(0, len(text), 3):
            a, b = plain.search(text, position), scan.search(text, position)
            assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), text
            a, b = plain.match(text, position), scan.match(text, position)
            assert (a and a.span()) == (b and b.span()), text


def test_the_letters_ignorecase_matches_outside_ascii_are_all_known() -> None:
    # The start set of a pattern compiled under IGNORECASE names every character that matches
    # one of its first letters: those outside ASCII are listed, tried here against all.
    letters = {c: re.compile(c, re.I) for c in "abcdefghijklmnopqrstuvwxyz"}
    found: dict[str, str] = {}
    for code in range(0x80, sys.maxunicode + 1):
        char = chr(code)
        if char.lower() == char and char.upper() == char and code not in (0x131, 0x17F):
            continue  # no case: IGNORECASE matches it to nothing else (ı and ſ aside, tried)
        for letter, pattern in letters.items():
            if pattern.fullmatch(char):
                found[letter] = found.get(letter, "") + char
    assert found == _CASE_OUTSIDE_ASCII


def test_compile_scan_names_the_characters_a_match_starts_with() -> None:
    # Given to the regex engine as the pattern's start set, which it skips to in one loop.
    assert compile_scan(r"\b(?:shot|killed)\b", re.I).pattern.startswith("(?=[ks])")
    assert compile_scan(r";\s+|\s+--", 0).pattern.startswith("(?=[;\\s])")
    assert compile_scan(r"^\W*If\b|\bif you", re.I).pattern.startswith("(?>\\A|(?=[i]))")
    assert compile_scan(r"\A\W*x|^\W*y", 0).pattern == r"\A(?:\A\W*x|^\W*y)"
    assert compile_scan(r"\A\W*x|^\s*y", 0).pattern.startswith("(?>\\A|(?=[\\sy]))")
    assert compile_scan(r"^\W*If\b|\bif you", re.I | re.M).pattern == r"^\W*If\b|\bif you"


def test_compile_scan_shares_the_first_letter_of_alternatives() -> None:
    tree = sre_parse.parse(r"killed|killing|kidnapped|shot|[sx]ome|stabbed", re.I)
    _share_heads(tree, re.I)
    [(_, (_, alternatives))] = tree.data
    # "k..." three times shared as one; "shot" and "stabbed" not across the class between them
    assert len(alternatives) == 4
    assert compile_scan(r"\bkilled|killing\b", re.I).pattern.endswith(r"(?:\bkilled|killing\b)")


def test_compile_scan_compiles_the_shared_tree_itself(monkeypatch: pytest.MonkeyPatch) -> None:
    # `re.compile` is only the fall-back for a Python whose regex internals differ.
    def refuse(*_args: object) -> None:
        raise AssertionError("compile_scan fell back to re.compile")

    monkeypatch.setattr(re, "compile", refuse)
    pattern = compile_scan(r"\b(?:arraigned|arrested|arrest)\b", re.I)
    assert pattern.search("He was ARRESTED.").group() == "ARRESTED"


def test_the_pronoun_scan_is_the_plain_pronoun_pattern() -> None:
    plain = re.compile(r"\b(?:[Hh](?:e|im|is|imself)|HE|HIM|HIS|HIMSELF)\b")
    for text in SENTENCES + _random_texts("hHeEiImMsSlLf _-'.,xé1", 20000):
        assert [m.span() for m in PRONOUN.finditer(text)] == [
            m.span() for m in plain.finditer(text)
        ], text
        for position in range(len(text)):
            a, b = plain.search(text, position), PRONOUN.search(text, position)
            assert (a and a.span()) == (b and b.span()), (text, position)


def test_key_words_after_a_position_are_found_as_the_alternation_finds_them() -> None:
    gate = key_words("charg", "held", "custody", "arrest")
    for sentence in split_sentences(" ".join(SENTENCES)):
        for position in range(len(sentence.lower) + 1):
            expected = gate.search(sentence.lower, position) is not None
            assert gate.occurs_from(sentence, position) == expected


def test_a_gate_table_opens_the_rules_each_gate_opens_in_order() -> None:
    gates = [
        key_words("shot", "killed"),
        key_words("custody"),
        key_words("shot", "bond"),
        key_words("nothing here at all"),
    ]
    table = GateTable([(gate, index) for index, gate in enumerate(gates)])
    for sentence in split_sentences(" ".join(SENTENCES)):
        expected = [index for index, gate in enumerate(gates) if gate.opens(sentence)]
        assert table.open_for(sentence) == expected


def test_shared_scans_are_the_pattern_s_own() -> None:
    pattern = compile_scan(r"\b(?:shot|shooting|stabbed|held)\b", re.I)
    for text in SENTENCES:
        assert [m.span() for m in matches_in(pattern, text)] == [
            m.span() for m in pattern.finditer(text)
        ]
        again = first_in(pattern, text)
        plain = pattern.search(text)
        assert (again and again.span()) == (plain and plain.span())
        for start in range(0, len(text), 7):
            opening = prefix_match(pattern, text[start:])
            plain = pattern.match(text[start:])
            assert (opening and opening.span()) == (plain and plain.span())


def test_shared_scans_of_two_patterns_are_kept_apart_and_survive_their_bound(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import casefile.extraction.patterns as patterns

    monkeypatch.setattr(patterns, "_SCANS_KEPT", 3)  # the scans are dropped every few reads
    monkeypatch.setattr(patterns, "_LONGEST_KEPT", 60)  # and the longer sentences not kept
    shot = compile_scan(r"\bshot\b", re.I)
    held = compile_scan(r"\bheld\b", re.I)
    for _ in range(3):
        for text in SENTENCES:
            for pattern in (shot, held):
                plain = [m.span() for m in pattern.finditer(text)]
                assert [m.span() for m in matches_in(pattern, text)] == plain
                found = first_in(pattern, text)
                assert (found and found.span()) == (plain[0] if plain else None)
                opening = prefix_match(pattern, text[text.find(" ") + 1 :])
                plain_opening = pattern.match(text[text.find(" ") + 1 :])
                assert (opening and opening.span()) == (plain_opening and plain_opening.span())


def test_dates_read_once_are_given_to_each_caller_as_their_own_list() -> None:
    published = datetime.date(2024, 3, 14)
    sentence = "He was arrested Oct. 15 and is due in court Monday."
    first = find_dates(sentence, published)
    first.clear()
    assert [d.date for d in find_dates(sentence, published)] == [
        d.date for d in dates_in(sentence, published)
    ]
    assert len(find_dates(sentence, published)) == 2


def test_a_built_cast_gives_each_caller_its_own_list_of_named_suspects() -> None:
    text = "Police arrested Dana Pruitt on Tuesday. Pruitt was charged with robbery."
    cast = Cast(split_sentences(text))
    named = cast.named_suspects
    assert [p.name for p in named] == ["Dana Pruitt"]
    named.append(named[0])
    assert [p.name for p in cast.named_suspects] == ["Dana Pruitt"]


def test_a_sentence_repeated_in_one_article_and_across_articles_reads_the_same() -> None:
    published = datetime.date(2024, 3, 14)
    one = "Police arrested Dana Pruitt, 33, on Tuesday. Pruitt is charged with robbery."
    twice = one + " " + one
    alone = [f.as_dict() for f in extract_facts(one, published)]
    assert [f.as_dict() for f in extract_facts(one, published)] == alone
    repeated = [f.as_dict() for f in extract_facts(twice, published)]
    assert {(f["type"], f.get("person") or f.get("name")) for f in repeated} == {
        (f["type"], f.get("person") or f.get("name")) for f in alone
    }


def test_lower_case_words_of_a_long_text_are_looked_up_as_they_are_scanned() -> None:
    text = " ".join(SENTENCES * 3) + " o'neil jean-paul st. rita dayton ELM_x under_score"
    words = {w.lower().strip(".,;$") for w in text.split()} | {"st.", "x", "ſon", "elm_x", "-"}
    lookup = _LowerWords(text)
    for word in sorted(words):
        assert lookup(word) == _written_lower(word, text), word
    assert lookup._words is not None  # past the first look-ups, the text's words were indexed


def _plain_sentences(text: str, skip: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """`split_sentences` as it reads without its devices: every chrome span tried for each
    piece, and each period's word taken from the whole line before it."""
    from casefile.extraction import sentences as module

    module._cuts.cache_clear()
    reach, module._WORD_REACH = module._WORD_REACH, 10**9
    try:
        found = []
        for sentence in module.split_sentences(text):
            start, end = sentence.start, sentence.end
            for s, e in skip:
                if s <= start < e:
                    start = e
                    while start < end and text[start].isspace():
                        start += 1
            if start < end:
                found.append((start, end, text[start:end]))
        return found
    finally:
        module._WORD_REACH = reach
        module._cuts.cache_clear()


CHROME_LINES = ["Advertisement", "Read more: Officers honored", "Sign up for alerts"]


@pytest.mark.parametrize("seed", range(6))
def test_sentences_of_a_long_page_with_chrome_and_long_lines_are_the_plain_ones(seed) -> None:
    """Chrome spans are looked at only near each piece, and a period's word only in the
    characters before it, on pages of many chrome lines and on one-line texts."""
    from casefile.extraction.chrome import chrome_spans

    rng = random.Random(seed)
    lines = []
    for _ in range(120):
        if rng.random() < 0.3:
            lines.append(rng.choice(CHROME_LINES))
        else:
            words = " ".join(rng.choice(SENTENCES) for _ in range(rng.randint(1, 4)))
            if rng.random() < 0.3:  # a word longer than the look back from its period
                letters = ".".join(rng.choice("abcxyz") for _ in range(rng.randint(25, 45)))
                words += f" {letters}. March 3 " + rng.choice(SENTENCES)
            lines.append(words)
    for text in ("\n".join(lines), " ".join(lines), "\n\n".join(lines)):
        skip = chrome_spans(text)
        got = [(s.start, s.end, s.text) for s in split_sentences(text, skip)]
        assert got == _plain_sentences(text, skip)
    assert skip  # the pages had chrome to leave out


def test_the_killed_are_looked_up_by_their_words_as_a_scan_of_every_name_finds_them() -> None:
    """The killed people a text names, found by an automaton of their surnames, are those a
    test of each name finds, in the same order, repeats kept."""
    from casefile.extraction.link_subjects import KilledNames, one_of
    from casefile.extraction.people import Person

    rng = random.Random(11)
    given = ["Ann", "Bo", "Cal", "Dee", "Ann-Marie"]
    surnames = ["Lee", "Leeds", "O'Hara", "Tran", "Dunn", "Van Dunn", "Ng", "Lee-Tran"]
    for _ in range(300):
        names = [f"{rng.choice(given)} {rng.choice(surnames)}" for _ in range(rng.randint(0, 6))]
        killed = KilledNames(names)
        words = [rng.choice(surnames + given + ["the", "shot", "Leed", "Dunns", "ng"])]
        text = " ".join(words + [rng.choice([*surnames, "said", "O'", "-"]) for _ in range(4)])
        assert killed.named_in(text) == [n for n in names if n.split()[-1] in text], text
        whole = [n for n in names if re.search(rf"\b{re.escape(n.split()[-1])}\b", text)]
        assert killed.named_in(text, whole_words=True) == whole, text
        for name in (text, *names):
            person = Person(words=tuple(name.lower().split()), name=name)
            plain = any(
                n.split()[0] == name.split()[0] and n.split()[-1] == name.split()[-1] for n in names
            )
            assert one_of(person, killed) == plain == one_of(person, names), name


AGED_STORY = [
    "Police arrested Dana Pruitt and Omar Reyes on Tuesday after a robbery on Elm Street.",
    "The 25-year-old is charged with robbery, police said.",
    "Ivy Marsh was arrested the next day.",
    "The 31-year-old is held on a $50,000 bond.",
    "He is 19.",
    "The suspect, 44, was charged with assault.",
    "Reyes was charged with burglary. The 8-year-old boy was not hurt.",
    "Cole Dunn, a witness, said he saw the two men run.",
    "The 52-year-old was arrested Friday.",
]


@pytest.mark.parametrize("seed", range(8))
def test_ages_told_later_are_what_reading_on_from_each_suspect_finds(seed) -> None:
    """Each statement of an age ("The 25-year-old is charged") is read and asked about once
    for all suspects; each suspect still gets what reading every sentence after his first
    mention finds, whatever order the suspects are asked in."""
    from casefile.extraction.context import Article
    from casefile.extraction.suspect_ages import _AGED_GATE, _THE_AGED, AgesToldLater

    rng = random.Random(seed)
    text = " ".join(rng.choice(AGED_STORY) for _ in range(30))
    sentences = split_sentences(text)
    article = Article(text, sentences, Cast(sentences), datetime.date(2024, 3, 14))

    def plain(person) -> tuple[int | None, int | None]:
        first = person.mentions[0][0] if person.mentions else len(article.sentences)
        for sentence in _AGED_GATE.among(article.sentences[first:]):
            for match in _THE_AGED.finditer(sentence.text, 0, 60):
                age = int(match.group("age") or match.group("told") or match.group("is"))
                if age >= 12 and article.cast.actor(sentence, match.start()) is person:
                    return age, sentence.index
        return None, None

    people = article.cast.people * 2
    rng.shuffle(people)
    told_later = AgesToldLater(article)
    found = [told_later.of(person) for person in people]
    assert found == [plain(person) for person in people]
    assert any(age is not None for age, _ in found)


@pytest.mark.parametrize(
    "text",
    [
        "Police arrested a 19-year-old man on Oct. 15; he is held on $20,000 bond.",
        "He was convicted of menacing in 2019 and charged in the 2021 killing of a clerk.",
        "The man who shot and killed a clerk in 2022 pleaded guilty on March 3, 2023.",
        "No year here at all, only 1,920 dollars and 2,019 pages.",
    ],
)
def test_the_earliest_case_year_of_a_text_is_what_its_year_patterns_give(text: str) -> None:
    from casefile.extraction import case_years

    published = datetime.date(2024, 3, 14)
    years = [
        int(m.group("named") or m.group("dated")) for m in case_years._CASE_YEAR.finditer(text)
    ]
    for match in case_years._IN_A_YEAR.finditer(text):
        start = max(0, match.start() - 80)
        ends = [m.end() for m in case_years._CLAUSE_END.finditer(text, start, match.start())]
        if case_years._HARM_WORD.search(text, ends[-1] if ends else start, match.start()):
            years.append(int(match.group(1)))
    plain = min([published.year - 1, *(y for y in years if y <= published.year)])
    assert case_years.earliest_case_year(text, published) == plain


def test_a_gate_opens_by_its_bits_for_the_sentences_that_hold_one_of_its_words() -> None:
    gates = [key_words("shot", "killed"), key_words("custody", "$"), key_words("no such words")]
    sentences = split_sentences(" ".join(SENTENCES))
    for gate in gates:
        holding = [s for s in sentences if not gate.words.isdisjoint(s.key_words)]
        assert [s for s in sentences if gate.opens(s)] == holding
        assert gate.among(sentences) == holding
    assert any(gate.among(sentences) for gate in gates)
