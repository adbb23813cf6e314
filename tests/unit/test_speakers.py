"""Who only speaks for a story, read for many names of one long text at once."""

from __future__ import annotations

from casefile.application.speakers import StorySpeakers, _starts_of, speaks_for_the_story

PARAGRAPHS = [
    "Police arrested Dana Pruitt on Tuesday, said spokesman Omar Reyes.",
    "Ivy Marsh, a defense attorney for Pruitt, said her client would plead not guilty.",
    "Judge Cole Hale set bond at $50,000. Rita Quill, who represents the family, spoke.",
    "Troy Vell was charged with robbery. Lena Ortiz said she saw the car.",
    "Ana Ana Ana Ana met Marco Dunn in Dayton. Dunn, 44, was not hurt.",
]
NAMES = [
    "Dana Pruitt",
    "Omar Reyes",
    "Ivy Marsh",
    "Cole Hale",
    "Rita Quill",
    "Troy Vell",
    "Lena Ortiz",
    "Ana Ana",
    "Marco Dunn",
    "Nobody Here",
]


def test_a_long_text_is_read_once_for_every_name_with_the_same_answers() -> None:
    # Each block repeats the paragraphs with a different spokesperson, so that roles are told
    # of some names only far into the text.
    blocks = [" ".join(PARAGRAPHS)] * 300 + ["Later, Troy Vell, a police spokesman, spoke."]
    text = "\n\n".join(blocks)
    assert len(text) > 100_000
    speakers = StorySpeakers(text, NAMES)
    assert speakers._starts is not None  # the one-pass reading of a long text
    answers = {name: speakers(name) for name in NAMES}
    assert answers == {name: speaks_for_the_story(text, name) for name in NAMES}
    assert answers["Omar Reyes"] and answers["Ivy Marsh"] and answers["Rita Quill"]
    assert answers["Troy Vell"]  # told only at the end
    assert not answers["Dana Pruitt"] and not answers["Nobody Here"]


def test_a_short_text_is_scanned_per_name() -> None:
    text = " ".join(PARAGRAPHS)
    speakers = StorySpeakers(text, NAMES)
    assert speakers._starts is None
    assert {n: speakers(n) for n in NAMES} == {n: speaks_for_the_story(text, n) for n in NAMES}


def test_the_places_of_a_name_are_those_str_find_gives() -> None:
    text = "Ana Ana Ana Ana and Ana Anan, Ana"

    def finds(name: str) -> list[int]:
        found, at = [], text.find(name)
        while at >= 0:
            found.append(at)
            at = text.find(name, at + len(name))
        return found

    assert _starts_of(text, {"Ana Ana", "Ana", "Anan"}) == {
        name: finds(name) for name in ("Ana Ana", "Ana", "Anan")
    }
