"""When an act says it takes effect: the dates its articles give (« prendra effet au »,
« à compter du », « entre en vigueur le »), and the words by which it takes effect on its
own signature (« prend effet à compter de sa signature »)."""

from __future__ import annotations

from collections.abc import Iterator

from actlint.api import Act, DateMention, LazyPattern, Span

EFFECT_CUE = LazyPattern(
    r"(?i:prend(?:ra)?\s+effet|à\s+compter\s+du|à\s+partir\s+du|à\s+dater\s+du|"
    r"entre(?:ra)?\s+en\s+vigueur|effet\s+au)"
)
# The act itself (« le présent arrêté », « la présente décision », « cet acte »), then,
# in the same sentence, what makes it take effect on its signature.
_ITSELF = (
    r"(?:(?:le|la)\s+pr[ée]sente?\s+(?:d[ée]cision|arr[êe]t[ée]|d[ée]lib[ée]ration|acte"
    r"|autorisation|permission)|cet\s+acte|cette\s+(?:d[ée]cision|d[ée]lib[ée]ration)"
    r"|cet\s+arr[êe]t[ée])"
)
_ON_SIGNATURE = LazyPattern(
    rf"(?i:{_ITSELF}[^.;\n]{{0,60}}?"
    r"(?P<cue>(?:prend(?:ra)?\s+effet|entre(?:ra)?\s+en\s+vigueur|(?:est|sera)\s+ex[ée]cutoire"
    r"|(?:est|sera)\s+applicable|s['’]appliquera|produira\s+(?:ses\s+)?effets?)"
    r"\s+(?:imm[ée]diatement\s+)?(?:(?:à\s+compter|à\s+partir|à\s+dater)\s+(?:du\s+jour\s+)?de"
    r"|dès|d[èe]s\s+le\s+jour\s+de|le\s+jour\s+de|à\s+la\s+date\s+de|au\s+jour\s+de)\s+"
    # its own signature: « sa signature », « la date de sa signature », « la signature de la
    # présente décision », « la date de signature. »; not « la signature du contrat ».
    r"(?:sa\s+(?:date\s+de\s+)?signature|la\s+date\s+de\s+sa\s+signature"
    rf"|la\s+(?:date\s+de\s+(?:la\s+)?)?signature(?:\s+(?:de\s+|d['’]){_ITSELF}|\s+du\s+pr[ée]sent\s+"
    r"(?:arr[êe]t[ée]|acte)|(?=[ \t]*(?:[.;\n]|$))))))"
)
# What, with the signature, makes the act executory when the clause lists them together
# (« dès sa signature, sa transmission au représentant de l'État et sa publication »):
# the formalities are then cumulative, and the clause is right.
_WITH_FORMALITIES = LazyPattern(
    r"(?i:\b(?:transmission|transmis|publication|publi[ée]e?|notification|notifi[ée]e?"
    r"|affichage|affich[ée]e?|mise\s+en\s+ligne|r[ée]ception))"
)
_SENTENCE_REST = LazyPattern(r"[^.;\n]*")
# The act itself, then the verb by which it takes effect, with nothing between that ends
# the sentence: the subject of an effective date that is the act's own.
_ITSELF_TAKES_EFFECT = LazyPattern(
    rf"(?i:{_ITSELF}[^.;\n]{{0,60}}?(?:prend(?:ra)?\s+effet|entre(?:ra)?\s+en\s+vigueur"
    r"|(?:est|sera)\s+(?:applicable|ex[ée]cutoire)|s['’]appliquer?a?|produi(?:t|ra)\s+(?:ses\s+)?effets?)"
    r"[^.;\n]*$)"
)


def effect_starts(act: Act, *, itself: bool = False) -> Iterator[DateMention]:
    """The dates from which the act's articles say it, or what it decides, takes effect;
    with ``itself``, only those of which the act itself is the subject (« la présente
    décision prend effet le … », not « le local est loué … à compter du … »)."""
    for article in act.articles:
        for period in article.entities.periods:
            if period.start is None or not EFFECT_CUE.search(period.cue):
                continue
            if itself:
                head = article.text[: period.span.start - article.span.start]
                sentence = head[max(head.rfind("."), head.rfind(";"), head.rfind("\n")) + 1 :]
                if not _ITSELF_TAKES_EFFECT.search(sentence + period.cue):
                    continue
            yield period.start


def effect_on_signature(act: Act) -> Iterator[Span]:
    """The words by which the act says it takes effect on its own signature (« la
    présente décision prend effet à compter de sa signature »): the act, not a contract
    it approves (« le contrat prend effet à sa signature »)."""
    for article in act.articles:
        for m in _ON_SIGNATURE.finditer(article.text):
            rest = _SENTENCE_REST.match(article.text, m.end())
            if rest and _WITH_FORMALITIES.search(rest.group()):
                continue  # « dès sa signature, sa transmission … et sa publication »
            start = article.span.start
            yield Span(start + m.start("cue"), start + m.end())
