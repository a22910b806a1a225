"""The record of the sitting at the head of a délibération, read as registers write it.

« Nombre de conseillers en exercice : 29 », « PRÉSENTS : 21 », « PROCURATIONS : 06 »,
« ABSENTS : 02 »; the lists of names that follow them (« PRESENTS : MM. POLI X, … »,
« PROCURATIONS : Madame Paula RINIERI à … », « Excusés : … »); « sous la présidence
de … »; « Secrétaire de séance : … »; « Date de convocation : 10 mars 2025 »; and the vote
(« à l'unanimité », « Par 21 voix « Pour » et 5 « Abstentions » », « ONT VOTE POUR : 14 »).

Every value keeps its span in the act's text. A count is ``certain`` only when it is
written cleanly: digits or number words standing alone after their label, a plausible
size for a council. Registers reach actlint through OCR (« PRÉSENTS 2l », « ABSENTS 508 »,
« PROCURATIONS 50s »): a count that is not certain is kept, for the outline, but rules
must not build a finding on it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from actlint.parse.act import DateMention, Span
from actlint.parse.entities.dates import find_dates
from actlint.parse.entities.numbers import NUMBER_WORDS, words_to_int
from actlint.text import LazyPattern

# Where the record is looked for (it heads the act), and the vote (anywhere in a
# délibération of ordinary length): bounds that keep a huge file linear and quick.
_HEAD = 20_000
_BODY = 300_000
# What shows a sitting in an act whose heading does not say « délibération ».
_STRONG_SIGN = LazyPattern(r"(?i:secr[ée]taire\s+de\s+s[ée]ance|en\s+exercice\s*:)")

# The largest council: Paris, 163 members. A larger count is an OCR accident.
_LARGEST_COUNCIL = 163


@dataclass(frozen=True)
class Count:
    """A number of members as the register writes it."""

    value: int
    span: Span
    certain: bool


@dataclass(frozen=True)
class Member:
    """A member named in the record; ``name`` as written, without its civility."""

    name: str
    span: Span


@dataclass(frozen=True)
class Proxy:
    """« X à Y », « X (pouvoir à Y) »: the member ``giver`` gave a proxy to ``holder``."""

    giver: Member
    holder: Member
    span: Span


@dataclass(frozen=True)
class Sitting:
    """What the act records of the sitting that adopted it. Fields are None (or empty)
    when the act does not write them, or writes them unreadably."""

    span: Span  # from the first element of the record to its last
    date: DateMention | None = None
    convocation: DateMention | None = None
    in_office: Count | None = None
    present: Count | None = None
    represented: Count | None = None
    absent: Count | None = None
    voters: Count | None = None  # « Votants »
    present_names: tuple[Member, ...] = ()
    proxies: tuple[Proxy, ...] = ()
    absent_names: tuple[Member, ...] = ()  # « Absents », « Excusés » without a proxy
    present_list: Span | None = None  # the list of present members, when there is one
    president: Member | None = None
    presidency: Span | None = None  # « sous la présidence de … », even when unreadable
    secretary: Member | None = None
    secretary_mention: Span | None = None  # « secrétaire de séance », even without a name
    unanimous: Span | None = None
    votes_for: Count | None = None
    votes_against: Count | None = None
    abstentions: Count | None = None
    not_voting: Count | None = None  # « ne prennent pas part au vote »
    # « sans condition de quorum », « deuxième convocation »: the sitting after one
    # without quorum (L. 2121-17)
    without_quorum: Span | None = None
    urgency: Span | None = None  # « en urgence »: the convocation delay may be shortened

    @property
    def in_office_or_sum(self) -> Count | None:
        """The members in office as written, else present + represented + absent when the
        three are read with certainty (every member is one of the three)."""
        if self.in_office is not None:
            return self.in_office
        parts = (self.present, self.represented, self.absent)
        if all(p is not None and p.certain for p in parts):
            first, last = min(p.span for p in parts if p), max(p.span for p in parts if p)
            total = sum(p.value for p in parts if p)
            return Count(total, Span(first.start, last.end), certain=True)
        return None


_NUMBER = rf"(?:\d{{1,3}}|(?i:{NUMBER_WORDS}))"
# What may stand between a label and its count: « : », « = », spaces; OCR gives « ; », « + ».
_SEP = r"[ \t]*[:=;+*«»]?[ \t]*"
# After the count: the end of a line, a separator, or a word (the next label).
_AFTER = r"(?=[ \t]*(?:$|[\n,;.)|«»\"“”]|[ \t]+[^\W\d]))"


def _label(words: str) -> LazyPattern:
    return LazyPattern(rf"(?im:(?<![\w-])(?:{words}){_SEP}(?P<n>{_NUMBER}|\S+))")


_COUNTS: dict[str, LazyPattern] = {
    "in_office": _label(r"(?:conseillers|membres|élus)?\s*en\s+exercice"),
    "present": _label(r"pr[ée]sents?(?!\s+(?:ou|et)\s)"),
    "represented": _label(r"procurations?|pouvoirs?|repr[ée]sent[ée]s(?!\s+[:=]?\s*[A-Z])"),
    "absent": _label(r"absents?(?:\s+ou\s+excus[ée]s)?"),
    "voters": _label(r"votants?"),
}
# « / » or « - » for none, as tables write it (« ONT VOTE CONTRE : / SE SONT ABSTENUS : / »).
_NONE = r"(?:/|-)(?=[ \t]*(?:$|[A-ZÀ-Ý]))"
# A vote is labelled as such: « ont voté pour : », « POUR : » or « Pour : » opening a line,
# « 21 voix pour »; a lone « pour : » in a sentence is not a vote. In figures after a
# colon (« Pour : une durée … » is no vote), in figures or words before « voix ».
_VOTES: dict[str, LazyPattern] = {
    "votes_for": LazyPattern(
        rf"(?:(?i:ont\s+vot[ée]\s+pour|votes?\s+pour)|^[^\w\n]{{0,3}}(?i:pour)|\bPOUR)"
        rf"\s*[:=]\s*(?P<n>\d{{1,3}}|{_NONE})"
        rf"|(?P<n2>{_NUMBER})\s+(?i:voix\s+[«\"“]?\s*pour\b)",
        re.M,
    ),
    "votes_against": LazyPattern(
        rf"(?:(?i:ont\s+vot[ée]\s+contre|votes?\s+contre)|^[^\w\n]{{0,3}}(?i:contre)|\bCONTRE)"
        rf"\s*[:=]\s*(?P<n>\d{{1,3}}|{_NONE})"
        rf"|(?P<n2>{_NUMBER})\s+(?i:(?:voix\s+[«\"“]?|[«\"“])\s*contre\b)"
        # « par 12 voix pour et 2 contre »: after the votes for, « voix » is not repeated
        rf"|(?i:voix\s+[«\"“]?\s*pour\b[»\"”]?\s*(?:,|et)\s*)(?P<n3>{_NUMBER})\s+"
        rf"(?i:[«\"“]?\s*contre\b)",
        re.M,
    ),
    "abstentions": LazyPattern(
        rf"(?i:(?:abstentions?|se\s+sont\s+abstenus)\s*[:=]\s*(?P<n>\d{{1,3}}|{_NONE})"
        rf"|(?P<n2>{_NUMBER})\s+[«\"“]?\s*abstentions?\b)",
        re.M,
    ),
    "not_voting": LazyPattern(
        rf"(?i:(?:ne\s+prennent\s+pas\s+part(?:\s+au\s+vote)?|non[ -]participations?)"
        rf"\s*[:=]\s*(?P<n>{_NUMBER}|{_NONE}))",
        re.M,
    ),
}
_UNANIMOUS = LazyPattern(r"(?i:\bunanimit[ée])")
_PRESIDENCY = LazyPattern(
    r"(?i:sous\s+la\s+pr[ée]?sidence\s+(?:de\s+|du\s+|d['’]\s*)(?P<who>(?:(?:M|Dr|Me)\.\s*)?[^.;,()]{2,80}?)"
    r"(?=\s*(?:[.;,()]|$))"
    r"|pr[ée]sident(?:e)?\s+de\s+(?:la\s+)?s[ée]ance\s*[:=]\s*(?P<who2>[^\n.;,]{2,60}))"
    # « M. Jean MARTIN, Maire, ouvre la séance », « Mme Anne ROUX préside la séance »
    r"|(?P<who3>(?:(?:M\.|Mme|Monsieur|Madame|Docteur|Dr\.?)\s+)?[A-ZÀ-Ý][\w'’-]*"
    r"(?:[ \t]+[A-ZÀ-Ý][\w'’-]*){1,3})(?:[ \t]*,[ \t]*[^\n.;,()]{2,40}?[ \t]*,)?[ \t]+"
    r"(?i:(?:ouvre|pr[ée]side)\s+la\s+s[ée]ance)"
)
_SECRETARY = LazyPattern(
    r"(?i:secr[ée]taires?\s+de\s+s[ée]ance\s*[:=;]?\s*(?P<who>[^\n.;,]{0,60}))"
)
_CONVOCATION = LazyPattern(
    r"(?i:(?:date\s+de\s*\.?\s*(?:la\s+)?convocation|convocation\s+(?:en\s+date\s+)?du"
    r"|convoqu[ée]e?s?\s+le)\s*[:;=+*.\\]*\s*)"
)
_WITHOUT_QUORUM = LazyPattern(
    r"(?i:sans\s+condition\s+de\s+quorum|quorum\s+n['’]\s*(?:ayant|a)\s+pas\s+[ée]t[ée]\s+atteint"
    r"|(?:deuxi[èe]me|seconde|nouvelle)\s+convocation)"
)
_URGENCY = LazyPattern(r"(?i:\burgence\b)")
# The labels that open the parts of the record, which end the list before them.
_PART = LazyPattern(
    r"(?im:(?<![\w-])(?:pr[ée]sents?|procurations?|pouvoirs?|absents?|excus[ée]s?"
    r"|secr[ée]taires?(?:\s+de\s+s[ée]ance)?|votants?|en\s+exercice|nombre\s+de|objet|date\s+de|vu\b|le\s+conseil"
    r"|l['’]an\b)\s*(?::|=|;|$|\d)|^[^\w\n]*(?:l['’]an|accus[ée]|vu|le\s+conseil)\b|\[)"
)
_LIST_LABEL = {
    "present": LazyPattern(r"(?im:^[^\w\n]{0,3}pr[ée]sents?[ \t]*[:;=][ \t]*(?=[^\W\d]))"),
    "proxies": LazyPattern(
        r"(?im:^[^\w\n]{0,3}(?:procurations?|pouvoirs?)[ \t]*[:;=][ \t]*(?=[^\W\d]))"
    ),
    "absent": LazyPattern(
        r"(?im:^[^\w\n]{0,3}(?:absents?(?:\s+excus[ée]s)?|excus[ée]s?)[ \t]*[:;=][ \t]*"
        r"(?=[^\W\d]))"
    ),
}
_CIVILITY = LazyPattern(
    r"(?i:(?:(?:MM|M|Mme|Mmes|Mlle|Dr|Me)\.?|Monsieur|Madame|Mademoiselle|Docteur|le|la|au|du)\s+)"
)
_PROXY = LazyPattern(
    r"(?is:^(?P<giver>.+?)(?:\s+|\s*\(\s*)(?:(?:a\s+donn[ée]\s+)?(?:pouvoir|procuration)\s+)?"
    r"(?:à|au)\s+(?P<holder>.+?)\s*\)?$)"
)
# A name as lists write them, nothing else: « POLI X », « GRIMALDI-OSTIENSI A »,
# « Jean-Marc DUMONT »; a piece that is not one (« P », « MM », two names run together)
# means the list was not read whole.
_STRICT_NAME = LazyPattern(
    r"^(?:[A-ZÀ-Ý][A-ZÀ-Ý'’-]{2,}(?: [A-ZÀ-Ý][A-ZÀ-Ý'’-]{2,})?(?: [A-Z]{1,3})?"
    r"|[A-ZÀ-Ý][a-zà-ÿ'’]+(?:-[A-ZÀ-Ý][a-zà-ÿ'’]+)? [A-ZÀ-Ý][A-ZÀ-Ý'’-]{2,}"
    r"(?: [A-ZÀ-Ý][A-ZÀ-Ý'’-]{2,})?)$"
)
_NAME = LazyPattern(r"^[A-ZÀ-Ý][\w'’.-]*(?:\s+[\w'’.-]+){0,4}$")


def read_sitting(text: str, date: DateMention | None, is_deliberation: bool) -> Sitting | None:
    """The sitting the act records, or None when it records none; ``date`` is the
    sitting's date the heading gives."""
    whole = text
    text = text[:_HEAD]  # the record heads the act; a prefix keeps every offset
    if not is_deliberation and not _STRONG_SIGN.search(text):
        return None
    counts = {key: _count(pattern, text) for key, pattern in _COUNTS.items()}
    present_names, present_list = _names(text, "present")
    proxies = _proxies(text)
    absent_names, _ = _names(text, "absent")
    secretary, secretary_mention = _secretary(text)
    recorded = any(counts.values()) or present_names or proxies or secretary_mention
    if not recorded or not (is_deliberation or secretary_mention or counts["in_office"]):
        return None
    president, presidency = _president(text)
    body = whole[:_BODY]
    votes = {key: _vote(pattern, body) for key, pattern in _VOTES.items()}
    unanimous = _UNANIMOUS.search(body)
    without_quorum = _WITHOUT_QUORUM.search(body)
    urgency = _URGENCY.search(body)
    convocation = _convocation(text)
    spans = [c.span for c in counts.values() if c]
    spans += [m.span for m in present_names] + [p.span for p in proxies]
    spans += [s for s in (secretary_mention, presidency) if s]
    return Sitting(
        span=Span(min(s.start for s in spans), max(s.end for s in spans)),
        date=date, convocation=convocation, **counts,
        present_names=present_names, proxies=proxies, absent_names=absent_names,
        present_list=present_list, president=president, presidency=presidency,
        secretary=secretary, secretary_mention=secretary_mention,
        unanimous=Span(unanimous.start(), unanimous.end()) if unanimous else None,
        **votes,
        without_quorum=Span(without_quorum.start(), without_quorum.end()) if without_quorum else None,
        urgency=Span(urgency.start(), urgency.end()) if urgency else None,
    )  # fmt: skip


