"""SEA rules: the sitting a délibération records, on texts written as real registers write
them (the Corte and Tronget registers of corpus-real and corpus)."""

from __future__ import annotations

import pytest

from tests.conftest import act_of, lint_text

# As the Corte register writes its heading (corpus-real/037 to 042).
CORTE = (
    "COMMUNE DE CORTE\nDELIBERATION DU CONSEIL MUNICIPAL\nSEANCE DU {sitting}\n"
    "DATE DE CONVOCATION : {convocation}\n{counts}\n"
    "L'An Deux-Mil-Vingt-Cinq, le Conseil, légalement convoqué par son Maire, s'est réuni "
    "dans la salle de la Maison du Temps Libre, {presidency}\n"
    "{lists}\n{secretary}\n"
    "OBJET : Finances Communales\nLE CONSEIL,\nOuï l'exposé de son Maire,\n"
    "Après en avoir délibéré,\n{vote}\n> ADOPTE la proposition de son Maire,\n"
    "Fait et délibéré le jour, mois et an que dessus.\nLE MAIRE\nDocteur Xavier POLI\n"
)
PRESIDENCY = "sous la présidence du Docteur Xavier POLI, Maire."
SECRETARY = "SECRETAIRE DE SEANCE : Monsieur Marc-Marie GUGLIELMI"
PRESENT_LIST = (
    "PRESENTS: MM. POLI X, ALBERTINI M, BARRIELE M, BORROMEI V, CAMPANA J, CERUTTI V, "
    "FRANCESCHINI C, GHIONGA P, GRIMALDI-OSTIENSI A, GUGLIELMI MM, LUCIANI M, MALLERONI MJ, "
    "MAROSELLI P, NICOLINI AJ, ORSATELLI JF, ORSATELLI J, RINIERI P, RUGGERI BF, SABIANI J, "
    "SIMEONI M, SINDALI P."
)
PROXIES = (
    "PROCURATIONS : Madame Marie-Luce CASTELLI à Madame Paula RINIERI\n"
    "Monsieur Frédéric DEMUYNCK à Madame Vanina BORROMEI Monsieur Fabien LUCIANI à "
    "Monsieur Marc-Marie GUGLIELMI"
)
UNANIMOUS = "A l'unanimité des membres présents et représentés,"


def corte(
    counts: str = "PRÉSENTS : 21\nPROCURATIONS : 06\nABSENTS : 02",
    sitting: str = "08 AVRIL 2025",
    convocation: str = "26 mars 2025",
    presidency: str = PRESIDENCY,
    lists: str = PROXIES,
    secretary: str = SECRETARY,
    vote: str = UNANIMOUS,
) -> str:
    return CORTE.format(
        sitting=sitting, convocation=convocation, counts=counts, presidency=presidency,
        lists=lists, secretary=secretary, vote=vote,
    )  # fmt: skip


def _president(text: str) -> str | None:
    sitting = act_of(text).sitting
    return sitting.president.name if sitting and sitting.president else None


ALL = tuple(f"SEA00{n}" for n in range(1, 8))


def codes(text: str, select: str) -> list[str]:
    chosen = ALL if select == "SEA" else (select,)
    return [d.code for d in lint_text(text, *chosen).diagnostics]


def test_a_regular_sitting_raises_nothing() -> None:
    assert codes(corte(), "SEA") == []
    assert codes(corte(lists=f"{PRESENT_LIST}\n{PROXIES}"), "SEA") == []


@pytest.mark.parametrize(
    ("counts", "expected"),
    [
        ("Nombre de conseillers en exercice : 29\nPRÉSENTS : 21\nPROCURATIONS : 06\n"
         "ABSENTS : 02", []),
        ("Nombre de conseillers en exercice : 29\nPRÉSENTS : 21\nPROCURATIONS : 06\n"
         "ABSENTS : 05", ["SEA001"]),  # 21 + 6 + 5 = 32
        ("En exercice : 14\nPrésents : 10\nVotants : 14", []),  # corpus/001
        ("En exercice : 14\nPrésents : 12\nPouvoirs : 4", ["SEA001"]),  # 16 > 14
        ("En exercice : 14\nPrésents : 10\nPouvoirs : 4\nVotants : 15", ["SEA001"]),
        # registers that count the members who gave a proxy among the absents
        ("En exercice : 15\nPrésents : 10\nReprésentés : 3\nAbsents : 5", []),
        ("En exercice : 15\nPrésents : 12\nPouvoirs : 2\nAbsents : 3", []),
        ("En exercice : 15\nPrésents : 11\nAbsents : 4 dont 3 représentés", []),
        ("En exercice : 15\nPrésents : 10\nReprésentés : 3\nAbsents : 4", ["SEA001"]),
        # more represented than absent: the absents cannot include them (13 + 2 + 3 = 18)
        ("En exercice : 15\nPrésents : 13\nReprésentés : 3\nAbsents : 2", ["SEA001"]),
        # OCR-damaged counts are never compared
        ("Nombre de conseillers en exercice : 29\nPRÉSENTS 2l\nPROCURATIONS : 06\n"
         "ABSENTS : 05", []),
        ("Nombre de conseillers en exercice : 29\nPRESENTS 16\nPROCURATIONS 50s\n"
         "ABSENTS 508", []),
    ],
)  # fmt: skip
def test_counts_agree(counts: str, expected: list[str]) -> None:
    assert codes(corte(counts=counts), "SEA001") == expected


