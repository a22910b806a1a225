"""The typed syntax tree of an act, named after Akoma Ntoso.

Offsets in a :class:`Span` index the normalised text of the act (``Act.text``);
``actlint.parse.document.Document`` maps them back to the original file.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cached_property
from typing import TYPE_CHECKING, Any, Literal, Self

if TYPE_CHECKING:
    from actlint.parse.sitting import Sitting

Kind = Literal["decision", "arrete", "arrete_prefectoral", "deliberation", "unknown"]
Qualifier = Literal["HT", "TTC", "TVA"]
# What a mention of the act's formalities records: its certification as executory, its
# transmission to the préfet, its receipt there, its posting, publication, putting online,
# notification.
MentionKind = Literal[
    "certified", "transmitted", "received", "posted", "published", "online", "notified"
]


class _Value:
    """Equality, hashing, ``repr`` and ``replace`` by the fields ``__slots__`` names, in
    order, as a frozen dataclass has them. The values of an act are made by the thousand
    on a long act and are not changed once made: a plain class with slots is made three
    times quicker than a frozen dataclass, and defined without its cost at start-up."""

    __slots__: tuple[str, ...] = ()

    def _values(self) -> tuple[object, ...]:
        return tuple([getattr(self, name) for name in self.__slots__])

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        assert isinstance(other, _Value)
        return self._values() == other._values()

    def __hash__(self) -> int:
        return hash(self._values())

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.__slots__)
        return f"{type(self).__name__}({fields})"

    def replace(self, **changes: Any) -> Self:
        """A copy with ``changes``, like ``dataclasses.replace``."""
        values = {name: getattr(self, name) for name in self.__slots__}
        return type(self)(**{**values, **changes})


class Span(_Value):
    __slots__ = ("start", "end")  # noqa: RUF023  # fields in order

    def __init__(self, start: int, end: int) -> None:
        self.start = start
        self.end = end

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not Span:
            return NotImplemented
        assert isinstance(other, Span)
        return self.start == other.start and self.end == other.end

    def __hash__(self) -> int:
        return hash((self.start, self.end))

    def __lt__(self, other: Span) -> bool:
        return (self.start, self.end) < (other.start, other.end)

    def __le__(self, other: Span) -> bool:
        return (self.start, self.end) <= (other.start, other.end)

    def __gt__(self, other: Span) -> bool:
        return (self.start, self.end) > (other.start, other.end)

    def __ge__(self, other: Span) -> bool:
        return (self.start, self.end) >= (other.start, other.end)


class DateMention(_Value):
    """A calendar date as written; ``value`` is None when the date does not exist."""

    __slots__ = ("value", "text", "span", "in_words", "weekday", "day", "month", "year")  # noqa: RUF023

    def __init__(
        self, value: dt.date | None, text: str, span: Span, in_words: bool = False,
        weekday: str | None = None, day: int = 0, month: int = 0, year: int = 0,
    ) -> None:  # fmt: skip
        self.value = value
        self.text = text
        self.span = span
        self.in_words = in_words
        self.weekday = weekday
        self.day = day
        self.month = month
        self.year = year


class UnreadableYear(_Value):
    """A year that OCR damaged after a day and a month (« 12 mai 2O26 »)."""

    __slots__ = ("text", "span")  # noqa: RUF023

    def __init__(self, text: str, span: Span) -> None:
        self.text = text
        self.span = span


class Period(_Value):
    """« du … au … », « à compter du … », « jusqu'au … »; ``cue`` is the wording."""

    __slots__ = ("start", "end", "cue", "span")  # noqa: RUF023

    def __init__(
        self, start: DateMention | None, end: DateMention | None, cue: str, span: Span
    ) -> None:
        self.start = start
        self.end = end
        self.cue = cue
        self.span = span


class Amount(_Value):
    __slots__ = ("value", "qualifier", "currency", "text", "span", "in_words")  # noqa: RUF023

    def __init__(
        self, value: Decimal, qualifier: Qualifier | None, currency: str, text: str, span: Span,
        in_words: bool = False,
    ) -> None:  # fmt: skip
        self.value = value
        self.qualifier = qualifier
        self.currency = currency
        self.text = text
        self.span = span
        self.in_words = in_words


class VatRate(_Value):
    __slots__ = ("value", "span")  # noqa: RUF023

    def __init__(self, value: Decimal, span: Span) -> None:
        self.value = value
        self.span = span


