"""Co-suspects a report describes but does not name: "he and his brother were indicted", "a
17-year-old was also arrested", "two suspects, a man and a woman", "along with three
juveniles". Each is one suspect of the case with no name (`suspects.py` reports them)."""

from __future__ import annotations

import re

from casefile.domain.facts import Evidence
from casefile.extraction.context import Article, fact
from casefile.extraction.key_words import key_words
from casefile.extraction.lean_scans import lean_alternatives
from casefile.extraction.patterns import compile_scan, first_in, matches_in
from casefile.extraction.people import Person

# The label a police blotter sets before an item, in capitals and a dash: "SHOPLIFTING — ".
BLOTTER_LABEL = r"[A-Z][A-Z0-9'’&/ -]{2,40}\s+[—–-]+\s+"
# A co-suspect the report describes but does not name: "he and his brother were indicted",
# "a 17-year-old was also arrested", "a juvenile also was charged". A group beside named
# suspects ("five others") is not a person the file can follow, and is left out.
_RELATIVE = (
    r"brother|sister|son|daughter|father|mother|cousin|nephew|niece|uncle|aunt|wife|husband|"
    r"girlfriend|boyfriend|friend|roommate|accomplice|co-defendant"
)
# The home told after a description: "from Elmdale", "of Cold Creek Township".
_HOME = r"(?:from|of)\s+(?P<{}>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){{0,2}})"
CUSTODY = (
    r"(?:arrested|charged|indicted|accused|detained|taken into custody|booked|jailed|"
    r"apprehended|cited)"
)
CO_SUSPECT = lean_alternatives(
    r"\b(?:he|she|[A-Z][\w'’-]+)\s+and\s+(?:his|her)\s+(?:[\w-]+\s+)?(?P<relative>"
    + _RELATIVE
    + r")\s+(?:were|have been|had been|are|both)\b[^.;]{0,40}?\b"
    + CUSTODY
    # ... or as the verb's object: "a grand jury indicted him and his brother"
    + r"|\b"
    + CUSTODY
    + r"\s+(?:him|her)\s+and\s+(?:his|her)\s+(?:[\w-]+\s+)?(?P<objrelative>"
    + _RELATIVE
    + r")\b(?!,?\s+[A-Z])"
    + r"|\b[Aa]n?\s+(?P<described>(?P<age>\d{1,2})-year-old|second|third|juvenile)\s+"
    # "A second teen, 17, was also arrested": his age beside the word; "A 16-year-old girl
    # from Elmdale was also arrested": her home after it.
    # "A 16-year-old male juvenile was also taken into custody": a sex word before the noun.
    r"(?:(?:male|female)\s+)?(?:[\w-]+(?:,\s*(?P<told>\d{1,2}),)?\s+)?(?:"
    + _HOME.format("dhome")
    + r"\s+)?"
    r"(?:(?:was|has been)\s+also|also\s+(?:was|has been))\s+"
    + CUSTODY
    # "A second suspect remains at large", "another man is being sought".
    + r"|\b(?:[Aa]nother|[Aa] second|[Aa] third)\s+(?P<other>suspect|man|woman|person|teen|gunman|"
    # "A third suspect, a 15-year-old, was not named": his age in the aside.
    r"shooter)(?:\s+of\s+interest)?(?:,\s+an?\s+(?P<xage>\d{1,2})-year-old(?:\s+[\w-]+)?,|"
    r",[^.;]{0,60}?,)?\s+(?:(?:remains|is still|was still|is|was)\s+(?:also\s+)?"
    r"(?:at large|(?:being )?sought|wanted|(?:also\s+)?involved)"
    # "A second suspect, a 16-year-old, is being held at a youth detention center": an
    # ordinal's suspect held is one besides the named (not "a second man", a lede's).
    r"|(?P<held>(?:is|was|remains)\s+(?:being\s+)?(?:held|detained|in\s+(?:juvenile\s+)?custody))"
    # "A third suspect, described only as a juvenile, is also in custody" (not "A second man
    # was charged Tuesday", the lede of the one the report then names).
    r"|(?:(?:remains|is|was|has\s+been|had\s+been)\s+also|also\s+(?:is|was|has\s+been))\s+"
    r"(?:in custody|under arrest|(?:being )?held|" + CUSTODY + r")"
    r"|(?:has not been|was not|have not been) (?:found|arrested|caught|identified|named|located)|fled|"
    r"escaped|got away)"
    # "A woman who was with him was also arrested": someone new, said with "a".
     + r"|\A\W*(?:A|An)\s+(?P<indefinite>(?:(?P<iage>\d{1,2})-year-old\s+)?(?:man|woman|boy|girl|"
    r"teen|teenager|juvenile|person|passenger|accomplice))\b[^.;]{0,50}?\b(?:was|has been)\s+"
    r"also\s+"
    + CUSTODY
    # "A 17-year-old is one of three people arrested": one of a counted group, not named.
    + r"|\A\W*(?:A|An)\s+(?P<oneof>(?:(?P<nage>\d{1,2})-year-old|man|woman|boy|girl|teen|teenager|"
    r"juvenile)(?:\s+(?:man|woman|boy|girl|teen|teenager|juvenile))?)\s+(?:is|was)\s+(?:also\s+)?"
    r"(?:one\s+of|among)\s+(?:the\s+)?(?:two|three|four|five|six|\d)\s+(?:[\w-]+\s+)?(?:people|"
    r"persons|suspects|teens|teenagers|juveniles|men|women|boys|girls|defendants)\s+(?:who\s+"
    r"(?:were|have\s+been)\s+)?"
    + CUSTODY
    # "A 27-year-old woman who was arrested on suspicion of assisting an offender has been
    # released": someone new beside the named suspect, told by a relative clause, or by the
    # participle alone ("A 27-year-old woman arrested on suspicion of ...").
    + r"|\A\W*(?:A|An)\s+(?P<whotaken>(?P<tage>\d{1,2})-year-old\s+(?:man|woman|boy|girl|teen|"
    # ("A 15-year-old boy from Elmdale who was arrested ...": his home between; "A woman, aged
    # 38, who was arrested ...", as British reports give the age)
    # ("A second man, aged 19, who was arrested": an ordinal before the noun)
    r"teenager|juvenile|person)|(?:(?:second|third|fourth)\s+)?(?:man|woman|boy|girl|teenager|"
    r"person),\s+aged\s+"
    r"(?P<tage2>\d{1,2}),)(?:\s+" + _HOME.format("thome") + r")?\s+(?:who\s+(?:was|has\s+been|"
    r"had\s+been)\s+(?:also\s+)?"
    + CUSTODY
    + r"|(?:also\s+)?"
    + CUSTODY
    + r"(?=\s+(?:on|in|at|after|for|with|near|over)\b))"
    # "Jan. 16: A 15-year-old boy was arrested on charges of ..." (a blotter's further item),
    # "SHOPLIFTING — A 15-year-old Dayton girl was cited for ..." (one under its label)
    + r"|\A\W*(?:[A-Z][a-z]{2,4}\.?\s+\d{1,2}:\s+|"
    + BLOTTER_LABEL
    + r")?(?:A|An)\s+(?P<item>(?P<dage>\d{1,2})-year-old)\s+"
    r"(?:(?:[A-Z][\w'’.-]*\s+){0,2}(?:man|woman|boy|girl|teen|teenager|juvenile)\s*)?"
    # an aside on why he goes unnamed: "A 16-year-old boy, who cannot be named, was charged"
    r"(?:,[^.;,]{0,50}?,\s*)?(?<=\s)"
    r"(?:(?:was|has been|is)\s+(?:also\s+)?"
    + CUSTODY
    # "A 16-year-old boy faces the same charge".
    + r"|(?:also\s+)?(?:faces|is facing)\s+(?:the\s+same\s+|similar\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}?"
    r"charges?\b)"
    # "Bo Tran and a 17-year-old boy were arrested", "... and an unidentified man robbed".
    + r"|\b(?:and|along with)\s+(?:an?|another)\s+(?P<beside>(?:(?P<bage>\d{1,2})-year-old\s+|unidentified\s+|"
    r"unknown\s+)?(?:man|woman|boy|girl|teen|teenager|juvenile|minor|accomplice)|"
    # "Bo Tran, 20, and a 17-year-old were arrested".
    r"(?P<bare>\d{1,2})-year-old(?!\s+(?:[\w-]+\s+)?(?:victim|child|baby|infant|son|daughter)\b))\b"
    # an aside, or a relative clause: "and a 16-year-old whose name was not released are";
    # an age in the aside: "and another man, 25, were arrested"
    r"(?:,\s*(?P<bage2>\d{1,2}),|,[^.;]{0,40}?,|\s+(?:whose|who)\s+[^.;,]{0,80}?(?=\s+(?:were|have been|are|had been)\b))?"
    r"\s+(?:(?:were|have been|are|had been)\s+(?:\w+\s+)?"
    + CUSTODY
    + r"|(?<=unidentified )(?:man|woman)\s+(?:robbed|shot|attacked|assaulted|stabbed|broke))"
    # "Officers arrested Bo Tran, 19, and a 17-year-old boy": the one unnamed, the object
    # of custody beside a name.
    # "arrested two men and detained a 17-year-old boy": one besides the adults counted.
    r"|\b(?:arrested|detained|apprehended|booked|charged|took)\s+(?:(?-i:[A-Z])[^.;]{0,60}?|"
    r"(?:two|three|four)\s+(?:men|women|adults|people))\s+and\s+(?:(?:detained|arrested|"
    r"apprehended)\s+)?an?\s+"
    r"(?P<objaged>(?P<obage>\d{1,2})-year-old(?:\s+(?:boy|girl|male|female|man|woman|teen|"
    r"teenager|juvenile))?)\b"
    r"(?!\s+(?:[\w-]+\s+)?(?:victim|child|baby|infant|son|daughter)\b)"
    r"(?!\s+(?:were|are|have\s+been|had\s+been)\b)"
    # "Police are looking for a second suspect".
    r"|\b(?:(?:searching|looking|hunting)\s+for|seeking|trying\s+to\s+(?:find|locate|identify))\s+"
    # ("arrested two men and are searching for a third": the ordinal alone)
    r"(?P<sought>(?:another|a\s+second|a\s+third)\s+(?:suspect|man|woman|person|teen|gunman|"
    r"shooter)\b|(?:another|a\s+second|a\s+third)(?=\s*[.,;]))"
    # "The other suspect, a 15-year-old, was released to his parents".
    # "The second suspect, a 15-year-old boy, was adjudicated delinquent".
    r"|\b[Tt]he\s+(?:other|second|third)\s+(?P<theother>suspect|gunman|shooter|robber|attacker|"
    r"defendant)\b"
    # "The second suspect is a 16-year-old boy from Elmdale", "The third suspect was 15 at the
    # time": his age told in the predicate, as in an aside.
    r"(?![’']),?(?:(?:\s+(?:is|was))?\s+an?\s+(?P<oage>\d{1,2})-year-old\b"
    r"(?:\s+(?:boy|girl|male|female|man|woman|teen|teenager|juvenile))?"
    r"(?:\s+" + _HOME.format("ohome") + r")?"
    r"|\s+(?:is|was)\s+(?P<isage>\d{1,2})(?=\s+(?:years\s+old|at\s+the\s+time)\b|\s*[,.;]))?"
    # "His 16-year-old accomplice was taken to a juvenile detention center".
    r"|\b(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:(?P<hage>\d{1,2})-year-old\s+)?(?:alleged\s+)?"
    r"(?P<partner>accomplice|co-conspirator)\b(?!,?\s+[A-Z]|['’])"
    # "A 16-year-old student accused of bringing a gun", "a 15-year-old boy charged in": an
    # aged description the words after it make a suspect.
    r"|\b(?:[Aa]n?|[Tt]he)\s+(?P<accused>(?P<aage>\d{1,2})-year-old(?:\s+(?:[\w'’-]+\s+){0,4}?(?:boy|girl|"
    r"student|teen|teenager|juvenile|minor|son|daughter|male|female))?)\s+(?:who\s+(?:is|was|has\s+been)\s+)?"
    r"(?:accused|suspected|charged|arrested)\b"
    # "- A 15-year-old male - aggravated robbery": a roster line of someone not named.
    r"|\A\W*(?:A|An)\s+(?P<listed>(?P<lage>\d{1,2})-year-old(?:\s+(?:male|female|man|woman|boy|"
    # (past an aside: "- A 16-year-old male, whose name was not released: two counts of")
    r"girl|teen|teenager|juvenile))?)\s*(?:,[^:;\n]{1,80}?:|[-–—:]|,\s+(?:of|from)\s+[A-Z])"
    # "The 15-year-old appeared in juvenile court", "The 16-year-old was charged as a juvenile".
    # "The 16-year-old, whose name was not released, was charged": past an aside.
    r"|\A\W*The\s+(?P<theaged>(?P<tdage>\d{1,2})-year-old)(?:\s+(?:boy|girl|male|female|teen|"
    r"teenager|juvenile|suspect))?(?:,[^.;]{0,80}?,)?\s+(?:(?:was|is|has\s+been|also)\s+){0,2}"
    r"(?:charged|arrested|"
    r"adjudicated|appeared|pleaded|admitted|denied|faces|remains\s+(?:held|jailed|in\s+custody)|"
    r"detained|booked|sentenced|committed)\b"
    # "News 3 is not naming the teen because he is a minor": a juvenile whose name is kept back.
    r"|\b(?:not|n['’]t)\s+(?:being\s+)?(?:naming|identifying|releasing|named|identified|released)\s+"
    r"(?:the\s+)?(?P<withheld>teen|teenager|boy|girl|juvenile|minor|youth|student|him|her)\b"
    r"[^.;]{0,40}?\bbecause\s+(?:he|she)\s+is\s+(?:a\s+)?(?:juvenile|minor|charged\s+as\s+a\s+juvenile)"
    # "The getaway driver has not been caught": a part only a co-suspect has.
    # Not "Bo Tran was the getaway driver": he is named.
    r"|(?<!\bwas )(?<!\bis )\b(?:[Tt]he|[Aa])\s+(?P<getaway>getaway\s+driver)\b(?!,?\s+[A-Z]|['’])"
    # "A woman who drove him from the scene was charged with hindering prosecution".
    r"|\A\W*(?:A|An)\s+(?P<withhim>(?:(?P<wage>\d{1,2})-year-old\s+)?(?:man|woman|boy|girl|teen|"
    r"teenager|juvenile|person|friend)|(?P<wbare>\d{1,2})-year-old)\s+who\s+[^.;]{0,60}?\b(?:him|her|"
    r"them)\b[^.;]{0,40}?\s+(?:(?:was|were|has\s+been|is)\s+(?:also\s+)?" + CUSTODY + r"|faces|"
    r"is\s+facing)"
    # "Two men are behind bars and a third is being hunted": the ordinal alone, sought.
    r"|\b[Aa]\s+(?P<ordinal_alone>third|fourth|fifth)\s+(?:is|was|remains)\s+(?:still\s+)?"
    r"(?:being\s+)?(?:hunted|sought|wanted|at\s+large|on\s+the\s+loose)\b"
)
_CO_SUSPECT_GATE = key_words(
    "-year-old",
    " and his ",
    " and her ",
    "also",
    "another",
    "second",
    "third",
    "fourth",
    "fifth",
    " and a",
    "along with",
    "other",
    "accomplice",
    "co-conspirator",
    "getaway",
    "seeking",
    "trying to",
    " who ",
    "one of",
    "among",
    "because",
    "accused",
    "suspected",
    "charged",
    "arrested",
    "the ",
)
# Statements of an earlier or another matter: "were charged in a separate case last year".
# Not the time of this case told as earlier in the day or week ("arrested earlier Sunday",
# "the shooting earlier this week"), nor a case a year old ("the shooting last year").
OTHER_MATTER = compile_scan(
    r"\b(?:separate|unrelated|previous|years ago)\b|\bearlier\b(?!\s+(?:this|that|in\s+the|on|"
    r"today|tonight|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|"
    r"March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|"
    r"Sept?\.|Oct\.|Nov\.|Dec\.)\b)",
    re.I,
)

