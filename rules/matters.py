"""MAT: a décision taken by delegation of the council decides a matter the council may
delegate (CGCT, art. L. 2122-22), cites the item that allows it, and is signed by someone
who may sign it."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from actlint.api import (
    Act,
    Finding,
    LazyPattern,
    Severity,
    Span,
    Text,
    Unit,
    facts,
    fold,
    rule,
    unit_cites,
)

from .support.matters import Classification, classify_subject, item_matter, matters_of
from .support.sources import SUBDELEGATION_TO_AGENTS, code_article, law

_ITEM = LazyPattern(r"(?<![\w,])(\d{1,2})\s?°")  # as facts read the items of L. 2122-22
_KNOWN = ("V", "V2")  # confidence of the items whose subject was read


def _by_delegation_of_the_council(act: Act) -> bool:
    """A décision of the maire taken by delegation of the municipal council, that says so."""
    return facts(act).profile == "decision_delegation" and facts(act).states_delegation


def _item_sort(item: str) -> int:
    return int(item.rstrip("°"))


def _items(items: Iterable[str], last: str = " et ", each: str = "") -> str:
    """« 4° », « 4° et 11° »; with ``each`` before every item: « du 2° ou du 5° »."""
    ordered = [each + i for i in sorted(items, key=_item_sort)]
    return ", ".join(ordered[:-1]) + last + ordered[-1] if len(ordered) > 1 else ordered[0]


def _articles_name_a_matter(act: Act) -> bool:
    """An article (not the execution article, not the appeal mentions) names a matter an
    item covers, or may cover: the title is then not the whole subject."""
    for article in act.articles:
        if article is act.execution_article or "recours" in fold(article.text):
            continue
        matters, _, unconfirmed = classify_subject(article.text)
        if matters or unconfirmed:
            return True
    return False


@rule(
    code="MAT001", name="matter-not-delegable", severity=Severity.WARNING, status="preview",
    summary=Text("Matière qu'aucun alinéa de l'article L. 2122-22 ne permet de déléguer",
                 "Matter no item of L. 2122-22 allows the council to delegate"),
    basis=law(Text("la liste des matières que le conseil municipal peut déléguer au maire est "
              "limitative ; les autres matières relèvent du conseil",
              "the list of the matters the council may delegate to the mayor is closed; the "
              "others stay with the council"), code_article("CGCT", "L. 2122-22", "L. 2121-29")),
)  # fmt: skip
def matter_not_delegable(act: Act, options: Mapping[str, Any]) -> Iterable[Finding]:
    """A décision taken by delegation of the municipal council decides a matter that no
    item of L. 2122-22 covers.

    The subject is read in the title (« Objet : … »), with the table of
    ``rules/data/delegable_matters.toml``: the rule reports only a subject the table knows
    to be the council's (buying or selling real property, a grant awarded by the commune,
    the budget and the tax rates, the creation of posts, a loan guarantee, the naming of
    streets, councillors' allowances) and in which it finds no delegable matter — neither
    in the title nor in the articles — nor one that an item not yet confirmed may cover. A
    décision citing an item whose subject is not confirmed is not judged, nor is a décision
    that does not say it is taken by delegation (it may rest on a power of its own), nor a
    décision of an EPCI's président (CGCT, art. L. 5211-10 has no list), nor one that passes
    or amends a marché (4°: « acquisition d'un bâtiment modulaire »).

    Why: the mayor decides by delegation only the matters CGCT art. L. 2122-22 lists, and
    its list is limitative; the others stay with the council, which « règle par ses
    délibérations les affaires de la commune » (art. L. 2121-29). A décision on such a
    matter is taken by an authority that did not hold the power, which the contrôle de
    légalité raises first.

    Severity: a warning: the subject is read from the title, which may say less than the
    act does; the mayor may lack competence, and a human must confirm.

    Contrôle : une décision prise par délégation du conseil municipal porte sur une matière
    qu'aucun alinéa de l'article L. 2122-22 ne couvre.

    L'objet est lu dans le titre (« Objet : … »), avec la table de
    ``rules/data/delegable_matters.toml`` : la règle ne signale qu'un objet que la table
    sait relever du conseil (acquisition ou cession d'un bien immobilier, subvention
    attribuée par la commune, budget et taux des impôts, création d'emplois, garantie
    d'emprunt, dénomination des voies, indemnités des élus) et où elle ne trouve aucune
    matière délégable — ni dans le titre ni dans les articles —, ni aucune qu'un alinéa non
    encore confirmé pourrait couvrir. La décision qui vise un alinéa dont l'objet n'est pas
    confirmé n'est pas contrôlée, non plus que celle qui ne dit pas être prise par
    délégation (elle peut reposer sur un pouvoir propre) ni celle du président d'un EPCI
    (l'article L. 5211-10 ne fixe pas de liste), ni celle qui passe ou modifie un marché
    (4° : « acquisition d'un bâtiment modulaire »).

    Pourquoi : le maire ne décide par délégation que dans les matières que l'article
    L. 2122-22 du CGCT énumère, et cette liste est limitative ; les autres restent au
    conseil municipal, qui « règle par ses délibérations les affaires de la commune »
    (art. L. 2121-29). La décision prise dans une telle matière l'est par une autorité qui
    n'en avait pas le pouvoir, ce que le contrôle de légalité relève en premier.

    Gravité : avertissement : l'objet est lu dans le titre, qui peut en dire moins que
    l'acte ; le maire peut ne pas être compétent, et l'appréciation revient au lecteur.

    Failing example::

        DÉCISION n° 2026-51
        Objet : Décision portant acquisition d'un terrain rue des Écoles
        Vu la délibération du conseil municipal du 3 avril 2026 portant délégation au maire en application de l'article L. 2122-22 du CGCT ;
        DÉCIDE
        Article 1 : La commune acquiert la parcelle cadastrée AB 12 au prix de 40 000 euros.

    Passing example::

        DÉCISION n° 2026-51
        Objet : Décision portant exercice du droit de préemption urbain
        Vu la délibération du conseil municipal du 3 avril 2026 portant délégation au maire en application de l'article L. 2122-22 du CGCT ;
        DÉCIDE
        Article 1 : La commune acquiert la parcelle cadastrée AB 12 au prix de 40 000 euros.
    """
    if not _by_delegation_of_the_council(act):
        return
    found = matters_of(act)
    if not found.clearly_outside or found.span is None or facts(act).concerns_procurement:
        return
    cited = facts(act).delegated_items
    if any((m := item_matter(i)) is None or m.confidence not in _KNOWN for i in cited):
        return
    if _articles_name_a_matter(act):
        return
    outside = found.outside[0]
    council = f" ({outside.council})" if outside.council else ""
    yield Finding(
        span=found.span,
        message=Text(
            f"décision prise par délégation du conseil sur une matière qu'aucun alinéa de "
            f"l'article L. 2122-22 du CGCT ne permet de déléguer ({outside.label}) : le maire "
            "peut ne pas être compétent",
            f"décision taken by delegation of the council on a matter no item of CGCT "
            f"art. L. 2122-22 allows it to delegate ({outside.label_en}): the mayor may lack "
            "competence",
        ),
        help=Text(
            f"vérifier la matière : elle relève du conseil municipal{council}, sauf si la "
            "décision entre en fait dans un alinéa de l'article L. 2122-22, qu'il faut alors "
            "viser",
            f"check the matter: it is the council's{council}, unless the décision in fact "
            "falls under an item of L. 2122-22, which it should then cite",
        ),
    )


def _item_span(act: Act, items: frozenset[str]) -> Span | None:
    """Where the act names one of the cited items: in a unit citing L. 2122-22, or in the
    visa of the délibération of delegation."""
    delegation_visas = [c.visa for c in facts(act).delegation_deliberations]
    units: list[Unit] = [
        *delegation_visas,
        *(u for u in (*act.preamble.citations, *act.articles)
          if unit_cites(u, "CGCT", "L. 2122-22")),
    ]  # fmt: skip
    for unit in units:
        for m in _ITEM.finditer(unit.text):
            if m.group(1) + "°" in items:
                return Span(unit.span.start + m.start(), unit.span.start + m.end())
    return None


def _subject_items(found: Classification) -> frozenset[str]:
    known = frozenset(m.item for m in found.matters if m.confidence in _KNOWN)
    return known or found.items


@rule(
    code="MAT002", name="item-contradicts-subject", severity=Severity.WARNING,
    summary=Text("Alinéa de l'article L. 2122-22 visé sans rapport avec l'objet",
                 "Item of L. 2122-22 cited that does not fit the subject"),
    basis=law(Text("chaque alinéa de l'article L. 2122-22 délègue une matière précise ; la "
              "décision relève de l'alinéa qui couvre son objet",
              "each item of L. 2122-22 delegates a precise matter; the décision rests on the "
              "item that covers its subject"), code_article("CGCT", "L. 2122-22")),
)  # fmt: skip
def item_contradicts_subject(act: Act, options: Mapping[str, Any]) -> Iterable[Finding]:
    """A décision taken by delegation of the council cites items of L. 2122-22 (« en
    application du 4° ») none of which covers its subject (a lease, which is 5°).

    The items are those the act cites with the article, or in the visa of the délibération
    of delegation; the subject is read in the title with the table of
    ``rules/data/delegable_matters.toml``. Items that fit a subject together are accepted
    (a lawyer's fees: 11°, or 4° since legal services are marchés, or 16° for the
    proceedings; insurance: 6° or 4°; a pre-emption: 15°, 21° or 22°; renting goods, a
    marché de fournitures: 4° or 5°, while renting real property is 5° only). A range of
    items (« des 1° à 10° », « du 1° au 10° ») cites every item in it. The rule reports
    nothing when one of the cited items has a subject not yet confirmed (14°, 18°, 19°,
    23°, 24°, 25°, 28°, 29° and after), nor when the title names no matter.

    Why: the council delegates item by item, and may delegate some items and not others,
    or set limits item by item (CGCT, art. L. 2122-22); a décision that cites an item
    foreign to its subject shows no delegation for what it decides. Either the item is
    miscited, or the matter was not delegated and the mayor lacked competence.

    Severity: a warning: most often a wrong number in a visa, which does not by itself make
    the act unlawful (CE, 5 avril 2002, n° 221890); but the préfecture will ask whether the
    matter was delegated, and if not the décision is irregular.

    Contrôle : une décision prise par délégation du conseil vise des alinéas de l'article
    L. 2122-22 (« en application du 4° ») dont aucun ne couvre son objet (un bail, qui
    relève du 5°).

    Les alinéas sont ceux que l'acte vise avec l'article, ou dans le visa de la délibération
    de délégation ; l'objet est lu dans le titre avec la table de
    ``rules/data/delegable_matters.toml``. Les alinéas qui conviennent ensemble à un objet
    sont admis (les honoraires d'un avocat : 11°, ou 4° puisque les services juridiques sont
    des marchés, ou 16° pour l'instance ; une assurance : 6° ou 4° ; une préemption : 15°,
    21° ou 22° ; la location d'un bien meuble, marché de fournitures : 4° ou 5°, celle d'un
    bien immobilier relevant du seul 5°). Une plage d'alinéas (« des 1° à 10° », « du 1° au
    10° ») vise chacun d'eux. La règle ne signale rien lorsque l'un des alinéas visés a un objet non
    encore confirmé (14°, 18°, 19°, 23°, 24°, 25°, 28°, 29° et suivants), ni lorsque le
    titre ne nomme aucune matière.

    Pourquoi : le conseil municipal délègue alinéa par alinéa, peut déléguer certains
    alinéas et pas d'autres, ou fixer des limites propres à chacun (CGCT, art. L. 2122-22) ;
    la décision qui vise un alinéa étranger à son objet ne montre aucune délégation pour ce
    qu'elle décide. Soit l'alinéa est mal cité, soit la matière n'a pas été déléguée et le
    maire n'était pas compétent.

    Gravité : avertissement : le plus souvent un numéro erroné dans un visa, ce qui ne rend
    pas à lui seul l'acte illégal (CE, 5 avril 2002, n° 221890) ; mais la préfecture
    demandera si la matière a été déléguée, et à défaut la décision est irrégulière.

    Failing example::

        DÉCISION n° 2026-44
        Objet : Décision portant location d'un local commercial rue de la République
        Vu la délibération du conseil municipal du 3 avril 2026 portant délégation au maire en application du 4° de l'article L. 2122-22 du CGCT ;
        DÉCIDE
        Article 1 : Un bail est conclu avec la SARL Le Fournil.

    Passing example::

        DÉCISION n° 2026-44
        Objet : Décision portant location d'un local commercial rue de la République
        Vu la délibération du conseil municipal du 3 avril 2026 portant délégation au maire en application du 5° de l'article L. 2122-22 du CGCT ;
        DÉCIDE
        Article 1 : Un bail est conclu avec la SARL Le Fournil.
    """
    if not _by_delegation_of_the_council(act):
        return
    found = matters_of(act)
    cited = facts(act).delegated_items
    if not found.matters or not cited or cited & found.fitting_items:
        return
    if any((m := item_matter(i)) is None or m.confidence not in _KNOWN for i in cited):
        return
    span = _item_span(act, cited)
    if span is None:
        return
    cited_labels = " ; ".join(
        f"{i} : {m.label}" for i in sorted(cited, key=_item_sort) if (m := item_matter(i))
    )
    cited_labels_en = "; ".join(
        f"{i}: {m.label_en}" for i in sorted(cited, key=_item_sort) if (m := item_matter(i))
    )
    expected = _subject_items(found)
    the_cited = ("les " if len(cited) > 1 else "le ") + _items(cited)
    yield Finding(
        span=span,
        message=Text(
            f"la décision vise {the_cited} de l'article L. 2122-22 ({cited_labels}), mais son "
            f"objet relève {_items(expected, ' ou ', 'du ')}",
            f"the décision cites {_items(cited)} of article L. 2122-22 ({cited_labels_en}), "
            f"but its subject falls under {_items(expected, ' or ')}",
        ),
        help=Text(
            f"vérifier que la délibération de délégation couvre {_items(expected, ' ou ', 'le ')}"
            " et le viser ; à défaut, la matière n'est pas déléguée et relève du conseil "
            "municipal",
            f"check that the délibération of delegation covers {_items(expected, ' or ')} and "
            "cite it; otherwise the matter is not delegated and stays with the council",
        ),
    )


# An agent's capacity (L. 2122-19: DGS, DGA, DST, heads of department…), folded.
_AGENT = LazyPattern(
    r"\bdirect(?:eur|rice)\b|\bd\.?g\.?s\.?\b|\bd\.?g\.?a\.?\b|\bd\.?s\.?t\.?\b"
    r"|\bsecretaire\s+general|\bresponsables?\b|\bchef(?:fe)?\s+(?:de|du)\s+(?:service|pole|bureau"
    r"|cabinet)|\battachee?\b|\bingenieure?\b|\bredact(?:eur|rice)\b|\bfonctionnaire\b"
)
# An elected member's: the maire, an adjoint (not a « directeur général adjoint »), a
# councillor, an EPCI's président or vice-président.
_ELECTED = LazyPattern(
    r"\bmaire\b|\badjointe?\s+(?:au\s+maire|du\s+maire|deleguee?|a\s+la|a\s+l['’]|au|aux"
    r"|en\s+charge)\b|^\W*(?:l['’]\s*|le\s+|la\s+)?(?:\d+\s*(?:er|ere|e|eme)?\s+|premier\s+"
    r"|premiere\s+|[a-z]+ieme\s+)?adjointe?\b|\bconseill[eè]re?s?\s+(?:municipa|delegue"
    r"|communautaire)|\belue?\b|\bpresidente?\b"
)
# What says the délibération allows agents to sign: the article, the agents, subdelegation.
_AGENTS_ALLOWED = LazyPattern(
    r"l\.?\s*2122-19|\bdirect(?:eur|rice)s?\b|\bd\.?g\.?s\b|\bagents?\b|\bresponsables?\b"
    r"|\bsubdelegation\b|\bsubdeleg|\bfonctionnaires?\b|\bdelegation\s+de\s+signature\b"
)


def _agent(capacity: str | None) -> bool:
    if not capacity:
        return False
    folded = fold(capacity)
    return bool(_AGENT.search(folded)) and not _ELECTED.search(folded)


def _allows_agents(act: Act) -> bool:
    """A visa or a considérant says that the délibération of delegation allows its
    décisions to be signed by agents (L. 2122-19)."""
    units = (*act.preamble.citations, *act.preamble.recitals)
    for unit in units:
        folded = fold(unit.text)
        if "delib" in folded and _AGENTS_ALLOWED.search(folded):
            return True
    return False


def _capacity_span(act: Act) -> Span:
    signature = act.signature
    assert signature is not None and signature.capacity
    at = act.text.find(signature.capacity, signature.span.start, signature.span.end)
    return Span(at, at + len(signature.capacity)) if at >= 0 else signature.span


@rule(
    code="MAT003", name="agent-signs-delegated-matter", severity=Severity.WARNING,
    summary=Text("Décision prise par délégation du conseil signée par un agent",
                 "Décision taken by delegation of the council signed by an agent"),
    basis=law(Text("un agent ne signe les décisions prises sur délégation du conseil que si la "
              "délibération de délégation l'autorise expressément",
              "an agent signs the décisions taken by delegation of the council only if the "
              "délibération of delegation expressly allows it"),
              code_article("CGCT", "L. 2122-19", "L. 2122-23"), SUBDELEGATION_TO_AGENTS),
)  # fmt: skip
def agent_signs_delegated_matter(act: Act, options: Mapping[str, Any]) -> Iterable[Finding]:
    """A décision taken by delegation of the council is signed by an agent (« Pour le
    Maire et par délégation, le Directeur général des services »), and no visa or
    considérant shows that the délibération of delegation allows it.

    The signatory is an agent when the capacity is an agent's (directeur, DGS, DGA,
    secrétaire général, responsable or chef de service, attaché, ingénieur…) and not an
    elected member's (maire, adjoint, conseiller municipal; a « directeur général adjoint »
    is an agent). The délibération allows it when a visa or a considérant that names it also
    names L. 2122-19, the agents, a directeur or subdelegation. Only a décision that says
    it is taken by delegation of the council (it cites L. 2122-22, or « par délégation du
    conseil ») is judged: an agent signs the mayor's own décisions under L. 2122-19 alone.
    A signature for someone
    with no visa of any arrêté of delegation is reported by DEL001 instead, and a signature
    by suppléance by DEL004.

    Why: L. 2122-23 lets an adjoint or a councillor sign the décisions taken under
    L. 2122-22, not an agent: the mayor may delegate his signature to the agents L. 2122-19
    lists, but for matters the council delegated to him this is a subdelegation, lawful only
    if the délibération of delegation expressly allows it (CAA Nancy, 7 août 2003,
    n° 98NC01059).

    Severity: a warning: the délibération may allow it without the décision saying so, but
    the contrôle de légalité will ask, and without it the décision is signed by an
    incompetent authority.

    Contrôle : une décision prise par délégation du conseil est signée par un agent
    (« Pour le Maire et par délégation, le Directeur général des services »), et aucun visa
    ni considérant ne montre que la délibération de délégation le permet.

    Le signataire est un agent lorsque sa qualité est celle d'un agent (directeur, DGS, DGA,
    secrétaire général, responsable ou chef de service, attaché, ingénieur…) et non d'un élu
    (maire, adjoint, conseiller municipal ; le « directeur général adjoint » est un agent).
    La délibération le permet lorsqu'un visa ou un considérant qui la nomme nomme aussi
    l'article L. 2122-19, les agents, un directeur ou la subdélégation. Seule est contrôlée
    la décision qui dit être prise par délégation du conseil (elle vise l'article
    L. 2122-22, ou porte « par délégation du conseil ») : un agent signe les décisions
    propres du maire en vertu du seul article L. 2122-19. La signature pour
    autrui sans visa d'aucun arrêté de délégation relève de DEL001, la signature par
    suppléance de DEL004.

    Pourquoi : l'article L. 2122-23 permet à un adjoint ou à un conseiller municipal de
    signer les décisions prises en application de l'article L. 2122-22, non à un agent : le
    maire peut déléguer sa signature aux agents que l'article L. 2122-19 énumère, mais pour
    les matières que le conseil lui a déléguées, c'est une subdélégation, régulière
    seulement si la délibération de délégation l'autorise expressément (CAA Nancy, 7 août
    2003, n° 98NC01059).

    Gravité : avertissement : la délibération peut le permettre sans que la décision le
    dise, mais le contrôle de légalité le demandera, et à défaut la décision est signée par
    une autorité incompétente.

    Failing example::

        DÉCISION n° 2026-46
        Vu la délibération du conseil municipal du 3 avril 2026 portant délégation au maire en application de l'article L. 2122-22 du CGCT ;
        Vu l'arrêté n° 2026-061 du 7 avril 2026 portant délégation de signature à Mme Sylvie BADE, directeur général des services ;
        DÉCIDE
        Article 1 : Il est institué une régie de recettes pour la piscine municipale.
        Fait à Lens, le 12 mai 2026.
        Pour le Maire et par délégation,
        Le Directeur général des services,
        Sylvie BADE

    Passing example::

        DÉCISION n° 2026-46
        Vu la délibération du conseil municipal du 3 avril 2026 portant délégation au maire en application de l'article L. 2122-22 du CGCT, et autorisant la signature des décisions prises sur délégation par le directeur général des services (article L. 2122-19) ;
        Vu l'arrêté n° 2026-061 du 7 avril 2026 portant délégation de signature à Mme Sylvie BADE, directeur général des services ;
        DÉCIDE
        Article 1 : Il est institué une régie de recettes pour la piscine municipale.
        Fait à Lens, le 12 mai 2026.
        Pour le Maire et par délégation,
        Le Directeur général des services,
        Sylvie BADE
    """
    signature = act.signature
    if (
        signature is None
        or not _by_delegation_of_the_council(act)
        or not _agent(signature.capacity)
        or facts(act).signed_by_substitute
        or (facts(act).signed_for_someone and not facts(act).delegation_orders)  # DEL001
        or _allows_agents(act)
    ):
        return
    yield Finding(
        span=_capacity_span(act),
        message=Text(
            f"décision prise par délégation du conseil signée par un agent (« "
            f"{signature.capacity} ») sans visa d'une délibération de délégation qui "
            "l'autorise",
            f"décision taken by delegation of the council signed by an agent (« "
            f"{signature.capacity} ») with no visa of a délibération of delegation allowing "
            "it",
        ),
        help=Text(
            "vérifier que la délibération de délégation autorise expressément la signature "
            "par les agents (art. L. 2122-19 du CGCT) et le dire dans son visa ; à défaut, "
            "faire signer le maire, ou un adjoint ou un conseiller délégué (art. L. 2122-23)",
            "check that the délibération of delegation expressly allows agents to sign "
            "(CGCT, art. L. 2122-19) and say so in its visa; otherwise have the maire, or a "
            "delegated adjoint or councillor, sign (art. L. 2122-23)",
        ),
    )
