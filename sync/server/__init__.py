"""The central service: FastAPI over SQLAlchemy 2, SQLite by default, PostgreSQL by URL."""
