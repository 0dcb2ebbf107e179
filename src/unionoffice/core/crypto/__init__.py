"""Encryption of sensitive data at rest (full identity numbers, medical details, attachments).

One random data key encrypts every sensitive value (AES-256-GCM). The data key is stored only
wrapped: once per user account with a key derived from that user's password (Argon2id), and once
with the administrator's printed recovery code. A copied database file or backup therefore
reveals none of the sensitive values; the application unwraps the data key at sign-in.
"""
