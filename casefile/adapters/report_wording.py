"""How the case report words things for an editor: facts as plain phrases ("Dana Reyes, 29,
of Millbrook", "Dana Reyes charged with murder (dropped)"), disagreements and refinements as
sentences, days as "Tue 26 Oct 2021", and what to chase next.

The command line (`show`, `diff`, `timeline`, `history`, CSV), the HTML page and the Markdown
report all take their words from here, as plain text; each escapes it for its own format. Nothing here guesses a value a fact does not give: a detail
left out by every source is left out of the phrase.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

# Words that already open a noun phrase: an unnamed victim's description keeps its own.
_DETERMINERS = frozenset(["a", "an", "the", "his", "her", "their"])
_OUTCOMES = {"killed": "was killed", "injured": "was injured", "unharmed": "was not hurt"}
_RELATIONS = {
    "person of interest": "named a person of interest in",
    "suspect": "named a suspect in",
    "believed responsible": "believed responsible for",
    "expected to be charged": "expected to be charged in",
    "charged": "charged in",
}
_COURT = {
    "arraignment": "Arraignment",
    "hearing": "Hearing",
    "appearance": "Court appearance",
    "indictment": "Indictment",
    "plea": "Plea",
    "trial": "Trial",
    "sentencing": "Sentencing",
    "other": "Court date",
}
_CHARGE_STATUS = {
    "filed": "charged with {charge}",
    "expected": "expected to be charged with {charge}",
    "dropped": "charged with {charge} (dropped)",
    "convicted": "convicted of {charge}",
    "acquitted": "acquitted of {charge}",
}
_BOND_STATUS = {
    "set": "bond set at {amount}",
    "denied": "held without bond",
    "posted": "posted bond of {amount}",
    "reduced": "bond reduced to {amount}",
    "raised": "bond raised to {amount}",
    "revoked": "bond revoked",
}
# What a fact kind is, for a sentence about one of its details ("the place of the incident").
KIND_NOUNS = {
    "SuspectIdentified": "the suspect",
    "ArrestMade": "the arrest",
    "ChargeFiled": "the charge",
    "BondSet": "the bond",
    "LinkedToHomicide": "the link to a homicide",
    "VictimReported": "the victim",
    "CourtEventReported": "the court date",
    "SentenceImposed": "the sentence",
    "CriminalHistoryReported": "the criminal record",
    "IncidentReported": "the incident",
}
_FIELD_NAMES = {
    "amount": "bond",
    "residence": "home town",
    "location": "place",
    "relation": "role",
    "years": "term",
    "kind": "type",
    "prior_arrests": "number of earlier arrests",
    "offenses": "earlier offenses",
    "prior": "earlier matter",
}
_CHANGES = {
    "added": "New",
    "changed": "Updated",
    "refined": "More precise",
    "repeated": "Repeated",
    "withdrawn": "Withdrawn",
}


def fact_phrase(kind: str, fields: Mapping[str, Any]) -> str:
    """One fact as an editor would write it, from the details its sources give."""
    f = {name: value for name, value in fields.items() if value is not None and value != ""}
    who = str(f.get("person") or f.get("name") or "Someone")
    if kind == "SuspectIdentified":
        return _joined(f.get("name") or "A suspect", _age(f), _of(f.get("residence")))
    if kind == "ArrestMade":
        when = f" {_on(f['date'])}" if f.get("date") else ""
        earlier = " in an earlier matter" if f.get("prior") else ""
        return f"{who} arrested{when}{earlier}"
    if kind == "ChargeFiled":
        pattern = _CHARGE_STATUS.get(str(f.get("status", "filed")), "charged with {charge}")
        return f"{who} " + pattern.format(charge=f.get("charge") or "an offense not named")
    if kind == "BondSet":
        pattern = _BOND_STATUS.get(str(f.get("status", "set")), "bond set at {amount}")
        amount = money(f["amount"]) if "amount" in f else "an amount not reported"
        return f"{who}: " + pattern.format(amount=amount)
    if kind == "LinkedToHomicide":
        relation = _RELATIONS.get(str(f.get("relation")), "linked to")
        killing = f"the killing of {f['victim']}" if f.get("victim") else "a homicide"
        details = f" ({f['details']})" if f.get("details") else ""
        return f"{who} {relation} {killing}{details}"
    if kind == "VictimReported":
        return _victim(f)
    if kind == "CourtEventReported":
        event = _COURT.get(str(f.get("kind", "other")), "Court date")
        when = _on(f["date"]) if f.get("date") else "(date not reported)"
        return f"{event} for {who} {when}"
    if kind == "SentenceImposed":
        return f"{who} sentenced to {_sentence(f)}"
    if kind == "CriminalHistoryReported":
        return _record(who, f)
    if kind == "IncidentReported":
        what = str(f.get("description") or "Incident")
        when = f" {_on(f['date'])}" if f.get("date") else ""
        where = f" at {f['location']}" if f.get("location") else ""
        return what[:1].upper() + what[1:] + when + where
    return ", ".join(f"{name.replace('_', ' ')} {value}" for name, value in f.items()) or kind


def change_word(change: str) -> str:
    """ "added" → "New": what a report did to a fact."""
    return _CHANGES.get(change, change.capitalize())


def change_notes(was: Mapping[str, Any]) -> str:
    """ "(age was 30; home town was Millbrook)" for the values a report replaced, else ""."""
    if not was:
        return ""
    return (
        " (" + "; ".join(f"{field_name(k)} was {value_words(k, v)}" for k, v in was.items()) + ")"
    )


def field_name(name: str) -> str:
    return _FIELD_NAMES.get(name, name.replace("_", " "))


def value_words(field: str, value: Any) -> str:
    """A detail's value as a reader writes it: money with $, days as days, terms in years."""
    if value is None:
        return "none"
    if field == "amount" and isinstance(value, int | float):
        return money(value)
    if field == "years" and isinstance(value, int | float):
        return _years(value)
    if field == "date":
        return day(str(value))
    if value is True:
        return "yes"
    return str(value)


