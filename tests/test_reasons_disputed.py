"""Reasons a fact-checker would not dispute: each figure with what it counts, done against planned, a source named on
one side only; and no reason where the two reports say the same thing (a unit conversion, an apposition, a person's
family described)."""

from __future__ import annotations

from core.align.aligner import align
from core.models import AlignedItem, Article, Reason
from tests.conftest import make_article


def article(*sentences: str) -> Article:
    """A one-paragraph article of body sentences."""
    return make_article([("body", sentence) for sentence in sentences], path="x")


def linked(left: Article, right: Article, kind: str = "body") -> AlignedItem:
    """The one linked item of the given kind."""
    items = [it for it in align(left, right).items if it.left and it.right and it.kind == kind]
    assert len(items) == 1
    return items[0]


def reason(item: AlignedItem, kind: str) -> Reason | None:
    return next((r for r in item.reasons if r.kind == kind), None)


def test_each_figure_says_what_it_counts_and_whether_it_is_done() -> None:
    """12,000 special forces against 12,000 soldiers of whom 1,500 are special forces; 1,500 sent against 1,500 to be
    deployed."""
    item = linked(
        article(
            "The spy agency said last week that the regime had sent a first group of 1,500 special forces to the "
            "border for training. On Friday the agency said the regime planned to send about 12,000 special forces "
            "to the front."
        ),
        article(
            "The agency said it believes the regime will deploy four brigades totaling 12,000 soldiers to the front, "
            "including 1,500 special forces."
        ),
    )
    numbers = reason(item, "number")
    assert numbers is not None
    assert numbers.left == ("about 12,000 special forces",)
    assert numbers.right == ("four brigades", "12,000 soldiers … including 1,500 special forces")
    planned = reason(item, "planned")
    assert planned is not None
    assert planned.left == ("had sent … 1,500 special forces",)
    assert planned.right == ("will deploy … including 1,500 special forces",)
    assert planned.describe("A", "B").startswith("Planned or done: A has had sent")


def test_a_headline_that_plans_is_not_one_that_reports_it_done() -> None:
    """'Set to Approve' against 'approves … in first vote': nearly every word differs, and one is still to happen."""
    item = linked(
        make_article([("title", "Council Set to Approve Harbour Levy for Cruise Ships"), ("body", "It was debated.")]),
        make_article([("title", "Council approves harbour levy on cruise ships in first vote"), ("body", "Debated.")]),
        kind="title",
    )
    assert item.verdict == "differ"
    found = reason(item, "planned")
    assert found is not None
    assert found.left == ("Set to Approve",)
    assert found.right == ()
    assert found.describe("A", "B") == "Planned or done: A has Set to Approve, still to come; B tells it as done"


def test_a_headline_that_asks_plans_nothing() -> None:
    """'…, but Will It Last?' is a question, not a plan."""
    item = linked(
        make_article([("title", "Harbour Deal Brings Rare Calm to the Council, but Will It Last?"), ("body", "Calm.")]),
        make_article([("title", "Harbour deal brings calm to the council"), ("body", "It was calm.")]),
        kind="title",
    )
    assert reason(item, "planned") is None


def test_a_vote_to_come_is_not_a_vote_held() -> None:
    """'is set to vote' against 'voted': the same claim, told as planned and as done."""
    item = linked(
        article("The city council is set to vote on Tuesday to approve the new harbour levy on cruise ships."),
        article("The city council voted on Tuesday to approve the new harbour levy on cruise ships."),
    )
    found = reason(item, "planned")
    assert found is not None
    assert (found.left, found.right) == (("is set to vote",), ("voted",))
    assert item.verdict == "differ"


def test_plans_on_both_sides_or_a_plan_in_a_side_clause_are_no_difference() -> None:
    """Two plans told in other words agree; 'which will take effect' is not the sentence's claim."""
    both = linked(
        article("The city council will vote on Tuesday on the new harbour levy on cruise ships."),
        article("The city council is expected to vote on Tuesday on the new harbour levy on cruise ships."),
    )
    assert reason(both, "planned") is None
    aside = linked(
        article("The harbour levy, which will take effect in May, was approved by the city council on Tuesday."),
        article("The city council approved the harbour levy on Tuesday after a long debate."),
    )
    assert reason(aside, "planned") is None


