"""A realistic synthetic corpus of acts, for benchmarks: the shapes of the grammar
(preface, visas, considérants, enacting word, articles, conclusions) filled with the
entities actlint reads (dates, periods, amounts, code citations, references to acts).

Usage: python bench/corpus.py OUT_DIR [--count 10000] [--seed 1]

Kinds and sizes vary as in a real repository of acts: décisions by delegation,
arrêtés (police and others), arrêtés préfectoraux and délibérations; most have a few
articles, some dozens. The same seed gives the same files.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
          "septembre", "octobre", "novembre", "décembre")  # fmt: skip
COMMUNES = ("Lens", "Liévin", "Arras", "Béthune", "Douai", "Laudun-l'Ardoise", "Mende",
            "Alençon", "Saint-Omer", "Hénin-Beaumont")  # fmt: skip
PEOPLE = ("Sylvain ROBERT", "Marie DUPONT", "Jean-Pierre MARTIN", "Claire LEFEBVRE",
          "Ahmed BENALI", "Sophie NGUYEN")  # fmt: skip
COMPANIES = ("ARPEGE", "SOGETI", "COLAS NORD", "EIFFAGE ROUTE", "BERGER-LEVRAULT", "CIRIL")
STREETS = ("rue de la Gare", "avenue Raoul Briquet", "place Jean Jaurès", "rue Émile Zola",
           "boulevard Basly", "rue du 11 Novembre")  # fmt: skip


def french_date(day: dt.date, rng: random.Random) -> str:
    first = "1er" if day.day == 1 else str(day.day)
    month = MONTHS[day.month - 1]
    return f"{first} {month.capitalize() if rng.random() < 0.2 else month} {day.year}"


def amount(value: Decimal) -> str:
    whole, cents = f"{value:.2f}".split(".")
    groups = []
    while whole:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    return f"{' '.join(groups)},{cents} €"


class Act:
    def __init__(self, rng: random.Random, number: int) -> None:
        self.rng = rng
        self.number = number
        self.signed = dt.date(2025, 1, 1) + dt.timedelta(days=rng.randrange(600))
        self.commune = rng.choice(COMMUNES)

    def before(self, most: int = 400) -> dt.date:
        return self.signed - dt.timedelta(days=self.rng.randrange(1, most))

    def after(self, most: int = 200) -> dt.date:
        return self.signed + dt.timedelta(days=self.rng.randrange(1, most))

    def articles(self, bodies: list[str], word: str) -> list[str]:
        style = self.rng.choice(
            ("ARTICLE {n} : ", "Article {n} : ", "Article {n}.", "ARTICLE {n}\n")
        )
        out = []
        for n, body in enumerate(bodies, start=1):
            label = "1er" if n == 1 and self.rng.random() < 0.4 else str(n)
            out.append(style.format(n=label) + body)
        return [word, *out]

    def priced_article(self) -> str:
        ht = Decimal(self.rng.randrange(50_000, 9_000_000)) / 100
        ttc = (ht * Decimal("1.20")).quantize(Decimal("0.01"), ROUND_HALF_UP)
        if self.rng.random() < 0.05:
            ttc += Decimal("0.01")  # a slip, as real acts have
        return (f"Le marché est attribué à la société {self.rng.choice(COMPANIES)} pour un "
                f"montant de {amount(ht)} HT, soit {amount(ttc)} TTC.")  # fmt: skip

    def filler(self) -> str:
        return self.rng.choice((
            self.period(),
            f"La circulation est interdite {self.rng.choice(STREETS)} pendant la durée des travaux.",
            "Les dépenses correspondantes seront imputées au budget de l'exercice en cours.",
            f"Une copie est adressée à la société {self.rng.choice(COMPANIES)} et au comptable public.",
            "La signalisation réglementaire sera mise en place par les services techniques.",
        ))  # fmt: skip

    def period(self) -> str:
        start = self.after(30)
        end = start + dt.timedelta(days=self.rng.randrange(1, 200))
        if self.rng.random() < 0.02:
            start, end = end, start  # a slip, as real acts have
        return (f"La présente mesure s'applique du {french_date(start, self.rng)} au "
                f"{french_date(end, self.rng)}.")  # fmt: skip

    def sizes(self) -> int:
        return self.rng.choices((2, 3, 4, 6, 8, 15, 30, 60), (20, 25, 20, 15, 10, 6, 3, 1))[0]

    def conclusions(self, capacity: str) -> list[str]:
        return [f"Fait à {self.commune}, le {french_date(self.signed, self.rng)}", capacity,
                self.rng.choice(PEOPLE)]  # fmt: skip

    def appeal(self) -> str:
        return (
            "Le présent acte peut faire l'objet d'un recours devant le tribunal administratif "
            "dans un délai de deux mois à compter de sa publication."
        )

    def decision(self) -> list[str]:
        bodies = [self.priced_article()] + [self.filler() for _ in range(self.sizes() - 1)]
        bodies.append("Le Directeur général des services est chargé de l'exécution de la "
                      "présente décision, dont il sera rendu compte au conseil municipal. "
                      + self.appeal())  # fmt: skip
        return [
            f"DÉCISION n° {self.signed.year}-{self.number}",
            f"NOMENCLATURE : {self.rng.choice(('1.1', '1.4', '09 – 01', '3.3'))}",
            "DÉCISION RELATIVE À LA CONCLUSION D'UN MARCHÉ DE PRESTATIONS",
            f"Le Maire de la Ville de {self.commune},",
            "Vu le code général des collectivités territoriales, et notamment son article "
            "L. 2122-22 4° ;",
            f"Vu la délibération du conseil municipal du {french_date(self.before(), self.rng)} "
            "portant délégation au maire en application de l'article L. 2122-22 du code "
            "général des collectivités territoriales ;",
            "Vu le code de la commande publique, et notamment son article R. 2122-8 ;",
            "Considérant que les crédits sont inscrits au budget ;",
            *self.articles(bodies, "DÉCIDE"),
            *self.conclusions("Le Maire,"),
        ]

    def police(self) -> list[str]:
        start = self.after(20)
        bodies = [f"Le stationnement est interdit {self.rng.choice(STREETS)} du "
                  f"{french_date(start, self.rng)} au {french_date(start + dt.timedelta(days=9), self.rng)}."]  # fmt: skip
        bodies += [self.filler() for _ in range(self.sizes() - 1)]
        bodies.append("Le Directeur général des services et le chef de la police municipale sont "
                      "chargés, chacun en ce qui le concerne, de l'exécution du présent arrêté. "
                      + self.appeal())  # fmt: skip
        return [
            f"ARRÊTÉ n° {self.signed.year}-{self.number}",
            "portant réglementation temporaire de la circulation et du stationnement",
            f"Le Maire de la commune de {self.commune},",
            "Vu le code général des collectivités territoriales, et notamment ses articles "
            "L. 2212-1, L. 2212-2 et L. 2213-1 ;",
            "Vu le code de la route ;",
            f"Vu la demande de la société {self.rng.choice(COMPANIES)} en date du "
            f"{french_date(self.before(30), self.rng)} ;",
            "Considérant qu'il y a lieu de réglementer la circulation pendant les travaux ;",
            *self.articles(bodies, "ARRÊTE"),
            *self.conclusions("Le Maire,"),
        ]

    def prefectoral(self) -> list[str]:
        bodies = [self.filler() for _ in range(self.sizes())]
        bodies.append("Le secrétaire général de la préfecture est chargé de l'exécution du "
                      "présent arrêté, qui sera publié au recueil des actes administratifs. "
                      + self.appeal())  # fmt: skip
        return [
            f"ARRÊTÉ PRÉFECTORAL n° {self.signed.year}/DDTM/{self.number}",
            "portant mise en demeure",
            "Le Préfet du Pas-de-Calais,",
            "Vu le code de l'environnement, et notamment ses articles L. 171-6 et L. 171-8 ;",
            f"Vu le rapport de l'inspection des installations classées du "
            f"{french_date(self.before(60), self.rng)} ;",
            "Considérant que l'exploitant n'a pas respecté les prescriptions applicables ;",
            *self.articles(bodies, "ARRÊTE"),
            f"Fait à Arras, le {french_date(self.signed, self.rng)}",
            "Pour le Préfet et par délégation,",
            "Le Secrétaire général,",
            self.rng.choice(PEOPLE),
        ]

    def deliberation(self) -> list[str]:
        bodies = [self.priced_article() if self.rng.random() < 0.5 else self.filler()]
        bodies += [self.filler() for _ in range(self.sizes() - 1)]
        return [
            f"DÉLIBÉRATION n° {self.signed.year}-{self.number}",
            "Objet : approbation d'une convention",
            "Le Conseil municipal,",
            "Vu le code général des collectivités territoriales, et notamment son article "
            "L. 2121-29 ;",
            "Considérant l'intérêt pour la commune de conclure cette convention ;",
            "Après en avoir délibéré,",
            *self.articles(bodies, "DÉCIDE"),
            f"Ainsi fait et délibéré à {self.commune}, les jour, mois et an que dessus.",
            "Le Maire,",
            self.rng.choice(PEOPLE),
        ]


def act_text(rng: random.Random, number: int) -> str:
    act = Act(rng, number)
    make = rng.choices((act.decision, act.police, act.prefectoral, act.deliberation),
                       (40, 30, 10, 20))[0]  # fmt: skip
    return "\n".join(make()) + "\n"


def write_corpus(folder: Path, count: int, seed: int = 1) -> list[Path]:
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(count):
        path = folder / f"{i // 1000:02d}" / f"acte-{i:05d}.txt"
        path.parent.mkdir(exist_ok=True)
        path.write_text(act_text(rng, i + 1), encoding="utf-8")
        paths.append(path)
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    write_corpus(args.folder, args.count, args.seed)


if __name__ == "__main__":
    main()