def audit_sentence(item: Mapping[str, Any], verdict: str) -> str:
    """A slot where sources give more than one value, as a sentence: `verdict` "disagreement"
    ("Sources disagree on the age of Dana Reyes: 29 (Daily Ledger) or 30 (Valley Times).") or "refinement"
    (the most precise value first, then what it says more precisely)."""
    kind, subject, field = item["kind"], day(str(item["subject"])), item["field"]
    if subject == kind or kind in ("IncidentReported", "VictimReported"):
        about = KIND_NOUNS.get(kind, "the fact") + ("" if subject == kind else f" ({subject})")
    else:
        about = subject
    values = [f"{_quoted(field, v['value'])} ({who(v['by'])})" for v in item["values"]]
    if verdict == "refinement":
        rest = _listed(values[1:], "and")
        return f"The {field_name(field)} of {about} is given as {values[0]}, more precisely than {rest}."
    return f"Sources disagree on the {field_name(field)} of {about}: {_listed(values, 'or')}."


def who(sources: Iterable[Mapping[str, Any]]) -> str:
    """The outlets behind a value, each once, in the order they reported it."""
    names = [s.get("outlet") or s.get("report") or "?" for s in sources]
    return ", ".join(dict.fromkeys(names))


def followup_sentence(item: Mapping[str, Any]) -> str:
    """What to chase, after its title: "Dana Reyes: arraignment, Tue 2 Nov 2021 (in 5 days)"."""
    person = f"{item['person']}: " if item.get("person") else ""
    when = f", {day(item['date'])}" if item.get("date") else ""
    days = item.get("days")
    if days == 0:
        when += " (today)"
    elif days is not None and days < 0:
        when += f" (in {_count(-days, 'day')})"
    elif days is not None:
        when += f" ({_count(days, 'day')} ago)"
    return f"{person}{item['what']}{when}"


