"""Mail templates (``mail/<language>/<name>.txt.j2`` / ``.html.j2``), installed as ``mailflow.templates``.

This file makes the folder an importable package, which both a wheel and an editable
install need before ``importlib.resources.files("mailflow.templates")`` can find it;
``setup.py`` maps the folder to that name. Every file below it is package data.
"""
