"""The aligner on hand-built articles: verdicts, roles, titles, groups, reading order and summary figures."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest

from core.align import matching
from core.align.aligner import align, swap_sides
from core.align.matching import Passages, match
from core.align.settings import AlignSettings
from core.align.similarity import Scored
from core.errors import AlignmentError
from core.models import Article, Role, Segment
from core.reading.load import load_article


def build(paragraphs: Sequence[Sequence[str]], *, roles: Sequence[Role] = (), path: str = "a") -> Article:
    """An article from paragraphs of sentences; the first ``len(roles)`` paragraphs get those roles."""
    text = ""
    segments: list[Segment] = []
    for index, sentences in enumerate(paragraphs):
        if text:
            text += "\n\n"
        role: Role = roles[index] if index < len(roles) else "body"
        for k, sentence in enumerate(sentences):
            if k:
                text += " "
            start = len(text)
            text += sentence
            segments.append(Segment(f"s{len(segments) + 1}", sentence, start, len(text), index, role))
    return Article(path=path, text=text, segments=tuple(segments))


def texts(article: Article, ids: Sequence[str]) -> tuple[str, ...]:
    """The texts of some segments."""
    return tuple(article.segment(i).text for i in ids)


LEFT = build(
    [
        ["Seoul summons Russian envoy over North Korean troops"],
        ["South Korea summoned the Russian ambassador Georgy Zinoviev on Monday over the troop deployment."],
        ["Fans of the Tigers celebrated late into the night after the baseball final."],
        ["The Kremlin spokesman Dmitry Peskov said the reports were contradictory."],
        ["Intelligence officials said North Korea had sent 1,500 special forces to Vladivostok."],
    ],
    roles=["title"],
    path="left",
)
RIGHT = build(
    [
        ["South Korea summons Russian envoy over North Korean troop deployment"],
        ["Intelligence officials believe North Korea sent 12,000 soldiers to Vladivostok."],
        ["South Korea summoned Russian ambassador Georgy Zinoviev on Monday over the deployment of troops."],
        ["Photo: a ship in the port of Vladivostok."],
        ["Gold prices climbed in Asian trading as the dollar weakened."],
    ],
    roles=["title", "body", "body", "caption"],
    path="right",
)


def test_reordered_paragraphs_are_linked() -> None:
    """The alignment is not monotonic: the right report's second paragraph is the left's last."""
    alignment = align(LEFT, RIGHT)
    linked = {(texts(LEFT, it.left), texts(RIGHT, it.right)) for it in alignment.items if it.left and it.right}
    assert (texts(LEFT, ["s2"]), texts(RIGHT, ["s3"])) in linked
    assert (texts(LEFT, ["s5"]), texts(RIGHT, ["s2"])) in linked


def test_same_fact_agrees_and_different_numbers_differ() -> None:
    """Reworded equal facts agree; 1,500 special forces vs 12,000 soldiers differ, numbers shown."""
    alignment = align(LEFT, RIGHT)
    by_left = {it.left: it for it in alignment.items if it.left}
    assert by_left[("s2",)].verdict == "agree"
    numbers = by_left[("s5",)]
    assert numbers.verdict == "differ"
    reason = next(r for r in numbers.reasons if r.kind == "number")
    assert reason.left == ("1,500 special forces",)
    assert reason.right == ("12,000 soldiers",)


def test_one_sided_passages_and_clutter() -> None:
    """Unmatched body sentences are one-sided; a caption is never paired nor listed."""
    alignment = align(LEFT, RIGHT)
    verdicts = {(it.left, it.right): it.verdict for it in alignment.items}
    assert verdicts[(("s3",), ())] == "left-only"
    assert verdicts[((), ("s5",))] == "right-only"
    assert all("s4" not in it.right for it in alignment.items)  # the caption


def test_titles_pair_with_titles_only() -> None:
    """The headlines form one title item; body sentences never pair with a headline."""
    alignment = align(LEFT, RIGHT)
    titles = [it for it in alignment.items if it.kind == "title"]
    assert [(it.left, it.right) for it in titles] == [(("s1",), ("s1",))]
    assert alignment.items[0].kind == "title"
    assert all(it.kind == "body" for it in alignment.items[1:])


def test_summary_counts_body_items_and_coverage() -> None:
    """Counts per verdict cover body items only; coverage is the linked share of body words."""
    alignment = align(LEFT, RIGHT)
    body = [it for it in alignment.items if it.kind == "body"]
    assert sum(alignment.summary.counts.values()) == len(body)
    words = {s.id: len(s.text.split()) for s in LEFT.body}
    linked = sum(words[s] for it in body if it.right for s in it.left)
    assert alignment.summary.left_coverage == pytest.approx(linked / sum(words.values()))
    assert 0 < alignment.summary.right_coverage < 1


def test_reading_order_follows_the_left_article() -> None:
    """Items step through the left article in order; a right-only item sits after its right neighbour."""
    alignment = align(LEFT, RIGHT)
    firsts = [LEFT.segments.index(LEFT.segment(it.left[0])) for it in alignment.items if it.left]
    assert firsts == sorted(firsts)
    order = [(it.left, it.right) for it in alignment.items]
    # the right-only sentence (right s5) follows the item of right s3, its nearest linked predecessor
    assert order.index(((), ("s5",))) == order.index((("s2",), ("s3",))) + 1


def test_one_sentence_split_in_two_forms_one_group() -> None:
    """A long sentence on one side and its two halves on the other make one 1:2 item."""
    left = build([["The ministry summoned ambassador Zinoviev and demanded the withdrawal of the troops."]])
    right = build(
        [
            [
                "The ministry summoned ambassador Zinoviev on Monday.",
                "It demanded the withdrawal of the troops.",
            ]
        ]
    )
    items = [it for it in align(left, right).items if it.left and it.right]
    assert [(it.left, it.right) for it in items] == [(("s1",), ("s1", "s2"))]


def test_two_weak_halves_that_together_tell_one_sentence_link_to_it() -> None:
    """Neither half reaches the link threshold alone; together they say what the other side's sentence says, beside
    each other or in two paragraphs."""
    left = build(
        [
            [
                "Officials evacuated 9,200 residents from riverside towns on Sunday, civil protection said.",
                "Most were taken to schools and sports halls in Hallig, the regional capital.",
            ]
        ]
    )
    right = build(
        [["More than 11,000 residents were evacuated on Sunday, with many sleeping in school gymnasiums in Hallig."]]
    )
    items = [(it.left, it.right) for it in align(left, right).items if it.left and it.right]
    assert items == [(("s1", "s2"), ("s1",))]
    mirrored = [(it.left, it.right) for it in align(right, left).items if it.left and it.right]
    assert mirrored == [(("s1",), ("s1", "s2"))]
    apart = build(
        [
            ["Officials evacuated 9,200 residents from riverside towns on Sunday, civil protection said."],
            ["Most were taken to schools and sports halls in Hallig, the regional capital."],
        ]
    )
    far = [(it.left, it.right) for it in align(apart, right).items if it.left and it.right]
    assert far == [(("s1", "s2"), ("s1",))]  # in two paragraphs: each other's best matches, so still one item


def test_far_halves_link_only_as_each_others_best_match() -> None:
    """Two sentences in different paragraphs join the other side's sentence they tell together only when that
    sentence is the best match of each: a half that another sentence matches better goes there instead."""
    left = build(
        [
            ["Officials evacuated 9,200 residents from riverside towns on Sunday, civil protection said."],
            ["Most were taken to schools and sports halls in Hallig, the regional capital."],
        ]
    )
    whole = "More than 11,000 residents were evacuated on Sunday, with many sleeping in school gymnasiums in Hallig."
    rival = "Schools and sports halls in Hallig, the regional capital, took in most of them."
    items = [(it.left, it.right) for it in align(left, build([[whole], [rival]])).items if it.left and it.right]
    assert (("s1", "s2"), ("s1",)) not in items
    assert (("s2",), ("s2",)) in items


def test_shared_function_words_never_link() -> None:
    """Two unrelated sentences that share only 'said', 'the', 'that' stay one-sided."""
    left = build([["The minister said that the plan was ready."]])
    right = build([["The coach said that the team was tired."]])
    assert [it.verdict for it in align(left, right).items] == ["left-only", "right-only"]


def test_swap_mirrors_exactly() -> None:
    """swap_sides gives exactly what aligning the other way round gives."""
    assert swap_sides(align(LEFT, RIGHT)) == align(RIGHT, LEFT)
    assert swap_sides(swap_sides(align(LEFT, RIGHT))) == align(LEFT, RIGHT)


def test_settings_are_recorded_and_checked() -> None:
    """The alignment records its settings; out-of-range settings are a clear error."""
    assert align(LEFT, RIGHT).settings["link_threshold"] == AlignSettings().link_threshold
    with pytest.raises(AlignmentError, match="link_threshold"):
        AlignSettings(link_threshold=1.5)


def test_empty_bodies_align_to_nothing() -> None:
    """Articles with no body text give no body items and zero coverage, not an error."""
    empty = build([["Only a headline"]], roles=["title"])
    alignment = align(empty, empty)
    assert [it.kind for it in alignment.items] == ["title"]
    assert alignment.summary.left_coverage == 0.0


def test_weak_links_need_a_clear_mutual_best_match() -> None:
    """Below the link threshold, only a pair that is each other's clear best match (and shares content) links."""
    config = AlignSettings()
    weak = (config.mutual_threshold + config.link_threshold) / 2
    bag = frozenset({"kremlin", "troop", "deny"})
    side = Passages([bag, bag, bag, frozenset({"kremlin"})], [0, 1, 2, 3], ["a", "b", "c", "d"])
    scored = Scored(
        np.array([0, 0, 1, 1, 2, 3]),
        np.array([0, 1, 0, 1, 2, 3]),
        np.array([weak, 0.1, weak - 0.01, weak, weak, weak]),
    )
    groups = match(scored, side, side, {}, config)
    # 0-0 and 1-1 have look-alike runners-up; 3-3 shares one word only; 2-2 is a clear, content-sharing best match
    assert [(g.left, g.right) for g in groups] == [([2], [2])]


