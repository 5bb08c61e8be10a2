"""Which parts of an article the aligner pairs: a light module, so a reader can lay out before aligning."""

from __future__ import annotations

from core.models import Article, Role

TEXT_ROLES: tuple[Role, ...] = ("title", "standfirst", "body")
"""The roles the aligner reads: headlines pair with headlines, standfirsts with standfirsts, body with body."""


def linked_roles(left: Article, right: Article) -> frozenset[Role]:
    """The roles whose segments may be in an aligned item: all body text, and the headline or standfirst
    when both articles have one (two headlines always pair; two standfirsts only when they share content).

    A reader uses it to keep room for the verdict markers before the alignment is known.
    """
    roles: set[Role] = {"body"}
    for role in TEXT_ROLES[:2]:
        if any(s.role == role for s in left.segments) and any(s.role == role for s in right.segments):
            roles.add(role)
    return frozenset(roles)