def _value(written: str) -> int | None:
    if written.isdigit():
        return int(written)
    if written in ("/", "-"):
        return 0
    return words_to_int(written)


def _count(pattern: LazyPattern, text: str) -> Count | None:
    """The first count written after its label; uncertain when OCR shows around it."""
    for m in pattern.finditer(text):
        written = m.group("n")
        value = _value(written)
        if value is None:
            if written[:1].isdigit():  # « 2l », « 50s », « 0s »: a count OCR damaged
                digits = re.match(r"\d+", written)
                assert digits is not None
                end = m.start("n") + digits.end()
                return Count(int(digits.group()), Span(m.start("n"), end), certain=False)
            continue  # a list of names follows this label: look for the count elsewhere
        end = m.end("n")
        clean = re.match(_AFTER, text[end:]) is not None and value <= _LARGEST_COUNCIL
        return Count(value, Span(m.start("n"), end), certain=clean)
    return None


def _vote(pattern: LazyPattern, text: str) -> Count | None:
    m = pattern.search(text)
    if m is None:
        return None
    group = next(g for g in ("n", "n2", "n3") if g in m.re.groupindex and m.group(g) is not None)
    value = _value(m.group(group))
    if value is None:
        return None
    end = m.end(group)
    clean = re.match(_AFTER, text[end:]) is not None or m.group(group) in ("/", "-")
    return Count(value, Span(m.start(group), end), certain=clean and value <= _LARGEST_COUNCIL)


