"""Reasons: the material differences a linked item carries, with evidence as written in the text."""

from __future__ import annotations

import pytest

from core.align.aligner import align
from core.models import AlignedItem, Article, Reason
from tests.conftest import make_article


def article(*sentences: str) -> Article:
    """A one-paragraph article of body sentences."""
    return make_article([("body", sentence) for sentence in sentences], path="x")


def linked(left: Article, right: Article) -> AlignedItem:
    """The one linked item of two articles."""
    items = [it for it in align(left, right).items if it.left and it.right]
    assert len(items) == 1
    return items[0]


def reason(item: AlignedItem, kind: str) -> Reason | None:
    return next((r for r in item.reasons if r.kind == kind), None)


def test_same_number_counting_different_things() -> None:
    """12,000 special forces vs 12,000 soldiers, including 1,500 special forces."""
    item = linked(
        article("Pyongyang will send about 12,000 special forces to Russia, the spy agency said."),
        article("Pyongyang will send 12,000 soldiers to Russia, including 1,500 special forces, the agency said."),
    )
    found = reason(item, "number")
    assert found is not None
    assert found.left == ("about 12,000 special forces",)
    assert found.right == ("12,000 soldiers … including 1,500 special forces",)
    assert item.verdict == "differ"


def test_a_time_word_ends_what_a_figure_counts() -> None:
    """'a three-hour standoff early Sunday' counts hours of a standoff, not Sunday; 'a 10-day closure in March' stops
    at the month too."""
    item = linked(
        article("The siege ended after a three-hour standoff early Sunday in the harbour town of Calderport."),
        article("The siege ended after a standoff on Sunday in the harbour town of Calderport."),
    )
    found = reason(item, "number")
    assert found is not None
    assert found.left == ("three-hour standoff",)
    month = linked(
        article("The port board approved a 10-day closure March 3 for the harbour works at Calderport."),
        article("The port board approved a closure for the harbour works at Calderport."),
    )
    found = reason(month, "number")
    assert found is not None
    assert found.left == ("10-day closure",)


def test_an_amount_written_two_ways_is_no_difference() -> None:
    """€38bn and 38 billion euros are the same figure: no number reason."""
    item = linked(
        article("Stonehall, which manages about €38bn of assets, bought the pharmacy chain Apteka Nord in 2022."),
        article("Stonehall, which oversees some 38 billion euros in assets, bought the pharmacy chain Apteka Nord."),
    )
    assert reason(item, "number") is None


def test_a_figure_shows_the_plural_noun_its_phrase_names() -> None:
    """'five past and present harbour commissioners' shows what is counted, not 'five past'; a phrase that names no
    plural close by shows as it stops."""
    item = linked(
        article("The mayor resigned after five past and present harbour commissioners urged him to step aside."),
        article("The mayor resigned after former harbour commissioners urged him to step aside."),
    )
    found = reason(item, "number")
    assert found is not None
    assert found.left == ("five past and present harbour commissioners",)
    vague = linked(
        article("Officials cited dozens of previous national emergency declarations to defend the order on Friday."),
        article("Officials cited previous national emergency declarations to defend the order on Friday."),
    )
    found = reason(vague, "number")
    assert found is not None
    assert found.left == ("dozens of previous national emergency declarations",)
    short = linked(
        article("The mayor resigned after a three term harbour commissioner urged him to step aside."),
        article("The mayor resigned after the harbour commissioner urged him to step aside."),
    )
    found = reason(short, "number")
    assert found is not None
    assert found.left == ("three term harbour commissioner",)


def test_a_figure_shows_its_whole_unit_and_stops_at_a_plural_without_s() -> None:
    """'41 per cent premium', not '41 per'; '600 people', not '600 people spent': 'people' is a plural noun too."""
    share = linked(
        article("The group will pay 312 cents for each harbour share, a 41 per cent premium to the Friday close."),
        article("The group will pay 312 cents for each harbour share, a premium to the Friday close."),
    )
    found = reason(share, "number")
    assert found is not None
    assert found.left == ("41 per cent premium",)
    people = linked(
        article("Volunteers opened a shelter in the sports hall, where about 600 people spent the night on camp beds."),
        article("Volunteers opened a shelter in the sports hall, where many spent the night on camp beds."),
    )
    found = reason(people, "number")
    assert found is not None
    assert found.left == ("about 600 people",)


