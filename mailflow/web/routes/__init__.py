"""One router per area of the staff pages, plus the JSON API; each route calls a use case and renders."""
