"""TRA rules: the @CTES acknowledgement stamp checked against the act it is printed on."""

from __future__ import annotations

import pytest

from tests.conftest import lint_text

STAMPED = (
    "DÉCISION n° {number}\nAccusé de réception en préfecture\n"
    "062-216204982-20260511-{stamped}-AR\nDate de télétransmission : {sent}\n"
    "DÉCIDE\nArticle 1 : Le contrat est renouvelé.\nFait à Lens, le 11 mai 2026\n"
)


@pytest.mark.parametrize(
    ("number", "stamped", "expected"),
    [
        ("2026-92", "2026_92", []),  # the transmissible form of the same number
        ("2026-92", "2026_93", ["TRA001"]),
        ("2026_92", "2026_92", []),
        ("25-04/031", "DEL-25-04-031", []),  # corpus-real 037: the nature as a prefix
        ("25-04/031", "DEL-25-04-032", ["TRA001"]),
        ("2026-92", "12026_92", ["TRA001"]),
    ],
)
def test_the_stamp_carries_the_acts_number(number: str, stamped: str, expected: list[str]) -> None:
    text = STAMPED.format(number=number, stamped=stamped, sent="12/05/2026")
    assert [d.code for d in lint_text(text, "TRA001").diagnostics] == expected


@pytest.mark.parametrize(("sent", "expected"), [("10/05/2026", ["TRA002"]), ("11/05/2026", [])])
def test_no_transmission_before_the_signature(sent: str, expected: list[str]) -> None:
    text = STAMPED.format(number="2026-92", stamped="2026_92", sent=sent)
    findings = lint_text(text, "TRA002").diagnostics
    assert [d.code for d in findings] == expected
    assert all(d.severity.label == "error" for d in findings)


DELEGATED = (
    "DÉCISION n° 2026-92\n"
    "Vu le code général des collectivités territoriales, notamment son article L. 2122-22 ;\n"
    "DÉCIDE\nArticle 1 : {effect}\nFait à Lens, le 11 mai 2026\nLe Maire, Jean DUPONT\n{mentions}"
)
ORDER = (  # an arrêté du maire: not among the acts that must be transmitted, as read here
    "ARRÊTÉ n° 2026-7\nARRÊTE\nArticle 1 : {effect}\nFait à Lens, le 11 mai 2026\n"
    "Le Maire, Jean DUPONT\n{mentions}"
)


@pytest.mark.parametrize(
    ("template", "effect", "mentions", "expected"),
    [
        (DELEGATED, "La présente décision prend effet le 12 mai 2026.",
         "Transmis en préfecture le 18 mai 2026\nPublié le 18 mai 2026\n", ["TRA003"]),
        (DELEGATED, "La présente décision prend effet le 18 mai 2026.",
         "Transmis en préfecture le 18 mai 2026\nPublié le 18 mai 2026\n", []),  # the same day
        (DELEGATED, "La présente décision prend effet le 10 mai 2026.",
         "Transmis en préfecture le 18 mai 2026\nPublié le 18 mai 2026\n", []),  # DAT003's
        # the transmission alone bounds the executory date of an act that must be transmitted
        (DELEGATED, "La présente décision est applicable à compter du 12 mai 2026.",
         "Reçu par le représentant de l'État le 15/05/2026\n", ["TRA003"]),
        (DELEGATED, "La présente décision prend effet à compter du 12 mai 2026.", "", []),
        # the term of a contract or a lease the act concludes is not the act's effect
        (DELEGATED, "Le contrat prend effet à compter du 12 mai 2026.",
         "Reçu par le représentant de l'État le 15/05/2026\n", []),
        (DELEGATED, "Le local est loué à l'association Arts et Loisirs pour une durée de trois "
                    "ans à compter du 12 mai 2026.",
         "Transmis en préfecture le 15 mai 2026\nPublié le 15 mai 2026\n", []),
        # an arrêté not known to be transmitted: only its publicity counts
        (ORDER, "Le présent arrêté entre en vigueur le 12 mai 2026.",
         "Transmis en préfecture le 18 mai 2026\n", []),
        (ORDER, "Le présent arrêté entre en vigueur le 12 mai 2026.",
         "Affiché le 14 mai 2026\nPublié le 20 mai 2026\n", ["TRA003"]),
        (ORDER, "Le présent arrêté entre en vigueur le 15 mai 2026.",
         "Affiché le 14 mai 2026\nPublié le 20 mai 2026\n", []),  # the earliest publicity
        (ORDER, "La présente autorisation prend effet le 12 mai 2026.",
         "Notifié le : 13/05/2026\n", ["TRA003"]),
        # a date that is not the act's effect
        (ORDER, "La rue est fermée du 12 mai 2026 au 14 mai 2026.",
         "Publié le 13 mai 2026\n", []),
    ],
)  # fmt: skip
def test_effect_before_executory(
    template: str, effect: str, mentions: str, expected: list[str]
) -> None:
    text = template.format(effect=effect, mentions=mentions)
    assert [d.code for d in lint_text(text, "TRA003").diagnostics] == expected


