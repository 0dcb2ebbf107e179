"""Qt screens of the certificates module."""