def test_a_figure_in_a_participle_clause_is_not_the_main_verb_s() -> None:
    """'approved a levy raising the fee from 12 to 15 euros' and 'the levy, which will raise the fee to 15 euros from
    12, was approved': both tell the approval done and the rise to come; the figures are the levy's, not the vote's."""
    item = linked(
        article("The harbour council on Thursday approved a levy raising the mooring fee from 12 to 15 euros."),
        article("The levy, which will gradually raise the mooring fee to 15 euros from 12, was approved on Thursday."),
    )
    assert reason(item, "planned") is None


def test_a_source_or_a_quantity_on_one_side_only_is_listed_on_an_agree() -> None:
    """'…, the Harbour Gazette reported' and 'thousands of' on one side only: the claim rests on a named source there,
    and only one report gives a number. Both are listed; neither tells the claim otherwise, so the item agrees (as
    careful readers of real pairs, and the seed pair's reference, judge such a pair)."""
    item = linked(
        article(
            "Lusmark summoned the Veltrian envoy to protest the dispatch of thousands of naval engineers to the isles."
        ),
        article(
            "Lusmark summoned the Veltrian envoy to protest the dispatch of naval engineers to the isles, the Harbour "
            "Gazette reported."
        ),
    )
    assert item.verdict == "agree"
    numbers = reason(item, "number")
    assert numbers is not None
    assert numbers.left == ("thousands of naval engineers",)
    source = reason(item, "attribution")
    assert source is not None
    assert (source.left, source.right) == ((), ("the Harbour Gazette reported",))


def test_a_quoted_speaker_on_one_side_is_left_to_the_quotation() -> None:
    """'"…," Kim said' against 'the diplomat "condemned …"': the same words from one person, no attribution reason."""
    item = linked(
        article('"We condemn the illegal dispatch of engineers in the strongest terms," Hale said on Monday.'),
        article('The Lusmark diplomat "condemned in the strongest terms the illegal dispatch of engineers".'),
    )
    assert reason(item, "attribution") is None


def test_a_measure_in_other_units_is_the_same_figure() -> None:
    """50 miles is 80 kilometres, 104F is 40C, and '£10m ($13m)' gives the $13m the other report has."""
    cases = [
        ("The wildfire has spread over 50 miles of forest.", "The wildfire has spread over 80 kilometres of forest."),
        ("Temperatures in the valley reached 104F on Saturday.", "Temperatures in the valley reached 40C on Saturday."),
        ("The club paid £10m ($13m) for the striker on the final day.", "The club paid $13m for the striker."),
    ]
    for left, right in cases:
        assert reason(linked(article(left), article(right)), "number") is None, left
    other = linked(
        article("The wildfire has spread over 50 miles of forest since Sunday."),
        article("The wildfire has spread over 50 kilometres of forest since Sunday."),
    )
    assert reason(other, "number") is not None


def test_an_apposition_is_the_speaker_it_describes() -> None:
    """'Farouk, head of the health authority, said' is Farouk speaking, not a second source."""
    item = linked(
        article("Nadia Farouk, head of the regional health authority, said the clinic would close next month."),
        article("Farouk said the clinic in the valley would close next month."),
    )
    assert reason(item, "attribution") is None
    role_first = linked(
        article("The regional health chief, Nadia Farouk, told reporters the clinic would close next month."),
        article("Farouk said the clinic in the valley would close next month."),
    )
    assert reason(role_first, "attribution") is None


def test_a_family_in_a_description_is_no_numeric_claim() -> None:
    """'one of the mayor's two daughters' and 'the two mayors' describe people; 'two engineers were hurt' is a
    claim."""
    item = linked(
        article(
            "Ines Morel, one of the mayor's two daughters, has criticised her sister's stance on the harbour levy."
        ),
        article("Ines Morel, the mayor's younger daughter, criticised her sister's stance on the harbour levy."),
    )
    assert reason(item, "number") is None
    named = linked(
        article("For the two mayors, a cordial friendship has soured over the harbour levy this year."),
        article("For Ines Morel and Tomas Hale, a cordial friendship has soured over the harbour levy."),
    )
    assert reason(named, "number") is None  # "the two mayors": people the report names, not a count
    claim = linked(
        article("Two engineers were hurt when the crane collapsed at the harbour on Monday."),
        article("Engineers were hurt when the crane collapsed at the harbour on Monday."),
    )
    assert reason(claim, "number") is not None


