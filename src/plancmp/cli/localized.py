"""Help and usage errors in the user's language (plancmp.i18n).

Typer's vendored Click writes its own words (Usage:, Options, Error:, No such option …)
in English and does not ask gettext for them. These command classes write them through
`_()` instead, and translate the commands' and options' help when help is shown — so the
catalog is read only when help or an error is about to be printed. In English every
method falls through to Typer's own, unchanged.
"""

import re
import sys
import unicodedata
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, NoReturn

import typer
from typer._click.core import Command as ClickCommand
from typer._click.formatting import HelpFormatter as ClickFormatter
from typer.core import TyperCommand, TyperGroup

from plancmp.i18n import N_, _, chinese

if TYPE_CHECKING:
    from typer._click import Context
    from typer._click.exceptions import ClickException

CLICK_WORDS = (N_("Show this message and exit."),)
"""Help text Click itself gives to an option, translated like ours."""

CLICK_ERRORS = (
    (r"No such option: (?P<name>\S+) \(Possible options: (?P<choices>.+)\)$",
     N_("No such option: {name} (did you mean {choices}?)")),
    (r"No such option: (?P<name>\S+)$", N_("No such option: {name}")),
    (r"No such command (?P<name>.+?)\. Did you mean (?P<choices>.+)\?$",
     N_("No such command {name}. Did you mean {choices}?")),
    (r"No such command (?P<name>.+?)\.$", N_("No such command {name}.")),
    (r"Missing argument (?P<name>.+?)\.$", N_("Missing argument {name}.")),
    (r"Missing option (?P<name>.+?)\.$", N_("Missing option {name}.")),
    (r"Option (?P<name>.+?) requires an argument\.$",
     N_("Option {name} requires an argument.")),
    (r"Option (?P<name>.+?) does not take a value\.$",
     N_("Option {name} does not take a value.")),
    (r"Got unexpected extra arguments? \((?P<words>.*)\)$",
     N_("Got unexpected extra argument(s): {words}")),
    (r"(?s)Invalid value for (?P<name>.+?): (?P<value>.+?) is not one of (?P<choices>.+?)\.?$",
     N_("Invalid value for {name}: {value} is not one of {choices}.")),
    (r"Invalid value for (?P<name>.+?): (?P<value>.+?) is not a valid (?:integer|int)(?: range)?\.$",
     N_("Invalid value for {name}: {value} is not a whole number.")),
    (r"Invalid value for (?P<name>.+?): (?P<value>.+?) is not in the range (?P<range>.+?)\.$",
     N_("Invalid value for {name}: {value} is not in the range {range}.")),
    (r"(?s)Invalid value for (?P<name>.+?): (?P<problem>.+)$",
     N_("Invalid value for {name}: {problem}")),
)  # fmt: skip
"""Click's usage errors as it words them, and the same message with stable words to
translate; a message none of these match is shown as Click gave it."""

HELP_EXTRAS = (
    (r"default: (?P<default>.*)$", N_("default: {default}")),
    (r"env var: (?P<var>.*)$", N_("env var: {var}")),
    (r"required$", N_("required")),
)  # fmt: skip


def translated(message: str, patterns: tuple[tuple[str, str], ...]) -> str:
    """The first pattern that matches `message` gives its translation; none, the message."""
    if not chinese():
        return message
    for pattern, words in patterns:
        found = re.match(pattern, message)  # compiled on first use, and cached by re
        if found:
            return _(words).format(**found.groupdict())
    return message


def _extras(help_text: str) -> str:
    """Typer's `[default: …; required]` after an option's help, in the user's language."""
    found = re.search(r"\[([^\[\]]*)\]$", help_text)
    if found is None:
        return help_text
    parts = [translated(p, HELP_EXTRAS) for p in found.group(1).split("; ")]
    return help_text[: found.start()] + "[" + "；".join(parts) + "]"


USAGE_WORDS = (N_("[OPTIONS]"), N_("COMMAND [ARGS]..."))
"""Click's placeholders in a usage line, translated like our words."""


def _usage_piece(piece: str) -> str:
    """A usage line's piece as a reader expects it: a required argument bare (`PATH`, where
    Typer prints `{PATH}`, which reads as a set of choices), Click's placeholders in the
    user's language."""
    if piece.startswith("{") and piece.endswith("}"):
        return piece[1:-1]
    return _(piece) if piece in USAGE_WORDS else piece


def _write_usage(command: Any, ctx: "Context", formatter: "ClickFormatter") -> None:
    pieces = [_usage_piece(p) for p in command.collect_usage_pieces(ctx)]
    formatter.write_usage(ctx.command_path, " ".join(pieces), prefix=_("Usage: "))


def _translate_help(command: Any, ctx: "Context") -> None:
    """The command's and its parameters' help, translated in place before it is shown."""
    if command.help:
        command.help = _(command.help)
    for param in command.get_params(ctx):
        if getattr(param, "help", None):
            param.help = _(param.help)


def _write_options(command: Any, ctx: "Context", formatter: "ClickFormatter") -> None:
    """Typer's Arguments and Options sections, with translated headings and extras."""
    rows: dict[str, list[tuple[str, str]]] = {"argument": [], "option": []}
    for param in command.get_params(ctx):
        record = param.get_help_record(ctx)
        if record is not None and param.param_type_name in rows:
            rows[param.param_type_name].append((record[0], _extras(record[1])))
    for kind, heading in (("argument", _("Arguments")), ("option", _("Options"))):
        if rows[kind]:
            with formatter.section(heading):
                formatter.write_dl(rows[kind])


