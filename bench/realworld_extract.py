"""Re-create the real-world collection (one file per message) from git clones of public repositories.

The mail is other people's, so the repository keeps only the list of sources
(``bench/realworld_sources.toml``: repository, commit, paths) and this code.
Each repository is cloned bare once into ``<dir>/.clones/<owner>+<name>`` (or an
existing clone placed there is used) and read at the listed commit with
``git ls-tree``/``git cat-file``, so a later push to the repository changes
nothing in the sample. Every message is written to ``<dir>/<source>/``; the
bounce folders may also get an ``.expected.json`` with the failed recipients
their source publishes.
"""

from __future__ import annotations

import ast
import fnmatch
import json
import mailbox
import re
import subprocess
import tempfile
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

CATEGORIES = ("bounce", "spam", "ham", "list", "mime")
LAYOUTS = ("files", "mbox", "public-inbox")


@dataclass(frozen=True)
class Source:
    """One entry of ``realworld_sources.toml``."""

    name: str
    repo: str
    commit: str
    category: str
    layout: str = "files"
    paths: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    every: int = 1
    expected: str | None = None
    licence: str = ""
    extra: dict[str, object] = field(default_factory=dict)

    @property
    def slug(self) -> str:
        """``owner+name`` of the repository: the clone's folder name."""
        owner, name = self.repo.rstrip("/").removesuffix(".git").split("/")[-2:]
        return f"{owner}+{name}"


def load_sources(path: Path) -> list[Source]:
    """Read and check the sources list; a wrong entry stops with its name and the key at fault."""
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    out: list[Source] = []
    for raw in data.get("sources", []):
        src = Source(
            name=raw["name"],
            repo=raw["repo"],
            commit=raw["commit"],
            category=raw["category"],
            layout=raw.get("layout", "files"),
            paths=tuple(raw.get("paths", ())),
            exclude=tuple(raw.get("exclude", ())),
            every=int(raw.get("every", 1)),
            expected=raw.get("expected"),
            licence=raw.get("licence", ""),
        )
        if src.category not in CATEGORIES:
            raise ValueError(f"{path}: source {src.name}: category must be one of {', '.join(CATEGORIES)}")
        if src.layout not in LAYOUTS:
            raise ValueError(f"{path}: source {src.name}: layout must be one of {', '.join(LAYOUTS)}")
        if not re.fullmatch(r"[0-9a-f]{40}", src.commit):
            raise ValueError(f"{path}: source {src.name}: commit must be a full 40-digit hash")
        out.append(src)
    names = [s.name for s in out]
    if len(set(names)) != len(names):
        raise ValueError(f"{path}: source names must be unique")
    return out


# --------------------------------------------------------------------------
# git


def git_dir(clones: Path, src: Source) -> Path:
    """The bare clone of ``src.repo`` that holds ``src.commit``, cloning or fetching when needed."""
    where = clones / src.slug
    for candidate in (where, where / ".git"):
        if (candidate / "HEAD").exists() and _has_commit(candidate, src.commit):
            return candidate
    if not where.exists():
        where.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run(["git", "clone", "--bare", "--quiet", src.repo, str(where)], check=True)
    base = where / ".git" if (where / ".git" / "HEAD").exists() else where
    if not _has_commit(base, src.commit):
        subprocess.run(["git", "--git-dir", str(base), "fetch", "--quiet", "origin", src.commit], check=True)
    return base


def _has_commit(gd: Path, commit: str) -> bool:
    r = subprocess.run(["git", "--git-dir", str(gd), "cat-file", "-e", f"{commit}^{{commit}}"], capture_output=True)
    return r.returncode == 0


def _git(gd: Path, *args: str) -> bytes:
    return subprocess.run(["git", "--git-dir", str(gd), *args], check=True, capture_output=True).stdout


def tree_files(gd: Path, commit: str) -> list[str]:
    return sorted(_git(gd, "ls-tree", "-r", "-z", "--name-only", commit).decode("utf-8", "replace").split("\0")[:-1])