Unnamed = tuple[int | None, str | None, Evidence]


_ORDINAL = {"second": 2, "third": 3}


# "A 17-year-old boy also faces charges": someone besides the suspects named.
ALSO = re.compile(r"\balso\b", re.I)


_ORDINAL_WORD = re.compile(r"\b(?:second|third|fourth|fifth)\b", re.I)


def unnamed_suspects(article: Article, named: list[Person]) -> list[Unnamed]:
    """(age, residence, evidence) of each co-suspect the article describes without a name,
    once each."""
    found: dict[str, Unnamed] = {}
    ages = {p.age for p in named}
    for sentence in _CO_SUSPECT_GATE.among(article.sentences):
        if first_in(OTHER_MATTER, sentence.text):
            continue
        named_at = [m.start for m, p in article.cast.people_in(sentence) if p.suspect]
        for match in matches_in(CO_SUSPECT, sentence.text):
            # (one told beside a name begins after it: "arrested Bo Tran and a 17-year-old")
            begins = match.start("objaged") if match.group("objaged") else match.start()
            if any(begins <= at < match.end() for at in named_at):
                continue  # "Another suspect, Bo Tran, 25, remains at large": he is named
            relative = match.group("relative") or match.group("objrelative")
            if match.group("held") and match.group("other").lower() != "suspect":
                continue  # "A second man is being held": the lede of one named after
            if match.group("theother") and len(named) >= _ORDINAL.get(
                match.group(0).split()[1].lower(), 2
            ):
                continue  # "the other suspect" is one of the two the article names, not "the
                # third suspect" of two named
            described = (
                match.group("described")
                or match.group("other")
                or match.group("sought")
                or match.group("theother")
                or match.group("partner")
                or match.group("getaway")
                or match.group("withhim")
                or match.group("indefinite")
                or match.group("beside")
                or match.group("objaged")
                or match.group("item")
                or match.group("whotaken")
                or match.group("oneof")
                or match.group("accused")
                or match.group("listed")
                or match.group("theaged")
                or match.group("withheld")
                or match.group("ordinal_alone")
            )
            stated = (
                match.group("age")
                or match.group("told")
                or match.group("iage")
                or match.group("bage")
                or match.group("bage2")
                or match.group("obage")
                or match.group("dage")
                or match.group("bare")
                or match.group("oage")
                or match.group("hage")
                or match.group("wage")
                or match.group("wbare")
                or match.group("tage")
                or match.group("tage2")
                or match.group("xage")
                or match.group("nage")
                or match.group("aage")
                or match.group("lage")
                or match.group("tdage")
                or match.group("isage")
            )
            home = match.group("dhome") or match.group("ohome") or match.group("thome")
            age = int(stated) if stated else None
            if match.group("whotaken") and not any(
                index < sentence.index for p in named for index, _, _ in p.mentions
            ):
                continue  # the one the report leads with, not a co-suspect
            aged = match.group("item") or match.group("accused") or match.group("theaged")
            if (
                (aged or match.group("listed"))
                and (not named or None in ages)
                and not (named and ALSO.search(match.group(0)))
            ):
                continue  # whether he is one of the named, only their ages can tell ("also")
            if relative and len(named) >= 2:
                continue  # the relative is one of the suspects the article names
            if age is not None and age in ages:
                continue  # "a 17-year-old" the article names elsewhere
            if match.group("withheld") and age is None:
                age = juvenile_age(article)
            if age is not None and age in ages:
                continue
            # One unnamed suspect per age: "a 15-year-old boy" and "the 15-year-old" are one.
            # ("a third suspect" and "The third suspect, described as ..." are one)
            ordinal = _ORDINAL_WORD.search(match.group(0))
            key = (
                f"age {age}"
                if age is not None
                else f"ordinal {ordinal.group(0).lower()}"
                if ordinal
                else (relative or described or match.group("bare") or "").lower()
            )
            evidence = fact("SuspectIdentified", {}, article, sentence).evidence
            found.setdefault(key, (age, home, evidence))
    return list(found.values())


# A child told of by his age: "whose 16-year-old son", "a 16-year-old Dalton High student".
_CHILD_AGED = re.compile(
    r"\b(?:an?|his|her|their|whose)\s+(?P<age>1[0-7])-year-old\s+(?:[\w'’-]+\s+){0,3}?(?:son|"
    r"daughter|boy|girl|student|teen|teenager|juvenile|minor|male|female|stepson|stepdaughter|grandson|"
    r"granddaughter|nephew|niece)\b"
)


def juvenile_age(article: Article) -> int | None:
    """The age of the one child the report tells of by age, if only one age is told so."""
    ages = {int(m.group("age")) for m in _CHILD_AGED.finditer(article.text)}
    return ages.pop() if len(ages) == 1 else None
