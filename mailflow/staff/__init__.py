"""Staff accounts, roles and logins: used by the web pages, the JSON API and ``mailflow users``."""
