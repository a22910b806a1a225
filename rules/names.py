"""ENT: one party, place or company, one spelling; the place of signature is the commune."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from itertools import takewhile
from typing import Any

from actlint.api import Act, Finding, LazyPattern, Severity, Span, Text, fold, rule

from .support.sources import GUIDE_DE_LEGISTIQUE, fact, practice

_UPPER = "A-ZÉÈÊËÀÂÎÏÔÖÛÜÇ"
# A run of capitalised words (« AQUA RAY SAS », « Plateau de Lacau »' « Lacau »).
_NAME = LazyPattern(rf"(?<![\w'’-])[{_UPPER}][\w'’]*(?:[ -][{_UPPER}][\w'’]*)*")
_LEGAL_FORMS = {"sas", "sasu", "sarl", "sa", "eurl", "sci", "sem", "spl", "snc", "scop", "gie"}
# Capitalised words of the institutions and of the act itself: not parties.
_COMMON = set(
    [
        "maire",
        "mairie",
        "adjoint",
        "adjointe",
        "prefet",
        "prefete",
        "prefecture",
        "sous-prefet",
        "conseil",
        "municipal",
        "municipale",
        "commune",
        "communes",
        "ville",
        "departement",
        "region",
        "etat",
        "republique",
        "francaise",
        "code",
        "article",
        "articles",
        "arrete",
        "arrete",
        "decision",
        "deliberation",
        "decide",
        "vu",
        "considerant",
        "fait",
        "pour",
        "monsieur",
        "madame",
        "mme",
        "mr",
        "m",
        "le",
        "la",
        "les",
        "de",
        "du",
        "des",
        "et",
        "un",
        "une",
        "dans",
        "par",
        "sur",
        "au",
        "aux",
        "en",
        "ce",
        "cette",
        "president",
        "presidente",
        "directeur",
        "directrice",
        "general",
        "generale",
        "services",
        "service",
        "tribunal",
        "administratif",
        "secretaire",
        "commissaire",
        "police",
        "gendarmerie",
        "brigade",
        "chef",
        "lot",
        "lots",
        "total",
        "janvier",
        "fevrier",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "aout",
        "septembre",
        "octobre",
        "novembre",
        "decembre",
        "lundi",
        "mardi",
        "mercredi",
        "jeudi",
        "vendredi",
        "samedi",
        "dimanche",
        "ttc",
        "ht",
        "tva",
        "euros",
        "page",
        "annexe",
        "acte",
        "actes",
        "prend",
        "prendre",
        "ont",
        "vote",
    ]
)


def _key(surface: str) -> str:
    """The name without case, accents, hyphens, spaces and legal-form suffix."""
    words = [w for w in re.split(r"[ -]", fold(surface)) if w]
    while len(words) > 1 and words[-1] in _LEGAL_FORMS:
        words.pop()
    return "".join(words)


def _spelling(surface: str) -> str:
    """The name without case, accents and legal-form suffix, hyphens kept."""
    words = fold(surface).split(" ")
    while len(words) > 1 and words[-1] in _LEGAL_FORMS:
        words.pop()
    return " ".join(words)


def _distance(a: str, b: str, limit: int) -> int:
    """Levenshtein distance, or limit + 1 once it exceeds ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        if min(current) > limit:
            return limit + 1
        previous = current
    return previous[-1]


_BUCKET_LIMIT = 200  # names compared at most per initial and length: bounded cost
_FIRST_WORD = LazyPattern(r"[^ -]+")
_LAST_WORD = LazyPattern(r"[^ -]+$")
_WORD_SPLIT = LazyPattern(r"[ -]")
# Words written in lower case: common words of the act's own language.
_LOWER_WORD = LazyPattern(r"(?<![\w'’-])[a-zà-ÿœ][a-zà-ÿœ]+")
_SHORTEST_WORD = 5  # below, a letter apart is another name (Corse / Corte, POLI / POLL)
_ROOT_SHARE = 0.6  # a common beginning this long: words of one root (Urbaniste / Urbanisme)
# Letters OCR takes for one another (folded): « Magonnerie », « Memuiseries », « Scolires ».
_OCR_ALIKE = ("cg", "mnr", "ilt1", "aeio", "uvn")
_VOWELS = frozenset("aeiouy")


