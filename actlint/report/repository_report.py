"""``actlint index``: the repository's acts, and the chain each décision rests on."""

from __future__ import annotations

from typing import Any

from actlint.engine.records import Cited, Record, describe_act
from actlint.engine.repository import Repository, Resolution
from actlint.run.index import IndexStats
from actlint.text import Lang, Text


def chain_of(repository: Repository, record: Record) -> list[tuple[Cited, Resolution]]:
    """The acts a record cites, each with what it resolves to."""
    return [
        (c, repository.resolve_identity(c.kind, c.number, c.date, record.place, c.delegating,
                                        citing=record.path))
        for c in record.rests_on
    ]  # fmt: skip


def _records(repository: Repository) -> list[Record]:
    return [r for s in repository.acts if (r := repository.record(s.path)) is not None]


def index_json(repository: Repository, stats: IndexStats, lang: Lang) -> dict[str, Any]:
    return {
        "repository": repository.root,
        "files": stats.files,
        "read": stats.read,
        "parsed": stats.parsed,
        "skipped": [{"path": path, "reason": why.get(lang)} for path, why in stats.skipped],
        "acts": [
            {**record.to_json(), "chain": [
                {"kind": c.kind, "number": c.number, "date": c.date,
                 "delegating": c.delegating, **c.at.to_json(), **found.to_json(lang)}
                for c, found in chain_of(repository, record)
            ]}
            for record in _records(repository)
        ],
    }  # fmt: skip


def index_text(repository: Repository, stats: IndexStats, lang: Lang) -> list[str]:
    fr = lang == "fr"
    acts = repository.acts
    out = [
        Text(
            f"Dépôt {repository.root} : {len(acts)} actes dans {stats.files} fichiers "
            f"({len(stats.read)} relus, {len(stats.parsed)} analysés, les autres repris de l'index)",
            f"Repository {repository.root}: {len(acts)} acts in {stats.files} files "
            f"({len(stats.read)} read again, {len(stats.parsed)} parsed, the others from the index)",
        ).get(lang)
    ]
    for record in _records(repository):
        out.append("")
        title = f" — {record.title}" if record.title else ""
        out.append(f"{record.path}: {record.label(lang)}{title}")
        for cited, found in chain_of(repository, record):
            wording = describe_act(cited.kind, cited.number, cited.date, lang)
            marker = (" [délégation]" if fr else " [delegation]") if cited.delegating else ""
            if found.record is not None and found.status == "resolved":
                outcome = f"→ {found.record.path}:{found.record.at.describe(lang)}"
            elif found.record is not None:
                differs = {
                    "date": ("date différente", "other date"),
                    "number": ("numéro voisin", "close number"),
                }[found.differs or "date"]
                outcome = f"≠ {found.record.path} ({differs[0] if fr else differs[1]})"
            else:
                outcome = f"— {found.reason.get(lang) if found.reason else found.status}"
            out.append(f"  {cited.at.describe(lang)} {wording}{marker} {outcome}")
    if stats.skipped:
        out.append("")
        out.append("Fichiers illisibles, ignorés :" if fr else "Unreadable files, skipped:")
        out.extend(f"  {path} : {why.get(lang)}" if fr else f"  {path}: {why.get(lang)}"
                   for path, why in stats.skipped)  # fmt: skip
    return out