def test_a_number_that_names_a_bill_is_no_figure() -> None:
    """'SB 1062' and 'H.R. 3590' name bills; '1,062 votes' counts something."""
    named = linked(
        article("The state legislature passed the bill, known as SB 1062, last week after a long debate."),
        article("The state legislature passed the bill last week after a long debate."),
    )
    assert reason(named, "number") is None
    dotted = linked(
        article("The House passed H.R. 3590 on a party-line vote late on Sunday night."),
        article("The House passed the health bill on a party-line vote late on Sunday night."),
    )
    assert reason(dotted, "number") is None
    counted = linked(
        article("The state legislature passed the bill by 1062 votes last week after a long debate."),
        article("The state legislature passed the bill last week after a long debate."),
    )
    assert reason(counted, "number") is not None
    opening = linked(
        article("A 10 percent rise in the port levy was approved by the council on Monday."),
        article("A rise in the port levy was approved by the council on Monday."),
    )
    assert reason(opening, "number") is not None  # "A 10 percent": an article, not a series


def test_a_number_word_inside_a_name_is_no_figure() -> None:
    """'Ground Zero' and 'Air Force One' are places and planes; 'Zero' opening a sentence and 'zero' are figures."""
    named = linked(
        article("Reid said the Islamic centre should be built farther from Ground Zero, breaking with the president."),
        article("Reid said the Islamic centre should be built somewhere else, breaking with the president."),
    )
    assert reason(named, "number") is None
    plane = linked(
        article("The president flew home on Air Force One after the summit in the harbour city on Monday."),
        article("The president flew home after the summit in the harbour city on Monday."),
    )
    assert reason(plane, "number") is None
    label = linked(
        article("Candidates sought to inject the dispute over a centre near ground zero into the campaign on Monday."),
        article("Candidates sought to inject the dispute over the centre into the campaign on Monday."),
    )
    assert reason(label, "number") is None  # "ground zero": a place
    none_left = linked(
        article("The harbour levy fell to zero after the council vote on Monday, officials said."),
        article("The harbour levy fell after the council vote on Monday, officials said."),
    )
    assert reason(none_left, "number") is not None
    counted = linked(
        article("Officials said Three people were hurt when the crane collapsed at the harbour on Monday."),
        article("Officials said people were hurt when the crane collapsed at the harbour on Monday."),
    )
    assert reason(counted, "number") is not None  # capitalised, but after a lower-case word
    opening = linked(
        article("Three engineers were hurt when the crane collapsed at the harbour on Monday."),
        article("Engineers were hurt when the crane collapsed at the harbour on Monday."),
    )
    assert reason(opening, "number") is not None


def test_zero_before_a_singular_noun_is_an_idiom_not_a_figure() -> None:
    """'zero tolerance' and 'zero chance' say *none at all*; 'zero injuries' and 'zero percent' still count."""
    idiom = linked(
        article("The harbour master said the new levy sets zero precedent for the other ports on the coast."),
        article("The harbour master said the new levy sets no example for the other ports on the coast."),
    )
    assert reason(idiom, "number") is None
    chance = linked(
        article("The council said there was zero chance the ferry levy would rise before the spring, officials said."),
        article("The council said the ferry levy would not rise before the spring, officials said."),
    )
    assert reason(chance, "number") is None
    counted = linked(
        article("The harbour master said there were zero injuries when the crane collapsed on Monday."),
        article("The harbour master said there were injuries when the crane collapsed on Monday."),
    )
    found = reason(counted, "number")
    assert found is not None
    assert found.left == ("zero injuries",)
    share = linked(
        article("The council said the ferry levy would rise by zero percent in the spring, officials said."),
        article("The council said the ferry levy would rise in the spring, officials said."),
    )
    assert reason(share, "number") is not None


def test_a_part_of_a_whole_is_shown_with_the_whole() -> None:
    """'five of the ferries' says what the five are part of, where 'five' alone says nothing; it is still the same
    five as the other report's 'five boats', not a count of something else."""
    item = linked(
        article("The harbour board said 24 tugs were sent to the strait, and five of the ferries were held in port."),
        article("The harbour board said tugs were sent to the strait, and ferries were held in port on Monday."),
    )
    found = reason(item, "number")
    assert found is not None
    assert "five of the ferries" in found.left
    same = linked(
        article("The harbour board said five of the ferries were held in port after the storm on Monday."),
        article("The harbour board said five boats were held in port after the storm on Monday."),
    )
    assert reason(same, "number") is None


