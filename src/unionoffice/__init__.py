"""UnionOffice (工会办公): desktop office software for an enterprise trade union."""

__version__ = "0.1.0"
APP_NAME = "UnionOffice"
