"""The event catalogue: the model (``model``), reading it from TOML (``load``), keeping the database in
step with the files (``sync``) and following them while ``serve`` runs (``reload``)."""

from mailflow.catalogue.load import load_catalogue
from mailflow.catalogue.model import Catalogue, CatalogueError, Event, Session

__all__ = ["Catalogue", "CatalogueError", "Event", "Session", "load_catalogue"]