def _sections(text: str, label: LazyPattern) -> list[tuple[int, int]]:
    """Where each list after a label runs: to the next label of the record."""
    found = []
    for m in label.finditer(text):
        end = _PART.search(text, m.end())
        found.append((m.end(), end.start() if end else min(len(text), m.end() + 1500)))
    return found


def _members(text: str, start: int, end: int) -> list[Member]:
    """The names of a list, split on commas, « et » and line ends."""
    found = []
    for piece in re.finditer(r"[^,\n;]+", text[start:end]):
        for part in re.split(r"\s+et\s+", piece.group()):
            offset = start + piece.start() + piece.group().find(part)
            member = _member(part, offset)
            if member is not None:
                found.append(member)
    return found


_TRIM = " \t\n.‘’'\"“”«»-—*\\"


def _member(written: str, offset: int) -> Member | None:
    """The member a piece of a list names, without civility; its span covers the name."""
    start, end = 0, len(written)
    while start < end and written[start] in _TRIM:
        start += 1
    while end > start and written[end - 1] in _TRIM:
        end -= 1
    civility = _CIVILITY.match(written, start, end)
    while civility:
        start = civility.end()
        civility = _CIVILITY.match(written, start, end)
    name = " ".join(written[start:end].split())
    if not name or not _NAME.match(name):
        return None
    return Member(name, Span(offset + start, offset + end))