def test_how_many_sources_a_report_cites_is_no_figure_of_the_story() -> None:
    """'two people briefed on the talks said' against 'the harbour board said': a difference of sources, shown by the
    attribution reason, not a number on one side."""
    item = linked(
        article("The ferry strike will end on Monday, two people briefed on the talks have said."),
        article("The ferry strike will end on Monday, the Harbour Board said."),
    )
    assert reason(item, "attribution") is not None
    assert reason(item, "number") is None


def test_a_number_opening_a_sentence_is_no_part_of_a_name() -> None:
    """'Two Harrier jets joined…': the name is 'Harrier', not 'Two Harrier'."""
    item = linked(
        article("More than 40 crews fought the fire on Tuesday. Two Harrier jets sent by Corvania joined at dawn."),
        article("More than 40 crews fought the fire on Tuesday, with jets sent by Corvania joining at dawn."),
    )
    entity = reason(item, "entity")
    assert entity is None or "Two Harrier" not in entity.left
    number = reason(item, "number")
    assert number is not None
    assert number.left == ("Two Harrier jets",)


def test_evidence_is_whole_phrases() -> None:
    """'could not confirm reports' is no attribution; 'a senior U.S. lawmaker said' and 'Loretta E. Lynch' are quoted
    whole, not cut at an abbreviation's full stop."""
    item = linked(
        article("The ministry could not confirm reports of engineers on the isles, but a senior U.S. lawmaker said the "
                "step was dangerous."),
        article("Engineers are on the isles, spokesman Tomas Hale said, calling the step dangerous."),
    )  # fmt: skip
    found = reason(item, "attribution")
    assert found is not None
    assert found.left == ("a senior U.S. lawmaker said",)
    names = linked(
        article("Spokesmen for the prosecutor in Veltro, Loretta E. Lynch, declined to comment on the charges."),
        article("A spokesman for the prosecutor in Veltro declined to comment on the charges."),
    )
    entity = reason(names, "entity")
    assert entity is not None
    assert entity.left == ("Loretta E. Lynch",)


def test_a_speaker_phrase_opens_at_its_article() -> None:
    """'a point the Harbour Board office denied' names the office; 'people with knowledge of the case said' is one
    phrase."""
    item = linked(
        article("The levy has the support of all the ports on the coast, a point the Harbour Board office denied."),
        article("The levy has the support of all the ports on the coast, people with knowledge of the case said."),
    )
    found = reason(item, "attribution")
    assert found is not None
    assert "the Harbour Board office denied" in found.left
    assert "people with knowledge of the case said" in found.right


def test_a_part_of_a_counted_whole_or_of_them_is_shown_whole() -> None:
    """'two of the six ferries' and 'two of them' read whole; the six is shown once, inside the part."""
    item = linked(
        article("The harbour board said two of the nine ferries were damaged in the storm on Monday night."),
        article("The harbour board said ferries were damaged in the storm on Monday night."),
    )
    found = reason(item, "number")
    assert found is not None
    assert found.left == ("two of the nine ferries",)
    them = linked(
        article("The harbour board said six crew were hurt in the storm, two of them seriously, on Monday."),
        article("The harbour board said crew were hurt in the storm on Monday."),
    )
    found = reason(them, "number")
    assert found is not None
    assert "two of them" in found.left


def test_both_counts_two() -> None:
    """'both Republican senators' says what 'two Republican senators' says: no number on one side only; a bare
    'both' of something else neither counts nor becomes a figure of its own."""
    item = linked(
        article("Both Republican senators of the state called on the governor to veto the religious freedom bill."),
        article("The state's two Republican senators called on the governor to veto the religious freedom bill."),
    )
    assert reason(item, "number") is None
    other = linked(
        article("Both Republican senators of the state called on the governor to veto the religious freedom bill."),
        article("The state's three Republican senators called on the governor to veto the religious freedom bill."),
    )
    assert reason(other, "number") == Reason("number", (), ("three Republican senators",))


