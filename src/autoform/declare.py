"""Declarations users make about their own code: `pure`."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar, overload

from .analysis.knowledge import declare_pure

__all__ = ["pure"]

F = TypeVar("F", bound=Callable[..., Any])


@overload
def pure(fn: F, *, raises: bool = True) -> F: ...
@overload
def pure(fn: None = None, *, raises: bool = True) -> Callable[[F], F]: ...


def pure(fn: Any = None, *, raises: bool = True) -> Any:
    """Declare ``fn`` a pure function of its arguments: it reads only them (no module
    state), changes nothing anyone could see and makes no LM call. Compiled pipelines then
    treat a call of it like ``len`` or ``json.loads``: it does not hold back other calls,
    and it does not stop a loop fanning out. ``raises=False`` says it never raises either,
    so a call whose prompt it builds need not wait for the calls before it. Use it as a
    decorator (``@af.pure``, ``@af.pure(raises=False)``) or call it on a function you
    import; it returns ``fn`` unchanged. Declaring what is not so makes the compiled
    program differ from yours.

    >>> import autoform as af
    >>> @af.pure
    ... def first_line(text: str) -> str:
    ...     return text.splitlines()[0]
    >>> first_line("a\\nb")
    'a'
    """
    if fn is None:
        return lambda f: pure(f, raises=raises)
    module = getattr(fn, "__module__", None)
    qualname = getattr(fn, "__qualname__", None)
    if not module or not qualname:
        raise TypeError(f"af.pure needs a function or a class, not {fn!r}")
    declare_pure(f"{module}.{qualname}", may_raise=raises)
    return fn
