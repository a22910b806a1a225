"""Which amounts of a sentence restate one another: an HT amount and the TTC amount that
says the same price tax included (« 8 000,00 € HT soit 9 600,00 € TTC »), and a sum in
words and the figures it accompanies."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from actlint.api import Act, Amount, LazyPattern, Unit, facts

from .written_twice import written_twice

# The words that may stand between two amounts restating one price: connectors (« soit »,
# « ( », « / », « et »), the names of the amounts (« montant TTC », « TVA à 20 % : »),
# articles. Any other word (« lot », « pour », « horaire », « par mois ») tells of another
# price; a full stop or a semicolon closes the sentence.
_RESTATING = LazyPattern(
    r"(?:\s|[,:()/=\-–]|\d{1,2}(?:[,.]\d{1,2})?[^\S\n]?%"
    r"|(?i:soit|c['’]est-à-dire|ou|et|encore|T\.?V\.?A\.?|H\.?T\.?|T\.?T\.?C\.?|hors|toutes"
    r"|taxes?|comprises?|incluses?|valeur|ajout[ée]e|montants?|total|prix|co[uû]t|somme"
    r"|taux|un|une|le|la|les|de|du|des|d['’]|l['’]|à|au|sur|avec|y\s+compris|dont|net)\b)*"
)
# Between two amounts of one sentence: no full stop followed by a capital, no semicolon.
_SENTENCE_END = LazyPattern(r"[;]|\.\s+[A-ZÉÈÀ]|\n\s*(?:[-•>*]|\d+°)")
_SAME_SENTENCE_REACH = 200


@dataclass(frozen=True)
class VatPair:
    """An HT amount, the TTC amount of the same price, and the VAT amount written between
    them if any. ``certain`` when nothing but connectors stands between them."""

    ht: Amount
    tva: Amount | None
    ttc: Amount
    certain: bool


def single_mentions(amounts: Sequence[Amount], text: str) -> list[Amount]:
    """The amounts, each sum written twice (in figures and in words) counted once: the
    figures are kept, with the qualifier either form carries."""
    if not any(a.in_words for a in amounts):
        return list(amounts)
    restated = {id(w) for w, f in written_twice(amounts, text) if w.value == f.value}
    return [a for a in amounts if id(a) not in restated]


def act_vat_pairs(act: Act) -> tuple[tuple[Unit, VatPair], ...]:
    """The HT/TTC pairs of each unit of the act; none where the act pairs them
    « respectivement ». Found once per act for the rules that judge them."""
    return facts(act).derived("builtin.vat-pairs", lambda a: tuple(_act_vat_pairs(a)))


_RESPECTIVELY = LazyPattern(r"(?i:respectivement)")
_HT_AND_TTC = frozenset(("HT", "TTC"))


def _act_vat_pairs(act: Act) -> Iterator[tuple[Unit, VatPair]]:
    for unit in act.units:
        amounts = unit.entities.amounts
        if len(amounts) < 2 or not {a.qualifier for a in amounts} >= _HT_AND_TTC:
            continue
        if _RESPECTIVELY.search(unit.text):
            continue  # « … soit respectivement … »: which amount goes with which is unsaid
        for pair in vat_pairs(amounts, act.text):
            yield unit, pair


def vat_pairs(amounts: Sequence[Amount], text: str) -> Iterator[VatPair]:
    """The HT/TTC pairs of a unit's amounts (offsets in ``text``), each amount in one pair
    at most, lists (« 100 € HT et 200 € HT, soit 120 € TTC et 240 € TTC ») left out."""
    mentions = [a for a in single_mentions(amounts, text) if a.currency == "EUR"]
    qualifiers: list[str | None] = [*(a.qualifier for a in mentions), None]
    used: set[int] = set()
    for i, qualifier in enumerate(qualifiers[:-1]):
        if qualifier != "HT":
            continue
        pair = _pair(mentions, qualifiers, i, 1, text, used)
        if pair is None or not pair.certain:
            back = _pair(mentions, qualifiers, i, -1, text, used)
            pair = back if back and (back.certain or pair is None) else pair
        if pair is None:
            continue
        used.update(id(a) for a in (pair.ht, pair.tva, pair.ttc) if a is not None)
        yield pair


def _pair(
    mentions: list[Amount],
    qualifiers: list[str | None],
    i: int,
    step: int,
    text: str,
    used: set[int],
) -> VatPair | None:
    # ``qualifiers`` ends with a None that index -1 and index len(mentions) both reach
    j, tva = i + step, None
    if qualifiers[j] == "TVA":
        tva, j = mentions[j], j + step
    if qualifiers[j] != "TTC" or id(mentions[j]) in used:
        return None
    if qualifiers[i - step] == "HT" and qualifiers[j + step] == "TTC":
        return None  # « 100 € HT, 200 € HT, soit 120 € TTC, 240 € TTC »: a list
    low, high = min(i, j), max(i, j)
    gaps = [text[mentions[k].span.end : mentions[k + 1].span.start] for k in range(low, high)]
    if sum(map(len, gaps)) > _SAME_SENTENCE_REACH:
        return None
    if any(_SENTENCE_END.search(gap) for gap in gaps):
        return None
    certain = all(_RESTATING.fullmatch(gap) for gap in gaps)
    return VatPair(mentions[i], tva, mentions[j], certain)
