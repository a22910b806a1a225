"""When an act says it takes effect: the dates its articles give (« prendra effet au »,
« à compter du », « entre en vigueur le »), and the words by which it takes effect on its
own signature (« prend effet à compter de sa signature »)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from actlint.api import Act, DateMention, Span

EFFECT_CUE = re.compile(
    r"(?i:prend(?:ra)?\s+effet|à\s+compter\s+du|à\s+partir\s+du|à\s+dater\s+du|"
    r"entre(?:ra)?\s+en\s+vigueur|effet\s+au)"
)
# The act itself (« le présent arrêté », « la présente décision », « cet acte »), then,
# in the same sentence, what makes it take effect on its signature.
_ITSELF = r"(?:(?:le|la)\s+pr[ée]sente?\s+(?:d[ée]cision|arr[êe]t[ée]|d[ée]lib[ée]ration|acte)|cet\s+acte|cette\s+(?:d[ée]cision|d[ée]lib[ée]ration)|cet\s+arr[êe]t[ée])"
_ON_SIGNATURE = re.compile(
    rf"(?i:{_ITSELF}[^.;\n]{{0,60}}?"
    r"(?P<cue>(?:prend(?:ra)?\s+effet|entre(?:ra)?\s+en\s+vigueur|(?:est|sera)\s+ex[ée]cutoire"
    r"|(?:est|sera)\s+applicable|s['’]appliquera|produira\s+(?:ses\s+)?effets?)"
    r"\s+(?:imm[ée]diatement\s+)?(?:(?:à\s+compter|à\s+partir|à\s+dater)\s+(?:du\s+jour\s+)?de"
    r"|dès|d[èe]s\s+le\s+jour\s+de|le\s+jour\s+de|à\s+la\s+date\s+de|au\s+jour\s+de)\s+"
    r"(?:sa|la)\s+(?:date\s+de\s+(?:sa\s+|la\s+)?)?signature))"
)


def effect_starts(act: Act) -> Iterator[DateMention]:
    """The dates from which the act's articles say it, or what it decides, takes
    effect."""
    for article in act.articles:
        for period in article.entities.periods:
            if period.start is not None and EFFECT_CUE.search(period.cue):
                yield period.start


def effect_on_signature(act: Act) -> Iterator[Span]:
    """The words by which the act says it takes effect on its own signature (« la
    présente décision prend effet à compter de sa signature »): the act, not a contract
    it approves (« le contrat prend effet à sa signature »)."""
    for article in act.articles:
        for m in _ON_SIGNATURE.finditer(article.text):
            start = article.span.start
            yield Span(start + m.start("cue"), start + m.end())