def test_the_same_words_from_another_speaker_stay_apart() -> None:
    """Two people quoted with the same words are two statements: only the matching one links."""
    left = build(
        [
            ["Mary Cheney criticized her sister on Friday.", "“Freedom means freedom for everyone,” she continued."],
            ["Her sister Liz disagreed with the post."],
            ["“I think that freedom means freedom for everyone,” the former vice president said in 2009."],
        ]
    )
    right = build([["Mary Cheney wrote on Facebook: “Freedom means freedom for everyone.”"]])
    items = align(left, right).items
    assert next(it for it in items if "s2" in it.left).right == ("s1",)
    assert next(it for it in items if "s4" in it.left).verdict == "left-only"


def test_an_acronym_in_one_report_is_the_name_spelled_out_in_the_other() -> None:
    """'the NCSC' ~ 'the National Cyber Security Centre': the passages link, and the name is no 'only one side'
    entity."""
    left = build([["The NCSC said it was working with the hospital to restore its systems."]])
    right = build(
        [
            ["The National Cyber Security Centre said it was working with the hospital to restore its systems."],
            ["Surgeons postponed dozens of operations."],
        ]
    )
    item = next(it for it in align(left, right).items if it.left)
    assert item.right == ("s1",)
    assert item.verdict == "agree", item.reasons