def test_effect_before_executory_from_the_stamp_gives_both_dates() -> None:
    text = (
        "DÉCISION n° 2026-92\nAccusé de réception en préfecture\n"
        "062-216204982-20260511-2026_92-AR\nDate de télétransmission : 19/05/2026\n"
        "Vu le code général des collectivités territoriales, notamment son article L. 2122-22 ;\n"
        "DÉCIDE\nArticle 1 : La présente décision prend effet le 12 mai 2026.\n"
        "Fait à Lens, le 11 mai 2026\nLe Maire, Jean DUPONT\n"
    )
    (found,) = lint_text(text, "TRA003").diagnostics
    assert found.message.fr == (
        "l'acte prend effet le 12 mai 2026, avant d'être exécutoire : il a été transmis au "
        "représentant de l'État le 19 mai 2026"
    )


def test_a_register_extract_executory_on_the_day_it_takes_effect() -> None:
    text = (  # corpus 001 (Tronget), with an effective date added
        "COMMUNE DE TRONGET EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS\n"
        "Le Conseil Municipal, après en avoir délibéré,\nDÉLIBÈRE\n"
        "Article 1 : La présente délibération prend effet le 1er décembre 2023.\n"
        "ACTE EXECUTOIRE Reçu par le représentant de l'Etat le 01/12/2023 et publié le 01/12/2023\n"
        "Fait à Tronget, le 01/12/2023\nLe Maire, Jean-Marc DUMONT\n"
    )
    assert not lint_text(text, "TRA003").diagnostics
    late = text.replace("le 01/12/2023 et publié", "le 04/12/2023 et publié")
    assert [d.code for d in lint_text(late, "TRA003").diagnostics] == ["TRA003"]


BLANK = (
    "DÉCISION n° 2026-92\nDÉCIDE\nArticle 1 : Le contrat est renouvelé.\n"
    "Fait à Lens, le 11 mai 2026\nLe Maire, Jean DUPONT\n{mentions}"
)


@pytest.mark.parametrize(
    ("mentions", "expected"),
    [
        ("Certifié exécutoire\nTransmis en préfecture le : ……\nPublié le :\n", 1),
        ("Certifié exécutoire le ……\n", 1),
        ("Affiché le ../../....\n\n\n" + "Texte annexé.\n" * 30 + "Notifié le ______\n", 2),
        ("Certifié exécutoire\nTransmis en préfecture le : 12/05/2026\nPublié le : 12/05/2026\n", 0),
        ("Certifié exécutoire\n", 0),
    ],
)  # fmt: skip
def test_blank_certification(mentions: str, expected: int) -> None:
    result = lint_text(BLANK.format(mentions=mentions), "TRA004", "STR005")
    assert [d.code for d in result.diagnostics] == ["TRA004"] * expected  # never STR005 too