def short_help(text: str | None) -> str:
    """The first sentence of a translated help text, for the list of commands."""
    first = (text or "").split("\n\n")[0].replace("\n", "")
    return first.split("。")[0] + ("。" if "。" in first else "")


_TOKENS = r"\s+|[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]|[^\s\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]+"
_NO_LINE_START = set("，。、；：！？）》」』”’")
_NO_LINE_END = set("（《「『“‘")


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def wrap(text: str, width: int) -> list[str]:
    """Lines of at most `width` columns: Chinese may break between any two characters
    (never before closing punctuation), other text between words. Click counts
    characters, and a Chinese character takes two columns."""
    lines: list[str] = []
    line = ""
    for token in re.findall(_TOKENS, " ".join(text.split())):
        if token.isspace():
            line += " " if line else ""
        elif line and _width(line + token) > width and token[0] not in _NO_LINE_START:
            carry = line[-1] if line[-1] in _NO_LINE_END and len(line) > 1 else ""
            lines.append(line[: len(line) - len(carry)].rstrip())
            line = carry + token
        else:
            line += token
    return [*lines, line.rstrip()] if line.strip() else lines


class Formatter(ClickFormatter):
    """Click's help formatter, wrapping Chinese text by the columns it takes."""

    def write_heading(self, heading: str) -> None:
        if not chinese():
            return super().write_heading(heading)
        self.write(f"{'':>{self.current_indent}}{heading}：\n")  # as 用法： is written

    def write_text(self, text: str) -> None:
        if not chinese():
            return super().write_text(text)
        indent = " " * self.current_indent
        for n, paragraph in enumerate(text.split("\n\n")):
            self.write("\n" if n else "")
            for line in wrap(paragraph, max(self.width - self.current_indent, 11)):
                self.write(f"{indent}{line}\n")

    def write_dl(
        self, rows: Sequence[tuple[str, str]], col_max: int = 30, col_spacing: int = 2
    ) -> None:
        if not chinese():
            return super().write_dl(rows, col_max, col_spacing)
        first_col = min(max(_width(a) for a, _ in rows), col_max) + col_spacing
        left = " " * (first_col + self.current_indent)
        for first, second in rows:
            self.write(f"{'':>{self.current_indent}}{first}")
            lines = wrap(second, max(self.width - first_col - 2, 10))
            if _width(first) > first_col - col_spacing and lines:
                self.write(f"\n{left}")
            else:
                self.write(" " * (first_col - _width(first)))
            self.write(f"{lines[0] if lines else ''}\n")
            for line in lines[1:]:
                self.write(f"{left}{line}\n")


class LocalContext(typer.Context):
    formatter_class = Formatter


class _LocalHelp(ClickCommand):
    """Usage and help in the user's language, for a command and for the app alike: placed
    before Typer's class, so that `super()` is Typer's own."""

    context_class = LocalContext

    def format_usage(self, ctx: "Context", formatter: "ClickFormatter") -> None:
        _write_usage(self, ctx, formatter)

    def format_help(self, ctx: "Context", formatter: "ClickFormatter") -> None:
        if chinese():
            _translate_help(self, ctx)
        super().format_help(ctx, formatter)


class Command(_LocalHelp, TyperCommand):
    """A command whose help speaks the user's language."""

    def format_options(self, ctx: "Context", formatter: "ClickFormatter") -> None:
        # Here, not in _LocalHelp: click's own format_options is abstract.
        if not chinese():
            return super().format_options(ctx, formatter)
        _write_options(self, ctx, formatter)


class Group(_LocalHelp, TyperGroup):
    """The app: its help and Click's usage errors in the user's language."""

    def format_options(self, ctx: "Context", formatter: "ClickFormatter") -> None:
        if not chinese():
            return super().format_options(ctx, formatter)
        _write_options(self, ctx, formatter)
        rows = []
        for name in self.list_commands(ctx):
            command = self.get_command(ctx, name)
            if command is not None and not command.hidden:
                rows.append((name, short_help(_(command.help or ""))))
        if rows:
            with formatter.section(_("Commands")):
                formatter.write_dl(rows)

    def main(self, *args: Any, **kwargs: Any) -> Any:
        """In Chinese, Click's usage errors are shown here, in Chinese, not by Click."""
        if not chinese() or kwargs.get("standalone_mode", True) is False:
            return super().main(*args, **kwargs)
        from typer._click.exceptions import ClickException

        try:
            code = super().main(*args, **{**kwargs, "standalone_mode": False})
        except ClickException as exc:
            show_error(exc)
        except typer.Abort:
            typer.echo(_("Aborted!"), err=True)
            sys.exit(1)
        sys.exit(code if isinstance(code, int) else 0)


def show_error(exc: "ClickException") -> NoReturn:
    """What Click's `show()` prints, in the user's language; then its exit code."""
    from typer._click.exceptions import NoArgsIsHelpError

    if isinstance(exc, NoArgsIsHelpError):
        exc.show()
        sys.exit(exc.exit_code)
    ctx = getattr(exc, "ctx", None)
    if ctx is not None:
        hint = ""
        if ctx.command.get_help_option(ctx) is not None:
            hint = _("Try '{command} {option}' for help.").format(
                command=ctx.command_path, option=ctx.help_option_names[0]
            )
            hint += "\n"
        typer.echo(f"{ctx.get_usage()}\n{hint}", err=True)
    message = translated(exc.format_message(), CLICK_ERRORS)
    typer.echo(_("Error: {message}").format(message=message), err=True)
    sys.exit(exc.exit_code)