class LegalCitation(_Value):
    """An article of a code: (code, article). ``code`` is None when unresolved."""

    __slots__ = ("code", "article", "span", "item")  # noqa: RUF023

    def __init__(self, code: str | None, article: str, span: Span, item: str | None = None) -> None:
        self.code = code
        self.article = article
        self.span = span
        self.item = item


class ActReference(_Value):
    """A reference to another act (« délibération … en date du … », « arrêté n° … du … »)."""

    __slots__ = ("kind", "number", "date", "span")  # noqa: RUF023

    def __init__(self, kind: str, number: str | None, date: DateMention | None, span: Span) -> None:
        self.kind = kind
        self.number = number
        self.date = date
        self.span = span


class Entities(_Value):
    __slots__ = (  # noqa: RUF023
        "dates", "periods", "amounts", "rates", "legal_citations", "references",
        "unreadable_years",
    )  # fmt: skip

    def __init__(
        self,
        dates: tuple[DateMention, ...] = (),
        periods: tuple[Period, ...] = (),
        amounts: tuple[Amount, ...] = (),
        rates: tuple[VatRate, ...] = (),
        legal_citations: tuple[LegalCitation, ...] = (),
        references: tuple[ActReference, ...] = (),
        unreadable_years: tuple[UnreadableYear, ...] = (),
    ) -> None:
        self.dates = dates
        self.periods = periods
        self.amounts = amounts
        self.rates = rates
        self.legal_citations = legal_citations
        self.references = references
        self.unreadable_years = unreadable_years


_NOWHERE = Span(0, 0)


@dataclass(frozen=True, slots=True)
class Unit:
    """A block of the act: a visa, a considérant, the formula, an article, the conclusions."""

    text: str
    span: Span
    entities: Entities = field(default_factory=Entities)

    @property
    def line_spans(self) -> tuple[Span, ...]:
        """The span of each logical line of the unit."""
        spans = []
        start = self.span.start
        for line in self.text.split("\n"):
            spans.append(Span(start, start + len(line)))
            start += len(line) + 1
        return tuple(spans)


@dataclass(frozen=True, slots=True)
class Article(Unit):
    number: int | None = None
    label: str = ""  # the number as written: « 1er », « premier », « ler »
    heading: Span = _NOWHERE
    # Articles of another act this one quotes (« … est remplacé par les dispositions
    # suivantes : Article 22 : … »): text of this article, not articles of the act.
    quotations: tuple[Span, ...] = ()


@dataclass(frozen=True, slots=True)
class Preface(Unit):
    kind: Kind = "unknown"
    kind_span: Span | None = None
    number: str | None = None
    number_span: Span | None = None
    nomenclature: str | None = None
    nomenclature_span: Span | None = None
    title: str | None = None
    authority: str | None = None


@dataclass(frozen=True)
class Preamble:
    citations: tuple[Unit, ...] = ()  # visas
    recitals: tuple[Unit, ...] = ()  # considérants


@dataclass(frozen=True)
class Signature:
    place: str | None
    date: DateMention | None
    on_behalf: str | None
    capacity: str | None
    name: str | None
    span: Span
    # What the opening line gives as its date when no date could be read there
    # (« 1 - 8 JAN 2011 »; empty after a bare « le »): the date is unreadable, not absent.
    unreadable_date: str | None = None


@dataclass(frozen=True, slots=True)
class Conclusions(Unit):
    signature: Signature | None = None


@dataclass(frozen=True)
class Stamp:
    """The @CTES acknowledgement stamp the préfecture's platform adds to a transmitted act:
    metadata about the act, not part of its text."""

    identifier: str  # département-SIREN-AAAAMMJJ-numéro-nature
    span: Span
    number: str
    decided: dt.date | None  # the decision date the identifier carries
    nature: str  # DE, AR, AI, AU, …
    sent: DateMention | None = None  # « Date de télétransmission »
    received: DateMention | None = None  # « Date de réception préfecture »


@dataclass(frozen=True)
class DelegatedItem:
    """A matter a délibération of delegation gives the mayor (CGCT, art. L. 2122-22)."""

    number: int | None  # the item's number as written (« 16° »), None for a bullet
    by_wording: int | None  # the item of L. 2122-22 its wording names, if recognised
    text: str
    span: Span
    # What the délibération sets as the item's limits: amounts, « dans la limite de … »,
    # « n'excédant pas … », « dans les conditions suivantes ».
    limits: tuple[Span, ...] = ()
    # The law's words copied without limits: « dans les limites fixées par le conseil ».
    council_wording: Span | None = None