def test_a_number_inside_a_compound_counts() -> None:
    """A three-year sentence is not a two-year one; a four-year sentence is four years."""
    item = linked(
        article("Moreau, the former chief executive, received a three-year suspended sentence."),
        article("Moreau, the former head of the firm, was given a two-year suspended sentence."),
    )
    found = reason(item, "number")
    assert found is not None
    assert [w.split()[0] for w in (*found.left, *found.right)] == ["three-year", "two-year"]
    assert item.verdict == "differ"
    same = linked(
        article("The founder, Ilse Korvak, was sentenced to four years for paying the bribes."),
        article("Ilse Korvak, who founded the firm, received a four-year sentence for the bribes."),
    )
    assert reason(same, "number") is None


def test_a_percentage_written_two_ways_is_no_difference() -> None:
    """3.25 per cent (British style) and 3.25% are the same rate."""
    item = linked(
        article("The central bank lowered its benchmark rate to 3.25 per cent on Thursday as inflation eased."),
        article("The central bank on Thursday cut its benchmark rate to 3.25% as inflation eased."),
    )
    assert reason(item, "number") is None


def test_a_number_s_evidence_stops_at_its_sentence() -> None:
    """A figure closing a sentence is quoted alone, not with the next sentence's first words."""
    item = linked(
        article("The strongest aftershock measured 4.9. Authorities urged residents to stay out of damaged homes."),
        article("The strongest aftershock measured 5.1. Authorities urged residents to stay out of damaged homes."),
    )
    found = reason(item, "number")
    assert found is not None
    assert (found.left, found.right) == (("4.9",), ("5.1",))


def test_a_source_named_by_its_acronym_is_the_same_source() -> None:
    """'The security service said' and 'The LSIS said', in a report that spelled LSIS out, cite one source."""
    left = article(
        "Officers of the security service arrested an engineer at the naval base last week.",
        "The security service said the investigation was continuing and more arrests could follow.",
    )
    right = article(
        "The Lusmark Security Intelligence Service (LSIS) arrested an engineer at the naval base last week.",
        "The LSIS said more arrests could follow as its inquiry continued.",
    )
    items = [it for it in align(left, right).items if it.left == ("s2",) and it.right == ("s2",)]
    assert len(items) == 1
    assert reason(items[0], "attribution") is None
    content = reason(items[0], "content")
    assert content is None or not {"security service", "LSIS", "investigation", "inquiry"} & {
        *content.left,
        *content.right,
    }


def test_dates_are_not_numbers() -> None:
    """'on Oct. 21' on one side only is no material difference."""
    item = linked(
        article("South Korea summoned the Russian ambassador Georgy Zinoviev over the troop dispatch."),
        article("South Korea on Oct. 21 summoned the Russian ambassador Georgy Zinoviev over the troop dispatch."),
    )
    assert item.reasons == ()
    assert item.verdict == "agree"


def test_quotation_on_one_side_only() -> None:
    """A quoted statement one report has and the other only paraphrases."""
    item = linked(
        article("Peskov said: “We are seeing a lot of contradictory information about the troops.”"),
        article("Peskov said there was contradictory information about the troops."),
    )
    found = reason(item, "quote")
    assert found is not None
    assert found.left == ("We are seeing a lot of contradictory information about the troops.",)
    assert found.right == ()


def test_scare_quotes_are_not_quotations() -> None:
    """A few quoted words are a phrase, not a quoted statement."""
    item = linked(
        article("Seoul protested “in the strongest terms” about the troop dispatch to Russia."),
        article("Seoul protested in the strongest terms about the troop dispatch to Russia."),
    )
    assert reason(item, "quote") is None


def test_different_speakers() -> None:
    """'Dmitry Peskov said' vs 'the Kremlin has denied'."""
    item = linked(
        article("The spokesman Dmitry Peskov said the reports of North Korean troops were fake news."),
        article("The Kremlin has denied the reports of North Korean troops as fake news."),
    )
    found = reason(item, "attribution")
    assert found is not None
    assert found.left == ("The spokesman Dmitry Peskov said",)
    assert found.right == ("The Kremlin has denied",)


def test_a_source_with_its_role_in_either_order_is_one_source() -> None:
    """'Veltro's chief executive, Tomas Hale, said' and 'Tomas Hale, Veltro's chief executive, said' name one
    person; 'Another witness said' and 'Another person at the scene told' name nobody."""
    item = linked(
        article("Veltro's chief executive, Tomas Hale, said the company accepted the conditions of the merger."),
        article("Tomas Hale, Veltro's chief executive, said the group would accept the conditions of the merger."),
    )
    assert reason(item, "attribution") is None
    unnamed = linked(
        article("Another witness, who asked not to be named, said the object in the man's hand was a mobile phone."),
        article("Another person at the scene told the Ledger that the object in the man's hand was his phone."),
    )
    assert reason(unnamed, "attribution") is None


