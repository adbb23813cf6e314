"""What a clause's words alone tell of a bond: its bond word, and each amount and status it
tells (`bonds.py` gives them to the person the clause is about). Kept per clause text: a
sentence recurs across the reports of one case (revisions, syndicated copies), and the bond
family reads a clause once for each person it may be about."""

from __future__ import annotations

import re
from functools import lru_cache

from casefile.extraction.bond_sums import (
    CHANGED_TO_AFTER,
    FROM,
    OTHER_MONEY,
    TOTAL_BEFORE,
    a_range,
    a_share,
    priced_thing,
)
from casefile.extraction.bond_words import (
    BOND_WORD,
    DENIED,
    FROM_AFTER,
    GRANTED_NO_SUM,
    NOT_DONE,
    POSTED,
    POSTED_AFTER,
    POSTED_IT,
    RAISED,
    REDUCED,
    REDUCTION_REFUSED,
    RELEASED_WITHOUT,
    REVOKED,
    STILL_FREE,
    UNPAID,
    asked_before,
    bond_change,
    bond_status,
    not_done,
)
from casefile.extraction.money import find_money
from casefile.extraction.patterns import first_in

# An amount under $1,000 is a bail only when it names one ("$500 bail", "a $250 cash bond"):
# beside bail, small sums are more often what was taken or a fine.
_SMALL_BAIL = re.compile(
    r"\s+(?:(?:cash|surety|secured|unsecured|personal)\s+)?(?:bail|bond)\b", re.I
)


# A bond set in place of one revoked, told before its amount: "and set a new cash bond of".
_NEW_BOND = re.compile(
    r"\b(?:revoked|revoking|revokes)\b[^;]*?\bnew\s+(?:[\w-]+\s+)?(?:bond|bail)\b", re.I
)


# Cached as `clause_reading` is: the bond word of a clause (where it starts, its words) and
# whether it is only asked for or possible (`not_done`), or None when it names no bond.
@lru_cache(maxsize=8192)
def bond_word(clause: str) -> tuple[int, str, bool] | None:
    bond = BOND_WORD.search(clause)
    return None if bond is None else (bond.start(), bond.group(0), not_done(clause, bond))


# What a clause tells of its bond, in the order told: (amount, status) for each bond fact, or
# a marker for a posting whose amount is told elsewhere (`POSTED_LATER`) or a state of being
# free on bond (`STILL_FREE_STATE`).
POSTED_LATER = "posted later"
STILL_FREE_STATE = "still free"


# Cached: a clause's reading depends only on its words, and a sentence recurs (a revised or
# syndicated report, an outlet's stock lines); the bond family reads it for each person.
@lru_cache(maxsize=8192)
def clause_reading(clause: str) -> tuple[tuple[int | None, str], ...]:
    told: list[tuple[int | None, str]] = []

    def add(amount: int | None, status: str) -> None:
        told.append((amount, status))

    money_told = find_money(clause)
    amounts = [
        m
        for m in money_told
        if not (len(money_told) > 2 and TOTAL_BEFORE.search(clause, max(0, m.start - 20), m.start))
        if (m.amount >= 1000 or _SMALL_BAIL.match(clause, m.end))
        and not a_range(clause, m)
        and not a_share(clause, m)
        # "held without bail after prosecutors asked for a $1 million bond"
        and not asked_before(clause, m.start)
        and not OTHER_MONEY.search(clause, max(0, m.start - 30), m.start)
        and not priced_thing(clause, m)
    ]
    if amounts:
        status = bond_status(clause)
        change = {"reduced": REDUCED, "raised": RAISED}.get(status)
        changed_at = bond_change(clause, change) if change else None
        for money in amounts:
            # "reduced from $1 million to $250,000", "held on $1 million bond, which was later
            # reduced to $250,000": the amount before the change or after "from" was set.
            if changed_at is not None and FROM_AFTER.match(clause, changed_at.start()):
                was = money.start >= changed_at.end()
            else:
                was = changed_at is not None and (
                    money.end <= changed_at.start()
                    or FROM.search(clause, max(0, money.start - 6), money.start)
                    or CHANGED_TO_AFTER.match(clause, money.end) is not None
                )
            if (was or status == "set") and POSTED_AFTER.match(clause, money.end):
                add(money.amount, "posted")
                continue
            if status == "revoked" and _NEW_BOND.search(clause, 0, money.start):
                # "revoked his bond and set a new cash bond of $25,000": the new one is set
                add(money.amount, "set")
                continue
            if status == "revoked" and POSTED_AFTER.match(clause, money.end):
                # "revoked the $5,000 cash bond Voss posted April 10": posted, then revoked
                add(money.amount, "posted")
                add(money.amount, "revoked")
                continue
            add(money.amount, "set" if was else status)
            # "set his bond at $50,000, which he posted Wednesday": posted as well, as is the
            # amount a bond was changed to ("reduced it from $250,000 to $40,000, and he posted
            # it within hours"), not the one it was
            if (status == "set" or (status in ("reduced", "raised") and not was)) and (
                POSTED_IT.search(clause, money.end)
            ):
                add(money.amount, "posted")
            # "revoked his $1 million bond": it was set first, as a bond "released on
            # $500,000 bail" was when the clause says so.
            if status == "revoked" or (
                status == "posted" and re.search(r"\bset at\b|\bgranted\b|\bpreviously\b", clause)
            ):
                add(money.amount, "set")
        # "revoked the $50,000 bond he was held on, ordering him held without bond": denied
        # from then on, as with a bond revoked of no sum told.
        revoked = REVOKED.search(clause) if status == "revoked" else None
        if revoked and DENIED.search(clause, revoked.end()):
            add(None, "denied")
    elif revoked := REVOKED.search(clause):
        add(None, "revoked")
        # "revoked his bond and ordered him held without bail": denied from then on.
        if DENIED.search(clause, revoked.end()):
            add(None, "denied")
    elif (
        DENIED.search(clause)
        and not REDUCTION_REFUSED.search(clause)
        and not RELEASED_WITHOUT.search(clause)
    ):
        add(None, "denied")
    elif POSTED.search(clause) and not first_in(UNPAID, clause):
        add(None, POSTED_LATER)
    elif (granted := GRANTED_NO_SUM.search(clause)) and not NOT_DONE.search(
        clause, max(0, granted.start() - 40), granted.end()
    ):
        # "was granted conditional bail": set, of no sum (a request told after the release,
        # "after a judge declined prosecutors' request to hold him", asks nothing of it)
        add(None, "set")
    elif STILL_FREE.search(clause):
        # "He has been free on bond since January": posted, of no amount told here (None
        # marks a statement of the state, kept only for someone with no bond told at all).
        add(None, STILL_FREE_STATE)
    return tuple(told)