def _misread(x: str, y: str) -> bool:
    """Whether two words of one length differ only by letters OCR confuses."""
    return len(x) == len(y) and all(
        any(a in alike and b in alike for alike in _OCR_ALIKE)
        for a, b in zip(x, y, strict=True)
        if a != b
    )


def _code(word: str) -> bool:
    """An acronym or a code (GVSPHP, PDIPR, DN400): upper case with one vowel at most."""
    return word.isupper() and sum(c in _VOWELS for c in fold(word)) < 2


def _common(word: str) -> bool:
    return fold(word).strip("'’") in _COMMON


def _in_sentence(text: str, start: int) -> bool:
    """Whether the name at ``start`` follows a lower-case word of the same line."""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[max(line_start, start - 40) : start]
    words = before.split()
    return before[-1:].isspace() and bool(words) and any(c.islower() for c in words[-1])


def _names(act: Act) -> Iterator[tuple[str, Span]]:
    """Runs of capitalised words met in a sentence, without ordinary words at either end
    (« Annie WEGRZYN En »)."""
    text = act.text
    for m in _NAME.finditer(text):
        start, end = m.start(), m.end()
        while (
            start < end
            and (first := _FIRST_WORD.match(text, start, end))
            and _common(first.group())
        ):
            start = first.end() + 1
        while (
            start < end and (last := _LAST_WORD.search(text, start, end)) and _common(last.group())
        ):
            end = last.start() - 1
        if start < end and _in_sentence(text, m.start()):
            yield text[start:end], Span(start, end)


def _words(spelling: str) -> list[str]:
    return [w for w in _WORD_SPLIT.split(spelling) if w]


def _separators(spelling: str) -> str:
    return "".join(c for c in spelling if c in " -")


def _variant(a: str, b: str, vocabulary: frozenset[str]) -> bool:
    """Whether two names can only be one name spelled two ways: the same words joined by
    a hyphen here and a space there, or one word of a letter or two apart that is not a
    common word of the act, an acronym or a code, another word of the same root, or a
    letter misread by OCR."""
    words_a, words_b = _words(_spelling(a)), _words(_spelling(b))
    if len(words_a) != len(words_b):
        return False  # a word more: an initial, a lot or a zone letter, OCR glueing words
    if words_a == words_b:
        return _separators(_spelling(a)) != _separators(_spelling(b)) and all(
            len(w) > 1 for w in words_a
        )
    differing = [i for i, (x, y) in enumerate(zip(words_a, words_b, strict=True)) if x != y]
    if len(differing) != 1:
        return False
    x, y = words_a[differing[0]], words_b[differing[0]]
    if min(len(x), len(y)) < _SHORTEST_WORD or not (x.isalpha() and y.isalpha()):
        return False
    if x in vocabulary or y in vocabulary or _misread(x, y):
        return False
    if _code(_words(a)[differing[0]]) or _code(_words(b)[differing[0]]):
        return False
    shared = sum(1 for _ in takewhile(lambda pair: pair[0] == pair[1], zip(x, y, strict=False)))
    if shared >= _ROOT_SHARE * min(len(x), len(y)):
        return False
    limit = 1 if min(len(x), len(y)) <= 8 else 2
    return _distance(x, y, limit) <= limit


