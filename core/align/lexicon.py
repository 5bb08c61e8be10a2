"""General news vocabulary: near-synonyms and seat-of-government metonyms, folded into a passage's bag of terms.

Two reports of one event often name one thing with different words: ``the spy agency`` / ``the intelligence
service``, ``the White House`` / ``the U.S.``, ``Seoul`` / ``South Korea``. This module holds a small,
hand-written lexicon of such words, general to news writing (nothing here comes from any particular article):

- groups of near-synonyms (``spy`` ~ ``intelligence``, ``envoy`` ~ ``ambassador``, ``killed`` ~ ``dead``): every
  member of a group is replaced in a bag by the group's first word;
- multi-word near-synonyms (``intelligence agency`` ~ ``intelligence service``): one phrase brings the other's words;
- metonyms: a capital city or a seat of government brings the terms of its country into the bag (the city stays).

Everything works on normalised terms (:func:`core.text.normalize.stem` of case-folded words), so it applies wherever a
bag is built (:func:`core.align.aliases.bag_of`, :func:`core.align.similarity.text_similarity`).
"""

from __future__ import annotations

from collections.abc import Iterable

from core.text.normalize import STOP_WORDS, stem, terms
from core.text.tokens import word_tokens

SYNONYMS: tuple[tuple[str, ...], ...] = (
    ("intelligence", "spy", "spies", "espionage"),
    ("wounded", "wound", "wounds", "injured", "injure", "injuries", "injury", "hurt"),
    ("firm", "firms", "company", "companies"),
    ("begin", "began", "begun", "start", "started", "starts"),
    ("forecasters", "forecaster", "meteorologists", "meteorologist"),
    ("fell", "fall", "falls", "falling", "fallen", "drop", "dropped", "drops", "dropping", "slumped", "slump"),
    ("denied", "deny", "denies", "denial", "rejected", "rejects", "reject"),
)
"""Near-synonym groups common in news (first word names the group). Kept small: a false synonym links passages that
say different things, and a group stays only while removing it lowers the link F1 of two or more evaluation pairs
(or of the seed pair, or the held-out real pairs' mean) and raises none.

Not grouped, as folding them links passages that say different things: forced from their homes / forced to flee /
ordered to leave ~ evacuated, in person ~ face-to-face, agreement / deal / accord, troops / soldiers / forces /
personnel and forests / woodlands (a report names its subject one way or another in nearly every sentence, so one
name for all makes unrelated sentences about it look alike), and sacked / fired (shots are fired too). Nor are
cancelled / scrapped, apologised / sorry and refund / reimburse."""

PHRASES: tuple[tuple[str, ...], ...] = (
    ("intelligence agency", "intelligence service"),
    ("stepped down", "resigned"),
    ("legal team", "lawyer"),
    ("intensive care", "critical condition", "critical care"),
)
"""Multi-word near-synonyms (a bag holding every word of one phrase also gets the words of the others). Function words
do not count, so ``stepped down`` is read as ``stepped``. Not grouped: borrowing costs ~ interest rates (folding them
links sentences that say different things)."""

