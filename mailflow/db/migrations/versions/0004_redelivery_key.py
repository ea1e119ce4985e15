"""redelivery key: a reused Message-ID no longer hides another mail

The unique index on inbound_messages.message_id made a different mail with a
reused Message-ID disappear as "already known". Redeliveries are now recognised
by redelivery_key (Message-ID, From, Date and text; see intake/redelivery.py),
computed here for the messages already stored; message_id keeps a plain index.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None

BATCH = 500


def upgrade() -> None:
    with op.batch_alter_table('inbound_messages', schema=None) as batch_op:
        batch_op.add_column(sa.Column('redelivery_key', sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column('note', sa.Text(), nullable=True))
        batch_op.drop_index('uq_inbound_messages_message_id', sqlite_where=sa.text('message_id IS NOT NULL'),
                            postgresql_where=sa.text('message_id IS NOT NULL'))
        batch_op.create_index('ix_inbound_messages_message_id', ['message_id'], unique=False)
    _backfill_keys()
    with op.batch_alter_table('inbound_messages', schema=None) as batch_op:
        batch_op.create_index('uq_inbound_messages_redelivery_key', ['redelivery_key'], unique=True)


def _backfill_keys() -> None:
    """The key of every stored message, in batches of BATCH rows so memory stays flat."""
    from mailflow.intake.redelivery import redelivery_key

    inbound = sa.table("inbound_messages", sa.column("id", sa.Integer()), sa.column("raw", sa.LargeBinary()),
                       sa.column("redelivery_key", sa.String()))
    bind = op.get_bind()
    set_key = (sa.update(inbound).where(inbound.c.id == sa.bindparam("row"))
               .values(redelivery_key=sa.bindparam("key")))
    last = 0
    while True:
        rows = bind.execute(sa.select(inbound.c.id, inbound.c.raw).where(inbound.c.id > last)
                            .order_by(inbound.c.id).limit(BATCH)).all()
        if not rows:
            return
        keyed = [{"row": i, "key": key} for i, raw in rows if (key := redelivery_key(bytes(raw))) is not None]
        if keyed:
            bind.execute(set_key, keyed)
        last = rows[-1][0]


def downgrade() -> None:
    with op.batch_alter_table('inbound_messages', schema=None) as batch_op:
        batch_op.drop_index('uq_inbound_messages_redelivery_key')
        batch_op.drop_index('ix_inbound_messages_message_id')
        batch_op.create_index('uq_inbound_messages_message_id', ['message_id'], unique=True,
                              sqlite_where=sa.text('message_id IS NOT NULL'),
                              postgresql_where=sa.text('message_id IS NOT NULL'))
        batch_op.drop_column('note')
        batch_op.drop_column('redelivery_key')