def test_a_blank_certification_is_only_information() -> None:
    # the copy sent to the préfecture cannot carry the date of its own transmission
    text = BLANK.format(mentions="Certifié exécutoire\nTransmis le : ……\nPublié le :\n")
    (found,) = lint_text(text, "TRA004").diagnostics
    assert found.severity.label == "info"


def test_blank_certification_names_the_formalities() -> None:
    text = BLANK.format(mentions="Certifié exécutoire\nTransmis le : ……\nPublié le :\n")
    (found,) = lint_text(text, "TRA004").diagnostics
    assert found.message.fr.endswith("sans date : transmission, publication")
    assert (found.line, found.column) == (7, 1)


def test_a_placeholder_that_is_not_a_blank_date_is_still_str005s() -> None:
    text = BLANK.format(mentions="Publié le [date]\n")
    assert [d.code for d in lint_text(text, "TRA004", "STR005").diagnostics] == ["STR005"]


DELIBERATION = (
    "DÉLIBÉRATION n° 2026-10\nObjet : {subject}\nLe Conseil municipal, après en avoir délibéré,\n"
    "DÉLIBÈRE\nArticle 1 : {subject} est approuvé.\nArticle 2 : {effect}\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (DELEGATED.format(effect="La présente décision prend effet à compter de sa signature.",
                          mentions=""), ["TRA005"]),
        (DELEGATED.format(effect="La présente décision entrera en vigueur dès sa signature.",
                          mentions=""), ["TRA005"]),
        (DELEGATED.format(effect="Cette décision est exécutoire à la date de sa signature.",
                          mentions=""), ["TRA005"]),
        (DELEGATED.format(effect="La présente décision prend effet à compter de la date de sa "
                                 "signature.", mentions=""), ["TRA005"]),
        # a contract that takes effect on its signature is the contract's affair
        (DELEGATED.format(effect="Le contrat prend effet à compter de sa signature.",
                          mentions=""), []),
        (DELEGATED.format(effect="La présente décision prend effet dès sa transmission au "
                                 "représentant de l'État et sa publication.", mentions=""), []),
        # the signature with the formalities: cumulative conditions, the right formula
        (DELEGATED.format(effect="La présente décision sera exécutoire dès sa signature, sa "
                                 "transmission au représentant de l'État et sa publication.",
                          mentions=""), []),
        (DELEGATED.format(effect="La présente décision prend effet dès sa signature et sa "
                                 "notification.", mentions=""), []),
        # the contract's signature, not the act's
        (DELEGATED.format(effect="La présente décision prend effet à compter de la date de "
                                 "signature du contrat par les deux parties.", mentions=""), []),
        (DELEGATED.format(effect="La présente décision prend effet dès la signature de la "
                                 "convention.", mentions=""), []),
        # the act's own signature, named
        (DELEGATED.format(effect="La présente décision prend effet à compter de la signature de "
                                 "la présente décision.", mentions=""), ["TRA005"]),
        (DELEGATED.format(effect="La présente décision prend effet à compter de la date de "
                                 "signature.", mentions=""), ["TRA005"]),
        # an arrêté not known to be transmitted
        (ORDER.format(effect="Le présent arrêté prend effet dès sa signature.", mentions=""), []),
        (DELIBERATION.format(subject="Le règlement du restaurant scolaire",
                             effect="La présente délibération entre en vigueur dès sa signature."),
         ["TRA005"]),
        # L. 2131-2 1° a): road tariffs are not transmitted
        (DELIBERATION.format(subject="Le tarif des droits de voirie",
                             effect="La présente délibération entre en vigueur dès sa signature."),
         []),
    ],
)  # fmt: skip
def test_effect_on_signature(text: str, expected: list[str]) -> None:
    assert [d.code for d in lint_text(text, "TRA005").diagnostics] == expected
