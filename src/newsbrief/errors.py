"""The few exception types the library raises; the CLI maps them to one-line messages."""

from __future__ import annotations


class NewsbriefError(Exception):
    """Base class. `str(err)` is a complete one-line message for a user."""

    exit_code = 1


class InputError(NewsbriefError):
    """The input cannot be read as a news article (empty, binary, wrong encoding, too big...)."""


class ConfigError(NewsbriefError):
    """models.yaml (or another setting) is invalid; the message names file, key and problem."""


class ModelUnavailable(NewsbriefError):
    """A configured model cannot be loaded: the message names the model, why, and what to do."""


class UsageError(NewsbriefError):
    """The request itself is malformed (unknown language, bad option value)."""

    exit_code = 2
