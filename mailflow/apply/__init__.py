"""Apply a decision in one transaction: registrations, the review item, the replies, the audit trail.

``registrations`` carries out a ``Decision`` and holds the use cases staff call
(register, cancel, move); ``notify`` composes the mails into the outbox;
``snapshot`` reads the state a decision needs, inside the same transaction.
"""
