"""Output in program order from code that runs ahead of it: turns.

A task that runs ahead of its place in program order (an item of a fanned-out loop, a call
of a helper whose only effect is output, started before the statements above it are done)
runs with a `Turn` of its own in a context variable. Its output (``print``, ``logging``)
goes through ``await _af.output(fn, *args)``:

- outside any turn, or once the task's turn has come, it is written at once;
- before its turn, a call whose replay later is indistinguishable is held in the turn (the
  function and its already evaluated arguments) and written, in order, when the turn comes:
  ``print`` without ``file=`` (``sys.stdout`` is looked up then, as the sequential print
  would), a `logging.Logger`'s ``debug``/``info``/``warning``/``error``/``critical``/``log``
  and the module's functions of those names, with no keyword arguments, every argument of
  an immutable builtin type (str, int, float, bool, None, bytes, tuples of those). A logging
  record keeps the caller's file, line and function, but carries the time it is written;
- any other output (``log.exception``, ``exc_info=``, ``print(items)`` of a list, ``file=``)
  waits for the turn, holding its task back there, and is written then.

Who grants a turn: the body that started the task, when it reaches the task's place in
program order and every statement before it is done (`runtime.TaskScope`: where the result
is taken; `runtime.fan_out`: item k's turn once item k - 1 is collected). Granting writes
what the turn holds into the enclosing turn (itself perhaps still waiting), then lets the
task write straight through. A turn that never comes (an earlier item or call failed) is
dropped with what it holds: the sequential run never wrote it. A held call that fails when
written (a closed stdout) is the task's failure, raised where its turn came.
"""

from __future__ import annotations

import builtins
import sys
from collections.abc import Callable, Generator
from contextvars import ContextVar
from typing import TYPE_CHECKING, Any, cast

from .contexts import own, started
from .generated import is_generated
from .guards import takes_plainly
from .hiding import PLUMBING, call_hidden, shown

if TYPE_CHECKING:
    import asyncio
    from types import FrameType

__all__ = ["Turn", "come", "current", "output", "running", "waiting"]

PLUMBING.add(__file__)  # (its frames leave a traceback as it leaves a wrapper: `hiding`)


class Turn:
    """What a task running ahead of its place writes, held until its turn comes."""

    __slots__ = ("dead", "granted", "held", "parent", "reached")

    def __init__(self, parent: Turn | None) -> None:
        self.parent = parent  # the turn of the code that started the task
        self.granted = False
        self.dead = False  # a held call failed when written: write nothing more
        self.held: list[_Held] = []
        self.reached: asyncio.Future[None] | None = None  # made for output that waits

    def grant(self) -> None:
        """The task's place in program order is reached: write what it holds (into the
        enclosing turn, if that one's has not come), and let it write from now on. Raises
        what a held call raised when written (nothing after it is written)."""
        if self.granted or self.dead:
            return
        target = waiting(self.parent)
        held, self.held = self.held, []
        self.granted = True
        try:
            for entry in held:
                if target is None:
                    entry.write()
                elif not target.dead:
                    target.held.append(entry)
        except BaseException:
            self.granted = False
            self.dead = True
            raise
        finally:
            if self.reached is not None and not self.reached.done():
                self.reached.set_result(None)

    async def reach(self) -> None:
        """Wait until the turn has come (or the task is cancelled)."""
        import asyncio

        if self.reached is None:
            self.reached = asyncio.get_running_loop().create_future()
        if not self.granted:
            await asyncio.shield(self.reached)


# The turn of the task running now (None: no task runs ahead here; write at once).
_TURN: ContextVar[Turn | None] = own(ContextVar("autoform_turn", default=None))


def current() -> Turn | None:
    return _TURN.get()


def running(turn: Turn | None) -> Any:
    """A context to run a task in with ``turn`` as its own: ``create_task(c, context=...)``.
    What the task sets there is carried to the code taking its result (`contexts.carry`)."""
    context = started()
    context.run(_TURN.set, turn)
    return context


