"""What a rule rests on: the sources a jurist can open, and the weight they carry.

A basis is one of three kinds, and reports name it by its kind:

- ``law`` (« fondement »): texts in force, case law, ministerial answers;
- ``practice`` (« bonne pratique »): drafting guides and conventions that bind no commune,
  such as the Guide de légistique written for the State's own texts;
- ``fact`` (« constat »): the act contradicts itself or states something impossible, which
  the calendar or arithmetic shows without any text;
- ``house`` (« règle maison »): a rule a project declares in its own configuration.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from actlint.text import Lang, Text

Kind = Literal["law", "practice", "fact", "house"]
Authority = Literal["code", "text", "case-law", "answer", "practice", "fact"]

_LABELS: dict[str, Text] = {
    "law": Text("fondement", "basis"),
    "practice": Text("bonne pratique", "good practice"),
    "fact": Text("constat", "observation"),
    "house": Text("règle maison", "house rule"),
}

# Where a jurist opens each kind of source: a Légifrance or official-journal identifier, the
# court's date and number, an official journal's date, an address, or (for a fact) the check.
_LOCATOR: dict[str, str] = {  # compiled by re when first used
    "code": r"^Légifrance (LEGITEXT|LEGIARTI)\d{12}$",
    "text": r"^(Légifrance JORFTEXT\d{12}|JORF du \d{1,2}(er)? \w+ \d{4}|"
            r"JOUE L du \d{1,2}(er)? \w+ \d{4}|https?://\S+)$",
    "case-law": r"^(CE|CAA \w+|TA \w+|Cass\. \w+)(, [A-Za-z.]+)*, "
                r"\d{1,2}(er)? \w+ \d{4}, n° [\dA-Z]+$",
    "answer": r"^JO (Sénat|AN) du \d{1,2}(er)? \w+ \d{4}(, p\. \d+)?$",
    "practice": r"^(https?://\S+|ISBN [\d-]+)$",
    "fact": r"^(calendrier|calcul|texte de l'acte|actes du dépôt)$",
}  # fmt: skip


@dataclass(frozen=True)
class Source:
    """One source, cited as a jurist cites it, with where to open it."""

    cite: str
    """« CGCT, art. L. 2122-22 », « CE, 5 avril 2002, n° 221890 »."""
    locator: str
    """« Légifrance LEGITEXT000006070633 », « JO Sénat du 10 février 2005 »…"""
    authority: Authority

    def problems(self) -> list[str]:
        """Why this source could not be opened by a jurist ([] when it can)."""
        if not self.cite.strip():
            return ["a source without a citation"]
        if not re.match(_LOCATOR[self.authority], self.locator):
            return [f"{self.cite!r}: {self.locator!r} does not locate a {self.authority} source"]
        return []


@dataclass(frozen=True)
class Basis:
    """A rule's basis: its kind, why it applies, and the sources it rests on."""

    kind: Kind
    reason: Text
    """One sentence: how the sources ground the rule."""
    sources: tuple[Source, ...]

    def label(self, lang: Lang) -> str:
        return _LABELS[self.kind].get(lang)

    def cites(self) -> str:
        return " ; ".join(s.cite for s in self.sources)

    def line(self, lang: Lang) -> str:
        """The basis as a finding shows it: sources, then the reason."""
        cites = self.cites() if self.kind != "fact" else ""
        reason = self.reason.get(lang)
        return f"{cites} — {reason}" if cites else reason

    def problems(self) -> list[str]:
        """What keeps this basis from being checked by a jurist ([] when nothing does)."""
        found = [p for s in self.sources for p in s.problems()]
        if not self.sources:
            found.append("a basis without any source")
        if self.kind == "law" and not any(
            s.authority in ("code", "text", "case-law", "answer") for s in self.sources
        ):
            found.append("a legal basis that cites no text, decision or answer")
        if self.kind != "law" and any(s.authority != self.kind for s in self.sources):
            found.append(f"a {self.kind} basis mixing sources of another weight")
        return found

    def to_json(self, lang: Lang) -> dict[str, object]:
        return {
            "kind": self.kind,
            "reason": self.reason.get(lang),
            "sources": [
                {"cite": s.cite, "locator": s.locator, "authority": s.authority}
                for s in self.sources
            ],
        }