def blob(gd: Path, commit: str, path: str) -> bytes | None:
    """A file's bytes at the commit; None when it is absent (e.g. too large for a partial snapshot)."""
    r = subprocess.run(["git", "--git-dir", str(gd), "cat-file", "blob", f"{commit}:{path}"], capture_output=True)
    return r.stdout if r.returncode == 0 else None


# --------------------------------------------------------------------------
# messages per layout


def select(names: list[str], src: Source) -> list[str]:
    keep = [
        n
        for n in names
        if any(fnmatch.fnmatch(n, p) for p in src.paths) and not any(fnmatch.fnmatch(n, p) for p in src.exclude)
    ]
    return keep[:: max(1, src.every)]


def messages(gd: Path, src: Source) -> list[tuple[str, bytes]]:
    """(file name in the output folder, raw bytes) for every message the source selects."""
    if src.layout == "public-inbox":
        return _public_inbox(gd, src)
    out: list[tuple[str, bytes]] = []
    for path in select(tree_files(gd, src.commit), src):
        data = blob(gd, src.commit, path)
        if data is None:
            continue
        stem = _safe(path)
        if src.layout == "mbox":
            out += [(f"{stem}.{i:04d}.eml", m) for i, m in enumerate(split_mbox(data), 1)]
        else:
            out.append((stem, data))
    return out


def _public_inbox(gd: Path, src: Source) -> list[tuple[str, bytes]]:
    """A public-inbox archive keeps one message per commit (file ``m``); take every n-th, oldest first."""
    commits = _git(gd, "rev-list", "--reverse", "--first-parent", src.commit).decode().split()
    out = []
    for i, c in enumerate(commits[:: max(1, src.every)]):
        data = blob(gd, c, "m")
        if data:
            out.append((f"{i:05d}-{c[:12]}.eml", data))
    return out


def split_mbox(data: bytes) -> list[bytes]:
    """Messages of an mbox file without their "From " separator lines (">From" quoting kept, as mail readers show it)."""
    with tempfile.NamedTemporaryFile(suffix=".mbox") as tmp:
        tmp.write(data)
        tmp.flush()
        box = mailbox.mbox(tmp.name, create=False)
        try:
            return [box.get_bytes(k) for k in box.keys()]
        finally:
            box.close()


def _safe(path: str) -> str:
    """A flat, portable file name for a path inside the repository."""
    return re.sub(r"[^A-Za-z0-9._+-]", "_", path.replace("/", "__"))


# --------------------------------------------------------------------------
# published expectations


def flufl_expected(gd: Path, src: Source) -> dict[str, list[str]]:
    """Failed addresses per sample from flufl.bounce's test table (``DATA`` in its detectors test)."""
    text = blob(gd, src.commit, "flufl/bounce/_detectors/tests/detectors.py")
    if text is None:
        return {}
    tree = ast.parse(text.decode("utf-8"))
    table = next(
        n.value
        for n in tree.body
        if isinstance(n, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "DATA" for t in n.targets)
    )
    out: dict[str, set[str]] = {}
    for row in ast.literal_eval(table):
        name = _safe(f"flufl/bounce/tests/data/{row[1]}")
        out.setdefault(name, set()).update(a.decode().lower() for a in row[2])
    return {k: sorted(v) for k, v in out.items()}


EXPECTED = {"flufl-detectors": flufl_expected}
EXPECTED_FILE = ".expected.json"  # beside the messages; dot files are not messages


def extract(sources: list[Source], root: Path, clones: Path, log=print) -> dict[str, int]:
    """Write every source's messages under ``root/<name>/``; returns the count per source."""
    counts: dict[str, int] = {}
    for src in sources:
        gd = git_dir(clones, src)
        folder = root / src.name
        folder.mkdir(parents=True, exist_ok=True)
        for old in folder.iterdir():
            if old.is_file():
                old.unlink()
        found = messages(gd, src)
        for name, data in found:
            (folder / name).write_bytes(data)
        if src.expected:
            (folder / EXPECTED_FILE).write_text(json.dumps(EXPECTED[src.expected](gd, src), indent=1))
        counts[src.name] = len(found)
        log(f"{src.name}: {len(found)} messages ({src.category})")
    return counts