def waiting(turn: Turn | None) -> Turn | None:
    """The innermost turn, from ``turn`` outwards, that has not come: where output goes
    (None: nowhere to wait, it is written at once)."""
    while turn is not None and turn.granted:
        turn = turn.parent
    return turn


def output(fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Any:
    """``await _af.output(log.info, "Step %d", i)``: ``log.info("Step %d", i)`` in turn."""
    turn = waiting(_TURN.get())
    if turn is None:
        return _Done(fn(*args, **_caller_is_the_generated_code(fn, kwargs)))
    if turn.dead:
        return _Done(None)  # (its task is being cancelled: it writes nothing more)
    held = _holdable(fn, args, kwargs)
    if held is not None:
        turn.held.append(held)
        return _Done(None)
    return shown(_when_in_turn(fn, args, kwargs))


def output_in_order(fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Any:
    """``await _af.output_in_order(log.info, "x=%s", x)``: `output` where a failure may be
    caught (a ``try`` body with handlers, a ``with`` body, a helper's in-order twin), never
    held: written in its turn, so a failure of the write (a handler that raises, a closed
    stream) is raised there, where the ``except`` around it takes it."""
    turn = waiting(_TURN.get())
    if turn is None:
        return _Done(fn(*args, **_caller_is_the_generated_code(fn, kwargs)))
    if turn.dead:
        return _Done(None)
    return shown(_when_in_turn(fn, args, kwargs))


async def come() -> None:
    """Wait, in a task running ahead of its place, for its turn: what it does next runs the
    user's code (a client formatting an object in an LM call's messages runs its
    ``__str__``), which the sequential run does only once every statement before has run.
    A turn that will never come (an earlier item failed) means the task is being cancelled:
    it ends here."""
    while (turn := waiting(_TURN.get())) is not None:
        if turn.dead:
            import asyncio

            raise asyncio.CancelledError
        await turn.reach()


async def _when_in_turn(fn: Callable[..., Any], args: Any, kwargs: dict[str, Any]) -> Any:
    while (turn := waiting(_TURN.get())) is not None:
        if turn.dead:
            return None
        await turn.reach()
    # A logging call names the generated code awaiting this, past the frames between
    # (`hiding.shown`'s steps) and `call_hidden`'s own.
    hops, frame = 1, cast("FrameType | None", sys._getframe(1))
    while frame is not None and not is_generated(frame.f_code):
        hops, frame = hops + 1, frame.f_back
    return call_hidden(fn, *args, **_caller_is_the_generated_code(fn, kwargs, hops if frame else 1))


class _Done:
    """An awaitable of a value there already: awaiting it does not suspend."""

    __slots__ = ("value",)

    def __init__(self, value: Any) -> None:
        self.value = value

    def __await__(self) -> Generator[Any, None, Any]:
        return self.value
        yield  # (a generator: awaiting it returns at once)


# -- what may be held ----------------------------------------------------------------------

_PLAIN = frozenset({str, int, float, bool, type(None), bytes, complex})


def _plain(value: Any) -> bool:
    """An immutable builtin value: written later, it reads the same."""
    kind = type(value)
    return kind in _PLAIN or (kind is tuple and all(map(_plain, value)))


_PRINT_OPTIONS = frozenset({"sep", "end", "flush"})
_LEVEL_NAMES = ("debug", "info", "warning", "error", "critical")


class _Held:
    __slots__ = ("args", "caller", "fn", "kwargs", "level", "logger", "module")

    def __init__(self, fn: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any]):
        self.fn = fn
        self.args = args
        self.kwargs = kwargs
        self.logger: Any = None  # a logging call's logger, and its level
        self.level = 0
        self.module = False  # called as the logging module's function
        self.caller: tuple[str, int, str] = ("", 0, "")

    def write(self) -> None:
        # (a handler, a record factory, a logger's `makeRecord`: the user's code)
        call_hidden(self._write)

    def _write(self) -> None:
        if self.logger is None:
            self.fn(*self.args, **self.kwargs)
            return
        import logging

        logger = self.logger
        if self.module and not logging.root.handlers:
            logging.basicConfig()  # as the module's functions do
        if not logger.isEnabledFor(self.level):
            return
        msg, *rest = self.args if self.fn.__name__ != "log" else self.args[1:]
        filename, line, func = self.caller
        record = logger.makeRecord(
            logger.name, self.level, filename, line, msg, tuple(rest), None, func, None, None
        )
        logger.handle(record)


def _holdable(
    fn: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any]
) -> _Held | None:
    """``fn(*args, **kwargs)`` as a call to write later, if writing it later is the same."""
    if not all(map(_plain, args)) or not all(map(_plain, kwargs.values())):
        return None
    if fn is builtins.print:
        # (to a stream of the standard library's now: one set up in the function, a `Tee`
        # of the user's, runs their code as it writes)
        if not _PRINT_OPTIONS.issuperset(kwargs) or not takes_plainly("stdout"):
            return None
        return _Held(fn, args, kwargs)
    logging = sys.modules.get("logging")
    if logging is None or kwargs:
        return None
    logger, level = _logger_call(logging, fn, args)
    if logger is None or not takes_plainly(logger):
        return None  # (a handler, filter or formatter of the user's: their code runs as it logs)
    if not _formats(args[1:] if getattr(fn, "__name__", "") == "log" else args):
        # Its handler reports the failure with the stack that writes it: the code in its
        # place writes it, its turn come.
        return None
    held = _Held(fn, args, kwargs)
    held.logger, held.level, held.module = logger, level, fn is getattr(logging, fn.__name__)
    if logging._srcfile:  # type: ignore[attr-defined]
        frame = sys._getframe(2)  # the generated code calling `output`
        held.caller = (frame.f_code.co_filename, frame.f_lineno, frame.f_code.co_name)
    else:
        held.caller = ("(unknown file)", 0, "(unknown function)")
    return held


