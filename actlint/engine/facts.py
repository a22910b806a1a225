"""What rules may ask of an act, derived once per act and shared by every rule and pack.

``facts(act)`` gives the act's :class:`Facts`; each fact is computed the first time a rule
asks for it and kept with the act, so that forty rules asking « is this a marché? » cost
one answer. Third-party packs ask the same questions through ``actlint.api``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING, Literal, TypeVar, cast

from actlint.engine import profiles
from actlint.parse.act import Act, ActReference, Kind, Unit
from actlint.text import LazyPattern, fold

if TYPE_CHECKING:
    from actlint.engine.records import Record
    from actlint.engine.repository import Repository, Resolution

_DELEGATION = LazyPattern(r"(?i:d[ée]l[ée]gu|d[ée]l[ée]gation)")
_SUPPLEANCE = LazyPattern(r"(?i:emp[êe]ch|suppl[ée]ance|supplée)")
# « Pour le Maire », « P/le Préfet », « Pour l'autorité compétente »: for an authority, not
# « pour lequel vous êtes candidat » nor « préfet de la zone … pour la zone de défense ».
_AUTHORITIES = (
    r"(?:maire|pr[ée]f[èe]te?|sous-pr[ée]f[èe]te?|pr[ée]sidente?|directeur|directrice|ministre"
    r"|recteur|rectrice|autorit[ée]|gouverneur|haut-commissaire|pr[ée]fecture)\b"
)
_FOR_SOMEONE = LazyPattern(
    rf"(?i:^\s*(?:pour|p/|p\.o\.?)\s*(?:le|la|l['’]|monsieur\s+le|madame\s+la)?\s*{_AUTHORITIES}"
    r"|par\s+d[ée]l[ée]gation)"
)
# What says a décision is taken by delegation of the deliberative assembly.
_DELEGATION_ARTICLES = ("L. 2122-22", "L. 5211-10")
_BY_ASSEMBLY = ("par delegation du conseil", "par delegation de l'assemblee",
                "par delegation du comite", "par delegation de l’assemblee")  # fmt: skip
# CGCT articles that give the maire, or an EPCI's président, a power of their own: a
# décision citing one rests on it, not on a delegation of the council.
_OWN_POWER = LazyPattern(r"^L\. (?:22(?:12|13|14)-|2542-|2122-(?:21|21-1|24|27|28|31|32)$|5211-9$)")
# L. 2122-18 and L. 2122-19 ground the act only when it delegates: otherwise they say
# who signs a décision taken by delegation (L. 2122-23).
_DELEGATING_POWER = ("L. 2122-18", "L. 2122-19")
_POLICE_POWERS = LazyPattern(r"(?i:pouvoirs?\s+de\s+police|police\s+(?:municipale|du\s+maire))")
_EXECUTES = LazyPattern(r"(?i:autoris\w*\s+(?:le\s+maire|le\s+pr[ée]sident|monsieur))")
_EPCI_WORDS = LazyPattern(
    r"(?i:communaut[ée]|m[ée]tropole|agglom[ée]ration|syndica|[ée]tablissement\s+public"
    r"|\bEPCI\b|\bp[ôo]le\b|territoire)"
)
_ITEM = LazyPattern(r"(?<![\w,])(\d{1,2})\s?°")  # « 4° », « 11 ° » of L. 2122-22
# A range of items: « 1° à 10° », « du 1° au 10° », « 1° au 10° », « des 1° à 10° ».
_RANGE = LazyPattern(r"(?<![\w,])(\d{1,2})\s?°\s+(?:à|au|a)\s+(?:l[ea]\s+)?(\d{1,2})\s?°")
# A range closing right before the article it belongs to: « aux 1° à 10° de l'article ».
_RANGE_BEFORE_ARTICLE = LazyPattern(rf"{_RANGE.pattern}\s+de\s+l['’]\s*article\s*$", re.I)
_FRAMEWORK_WORDS = ("accord-cadre", "accords-cadres")  # folded: lower case, no accents
_MARCHE = LazyPattern(r"(?<![a-z])marches?(?![a-z-])")
# A market held in the streets, by the words before « marché » (folded) …
_MARKET_BEFORE = LazyPattern(
    r"(?:place|rue|halles?|droits?\s+de\s+place|placiers?|jours?|foire|commercants|"
    r"emplacements?|etals?|exposants?|forains?)\s+(?:d[ue]s?|aux?|de\s+la|sur\s+le)\s+$"
)
# … or by the words after it.
_MARKET_AFTER = LazyPattern(
    r"\s+(?:hebdomadaires?|de\s+noel|aux\s+puces|forains?|couverts?|de\s+plein\s+air|"
    r"nocturnes?|paysans?|de\s+producteurs|artisana(?:l|ux)|aux\s+fleurs|alimentaires?|"
    r"estivale?s?|de\s+(?:detail|gros|l'ete|printemps|paques)|du\s+(?:lundi|mardi|mercredi|"
    r"jeudi|vendredi|samedi|dimanche|terroir)|dominica(?:l|ux)|bio(?:logique)?s?|saisonniers?)\b"
)
# The kind an enacting word announces, by its first letter once DÉLIBÈRE is set apart:
# DÉCIDE, DÉCIDONS; ARRÊTE, ARRÊTONS.
_ENACTED_AS: dict[str, Kind] = {"d": "decision", "a": "arrete"}
# Who an individual decision concerns, as its articles name them. A person: a civility and
# a name (« M. DUPONT », « Madame Céline DEL OLMO »), not a function (« Monsieur le Maire »,
# « Madame la Commandante », « M. le Directeur »).
_FUNCTIONS = (
    r"(?i:maire|pr[ée]f[èe]te?|sous-pr[ée]f[èe]te?|directeur|directrice|commandante?|"
    r"pr[ée]sidente?|adjointe?|chef|commissaire|secr[ée]taire|receveur|receveuse|"
    r"tr[ée]sori[eè]re?|comptable|procureure?|g[ée]n[ée]ral|capitaine|lieutenant|colonel|"
    r"responsable|conseill[eè]re?|ing[ée]nieure?|inspect(?:eur|rice)|major|brigadier|"
    r"adjudant|gendarme|officier|agent|garde|policier|d[ée]l[ée]gu[ée]e?|rect(?:eur|rice)|"
    r"ministre|g[ée]rante?)\b"
)
_PERSON = LazyPattern(
    r"\b(?:M\.|MM\.|Mme|Mmes|Mlle|Monsieur|Madame|Mademoiselle)\s+"
    rf"(?!(?i:le|la|les|l['’]|de|du|des)\b)(?!{_FUNCTIONS})[A-ZÀ-ÖØ-Þ][\w'’-]*"
)
# A company, an association or an establishment by its name (« la société ÉQUIP'ÉCOLES »,
# « le débit de boissons « Le Central » », « SARL DUPONT »), not described (« la société
# chargée des travaux »).
_COMPANY = LazyPattern(
    r"(?i:\b(?:la\s+soci[ée]t[ée]|l['’]entreprise|l['’]association|l['’][ée]tablissement|"
    r"l['’]enseigne|le\s+(?:bar|restaurant|commerce|magasin|d[ée]bit\s+de\s+boissons|cabinet|"
    r"garage|snack|caf[ée]))\s+(?:d[ée]nomm[ée]e?\s+|exploit[ée]e?\s+sous\s+l['’]enseigne\s+)?)"
    r"(?:[«\"“]\s*)?[A-ZÀ-ÖØ-Þ0-9]"
    r"|\b(?:SARL|SAS|SASU|EURL|SCI|SNC|SCP|SELARL|SCOP)\s+[«\"“]?\s*[A-ZÀ-ÖØ-Þ0-9]"
)
# The one who asked, or the one concerned, named as such; a person's civil status.
_DESIGNATED = LazyPattern(
    r"(?i:\b(?:le|la|l['’])\s*(?:p[ée]titionnaire|permissionnaire|int[ée]ress[ée]e?|demandeur|"
    r"demanderesse)\b(?!s)|\b(?:domicili[ée]e?|demeurant)\b|\bn[ée]e?\s+le\s+\d)"
)
_NOTIFIED_TO = LazyPattern(r"(?i:notifi\w*\s+(?:à|a|au|aux)\s+)")
# Whom an act is notified to, when not named: an individual decision all the same.
_NOTIFIED_ONE = LazyPattern(
    r"(?i:(?:(?:le|la|l['’])\s*)?(?:exploitante?|soci[ée]t[ée]|b[ée]n[ée]ficiaire|titulaire|"
    r"propri[ée]taire|S\.A\.)(?![\w-]))"
)
# An article on what becomes of the act (copies, transmission, appeal), whose names are
# recipients, not the one the act concerns.
_ABOUT_THE_ACT = LazyPattern(r"(?i:\bampliation\b|\btransmis|\bcopie\b|\brecours\b)")
# Rules laid down for everyone (folded text): traffic, parking, speed, access to a place,
# a general prohibition, the users of a place.
_GENERAL_RULES = LazyPattern(
    r"\bcirculation\b[^.;]{0,150}\b(?:interdit|reglement|limite|restreint|modifie|devie|"
    r"alternat|s['’]effectue|suspendu|autorise|inverse|prioritaire)"
    r"|\b(?:interdit|ferme|reserve)e?s?\s+a\s+(?:la\s+)?circulation\b"
    r"|\bstationnement\b[^.;]{0,150}\b(?:interdit|reglement|limite|autorise|gratuit|payant|"
    r"unilateral|alterne|genant|reserve)"
    r"|\binterdite?s?\s+au\s+stationnement\b|\binterdiction\s+de\s+(?:stationner|circuler)\b"
    r"|\bvitesse\s+(?:est\s+|sera\s+)?limitee\b|\bsens\s+unique\b|\bzone\s+(?:bleue|30)\b"
    r"|\bacces\b[^.;]{0,100}\b(?:est|sont|sera|seront)\s+(?:interdit|reglemente|limite|"
    r"restreint|ferme)"
    r"|\bil\s+est\s+(?:formellement\s+)?interdit\s+(?:a\s+(?:toute\s+personne|quiconque)\s+)?"
    r"(?:de|d['’])"
)
# A title announcing rules (a règlement, a réglementation, tarifs), folded; not the
# settlement of a bill (« règlement des frais et honoraires »).
_GENERAL_TITLE = LazyPattern(
    r"\breglement(?:ation|ant|aire)\b|\breglement\s+(?:interieur|general|de\s+police|"
    r"de\s+voirie|municipal|sanitaire|d['’]utilisation|des\s+cimetieres|du\s+cimetiere)\b"
    r"|\btarifs?\b"
)
_KEPT = "_actlint_facts"
_T = TypeVar("_T")


@dataclass(frozen=True)
class CitedAct:
    """An act a visa cites, with the visa."""

    reference: ActReference
    visa: Unit


def facts(act: Act) -> Facts:
    """The facts of an act, derived on first use and kept with it."""
    kept = act.__dict__.get(_KEPT)
    if kept is None:
        # kept beside the act's own cached values, as functools.cached_property keeps them
        kept = act.__dict__[_KEPT] = Facts(act)
    assert isinstance(kept, Facts)
    return kept


def within(act: Act, repository: Repository, path: str) -> None:
    """Resolve the act's references against ``repository``, where the act is ``path``."""
    kept = facts(act)
    kept.repository, kept.path = repository, path