@rule(
    code="ENT001", name="name-variants", severity=Severity.INFO, status="preview",
    summary=Text("Nom écrit de deux façons", "Name spelled two ways"),
    basis=practice(Text("l'acte désigne sans ambiguïté les personnes, les sociétés et les lieux "
                   "qu'il vise",
                   "the act names the persons, companies and places it concerns without "
                   "ambiguity"), GUIDE_DE_LEGISTIQUE),
)  # fmt: skip
def name_variants(act: Act, options: Mapping[str, Any]) -> Iterable[Finding]:
    """The same party, place or company is spelled two ways in the act (« AQUA-RAY » /
    « AQUA RAY SAS », « Plateau de Lacau » / « Plateau de Lascau », « Richemonts » /
    « Richerments »).

    Names are runs of capitalised words met inside a sentence (after a lower-case word),
    so that headings and words opening a line or a sentence are not taken for names.
    Two names are one name spelled two ways when they have the same words joined by a
    hyphen here and a space there, or when one word differs by a letter (two beyond
    eight letters). Case, accents and legal-form suffixes (SAS, SARL…) do not count.

    Not reported, because they are different names or different words: acronyms and
    codes (DCE / DCA, DN100 / DN400), words of fewer than five letters (Corse / Corte),
    a word more or less (« le lot A » / « le lot B », « ORSATELLI J » / « ORSATELLI
    JF »), words the act also writes in lower case (Transport / Transfert, Dispositions
    / Dispositifs), words of one root (Urbaniste / Urbanisme), and the words of
    institutions (Maire, Préfet, Conseil…).

    Preview: on acts read by OCR, a misread letter in a long name is reported too; it is
    a true variant of the text, not always of the signed act.

    Why: a company or a place named two ways leaves open who or where the act concerns (a
    fined company, a closed area). Naming each party, place and company one way throughout
    is good drafting practice that serves the act's intelligibility; no text requires it
    of a commune.

    Severity: info. The reader usually understands that one party is meant, and whether
    two spellings are one name is a judgement the rule cannot make with certainty (a
    misread letter, two related companies).

    Contrôle : une même personne, un même lieu ou une même société est écrit de deux façons
    dans l'acte (« AQUA-RAY » / « AQUA RAY SAS », « Plateau de Lacau » / « Plateau de
    Lascau », « Richemonts » / « Richerments »).

    Les noms sont des suites de mots à initiale majuscule rencontrées à l'intérieur d'une
    phrase (après un mot en minuscules), de sorte que les intitulés et les mots qui ouvrent
    une ligne ou une phrase ne sont pas pris pour des noms. Deux noms sont un même nom écrit
    de deux façons lorsqu'ils comportent les mêmes mots, joints ici par un trait d'union et
    là par un espace, ou lorsqu'un mot diffère d'une lettre (de deux au-delà de huit
    lettres). La casse, les accents et la forme sociale (SAS, SARL…) ne comptent pas.

    Ne sont pas signalés, parce qu'il s'agit de noms ou de mots différents : les sigles et
    les codes (DCE / DCA, DN100 / DN400), les mots de moins de cinq lettres (Corse /
    Corte), un mot de plus ou de moins (« le lot A » / « le lot B », « ORSATELLI J » /
    « ORSATELLI JF »), les mots que l'acte écrit aussi en minuscules (Transport /
    Transfert, Dispositions / Dispositifs), les mots de même racine (Urbaniste /
    Urbanisme) et les mots désignant les institutions (Maire, Préfet, Conseil…).

    Aperçu : sur les actes issus d'une reconnaissance de caractères, une lettre mal lue
    dans un nom long est également signalée ; c'est une variante réelle du texte, pas
    toujours de l'acte signé.

    Pourquoi : une société ou un lieu désigné de deux façons laisse un doute sur la
    personne ou l'endroit que l'acte concerne (la société sanctionnée, la zone fermée).
    Désigner chaque personne, lieu et société de la même façon d'un bout à l'autre de
    l'acte relève de la bonne pratique de rédaction, au service de son intelligibilité ;
    aucun texte ne l'impose à une commune.

    Gravité : information. Le lecteur comprend le plus souvent qu'il s'agit de la même
    personne, et savoir si deux graphies désignent un même nom relève d'une appréciation
    que la règle ne peut porter avec certitude (une lettre mal lue, deux sociétés liées).

    Failing example::

        ARRÊTÉ n° 2020-63
        Considérant la fréquentation du Plateau de Lacau ;
        ARRÊTE
        Article 1 : L'accès au Plateau de Lascau est interdit.

    Passing example::

        ARRÊTÉ n° 2020-63
        Considérant la fréquentation du Plateau de Lacau et de la Zone A ;
        ARRÊTE
        Article 1 : L'accès au Plateau de Lacau et à la Zone B est interdit.
    """
    vocabulary = frozenset(fold(w) for w in _LOWER_WORD.findall(act.text))
    first_seen: dict[str, tuple[str, Span]] = {}
    spellings: dict[str, dict[str, str]] = {}  # key → spelling → surface
    # Names compared only with names of the same initial and a close length.
    buckets: dict[tuple[str, int], list[str]] = {}
    for surface, span in _names(act):
        key = _key(surface)
        if len(key) < 4:
            continue
        spelling = _spelling(surface)
        if key in first_seen:
            known = spellings[key]
            if spelling not in known:
                if any(_variant(surface, other, vocabulary) for other in known.values()):
                    yield _finding(first_seen[key], (surface, span))
                known[spelling] = surface
            continue
        candidates = (
            other
            for size in range(len(key) - 2, len(key) + 3)
            for other in buckets.get((key[0], size), ())[:_BUCKET_LIMIT]
        )
        for other in candidates:
            other_surface, other_span = first_seen[other]
            if _variant(surface, other_surface, vocabulary):
                yield _finding((other_surface, other_span), (surface, span))
                break
        first_seen[key] = (surface, span)
        spellings[key] = {spelling: surface}
        buckets.setdefault((key[0], len(key)), []).append(key)


