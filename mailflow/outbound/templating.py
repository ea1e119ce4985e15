"""Where templates come from: an organisation's own folder first, then the ones mailflow ships.

The built-in templates are package data (``mailflow.templates``) read with
``importlib.resources``, so they are found the same way from a checkout, an
editable install and a wheel installed into /opt or a container. ``[templates]
dir`` names a folder with the same layout (``mail/nl/confirmation.txt.j2``); each
file there replaces the built-in one of that name, and everything it does not
have (a base layout, the other languages) still comes from the package.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Callable

from jinja2 import BaseLoader, ChoiceLoader, Environment, FileSystemLoader, StrictUndefined, TemplateNotFound
from jinja2.loaders import split_template_path

PACKAGE = "mailflow.templates"


class PackagedTemplates(BaseLoader):
    """Templates inside an installed package, read with importlib.resources."""

    def __init__(self, package: str = PACKAGE) -> None:
        self.package = package

    def _find(self, name: str) -> Traversable:
        node = resources.files(self.package)
        for piece in split_template_path(name):  # refuses "..": names never leave the package
            node = node / piece
        if not node.is_file():
            raise TemplateNotFound(name)
        return node

    def get_source(self, environment: Environment, template: str) -> tuple[str, str, Callable[[], bool]]:
        node = self._find(template)
        source = node.read_text(encoding="utf-8")
        if isinstance(node, Path):
            # a plain file (a wheel, or the checkout of an editable install): notice edits like
            # FileSystemLoader does, so `make run` shows a changed template without a restart
            mtime = node.stat().st_mtime
            return source, str(node), lambda: _mtime(node) == mtime
        return source, f"{self.package}:{template}", lambda: True

    def list_templates(self) -> list[str]:
        found: list[str] = []

        def walk(node: Traversable, prefix: str) -> None:
            for child in node.iterdir():
                if child.is_dir():
                    if child.name != "__pycache__":
                        walk(child, f"{prefix}{child.name}/")
                elif child.name.endswith(".j2"):
                    found.append(prefix + child.name)

        walk(resources.files(self.package), "")
        return sorted(found)


def _mtime(path: Path) -> float | None:
    try:
        return path.stat().st_mtime
    except OSError:
        return None


def loader(override: Path | None = None) -> BaseLoader:
    """The override folder (when configured) before the packaged templates."""
    packaged = PackagedTemplates()
    if override is None:
        return packaged
    return ChoiceLoader([FileSystemLoader(str(override)), packaged])


@lru_cache(maxsize=8)
def environment(override: Path | None = None) -> Environment:
    """One Jinja2 environment per override folder; HTML autoescaped, text left alone.

    Built lazily (not at import) and cached, because parsing templates per mail is waste;
    the cache key is the folder, so settings passed down choose the environment.
    """
    return Environment(
        loader=loader(override),
        autoescape=lambda name: bool(name and name.endswith(".html.j2")),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
