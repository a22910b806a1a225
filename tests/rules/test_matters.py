"""MAT on the décisions covering every item of L. 2122-22, and on defects built from them."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from actlint_rules.support.matters import classify_subject, delegable_matters, matters_of

from actlint.engine.diagnostic import Diagnostic
from tests.conftest import act_of, lint_text

DECISIONS = Path(__file__).resolve().parents[1] / "fixtures" / "decisions"
CORRECT = sorted(DECISIONS.glob("correct-*.txt"))
MAT = ("MAT001", "MAT002", "MAT003")


def mat(text: str, *codes: str) -> list[tuple[str, str]]:
    """The MAT findings on a text, each with the words it points at."""
    return [(d.code, text_at(text, d)) for d in lint_text(text, *(codes or MAT)).diagnostics]


def text_at(text: str, diagnostic: Diagnostic) -> str:
    assert diagnostic.line == diagnostic.end_line
    line = text.splitlines()[diagnostic.line - 1]
    return line[diagnostic.column - 1 : diagnostic.end_column - 1]


def fixture(name: str) -> str:
    return (DECISIONS / name).read_text(encoding="utf-8")


# --- classification ---------------------------------------------------------------------


@pytest.mark.parametrize("path", CORRECT, ids=lambda p: p.stem)
def test_every_correct_decision_classifies_to_its_item(path: Path) -> None:
    found = matters_of(act_of(path.read_text(encoding="utf-8")))
    item = re.match(r"correct-(\d+|epci)-", path.name).group(1)  # type: ignore[union-attr]
    expected = "4°" if item == "epci" else f"{int(item)}°"
    assert expected in found.items
    assert len(found.items) <= 2, found.items  # precise: at most one neighbouring item
    assert not found.outside and not found.clearly_outside


@pytest.mark.parametrize("path", sorted(DECISIONS.glob("*.txt")), ids=lambda p: p.stem)
def test_no_mat_finding_on_the_decisions(path: Path) -> None:
    assert mat(path.read_text(encoding="utf-8")) == []


def test_the_table_knows_items_1_to_29_once_each() -> None:
    items = [m.item for m in delegable_matters()]
    assert items == [f"{n}°" for n in range(1, 30)]


@pytest.mark.parametrize(
    ("subject", "items", "outside"),
    [
        ("Décision portant garantie d'emprunt à l'OPH", set(), {"garantie-emprunt"}),
        ("Décision portant réalisation d'un emprunt de 500 000 €", {"3°"}, set()),
        ("Affectation du résultat de l'exercice 2025", set(), {"budget"}),
        ("Convention de mise à disposition de personnel", set(), set()),
        ("Convention de mise à disposition d'un local", {"5°"}, set()),
        ("Tarifs des droits de place du marché hebdomadaire", {"2°", "4°"}, set()),
        ("Attribution d'une subvention de 500 € à l'association La Boule", set(),
         {"subvention-attribuee"}),
        ("Demande de subvention au titre de la DETR", {"26°"}, set()),
        ("Acquisition de la parcelle AB 12", set(), {"immeubles"}),
        ("Acquisition par préemption de la parcelle AB 12", {"15°"}, {"immeubles"}),
        ("Désignation d'un avocat pour défendre la commune", {"11°", "16°"}, set()),
        ("Marché de location de photocopieurs", {"4°", "5°"}, set()),
    ],
)  # fmt: skip
def test_subjects_are_classified(subject: str, items: set[str], outside: set[str]) -> None:
    matters, outside_found, _ = classify_subject(subject)
    assert {m.item for m in matters} == items
    assert {m.key for m in outside_found} == outside


def test_a_title_silent_on_the_matter_of_a_marche_falls_under_4() -> None:
    text = (DECISIONS.parent / "decision-2026-92-lens.txt").read_text(encoding="utf-8")
    assert matters_of(act_of(text)).items == {"4°"}


# --- MAT001 -----------------------------------------------------------------------------

LEASE = fixture("correct-05-metropole-adjoint.txt")
OBJECT = "Objet : Décision portant location d'un local commercial rue de la République"
ARTICLE_1 = re.search(r"^Article 1 : .*$", LEASE, re.M).group(0)  # type: ignore[union-attr]


def on(subject: str, article: str = "Article 1 : La commune en décide ainsi.") -> str:
    """The lease décision, on another subject."""
    return LEASE.replace(OBJECT, f"Objet : {subject}").replace(ARTICLE_1, article)


@pytest.mark.parametrize(
    "subject",
    [
        "Décision portant acquisition d'un terrain rue des Écoles",
        "Décision portant cession de l'ancien presbytère, maison rue Haute",
        "Décision portant attribution d'une subvention exceptionnelle à l'association Les Amis",
        "Décision portant création d'un poste d'adjoint technique",
        "Décision portant garantie d'emprunt à Habitat 62",
        "Décision portant dénomination de la rue des Tilleuls",
    ],
)
def test_a_matter_no_item_covers_is_reported_on_the_title(subject: str) -> None:
    found = mat(on(subject))
    assert found == [("MAT001", f"Objet : {subject}")]


def test_mat001_is_in_english_too() -> None:
    (finding,) = lint_text(on("Décision portant acquisition d'un terrain"), "MAT001").diagnostics
    assert "L. 2122-22" in finding.message.en and "mayor may lack competence" in finding.message.en


@pytest.mark.parametrize(
    ("subject", "article"),
    [
        # the title names a delegable matter too
        ("Décision portant acquisition d'un terrain par exercice du droit de préemption",
         "Article 1 : La commune en décide ainsi."),
        # the articles say more than the title
        ("Décision portant acquisition d'un terrain",
         "Article 1 : La commune exerce son droit de préemption sur la parcelle AB 12."),
        # a subject the table does not know either way
        ("Décision relative au dossier Dupont", "Article 1 : La commune en décide ainsi."),
        # an item not yet confirmed may cover it
        ("Décision portant admission en non-valeur et cession d'un terrain",
         "Article 1 : La commune en décide ainsi."),
    ],
)  # fmt: skip
def test_mat001_stays_silent_when_a_matter_may_be_delegable(subject: str, article: str) -> None:
    assert mat(on(subject, article), "MAT001") == []


def test_mat001_judges_only_a_decision_that_says_it_is_delegated() -> None:
    text = (
        "DÉCISION n° 2026-51\nObjet : Décision portant acquisition d'un terrain\nLe Maire,\n"
        "DÉCIDE\nArticle 1 : La commune acquiert la parcelle AB 12.\n"
        "Fait à Lens, le 11 mai 2026.\nLe Maire,\nJean DUPONT\n"
    )
    assert mat(text, "MAT001") == []


def test_mat001_leaves_a_decision_passing_a_marche() -> None:
    text = on(
        "Décision portant acquisition d'un bâtiment modulaire",
        "Article 1 : Le marché est attribué à la société MODULO pour 40 000 € HT.",
    )
    assert mat(text, "MAT001") == []


def test_mat001_leaves_a_decision_citing_an_unconfirmed_item() -> None:
    text = on("Décision portant acquisition d'un terrain").replace("son 5°", "son 24°")
    assert mat(text, "MAT001") == []


# --- MAT002 -----------------------------------------------------------------------------


def test_a_lease_under_4_is_reported_on_the_item() -> None:
    text = LEASE.replace("son 5°", "son 4°")
    assert mat(text) == [("MAT002", "4°")]
    (finding,) = lint_text(text, "MAT002").diagnostics
    assert "5°" in finding.message.fr and "4° :" in finding.message.fr


def test_an_item_cited_with_the_article_is_read_too() -> None:
    text = LEASE.replace(
        "ses articles L. 2122-22 et L. 2122-23", "son article L. 2122-22, 7°"
    ).replace(", et notamment de son 5°", "")
    assert mat(text) == [("MAT002", "7°")]


@pytest.mark.parametrize(
    ("name", "item"),
    [
        ("correct-11-guadeloupe-maire.txt", "16°"),  # a lawyer for the proceedings
        ("correct-11-guadeloupe-maire.txt", "4°"),  # legal services are marchés
        ("correct-06-reunion-suppleance.txt", "4°"),  # insurance contracts are marchés
        ("correct-21-metropole-adjoint.txt", "15°"),  # a pre-emption either way
        ("correct-20-corse-agent.txt", "3°"),  # credit lines were long under 3°
    ],
)
def test_items_that_fit_a_subject_together_are_accepted(name: str, item: str) -> None:
    text = fixture(name)
    own = re.search(r"notamment de son (\d+°)", text).group(1)  # type: ignore[union-attr]
    assert mat(text.replace(f"son {own}", f"son {item}")) == []


def test_an_unconfirmed_item_is_not_judged() -> None:
    assert mat(LEASE.replace("son 5°", "son 24°")) == []


def test_one_fitting_item_among_several_is_enough() -> None:
    assert mat(LEASE.replace("son 5°", "ses 4° et 5°")) == []


# --- MAT003 -----------------------------------------------------------------------------

AGENT = fixture("correct-07-guadeloupe-agent.txt")
ALLOWING = (
    ", et autorisant la signature des décisions prises sur délégation par le directeur "
    "général des services (article L. 2122-19)"
)


def test_an_agent_signing_without_the_deliberation_allowing_it_is_reported() -> None:
    assert ALLOWING in AGENT
    text = AGENT.replace(ALLOWING, "")
    assert mat(text) == [("MAT003", "Le Directeur général des services")]


@pytest.mark.parametrize("path", sorted(DECISIONS.glob("correct-*-agent.txt")), ids=str)
def test_every_agent_fixture_fails_without_its_deliberation(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert ALLOWING in text
    assert [c for c, _ in mat(text.replace(ALLOWING, ""))] == ["MAT003"]


def test_a_considerant_may_show_the_deliberation_allows_it() -> None:
    text = AGENT.replace(ALLOWING, "").replace(
        "Considérant la nécessité",
        "Considérant que la délibération du 3 avril 2026 permet la subdélégation aux agents ;\n\n"
        "Considérant la nécessité",
    )
    assert mat(text) == []


def test_an_agent_without_any_delegation_visa_is_left_to_del001() -> None:
    order = re.search(r"^Vu l'arrêté n° 2026-061.*\n\n", AGENT, re.M).group(0)  # type: ignore[union-attr]
    text = AGENT.replace(ALLOWING, "").replace(order, "")
    codes = [d.code for d in lint_text(text, "MAT003", "DEL001").diagnostics]
    assert codes == ["DEL001"]


def test_a_decision_that_does_not_say_it_is_delegated_is_not_judged() -> None:
    text = (
        "DÉCISION n° 2026-60\nLe Maire,\nVu l'arrêté n° 2026-061 du 7 avril 2026 portant "
        "délégation de signature à Mme Sylvie BADE, directeur général des services ;\nDÉCIDE\n"
        "Article 1 : Mme Lucie MARTIN est autorisée à exercer ses fonctions à temps partiel.\n"
        "Fait à Lens, le 12 mai 2026.\nPour le Maire et par délégation,\n"
        "Le Directeur général des services,\nSylvie BADE\n"
    )
    assert mat(text) == []


def test_a_deputy_director_general_is_an_agent() -> None:
    text = AGENT.replace(ALLOWING, "").replace(
        "Le Directeur général des services,", "Le Directeur général adjoint des services,"
    )
    assert [c for c, _ in mat(text)] == ["MAT003"]


@pytest.mark.parametrize(
    "capacity",
    ["L'Adjointe déléguée", "Le Premier adjoint", "La 3e adjointe au maire",
     "Le Conseiller municipal délégué", "Le Maire"],
)  # fmt: skip
def test_elected_members_are_not_agents(capacity: str) -> None:
    text = AGENT.replace(ALLOWING, "").replace("Le Directeur général des services,", capacity + ",")
    assert mat(text, "MAT003") == []


def test_a_range_of_items_cites_every_item_in_it() -> None:
    for cited in ("aux 1° à 10°", "du 1° au 10°", "des 1° au 10°"):
        text = LEASE.replace("de son 5°", f"{cited}")
        assert mat(text) == [], cited
    assert mat(LEASE.replace("de son 5°", "aux 6° à 10°")) != []  # 5° outside the range


def test_renting_goods_fits_4_and_renting_real_property_does_not() -> None:
    goods = on("Location d'une nacelle pour l'entretien de l'éclairage public")
    assert mat(goods.replace("son 5°", "son 4°")) == []
    assert mat(goods) == []
    premises = on("Décision portant location d'une salle communale à l'association")
    assert mat(premises.replace("son 5°", "son 4°")) == [("MAT002", "4°")]