def day(value: str) -> str:
    """An ISO day as "Tue 26 Oct 2021"; a month ("2021-10") as "Oct 2021"; else as given."""
    try:
        return date.fromisoformat(value).strftime("%a %-d %b %Y")
    except ValueError:
        pass
    if len(value) == 7 and value[4] == "-":
        try:
            return date.fromisoformat(value + "-01").strftime("%b %Y")
        except ValueError:
            return value
    return value


def money(amount: Any) -> str:
    """$2,000,000; a value that is no number (an amendment's words) as it was given."""
    if isinstance(amount, bool) or not isinstance(amount, int | float):
        return str(amount)
    return f"${amount:,.0f}" if float(amount).is_integer() else f"${amount:,.2f}"


# -- small pieces ---------------------------------------------------------------------------


def _quoted(field: str, value: Any) -> str:
    """A value in a sentence about values: words in quotation marks, numbers and days not."""
    words = value_words(field, value)
    return f"\u201c{words}\u201d" if isinstance(value, str) and field != "date" else words


def _joined(*parts: Any) -> str:
    return ", ".join(str(p) for p in parts if p)


def _age(fields: Mapping[str, Any]) -> str:
    return str(fields["age"]) if fields.get("age") is not None else ""


def _of(residence: Any) -> str:
    return f"of {residence}" if residence else ""


def _on(value: Any) -> str:
    text = day(str(value))
    return f"on {text}" if text[:3].isalpha() and len(str(value)) == 10 else f"in {text}"


def _victim(f: Mapping[str, Any]) -> str:
    name, description = f.get("name"), f.get("description")
    if name:
        subject = str(name) + (f" ({description})" if description else "")
    elif description:
        subject = _a_noun(str(description))
    else:
        subject = "A victim"
    if f.get("age") is not None:
        subject += f", {f['age']}" + ("," if f.get("outcome") in _OUTCOMES else "")
    outcome = _OUTCOMES.get(str(f.get("outcome")), "")
    return f"{subject} {outcome}".strip()


def _a_noun(phrase: str) -> str:
    """ "officer" → "An officer"; a phrase that already opens with its article or a count
    ("the driver", "two men", "3 children") is only capitalised."""
    first = phrase.split(" ", 1)[0].lower()
    if first in _DETERMINERS or first[:1].isdigit():
        return phrase[:1].upper() + phrase[1:]
    return ("An " if first[:1] in "aeiou" else "A ") + phrase


def _sentence(f: Mapping[str, Any]) -> str:
    kind, years = f.get("kind"), f.get("years")
    term = _years(years) if isinstance(years, int | float) else ""
    if kind == "life":
        return f"{term} to life" if term else "life in prison"
    if kind == "death":
        return "death"
    if kind == "prison" or kind == "jail":
        return f"{term} in {kind}" if term else str(kind)
    if kind == "probation":
        return f"{term} of probation" if term else "probation"
    # Kind "other": a fine, community service, supervision after prison, an order of the court.
    other = "other than prison, jail or probation"
    return f"a term of {term} {other}" if term else f"a punishment {other}"


def _record(who: str, f: Mapping[str, Any]) -> str:
    count, offenses = f.get("prior_arrests"), f.get("offenses")
    arrests = None
    if count is not None:
        arrests = _count(int(count), "earlier arrest") if str(count).isdigit() else str(count)
    if arrests and offenses:
        return f"{who} has a criminal record: {arrests}, on {offenses} charges"
    if arrests:
        return f"{who} has a criminal record: {arrests}"
    if offenses:
        return f"{who} has a criminal record of {offenses} charges"
    return f"{who} has a criminal record"


def _years(years: float) -> str:
    """A term as a court words it: in years, months ("3 years and 5 months", "6 months") or,
    when it is no whole number of months, days (0.4932 is "180 days")."""
    months = years * 12
    if abs(months - round(months)) >= 0.01:
        return _count(round(years * 365), "day")
    whole_years, left = divmod(round(months), 12)
    parts = [_count(whole_years, "year")] if whole_years else []
    if left or not parts:
        parts.append(_count(left, "month"))
    return " and ".join(parts)


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _listed(items: list[str], last: str) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + f" {last} " + items[-1]
