"""campaigns: audience, schedule, late joiners, the per-recipient ledger, opt-outs

The 0001 tables ``campaigns`` and ``campaign_recipients`` had no code behind them
and hold no rows, so they are replaced rather than altered (SQLite cannot add
NOT NULL columns to a table in place). ``campaign_recipients`` becomes the
exactly-once ledger: state, due time (also the claim's lease), attempts, the
Message-ID fixed before sending and the personal unsubscribe token.
``campaign_optouts`` records who wants no more follow-ups for an event.

Revision ID: 0008
Revises: 0004
Create Date: 2026-12-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import mailflow.db.models

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

UTC = mailflow.db.models.UTCDateTime(timezone=True)


def upgrade() -> None:
    op.drop_table("campaign_recipients")
    op.drop_table("campaigns")
    op.create_table(
        "campaigns",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_key", sa.String(length=120), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("subject", sa.Text(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("html_body", sa.Text(), nullable=True),
        sa.Column("audience", sa.JSON(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("send_at", UTC, nullable=True),
        sa.Column("before_start", sa.Integer(), nullable=True),
        sa.Column("late_joiners", sa.Boolean(), nullable=False),
        sa.Column("attach_invite", sa.Boolean(), nullable=False),
        sa.Column("done_sessions", sa.JSON(), nullable=False),
        sa.Column("created_by", sa.String(length=320), nullable=True),
        sa.Column("created_at", UTC, nullable=False),
        sa.Column("started_at", UTC, nullable=True),
        sa.Column("finished_at", UTC, nullable=True),
        sa.CheckConstraint(
            "status IN ('draft', 'scheduled', 'sending', 'done', 'cancelled')", name=op.f("ck_campaigns_status")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_campaigns")),
    )
    op.create_index("ix_campaigns_status", "campaigns", ["status"], unique=False)
    op.create_table(
        "campaign_recipients",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("campaign_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("registration_id", sa.Integer(), nullable=True),
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.Column("due_at", UTC, nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("message_id", sa.String(length=998), nullable=False),
        sa.Column("token", sa.String(length=64), nullable=False),
        sa.Column("claimed_by", sa.String(length=200), nullable=True),
        sa.Column("late", sa.Boolean(), nullable=False),
        sa.Column("created_at", UTC, nullable=False),
        sa.Column("sent_at", UTC, nullable=True),
        sa.CheckConstraint(
            "state IN ('pending', 'sending', 'sent', 'failed', 'skipped')", name=op.f("ck_campaign_recipients_state")
        ),
        sa.ForeignKeyConstraint(
            ["campaign_id"], ["campaigns.id"], name=op.f("fk_campaign_recipients_campaign_id_campaigns")
        ),
        sa.ForeignKeyConstraint(["person_id"], ["people.id"], name=op.f("fk_campaign_recipients_person_id_people")),
        sa.ForeignKeyConstraint(
            ["registration_id"], ["registrations.id"], name=op.f("fk_campaign_recipients_registration_id_registrations")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_campaign_recipients")),
        sa.UniqueConstraint("campaign_id", "person_id", name="uq_campaign_recipients_campaign_person"),
        sa.UniqueConstraint("message_id", name=op.f("uq_campaign_recipients_message_id")),
        sa.UniqueConstraint("token", name=op.f("uq_campaign_recipients_token")),
    )
    op.create_index("ix_campaign_recipients_due", "campaign_recipients", ["state", "due_at"], unique=False)
    op.create_index(
        "ix_campaign_recipients_campaign_state", "campaign_recipients", ["campaign_id", "state"], unique=False
    )
    op.create_index(op.f("ix_campaign_recipients_person_id"), "campaign_recipients", ["person_id"], unique=False)
    op.create_table(
        "campaign_optouts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("event_key", sa.String(length=120), nullable=False),
        sa.Column("source", sa.String(length=40), nullable=False),
        sa.Column("campaign_id", sa.Integer(), nullable=True),
        sa.Column("created_at", UTC, nullable=False),
        sa.ForeignKeyConstraint(
            ["campaign_id"], ["campaigns.id"], name=op.f("fk_campaign_optouts_campaign_id_campaigns")
        ),
        sa.ForeignKeyConstraint(["person_id"], ["people.id"], name=op.f("fk_campaign_optouts_person_id_people")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_campaign_optouts")),
        sa.UniqueConstraint("person_id", "event_key", name="uq_campaign_optouts_person_event"),
    )


def downgrade() -> None:
    op.drop_table("campaign_optouts")
    op.drop_table("campaign_recipients")
    op.drop_table("campaigns")
    op.create_table(
        "campaigns",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=120), nullable=False),
        sa.Column("subject", sa.String(length=500), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("audience", sa.JSON(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("created_by", sa.String(length=320), nullable=True),
        sa.Column("created_at", UTC, nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_campaigns")),
        sa.UniqueConstraint("key", name=op.f("uq_campaigns_key")),
    )
    op.create_table(
        "campaign_recipients",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("campaign_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("outbound_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["campaign_id"], ["campaigns.id"], name=op.f("fk_campaign_recipients_campaign_id_campaigns")
        ),
        sa.ForeignKeyConstraint(
            ["outbound_id"], ["outbound_messages.id"], name=op.f("fk_campaign_recipients_outbound_id_outbound_messages")
        ),
        sa.ForeignKeyConstraint(["person_id"], ["people.id"], name=op.f("fk_campaign_recipients_person_id_people")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_campaign_recipients")),
        sa.UniqueConstraint("campaign_id", "person_id", name="uq_campaign_recipients_campaign_person"),
    )
