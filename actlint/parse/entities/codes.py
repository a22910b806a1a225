"""The French codes acts cite, by short name, with the ways acts write them."""

from __future__ import annotations

import re

from actlint.text import LazyPattern

# short name -> patterns matching how an act names the code (accents may be missing)
CODES: dict[str, str] = {
    "CGCT": r"code\s+g[ée]n[ée]ral\s+des\s+collectivit[ée]s\s+territoriales|CGCT",
    "CCP": r"code\s+de\s+la\s+commande\s+publique|CCP",
    "CENV": r"code\s+de\s+l['’]\s*environnement",
    "CURB": r"code\s+de\s+l['’]\s*urbanisme",
    "CSP": r"code\s+de\s+la\s+sant[ée]\s+publique|CSP",
    "CRPA": r"code\s+des\s+relations\s+entre\s+l[ea]\s+public\s+et\s+l['’]\s*administration|CRPA",
    "CJA": r"code\s+de\s+(?:la\s+)?justice\s+administrative|CJA",
    "CGI": r"code\s+g[ée]n[ée]ral\s+des\s+imp[ôo]ts|CGI",
    "CGPPP": r"code\s+g[ée]n[ée]ral\s+de\s+la\s+propri[ée]t[ée]\s+des\s+personnes\s+publiques|CGPPP",
    "CPEN": r"code\s+p[ée]nal",
    "CROUTE": r"code\s+de\s+la\s+route",
    "CENER": r"code\s+de\s+l['’]\s*[ée]nergie",
    "CCH": r"code\s+de\s+la\s+construction\s+et\s+de\s+l['’]\s*habitation|CCH",
    "CTRAV": r"code\s+du\s+travail",
    "CCIV": r"code\s+civil",
    "CEDUC": r"code\s+de\s+l['’]\s*[ée]ducation",
    "CSI": r"code\s+de\s+la\s+s[ée]curit[ée]\s+int[ée]rieure|CSI",
    "CPATR": r"code\s+du\s+patrimoine",
    "CTOUR": r"code\s+du\s+tourisme",
    "CRURAL": r"code\s+rural(?:\s+et\s+de\s+la\s+p[êe]che\s+maritime)?",
    "CELEC": r"code\s+[ée]lectoral",
    "CASF": r"code\s+de\s+l['’]\s*action\s+sociale\s+et\s+des\s+familles|CASF",
    "CSS": r"code\s+de\s+la\s+s[ée]curit[ée]\s+sociale",
    "CGFP": r"code\s+g[ée]n[ée]ral\s+de\s+la\s+fonction\s+publique|CGFP",
    "CVOIRIE": r"code\s+de\s+la\s+voirie\s+routi[èe]re",
}

CODE_NAME = LazyPattern(
    "|".join(f"(?P<{short}>{pattern})" for short, pattern in CODES.items()), re.IGNORECASE
)
# « du même code », « dudit code », « de ce code »: the code named last.
SAME_CODE = LazyPattern(r"(?i:m[êe]me\s+code|dudit\s+code|ledit\s+code|de\s+ce\s+code)")


def code_of(match: re.Match[str]) -> str:
    """The short name of the code a ``CODE_NAME`` match names."""
    assert match.lastgroup is not None
    return match.lastgroup