def test_one_denies_what_another_testified_to() -> None:
    """'Trump denied that he asked Comey…' vs 'Comey testified that Trump had asked him…': two sources, so differ."""
    item = linked(
        article("Trump over the weekend denied that he asked Comey to stop investigating Flynn."),
        article("Comey testified before the Senate that Trump had asked him to stop investigating Flynn."),
    )
    found = reason(item, "attribution")
    assert found is not None
    assert found.left == ("Trump over the weekend denied",)
    assert found.right == ("Comey testified",)
    assert item.verdict == "differ"


def test_a_pronoun_with_a_word_of_time_names_no_source() -> None:
    """'he first announced' and 'The mayor this morning says' name nobody new: no attribution difference."""
    item = linked(
        article("Menz, a Liberal, had previously announced that he would retire from the harbour council."),
        article("Menz left the harbour council on Friday, a year after he first announced that he would retire."),
    )
    assert reason(item, "attribution") is None


def test_a_pronoun_after_an_adverb_names_no_source() -> None:
    """'even he acknowledged' is a pronoun speaking, as 'he acknowledged' is: nobody to compare with 'Alvarez said'."""
    item = linked(
        article("Though he attacks the levy, even he acknowledged that his own plan raises the harbour fees."),
        article("Alvarez has said that his own plan raises the harbour fees, though he attacks the levy."),
    )
    assert reason(item, "attribution") is None


def test_a_source_described_by_the_title_its_article_gives_it_is_the_named_source() -> None:
    """'the governor said' in a report that calls him 'Gov. Tomas Hale' and 'Hale said' in the other: one source.
    A report that never titles Hale so still has another source than Hale."""
    left = make_article(
        [
            ("body", "Gov. Tomas Hale spoke on Wednesday about the harbour levy pending in his state."),
            None,
            ("body", "On Wednesday, the governor said he would ask lawmakers to rewrite the harbour levy."),
        ],
        path="x",
    )
    right = article("Hale said on Wednesday that he asked lawmakers to rewrite the harbour levy.")
    items = [it for it in align(left, right).items if it.left and it.right]
    titled = next(it for it in items if "s2" in it.left)
    assert reason(titled, "attribution") is None
    untitled = linked(
        article("On Wednesday, the governor said he would ask lawmakers to rewrite the harbour levy."),
        article("Hale said on Wednesday that he asked lawmakers to rewrite the harbour levy."),
    )
    found = reason(untitled, "attribution")
    assert found is not None
    assert found.left == ("the governor said",)


def test_a_title_with_a_time_between_it_and_the_verb_or_before_a_possessive_is_the_named_source() -> None:
    """'The president this morning says' and 'The president has said', in a report that writes 'President Ana
    Velo’s' (a possessive), describe Velo: 'Velo said' on the other side names no other source."""
    left = make_article(
        [
            ("body", "President Ana Velo’s plan for the harbour levy was sent to parliament on Monday."),
            None,
            ("body", "The president this morning says the harbour levy will be rewritten before the vote."),
            None,
            ("body", "The president has said she will not meet the union before the harbour vote."),
        ],
        path="x",
    )
    right = make_article(
        [
            ("body", "Velo said on Monday that the harbour levy will be rewritten before the vote."),
            None,
            ("body", "Velo has said she will not meet the union leaders before the harbour vote."),
        ],
        path="y",
    )
    items = [it for it in align(left, right).items if it.left and it.right]
    for sid in ("s2", "s3"):
        described = next(it for it in items if sid in it.left)
        assert reason(described, "attribution") is None


def test_a_body_called_by_a_common_noun_is_the_body_the_report_names() -> None:
    """'the company said' in a report about Veltro and 'Veltro said' name one source; 'the company said' in a report
    that never names Veltro might be another one."""
    left = make_article(
        [
            ("body", "Veltro Mobile has admitted that the data of its customers was stolen in an attack."),
            None,
            ("body", "No passwords or bank card details were taken in the attack, the company said on Monday."),
        ],
        path="x",
    )
    right = article("Veltro said on Monday that no passwords or bank card details were taken in the attack.")
    items = [it for it in align(left, right).items if it.left and it.right]
    same = next(it for it in items if "s2" in it.left)
    assert reason(same, "attribution") is None
    unnamed = linked(
        article("No passwords or bank card details were taken in the attack, the company said on Monday."),
        article("Veltro said on Monday that no passwords or bank card details were taken in the attack."),
    )
    assert reason(unnamed, "attribution") is not None


