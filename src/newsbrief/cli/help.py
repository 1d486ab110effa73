"""Help that reads well at 80 columns: value names instead of Python type names.

Typer's rich help shows a type column (`<str>`, `<bool>`, `<list[str]>`) beside every option.
The command and group classes here (passed as ``cls=``) show instead what a user types: the
option's metavar (LANG, YYYY-MM-DD), the choices (``json|markdown|text``), N for a number, and
nothing for a flag or an argument (whose name is already in its own column). Help text is
Markdown (``rich_markup_mode="markdown"``), so docstrings reflow at any width.
"""

from __future__ import annotations

from typing import Any

from typer.core import TyperArgument, TyperCommand, TyperGroup, TyperOption


class _Argument(TyperArgument):
    def display_type_rich(self, ctx: Any) -> str | None:
        return None

    def _usage_display_name(self) -> str:
        # "FILE" for a required argument, "[FILE]" for an optional one, as most tools write it
        name = self.display_name_raw
        return name if self.required else f"[{name}]"


class _Option(TyperOption):
    def display_type_rich(self, ctx: Any) -> str | None:
        if self.metavar is not None:
            return self.metavar or None
        if self.is_flag or self.count:
            return None
        desc = self.type_descriptor
        if desc.choices:
            return "|".join(str(getattr(c, "value", c)) for c in desc.choices)
        if desc.annotation in (int, float):
            return "N"
        return self.name.upper() if self.name else None


def _plain(params: list[Any]) -> list[Any]:
    for param in params:
        if isinstance(param, TyperArgument) and not isinstance(param, _Argument):
            param.__class__ = _Argument
        elif isinstance(param, TyperOption) and not isinstance(param, _Option):
            param.__class__ = _Option
    return params


class Command(TyperCommand):
    """A command whose help names values, not types."""

    def get_params(self, ctx: Any) -> list[Any]:
        return _plain(super().get_params(ctx))

    def collect_usage_pieces(self, ctx: Any) -> list[str]:
        _plain(self.get_params(ctx))
        return super().collect_usage_pieces(ctx)


class Group(TyperGroup):
    """A command group whose own options are shown the same way."""

    def get_params(self, ctx: Any) -> list[Any]:
        return _plain(super().get_params(ctx))


def examples(*lines: str) -> str:
    """An epilog listing example command lines (the app's help is in Markdown mode)."""
    return "**Examples**\n\n" + "\n\n".join(f"$ {line}" for line in lines) + "\n"