def _names(text: str, which: str) -> tuple[tuple[Member, ...], Span | None]:
    """The first list after its label that names members; its span only when it was
    read whole: one paragraph, every piece a name."""
    for start, end in _sections(text, _LIST_LABEL[which]):
        members = _members(text, start, end)
        if len(members) < 2:
            continue
        body = text[start:end].rstrip(" \t\n.")
        pieces = [p for p in re.split(r",|\n|\s+et\s+", body) if p.strip(" \t.")]
        whole = (
            "\n\n" not in body
            and len(pieces) == len(members)
            and all(_STRICT_NAME.match(m.name) for m in members)
        )
        return tuple(members), Span(start, start + len(body)) if whole else None
    return (), None


_ENTRY_START = LazyPattern(r"\s+(?=[‘'\"“]?(?:Monsieur|Madame|Mme|M\.|Dr\.?|Docteur)\s)")
_ENDS_WITH_TO = LazyPattern(r"(?i:\s(?:à|au)\s*$)")


def _proxies(text: str) -> tuple[Proxy, ...]:
    found = []
    for which in ("proxies", "absent"):
        sections = _sections(text, _LIST_LABEL[which])
        if not sections:
            continue
        start, end = sections[0]
        for piece in re.finditer(r"(?:[^\n,;]|\n(?!\s*\n))+", text[start:end]):
            base = start + piece.start()
            # entries follow each other on a line, each opening with a civility; the one
            # after « à » is the holder of the entry before it
            cuts = [0, *(m.end() for m in _ENTRY_START.finditer(piece.group())), len(piece.group())]
            entries: list[tuple[int, int]] = []
            for a, b in pairwise(cuts):
                if entries and _ENDS_WITH_TO.search(piece.group()[entries[-1][0] : a]):
                    entries[-1] = (entries[-1][0], b)
                else:
                    entries.append((a, b))
            for a, b in entries:
                proxy = _proxy(piece.group()[a:b], base + a)
                if proxy is not None:
                    found.append(proxy)
    return tuple(found)


