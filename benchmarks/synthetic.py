"""Realistic synthetic crime-news articles, deterministic from a seed (for the benchmarks).

A case is one suspect followed by several outlets over weeks: the arrest, the charges and the
bond, a court date, sometimes a link to a homicide, and now and then a revision of an article
(same URL, edited text). Articles are generated lazily, case by case, so 100,000 of them never
sit in memory at once; the same seed always gives the same articles.

    python benchmarks/synthetic.py 1000 --seed 7 > articles.jsonl   # for `casefile ingest`
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from casefile.adapters.article_files import SourceArticle
from casefile.domain.reported_time import ReportedTime


def _names(text: str) -> list[str]:
    return text.split()


# Names are drawn like a real population's: a few names that many people share, and a long
# tail. An eighth of surnames come from the 50 most common in the United States, weighted
# as 1/sqrt(rank) as the census counts fall off ("Smith" for 1 in 100 people), the rest from
# about 14,000 built from syllables; three in ten given names from the 30 most common
# ("James" for 1 in 30), the rest from a tail of about 860. So a common full name ("James
# Smith", a little more often than in the census) turns up a dozen times in 40,000 people,
# years and towns apart, as in a real archive, and most full names are nearly unique.
COMMON_LAST = _names(
    """Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez
Hernandez Lopez Gonzalez Wilson Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson
White Harris Sanchez Clark Ramirez Lewis Robinson Walker Young Allen King Wright Scott Torres
Nguyen Hill Flores Green Adams Nelson Baker Hall Rivera Campbell Mitchell Carter Roberts"""
)
COMMON_FIRST = _names(
    """James Michael Robert John David William Richard Joseph Thomas Christopher
Charles Daniel Matthew Anthony Mark Steven Kevin Brian Jose Luis Jason Justin Mary Jennifer
Jessica Ashley Maria Sarah Michelle Amanda"""
)
FIRST = _names(
    """Dana Marco Lena Troy Ivy Cole Omar Rita Jamal Keisha Ana Derek Tanya Victor Mei