def test_the_list_of_present_members_agrees_with_their_number() -> None:
    assert codes(corte(lists=PRESENT_LIST), "SEA001") == []
    text = corte(counts="PRÉSENTS : 20\nPROCURATIONS : 06\nABSENTS : 03", lists=PRESENT_LIST)
    assert codes(text, "SEA001") == ["SEA001"]  # 21 names


@pytest.mark.parametrize(
    ("vote", "expected"),
    [
        ("Par 21 voix « Pour » et 6 « Abstentions »,", []),  # 21 + 6 = 27 present + repr.
        ("Par 21 voix « Pour » et 5 « Abstentions »,", ["SEA001"]),  # corpus-real/042
        # a member who did not take part, named but not counted: not compared
        ("Monsieur Antoine ORSINI ne prend pas part au vote.\n"
         "Par 21 voix « Pour » et 5 « Abstentions »,", []),
        ("ONT VOTE POUR : 27 ONT VOTE CONTRE : / SE SONT ABSTENUS : /", []),
        # « voix » written once, before « pour »
        ("Par 21 voix pour et 6 contre,", []),
        ("Par 21 voix pour, 4 contre et 2 abstentions,", []),
        ("Par 21 voix pour et 5 contre,", ["SEA001"]),
        ("A l'unanimité, ONT VOTE POUR : 25 ONT VOTE CONTRE : 2 SE SONT ABSTENUS : /",
         ["SEA001"]),
        ("A l'unanimité des suffrages exprimés, ONT VOTE POUR : 25 ONT VOTE CONTRE : / "
         "SE SONT ABSTENUS : 2", []),
    ],
)  # fmt: skip
def test_votes_agree_with_the_members_who_vote(vote: str, expected: list[str]) -> None:
    assert codes(corte(vote=vote), "SEA001") == expected


@pytest.mark.parametrize(
    ("counts", "sitting", "vote", "expected"),
    [
        ("PRÉSENTS : 15\nPROCURATIONS : 06\nABSENTS : 08", "08 AVRIL 2025", UNANIMOUS, []),
        ("PRÉSENTS : 14\nPROCURATIONS : 09\nABSENTS : 06", "08 AVRIL 2025", UNANIMOUS,
         ["SEA002"]),  # 14 of 29: no majority
        # the absents may include the 6 represented: 14 of 23 may be a majority
        ("PRÉSENTS : 14\nPROCURATIONS : 06\nABSENTS : 09", "08 AVRIL 2025", UNANIMOUS, []),
        ("Nombre de conseillers en exercice : 29\nPRÉSENTS : 14", "08 AVRIL 2025", UNANIMOUS,
         ["SEA002"]),
        # the sitting after a first one without quorum
        ("PRÉSENTS : 9\nPROCURATIONS : 06\nABSENTS : 14", "08 AVRIL 2025",
         "Le quorum n'ayant pas été atteint le 3 avril, le conseil délibère sans condition "
         "de quorum.\n" + UNANIMOUS, []),
        # during the health emergency the quorum was a third
        ("PRÉSENTS : 10\nPROCURATIONS : 06\nABSENTS : 13", "10 DECEMBRE 2020", UNANIMOUS, []),
        ("PRÉSENTS : 9\nPROCURATIONS : 14\nABSENTS : 06", "10 DECEMBRE 2020", UNANIMOUS,
         ["SEA002"]),
        ("PRÉSENTS 2l\nPROCURATIONS : 06\nABSENTS : 02", "08 AVRIL 2025", UNANIMOUS, []),
    ],
)  # fmt: skip
def test_quorum(counts: str, sitting: str, vote: str, expected: list[str]) -> None:
    text = corte(counts=counts, sitting=sitting, convocation="", vote=vote)
    assert codes(text, "SEA002") == expected