def _proxy(written: str, offset: int) -> Proxy | None:
    lead = len(written) - len(written.lstrip())
    m = _PROXY.match(written.strip())
    if m is None:
        return None
    lead += offset
    giver = _member(m.group("giver"), lead + m.start("giver"))
    holder = _member(m.group("holder"), lead + m.start("holder"))
    if giver is None or holder is None:
        return None
    return Proxy(giver, holder, Span(giver.span.start, holder.span.end))


def _president(text: str) -> tuple[Member | None, Span | None]:
    m = _PRESIDENCY.search(text)
    if m is None:
        return None, None
    group = next(g for g in ("who", "who2", "who3") if m.group(g) is not None)
    return _member(m.group(group), m.start(group)), Span(m.start(), m.end())


def _secretary(text: str) -> tuple[Member | None, Span | None]:
    m = _SECRETARY.search(text)
    if m is None:
        return None, None
    member = _member(m.group("who"), m.start("who")) if m.group("who").strip() else None
    return member, Span(m.start(), m.end())


def _convocation(text: str) -> DateMention | None:
    for m in _CONVOCATION.finditer(text):
        dates = find_dates(text[m.end() : m.end() + 40], m.end())
        if dates and dates[0].span.start - m.end() <= 3 and dates[0].value is not None:
            return dates[0]
    return None
