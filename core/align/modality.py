"""Done or planned: whether a passage tells of something that happened or of something still to come.

``North Korea had sent 1,500 special forces`` and ``North Korea will deploy … 1,500 special forces`` share their figure
and their words, yet one reports a fact and the other a plan. This module reads the verb groups of a side without a
parser, from the shapes that mark each case in news copy:

- *planned*: ``will``/``shall`` and a verb (``will deploy``, ``won't vote``); ``set``, ``expected``, ``scheduled``,
  ``slated``, ``poised``, or a verb of intent (``plans``, ``intends``, ``vowed``, ``threatened``…) before ``to`` and a
  verb; ``is due to``, ``is going to``, ``is about to``;
- *done*: a perfect (``had sent``, ``has been arrested``), a past passive (``were killed``), or a simple past right
  after its subject (``the Senate voted``, ``Congress on Wednesday overwhelmingly rejected``).

Verbs of saying and believing (``said``, ``told``, ``believes``) are left out: they frame the claim, they are not it.
A negated group (``had not sent``) is kept and flagged: it is no claim, but it still looks back or ahead. Quoted words
are never read: a quotation is the speaker's, not the report's.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from core.align.item_side import ItemSide
from core.align.quotations import quoted_spans
from core.text.folding import QUOTES
from core.text.vocabulary import BE_FORMS

Modality = Literal["planned", "done", "other"]
"""What a verb group tells: a plan, a done thing, or neither (``would repay``, ``to reopen``: read, never compared)."""

_FUTURE = frozenset(["will", "shall", "won't", "wo", "'ll"])
_INTENT = frozenset(
    """set expected scheduled slated poised plan plans planned planning intend intends intended intending aim aims
    aimed aiming prepare prepares prepared preparing vow vows vowed pledge pledges pledged promise promises promised
    threaten threatens threatened""".split()  # noqa: SIM905
)
"""Words that make a plan of the verb after ``to`` (``set to vote``, ``plans to send``)."""
_BE_INTENT = frozenset(["due", "going", "about"])
"""Words that make a plan only after a form of *be* (``is due to``; ``due to the storm`` is a cause)."""
_BE = BE_FORMS | frozenset(["am", "'s", "'re"])
_HAVE = frozenset(["has", "have", "had", "'ve"])
_NEGATION = frozenset(["not", "never", "n't"])
_ADVERBS = frozenset(
    """already also just now since still recently previously reportedly allegedly apparently first finally then
    often earlier later again even yet ever""".split()  # noqa: SIM905
)
_SAYING = frozenset(
    """said says say saying told tells tell added adds reported reports wrote writes stated states claimed claims
    believes believe believed thinks think thought confirmed confirms noted notes argued argues insisted insists
    warned warns explained explains acknowledged acknowledges testified testifies announced announces according
    estimated estimates""".split()  # noqa: SIM905
)
"""Verbs that frame a claim (who says or believes it) rather than make it."""
_IRREGULAR = frozenset(
    """sent made took taken gave given won lost held paid built brought bought fought found kept left met put ran seen
    saw sold spent struck threw thrown began begun drew drawn drove driven flew flown grew grown led shot stood fell
    fallen rose risen chose chosen broke broken spoke spoken stole stolen went gone came got gotten hit cut became
    done did killed been sought sank sunk swore sworn tore torn wore worn hid hidden won withdrew withdrawn overtook
    overtaken""".split()  # noqa: SIM905
)
"""Past forms that do not end in *-ed*."""
_NOT_SUBJECT = frozenset(
    """the a an this that these those its their his her our my your some any no every each of to in on at by for from
    with into about as than and or but nor who which whom whose when where while if because after before since until
    is are was were be been being has have had do does did will would could should may might must can other all many
    more most several few both such""".split()  # noqa: SIM905
)
"""Words after which an *-ed* word is no simple past (``the armed forces``, ``those killed``, ``was killed``)."""
_PRONOUNS = frozenset("it he she they we you i this there".split())  # noqa: SIM905
_LINKING_ING = frozenset(
    """including totaling totalling excluding involving following according regarding concerning amounting""".split()  # noqa: SIM905
)
"""Words in *-ing* that tie a figure to the verb before them (``will deploy four brigades totaling 12,000 soldiers,
including 1,500 special forces``), as a preposition would, rather than governing it themselves."""
_MODAL = frozenset(["would", "could", "should", "may", "might", "must", "can", "cannot", "wouldn't", "couldn't"])
"""Modal verbs: the group they open is neither a plan nor a done thing (``he would repay``)."""
_SUBORDINATE = frozenset(
    """as after before when while if although though despite because since until unless once whereas amid with
    without in on at for by from during following under given amid against like""".split()  # noqa: SIM905
)
"""Words opening a clause or phrase that is not the sentence's claim (``As the vote neared, …``, ``With the Senate
set to debate, …``); a participle does too (``Asked about the debate, …``)."""
_RELATIVE = frozenset(["which", "who", "whom", "whose", "where"])


@dataclass(frozen=True, slots=True)
class VerbGroup:
    """A verb group with a known modality: its tokens (indices into the side's tokens) and what it tells."""

    first: int
    end: int
    """One past the group's last token (the main verb)."""
    modality: Modality
    saying: bool
    """The group's verb frames a claim (``had said``): the claim is further on."""
    negated: bool = False
    """The group is negated (``had not sent``, ``won't vote``): it tells what did not or will not happen."""


def _form(text: str) -> str:
    """A token folded for the word lists (curly apostrophes straightened, case folded)."""
    return text.translate(QUOTES).casefold()


def _clitic(form: str) -> str:
    """A contracted auxiliary as its own word (``they'll`` -> ``'ll``, ``it's`` -> ``'s``), else the form."""
    if "'" not in form:
        return form
    for ending in ("'ll", "'ve", "'re"):
        if form.endswith(ending):
            return ending
    return "won't" if form == "won't" else form


def _verb_like(form: str) -> bool:
    """A word that can be the verb of a group (no function word, pronoun or number)."""
    return form.isalpha() and form not in _NOT_SUBJECT and form not in _NEGATION and form not in _PRONOUNS


def _participle(form: str) -> bool:
    return (form.endswith(("ed", "en")) and len(form) > 3) or form in _IRREGULAR


def past_form(form: str) -> bool:
    """Whether a case-folded word reads as a past form: ending in *-ed* (``voted``) or irregular (``led``, ``sent``)."""
    return (form.endswith("ed") and len(form) > 3) or form in _IRREGULAR


def _skip_adverbs(forms: Sequence[str], k: int, end: int) -> tuple[int, bool]:
    """The first index from ``k`` that is no adverb, and whether a negation was passed on the way."""
    negated = False
    while k < end and (
        forms[k] in _ADVERBS or forms[k] in _NEGATION or (forms[k].endswith("ly") and len(forms[k]) > 4)
    ):
        negated |= forms[k] in _NEGATION
        k += 1
    return k, negated


def _group_at(forms: Sequence[str], capital: Sequence[bool], k: int, end: int) -> tuple[VerbGroup | None, int]:
    """The verb group starting at token ``k`` (``None`` if none starts there), and where to look next."""
    form = _clitic(forms[k])
    nxt, negated = _skip_adverbs(forms, k + 1, end)
    if form in _MODAL and nxt < end and forms[nxt].isalpha() and forms[nxt] not in _PRONOUNS:
        return VerbGroup(k, nxt + 1, "other", forms[nxt] in _SAYING, negated), nxt + 1  # would repay, could be
    if form == "to" and nxt < end and _verb_like(forms[nxt]) and not capital[nxt]:
        if forms[nxt].endswith(("ing", "s", "ed")):
            return None, k + 1  # "to training", "to elections", "to armed forces": no infinitive
        return VerbGroup(k, nxt + 1, "other", forms[nxt] in _SAYING, negated), nxt + 1  # would repay, to reopen
    if form in _FUTURE:  # will deploy, won't vote
        negated |= form == "won't"
        if nxt < end and _verb_like(forms[nxt]):
            return VerbGroup(k, nxt + 1, "planned", forms[nxt] in _SAYING, negated), nxt + 1
        return None, k + 1
    if (
        form in _BE
        and nxt + 2 < end
        and forms[nxt] in (_INTENT | _BE_INTENT)
        and forms[nxt + 1] == "to"
        and _verb_like(forms[nxt + 2])
    ):  # is set to vote, is due to arrive
        return VerbGroup(k, nxt + 3, "planned", False, negated), nxt + 3
    if form in _INTENT and k + 2 < end and forms[k + 1] == "to" and _verb_like(forms[k + 2]):
        before = forms[k - 1] if k else ""
        if before not in ("the", "a", "an", "this", "its", "their", "his", "her"):  # "the plan to", "a promise to"
            return VerbGroup(k, k + 3, "planned", False), k + 3
    if form in _HAVE and nxt < end and _participle(forms[nxt]) and forms[nxt] not in _INTENT:
        last = nxt
        if forms[nxt] == "been":
            if not (nxt + 1 < end and _participle(forms[nxt + 1])):
                return None, nxt + 1  # "had been too busy": a state, not an event
            last = nxt + 1  # has been arrested
        if forms[last] in _INTENT and last + 1 < end and forms[last + 1] == "to":
            return None, k + 1
        return VerbGroup(k, last + 1, "done", forms[last] in _SAYING, negated), last + 1
    if form in ("was", "were") and nxt < end and _participle(forms[nxt]) and forms[nxt] != "been":
        if nxt + 1 < end and forms[nxt + 1] == "to":
            if forms[nxt] in _INTENT and nxt + 2 < end and _verb_like(forms[nxt + 2]):  # was not expected to reopen
                return VerbGroup(k, nxt + 3, "planned", False, negated), nxt + 3
            return None, k + 1  # was forced to
        return VerbGroup(k, nxt + 1, "done", forms[nxt] in _SAYING, negated), nxt + 1
    if (forms[k].endswith("ed") and len(forms[k]) > 4) or forms[k] in _IRREGULAR:
        if capital[k] or (k + 1 < end and forms[k + 1] in ("by", "to")):
            return None, k + 1  # a name, a passive without its auxiliary (killed by), "forced to"
        back = k - 1
        while back >= 0 and forms[back].endswith("ly") and len(forms[back]) > 4:
            back -= 1
        if back >= 0 and forms[back] not in _NOT_SUBJECT and forms[back] not in _NEGATION:
            return VerbGroup(k, k + 1, "done", forms[k] in _SAYING), k + 1
    return None, k + 1


def sentences(side: ItemSide) -> list[tuple[int, int]]:
    """The token ranges of the side's sentences (its passages, each split at full stops)."""
    out: list[tuple[int, int]] = []
    for start, end in side.spans:
        first = bisect_left(side.token_starts, start)
        stop = bisect_right(side.token_starts, end - 1)
        k = first
        for n in range(first + 1, stop):
            gap = side.text[side.tokens[n - 1].end : side.tokens[n].start]
            if (
                ("." in gap or "!" in gap or "?" in gap)
                and side.tokens[n].text[:1].isupper()
                and not _abbreviated(side, n - 1)
            ):
                out.append((k, n))
                k = n
        if k < stop:
            out.append((k, stop))
    return out


def _abbreviated(side: ItemSide, k: int) -> bool:
    """Whether a full stop after token ``k`` closes an abbreviation (``U.S.``, ``Sen.``, an initial), not a sentence."""
    text = side.tokens[k].text
    return text.endswith(".") or (len(text) <= 3 and text[:1].isupper()) or "." in text


_FORWARD = frozenset(
    """to will would could may might should can must shall plans plan expected set poised likely eyes weighs mulls
    considers seeks""".split()  # noqa: SIM905
)
"""Headline words that leave open whether the event happened."""


_AHEAD = _FUTURE | _INTENT | _BE_INTENT


def looks_ahead(side: ItemSide) -> bool:
    """Whether the side holds a word that can open a planned group (``will``, ``set``, ``plans``…): without one on
    either side, no passage tells a plan (a cheap test before reading the verb groups)."""
    return any(_clitic(t.text.translate(QUOTES).casefold()) in _AHEAD for t in side.tokens)


class Verbs:
    """The verb groups of one side with a known modality, sentence by sentence (read once, asked many times)."""

    def __init__(self, side: ItemSide) -> None:
        self.side = side
        tokens = side.tokens
        quoted = quoted_spans(side)
        inside = [any(a <= t.start < b for a, b in quoted) for t in tokens] if quoted else [False] * len(tokens)
        forms = [_form(t.text) for t in tokens]
        capital = [t.text[:1].isupper() for t in tokens]
        self.forms = forms
        self.sentences = sentences(side)
        self.groups: list[VerbGroup] = []
        """Every group, in reading order; quoted words are never part of one."""
        for first, end in self.sentences:
            k = first
            while k < end:
                if inside[k]:
                    k += 1
                    continue
                group, k = _group_at(forms, capital, k, end)
                if group is not None and not inside[group.end - 1]:
                    self.groups.append(group)

    def within(self, first: int, end: int) -> list[VerbGroup]:
        """The groups inside tokens ``[first, end)``."""
        return [g for g in self.groups if first <= g.first and g.end <= end]

    def governing(self, token: int) -> VerbGroup | None:
        """The verb group a word belongs to: the nearest claim verb before it in its sentence, else the first after;
        ``None`` when that group is negated (``had not sent … 1,500``) or there is none."""
        for first, end in self.sentences:
            if first <= token < end:
                chunk = self._relative_chunk(first, end, token)
                if chunk is not None:  # ", which grants him $1.375 billion": the clause's own verb governs
                    first, end = chunk
                groups = [g for g in self.within(first, end) if not g.saying]
                before = [g for g in groups if g.end <= token]
                later = [g for g in groups if g.first > token]
                found = before[-1] if before else later[0] if later else None
                if found is not None and found.end <= token and self._participle_between(found.end, token):
                    return None  # "approved a bill raising the age from 63 to 65": the figure is the bill's
                return None if found is None or found.negated or found.modality == "other" else found
        return None

    def _participle_between(self, first: int, end: int) -> bool:
        """Whether a participle in *-ing* that heads a clause of its own (``a bill raising the age``; not
        ``including``, ``totaling``) stands in tokens ``[first, end)``."""
        return any(
            self.forms[k].endswith("ing")
            and len(self.forms[k]) > 4
            and self.forms[k] not in _LINKING_ING
            and not self.side.tokens[k].text[:1].isupper()
            for k in range(first, end)
        )

    def _relative_chunk(self, first: int, end: int, token: int) -> tuple[int, int] | None:
        """The token range of the relative clause (``, which …``) holding ``token``, if it sits in one."""
        side, tokens = self.side, self.side.tokens
        a = token
        while a > first and "," not in side.text[tokens[a - 1].end : tokens[a].start]:
            a -= 1
        if self.forms[a] not in _RELATIVE and self.forms[a] != "that":
            return None
        b = token + 1
        while b < end and "," not in side.text[tokens[b - 1].end : tokens[b].start]:
            b += 1
        return a, b

    def claims(self) -> tuple[list[VerbGroup], set[Modality]]:
        """The claim of each sentence with a known modality (its main clause's first verb group that does not frame a
        claim, like ``said`` or ``believes``, and is not negated), and every modality the main clauses hold, negated
        groups included (``was closed and was not expected to reopen`` looks back and ahead)."""
        out: list[VerbGroup] = []
        modalities: set[Modality] = set()
        for first, end in self.sentences:
            claim: VerbGroup | None = None
            for a, b in self._main_clause(first, end):
                found = [g for g in self.within(a, b) if not g.saying and g.modality != "other"]
                modalities.update(g.modality for g in found)
                if claim is None:
                    claim = next((g for g in found if not g.negated), None)
            if claim is not None:
                out.append(claim)
        return out, modalities

    def _main_clause(self, first: int, end: int) -> list[tuple[int, int]]:
        """The token ranges of a sentence that hold its main clause: an opening subordinate clause (``As …,``) and
        relative clauses between commas (``, which …,``) left out."""
        side, tokens = self.side, self.side.tokens
        pieces: list[tuple[int, int]] = []
        k = first
        for n in range(first + 1, end + 1):
            if n == end or "," in side.text[tokens[n - 1].end : tokens[n].start]:
                pieces.append((k, n))
                k = n
        out: list[tuple[int, int]] = []
        for index, (a, b) in enumerate(pieces):
            while a < b - 1 and tokens[a].text.isupper() and len(tokens[a].text) > 1:
                a += 1  # a dateline (WASHINGTON —)
            word = self.forms[a]
            opening = word in _SUBORDINATE or (word.endswith(("ing", "ed")) and len(word) > 4)
            if index == 0 and opening and len(pieces) > 1:
                continue
            if index > 0 and word in _RELATIVE:
                continue
            out.append((a, b))
        return out

    def about(self, group: VerbGroup, words: int = 8) -> frozenset[str]:
        """The content terms of a group's verb and of the words after it in its clause (what the claim is about)."""
        side, tokens = self.side, self.side.tokens
        end = group.end
        while end < min(len(tokens), group.end + words) and not re.search(
            r"[,;:()\"“”—–―.!?]", side.text[tokens[end - 1].end : tokens[end].start]
        ):
            end += 1
        return frozenset(t.norm for t in side.terms_between(group.end - 1, end) if t.kind != "stop")

    def verb(self, group: VerbGroup) -> str:
        """The stem of a group's main verb (``vote`` for ``is set to vote`` and for ``voted``)."""
        found = self.side.terms_between(group.end - 1, group.end)
        return found[0].norm if found else self.forms[group.end - 1]

    @property
    def question(self) -> bool:
        """Whether the side asks a question."""
        return any("?" in self.side.text[a:b] for a, b in self.side.spans)

    def headline_done(self) -> bool:
        """Whether a headline tells of a done thing: headlines put past events in the present (``Senate Overrides
        Veto``), so one with no word looking ahead and no question counts as done."""
        return not any(f in _FORWARD for f in self.forms) and not self.question


__all__ = ["Modality", "VerbGroup", "Verbs", "looks_ahead", "past_form", "sentences"]