def test_a_quotation_opening_with_an_editor_s_bracket_is_quoted() -> None:
    """A quotation whose first letter an editor set in brackets ('"[W]e have heard…"') opens at its mark: the words
    before it are the report's, not quoted."""
    item = linked(
        article(
            'On Monday, the host committee came out against the bill, stating, "[W]e have heard loud and clear from '
            'our stakeholders that this legislation would deal a significant blow to the economy."'
        ),
        article("The host committee said the bill would deal a significant blow to the economy."),
    )
    quote = reason(item, "quote")
    assert quote is not None
    assert all(not text.startswith("On Monday") for text in quote.left)
    assert any(text.startswith("[W]e have heard") for text in quote.left)


def test_a_state_in_wire_style_is_the_state_named_in_full() -> None:
    """'Manchester, N.H.' names New Hampshire: no 'only right has New Hampshire'; 'N.Y.' meets 'New York'."""
    item = linked(
        article("Trump will deliver a speech in Manchester, N.H., on Monday about security and immigration."),
        article("Trump will deliver a speech in New Hampshire on Monday about security and immigration."),
    )
    assert reason(item, "entity") is None
    other = linked(
        article("The governor of N.Y. signed the housing bill on Tuesday after months of talks."),
        article("The governor of New York signed the housing bill on Tuesday after months of talks."),
    )
    assert other.reasons == ()


def test_a_name_only_one_side_gives_is_shown_on_an_agree() -> None:
    """'the Varadian ambassador, Arvo Keldan, had been summoned' against 'Varadia's ambassador was summoned': one
    report names him, the other does not, and neither tells it otherwise. The item agrees and still says who only
    one side names; two names for one role stay a difference."""
    item = linked(
        article(
            "She said the Varadian ambassador, Arvo Keldan, had been summoned to the ministry on Wednesday morning "
            "and handed a formal protest note."
        ),
        article("Varadia's ambassador was summoned to the ministry on Wednesday and handed a note of protest."),
    )
    assert item.verdict == "agree"
    names = reason(item, "entity")
    assert names is not None
    assert names.left == ("Arvo Keldan",)
    assert not names.right
    other = linked(
        article(
            "She said the Varadian ambassador, Arvo Keldan, had been summoned to the ministry on Wednesday morning "
            "and handed a formal protest note."
        ),
        article(
            "She said the Varadian ambassador, Piet Maren, had been summoned to the ministry on Wednesday morning "
            "and handed a formal protest note."
        ),
    )
    assert other.verdict == "differ"
    assert reason(other, "entity") is not None


def test_a_statement_is_the_word_of_the_one_its_report_says_issued_it() -> None:
    """'The statement said' in a report that says whose statement it was (Grimm's attorney, William McGinley) and
    'McGinley added' in the other: one source, no attribution difference."""
    item = linked(
        make_article(
            [
                ("body", "Grimm's attorney, William McGinley, issued a statement on Friday evening."),
                None,
                ("body", 'The statement said Grimm "asserts his innocence" and "will be vindicated."'),
            ],
            path="x",
        ),
        article('"When the dust settles, Congressman Grimm will be vindicated," McGinley added.'),
    )
    assert reason(item, "attribution") is None


def test_respectively_is_no_unit_of_what_a_figure_counts() -> None:
    """``aged 16 and 13 respectively``: the figures are shown as ``16`` and ``13``, not ``13 respectively``."""
    item = linked(
        article("The mayor's daughters, aged 16 and 13 respectively, opened the harbour festival on Friday."),
        article("The mayor's daughters opened the harbour festival on Friday."),
    )
    found = reason(item, "number")
    assert found is not None
    assert found.left == ("16", "13")


def test_an_age_after_a_name_is_shown_with_the_name() -> None:
    """``Tomas Hale, 61, who …``: a bare ``61`` says nothing to a reader; the evidence reads ``Hale, 61``."""
    item = linked(
        article("The harbour master, Tomas Hale, 61, who has run the port since 2010, opened the new quay on Friday."),
        article("The harbour master, Tomas Hale, who has run the port since 2010, opened the new quay on Friday."),
    )
    found = reason(item, "number")
    assert found is not None
    assert found.left == ("Hale, 61",)


def test_a_name_in_the_possessive_is_shown_as_the_name() -> None:
    """``built with money from Mayor Tomas Hale’s budget``: the name only one side gives is ``Mayor Tomas Hale``."""
    item = linked(
        article("The new quay, built with money from Mayor Tomas Hale’s budget, will open on Friday."),
        article("The new quay will open on Friday."),
    )
    found = reason(item, "entity")
    assert found is not None
    assert found.left == ("Mayor Tomas Hale",)