def test_a_statement_the_other_side_says_a_named_source_put_out_is_that_source() -> None:
    """'The statement said' and 'his lawyer, Ines Caro, confirmed in a statement' cite one source; 'the statement
    added' against a source that put out no statement is another one."""
    item = linked(
        article("His lawyer, Ines Caro, confirmed in a statement that the harbour master would contest the charges."),
        article("The statement said the harbour master would contest the charges and expected to be cleared."),
    )
    assert reason(item, "attribution") is None
    other = linked(
        article("His lawyer, Ines Caro, told reporters that the harbour master would contest the charges."),
        article("The statement said the harbour master would contest the charges and expected to be cleared."),
    )
    assert reason(other, "attribution") is not None


def test_a_verb_of_saying_after_a_preposition_is_a_noun() -> None:
    """'before 3pm following reports that …' names no source: only the other side names one, the Harbour Board."""
    item = linked(
        article("Officers went to the pier before 3pm following reports that a man was threatening ferry crews."),
        article("Officers went to the pier at 2.40pm after a man was threatening ferry crews, the Harbour Board said."),
    )
    found = reason(item, "attribution")
    assert found is not None
    assert not any("following" in phrase for phrase in (*found.left, *found.right))


def test_a_speaker_named_after_the_quote_is_a_speaker() -> None:
    """'"…," said the party chair' names its source as 'the party chair said "…"' does."""
    item = linked(
        article('"The count was fair and every vote was checked twice," said the returning officer, Janet Pryor.'),
        article('"The count was fair and every vote was checked twice," the Liberty Party chair said.'),
    )
    found = reason(item, "attribution")
    assert found is not None
    assert found.left == ("said the returning officer, Janet Pryor",)
    assert found.right == ("the Liberty Party chair said",)
    same = linked(
        article('"The count was fair and every vote was checked twice," said Janet Pryor.'),
        article('"The count was fair and every vote was checked twice," Pryor said.'),
    )
    assert reason(same, "attribution") is None


def test_two_unnamed_sources_are_no_attribution_difference() -> None:
    """'the statement added' and 'the force said', 'another witness' and 'another person': nobody is named."""
    item = linked(
        article("An officer fired a Taser once and the man struck his head on the kerb, the statement added."),
        article("The force said an officer fired a Taser once and the man struck his head on the kerb."),
    )
    assert reason(item, "attribution") is None
    named = linked(
        article("An officer fired a Taser once and the man struck his head on the kerb, the statement added."),
        article("Chief Superintendent Maren Holt said an officer fired a Taser once and the man struck his head."),
    )
    assert reason(named, "attribution") is not None


def test_a_quoted_word_before_a_verb_is_no_speaker() -> None:
    """'the "plan" said nothing': a quoted word, not a quotation closing before its speaker."""
    item = linked(
        article('The minister said the "plan" said nothing about the new port tax.'),
        article("The minister said the plan was silent on the new port tax."),
    )
    assert reason(item, "attribution") is None


def test_hedging_on_one_side() -> None:
    """'reportedly' on one side only."""
    item = linked(
        article("North Korean troops had reportedly arrived in Vladivostok for training."),
        article("North Korean troops had arrived in Vladivostok for training."),
    )
    found = reason(item, "hedge")
    assert found is not None
    assert found.left == ("reportedly",)


def test_a_modal_on_one_side_is_hedging() -> None:
    """'could face' against 'faces': the left report hedges what the right one states. The item lists the hedge and
    agrees: a hedge one side adds tells the claim no otherwise."""
    item = linked(
        article("The former minister could face up to ten years in prison for the bribes, prosecutors said."),
        article("The former minister faces up to ten years in prison for the bribes, prosecutors said."),
    )
    found = reason(item, "hedge")
    assert found is not None
    assert found.left == ("could face",)
    assert found.right == ()
    assert item.verdict == "agree"


@pytest.mark.parametrize(
    ("hedged", "shown"),
    [
        ("The ferry company may have broken the safety rules, the inspector said.", "may have broken"),
        ("The ferry company could possibly lose its licence, the inspector said.", "could possibly lose"),
        ("The ferry company could even close, the inspector said.", "could even close"),
        ("The ferry company may be a danger to passengers, the inspector said.", "may be"),
    ],
)
def test_a_modal_is_shown_with_the_verb_it_hedges(hedged: str, shown: str) -> None:
    """A bare 'could' says nothing of what is uncertain: the evidence runs to the verb, over auxiliaries and adverbs
    (and a hedge adverb inside it is not shown twice)."""
    item = linked(article(hedged), article(hedged.replace(shown, "is" if shown == "may be" else "did")))
    found = reason(item, "hedge")
    assert found is not None
    assert found.left == (shown,)