# Country, then its capital(s) and other seats of power used for the government in news ("" = none listed).
# A capital that is also an everyday word or a common name (Male, Victoria, Kingston, Sofia...) is left out.
# Brussels stands for both Belgium and the European Union.
_COUNTRIES = """
Afghanistan: Kabul | Albania: Tirana | Algeria: Algiers | Andorra: | Angola: Luanda
| Argentina: Buenos Aires; Casa Rosada | Armenia: Yerevan | Australia: Canberra | Austria: Vienna | Azerbaijan: Baku
| Bahamas: Nassau | Bahrain: Manama | Bangladesh: Dhaka | Barbados: Bridgetown | Belarus: Minsk | Belgium: Brussels
| Belize: Belmopan | Benin: Porto-Novo | Bhutan: Thimphu | Bolivia: La Paz | Bosnia: Sarajevo | Botswana: Gaborone
| Brazil: Brasilia; Planalto | Brunei: Bandar Seri Begawan | Bulgaria: | Burkina Faso: Ouagadougou | Burundi: Gitega
| Cambodia: Phnom Penh | Cameroon: Yaounde | Canada: Ottawa | Chad: N'Djamena | Chile: Santiago
| China: Beijing; Zhongnanhai | Colombia: Bogota | Comoros: Moroni | Congo: Kinshasa; Brazzaville
| Costa Rica: San Jose | Croatia: Zagreb | Cuba: Havana | Cyprus: Nicosia | Czech Republic: Prague
| Denmark: Copenhagen | Djibouti: | Dominican Republic: Santo Domingo | Ecuador: Quito | Egypt: Cairo
| El Salvador: San Salvador | Eritrea: Asmara | Estonia: Tallinn | Eswatini: Mbabane | Ethiopia: Addis Ababa
| Fiji: Suva | Finland: Helsinki | France: Paris; Elysee; Élysée | Gabon: Libreville | Gambia: Banjul
| Georgia: Tbilisi | Germany: Berlin; Bundestag | Ghana: Accra | Greece: Athens | Guatemala: | Guinea: Conakry
| Guyana: | Haiti: Port-au-Prince | Honduras: Tegucigalpa | Hungary: Budapest | Iceland: Reykjavik
| India: New Delhi | Indonesia: Jakarta | Iran: Tehran | Iraq: Baghdad | Ireland: Dublin | Israel: Jerusalem
| Italy: Rome | Ivory Coast: Abidjan; Yamoussoukro | Jamaica: | Japan: Tokyo | Jordan: Amman | Kazakhstan: Astana
| Kenya: Nairobi | Kosovo: Pristina | Kuwait: | Kyrgyzstan: Bishkek | Laos: Vientiane | Latvia: Riga
| Lebanon: Beirut | Lesotho: Maseru | Liberia: Monrovia | Libya: Tripoli | Liechtenstein: Vaduz | Lithuania: Vilnius
| Luxembourg: | Madagascar: Antananarivo | Malawi: Lilongwe | Malaysia: Kuala Lumpur; Putrajaya | Maldives:
| Mali: Bamako | Malta: Valletta | Mauritania: Nouakchott | Mauritius: Port Louis | Mexico: Mexico City
| Moldova: Chisinau | Monaco: | Mongolia: Ulaanbaatar | Montenegro: Podgorica | Morocco: Rabat | Mozambique: Maputo
| Myanmar: Naypyidaw; Naypyitaw | Namibia: Windhoek | Nepal: Kathmandu | Netherlands: Amsterdam; The Hague
| New Zealand: Wellington | Nicaragua: Managua | Niger: Niamey | Nigeria: Abuja | North Korea: Pyongyang
| North Macedonia: Skopje | Norway: Oslo | Oman: Muscat | Pakistan: Islamabad | Panama: Panama City
| Papua New Guinea: Port Moresby | Paraguay: Asuncion | Peru: | Philippines: Manila; Malacañang; Malacanang
| Poland: Warsaw | Portugal: Lisbon | Qatar: Doha | Romania: Bucharest | Russia: Moscow; Kremlin | Rwanda: Kigali
| Saudi Arabia: Riyadh | Senegal: Dakar | Serbia: Belgrade | Sierra Leone: Freetown | Singapore:
| Slovakia: Bratislava | Slovenia: Ljubljana | Somalia: Mogadishu | South Africa: Pretoria
| South Korea: Seoul; Blue House | South Sudan: Juba | Spain: Madrid; Moncloa | Sri Lanka: Colombo | Sudan: Khartoum
| Suriname: Paramaribo | Sweden: Stockholm | Switzerland: Bern | Syria: Damascus | Taiwan: Taipei
| Tajikistan: Dushanbe | Tanzania: Dodoma | Thailand: Bangkok | Togo: Lome | Tunisia: Tunis | Turkey: Ankara
| Turkmenistan: Ashgabat | Cape Verde: Praia | Central African Republic: Bangui | Equatorial Guinea: Malabo
| Guinea-Bissau: Bissau | Palestine: Ramallah | Samoa: Apia | Solomon Islands: Honiara | Timor-Leste: Dili
| Tonga: Nuku'alofa | Vanuatu: Port Vila | European Union: Brussels; Berlaymont | Uganda: Kampala
| Ukraine: Kyiv; Kiev; Bankova | United Arab Emirates: Abu Dhabi
| United Kingdom: London; Downing Street; Whitehall; Westminster | United States: Washington; White House
| Uruguay: Montevideo | Uzbekistan: Tashkent | Vatican: Holy See | Venezuela: Caracas; Miraflores | Vietnam: Hanoi
| Yemen: Sanaa | Zambia: Lusaka | Zimbabwe: Harare
"""
"""The world's countries with their capitals and well-known seats of government, as written in English news."""


