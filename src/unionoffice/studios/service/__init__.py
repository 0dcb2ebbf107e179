"""Services of the studios module (plain Python, no Qt). One file per job:

``studios`` (the studio register and page), ``achievements``, ``rounds`` (quarterly evaluation),
``honours``, ``stats``, ``compilation`` (PDF booklet and workbook), ``importing``, ``exports``
(what the certificate module reads), ``checks`` (numbers, benefit amounts, people).
"""
