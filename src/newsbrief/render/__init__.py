"""Every printed format of every task: the one place the text users see is made."""

from .brief import country_name, format_date, format_when, render, to_json

__all__ = ["country_name", "format_date", "format_when", "render", "to_json"]
