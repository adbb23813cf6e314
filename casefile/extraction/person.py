"""A person an article names: the record the cast keeps of each, and whether two forms of a
name ("Ron Hale", "Ronald Hale", "Hale") are one person's."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from casefile.domain.people import formal_given
from casefile.extraction.mentions import name_words
from casefile.extraction.name_vocabulary import NAME_SUFFIXES
from casefile.extraction.sentences import Sentence


@dataclass
class Person:
    """Someone the article names (or an unnamed suspect, `name` None)."""

    words: tuple[str, ...]
    name: str | None
    suspect: bool = False
    victim: bool = False
    titled: bool = False
    age: int | None = None
    age_sentence: int | None = None  # the sentence that states `age`
    # Harmed in the incident (shot, injured) as well as a suspect: the role stays suspect.
    harmed: bool = False
    killed: bool = False  # told as killed or dead: never the one arrested later in the report
    first_cue: Sentence | None = None
    mentions: list[tuple[int, int, int]] = field(default_factory=list)  # sentence, start, end

    @property
    def official(self) -> bool:
        """Named with a role title and neither suspect nor victim: a judge, lawyer, officer."""
        return self.titled and not self.suspect and not self.victim

    @property
    def surname(self) -> str:
        core = [w for w in self.words if w not in NAME_SUFFIXES]
        return core[-1] if core else ""

    @property
    def suffix(self) -> str | None:
        return self.words[-1] if self.words and self.words[-1] in NAME_SUFFIXES else None

    @property
    def display(self) -> str:
        return self.name or "an unnamed suspect"


# Cached: read for every name found and again for each person it is compared with, and the
# same names recur through an article.
@lru_cache(maxsize=8192)
def core_words(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(w for w in words if w not in NAME_SUFFIXES)


def fuller_name(name: str, than: str) -> bool:
    """More words, or as many but longer ones ("Ronald Hale" over "Ron Hale")."""
    words, other = name_words(name), name_words(than)
    return (len(words), len("".join(words))) > (len(other), len("".join(other)))


def same_person(mention: tuple[str, ...], person: Person) -> bool:
    if mention and person.suffix and mention[-1] in NAME_SUFFIXES and mention[-1] != person.suffix:
        return False
    core, full = core_words(mention), core_words(person.words)
    if not core or not full:
        return False
    if core == full[-len(core) :]:
        return True
    if core[-1] != full[-1]:
        return False
    first, other = core[0], full[0]
    shorter, longer = sorted((first, other), key=len)
    # An initial, a short form that starts the full first name ("Ron" for "Ronald"), or a
    # common short form of it ("Mike" for "Michael").
    if longer.startswith(shorter) and (len(shorter) == 1 or len(shorter) >= 3):
        return True
    return formal_given(first) == formal_given(other)