def test_a_negated_modal_or_the_month_may_is_no_hedge() -> None:
    """'could not confirm' states a fact, and 'May' is a month: neither hedges."""
    item = linked(
        article("The White House could not confirm the troop movements reported in May, a spokesman said."),
        article("The White House did not confirm the troop movements reported in May, a spokesman said."),
    )
    assert reason(item, "hedge") is None


def test_a_hedge_inside_a_quotation_is_the_speakers_not_the_reports() -> None:
    """'"It seems to me that such cases are really rare," Menz told the radio' quotes Menz hedging: the report
    does not hedge; 'Such cases may be rare, Menz told the radio' does."""
    quoted = linked(
        article('"It seems to me that such cases are really rare," Menz told the harbour radio on Sunday.'),
        article("Such cases are really rare, Menz told the harbour radio on Sunday."),
    )
    assert reason(quoted, "hedge") is None
    hedged = linked(
        article("Such cases may be really rare, Menz told the harbour radio on Sunday."),
        article("Such cases are really rare, Menz told the harbour radio on Sunday."),
    )
    assert reason(hedged, "hedge") is not None


def test_a_report_hedging_what_the_other_quotes_hedged_is_no_difference() -> None:
    """'warned that a farmer could become chairman' tells what '"a farmer might serve as chairman," he said' quotes:
    both give a possibility, so neither side hedges alone; against a firm statement the hedge still shows."""
    both = linked(
        article("The senator warned that a farmer from Iowa could become chairman of the judiciary committee."),
        article('"You might have a farmer from Iowa serving as chairman of the judiciary committee," he said.'),
    )
    assert reason(both, "hedge") is None
    firm = linked(
        article("The senator warned that a farmer from Iowa could become chairman of the judiciary committee."),
        article('"A farmer from Iowa is becoming chairman of the judiciary committee," the senator said.'),
    )
    found = reason(firm, "hedge")
    assert found is not None
    assert found.left == ("could become",)


def test_believed_hedges_only_in_the_passive() -> None:
    """'is believed to have fled' hedges; 'the minister believed it was irrelevant' tells what someone thought."""
    passive = linked(
        article("The suspect is widely believed to have fled across the border to Poland on Monday night."),
        article("The suspect fled across the border to Poland on Monday night, the police said."),
    )
    found = reason(passive, "hedge")
    assert found is not None
    assert found.left == ("believed",)
    active = linked(
        article("The minister believed the warning was irrelevant to the report on the border attack."),
        article("The minister called the warning irrelevant to the report on the border attack."),
    )
    assert reason(active, "hedge") is None


def test_a_modal_in_a_clause_of_time_is_no_hedge() -> None:
    """'intercepted the parcel before it could reach the studio' tells when, not how sure."""
    item = linked(
        article("Postal officials intercepted the parcel for the presenter before it could reach the studio."),
        article("Postal officials intercepted the parcel addressed to the presenter at the studio."),
    )
    assert reason(item, "hedge") is None


def test_a_modal_ranging_over_any_possibility_is_no_hedge() -> None:
    """'sue for any damage that the port authority may have caused' gives a right over every case, it doubts nothing;
    'the port authority may have caused the damage' does."""
    item = linked(
        article("The law lets owners sue in the harbour court for any damage that the port authority may have caused."),
        article("The law lets owners sue the port authority in the harbour court if it is found to have caused harm."),
    )
    assert reason(item, "hedge") is None
    doubt = linked(
        article("Owners said in the harbour court that the port authority may have caused the damage to the pier."),
        article("Owners said in the harbour court that the port authority caused the damage to the pier."),
    )
    assert reason(doubt, "hedge") is not None


def test_appeared_to_hedges() -> None:
    """'appeared to confirm' against 'confirmed'."""
    item = linked(
        article("The defence ministry appeared to confirm the deployment of troops near the border on Monday."),
        article("The defence ministry confirmed the deployment of troops near the border on Monday."),
    )
    found = reason(item, "hedge")
    assert found is not None
    assert found.left == ("appeared",)


