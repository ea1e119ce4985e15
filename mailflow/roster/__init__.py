"""Who is registered: lists per event and session, a person's history, and exports (read only)."""