def test_standfirsts_pair_only_when_both_have_one() -> None:
    """Standfirst with standfirst when both exist; a standfirst on one side only is in no item."""
    left = build(
        [["Seoul summons envoy"], ["Seoul demands the withdrawal of troops"], ["The ministry summoned the envoy."]],
        roles=["title", "standfirst"],
    )
    right = build(
        [["Seoul summons Russian envoy"], ["Seoul wants troops withdrawn"], ["The ministry summoned the envoy."]],
        roles=["title", "standfirst"],
    )
    kinds = [it.kind for it in align(left, right).items]
    assert kinds[:2] == ["title", "standfirst"]
    no_standfirst = build([["Seoul summons Russian envoy"], ["The ministry summoned the envoy."]], roles=["title"])
    kinds = [it.kind for it in align(left, no_standfirst).items]
    assert "standfirst" not in kinds
    assert all("s2" not in it.left for it in align(left, no_standfirst).items)


def test_standfirsts_that_share_nothing_are_no_pair_but_headlines_always_are() -> None:
    """Two standfirsts with no content in common (one of them a caption or a teaser the page put there) are in no
    item, so the reader shows no "differ" between two unrelated lines; the headlines still pair."""
    left = build(
        [["Doobie Brothers reunite for a summer show"], ["The band performs at the Beacon."], ["The tour opens."]],
        roles=["title", "standfirst"],
    )
    right = build(
        [["Doobie Brothers tour with McDonald"], ["Watch Goldblum play jazz on late-night TV"], ["The tour opens."]],
        roles=["title", "standfirst"],
    )
    items = align(left, right).items
    assert [it.kind for it in items if it.left and it.right][:1] == ["title"]
    assert "standfirst" not in [it.kind for it in items]
    assert all("s2" not in it.left and "s2" not in it.right for it in items)


