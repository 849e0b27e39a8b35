"""full-text search over nomor agenda, pelapor, perihal and isi

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23

Accent-insensitive (``remove_diacritics 2``) so "Sulastri" finds "Sulastrí" as typed on a
phone. Maintained by the projection writer, one row per case, keyed by the case id.
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute(
        "CREATE VIRTUAL TABLE case_search USING fts5("
        "case_id UNINDEXED, nomor, pelapor, perihal, isi, "
        "tokenize = 'unicode61 remove_diacritics 2')"
    )
    op.execute(
        "INSERT INTO case_search (case_id, nomor, pelapor, perihal, isi) "
        "SELECT case_id, nomor_agenda, pelapor_nama, perihal, isi FROM case_file"
    )


def downgrade() -> None:
    op.execute("DROP TABLE case_search")