@dataclass(frozen=True)
class Permission:
    """A sentence of a délibération of delegation on who may sign the décisions (adjoints,
    agents) or act for the impeded mayor; ``allowed`` is False when it forbids."""

    span: Span
    allowed: bool


@dataclass(frozen=True)
class Delegation:
    """A délibération charging the mayor with matters of L. 2122-22: ``span`` is the
    words that delegate (« donne délégation au maire »), ``date`` the délibération's."""

    span: Span
    date: DateMention | None
    items: tuple[DelegatedItem, ...]
    adjoints: Permission | None = None  # L. 2122-18 and L. 2122-23
    agents: Permission | None = None  # L. 2122-19
    suppleance: Permission | None = None  # L. 2122-23, al. 2


@dataclass(frozen=True)
class TransmissionMention:
    """A mention of how the act became executory (« Certifié exécutoire », « Transmis en
    préfecture le … », « Publié le … », « Notifié le … », the @CTES receipt's
    « Réception par le préfet : … »): its wording as written, its date, or ``blank`` when
    the date was left to fill in (« Publié le : …… »). ``span`` runs from the wording to
    the date or the blank."""

    kind: MentionKind
    wording: str
    span: Span
    date: DateMention | None = None
    blank: bool = False


@dataclass(frozen=True)
class Act:
    text: str  # the normalised text every span indexes
    preface: Preface
    preamble: Preamble
    formula: Unit | None
    articles: tuple[Article, ...]
    conclusions: Conclusions | None
    execution_article: Article | None = None  # the article assigning the execution
    stamp: Stamp | None = None  # the @CTES acknowledgement, when the act carries one
    # The words assigning the execution: in the execution article, or, in a délibération
    # without articles, the paragraph « CHARGE Monsieur le Maire … de l'exécution … ».
    execution_clause: Span | None = None
    # Where the act comes from, for rules that depend on it (VAT rates): metropole, corse,
    # guadeloupe, martinique, reunion, guyane or mayotte; None when the act does not say.
    territory_hint: str | None = None
    # The matters a délibération of delegation (L. 2122-22) gives the mayor, when it is one.
    delegation: Delegation | None = None
    # The record of the sitting that adopted a délibération (counts, names, president,
    # secrétaire de séance, convocation, vote), when the act writes one.
    sitting: Sitting | None = None
    # The mentions of certification, transmission, publication and notification, in order.
    mentions: tuple[TransmissionMention, ...] = ()

    @property
    def kind(self) -> Kind:
        return self.preface.kind

    @property
    def first_line(self) -> Span:
        """The act's first line: where a finding about the act as a whole points."""
        end = self.text.find("\n")
        return Span(0, end if end >= 0 else len(self.text))

    @property
    def signature(self) -> Signature | None:
        return self.conclusions.signature if self.conclusions else None

    @cached_property
    def folded(self) -> str:
        """The text in lower case, without accents and line breaks, as long as ``text``:
        for keyword searches, far quicker than case-blind patterns."""
        from actlint.text import fold

        return fold(self.text.replace("\n", " "))

    @cached_property
    def units(self) -> tuple[Unit, ...]:
        """Every unit in document order."""
        units: list[Unit] = [self.preface, *self.preamble.citations, *self.preamble.recitals]
        if self.formula:
            units.append(self.formula)
        units.extend(self.articles)
        if self.conclusions:
            units.append(self.conclusions)
        return tuple(sorted(units, key=lambda u: u.span.start))

    @cached_property
    def dates(self) -> tuple[DateMention, ...]:
        return tuple(d for u in self.units for d in u.entities.dates)

    @cached_property
    def amounts(self) -> tuple[Amount, ...]:
        return tuple(a for u in self.units for a in u.entities.amounts)

    @cached_property
    def legal_citations(self) -> tuple[LegalCitation, ...]:
        return tuple(c for u in self.units for c in u.entities.legal_citations)

    @cached_property
    def references(self) -> tuple[ActReference, ...]:
        return tuple(r for u in self.units for r in u.entities.references)

    @cached_property
    def unreadable_years(self) -> tuple[UnreadableYear, ...]:
        return tuple(y for u in self.units for y in u.entities.unreadable_years)