Andre Latoya Gavin Rosa Tyrell Nadia Wesley Carmen Darnell Priya Shawn Elena Malik Joy Deshawn
Imani Tre Kendra Rashad Yesenia Brandy Quentin Marisol Dominic Tasha Hector Lakisha Rory
Esteban Noelle Cedric Ingrid Alonzo Bianca Dmitri Farah Lamar Octavia Ramon Selena Terrell
Valeria Xavier Yolanda Zane"""
)
# The surnames of the tail: 12 x 10 x 10 x 12 = 14,400, none common.
_ONSETS = ["Bar", "Cal", "Dor", "Fen", "Gar", "Hol", "Kes", "Lam", "Mor", "Nev", "Pel", "Rad"]
_MIDDLES = ["", "a", "e", "i", "o", "an", "er", "il", "ow", "un"]
_CODAS = ["berg", "by", "cott", "den", "ford", "ham", "ley", "more", "ner", "son", "ton", "well"]
_RANK_WEIGHTS_LAST = [1 / (rank**0.5) for rank in range(1, len(COMMON_LAST) + 1)]
_RANK_WEIGHTS_FIRST = [1 / (rank**0.5) for rank in range(1, len(COMMON_FIRST) + 1)]
COMMON_SURNAME_SHARE = 1 / 8
COMMON_GIVEN_SHARE = 0.3
# The given names of the tail besides `FIRST`: 16 x 5 x 10 = 800 built from syllables.
_GIVEN_ONSETS = [
    "Ka",
    "Le",
    "Ma",
    "Ra",
    "Ta",
    "Ja",
    "Da",
    "Sha",
    "Ke",
    "Ni",
    "Bri",
    "Co",
    "De",
    "Jo",
    "Lu",
    "Za",
]
_GIVEN_MIDDLES = ["", "r", "n", "l", "v"]
_GIVEN_ENDS = ["on", "a", "ie", "el", "ia", "en", "o", "ys", "ette", "ard"]


def _surname(rng: random.Random, wide: bool = False) -> str:
    """A surname: common (by rank) an eighth of the time, else from the tail. `wide`: the
    tail only, so no two cases share a name by more than chance."""
    if not wide and rng.random() < COMMON_SURNAME_SHARE:
        return rng.choices(COMMON_LAST, _RANK_WEIGHTS_LAST)[0]
    return (
        rng.choice(_ONSETS)
        + rng.choice(_MIDDLES)
        + rng.choice(_MIDDLES).lower()
        + rng.choice(_CODAS)
    )


def _given(rng: random.Random, wide: bool = False) -> str:
    if not wide and rng.random() < COMMON_GIVEN_SHARE:
        return rng.choices(COMMON_FIRST, _RANK_WEIGHTS_FIRST)[0]
    if rng.random() < 0.2:
        return rng.choice(FIRST)
    return rng.choice(_GIVEN_ONSETS) + rng.choice(_GIVEN_MIDDLES) + rng.choice(_GIVEN_ENDS)


TOWNS = [
    "Hartford",
    "Dayton",
    "Akron",
    "Macon",
    "Tulsa",
    "Fresno",
    "Reno",
    "Toledo",
    "Lansing",
    "Camden",
    "Erie",
    "Flint",
    "Mobile",
    "Joliet",
    "Waco",
    "Provo",
    "Boise",
    "Salem",
    "Trenton",
    "Yonkers",
]
STREETS = [
    "Elm",
    "Main",
    "Oak",
    "Park",
    "Maple",
    "Cedar",
    "Walnut",
    "Franklin",
    "Washington",
    "Lincoln",
    "Pine",
    "Church",
]
# (name, host, whether its stories open with a dateline, "DAYTON —", as wire copy does)
OUTLETS = (
    ("FOX61 (WTIC)", "fox61.com", False),
    ("Daily Voice", "dailyvoice.com", False),
    ("WFSB", "wfsb.com", True),
    ("The Courant", "courant.com", True),
    ("Metro Gazette", "metrogazette.example", False),
    ("Channel 8", "wtnh.com", True),
)
CHARGES = (
    "murder",
    "attempted murder",
    "first-degree assault",
    "robbery",
    "burglary",
    "criminal possession of a firearm",
    "carrying a pistol without a permit",
    "reckless endangerment",
    "risk of injury to a minor",
    "tampering with evidence",
    "manslaughter",
    "carjacking",
)
# Background sentences (no facts), each with slots filled anew for every article: real
# stories share few sentences word for word (a tip line, a stock phrase), and an extractor
# that remembers sentences it has seen must not look faster here than on real articles.
FILLER = (
    "The department has added {n} patrols around the {block} block of {street} Street while "
    "the investigation continues, {who} said on {weekday}.",
    "Court records list a public defender as his attorney, who did not return {m} calls by "
    "{weekday} {daypart}, {k} minutes before the office closed.",
    "Community leaders planned a vigil for {weekday} {daypart} near the {block} block of "
    "{street} Street, where {n} candles were set out.",
    "The mayor said the city would spend ${k},000 on lighting and {n} cameras along the "
    "{street} Street corridor.",
    "Neighbors said the {block} block was quiet until they heard {n} loud bangs around "
    "{hour} o'clock on {weekday}.",
    "The police chief thanked the {n} officers who responded within {m} minutes and asked "
    "for witnesses, {who} said.",
    "Anyone with information is asked to call the tip line at 555-{phone}, {who} said.",
    "Investigators canvassed {n} homes on {street} Street and collected surveillance video "
    "from {m} of them by {weekday} {daypart}.",
    "A spokesperson for the prosecutor's office {declined} when reached {weekday} {daypart}, "
    "{m} hours after {k} residents had called.",
    "City records show {n} calls for service from the {block} block of {street} Street in the "
    "last {m} months.",
)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _filler(template: str, slots: random.Random, c: _Case) -> str:
    return template.format(
        n=slots.randint(2, 40),
        m=slots.randint(2, 12),
        k=slots.randint(5, 900),
        block=slots.randint(1, 99) * 100,
        hour=slots.randint(1, 12),
        phone=slots.randint(1000, 9999),
        street=slots.choice(STREETS) if slots.random() < 0.5 else c.street,
        weekday=slots.choice(WEEKDAYS),
        daypart=slots.choice(("morning", "afternoon", "evening")),
        who=slots.choice(("the department", "a police spokesperson", "a city official")),
        declined=slots.choice(("declined to comment", "had no comment", "would not say more")),
    )


@dataclass(frozen=True)
class _Case:
    first: str
    last: str
    age: int
    town: str
    street: str
    charges: tuple[str, ...]
    bond: int
    victim: str
    homicide: bool
    arrested: date


def _case(rng: random.Random, start: date, wide: bool = False) -> _Case:
    return _Case(
        first=_given(rng, wide),
        last=_surname(rng, wide),
        age=rng.randint(17, 64),
        town=rng.choice(TOWNS),
        street=rng.choice(STREETS),
        charges=tuple(rng.sample(CHARGES, rng.randint(1, 3))),
        bond=rng.choice((5, 25, 50, 100, 250, 500, 750, 1000, 2000)) * 1000,
        victim=f"{_given(rng, wide)} {_surname(rng, wide)}",
        homicide=rng.random() < 0.3,
        arrested=start + timedelta(days=rng.randint(0, 3650)),
    )


# The share of cases whose trial is reported, months after the first weeks' reports.
TRIAL_RATE = 0.2


def _money(amount: int) -> str:
    return f"${amount // 1_000_000} million" if amount >= 1_000_000 else f"${amount:,}"


def _charges(charges: tuple[str, ...]) -> str:
    return charges[0] if len(charges) == 1 else ", ".join(charges[:-1]) + " and " + charges[-1]


def _first_report(rng: random.Random, c: _Case, day: date) -> list[str]:
    name = f"{c.first} {c.last}"
    lead = rng.choice(
        (
            f"Police arrested {name}, {c.age}, of {c.town} on {day:%A} after a shooting on "
            f"{c.street} Street.",
            f"A {c.age}-year-old {c.town} man, {name}, was taken into custody {day:%A} in "
            f"connection with a shooting on {c.street} Street, police said.",
            f"{c.town} police have charged {name}, {c.age}, following an incident on "
            f"{c.street} Street late {day:%A}.",
        )
    )
    body = [
        lead,
        f"{c.last} is charged with {_charges(c.charges)}, according to police.",
        f"He is being held on a {_money(c.bond)} bond, records show.",
        f"The victim, {c.victim}, was taken to a hospital with injuries, officers said.",
    ]
    if c.homicide:
        body.append(f"Investigators said {c.last} is a person of interest in a recent homicide.")
    return body


def _follow_up(rng: random.Random, c: _Case, day: date, nth: int) -> list[str]:
    court = day + timedelta(days=rng.randint(7, 40))
    options = [
        f"{c.first} {c.last}, {c.age}, appeared in court {day:%A} on charges of "
        f"{_charges(c.charges)}.",
        f"A judge set bond for {c.last} at {_money(c.bond * rng.choice((1, 2)))} during a "
        f"hearing {day:%A}.",
        f"{c.last} is scheduled to return to court on {court:%B} {court.day}.",
        f"{c.last} pleaded not guilty to {_charges(c.charges)} at his arraignment.",
    ]
    if c.homicide and nth > 1:
        options.append(f"Prosecutors said {c.last} is also charged with murder in the killing.")
    rng.shuffle(options)
    chosen = options[: rng.randint(2, len(options))]
    # A news story names a person in full on first reference, the surname after.
    full = [sentence for sentence in chosen if f"{c.first} {c.last}" in sentence]
    if not full:
        full = [f"The case against {c.first} {c.last} of {c.town} moved ahead {day:%A}."]
    return full + [sentence for sentence in chosen if sentence not in full]


def _trial(c: _Case, day: date) -> list[str]:
    """A report months later: it names the suspect, the town, the victim and the year, as a
    story about a trial does, and nothing of the first weeks' details."""
    age = c.age + (day - c.arrested).days // 365
    return [
        f"{c.first} {c.last}, {age}, of {c.town}, went on trial {day:%A} in the "
        f"{c.arrested.year} shooting of {c.victim} on {c.street} Street.",
        f"{c.last} has pleaded not guilty to {_charges(c.charges)}.",
        f"Prosecutors told jurors that {c.last} fired several shots at {c.victim}.",
    ]


