"""The acts a delegated signature rests on, as the visas cite them."""

from __future__ import annotations

import re
from dataclasses import dataclass

from actlint.parse.act import Act, ActReference, Unit

_DELEGATION = re.compile(r"(?i:d[ée]l[ée]gu|d[ée]l[ée]gation)")
_SUPPLEANCE = re.compile(r"(?i:emp[êe]ch|suppl[ée]ance|supplée)")
_FOR_SOMEONE = re.compile(r"(?i:^\s*pour\s+(?:le|la|l['’])|^\s*p/|^\s*p\.o|par\s+d[ée]l[ée]gation)")


@dataclass(frozen=True)
class CitedAct:
    reference: ActReference
    visa: Unit


def _cites_article(unit: Unit, article: str) -> bool:
    return any(c.code == "CGCT" and c.article == article for c in unit.entities.legal_citations)


def delegation_deliberations(act: Act) -> list[CitedAct]:
    """Visas citing the council's délibération of delegation (L. 2122-22 or « délégation »)."""
    return [
        CitedAct(r, visa)
        for visa in act.preamble.citations
        for r in visa.entities.references
        if r.kind == "deliberation"
        and (_cites_article(visa, "L. 2122-22") or _DELEGATION.search(visa.text))
    ]


def delegation_orders(act: Act) -> list[CitedAct]:
    """Visas citing an arrêté that delegates functions or signature (L. 2122-18, L. 2122-19,
    or a préfectoral arrêté of signature delegation)."""
    return [
        CitedAct(r, visa)
        for visa in act.preamble.citations
        for r in visa.entities.references
        if r.kind in ("arrete", "arrete_prefectoral")
        and (
            _DELEGATION.search(visa.text)
            or _cites_article(visa, "L. 2122-18")
            or _cites_article(visa, "L. 2122-19")
        )
    ]


def signed_for_someone(act: Act) -> str | None:
    """The wording of a signature made for another authority (« Pour le Maire »,
    « Par délégation », « L'Adjoint délégué »), or None."""
    signature = act.signature
    if signature is None:
        return None
    if signature.on_behalf and _FOR_SOMEONE.search(signature.on_behalf):
        return signature.on_behalf
    if signature.capacity and _DELEGATION.search(signature.capacity):
        return signature.capacity
    return None


def signed_by_substitute(act: Act) -> str | None:
    """The wording of a signature by suppléance (« Pour le Maire empêché »), or None."""
    signature = act.signature
    words = " ".join(filter(None, [signature.on_behalf, signature.capacity])) if signature else ""
    return words if _SUPPLEANCE.search(words) else None


def cites_suppleance(act: Act) -> bool:
    return any(_cites_article(v, "L. 2122-17") for v in act.preamble.citations)
