"""Password hashing with Argon2id (memory-hard); clear text is never stored or logged."""

from __future__ import annotations

from functools import lru_cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from unionoffice.foundation.errors import ValidationError
from unionoffice.foundation.i18n import translate

MIN_PASSWORD_LENGTH = 8


@lru_cache(maxsize=1)
def _hasher() -> PasswordHasher:
    return PasswordHasher()


def hash_password(password: str) -> str:
    return _hasher().hash(password)


def verify_password(password_hash: str, password: str) -> bool:
    try:
        return _hasher().verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def check_password_strength(password: str) -> None:
    problems = []
    if len(password) < MIN_PASSWORD_LENGTH:
        problems.append(translate("Auth", "密码至少需要 {n} 位。").format(n=MIN_PASSWORD_LENGTH))
    kinds = sum(
        [
            any(c.isdigit() for c in password),
            any(c.isalpha() for c in password),
            any(not c.isalnum() for c in password),
        ]
    )
    if kinds < 2:
        problems.append(translate("Auth", "密码需同时包含字母、数字或符号中的至少两类。"))
    if problems:
        raise ValidationError("".join(problems))
