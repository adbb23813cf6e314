"""The accused told by description: an unnamed one hurt ("The pickup's driver, a 41-year-old
man, was taken to a hospital with serious injuries") whom the report, by the same noun, goes on
to accuse ("troopers smelled alcohol on the driver", "the driver was arrested") is the one the
case is against, hurt in the crash he caused, no victim of it. Read by extraction/victims.py."""

from __future__ import annotations

import re

from casefile.domain.facts import Fact
from casefile.extraction.context import Article

# What a sentence tells against the one it names by the noun: custody, a charge, impairment.
_ACCUSED_BY = re.compile(
    r"\b(?:arrested|booked|charged|jailed|in\s+custody|taken\s+into\s+custody|suspected|"
    r"impaired|intoxicated|drunk|smelled\s+alcohol|under\s+the\s+influence|blood\s+draw|"
    r"will\s+face|faces?\s+charges?)\b",
    re.I,
)


def accused_hurt(article: Article, victim: Fact) -> bool:
    """Whether the unnamed one hurt in `victim` is, by the noun that describes him, the one a
    later sentence accuses ("the driver ... booked into jail", "alcohol on the driver")."""
    if victim.fields["name"] is not None or victim.fields["outcome"] != "injured":
        return False
    noun = victim.fields["description"].split()[-1]
    if noun in ("victim", "victims", "man", "woman", "person", "people", "boy", "girl"):
        return False  # a noun any party may be told by
    the_noun = re.compile(rf"\bthe\s+(?:[\w-]+\s+)?{re.escape(noun)}\b(?!['’])", re.I)
    for sentence in article.sentences:
        if sentence.start < victim.evidence.start:
            continue
        for found in the_noun.finditer(sentence.text):
            near = sentence.text[max(0, found.start() - 60) : found.end() + 60]
            if _ACCUSED_BY.search(near):
                return True
    return False
