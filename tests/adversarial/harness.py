"""Run one program as written and compiled with `af.concurrent`, and list what differs.

Both runs start from a fresh import of the program's file and talk to the same kind of fake
LM client (deterministic replies, varied small delays so concurrent calls interleave, every
request recorded when it is sent). Compared: the value (or the exception's type and message),
stdout, stderr (a printed stack cut to the programs' own frames: `own_frames`), the
program's ``LOG`` list, its public plain-data globals, and, in runs that succeed, the exact
multiset of LM requests (in failing runs, every request the sequential run made must be made
too), and warnings other than `KeptInOrderWarning` (a coroutine never awaited). Each run
starts in a thread where an `asyncio.run` has run, as the compiled run's caller's has. A
`CompileError` at compile time whose message names the file and a line is a refusal, not a
discrepancy; one without file and line is an unlocated refusal; any other
failure raised inside autoform that the sequential run does not raise is a crash.
"""

from __future__ import annotations

import asyncio
import contextlib
import decimal
import gc
import importlib.util
import io
import itertools
import json
import logging
import re
import sys
import threading
import traceback
import warnings
import zlib
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType, SimpleNamespace
from typing import Any

import autoform as af

PROGRAMS = Path(__file__).resolve().parent / "programs"
AUTOFORM_DIR = str(Path(af.__file__).resolve().parent)
TIMEOUT = 10.0  # seconds a compiled run may take before it counts as hung
_PLAIN = (type(None), bool, int, float, str, bytes, list, dict, tuple, set, frozenset)
_counter = itertools.count()


class LMFailure(RuntimeError):
    """What the fake client raises for a prompt that contains one of the program's FAIL."""


# ======================================================================================
# FAKE CLIENT
# ======================================================================================


def _prompt(messages: Any) -> str:
    try:
        return json.dumps(messages, sort_keys=True, default=repr)
    except (TypeError, ValueError):
        return repr(messages)


class FakeClient:
    """LiteLLM's client shape. The reply echoes the model and the last message, so it is the
    same for the same request. Async replies wait 3-23 turns of the event loop: the earlier
    a request is sent among its neighbours, the longer it waits, so replies tend to come back
    out of order."""

    def __init__(self, fail: Any) -> None:
        self.fail = _fail_table(fail)
        self.requests: list[tuple[str, str]] = []
        self.lock = threading.Lock()
        self.in_flight = 0
        self.peak = 0  # most async requests in flight at once: the run did overlap calls

    def _answer(self, model: str, messages: Any) -> Any:
        text = _prompt(messages)
        for needle, exc in self.fail.items():
            if needle in text:
                raise exc(f"LM refused {needle!r}")
        try:
            last = str(messages[-1]["content"])
        except (IndexError, KeyError, TypeError):
            last = text
        reply = f"<{model}:{last[-40:]}>"
        return SimpleNamespace(choices=[SimpleNamespace(message=SimpleNamespace(content=reply))])

    def _record(self, model: str, messages: Any, kwargs: dict[str, Any]) -> int:
        # The extra keyword arguments (temperature, ...) are part of the request too.
        extra = f" {_prompt(kwargs)}" if kwargs else ""
        with self.lock:
            self.requests.append((str(model), _prompt(messages) + extra))
            return len(self.requests)

    def completion(self, *, model: str, messages: Any, **kwargs: Any) -> Any:
        self._record(model, messages, kwargs)
        return self._answer(model, messages)

    async def acompletion(self, *, model: str, messages: Any, **kwargs: Any) -> Any:
        sent = self._record(model, messages, kwargs)
        jitter = zlib.crc32(_prompt(messages).encode()) % 3
        # Counted in turns of the event loop, not in seconds: the same interleaving however
        # busy the machine is.
        self.in_flight += 1
        self.peak = max(self.peak, self.in_flight)
        try:
            for _ in range(3 * (7 - sent % 7) + jitter):
                await asyncio.sleep(0)
        finally:
            self.in_flight -= 1
        return self._answer(model, messages)


