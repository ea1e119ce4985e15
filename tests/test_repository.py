"""The repository itself: nothing in it depends on where this machine keeps the checkout."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def tracked_text_files() -> list[Path]:
    try:
        out = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError) as exc:
        pytest.skip(f"not a git checkout ({exc}); nothing to list")
    return [ROOT / name for name in out.decode().split("\0") if name]


def test_no_file_names_the_folder_around_the_checkout() -> None:
    # Paths such as the shared corpus are written relative to the repository ("../shared"),
    # so a clone in any other folder (CI's, a colleague's) finds them too.
    if ROOT.parent == ROOT.parent.parent:
        pytest.skip("the checkout sits at the file system root: every absolute path is inside it")
    outside = f"{ROOT.parent}/"
    found = []
    for path in tracked_text_files():
        try:
            text = path.read_text(encoding="utf-8")
        except (UnicodeDecodeError, OSError):
            continue
        found += [f"{path.relative_to(ROOT)}:{n}" for n, line in enumerate(text.splitlines(), 1) if outside in line]
    assert found == [], f"absolute paths under {outside} in: {', '.join(found)}"
