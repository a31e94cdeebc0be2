"""The one exception tree of civcas. Every message says what went wrong, with what, and what to do.

    CivcasError
    ├── InputError          an input could not be read as articles (carries a Rejection reason)
    ├── StoreError          the database cannot be opened, or is from a newer civcas
    ├── ConfigError         a bad option or value given by the user
    └── NotFound            an id that is not in the database
"""
from __future__ import annotations


class CivcasError(Exception):
    """Base of every error civcas raises on purpose."""


class InputError(CivcasError):
    def __init__(self, source: str, reason: str, message: str):
        super().__init__(message)
        self.source, self.reason, self.message = source, reason, message


class StoreError(CivcasError):
    pass


class ConfigError(CivcasError):
    pass


class NotFound(CivcasError):
    pass