def test_right_only_passages_before_any_link_come_first() -> None:
    """A right-only sentence with no linked sentence before it goes just before the item of the next one."""
    left = build([["The ministry summoned ambassador Zinoviev over the troops."]])
    right = build([["Gold prices climbed in Asian trading."], ["The ministry summoned ambassador Zinoviev."]])
    order = [(it.left, it.right) for it in align(left, right).items]
    assert order == [((), ("s1",)), (("s1",), ("s2",))]


def test_a_weak_clear_match_links_when_its_paragraph_neighbours_are_linked() -> None:
    """'The museum will stay closed…' ~ 'The gallery is expected to stay closed for now, according to its owners,
    who…' is a weak match; right after two linked opening sentences in both paragraphs, it is the same passage. Told in
    paragraphs of their own, the same two sentences have no such anchor and stay one-sided."""
    opening_left = "Thieves stole three paintings from the Vellacourt Museum in Ashbridge early on Monday morning."
    opening_right = "Three paintings were stolen from Ashbridge's Vellacourt Museum in a raid early on Monday morning."
    closed = "The museum will stay closed to visitors until further notice."
    shut = (
        "The gallery is expected to stay closed for now, according to its owners, who said detectives were still "
        "examining every room."
    )

    def linked_pairs(left: Article, right: Article) -> set[tuple[str, str]]:
        return {
            (left.segment(i).text, right.segment(j).text)
            for item in align(left, right).items
            for i in item.left
            for j in item.right
        }

    together = linked_pairs(build([[opening_left, closed]]), build([[opening_right, shut]]))
    assert (opening_left, opening_right) in together
    assert (closed, shut) in together
    apart = linked_pairs(build([[opening_left], [closed]]), build([[opening_right], [shut]]))
    assert (opening_left, opening_right) in apart
    assert (closed, shut) not in apart


def test_a_short_sentence_does_not_gather_every_passage_that_repeats_its_words() -> None:
    """``This is about the Harbour Council.`` has two content words: it may take one counterpart, not every
    sentence of the other report that mentions the council."""
    left = build(
        [
            ['"This is about the Harbour Council.'],
            ["Fishermen blocked the port road on Tuesday to protest against new quotas."],
        ]
    )
    right = build(
        [
            ["The Harbour Council, when pressed on the matter, had been vague about it."],
            ["Spokesmen for the Harbour Council declined repeated requests for comment on Tuesday."],
            ["The Harbour Council looked for ways to follow through on its promise."],
            ["Fishermen blocked the port road on Tuesday in protest at new quotas."],
        ]
    )
    items = [it for it in align(left, right).items if it.left == ("s1",)]
    assert items
    assert len(items[0].right) <= 1
    uncapped = [
        it for it in align(left, right, settings=AlignSettings(group_terms_per_member=0)).items if it.left == ("s1",)
    ]
    assert len(uncapped[0].right) > 1  # without the cap the short sentence gathers them


def test_a_line_too_short_to_score_links_when_both_reports_quote_it_between_linked_lines() -> None:
    """'Why?' holds no content word, yet two reports quoting one ad repeat it between lines they share: it links
    there, and a 'Why?' that stands elsewhere stays one-sided."""
    ad = [
        "“You paid into Medicare for years, every paycheck,” the advertisement says about the health plan.",
        "Why?",
        "To pay for the new health care law, the advertisement says.",
    ]
    left = build([ad, ["The campaign released the advertisement in three swing states on Tuesday evening."]])
    right = build([ad, ["Why?", "Nobody on the campaign would say where the money for it came from."]])
    items = [(it.left, it.right) for it in align(left, right).items if it.left and it.right]
    assert (("s2",), ("s2",)) in items
    assert not any("s5" in r for _, r in items)
    moved = build([[ad[0]], ["Why?"], [ad[2]]])  # not within a paragraph of the linked lines: no anchor
    assert not [it for it in align(moved, right).items if it.left == ("s2",) and it.right]


