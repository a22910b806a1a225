"""ENT001 on names met in real acts: one name spelled two ways, not two names."""

from __future__ import annotations

import pytest

from tests.conftest import lint_text

HEAD = "ARRÊTÉ n° 2026_8\nConsidérant {first} ;\nARRÊTE\nArticle 1 : {second}.\n"


def variants(first: str, second: str) -> list[str]:
    text = HEAD.format(first=first, second=second)
    return [d.message.fr for d in lint_text(text, "ENT001").diagnostics]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # acronyms and codes a letter apart are different documents
        ("que le DCE a été publié", "Le candidat joint le DCA"),
        ("que le rejet GVAPHP est suivi", "Le rejet GVSPHP est suivi"),
        ("que la conduite DN400 est posée", "La conduite DN100 est posée"),
        # words of one root, and words the act writes in lower case
        ("que le rapport de l'Urbaniste est joint", "Le service de l'Urbanisme est saisi"),
        ("que les Dispositions du titre 1 s'appliquent", "Les Dispositifs sont contrôlés"),
        ("que le Transport est assuré par la commune", "Le Transfert et le transport sont faits"),
        # anonymised parties, zones and initials: a word more or another letter
        ("que le lot A est attribué", "Le lot B est attribué"),
        ("que la zone de la Tente T1 est close", "La zone de la Tente T2 est close"),
        ("que M. ORSATELLI J est présent", "M. ORSATELLI JF est présent"),
        # short names a letter apart: two communes
        ("que la Collectivité de Corse finance", "La commune de Corte finance"),
        # a letter misread by OCR (corpus-real 026, 031)
        ("que les travaux de Maçonnerie sont prévus", "Les travaux de Magonnerie sont prévus"),
        ("que les services Scolares ouvrent", "Les services Scolires ouvrent"),
        # a heading and a word opening a sentence are not names
        ("que les travaux sont faits.\nTout exploitant", "Tous les exploitants"),
    ],
)
def test_different_names_or_words_are_not_variants(first: str, second: str) -> None:
    assert variants(first, second) == []


@pytest.mark.parametrize(
    ("first", "second", "message"),
    [
        ("que seule la société AQUA-RAY est capable", "La société AQUA RAY SAS est retenue",
         "« AQUA RAY SAS » est écrit « AQUA-RAY » ailleurs dans l'acte"),
        ("la fréquentation du Plateau de Lacau", "L'accès au Plateau de Lascau est interdit",
         "« Lascau » est écrit « Lacau » ailleurs dans l'acte"),
        ("que la Compagnie des Fromages et Richemonts", "La Compagnie des Fromages et Richerments paie",
         "« Richerments » est écrit « Richemonts » ailleurs dans l'acte"),
        ("que la société La Martiniquaise exploite", "La société La Martinquaise exploite",
         "« Martinquaise » est écrit « Martiniquaise » ailleurs dans l'acte"),
    ],
)  # fmt: skip
def test_one_name_spelled_two_ways(first: str, second: str, message: str) -> None:
    assert variants(first, second) == [message]


def proofread(text: str, *selected: str) -> list[str]:
    return [d.code for d in lint_text(text, *selected).diagnostics]


def test_place_of_signature_ignores_case_and_hyphens() -> None:
    text = ("ARRÊTÉ n° 1\nLe Maire de la commune de Chasse sur Rhône,\nARRÊTE\nArticle 1 : a.\n"
            "Fait à CHASSE-SUR-RHÔNE, le 2 mai 2026.\nLe Maire,\nJean DUPONT\n")  # fmt: skip
    assert proofread(text, "ENT002") == []
    assert proofread(text.replace("CHASSE-SUR-RHÔNE", "Vienne"), "ENT002") == ["ENT002"]


def test_names_ignore_case_accents_and_legal_forms_but_not_hyphens() -> None:
    head = "DÉCISION n° 1\nConsidérant que la société {} est capable ;\nDÉCIDE\nArticle 1 : La société {} est retenue.\n"
    assert proofread(head.format("AQUA RAY", "Aqua Ray SAS"), "ENT001") == []
    assert proofread(head.format("AQUA-RAY", "AQUA RAY SAS"), "ENT001") == ["ENT001"]
    assert proofread(head.format("Richemonts", "Richerments"), "ENT001") == ["ENT001"]
    assert proofread(head.format("Sources Roxane", "Source Roxane"), "ENT001") == []  # a plural