def _formats(args: tuple[Any, ...]) -> bool:
    """Does a log record of ``msg, *args`` (plain values: no one's code runs) make its
    message as `logging.LogRecord.getMessage` does?"""
    msg, *rest = args
    try:
        if rest:
            str(msg) % tuple(rest)  # (no mapping: a dict is not plain)
        else:
            str(msg)
    except Exception:
        return False
    return True


def _logger_call(logging: Any, fn: Any, args: tuple[Any, ...]) -> tuple[Any, int]:
    """(the logger, the level) of a plain logging call: a `logging.Logger`'s method, none
    of whose parts a subclass changed, or the module's function; (None, 0) otherwise."""
    name = getattr(fn, "__name__", "")
    if name == "log":
        if not args or type(args[0]) is not int or len(args) < 2:
            return None, 0
        level = args[0]
    elif name in _LEVEL_NAMES and args:
        level = getattr(logging, name.upper())
    else:
        return None, 0
    if fn is getattr(logging, name, None):
        return logging.root, level
    logger = getattr(fn, "__self__", None)
    kind = type(logger)
    if not isinstance(logger, logging.Logger) or getattr(fn, "__func__", None) is not getattr(
        logging.Logger, name
    ):
        return None, 0
    for part in (name, "_log", "findCaller", "isEnabledFor"):
        if getattr(kind, part) is not getattr(logging.Logger, part):
            return None, 0
    return logger, level


def _caller_is_the_generated_code(fn: Any, kwargs: dict[str, Any], hops: int = 0) -> dict[str, Any]:
    """A logging call made here names, as its caller, the generated code that called
    `output` (one frame further out, and ``hops`` more), as the call written there would."""
    logging = sys.modules.get("logging")
    if logging is None:
        return kwargs
    name = getattr(fn, "__name__", "")
    own = getattr(logging.Logger, name, None)
    if name not in (*_LEVEL_NAMES, "log", "exception", "warn") or not (
        fn is getattr(logging, name, None)
        or (
            isinstance(getattr(fn, "__self__", None), logging.Logger)
            and getattr(fn, "__func__", None) is own
        )
    ):
        return kwargs
    return {**kwargs, "stacklevel": kwargs.get("stacklevel", 1) + 1 + hops}
