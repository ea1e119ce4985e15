"""Score understanding on a labelled corpus: ``score`` (pure, as the corpus's score.py) and ``report``."""
