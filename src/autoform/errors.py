"""Errors that speak to users: what went wrong, where (file:line:col), what to do."""

from __future__ import annotations

__all__ = ["CompileError", "KeptInOrderWarning"]


class KeptInOrderWarning(UserWarning):
    """An LM call waits for an earlier one whose result it does not use: the order is kept
    for safety (an effect, a statement that may fail or leave the function, a block).

    Issued once per such call when a function is compiled, at the call's own line. Silence
    it with ``warnings.filterwarnings("ignore", category=af.KeptInOrderWarning)``;
    ``autoform-compile FILE:FUNC --explain`` shows the whole picture.
    """


class CompileError(Exception):
    """A function cannot be compiled as written.

    The message names the user's file, line and column, the construct, and what to do::

        pipeline.py:12:4: `while` loops are not supported yet. Move the loop ...
    """

    def __init__(
        self,
        message: str,
        *,
        filename: str = "<unknown>",
        line: int = 0,
        column: int = 0,
        construct: str = "",
        hint: str = "",
    ) -> None:
        self.message = message
        self.filename = filename
        self.line = line
        self.column = column
        self.construct = construct
        self.hint = hint
        super().__init__(str(self))

    def __str__(self) -> str:
        where = f"{self.filename}:{self.line}:{self.column}" if self.line else self.filename
        text = f"{where}: {self.message}"
        return f"{text} {self.hint}" if self.hint else text

    def __reduce__(self):  # keep pickling (multiprocessing, pytest-xdist) working
        kwargs = dict(
            filename=self.filename,
            line=self.line,
            column=self.column,
            construct=self.construct,
            hint=self.hint,
        )
        return (_rebuild, (self.message, kwargs))


def _rebuild(message: str, kwargs: dict) -> CompileError:
    return CompileError(message, **kwargs)