def test_total_before_a_noun_stays_part_of_what_a_figure_counts() -> None:
    """``15 total folders``: ``total`` modifies the noun, so the figure still counts folders."""
    item = linked(
        article("The archive team ended up with 15 total folders of harbour records on Friday."),
        article("The archive team ended up with harbour records on Friday."),
    )
    found = reason(item, "number")
    assert found is not None
    assert found.left == ("15 total folders",)


def test_a_claim_told_otherwise_still_differs() -> None:
    """Other figures, or another speaker's words, on the two sides: the item differs, whatever one side adds."""
    figures = linked(
        article("The ministry said 1,200 naval engineers had reached the isles, the Harbour Gazette reported."),
        article("The ministry said 3,000 naval engineers had reached the isles."),
    )
    assert figures.verdict == "differ"
    numbers = reason(figures, "number")
    assert numbers is not None
    assert numbers.left
    assert numbers.right
    quotes = linked(
        article('The envoy called the dispatch "a grave and deliberate provocation" on Monday.'),
        article('The envoy called the dispatch "a routine exchange of engineers" on Monday.'),
    )
    assert quotes.verdict == "differ"


def test_headlines_that_lead_on_other_things_differ() -> None:
    """Headlines pair by their place on the page, not by their words: two that each lead on what the other leaves
    out tell the story otherwise, and the reason says what each leads on. Headlines worded alike agree."""
    apart = linked(
        make_article([("title", "Harbour Strike Ends as Dockers Accept Pay Offer"), ("body", "It ended.")]),
        make_article([("title", "Mayor Blames Shipping Firms for Week of Chaos"), ("body", "It ended.")]),
        kind="title",
    )
    assert apart.verdict == "differ"
    content = reason(apart, "content")
    assert content is not None
    assert content.left
    assert content.right
    alike = linked(
        make_article([("title", "Harbour strike ends as dockers accept pay offer"), ("body", "It ended.")]),
        make_article([("title", "Dockers accept pay offer, ending harbour strike"), ("body", "It ended.")]),
        kind="title",
    )
    assert alike.verdict == "agree"


def test_a_figure_is_shown_with_its_modifier() -> None:
    """``more than 10 packages`` and ``nearly 20 people`` are other claims than ``10 packages`` and ``20 people``: a
    fact-checker reading the evidence must see the modifier the report wrote."""
    item = linked(
        article("Investigators sifted through the packages addressed to Barack Obama and Maxine Waters on Friday."),
        article("More than 10 packages were addressed to Barack Obama and Maxine Waters, police said on Friday."),
    )
    found = reason(item, "number")
    assert found is not None
    assert found.right == ("More than 10 packages",)
    item = linked(
        article("The storm killed 12 people in the province on Monday, officials said."),
        article("Officials said the storm killed nearly 20 people in the province on Monday."),
    )
    found = reason(item, "number")
    assert found is not None
    assert (found.left, found.right) == (("12 people",), ("nearly 20 people",))


def test_could_in_reported_speech_is_no_hedge_against_can() -> None:
    """``"we can win this," she said`` ~ ``she said she could win``: reported speech turns ``can`` into ``could``; the
    second report doubts no more than the first. ``could hit`` against ``will hit`` still hedges."""
    item = linked(
        article('"I believe that we can win this race," Marlow said on Tuesday, citing support from small donors.'),
        article("Marlow said on Tuesday that she believed she could win the race with support from small donors."),
    )
    assert reason(item, "hedge") is None
    item = linked(
        article("The storm could hit the harbour town on Tuesday night, forecasters said."),
        article("The storm will hit the harbour town on Tuesday night, forecasters said."),
    )
    found = reason(item, "hedge")
    assert found is not None
    assert found.left == ("could hit",)


def test_an_age_after_a_name_with_a_suffix_names_the_person() -> None:
    """``Cesar Marlow Jr., 56,``: a bare ``56`` says nothing to a reader; the evidence names whose age it is."""
    item = linked(
        article("An official identified the suspect as Cesar Marlow Jr., 56, of Aventura, just north of the city."),
        article("Several sources identified the suspect as Cesar Marlow of Aventura."),
    )
    found = reason(item, "number")
    assert found is not None
    assert found.left == ("Marlow Jr., 56",)
