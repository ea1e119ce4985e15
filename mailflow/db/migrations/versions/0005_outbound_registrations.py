"""outbound registrations: which registrations a mail we sent reported (a reply to it is about them)

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-10
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "outbound_registrations",
        sa.Column("outbound_id", sa.Integer(), nullable=False),
        sa.Column("registration_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["outbound_id"],
            ["outbound_messages.id"],
            ondelete="CASCADE",
            name=op.f("fk_outbound_registrations_outbound_id_outbound_messages"),
        ),
        sa.ForeignKeyConstraint(
            ["registration_id"],
            ["registrations.id"],
            name=op.f("fk_outbound_registrations_registration_id_registrations"),
        ),
        sa.PrimaryKeyConstraint("outbound_id", "registration_id", name=op.f("pk_outbound_registrations")),
    )


def downgrade() -> None:
    op.drop_table("outbound_registrations")
