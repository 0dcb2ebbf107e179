"""Medical mutual-aid services, one file per job (schemes, enrolment, claims, ledger, hardship).

Everything here is plain Python: services take ``(db, actor, ...)`` and return dataclasses.
"""