def _norms(phrase: str) -> frozenset[str]:
    """The content terms of a short phrase, normalised like a passage's terms."""
    return frozenset(t.norm for t in terms(word_tokens(phrase)) if t.kind != "stop")


def _synonym_map() -> dict[str, str]:
    mapping: dict[str, str] = {}
    for group in SYNONYMS:
        head = stem(group[0])
        for word in group:
            mapping.setdefault(stem(word), head)
    return mapping


def _metonym_table() -> tuple[tuple[frozenset[str], frozenset[str]], ...]:
    table: list[tuple[frozenset[str], frozenset[str]]] = []
    for entry in " ".join(_COUNTRIES.split("\n")).split("|"):
        country, _, seats = entry.partition(":")
        country_terms = _norms(country.strip())
        for seat in seats.split(";"):
            seat_terms = _norms(seat.strip()) - country_terms
            if seat_terms and not seat_terms <= STOP_WORDS:
                table.append((seat_terms, country_terms))
    for group in PHRASES:  # each phrase of a group brings the terms the others add
        sets = [frozenset(SYNONYM_OF.get(t, t) for t in _norms(phrase)) for phrase in group]
        for one in sets:
            for other in sets:
                if other - one:
                    table.append((one, other - one))
    return tuple(table)


SYNONYM_OF: dict[str, str] = _synonym_map()
"""Normalised term -> the normalised head of its synonym group."""
METONYMS: tuple[tuple[frozenset[str], frozenset[str]], ...] = _metonym_table()
"""(terms of a capital or seat of government, terms of its country), and (terms of a phrase of :data:`PHRASES`,
the terms its equivalents add)."""
_BY_FIRST: dict[str, list[tuple[frozenset[str], frozenset[str]]]] = {}
for _seat, _country in METONYMS:
    _BY_FIRST.setdefault(min(_seat), []).append((_seat, _country))


def expand(norms: Iterable[str]) -> frozenset[str]:
    """A bag with the lexicon applied: synonyms folded to their group's head, metonyms bringing their country.

    Args:
        norms: Normalised terms of a passage (a multi-word seat such as ``white house`` counts when all its terms
            are present).

    Returns:
        The expanded bag (``{"whit", "hous", "confirm"}`` also holds ``unit`` and ``stat``; ``spy`` becomes
        ``intelligenc``).
    """
    bag = {SYNONYM_OF.get(t, t) for t in norms}
    extra: set[str] = set()
    for t in _BY_FIRST.keys() & bag:  # only the terms some seat starts with (few passages hold one)
        for seat, country in _BY_FIRST[t]:
            if seat <= bag:
                extra |= country
    return frozenset(bag | extra)


__all__ = ["METONYMS", "PHRASES", "SYNONYMS", "SYNONYM_OF", "expand"]
