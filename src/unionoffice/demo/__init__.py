"""Deterministic demo databases (build) and the cached copy the app starts from (cache)."""