def unit_cites(unit: Unit, code: str, article: str) -> bool:
    """Whether a unit (a visa, an article…) cites this article of this code."""
    return any(c.code == code and c.article == article for c in unit.entities.legal_citations)


class Facts:
    """The facts of one act; each property is computed when first asked, then kept.

    ``repository``: the acts of the repository the act belongs to, when it is linted in
    one (None otherwise); ``path``: the act's own path there."""

    repository: Repository | None = None
    path: str = ""

    def __init__(self, act: Act) -> None:
        self.act = act
        self._derived: dict[str, object] = {}
        self._resolved: dict[tuple[ActReference, bool], Resolution | None] = {}

    def resolve(self, reference: ActReference, delegating: bool = False) -> Resolution | None:
        """The act of the repository ``reference`` names (see ``Repository.resolve``);
        None when the act is not linted in a repository. ``delegating``: the reference is
        to the act of delegation, which a sitting's other acts of that date are not."""
        if self.repository is None:
            return None
        key = (reference, delegating)
        if key not in self._resolved:
            place = self.act.signature.place if self.act.signature else None
            self._resolved[key] = self.repository.resolve(
                reference, place=fold(place).strip() if place else None, delegating=delegating,
                citing=self.path,
            )  # fmt: skip
        return self._resolved[key]

    @cached_property
    def cited_acts(self) -> tuple[tuple[ActReference, bool], ...]:
        """The references to délibérations, arrêtés and décisions the repository can
        resolve, each with whether it names an act of delegation (see
        ``repository.cited_acts``)."""
        from actlint.engine.repository import cited_acts

        cited = (*self.delegation_deliberations, *self.delegation_orders)
        return cited_acts(self.act, {c.reference for c in cited})

    @cached_property
    def record(self) -> Record | None:
        """The act's own record in the repository's index, when it is an act references
        may name (a délibération, a décision, an arrêté)."""
        from actlint.engine.records import KINDS

        record = self.repository.record(self.path) if self.repository else None
        return record if record is not None and record.kind in KINDS else None

    def derived(self, name: str, derive: Callable[[Act], _T]) -> _T:
        """A value a pack derives from the act (``name`` unique to the pack), computed the
        first time one of its rules asks and kept for the others."""
        if name not in self._derived:
            self._derived[name] = derive(self.act)
        return cast(_T, self._derived[name])

    @cached_property
    def signature_date(self) -> dt.date | None:
        """The date of the signature block, when it is readable."""
        signature = self.act.signature
        return signature.date.value if signature and signature.date else None

    @property
    def territory(self) -> str | None:
        """The VAT territory the act shows it belongs to (« corse », « reunion »…: its
        heading, its postcodes, its stamp), or None when it does not say."""
        return self.act.territory_hint

    @cached_property
    def enacted_as(self) -> Kind | None:
        """The kind of act the enacting word announces (« DÉCIDE » → décision, « ARRÊTE »
        → arrêté), or None; compare with ``act.kind``, which the title gives."""
        if self.act.formula is None:
            return None
        word = fold(self.act.formula.text.split("\n", 1)[0].strip())
        if word.startswith("delib"):
            return "deliberation"
        return _ENACTED_AS.get(word[:1])

    @cached_property
    def _citations(self) -> frozenset[tuple[str | None, str]]:
        return frozenset((c.code, c.article) for c in self.act.legal_citations)

    def cites(self, code: str, article: str) -> bool:
        """Whether the act cites this article of this code anywhere (« L. 2122-22 » of
        the « CGCT »), as the entity recogniser keys citations."""
        return (code, article) in self._citations

    def cites_code(self, code: str) -> bool:
        """Whether the act cites any article of this code."""
        return any(c == code for c, _ in self._citations)

    @cached_property
    def concerns_procurement(self) -> bool:
        """The act passes, executes or amends a marché or an accord-cadre — not a market
        held in the streets (« marché hebdomadaire », « place du Marché », « droits de
        place du marché »)."""
        act = self.act
        folded = act.folded  # as long as the text: a hit there is at the same offset in it
        if any(w in folded for w in _FRAMEWORK_WORDS):
            return True
        for m in _MARCHE.finditer(folded):
            i = m.start()
            if act.text[i : i + 6].lower() != "marché":
                continue  # « la marche normale », « démarche »
            if _MARKET_BEFORE.search(folded, max(0, i - 40), i):
                continue
            if _MARKET_AFTER.match(folded, m.end()):
                continue
            return True
        return self.cites_code("CCP")

    @cached_property
    def states_delegation(self) -> bool:
        """The act says it is taken by delegation of the deliberative assembly: it cites
        L. 2122-22 (commune) or L. 5211-10 (EPCI) CGCT, or « par délégation du conseil »."""
        return any(self.cites("CGCT", a) for a in _DELEGATION_ARTICLES) or any(
            words in self.act.folded for words in _BY_ASSEMBLY
        )

    @cached_property
    def executive(self) -> str | None:
        """Who takes the act, when the act says it: « maire » (the maire, an adjoint for
        him), « president » (the président of an EPCI), or None."""
        signature = self.act.signature
        words = " ".join(
            filter(
                None,
                [
                    self.act.preface.authority,
                    signature.on_behalf if signature else None,
                    signature.capacity if signature else None,
                ],
            )
        )
        folded = fold(words)
        if "maire" in folded or "adjoint" in folded:
            return "maire"
        if "president" in folded and _EPCI_WORDS.search(words):
            return "president"
        if self.cites("CGCT", "L. 5211-10"):
            return "president"
        return None

    @cached_property
    def own_power_basis(self) -> bool:
        """The act cites a basis of its author's competence other than a delegation of
        the assembly: a police power (L. 2212-x, L. 2213-x), the maire's own powers
        (L. 2122-18, L. 2122-19, L. 2122-21…), or a délibération authorising him."""
        if any(code == "CGCT" and _OWN_POWER.match(article) for code, article in self._citations):
            return True
        title = fold(self.act.preface.title or "")
        if "delegation" in title and any(self.cites("CGCT", a) for a in _DELEGATING_POWER):
            return True
        visas = self.act.preamble.citations
        return any(_POLICE_POWERS.search(v.text) for v in visas) or any(
            r.kind == "deliberation" and _EXECUTES.search(v.text)
            for v in visas
            for r in v.entities.references
        )

    @cached_property
    def by_delegation(self) -> bool:
        """A décision taken by delegation of the deliberative assembly. The act may say so;
        otherwise a décision of a maire or of an EPCI's président that cites no other
        basis of competence is one: the décision is the form the law gives those acts
        (L. 2122-22, L. 5211-10), and the visa of the délibération of delegation, whose
        absence must be found, cannot be what makes an act one."""
        if self.states_delegation:
            return True
        return (
            self.act.kind == "decision" and self.executive is not None and not self.own_power_basis
        )

    @cached_property
    def profile(self) -> str:
        """The act's profile: its kind, refined (décision by delegation, police arrêté)."""
        return profiles.profile_of(self.act, self.by_delegation, self.executive)

    def requires(self, requirement: str) -> bool:
        """Whether the act's profile lists ``requirement`` (« signature », « reasons »…)."""
        return requirement in profiles.requirements(self.profile)

    @cached_property
    def delegation_deliberations(self) -> tuple[CitedAct, ...]:
        """Visas citing the council's délibération of delegation (L. 2122-22 or
        « délégation »)."""
        return tuple(
            CitedAct(r, visa)
            for visa in self.act.preamble.citations
            for r in visa.entities.references
            if r.kind == "deliberation"
            and (unit_cites(visa, "CGCT", "L. 2122-22") or _DELEGATION.search(visa.text))
        )

    @cached_property
    def delegated_items(self) -> frozenset[str]:
        """The items of L. 2122-22 CGCT the act names as its basis (« 4° », « 11° »), in
        its citations of the article or in the visas of the délibération of delegation."""
        items = {
            c.item for c in self.act.legal_citations
            if c.code == "CGCT" and c.article == "L. 2122-22" and c.item
        }  # fmt: skip
        text = self.act.text
        for c in self.act.legal_citations:
            if c.code == "CGCT" and c.article == "L. 2122-22" and c.item:
                before = _RANGE_BEFORE_ARTICLE.search(text, max(0, c.span.start - 60), c.span.start)
                if before:
                    items.update(_range(before))
        for cited in self.delegation_deliberations:
            items.update(m.group(1) + "°" for m in _ITEM.finditer(cited.visa.text))
            for m in _RANGE.finditer(cited.visa.text):
                items.update(_range(m))
        return frozenset(items)

    def relies_on_other_items_than(self, item: str) -> bool:
        """The act names the items of L. 2122-22 it relies on, and ``item`` is not one of
        them (a lawyer's fees under 11° in a dispute over a marché is not a marché, 4°)."""
        return bool(self.delegated_items) and item not in self.delegated_items

    @cached_property
    def delegation_orders(self) -> tuple[CitedAct, ...]:
        """Visas citing an arrêté that delegates functions or signature (L. 2122-18,
        L. 2122-19, or a préfectoral arrêté of signature delegation)."""
        return tuple(
            CitedAct(r, visa)
            for visa in self.act.preamble.citations
            for r in visa.entities.references
            if r.kind in ("arrete", "arrete_prefectoral")
            and (
                _DELEGATION.search(visa.text)
                or unit_cites(visa, "CGCT", "L. 2122-18")
                or unit_cites(visa, "CGCT", "L. 2122-19")
            )
        )

    @cached_property
    def signed_for_someone(self) -> str | None:
        """The wording of a signature made for another authority (« Pour le Maire »,
        « Par délégation », « L'Adjoint délégué »), or None."""
        signature = self.act.signature
        if signature is None:
            return None
        if signature.on_behalf and _FOR_SOMEONE.search(signature.on_behalf):
            return signature.on_behalf
        if signature.capacity and _DELEGATION.search(signature.capacity):
            return signature.capacity
        return None

    @cached_property
    def signed_by_substitute(self) -> str | None:
        """The wording of a signature by suppléance (« Pour le Maire empêché »), or None."""
        signature = self.act.signature
        words = (
            ", ".join(
                part.rstrip(", ") for part in (signature.on_behalf, signature.capacity) if part
            )
            if signature
            else ""
        )
        return words if _SUPPLEANCE.search(words) else None

    @cached_property
    def cites_suppleance(self) -> bool:
        """A visa cites L. 2122-17 CGCT (the mayor replaced when impeded)."""
        return any(unit_cites(v, "CGCT", "L. 2122-17") for v in self.act.preamble.citations)

    @cached_property
    def scope(self) -> Literal["individual", "regulatory"] | None:
        """Whether the act is an individual decision or a regulatory act, as far as its
        articles show; None when they show neither, or both.

        Individual: an article names the person or the company the act concerns (« M.
        DUPONT », « Madame Céline DEL OLMO », « la société ÉQUIP'ÉCOLES », « le
        pétitionnaire », « domicilié »), or the act is notified to one. The execution article
        and the articles on copies, transmission and appeal name recipients, not the one the
        act concerns: only a notification counts there (« notifié à l'exploitant »). A title
        naming a person or a company counts too (« arrêté réglementant l'activité de la
        société RECTICEL »). Regulatory: an article lays down rules for everyone (traffic,
        parking, speed, access to a place, « il est interdit de … »), or the title announces
        a règlement, a réglementation or tarifs."""
        individual = regulatory = False
        for article in self.act.articles:
            text = article.text
            notified = (m.end() for m in _NOTIFIED_TO.finditer(text))
            if any(_named(text, at) or _NOTIFIED_ONE.match(text, at) for at in notified):
                individual = True
            if article is self.act.execution_article or _ABOUT_THE_ACT.search(text):
                continue
            if _PERSON.search(text) or _COMPANY.search(text) or _DESIGNATED.search(text):
                individual = True
            if _GENERAL_RULES.search(self.act.folded, article.span.start, article.span.end):
                regulatory = True
            if individual and regulatory:
                return None  # both: the articles do not settle it
        title = self.act.preface.title or ""
        if _PERSON.search(title) or _COMPANY.search(title):
            individual = True
        elif _GENERAL_TITLE.search(fold(title)):
            regulatory = True
        if individual == regulatory:
            return None
        return "individual" if individual else "regulatory"


def _range(match: re.Match[str]) -> set[str]:
    """Every item of a range of items (« 1° à 10° »: 1° to 10°), or its two ends when it
    does not read as one (« 10° à 3° »)."""
    first, last = int(match.group(1)), int(match.group(2))
    if first >= last:
        return {f"{first}°", f"{last}°"}
    return {f"{n}°" for n in range(first, last + 1)}


def _named(text: str, at: int) -> bool:
    """Whether a person, a company or the one concerned is named at this offset."""
    return any(p.match(text, at) for p in (_PERSON, _COMPANY, _DESIGNATED))