def _article(
    rng: random.Random,
    c: _Case,
    case_no: int,
    nth: int,
    day: date,
    sentences: list[str],
    words: int,
) -> SourceArticle:
    outlet, host, dateline = rng.choice(OUTLETS)
    paragraphs = list(sentences)
    if dateline:
        paragraphs[0] = f"{c.town.upper()} — {paragraphs[0]}"
    # Background paragraphs (no facts) bring the article to a news story's length, drawn
    # from the article's own generator: what the filler says changes no case, person or date.
    slots = random.Random(f"{c.last}-{case_no}-{nth}-{len(sentences)}")
    while sum(len(p.split()) for p in paragraphs) < words:
        paragraphs.append(" ".join(_filler(t, slots, c) for t in slots.sample(FILLER, 3)))
    text = "\n\n".join(paragraphs)
    hour = rng.randint(6, 22)
    published = datetime(day.year, day.month, day.day, hour, rng.randint(0, 59), tzinfo=UTC)
    slug = f"{c.town.lower()}-{c.last.lower()}-{case_no}-{nth}"
    return SourceArticle(
        path=f"synthetic/{case_no:06d}-{nth}.md",
        text=text,
        url=f"https://www.{host}/news/crime/{slug}",
        outlet=outlet,
        title=f"{c.town} man charged after {c.street} Street shooting",
        published=ReportedTime.parse(published.isoformat(timespec="minutes")),
    )


