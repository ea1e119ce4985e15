"""staff web: accounts (active, events, language), server-side sessions, login attempts, review claims

The staff pages (issue 11) need accounts that can be disabled and limited to
some events, sessions that logout really ends (kept in the database, only the
token's hash stored), a count of failed logins for the rate limit, and on each
review item who has it open (claimed_by/at), a token for answering by mail and
when the secretariat was told of it.

Revision ID: 0007
Revises: 0004
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import mailflow.db.models

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

UTC = mailflow.db.models.UTCDateTime(timezone=True)


def upgrade() -> None:
    # Plain ALTERs (no batch rebuild), as in 0004: a rebuild on SQLite would cascade deletes.
    op.add_column("staff_users", sa.Column("active", sa.Boolean(), nullable=False, server_default=sa.text("true")))
    op.add_column("staff_users", sa.Column("events", sa.JSON(), nullable=True))
    op.add_column("staff_users", sa.Column("language", sa.String(length=10), nullable=True))
    op.add_column("staff_users", sa.Column("created_at", UTC, nullable=True))
    op.create_table(
        "staff_sessions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("created_at", UTC, nullable=False),
        sa.Column("last_seen_at", UTC, nullable=False),
        sa.Column("expires_at", UTC, nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"], ["staff_users.id"], name=op.f("fk_staff_sessions_user_id_staff_users"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_staff_sessions")),
        sa.UniqueConstraint("token_hash", name=op.f("uq_staff_sessions_token_hash")),
    )
    op.create_index(op.f("ix_staff_sessions_user_id"), "staff_sessions", ["user_id"], unique=False)
    op.create_table(
        "login_attempts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=400), nullable=False),
        sa.Column("at", UTC, nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_login_attempts")),
    )
    op.create_index("ix_login_attempts_key_at", "login_attempts", ["key", "at"], unique=False)
    op.add_column("review_items", sa.Column("claimed_by", sa.String(length=320), nullable=True))
    op.add_column("review_items", sa.Column("claimed_at", UTC, nullable=True))
    op.add_column("review_items", sa.Column("token", sa.String(length=64), nullable=True))
    op.add_column("review_items", sa.Column("notified_at", UTC, nullable=True))
    # a unique index, not a constraint: SQLite cannot ALTER TABLE ADD CONSTRAINT
    op.create_index("uq_review_items_token", "review_items", ["token"], unique=True)


def downgrade() -> None:
    op.drop_index("uq_review_items_token", table_name="review_items")
    for column in ("notified_at", "token", "claimed_at", "claimed_by"):
        op.drop_column("review_items", column)
    op.drop_index("ix_login_attempts_key_at", table_name="login_attempts")
    op.drop_table("login_attempts")
    op.drop_index(op.f("ix_staff_sessions_user_id"), table_name="staff_sessions")
    op.drop_table("staff_sessions")
    for column in ("created_at", "language", "events", "active"):
        op.drop_column("staff_users", column)
