"""faults: per-recipient delivery outcomes, the sending process, purged raw bytes

outbound_recipients.outcome/response/outcome_at record what the relay said about
each address (a partial refusal is no longer a plain "sent");
outbound_messages.claimed_by signs a `sending` row with host:pid so a restarted
serve releases its own dead claims at once; inbound_messages.purged_at and
outbound_messages.purged_at mark raw bytes removed by retention or erasure.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-08
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import mailflow.db.models


revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # outbound_recipients may be rebuilt on SQLite (a CHECK needs it): no table refers to it.
    # The others get plain ALTERs, as in 0004: a SQLite rebuild of outbound_messages with
    # foreign keys on would cascade its drop into outbound_recipients.
    when = mailflow.db.models.UTCDateTime(timezone=True)
    with op.batch_alter_table("outbound_recipients", schema=None) as batch_op:
        batch_op.add_column(sa.Column("outcome", sa.String(length=20), nullable=True))
        batch_op.add_column(sa.Column("response", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("outcome_at", when, nullable=True))
        batch_op.create_check_constraint("outcome", "outcome IN ('accepted', 'refused', 'deferred')")
    op.add_column("outbound_messages", sa.Column("claimed_by", sa.String(length=200), nullable=True))
    op.add_column("outbound_messages", sa.Column("purged_at", when, nullable=True))
    op.add_column("inbound_messages", sa.Column("purged_at", when, nullable=True))
    # Replies already sent before this revision: every recipient counts as accepted.
    op.execute(
        sa.text(
            "UPDATE outbound_recipients SET outcome = 'accepted' WHERE outbound_id IN "
            "(SELECT id FROM outbound_messages WHERE state = 'sent')"
        )
    )


def downgrade() -> None:
    op.drop_column("inbound_messages", "purged_at")
    op.drop_column("outbound_messages", "purged_at")
    op.drop_column("outbound_messages", "claimed_by")
    with op.batch_alter_table("outbound_recipients", schema=None) as batch_op:
        batch_op.drop_constraint("outcome", type_="check")
        batch_op.drop_column("outcome_at")
        batch_op.drop_column("response")
        batch_op.drop_column("outcome")
