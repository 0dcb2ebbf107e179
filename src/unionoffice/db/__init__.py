"""Database access shared by every module: declarative base, engine, sessions, migrations, backups."""
