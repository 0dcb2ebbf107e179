"""Scoring by a panel, offline: the signed judge package (``package``), a judge's working copy of
it (``workbook``, what judge mode drives), typing a mark (``marks``) and the trimmed mean
(``trimmed``). Nothing here knows a contest or a five-small round: the skill contests and the
five-small panels both build packages from their own records and read the signed ones back.
"""