def _linked_together(left: Article, right: Article, left_text: str, right_text: str) -> bool:
    """Whether the passages starting with these texts lie in one item with both sides."""
    for item in align(left, right).items:
        if item.left and item.right:
            ltexts, rtexts = texts(left, item.left), texts(right, item.right)
            if any(t.startswith(left_text) for t in ltexts) and any(t.startswith(right_text) for t in rtexts):
                return True
    return False


def test_a_passage_that_prints_words_the_other_report_quotes_joins_its_passage() -> None:
    """One report sums up a statement in one sentence; the other quotes it in two. The second quotation shares few
    words with the summary as a whole, but it prints word for word what the summary quotes ('will be vindicated'),
    and the one it quotes (the spokesman) is one the other report names: it is the same statement, so it joins the
    summary's item."""
    left = build(
        [
            ["The mayor's office confirmed on Friday that the city auditor will look into the harbour lease."],
            ['A statement from her spokesman said the mayor "denies any wrongdoing" and "will be vindicated."'],
        ]
    )
    right = build(
        [
            ["The city auditor is opening an inquiry into the harbour lease, the mayor's office confirmed on Friday."],
            ["The mayor denies any wrongdoing."],
            [
                '"When the dust settles, she will be vindicated," the spokesman added, "and until then she will go on '
                'serving the people of this town with the energy they elected her for."'
            ],
        ]
    )
    assert _linked_together(left, right, "A statement from", "The mayor denies")
    assert _linked_together(left, right, "A statement from", '"When the dust settles')
    mirrored = swap_sides(align(left, right))
    assert mirrored == align(right, left)


def test_two_people_quoted_with_the_same_words_stay_apart() -> None:
    """The same short quotation in the mouths of two people is two statements, not one: a union official ('"This
    should never have happened," she said', named only by a pronoun) and a neighbour ('Ravi Sandhu, said: "This
    should never have happened so close to where families live."'), a club's owner and its captain ('results
    have not been good enough' / 'performances "have not been good enough"'), a minister and a protest's organiser
    ('"opened a new chapter"' / '"opened a new chapter of betrayal"', the organiser named by one report only)."""
    pairs = Path(__file__).resolve().parent.parent / "bench" / "pairs"
    for name, left_text, right_text in (
        ("o-p1", "“This should never have happened,” she said.", "Another neighbour, Ravi Sandhu, said"),
        ("k-p2", '"Lukas is a fine coach', "Captain Jordan Mbeki admitted"),
        ("m-p2", "Rinaldi hailed the agreement", "Protest organiser Jana Mirek said"),
    ):
        left, right = (load_article(pairs / f"{name}-{side}.txt") for side in ("left", "right"))
        assert not _linked_together(left, right, left_text, right_text)


def test_the_search_for_shared_quotations_stops_at_its_budget_wherever_the_passages_stand(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Thousands of quotations against one enormous passage cost no more than the search's budget of characters,
    and what the search finds within it does not depend on the order of the passages."""
    quoting = [f'She said "{word} harbour lease" on Friday.' for word in ("amber", "bronze", "cobalt", "dune")]
    printed = " ".join(f"the {word} harbour lease" for word in ("amber", "bronze", "cobalt", "dune")) * 50
    right = Passages([frozenset()], [0], [printed])
    everything = matching._shared_quotes(Passages([frozenset()] * 4, [0, 1, 2, 3], quoting), right)
    assert everything == [(0, 0), (1, 0), (2, 0), (3, 0)]
    monkeypatch.setattr(matching, "SHARED_QUOTE_WORK", 2 * len(printed) + 10)  # room for two searches
    found = matching._shared_quotes(Passages([frozenset()] * 4, [0, 1, 2, 3], quoting), right)
    shuffled = [quoting[k] for k in (3, 1, 0, 2)]
    again = matching._shared_quotes(Passages([frozenset()] * 4, [0, 1, 2, 3], shuffled), right)
    assert len(found) == 2
    assert sorted(quoting[i] for i, _ in found) == sorted(shuffled[i] for i, _ in again)
