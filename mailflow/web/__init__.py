"""The staff web application: server-rendered pages and a JSON API over the same use cases.

``factory.create_web_app`` builds it from the composition root; ``server`` runs it
with uvicorn inside ``mailflow serve`` or alone (``mailflow web``).
"""