def _fail_table(fail: Any) -> dict[str, type[BaseException]]:
    if not fail:
        return {}
    if isinstance(fail, dict):
        return dict(fail)
    return {needle: LMFailure for needle in fail}


# ======================================================================================
# ONE RUN
# ======================================================================================


@dataclass
class Outcome:
    """What one run showed."""

    value: str | None = None  # repr of the result
    error: tuple[str, str] | None = None  # type name and message
    stdout: str = ""
    stderr: str = ""
    log: str | None = None
    state: dict[str, str] = field(default_factory=dict)
    requests: Counter = field(default_factory=Counter)
    peak: int = 0  # most LM requests in flight at once
    kept_in_order: list[str] = field(default_factory=list)
    runtime_warnings: list[str] = field(default_factory=list)
    ran: bool = True  # False when compiling failed: nothing else to compare
    refused: str | None = None  # a located CompileError at compile time
    unlocated: str | None = None  # a CompileError whose message names no file and line
    crash: str | None = None  # a failure inside autoform: the traceback's last frames


def load_fresh(path: Path) -> ModuleType:
    """Import ``path`` under a name of its own, so its module state starts fresh."""
    name = f"_adversarial_{path.stem}_{next(_counter)}"
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def _snapshot(module: ModuleType) -> dict[str, str]:
    state = {}
    for name, value in vars(module).items():
        if name.startswith("_") or name in ("ARGS", "FAIL", "CAUSE", "LOG"):
            continue
        if isinstance(value, _PLAIN):
            state[name] = _safe_repr(value)
    return state


def _safe_repr(value: Any) -> str:
    try:
        return repr(value)
    except Exception as exc:  # a repr that fails is itself something to compare
        return f"<repr failed: {type(exc).__name__}: {exc}>"


def _in_autoform(exc: BaseException) -> str | None:
    """The last frames of ``exc``'s traceback when it was raised inside autoform itself."""
    frames = traceback.extract_tb(exc.__traceback__)
    if not frames or not frames[-1].filename.startswith(AUTOFORM_DIR):
        return None
    first = next(i for i, f in enumerate(frames) if f.filename.startswith(AUTOFORM_DIR))
    shown = frames[max(first, len(frames) - 3) :]
    return "".join(traceback.format_list(shown)) + f"{type(exc).__name__}: {exc}"


def _logging_state() -> list[tuple[Any, int, bool, bool, list[Any], list[Any]]]:
    """Every logger's level, `disabled`, `propagate`, handlers and filters (a program's
    `dictConfig` disables the loggers it does not name; `basicConfig` sets the root's)."""
    loggers = [logging.getLogger()] + [
        lg for lg in logging.root.manager.loggerDict.values() if isinstance(lg, logging.Logger)
    ]
    return [
        (lg, lg.level, lg.disabled, lg.propagate, list(lg.handlers), list(lg.filters))
        for lg in loggers
    ]


def _restore_logging(state: list[tuple[Any, int, bool, bool, list[Any], list[Any]]]) -> None:
    for lg, level, disabled, propagate, handlers, filters in state:
        lg.setLevel(level)
        lg.disabled, lg.propagate = disabled, propagate
        lg.handlers[:], lg.filters[:] = handlers, filters


