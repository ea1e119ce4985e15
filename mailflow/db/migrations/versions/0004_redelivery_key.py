"""redelivery key: a reused Message-ID no longer hides another mail; outbound queued_at

The unique index on inbound_messages.message_id made a different mail with a
reused Message-ID disappear as "already known". Redeliveries are now recognised
by redelivery_key (Message-ID, From, Date and text; see intake/redelivery.py),
computed here for the messages already stored; message_id keeps a plain index.

outbound_messages.queued_at is when a reply was (last) queued: [outbound]
give_up_after counts from it, and `mailflow outbox retry` sets it anew. Rows
already there take their created_at.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import mailflow.db.models


revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

BATCH = 500


def upgrade() -> None:
    # Plain ALTERs only, no batch table rebuild: on SQLite a rebuild drops the old table, and with
    # foreign keys on that would cascade into outbound_recipients.
    op.add_column("inbound_messages", sa.Column("redelivery_key", sa.String(length=64), nullable=True))
    op.add_column("inbound_messages", sa.Column("note", sa.Text(), nullable=True))
    op.drop_index(
        "uq_inbound_messages_message_id",
        table_name="inbound_messages",
        sqlite_where=sa.text("message_id IS NOT NULL"),
        postgresql_where=sa.text("message_id IS NOT NULL"),
    )
    op.create_index("ix_inbound_messages_message_id", "inbound_messages", ["message_id"], unique=False)
    _backfill_keys()
    op.create_index("uq_inbound_messages_redelivery_key", "inbound_messages", ["redelivery_key"], unique=True)

    op.add_column(
        "outbound_messages", sa.Column("queued_at", mailflow.db.models.UTCDateTime(timezone=True), nullable=True)
    )
    op.execute(sa.text("UPDATE outbound_messages SET queued_at = created_at"))


def _backfill_keys() -> None:
    """The key of every stored message, in batches of BATCH rows so memory stays flat."""
    from mailflow.intake.redelivery import redelivery_key

    inbound = sa.table(
        "inbound_messages",
        sa.column("id", sa.Integer()),
        sa.column("raw", sa.LargeBinary()),
        sa.column("redelivery_key", sa.String()),
    )
    bind = op.get_bind()
    set_key = sa.update(inbound).where(inbound.c.id == sa.bindparam("row")).values(redelivery_key=sa.bindparam("key"))
    last = 0
    while True:
        rows = bind.execute(
            sa.select(inbound.c.id, inbound.c.raw).where(inbound.c.id > last).order_by(inbound.c.id).limit(BATCH)
        ).all()
        if not rows:
            return
        keyed = [{"row": i, "key": key} for i, raw in rows if (key := redelivery_key(bytes(raw))) is not None]
        if keyed:
            bind.execute(set_key, keyed)
        last = rows[-1][0]


def downgrade() -> None:
    op.drop_column("outbound_messages", "queued_at")
    op.drop_index("uq_inbound_messages_redelivery_key", table_name="inbound_messages")
    op.drop_index("ix_inbound_messages_message_id", table_name="inbound_messages")
    op.create_index(
        "uq_inbound_messages_message_id",
        "inbound_messages",
        ["message_id"],
        unique=True,
        sqlite_where=sa.text("message_id IS NOT NULL"),
        postgresql_where=sa.text("message_id IS NOT NULL"),
    )
    op.drop_column("inbound_messages", "note")
    op.drop_column("inbound_messages", "redelivery_key")
