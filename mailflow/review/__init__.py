"""The review queue: ``queue`` holds and lists, ``resolve`` carries out what a person decided.

Import ``mailflow.review.resolve`` where you resolve: it needs ``apply``, which itself holds
through ``queue``, so this package does not import it for you.
"""