def test_names_the_other_report_never_mentions() -> None:
    """A name only one report has anywhere is material; a name the other has elsewhere is not."""
    left = article(
        "The White House could not confirm that North Korean troops were fighting in Ukraine.",
        "Ambassador Georgy Zinoviev was summoned.",
    )
    right = article("Washington could not confirm that North Korean troops were fighting in Ukraine.")
    found = reason(linked(left, right), "entity")
    assert found is not None
    assert found.left == ("White House",)
    dated = linked(
        article("The mayor endorsed Ines Morel Wednesday at the harbour convention in front of the delegates."),
        article("The mayor endorsed his deputy at the harbour convention in front of the delegates."),
    )
    found = reason(dated, "entity")
    assert found is not None
    assert found.left == ("Ines Morel",)  # the weekday after the name is no part of it


def test_a_name_made_an_adjective_by_a_hyphen_is_the_name() -> None:
    """'Red Harbour-linked' names the Red Harbour group the other report names: no name difference; one the
    other report never names is shown as the name, without its '-linked'."""
    left = article("Officials said Red Harbour-linked smugglers had seized the ferry terminal at Calderport overnight.")
    right = article(
        "Officials said smugglers had seized the ferry terminal at Calderport overnight.",
        "The group Red Harbour has operated on the coast for a decade.",
    )
    assert reason(linked(left, right), "entity") is None
    alone = linked(left, article("Officials said smugglers had seized the ferry terminal at Calderport overnight."))
    found = reason(alone, "entity")
    assert found is not None
    assert found.left == ("Red Harbour",)


def test_a_name_with_a_generational_suffix_is_named_by_its_surname() -> None:
    """'Cesar Sayoc Jr.' is the 'Cesar Sayoc' the other report names: no name difference; a name the other report
    never mentions, suffix or not, still is one."""
    same = linked(
        article("A law enforcement official identified the suspect as Cesar Sayoc Jr., 56, of Aventura, Florida."),
        article("Several sources identified the suspect to reporters as Cesar Sayoc of Aventura, Florida."),
    )
    assert reason(same, "entity") is None
    other = linked(
        article("A law enforcement official identified the suspect as Cesar Sayoc Jr., 56, of Aventura, Florida."),
        article("Several sources identified the suspect to reporters as a man of Aventura, Florida."),
    )
    found = reason(other, "entity")
    assert found is not None
    assert found.left == ("Cesar Sayoc Jr",)


def test_mixed_quote_marks_still_quote() -> None:
    """A quotation opened with a curly mark and closed with a straight one matches the other side's."""
    item = linked(
        article('“For the record, I love my sister, but she is dead wrong on marriage," she wrote on Facebook.'),
        article("She wrote: “For the record, I love my sister, but she is dead wrong on marriage.”"),
    )
    assert reason(item, "quote") is None


def test_a_capital_opening_the_sentence_is_not_a_name() -> None:
    """'Earlier Friday' names nobody; a pronoun speaker is not compared with a named one."""
    item = linked(
        article("Earlier Friday, Liz Cheney announced her opposition to same-sex marriage, she said."),
        article("Liz Cheney announced her opposition to same-sex marriage, Cheney told reporters."),
    )
    assert reason(item, "entity") is None
    assert reason(item, "attribution") is None


def test_a_quotation_over_several_sentences_counts_in_each() -> None:
    """An opening mark left open runs to the end of its sentence: Peskov's quote starts a sentence early."""
    item = linked(
        article(
            "Asked about the troops, the Kremlin spokesman Dmitry Peskov said: “We are seeing a lot of contradictory "
            "information about the troops.",
            "It must be treated as such.”",
        ),
        article("The Kremlin has denied reports about the troops."),
    )
    found = reason(item, "quote")
    assert found is not None
    assert found.left == ("We are seeing a lot of contradictory information about the troops.",)
    closing_first = linked(  # the sentence opens inside a quotation: its first mark closes it
        article('God help us," said Morel, who added that "the council never asked the fishermen about the levy."'),
        article("Morel said the council never asked the fishermen about the levy before it was set."),
    )
    assert reason(closing_first, "quote") is None  # "God help us" is a phrase; the other side repeats the rest


def test_a_shorter_quoted_fragment_of_the_same_words_is_the_same_quote() -> None:
    """“a war of Obama's choosing” on one side and "war of Obama's choosing" on the other is one quotation."""
    item = linked(
        article(
            "The chairman drew fierce criticism after calling the conflict in Afghanistan “a war of Obama’s choosing.”"
        ),
        article(
            'Senators kept up pressure on the chairman over his claim that Afghanistan is a "war of Obama\'s choosing".'
        ),
    )
    assert reason(item, "quote") is None


