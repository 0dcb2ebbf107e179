"""Plain-Python core shared by every module: organisation, auth, audit, money, identity numbers.

Nothing below this package imports Qt (an import-linter contract in the tests enforces it).
"""