def run(path: Path, compiled: bool) -> Outcome:
    """Run the program at ``path`` once, as written or compiled."""
    out = Outcome()
    # Only what this run makes is collected at its end (to hear of coroutines never
    # awaited): earlier runs' objects are set aside, or each collection would take longer.
    gc.freeze()
    try:
        module = load_fresh(path)
    except BaseException:
        gc.unfreeze()
        raise
    # The compiled run's caller runs `asyncio.run`, which leaves this thread with no current
    # loop and one set before: what `asyncio.get_event_loop()` finds outside a running loop
    # depends on that past (README, known limits), so each run starts from it.
    asyncio.set_event_loop(None)
    client = FakeClient(getattr(module, "FAIL", None))
    args = getattr(module, "ARGS", ())  # fresh with the module; may hold its state on purpose
    stdout, stderr = io.StringIO(), io.StringIO()
    unraisable: list[str] = []
    old_hook = sys.unraisablehook
    sys.unraisablehook = lambda u: unraisable.append(f"{u.exc_type.__name__}: {u.exc_value}")
    # (a program may leave the thread's decimal context changed, or the root logger set up:
    # the next run starts afresh)
    old_decimal = decimal.getcontext().copy()
    old_logging = _logging_state()
    # (under pytest, its capture handlers take the root logger's records, and a record that
    # cannot be formatted is reported by none: each run writes as it does on its own)
    logging.root.handlers[:] = [
        h for h in logging.root.handlers if not type(h).__module__.startswith("_pytest")
    ]
    try:
        with (
            warnings.catch_warnings(record=True) as caught,
            contextlib.redirect_stdout(stdout),
            contextlib.redirect_stderr(stderr),
            af.lm_client(client),
        ):
            warnings.simplefilter("always")
            fn = module.main
            if compiled:
                try:
                    fn = af.concurrent(fn)
                except af.CompileError as exc:
                    if _located(exc, path):
                        out.refused = str(exc)
                    else:
                        out.unlocated = str(exc)
                    out.ran = False
                    return out
                except Exception as exc:
                    out.crash = _in_autoform(exc) or f"{type(exc).__name__}: {exc}"
                    out.ran = False
                    return out
            try:
                result = fn(*args)
                if asyncio.iscoroutine(result):
                    result = asyncio.run(_bounded(result) if compiled else result)
                out.value = _safe_repr(result)
            except KeyboardInterrupt:
                raise
            except BaseException as exc:  # CancelledError and SystemExit are results too
                if compiled and isinstance(exc, af.CompileError) and _located(exc, path):
                    out.refused = str(exc)  # refused when the run came to it, at its line
                    out.ran = False
                    return out
                out.error = (type(exc).__name__, str(exc))
                if compiled:
                    out.crash = _in_autoform(exc)
            del fn
            gc.collect()
        out.kept_in_order = [
            str(w.message) for w in caught if issubclass(w.category, af.KeptInOrderWarning)
        ]
        out.runtime_warnings = [
            f"{w.category.__name__}: {w.message}"
            for w in caught
            if not issubclass(w.category, af.KeptInOrderWarning)
            # LiteLLM loads on a thread of its own once a pipeline is compiled: what its
            # imports warn about (pydantic, in installed packages) is not the program's.
            and "site-packages" not in str(w.filename)
        ] + unraisable
    finally:
        gc.unfreeze()
        sys.unraisablehook = old_hook
        decimal.setcontext(old_decimal)
        _restore_logging(old_logging)
        sys.modules.pop(module.__name__, None)
    out.stdout = own_frames(stdout.getvalue())
    out.stderr = own_frames(stderr.getvalue())
    log = getattr(module, "LOG", None)
    out.log = _safe_repr(log) if log is not None else None
    out.state = _snapshot(module)
    out.requests = Counter(client.requests)
    out.peak = client.peak
    return out


# What a printed stack (not a traceback) starts with: `traceback.print_stack` and logging's
# `stack_info=True`, a handler's report of a record it could not format.
_STACK_HEADS = ("Stack (most recent call last):", "Call stack:")
_FRAME = re.compile(r'^  File "(?P<file>[^"]+)", line \d+, in ')


def own_frames(text: str) -> str:
    """``text`` with each printed stack cut to the programs' own frames. Above the function's
    frame a stack shows its caller's: the sequential run's calls it, the compiled run's
    awaits it (`asyncio.run`, the event loop, autoform's wrappers): not the program's doing.
    The program's own frames, and every traceback, are compared whole."""
    lines = text.splitlines(keepends=True)
    kept: list[str] = []
    in_stack = keep = False
    for line in lines:
        if line.rstrip("\n") in _STACK_HEADS:
            in_stack, keep = True, False
            kept.append(line)
            continue
        if in_stack:
            frame = _FRAME.match(line)
            if frame:
                keep = Path(frame["file"]).parent == PROGRAMS
                if keep:
                    kept.append(line)
                continue
            if line.startswith("    "):
                if keep:
                    kept.append(line)  # (the frame's source line)
                continue
            in_stack = False
        kept.append(line)
    return "".join(kept)