def test_a_piece_quoted_from_inside_a_longer_quotation_quotes_the_same_statement() -> None:
    """'refused to say the words "radical Islam"' quotes, at less length, the statement the other report quotes
    whole; a piece that sits in no quotation of the other side leaves the quotation one-sided."""
    piece = linked(
        article('The candidate said the president should resign for refusing to say the words "radical Islam".'),
        article(
            'The candidate said the president should resign: "He disgracefully refused to even say the words radical'
            ' Islam in his remarks today."'
        ),
    )
    assert reason(piece, "quote") is None
    other = linked(
        article('The candidate said the president should resign for refusing to say the words "radical Islam".'),
        article(
            'The candidate said the president should resign: "He disgracefully refused to even name the threat we'
            ' face in his remarks today."'
        ),
    )
    found = reason(other, "quote")
    assert found is not None
    assert found.right == ("He disgracefully refused to even name the threat we face in his remarks today.",)


def test_a_straight_quote_left_open_in_a_sentence_is_still_a_quote() -> None:
    """A straight opening mark whose closing mark falls in a later sentence still quotes the words after it."""
    item = linked(
        article("The chairman issued a statement, saying, “There is no question that our country must win the war.”"),
        article(
            'To quell it, the chairman issued a statement: "There is no question that our country must win the war.'
        ),
    )
    assert reason(item, "quote") is None
    other = linked(
        article("The chairman issued a statement, saying, “There is no question that our country must win the war.”"),
        article('The chairman issued a statement: "We will stay until the job in the mountains is finished and done.'),
    )
    found = reason(other, "quote")
    assert found is not None
    assert found.right == ("We will stay until the job in the mountains is finished and done.",)


def test_a_sentence_inside_a_longer_quotation_repeats_the_quote() -> None:
    """The same words, quoted on one side and in the middle of a multi-sentence quotation (no marks) on the other."""
    item = linked(
        article(
            "“I love this country, but this country is going to the dogs right now,” the developer told reporters."
        ),
        article("I love this country, but this country is going to the dogs right now."),
    )
    assert reason(item, "quote") is None
    paraphrased = linked(
        article(
            "“I love this country, but this country is going to the dogs right now,” the developer told reporters."
        ),
        article("The developer said he loved the country but feared for its future."),
    )
    assert reason(paraphrased, "quote") is not None


def test_a_quotation_the_other_side_reports_word_for_word_without_marks_is_the_same_statement() -> None:
    """One report quotes the board's letter; the other says most of the same words in the same order, unquoted: one
    statement, once quoted and once reported. A paraphrase sharing a few words is still a quotation on one side."""
    reported = linked(
        article(
            "The board wrote to the council saying harbour budgets must not depend on steep cuts in the ferry "
            "services to island towns."
        ),
        article(
            "The board wrote several letters to the council saying “a fair plan for future harbour budgets must not "
            "depend on steep cuts in the ferry services to remote towns.”"
        ),
    )
    assert reason(reported, "quote") is None
    paraphrased = linked(
        article("The board wrote to the council saying the harbour should keep the ferries running to island towns."),
        article(
            "The board wrote several letters to the council saying “a fair plan for future harbour budgets must not "
            "depend on steep cuts in the ferry services to remote towns.”"
        ),
    )
    found = reason(paraphrased, "quote")
    assert found is not None
    assert found.right


def test_an_approximate_figure_covering_a_number_is_no_difference() -> None:
    """48,200 and "almost 50,000", 22% and "about a fifth", more than 30 and dozens: rounded, not different."""
    pairs = [
        (
            "Researchers at the Lindqvist Institute followed 48,200 people aged over 55 for eleven years.",
            "Researchers at the Lindqvist Institute tracked almost 50,000 people aged over 55 for eleven years.",
        ),
        (
            "The Fennick family, which owns 22 per cent of the shares, will vote for the Stonehall offer.",
            "The Fennick family, holding about a fifth of the shares, will vote for the Stonehall offer.",
        ),
        (
            "More than 30 aftershocks rattled Kessrin and the Halvard valley through the morning.",
            "Dozens of aftershocks rattled Kessrin and the Halvard valley through the morning.",
        ),
        (
            "The union said 1.2 million workers joined the Marovia general strike against the pension reform.",
            "The union said more than a million workers joined the Marovia general strike against the pension reform.",
        ),
    ]
    for left, right in pairs:
        item = linked(article(left), article(right))
        assert reason(item, "number") is None, (left, right)