def _finding(first: tuple[str, Span], second: tuple[str, Span]) -> Finding:
    return Finding(
        span=second[1],
        message=Text(f"« {second[0]} » est écrit « {first[0]} » ailleurs dans l'acte",
                     f"« {second[0]} » is written « {first[0]} » elsewhere in the act"),
        help=Text("écrire le nom de la même façon partout", "spell the name the same way throughout"),
    )  # fmt: skip


_COMMUNE = LazyPattern(
    r"(?i:maire\s+(?:de\s+la\s+(?:ville|commune)\s+)?(?:de\s+|d['’]\s*))(?P<commune>[^,;\n]+)"
)


@rule(
    code="ENT002", name="place-of-signature", severity=Severity.INFO,
    summary=Text("Lieu de signature différent de la commune", "Place of signature is not the commune"),
    basis=fact(Text("l'acte est « fait à » un autre lieu que la commune de l'autorité qu'il nomme ; "
               "aucun texte ne fixe le lieu de signature, l'usage est la commune",
               "the act is « fait à » another place than the commune of the authority it "
               "names; no text sets the place of signature, the usage is the commune")),
)  # fmt: skip
def place_of_signature(act: Act, options: Mapping[str, Any]) -> Iterable[Finding]:
    """The place in « Fait à … » differs from the commune named in the authority line
    (« Le Maire de la commune de Lexy » … « Fait à Lens »).

    Préfectoral arrêtés are not checked: the préfet signs at the chef-lieu.

    Why: by usage, an act is « fait à » the commune of the authority that signs it; no
    text fixes the place of signature. A different place betrays a template copied from
    another commune, and casts doubt on which authority took the act.

    Severity: info. The place of signature has no legal effect of its own (a maire may sign
    away from the commune); the finding points at a likely copied template, for a human to
    check.

    Contrôle : le lieu indiqué dans « Fait à … » diffère de la commune nommée dans la ligne
    de l'autorité (« Le Maire de la commune de Lexy » … « Fait à Lens »).

    Les arrêtés préfectoraux ne sont pas examinés : le préfet signe au chef-lieu.

    Pourquoi : l'usage veut qu'un acte soit « fait à » la commune de l'autorité qui le
    signe ; aucun texte ne fixe le lieu de signature. Un autre lieu trahit un modèle repris
    d'une autre commune, et jette un doute sur l'autorité qui a pris l'acte.

    Gravité : information. Le lieu de signature n'emporte par lui-même aucun effet
    juridique (le maire peut signer hors de sa commune) ; le signalement désigne un modèle
    probablement repris d'ailleurs, qu'il revient au rédacteur de vérifier.

    Failing example::

        ARRÊTÉ n° 2018-4
        Le Maire de la commune de Lexy,
        ARRÊTE
        Article 1 : La circulation est restreinte.
        Fait à Longwy, le 16 novembre 2018.

    Passing example::

        ARRÊTÉ n° 2018-4
        Le Maire de la commune de Lexy,
        ARRÊTE
        Article 1 : La circulation est restreinte.
        Fait à LEXY, le 16 novembre 2018.
    """
    signature, authority = act.signature, act.preface.authority
    if act.kind == "arrete_prefectoral" or not signature or not signature.place or not authority:
        return
    named = _COMMUNE.search(authority)
    if named is None or act.conclusions is None:
        return
    commune = named["commune"].strip()
    if _key(commune) == _key(signature.place):
        return
    yield Finding(
        span=act.conclusions.line_spans[0],
        message=Text(f"fait à « {signature.place} », mais l'autorité est le maire de "
                     f"« {commune} »",
                     f"signed at « {signature.place} », but the authority is the maire of "
                     f"« {commune} »"),
        help=Text(f"écrire « Fait à {commune} »", f"write « Fait à {commune} »"),
    )  # fmt: skip
