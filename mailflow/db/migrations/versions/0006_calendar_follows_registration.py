"""calendar follows the registration: the invite's SEQUENCE lives on the registration, plus what it showed

Until now the SEQUENCE sent was the registration's own counter plus its
session's; a move to another session could then send a lower SEQUENCE than
before, which calendars ignore. From now on ``registrations.sequence`` is the
SEQUENCE of the latest invite itself, ``session_sequence`` the session version
(time and place) that invite showed, and ``online_url_sent`` the join link the
person was sent (so the link goes out exactly once per registration).

Existing rows take the SEQUENCE they were last sent (own + session) and count as
showing the session's current version.

Revision ID: 0006
Revises: 0004
Create Date: 2026-12-10
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("registrations", sa.Column("session_sequence", sa.Integer(), server_default="0", nullable=False))
    op.add_column("registrations", sa.Column("online_url_sent", sa.String(length=2000), nullable=True))
    op.execute(
        sa.text(
            "UPDATE registrations SET sequence = sequence + (SELECT s.sequence FROM sessions s "
            "WHERE s.id = registrations.session_id), session_sequence = (SELECT s.sequence FROM sessions s "
            "WHERE s.id = registrations.session_id)"
        )
    )


def downgrade() -> None:
    op.execute(
        sa.text("UPDATE registrations SET sequence = sequence - session_sequence WHERE sequence >= session_sequence")
    )
    op.drop_column("registrations", "online_url_sent")
    op.drop_column("registrations", "session_sequence")
