"""A column type that encrypts on the way into the database and decrypts on the way out."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Column, MetaData, Table, Text
from sqlalchemy.types import TypeDecorator

from unionoffice.core.crypto import vault


class EncryptedText(TypeDecorator[str]):
    """Text stored as ``e1:<base64 nonce+ciphertext>``; ``context`` names the column it belongs to."""

    impl = Text
    cache_ok = True

    def __init__(self, context: str) -> None:
        super().__init__()
        self.context = context

    def process_bind_param(self, value: Any, dialect: Any) -> str | None:
        if value is None:
            return None
        text = str(value)
        if text.startswith(vault.PREFIX):  # already encrypted (copies, re-encryption passes)
            return text
        return vault.encrypt_text(text, self.context)

    def process_result_value(self, value: Any, dialect: Any) -> str | None:
        if value is None:
            return None
        return vault.decrypt_text(value, self.context)


def encrypted_columns(metadata: MetaData) -> list[tuple[Table, Column[Any], EncryptedText]]:
    """(table, column, its type) of every encrypted column, for key set-up and rotation."""
    return [
        (table, column, column.type)
        for table in metadata.sorted_tables
        for column in table.columns
        if isinstance(column.type, EncryptedText)
    ]
