"""The sources the pack's rules rest on, each cited once with where a jurist opens it.

Codes are located by their Légifrance identifier (the article is in the citation), court
decisions by jurisdiction, date and number, ministerial answers by their official journal,
other texts by their official journal or address. Drafting guides written for the State's own
texts are « practice »: they bind no commune.
"""

from __future__ import annotations

from actlint.api import Basis, Source, Text

_CODES = {
    "CGCT": "LEGITEXT000006070633",  # code général des collectivités territoriales
    "CRPA": "LEGITEXT000031366350",  # code des relations entre le public et l'administration
    "CJA": "LEGITEXT000006070933",  # code de justice administrative
    "CCP": "LEGITEXT000037701019",  # code de la commande publique
    "CGI": "LEGITEXT000006069577",  # code général des impôts
}


def code_parts(code: str, parts: str) -> Source:
    """« CGCT, 2e à 4e parties »: a code's structure rather than one of its articles."""
    return Source(f"{code}, {parts}", f"Légifrance {_CODES[code]}", "code")


def code_article(code: str, *numbers: str) -> Source:
    """« CGCT, art. L. 2122-22 et L. 2122-23 »."""
    listed = ", ".join(numbers[:-1]) + " et " + numbers[-1] if len(numbers) > 1 else numbers[0]
    return Source(f"{code}, art. {listed}", f"Légifrance {_CODES[code]}", "code")


def _case(court_and_date: str, number: str, name: str = "") -> Source:
    """A decision, cited with its parties' name when it has one, and located by its court,
    date and number."""
    located = f"{court_and_date}, n° {number}"
    cite = f"{court_and_date}, {name}, n° {number}" if name else located
    return Source(cite, located, "case-law")


# Court decisions.
AURORE = _case("CE, Ass., 25 juin 1948", "94511", "Société du journal « L'Aurore »")
VILLE_DE_CAEN = _case("CE, 4 février 1991", "71956", "Ville de Caen")
SITURV = _case("CE, 22 mai 2015", "383596", "SITURV")
CZABAJ = _case("CE, Ass., 13 juillet 2016", "387763", "Czabaj")
VISAS_WITHOUT_FORCE = _case("CE, 5 avril 2002", "221890")
TA_AMIENS_2021 = _case("TA Amiens, 6 avril 2021", "2100998")
SAINT_JOSEPH = _case("CE, 2 février 2000", "117920", "Commune de Saint-Joseph")
SUBDELEGATION_TO_AGENTS = _case("CAA Nancy, 7 août 2003", "98NC01059")
AUTHOR_UNIDENTIFIED = _case("CE, 28 mai 2010", "328686")

# Ministerial answers.
END_OF_DELEGATIONS = Source("Rép. min. n° 14629, JO Sénat du 10 février 2005",
                            "JO Sénat du 10 février 2005", "answer")  # fmt: skip
REPORT_TO_COUNCIL = Source("Rép. min. n° 08042, JO Sénat du 28 février 2019",
                           "JO Sénat du 28 février 2019", "answer")  # fmt: skip

# Other texts.
FIRST_SITTING_2008 = Source("Sénat, Guide pratique pour les élections municipales de mars 2008, "
                            "X (installation des nouveaux conseils municipaux)",
                            "https://senat.fr/ct/ct08-2/ct08-246.html", "text")  # fmt: skip
NOTRE = Source("Loi n° 2015-991 du 7 août 2015 (NOTRe), art. 127", "JORF du 8 août 2015", "text")
HEALTH_EMERGENCY_SITTINGS = Source(
    "Loi n° 2020-290 du 23 mars 2020, art. 10 (quorum du tiers et deux pouvoirs pendant "
    "l'état d'urgence sanitaire), et les lois qui en ont prolongé l'application",
    "JORF du 24 mars 2020", "text",
)  # fmt: skip
ELECTIONS_2026 = Source("Décret n° 2025-848 du 27 août 2025 (élections municipales de 2026)",
                        "JORF du 28 août 2025", "text")  # fmt: skip
THRESHOLDS_2026 = Source("Décret n° 2025-1386 du 29 décembre 2025, art. 4 (seuils applicables aux "
                         "consultations engagées après leur entrée en vigueur)",
                         "Légifrance JORFTEXT000053202067", "text")  # fmt: skip
EU_THRESHOLDS = Source("Règlement délégué (UE) 2025/2152 (seuils de la directive 2014/24/UE)",
                       "JOUE L du 23 octobre 2025", "text")  # fmt: skip

# Drafting practice, which binds no commune.
GUIDE_DE_LEGISTIQUE = Source(
    "Guide de légistique (Secrétariat général du Gouvernement, pour les textes de l'État)",
    "https://www.legifrance.gouv.fr/Droit-francais/Guide-de-legistique",
    "practice",
)
CIRCULAIRE_2004 = Source(
    "Circulaire du 1er juillet 2004 relative aux règles d'élaboration des textes (pour les "
    "textes de l'État)",
    "http://forum.guide-legistique.fr/2004/07/01/circulaire-du-1er-juillet-2004-relative-aux-"
    "regles-delaboration-de-signature-et-de-publication-des-textes-au-journal-officiel-et-a-la-"
    "mise-en-oeuvre-de-procedures-particulieres-incombant-au-premier/",
    "practice",
)
TYPOGRAPHY = Source("Lexique des règles typographiques en usage à l'Imprimerie nationale",
                    "ISBN 978-2-7433-0482-9", "practice")  # fmt: skip
ACTES_PLATFORM = Source(
    "@CTES (nomenclature des matières et numéro interne, tels que Pastell / @CTES les appliquent)",
    "https://github.com/libriciel/pastell",
    "practice",
)
AS_WRITTEN = Source("Texte de l'acte", "texte de l'acte", "fact")
CALENDAR = Source("Calendrier", "calendrier", "fact")
ARITHMETIC = Source("Calcul", "calcul", "fact")
REPOSITORY_ACTS = Source("Actes du dépôt", "actes du dépôt", "fact")


def law(reason: Text, *sources: Source) -> Basis:
    return Basis(kind="law", reason=reason, sources=sources)


def practice(reason: Text, *sources: Source) -> Basis:
    return Basis(kind="practice", reason=reason, sources=sources)


def fact(reason: Text, *sources: Source) -> Basis:
    return Basis(kind="fact", reason=reason, sources=sources or (AS_WRITTEN,))
