"""Cut the sender's own words into clauses and say what role each clause plays.

A clause is the unit in which names are combined ("Haarlem op 21 juni") and in
which a negation or a fallback applies ("Utrecht lukt niet, maar ik kom graag
naar Arnhem"; "Breda, anders Venlo"). Roles: plain, negative, fallback, from
(the session being left), to (the one wanted instead), prior (an existing
registration), keep ("de rest blijft staan"), substitute ("X neemt mijn plaats
in"), retracted (taken back by "sorry, ik bedoel ..."). Questions are marked as genuine unless they are politeness around a
request ("Is dat mogelijk?").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from mailflow.understand.lexicon import Lexicon
from mailflow.understand.text import fold

_SENTENCES = re.compile(
    r"(?<=[.!?])(?<!\b[Dd]r\.)(?<!\b[Mm]r\.)(?<!\b[Ii]r\.)(?<!\b[Dd]rs\.)(?<!\b[Dd]hr\.)(?<!\b[Mm]evr\.)(?<!\b[Pp]rof\.)\s+(?=\S)|\s[-\u2013\u2014]\s+(?=(?i:ik|wij|we|i|my|mijn|sorry|pardon|oops|oeps|excuus)\b)|\n\s*\n|;|\n(?=\s*[-*\u2022]\s)|\n(?=[A-Z][\w -]{1,30}:)|(?<=:)\s*\n"
)
_CUE_NAMES = ("register", "cancel", "change", "change_weak", "negation")
_QUOTED = re.compile(r"'[^'\n]{3,160}'|\"[^\"\n]{3,160}\"")


@dataclass(frozen=True)
class Clause:
    text: str
    folded: str
    role: str = "plain"
    source: str = "body"
    question: bool = False  # a genuine question that needs a person
    polite: bool = False  # a request phrased as a question
    conditional: bool = False  # "if so, I would like ..."
    cues: frozenset[str] = frozenset()  # which request cues (register, cancel, change...) occur in it
    bullet: bool = False  # an item of a list ("- de middagsessie ...")
    anaphora: bool = False  # "die sessie": refers back to the clause before
    sentence: int = 0  # index of the sentence it was cut from (parts of one sentence share it)


_TABLE_ROW = re.compile(r"^([^\n]*(?:\t|\s\|\s)[^\n]*)$", re.MULTILINE)


def split_clauses(text: str, lex: Lexicon, source: str = "body") -> list[Clause]:
    out: list[Clause] = []
    text = _TABLE_ROW.sub(lambda m: "\n" + m.group(1).replace("\t", " | ").strip(" |") + "\n", text)  # a row each
    for idx, sentence in enumerate(_SENTENCES.split(text)):
        inherited: frozenset[str] = frozenset()
        if sentence and lex.rx["correction"].match(fold(sentence.strip())):
            inherited = _retract(out, idx)  # "Sorry, ik bedoel Zutphen." takes back the sentence before
        sentence = " ".join(sentence.split())
        if not sentence:
            continue
        folded = fold(sentence)
        question, polite = _question(folded, lex)
        conditional = lex.has("conditional", folded)
        bullet = sentence[:1] in "-*\u2022"
        parts = []
        for part, role in _split_roles(sentence, folded, lex):
            fp = fold(part)
            cues = frozenset(n for n in _CUE_NAMES if lex.has(n, fp))
            parts.append(
                Clause(
                    part, fp, role, source, question, polite, conditional, cues, bullet, lex.has("anaphora", fp), idx
                )
            )
        parts = _sentence_cue(parts, folded, lex)
        if inherited and parts:
            parts[0] = replace(parts[0], cues=parts[0].cues | inherited)
        for i, p in enumerate(parts):
            if i and lex.rx["correction"].match(p.folded):
                taken = frozenset().union(*(q.cues for q in parts[:i] if q.role in ("plain", "to")))
                parts[:i] = [replace(q, role="retracted") for q in parts[:i]]
                parts[i] = replace(p, cues=p.cues | taken)
        out.extend(parts)
    return _tables(out)


_MARK = re.compile(r"^(?:x|v|ja|yes|\*|\u2713|\u2714|\u2611|\u2612|\[x\])$", re.IGNORECASE)


def _tables(clauses: list[Clause]) -> list[Clause]:
    """A table with crosses ("Module 1 | X", "Module 2 |"): rows without a mark, and the header, choose nothing.

    Rows come from HTML tables or tab-separated lines (one clause each, cells joined by " | ")."""
    out = list(clauses)
    i = 0
    while i < len(out):
        j = i
        while j < len(out) and " | " in out[j].text:
            j += 1
        rows = out[i:j]
        marked = [any(_MARK.match(cell.strip()) for cell in r.text.split(" | ")) for r in rows]
        if len(rows) >= 2 and any(marked):
            for k in range(i, j):
                if not marked[k - i] and out[k].role in ("plain", "to"):
                    out[k] = replace(out[k], role="listed")
        i = max(j, i + 1)
    return out


def _retract(clauses: list[Clause], sentence: int) -> frozenset[str]:
    """Mark the clauses of the last sentence before ``sentence`` as taken back, and return their request
    cues: the correction carries the request it replaces ("register me for 3 - sorry, I mean 4")."""
    last = max((c.sentence for c in clauses if c.sentence < sentence), default=None)
    cues: frozenset[str] = frozenset()
    for i, c in enumerate(clauses):
        if c.sentence == last and c.role in ("plain", "to"):
            clauses[i] = replace(c, role="retracted")
            cues |= c.cues
    return cues


def _sentence_cue(parts: list[Clause], folded: str, lex: Lexicon) -> list[Clause]:
    """A request cut in two by a role marker ("ik wil me niet in Zwolle | maar in Leeuwarden aanmelden").

    The cue belongs to the part holding its last word (the Dutch verb comes last)."""
    if len(parts) < 2 or any("register" in p.cues for p in parts):
        return parts
    m = lex.find("register", folded)
    if m is None:
        return parts
    last = m.group(0).split()[-1]
    for i in range(len(parts) - 1, -1, -1):
        if re.search(rf"\b{re.escape(last)}\b", parts[i].folded) and parts[i].role in ("plain", "to"):
            parts[i] = replace(parts[i], cues=parts[i].cues | {"register"})
            break
    return parts


def subject_clause(subject: str, lex: Lexicon) -> Clause:
    folded = fold(subject)
    return Clause(subject, folded, "plain", "subject", cues=frozenset(n for n in _CUE_NAMES if lex.has(n, folded)))


def _question(folded: str, lex: Lexicon) -> tuple[bool, bool]:
    bare = _QUOTED.sub(" ", folded).strip()
    if not bare.endswith("?"):
        return False, False
    core = bare.rstrip("?").strip()
    core = re.sub(r"^(?:en|of|maar|and|or|but)\s+", "", core)
    # "Our calendar moved, so could you switch me ...?": the request may follow a reason.
    tail = re.split(r",\s*(?:(?:so|dus|en|and|maar|but)\s+)?", core)[-1].strip()
    polite = lex.rx["polite_question"].search(core) is not None or lex.rx["polite_question"].search(tail) is not None
    if (
        polite
        and len(core.split()) >= 5
        and not any(
            lex.has(n, core) for n in ("register", "cancel", "change", "change_weak", "register_noun", "polite_action")
        )
    ):
        polite = False  # "Can you recommend a hotel?": polite, but a question, not a registration
    if polite and (lex.has("condition", core) or lex.has("eligibility", core)):
        polite = False  # "Kan ik me inschrijven als ik doktersassistente ben?": eligibility, a real question
    return not polite, polite


def _split_roles(sentence: str, folded: str, lex: Lexicon) -> list[tuple[str, str]]:
    """Split at "maar", fallback and "in plaats van" markers; give each part its role."""
    names = ("fallback", "from_marker", "to_marker", "reason_marker", "exclusion", "correction", "and_then")
    rather = lex.rx["to_marker"].search(folded)
    comparative = [m.start() for m in lex.rx["comparative_from"].finditer(folded, rather.end())] if rather else []
    cuts = sorted(
        {0}
        | set(comparative)
        | {m.start() for name in names for m in lex.rx[name].finditer(folded)}
        | {m.start() for m in re.finditer(r"\b(?:maar|but)\b", folded)}
    )
    parts: list[tuple[str, str]] = []
    for a, b in zip(cuts, cuts[1:] + [len(folded)]):
        piece, fpiece = sentence[a:b].strip(" ,"), folded[a:b].strip(" ,")
        if not fpiece:
            continue
        if a in comparative:
            parts.append((piece, "from"))
            continue
        if lex.rx["from_marker"].match(fpiece):
            end = lex.rx["from_end"].search(fpiece, 4)
            if end:
                off = a + (len(folded[a:b]) - len(folded[a:b].lstrip(" ,")))
                parts.append((sentence[off : off + end.start()], "from"))
                parts.append((sentence[off + end.start() : b], "to"))
                continue
            parts.append((piece, "from"))
            continue
        parts.append((piece, _role(fpiece, lex)))
    for i, (piece, role) in enumerate(parts):
        if role == "plain" and (
            lex.rx["cause_marker"].match(fold(piece))
            or (i + 1 < len(parts) and lex.rx["consequence_marker"].match(fold(parts[i + 1][0])))
        ):
            parts[i] = (piece, "context")
    return _fallback_after(parts, lex)


def _fallback_after(parts: list[tuple[str, str]], lex: Lexicon) -> list[tuple[str, str]]:
    """ "de rondvaart, of het museum als die vol is": the "of ..." before the condition is the fallback."""
    out: list[tuple[str, str]] = []
    for piece, role in parts:
        if out and lex.rx["fallback_after"].match(fold(piece)):
            prev, prev_role = out[-1]
            cut = list(re.finditer(r"\b(?:of|or)\b", fold(prev)))
            if cut:
                out[-1] = (prev[: cut[-1].start()].strip(" ,"), prev_role)
                out.append((prev[cut[-1].start() :].strip(" ,"), "fallback"))
        out.append((piece, role))
    return [(p, r) for p, r in out if p]


def _role(f: str, lex: Lexicon) -> str:
    if lex.rx["exclusion"].match(f):
        return "negative"
    if lex.has("keep", f):
        return "keep"
    if lex.has("substitute", f):
        return "substitute"
    if lex.rx["fallback"].match(f):
        return "fallback"
    if lex.has("to_marker", f):
        return "to"
    if lex.has("prior", f) and not lex.has("register", f):
        return "prior"
    if lex.has("negation", f):
        return "negative"
    if lex.has("context", f) and not any(lex.has(n, f) for n in ("register", "cancel", "change")):
        return "context"  # "Net als vorig jaar ben ik er graag bij" is still a request
    return "plain"
