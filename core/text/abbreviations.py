"""Abbreviated words of news copy and what they spell out: titles before a name (``Sen.``, ``Rep.``, ``Gov.``),
US states in wire style (``Okla.``, ``Fla.``) and a few institutional words (``Dept.``, ``Corp.``).

With the expansion, ``Sen. Mike Enzi`` meets ``Senator Mike Enzi`` and ``an Okla. man`` meets ``an Oklahoma man``.
A state abbreviation counts only with its full stop and a capital (``Ill.``, ``Miss.``, ``Wash.`` are everyday words
without them); a title counts with or without the stop when the bare word is no everyday word (``Dr Holm`` and
``Dr. Holm``).
"""

from __future__ import annotations

TITLES: dict[str, str] = {
    "dr": "doctor",
    "prof": "professor",
    "rep": "representative",
    "reps": "representatives",
    "sen": "senator",
    "sens": "senators",
    "gov": "governor",
    "lt": "lieutenant",
    "sgt": "sergeant",
    "capt": "captain",
    "cmdr": "commander",
    "adm": "admiral",
    "supt": "superintendent",
    "atty": "attorney",
    "insp": "inspector",
}
"""Titles read the same with or without their stop."""

WITH_STOP: dict[str, str] = {
    "gen": "general",
    "col": "colonel",
    "maj": "major",
    "det": "detective",
    "pres": "president",
    "dept": "department",
    "govt": "government",
    "corp": "corporation",
    "univ": "university",
    "assn": "association",
    "intl": "international",
    "natl": "national",
    "mt": "mount",
    "ft": "fort",
    "ala": "alabama",
    "ariz": "arizona",
    "ark": "arkansas",
    "calif": "california",
    "colo": "colorado",
    "conn": "connecticut",
    "del": "delaware",
    "fla": "florida",
    "ga": "georgia",
    "ill": "illinois",
    "ind": "indiana",
    "kan": "kansas",
    "kans": "kansas",
    "ky": "kentucky",
    "la": "louisiana",
    "md": "maryland",
    "mass": "massachusetts",
    "mich": "michigan",
    "minn": "minnesota",
    "miss": "mississippi",
    "mo": "missouri",
    "mont": "montana",
    "neb": "nebraska",
    "nebr": "nebraska",
    "nev": "nevada",
    "okla": "oklahoma",
    "ore": "oregon",
    "oreg": "oregon",
    "pa": "pennsylvania",
    "tenn": "tennessee",
    "tex": "texas",
    "vt": "vermont",
    "va": "virginia",
    "wash": "washington",
    "wis": "wisconsin",
    "wisc": "wisconsin",
    "wyo": "wyoming",
}
"""Abbreviations that count only as a capitalised word with its stop (``Okla.``, ``Gen.``)."""

DOTTED: frozenset[str] = frozenset(word.capitalize() for word in (*TITLES, *WITH_STOP))
"""The abbreviations as written before their stop (``Rep``): the tokenizer keeps the stop with them (``Rep.``)."""


def spelled_out(form: str) -> str | None:
    """The word an abbreviation stands for, or ``None``.

    Args:
        form: The token case-folded, its stop kept (``rep.``, ``okla.``, ``dr``).
    """
    if form.endswith("."):
        bare = form[:-1]
        return TITLES.get(bare) or WITH_STOP.get(bare)
    return TITLES.get(form)


__all__ = ["DOTTED", "TITLES", "WITH_STOP", "spelled_out"]
