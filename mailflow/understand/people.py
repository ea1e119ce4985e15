"""Who is registered, cancelled or moved: the sender, colleagues with an address, or only others.

* The sender is the From address, or the Reply-To of a web form relayed from a
  no-reply address.
* Colleagues count only when the mail gives their address; a colleague named
  without one is reported so a person can ask for it.
* "Namens de burgemeester meld ik haar aan": when the sender only registers
  others, the sender is left out. She is in when she writes "mij", "mijzelf",
  "X en ik".
* For a cancellation, a named colleague is cancelled and the sender only when
  she says so ("mij afmelden"); clauses that keep people ("Noor en ik komen
  wel") or substitute them are left out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from mailflow.understand.clauses import Clause
from mailflow.understand.lexicon import Lexicon
from mailflow.understand.text import fold
from mailflow.understand.types import Evidence, Participant

_ADDR = re.compile(r"[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
_NAME = re.compile(r"\s*((?:[A-Z][\w'.-]+)(?:\s+(?:van|de|den|der|het|ter|ten|te|op|in|'t|[A-Z][\w'.-]+)){0,4})")
_TRAILING_PARTICLES = re.compile(r"(?:\s+(?:van|de|den|der|het|ter|ten|te|op|in|'t))+$")
_NEAR = 90


@dataclass
class People:
    participants: list[Participant] = field(default_factory=list)
    unnamed: list[str] = field(default_factory=list)
    reasons: list[str] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)


def find_people(
    kind: str,
    clauses: list[Clause],
    sender: str | None,
    sender_name: str | None,
    lex: Lexicon,
    exclude: frozenset[str],
    known: frozenset[str] = frozenset(),
    cc: list[tuple[str, str]] | None = None,
) -> People:
    """``known``: words of the catalogue (places, titles), which are never taken for a person's name;
    ``cc``: the (name, address) pairs of the Cc header, for "Olaf Rietveld (cc) en ik ..."."""
    out = People()
    if kind not in ("register", "cancel", "change") or not sender:
        return out
    alias = _own_alias(clauses, lex, exclude | {sender})
    if alias:  # "stuur de bevestiging naar mijn werkadres: e.vandermeer@...": the same person
        out.evidence.append(Evidence("participant", alias, "body", f"the sender's own address {alias}", 0.8))
        sender = alias
    exclude = exclude | set(_not_participants(clauses, lex))
    skip_roles = ("keep", "substitute") if kind != "register" else ("substitute",)
    active = [c for c in clauses if c.role not in skip_roles]
    # "Mette (m@x.dk) and Søren (s@x.dk) will register themselves": their addresses are no request
    # and for a registration, "mijn collega (j@x) kan helaas niet" is no request for j@x
    themselves_in = {c.sentence for c in active if lex.has("others_register", c.folded)}
    listed = [
        c for c in active if c.sentence not in themselves_in and not (kind == "register" and c.role == "negative")
    ]
    others = _addresses(listed, exclude | {sender})
    named = _named_others(active, lex, sender_name, known)
    for name, addr in _named_in_cc(named, cc or [], exclude | {sender}):
        others.append((addr, name))
        named.remove(name)
    if not others and any(lex.has("plural_self", c.folded) for c in active):
        # "Could you please cancel for both of us?" with the other one in Cc: that address; else ask
        in_cc = [(a, n or None) for n, a in (cc or []) if a not in exclude and a != sender]
        if len(in_cc) == 1:
            others.append(in_cc[0])
        else:
            named.append("(the other person)")
    if kind == "register":
        # "I will not attend myself": a negated clause does not put the sender on the list.
        first = any(lex.has("first_person_object", c.folded) for c in active if not c.question and c.role != "negative")
        requests = [c for c in active if not c.question and ("register" in c.cues or lex.has("register", c.folded))]
        themselves = bool(requests) and all(lex.has("others_register", c.folded) for c in requests)
        me = (
            _listed(active, sender)
            or _named_self(active, sender_name)
            or first
            or (not others and not named and not themselves)
        )
        if any(lex.has("not_self", c.folded) for c in active):
            me = False  # "Zelf kom ik niet; ik ben de praktijkmanager."
        out.unnamed = _unnamed_colleagues(clauses, lex, len(others))
        out.unnamed += [n for n in _titled_names(clauses, lex, sender_name) if n not in out.unnamed]
        out.unnamed += [n for n in named if n not in out.unnamed and not any(n in u or u in n for u in out.unnamed)]
        out.unnamed += [
            m.group(0)
            for c in active
            for m in [lex.find("companion", c.folded)]
            if m and not _ADDR.search(c.text) and m.group(0) not in out.unnamed
        ]
        party = next((m.group(0) for c in active for m in [lex.find("party_size", c.folded)] if m), None)
        if party and not others:
            out.reasons.append(f"The mail asks for '{party}' but names nobody else with an e-mail address")
        if themselves and not first:
            out.reasons.append("The mail says the others will register themselves; it registers nobody")
        elif not others and lex.has("on_behalf", " ".join(c.folded for c in clauses)) and not me:
            out.reasons.append("The sender registers someone else without giving that person's address")
    else:
        # A cancellation or change for a colleague with an address leaves the sender alone unless she
        # speaks of herself in the request ("mij afmelden", "kleine wijziging voor mij").
        acting = [
            c
            for c in active
            if c.cues & {"cancel", "negation", "change", "change_weak"}
            or lex.has("cancel", c.folded)
            or lex.has("change_noun", c.folded)
        ]
        speaks_of_self = any(lex.has("first_person", c.folded) for c in acting)
        about_named = [n for n in _named_others(acting, lex, sender_name, known)]
        me = speaks_of_self or (not others and not about_named)
        if about_named and not others:
            out.reasons.append(f"The mail is about {about_named[0]}, whose address is not given")
        elif (
            not others
            and not speaks_of_self
            and any(lex.has("third_party", c.folded) or lex.has("on_behalf", c.folded) for c in acting)
        ):
            # "De burgemeester zal niet aanwezig zijn": about someone else, whose address we don't have.
            out.reasons.append("The mail is about someone other than the sender, without that person's address")
    if me:
        out.participants.append(Participant(sender, sender_name, "sender"))
        out.evidence.append(Evidence("participant", sender, "header:From", sender, 0.95))
    for addr, other_name in others:
        out.participants.append(Participant(addr, other_name, "colleague" if me else "on_behalf"))
        out.evidence.append(Evidence("participant", addr, "body", addr, 0.9))
    for name in out.unnamed:
        out.reasons.append(f"{name[:1].upper()}{name[1:]} is named without an e-mail address")
    return out


def _own_alias(clauses: list[Clause], lex: Lexicon, exclude: frozenset[str]) -> str | None:
    """An address the writer calls their own other address ("mijn werkadres", "my work address")."""
    for c in clauses:
        m = lex.find("own_address", c.folded)
        if m:
            found = [a.group(0).lower().strip(".'") for a in _ADDR.finditer(c.text[m.start() :])]
            found = [a for a in found if a not in exclude]
            if len(found) == 1:
                return found[0]
    return None


def _not_participants(clauses: list[Clause], lex: Lexicon) -> list[str]:
    """Addresses in clauses about invoices, copies or contacts: no one to register."""
    return [
        m.group(0).lower().strip(".'")
        for c in clauses
        if lex.has("not_participant", c.folded)
        for m in _ADDR.finditer(c.text)
    ]


def _named_in_cc(named: list[str], cc: list[tuple[str, str]], exclude: frozenset[str]) -> list[tuple[str, str]]:
    """ "Huisarts Olaf Rietveld (cc) en ik": a person named in the text whose address is in the Cc header."""
    out: list[tuple[str, str]] = []
    for name in named:
        parts = set(fold_name(name))
        for cc_name, addr in cc:
            local = set(re.findall(r"[a-z]+", addr.split("@")[0]))
            if (
                addr not in exclude
                and parts
                and (
                    parts <= set(fold_name(cc_name))
                    or parts & local
                    and len(parts & local) >= 1
                    and any(len(p) >= 4 for p in parts & local)
                )
            ):
                out.append((name, addr))
                break
    return out


def _listed(clauses: list[Clause], sender: str) -> bool:
    """The sender put her own address in the list of people to register."""
    return any(sender in c.text.lower() for c in clauses)


def _named_self(clauses: list[Clause], sender_name: str | None) -> bool:
    """The sender's full name among the people listed ("1. Linda Kuiper, programmamanager" from Linda
    Kuiper): she is one of them. Her signature is not in these clauses, so it cannot count."""
    parts = fold_name(sender_name)
    if len(parts) < 2:
        return False
    name = " ".join(parts)
    return any(
        c.role != "negative" and re.search(rf"(?<!\w){re.escape(name)}(?!\w)", " ".join(fold_name(c.text)))
        for c in clauses
    )


def _addresses(clauses: list[Clause], exclude: frozenset[str]) -> list[tuple[str, str | None]]:
    seen: dict[str, str | None] = {}
    for c in clauses:
        for m in _ADDR.finditer(c.text):
            addr = m.group(0).lower().strip(".'")
            if addr not in exclude and addr not in seen:
                seen[addr] = _name_before(c.text, m.start())
    return list(seen.items())


def _name_before(text: str, pos: int) -> str | None:
    """ "Tom Verbruggen (tom.verbruggen@lier.be)": the capitalised words just before."""
    before = text[max(0, pos - 60) : pos].rstrip(" (<:")
    m = re.search(r"((?:[A-Z][\w'-]+\s+)(?:(?:van|de|den|der|[A-Z][\w'-]+)\s+){0,3}[A-Z][\w'-]+)$", before)
    return m.group(1) if m else None


def _unnamed_colleagues(clauses: list[Clause], lex: Lexicon, with_address: int) -> list[str]:
    names: list[str] = []
    for c in clauses:
        if c.role in ("keep", "substitute"):
            continue
        for m in lex.rx["colleague"].finditer(c.text):
            nm = _NAME.match(c.text, m.end())
            if not nm:
                continue
            name = _TRAILING_PARTICLES.sub("", nm.group(1)).strip()
            if _ADDR.search(c.text[m.end() : m.end() + len(nm.group(0)) + _NEAR]) is None and name not in names:
                names.append(name)
    for c in clauses:
        if (
            c.role not in ("keep", "substitute")
            and lex.has("also_coming", c.folded)
            and not _ADDR.search(c.text)
            and not names
            and with_address == 0
            and not re.match(r"\s*(?:ik|i|wij|we)\b", c.folded)
        ):
            names.append(_capitalised_name(c.text) or "(name not given)")
    count = lex.find("colleague_count", " ".join(c.folded for c in clauses))
    if count and with_address == 0 and not names:
        names.append(count.group(0))
    return names


def _titled_names(clauses: list[Clause], lex: Lexicon, sender_name: str | None) -> list[str]:
    """ "ikzelf, schepen Dirk Lemmens en raadslid Sarah Cools": people named by office and full name.

    Only a first and last name counts (one capitalised word is often a town or a party), never the
    sender, a known place, or a name with an address close by."""
    own = set(fold_name(sender_name))
    locals_ = [m.group(0).split("@")[0].lower() for c in clauses for m in _ADDR.finditer(c.text)]
    names: list[str] = []
    for c in clauses:
        if c.role in ("keep", "substitute"):
            continue
        for m in lex.rx["role_title"].finditer(c.text):
            nm = _NAME.match(c.text, m.end())
            if not nm:
                continue
            name = _TRAILING_PARTICLES.sub("", nm.group(1)).strip()
            parts = fold_name(name)
            if (
                len(parts) < 2
                or any(ch.isdigit() for ch in name)
                or set(parts) <= own
                or any(p in lex.places for p in parts)
                or " ".join(parts) in lex.places
            ):
                continue
            surname = "".join(parts[1:])
            if any(surname in lp or parts[-1] in lp for lp in locals_):  # "Zijn e-mailadres is h.vandijk@..."
                continue
            if _ADDR.search(c.text[m.end() : m.end() + len(nm.group(0)) + _NEAR]) is None and name not in names:
                names.append(name)
    return names


_CAPS = re.compile(r"(?<![\w@.'-])([A-Z][\w'-]+(?:\s+(?:van|de|den|der|ter|ten|te|le|la|du|da|von|[A-Z][\w'-]+)){0,4})")
_GREETING = re.compile(
    r"^\W*(?:beste|geachte|hallo|hoi|hi|hey|dear|hello|goede(?:morgen|middag|navond)|goeie\w*|good\s+(?:morning|afternoon|evening)|"
    r"guten\s+tag|bonjour|l\.?s\.?|dag|moi)\b"
)
_ARTICLE = re.compile(r"\b(?:de|het|een|the|a|an|der|den|des|la|le|les|het)\s+$", re.IGNORECASE)
_PARTICLES = frozenset({"van", "de", "den", "der", "ter", "ten", "te", "le", "la", "du", "da", "von"})


def _named_others(clauses: list[Clause], lex: Lexicon, sender_name: str | None, known: frozenset[str]) -> list[str]:
    """People named in the request who are not the sender: "Carla Smit", "dokter Bos", "Wethouder Bos".

    A name is two or more capitalised words, or a title before one; words that are places, catalogue
    names or ordinary words of the lexicon are no name, and neither is a name with an address close by."""
    own = set(fold_name(sender_name))
    locals_ = [m.group(0).split("@")[0].lower() for c in clauses for m in _ADDR.finditer(c.text)]
    ordinary = (
        lex.stopwords
        | lex.common
        | lex.places
        | known
        | frozenset(lex.months)
        | frozenset(lex.weekdays)
        | frozenset(lex.dayparts)
    )
    found: list[str] = []
    for c in clauses:
        if c.question or _GREETING.match(c.folded) or not (c.cues or lex.has("attendance", c.folded)):
            continue
        for m in _CAPS.finditer(c.text):
            if _ARTICLE.search(c.text[max(0, m.start() - 5) : m.start()]):
                continue  # "voor de Fryske Gemeentedei": a thing, not a person
            toks = m.group(1).split()
            while toks and (toks[0].lower() in ordinary or fold(toks[0]) in ordinary):
                toks = toks[1:]
            while toks and toks[-1].lower() in _PARTICLES:
                toks = toks[:-1]
            content = [t for t in toks if t.lower() not in _PARTICLES]
            if not content or any(fold(t) in ordinary or any(ch.isdigit() for ch in t) for t in content):
                continue
            titled = lex.rx["person_title"].search(fold(c.text[: m.start()]))
            if len(content) < 2 and not titled:
                continue
            name = " ".join(toks)
            if any(p in lp for p in fold_name(name) if len(p) >= 4 for lp in locals_):
                continue  # "Zijn e-mailadres is h.vandijk@...": the address is given after all
            if (
                set(fold_name(name)) <= own
                or _ADDR.search(c.text[m.end() : m.end() + _NEAR])
                or _ADDR.search(c.text[max(0, m.start() - 3) : m.start()])
            ):
                continue
            if name not in found:
                found.append(name)
    return found


def fold_name(name: str | None) -> list[str]:
    return re.findall(r"[a-z]+", (name or "").lower())


def _capitalised_name(text: str) -> str | None:
    """The first run of capitalised words after the clause's first word: a best guess at a name."""
    for m in re.finditer(
        r"(?<!^)(?<![.!?]\s)\b([A-Z][\w'-]+(?:\s+(?:van|de|den|der|ter|ten)?\s*[A-Z][\w'-]+){1,3})", text
    ):
        return m.group(1)
    return None