class Hung(Exception):
    """The compiled run did not finish within TIMEOUT seconds."""


async def _bounded(coro: Any) -> Any:
    # Awaited in the run's own task, as asyncio.run(coro) would: no task of the harness's.
    limit = asyncio.timeout(TIMEOUT)
    try:
        async with limit:
            return await coro
    except TimeoutError:
        if limit.expired():
            raise Hung(f"the compiled run took more than {TIMEOUT} s") from None
        raise  # the program's own TimeoutError


def _located(exc: af.CompileError, path: Path) -> bool:
    return bool(re.search(re.escape(path.name) + r":\d+", str(exc)))


# ======================================================================================
# COMPARE
# ======================================================================================


@dataclass
class Discrepancy:
    kind: str  # value exception stdout stderr log state requests warning crash unlocated-refusal
    detail: str


@dataclass
class Report:
    name: str
    cause: str
    discrepancies: list[Discrepancy]
    refused: str | None
    kept_in_order: int

    @property
    def ok(self) -> bool:
        return not self.discrepancies


def _short(text: Any, width: int = 110) -> str:
    text = str(text).replace("\n", "\\n")
    return text if len(text) <= width else text[: width - 3] + "..."


def _diff(a: Any, b: Any) -> str:
    return f"sequential {_short(a, 100)} | compiled {_short(b, 100)}"


def compare(seq: Outcome, conc: Outcome) -> list[Discrepancy]:
    """Every way the compiled run ``conc`` differs from the sequential ``seq``."""
    found: list[Discrepancy] = []
    if conc.crash and (conc.error is None or conc.error != seq.error):
        found.append(Discrepancy("crash", conc.crash))  # not the failure Python itself raises
    if conc.unlocated:
        found.append(Discrepancy("unlocated-refusal", conc.unlocated))
    if not conc.ran:
        return found
    if seq.error != conc.error:
        kind = "exception" if seq.error or conc.error else "value"
        found.append(Discrepancy(kind, _diff(seq.error or seq.value, conc.error or conc.value)))
    elif seq.value != conc.value:
        found.append(Discrepancy("value", _diff(seq.value, conc.value)))
    for kind in ("stdout", "stderr", "log", "state"):
        a, b = getattr(seq, kind), getattr(conc, kind)
        if a != b:
            if kind == "state":
                keys = sorted(k for k in {*a, *b} if a.get(k) != b.get(k))
                a = {k: a.get(k) for k in keys}
                b = {k: b.get(k) for k in keys}
            found.append(Discrepancy(kind, _diff(a, b)))
    if seq.error is None and conc.error is None:
        if seq.requests != conc.requests:
            missing = seq.requests - conc.requests
            extra = conc.requests - seq.requests
            found.append(Discrepancy("requests", f"missing {_reqs(missing)} extra {_reqs(extra)}"))
    else:
        missing = seq.requests - conc.requests
        if missing:
            found.append(Discrepancy("requests", f"missing {_reqs(missing)}"))
    if conc.runtime_warnings != seq.runtime_warnings:
        found.append(Discrepancy("warning", _diff(seq.runtime_warnings, conc.runtime_warnings)))
    return found


def _reqs(c: Counter) -> str:
    return _short([f"{m}:{p}" for m, p in sorted(c.elements())], 150) if c else "[]"


def check(path: Path) -> Report:
    """Run ``path`` both ways and report what differs."""
    seq = run(path, compiled=False)
    conc = run(path, compiled=True)
    module_cause = _declared_cause(path)
    return Report(
        path.stem, module_cause, compare(seq, conc), conc.refused, len(conc.kept_in_order)
    )


def _declared_cause(path: Path) -> str:
    m = re.search(r"^CAUSE\s*=\s*['\"]?([\w:./ -]+?)['\"]?\s*(#.*)?$", path.read_text(), re.M)
    return m.group(1) if m else "?"


def programs() -> list[Path]:
    return sorted(PROGRAMS.glob("*.py"))