def articles(
    count: int,
    seed: int = 7,
    *,
    words: int = 400,
    revision_rate: float = 0.05,
    wide_names: bool = False,
) -> Iterator[SourceArticle]:
    """`count` articles of about `words` words, case by case (2 to 8 per case, and for a
    fifth of cases a trial report a year or so later), some followed by a revision.
    `wide_names`: no common names (see `_surname`)."""
    rng = random.Random(seed)
    start = date(2015, 1, 1)
    made = 0
    case_no = 0
    while made < count:
        case_no += 1
        c = _case(rng, start, wide_names)
        day = c.arrested
        for nth in range(rng.randint(2, 8)):
            if made >= count:
                return
            sentences = _first_report(rng, c, day) if nth == 0 else _follow_up(rng, c, day, nth)
            article = _article(rng, c, case_no, nth, day, sentences, words)
            yield article
            made += 1
            if made < count and rng.random() < revision_rate:
                # The same URL, edited a day later: the lead (naming the suspect in full)
                # kept, the last sentence dropped, an update added.
                edited = [*sentences[:1], *sentences[1:-1]]
                edited.append(f"Updated: {c.last} remains held, police said.")
                revised = _article(rng, c, case_no, nth, day, edited, words)
                yield SourceArticle(
                    path=revised.path.replace(".md", "-rev.md"),
                    text=revised.text,
                    url=article.url,
                    outlet=article.outlet,
                    title=article.title,
                    published=ReportedTime.parse(
                        (article.published.at + timedelta(days=1)).isoformat(timespec="minutes")
                    ),
                )
                made += 1
            day += timedelta(days=rng.randint(1, 30))
        if made < count and rng.random() < TRIAL_RATE:
            # A long-running case: its trial is reported a year or so after the arrest.
            day = c.arrested + timedelta(days=rng.randint(270, 600))
            yield _article(rng, c, case_no, 9, day, _trial(c, day), words)
            made += 1


def long_case(count: int, seed: int = 7, *, words: int = 400) -> Iterator[SourceArticle]:
    """One case followed by `count` articles over a year or more, as a much-watched case is:
    the arrest, then hearings and bond rulings every few days, now and then another person
    arrested in the same shooting, and in the end the trial."""
    rng = random.Random(seed)
    c = _case(rng, date(2015, 1, 1), wide=True)
    day = c.arrested
    for nth in range(count):
        if nth == 0:
            sentences = _first_report(rng, c, day)
        elif nth == count - 1:
            sentences = _trial(c, day)
        else:
            sentences = _follow_up(rng, c, day, nth)
        if nth and nth % 20 == 0:
            # A co-defendant: a new person with an arrest and charges of his own.
            other = f"{_given(rng, True)} {_surname(rng, True)}"
            charge = rng.choice(CHARGES)
            sentences.append(
                f"Police also arrested {other}, {rng.randint(17, 60)}, of {rng.choice(TOWNS)} "
                f"on {day:%A} in the shooting of {c.victim} and charged him with {charge}."
            )
        yield _article(rng, c, 1, nth, day, sentences, words)
        day += timedelta(days=rng.randint(0, 4))


def as_record(article: SourceArticle) -> dict[str, str | None]:
    """An article as a line of a JSON Lines file for `casefile ingest`."""
    assert article.published is not None
    return {
        "text": article.text,
        "url": article.url,
        "outlet": article.outlet,
        "title": article.title,
        "published": article.published.raw,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", type=int)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--words", type=int, default=400)
    parser.add_argument("--wide-names", action="store_true", help="no common names")
    options = parser.parse_args()
    generated = articles(
        options.count, options.seed, words=options.words, wide_names=options.wide_names
    )
    for article in generated:
        sys.stdout.write(json.dumps(as_record(article)) + "\n")


if __name__ == "__main__":
    main()
