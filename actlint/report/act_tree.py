"""The parsed act as an indented outline, for people checking what actlint understood."""

from __future__ import annotations

from typing import Any


def render_tree(path: str, tree: dict[str, Any]) -> list[str]:
    """Outline of ``act_json`` output."""
    out = [f"{path}: {tree['kind']}"]
    for key in ("number", "nomenclature", "title", "authority", "formula", "execution_article"):
        out.append(f"  {key}: {tree[key] if tree[key] is not None else '—'}")
    clause = tree["execution_clause"]
    out.append(
        f"  execution_clause: {_clip(clause['text']) + f' ({_at(clause)})' if clause else '—'}"
    )
    out.append(f"  territory_hint: {tree['territory_hint'] or '—'}")
    for key in ("visas", "considerants"):
        out.append(f"  {key}: {len(tree[key])}")
        for i, unit in enumerate(tree[key], 1):
            out.append(f"    {i}. {_where(unit)}: {_clip(unit['text'])}")
            out.extend(_entities(unit, "       "))
    out.append(f"  articles: {len(tree['articles'])}")
    for article in tree["articles"]:
        out.append(f"    article {article['number']} ({_where(article)}): {_clip(article['text'])}")
        for quoted in article["quotations"]:
            out.append(f"      quotes another act's article ({_where(quoted)})")
    out.extend(_delegation(tree.get("delegation")))
    out.extend(_sitting(tree["sitting"]))
    signature = tree["signature"]
    if signature is None:
        out.append("  signature: —")
    else:
        out.append(f"  signature ({_where(signature)}):")
        for key in ("place", "date", "on_behalf", "capacity", "name"):
            out.append(f"    {key}: {signature[key] if signature[key] is not None else '—'}")
        if signature["unreadable_date"] is not None:
            out.append(f"    unreadable_date: « {signature['unreadable_date']} »")
    out.extend(_formalities(tree))
    out.extend(_entities(tree, "  "))
    out.extend(_cited_acts(tree))
    return out


def _cited_acts(tree: dict[str, Any]) -> list[str]:
    """What each act cited resolved to in the repository, or why not."""
    if "cited_acts" not in tree:
        return []
    out = [f"  cited acts (repository {tree['repository']}): {len(tree['cited_acts'])}"]
    for cited in tree["cited_acts"]:
        found = cited["resolution"]
        if found["status"] == "resolved":
            outcome = f"→ {found['path']} ({_at(found['position'])})"
        elif found["status"] == "differs":
            outcome = f"≠ {found['path']} ({_at(found['position'])}): {found['differs']} differs"
        else:
            outcome = f"{found['status']}: {found['reason']}"
        delegating = " [delegation]" if cited["delegating"] else ""
        out.append(f"    {_at(cited)} « {_clip(cited['text'], 60)} »{delegating} {outcome}")
    return out


def _delegation(delegation: dict[str, Any] | None) -> list[str]:
    """A délibération of delegation: the words that delegate, each item and its limits,
    and what it says of signature by adjoints or agents and of suppléance."""
    if delegation is None:
        return []
    when = delegation["date"]["value"] if delegation["date"] else "—"
    out = [f"  delegation ({_at(delegation)}): « {_clip(delegation['text'])} », dated {when}"]
    out.append(f"    items: {len(delegation['items'])}")
    for item in delegation["items"]:
        number = f"{item['number']}°" if item["number"] is not None else "—"
        named = f", wording of {item['by_wording']}°" if item["by_wording"] is not None else ""
        out.append(f"      {number} ({_at(item)}{named}): {_clip(item['text'], 70)}")
        for limit in item["limits"]:
            out.append(f"        limit ({_at(limit)}): « {_clip(limit['text'], 70)} »")
        if item["council_wording"]:
            wording = item["council_wording"]
            out.append(f"        law's wording, no limit ({_at(wording)}): « {wording['text']} »")
    for key in ("adjoints", "agents", "suppleance"):
        permission = delegation[key]
        if permission is None:
            out.append(f"    {key}: —")
        else:
            verdict = "allowed" if permission["allowed"] else "excluded"
            out.append(f"    {key}: {verdict} ({_at(permission)}): {_clip(permission['text'], 70)}")
    return out


