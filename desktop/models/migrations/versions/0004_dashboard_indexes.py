"""indexes for the dashboard counts

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23

"Ditutup bulan ini" and the per-pelaksana counts read only index entries instead of every case.
"""

from __future__ import annotations

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_case_status_closed", "case_file", ["status", "closed_at"])
    op.create_index("ix_case_status_lane_due", "case_file", ["status", "current_lane_id", "due_at"])
    op.execute("ANALYZE case_file")  # new indexes need statistics or the planner misjudges them


def downgrade() -> None:
    op.drop_index("ix_case_status_lane_due", table_name="case_file")
    op.drop_index("ix_case_status_closed", table_name="case_file")
