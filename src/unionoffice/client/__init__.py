"""The two backends of the service contract: the services in this process (one office's SQLite
file) or ``unionoffice-server`` (the whole union). Screens get either as ``Services``."""