def _sitting(sitting: dict[str, Any] | None) -> list[str]:
    if sitting is None:
        return ["  sitting: —"]
    out = [f"  sitting ({_where(sitting)}):"]
    for key in ("date", "convocation"):
        d = sitting[key]
        out.append(f"    {key}: " + (f"{d['value'] or '?'} ({_at(d)})" if d else "—"))
    counts = []
    for key in ("in_office", "present", "represented", "absent", "voters"):
        c = sitting[key]
        if c is not None:
            counts.append(f"{key} {c['value']}{'' if c['certain'] else '?'} ({_at(c)})")
    out.append(f"    counts: {', '.join(counts) or '—'}")
    names = sitting["present_names"]
    out.append(
        f"    present_names: {len(names)}"
        + (f" ({', '.join(n['name'] for n in names)})" if names else "")
    )
    for proxy in sitting["proxies"]:
        giver, holder = proxy["giver"], proxy["holder"]
        out.append(f"    proxy: {giver['name']} → {holder['name']} ({_at(giver)})")
    for key in ("president", "secretary"):
        m = sitting[key]
        out.append(f"    {key}: " + (f"{m['name']} ({_at(m)})" if m else "—"))
    vote = sitting["vote"]
    shown = [f"unanimous ({_at(vote['unanimous'])})"] if vote["unanimous"] else []
    for key in ("votes_for", "votes_against", "abstentions", "not_voting"):
        c = vote[key]
        if c is not None:
            shown.append(f"{key} {c['value']}{'' if c['certain'] else '?'} ({_at(c)})")
    out.append(f"    vote: {', '.join(shown) or '—'}")
    return out


def _formalities(tree: dict[str, Any]) -> list[str]:
    """The @CTES stamp and the mentions of certification, transmission, publication."""
    lines = []
    stamp = tree["stamp"]
    if stamp is not None:
        lines.append(f"  stamp ({_at(stamp)}): {stamp['identifier']}")
        for key in ("sent", "received"):
            if stamp[key] is not None:
                lines.append(f"    {key}: {stamp[key]['value'] or '?'} ({_at(stamp[key])})")
    if tree["mentions"]:
        lines.append(f"  mentions: {len(tree['mentions'])}")
    for mention in tree["mentions"]:
        if mention["date"] is not None:
            when = f" {mention['date']['value'] or '?'}"
        else:
            when = " (left blank)" if mention["blank"] else ""
        lines.append(f"    {mention['kind']}{when}: « {mention['wording']} » ({_at(mention)})")
    return lines


def _entities(node: dict[str, Any], indent: str) -> list[str]:
    lines = []
    if node["dates"]:
        shown = ", ".join(f"{d['value'] or '?'} ({_at(d)})" for d in node["dates"])
        lines.append(f"{indent}dates: {shown}")
    if node["amounts"]:
        shown = ", ".join(
            f"{a['value']} {a['qualifier'] or ''}".rstrip() + f" ({_at(a)})"
            for a in node["amounts"]
        )
        lines.append(f"{indent}amounts: {shown}")
    if node["citations"]:
        shown = ", ".join(f"{c['code'] or '?'} {c['article']}" for c in node["citations"])
        lines.append(f"{indent}citations: {shown}")
    if node["references"]:
        shown = ", ".join(
            f"{r['kind']} {r['number'] or ''} {r['date'] or ''}".replace("  ", " ").strip()
            for r in node["references"]
        )
        lines.append(f"{indent}references: {shown}")
    return lines


def _where(node: dict[str, Any]) -> str:
    """« line 12 » in a text file; « page 2 line 14 » or « paragraph 7 » in a document."""
    place = node.get("location")
    if place is None:
        return f"line {node['line']}"
    if "page" in place:
        return f"page {place['page']} line {place['line']}"
    if "table" in place:
        return f"table {place['table']} row {place['row']}"
    return f"paragraph {place['paragraph']}"


def _at(node: dict[str, Any]) -> str:
    """« 12:5 » in a text file; the line's place and the column in a document."""
    if node.get("location") is None:
        return f"{node['line']}:{node['column']}"
    return f"{_where(node)}:{node['column']}"


def _clip(text: str, width: int = 90) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"