def test_approximate_figures_that_do_not_meet_still_differ() -> None:
    """About 120 and around 140 people on board are two different counts; 23% is not "about a third"."""
    item = linked(
        article("NorthLink said about 120 passengers were on board the Carran train when it derailed."),
        article("NorthLink said around 140 passengers were on board the Carran train when it derailed."),
    )
    found = reason(item, "number")
    assert found is not None
    assert found.left == ("about 120 passengers",)
    assert found.right == ("around 140 passengers",)
    share = linked(
        article("The Valmora reservoirs held 23% of their capacity on Sunday, the water authority said."),
        article("The Valmora reservoirs were about a third full on Sunday, the water authority said."),
    )
    assert reason(share, "number") is not None
    alike = linked(
        article("Cyclone Freddy killed more than 1,000 people in Malawi in March 2023."),
        article("Cyclone Freddy killed more than 1,200 people in Malawi in March 2023."),
    )
    assert reason(alike, "number") is not None


def test_one_count_named_two_ways_is_no_difference() -> None:
    """'four workers' ~ 'four miners' is one count in other words (unlike 12,000 special forces vs 12,000 soldiers,
    where the other side gives special forces another number)."""
    item = linked(
        article("Rescuers at the Deepvale gold mine said four workers remained unaccounted for on Sunday evening."),
        article("Four miners were still trapped at the Deepvale gold mine on Sunday evening, rescuers said."),
    )
    assert reason(item, "number") is None


def test_a_length_of_time_in_another_unit_is_no_difference() -> None:
    """Six months is 180 days; three weeks is not ten days."""
    same = linked(
        article("Brightloom must commission an independent audit of its data systems within six months."),
        article("Brightloom must have independent auditors review its data systems within 180 days."),
    )
    assert reason(same, "number") is None
    other = linked(
        article("Brightloom must commission an independent audit of its data systems within three weeks."),
        article("Brightloom must have independent auditors review its data systems within ten days."),
    )
    assert reason(other, "number") is not None


def test_hours_and_days_are_one_measure_of_time() -> None:
    """48 hours is two days told another way; 36 hours is not."""
    same = linked(
        article("The harbour master was dismissed on Monday, less than 48 hours after the ferry ran aground."),
        article("The harbour master was dismissed on Monday, two days after the ferry ran aground."),
    )
    assert reason(same, "number") is None
    other = linked(
        article("The harbour master was dismissed on Monday, less than 36 hours after the ferry ran aground."),
        article("The harbour master was dismissed on Monday, two days after the ferry ran aground."),
    )
    assert reason(other, "number") is not None


def test_a_figure_does_not_run_on_into_the_next_clause() -> None:
    """'a three-year contract and led Rovers to …': the figure counts the contract's years, the clause after 'and' is
    another claim."""
    item = linked(
        article("Feld was appointed on a three-year contract and led Rovers to an eighth-place finish that season."),
        article("Feld was appointed and led Rovers to an eighth-place finish that season."),
    )
    found = reason(item, "number")
    assert found is not None
    assert found.left == ("three-year contract",)


def test_a_range_is_shown_as_one_figure() -> None:
    """'$800 to $1,000 per trained employee' and 'a 5-2 vote' read whole, not as '$800' and '$1,000 per …', or '5'."""
    cost = linked(
        article("The harbour board proposed a training course at a cost of $800 to $1,000 per trained employee."),
        article("The harbour board proposed a training course for every employee who volunteers for it."),
    )
    found = reason(cost, "number")
    assert found is not None
    assert found.left == ("$800 to $1,000 per trained employee",)
    vote = linked(
        article("The harbour board approved the levy by a 5-2 vote on Thursday after a long debate."),
        article("The harbour board approved the levy on Thursday after a long debate."),
    )
    found = reason(vote, "number")
    assert found is not None
    assert found.left == ("5-2 vote",)


def test_a_number_written_onto_its_unit_is_the_same_figure() -> None:
    """'12km' and '12 km' are one distance; '12km' and '15 km' are not."""
    same = linked(
        article("The quake struck about 12km south-west of the harbour town at a depth of 10km on Tuesday."),
        article("The quake struck about 12 km southwest of the harbour town at a depth of 10 km on Tuesday."),
    )
    assert reason(same, "number") is None
    other = linked(
        article("The quake struck about 12km south-west of the harbour town at a depth of 10km on Tuesday."),
        article("The quake struck about 15 km southwest of the harbour town at a depth of 10 km on Tuesday."),
    )
    assert reason(other, "number") is not None