def test_one_proxy_per_holder() -> None:
    twice = PROXIES + "\nMadame Nathalie PULICANI à Madame Paula RINIERI"
    findings = lint_text(corte(lists=twice), "SEA003").diagnostics
    assert [(d.code, d.severity.label) for d in findings] == [("SEA003", "warning")]
    assert codes(corte(lists=PROXIES), "SEA003") == []
    # « X (pouvoir à Y) » in the list of the excused
    excused = ("Excusés : Laurent BRUN (pouvoir à Franck VALETTE), Jean-Marc CARTE (pouvoir à "
               "Franck VALETTE)")  # fmt: skip
    assert codes(corte(lists=excused), "SEA003") == ["SEA003"]
    # two proxies were allowed during the health emergency
    assert codes(corte(lists=twice, sitting="10 DECEMBRE 2020", convocation=""), "SEA003") == []


def test_secretary_and_president() -> None:
    assert codes(corte(secretary=""), "SEA004") == ["SEA004"]
    assert codes(corte(), "SEA004") == []
    text = corte(secretary="Monsieur Marc-Marie GUGLIELMI a été désigné secrétaire.")
    assert codes(text, "SEA004") == []  # named in other words
    assert codes(corte(presidency=""), "SEA005") == ["SEA005"]
    assert codes(corte(), "SEA005") == []
    # corpus-real/025: « sous la présence du Dosteur Xavier POLI »: OCR, not an absence
    assert codes(corte(presidency="sous la présence du Dosteur Xavier POLI,"), "SEA005") == []
    # the president named by what he does: « ouvre la séance », « préside la séance »
    opens = corte(presidency="").replace(
        "OBJET :", "M. Xavier POLI, Maire, ouvre la séance à 20 heures.\nOBJET :"
    )
    assert codes(opens, "SEA005") == []
    assert _president(opens) == "Xavier POLI"
    presides = corte(presidency="").replace(
        "OBJET :", "Mme Anne ROUX, première adjointe, préside la séance.\nOBJET :"
    )
    assert _president(presides) == "Anne ROUX"
    # no text requires the mention: information only
    [finding] = lint_text(corte(presidency=""), "SEA005").diagnostics
    assert finding.severity.label == "info"


@pytest.mark.parametrize(
    ("convocation", "sitting", "extra", "expected"),
    [
        ("26 mars 2025", "08 AVRIL 2025", "", []),
        ("04 avril 2025", "08 AVRIL 2025", "", []),  # 5, 6, 7: three clear days
        ("05 avril 2025", "08 AVRIL 2025", "", ["SEA006"]),  # two clear days
        ("09 avril 2025", "08 AVRIL 2025", "", ["SEA006"]),  # after the sitting
        ("06 avril 2025", "08 AVRIL 2025", "Vu l'urgence, ", []),  # one clear day
        ("07 avril 2025", "08 AVRIL 2025", "Vu l'urgence, ", ["SEA006"]),
    ],
)
def test_convocation_delay(convocation: str, sitting: str, extra: str, expected: list[str]) -> None:
    text = corte(convocation=convocation, sitting=sitting, vote=extra + UNANIMOUS)
    assert codes(text, "SEA006") == expected


def test_interested_councillor_is_asked_about() -> None:
    sale = "AUTORISE la cession à Monsieur Marcel SIMEONI de la parcelle AE 182,\n" + UNANIMOUS
    findings = lint_text(corte(lists=PRESENT_LIST, vote=sale), "SEA007")
    [finding] = findings.diagnostics
    assert finding.code == "SEA007" and finding.severity.label == "warning"
    assert "?" in finding.message.fr
    left = "Monsieur Marcel SIMEONI, intéressé à l'affaire, quitte la salle.\n" + sale
    assert codes(corte(lists=PRESENT_LIST, vote=left), "SEA007") == []
    stranger = sale.replace("Marcel SIMEONI", "Paul MARTINETTI")
    assert codes(corte(lists=PRESENT_LIST, vote=stranger), "SEA007") == []
    # the name is the beneficiary's, and stops where the name does
    assert "Monsieur Marcel SIMEONI est-il" in finding.message.fr


@pytest.mark.parametrize(
    "vote",
    [
        "FIXE les indemnités de fonction allouées au profit de Monsieur Xavier POLI, Maire.",
        "ACCORDE un mandat spécial à Monsieur Marcel SIMEONI et le remboursement des frais "
        "au profit de Monsieur Marcel SIMEONI.",
        "DÉCIDE le remboursement des frais de formation au profit de Madame Paula RINIERI.",
    ],
)
def test_votes_on_the_office_itself_are_not_questioned(vote: str) -> None:
    assert codes(corte(lists=PRESENT_LIST, vote=vote + "\n" + UNANIMOUS), "SEA007") == []
