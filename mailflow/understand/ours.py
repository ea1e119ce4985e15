"""Our own wording, recognised wherever it turns up in a writer's text.

An autoresponder that echoes our confirmation without quote marks, or a
forward ("Ter info, zie hieronder.") with the confirmation pasted in, puts our
sentence 'Beantwoord dan deze e-mail met "afmelden"' among the writer's own
words, where it would read as a cancellation. Text we wrote never counts as
the writer's request, so the writer's own words end at the first line that is
ours: that line and what follows are treated as quoted.

A line is ours when it holds a run of ``SHINGLE`` words that occurs in one of
our mail templates (the literal text between the Jinja tags, folded as
understanding folds text). Runs of words survive the re-wrapping of mail
clients, which whole-line comparison would not.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

from mailflow.understand.text import fold, words

SHINGLE = 6
_TAGS = re.compile(r"\{%.*?%\}|\{#.*?#\}", re.DOTALL)
_EXPRESSIONS = re.compile(r"\{\{.*?\}\}", re.DOTALL)


@dataclass(frozen=True)
class OwnWording:
    """Every run of ``SHINGLE`` consecutive words in our templates."""

    shingles: frozenset[tuple[str, ...]]

    @classmethod
    def from_templates(cls, own: Path | None = None) -> "OwnWording":
        """Built once per ``Understander`` from the text templates mailflow ships and, with ``own`` (the
        organisation's ``[templates] dir``), its own wording too: an echo of a confirmation the
        organisation reworded is still ours."""
        texts: list[str] = []
        folders: list[Traversable] = [resources.files("mailflow.templates").joinpath("mail")]
        if own is not None and (own / "mail").is_dir():
            folders.append(own / "mail")
        for mail in folders:
            for lang in mail.iterdir():
                if not lang.is_dir():
                    continue
                texts += [f.read_text(encoding="utf-8") for f in lang.iterdir() if f.name.endswith(".txt.j2")]
        return cls.from_texts(texts)

    @classmethod
    def from_texts(cls, templates: list[str]) -> "OwnWording":
        found: set[tuple[str, ...]] = set()
        for source in templates:
            for line in _TAGS.sub("\n", source).splitlines():
                for piece in _EXPRESSIONS.split(line):
                    ws = words(fold(piece))
                    found.update(tuple(ws[i : i + SHINGLE]) for i in range(len(ws) - SHINGLE + 1))
        return cls(frozenset(found))

    def is_ours(self, line: str) -> bool:
        ws = words(fold(line))
        return any(tuple(ws[i : i + SHINGLE]) in self.shingles for i in range(len(ws) - SHINGLE + 1))

    def first_line(self, text: str) -> int | None:
        """Index of the first line of ``text`` that is ours, or None."""
        for n, line in enumerate(text.split("\n")):
            if len(line) > 20 and self.is_ours(line):
                return n
        return None
