"""Package layout that pyproject.toml cannot say on its own.

The templates stay at the top level (``templates/mail/...``, the project's layout)
and ship as the package ``mailflow.templates``, read with ``importlib.resources``,
so a wheel installed into /opt or a container finds them. ``packages.find`` only
finds folders under their own name, so the package list is built here: every
``mailflow*`` package found, plus the mapped template folder. Package data (which
files go in) stays in pyproject.toml.
"""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages(include=["mailflow", "mailflow.*"]), "mailflow.templates"],
    package_dir={"mailflow.templates": "templates"},
)
