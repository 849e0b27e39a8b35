"""Alembic migrations; run by :func:`desktop.models.database.open_database`."""
