"""What every stage of one function's compilation shares: `CompileContext`.

Made once per function by the compiler, before the first body is cut into steps, and
passed as the first argument of every stage after it. It holds facts about the whole
function (never about one body): the source, the call table (whose `rebuilt` hook every
transform tells of the nodes it makes), the namer, the scope, the resolver, and the origins
of emitted statements, which the emitter fills for the loader.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

import libcst as cst

from ..ir import Origins
from ..source import FunctionSource
from ..syntax.naming import Namer
from .calls import CallTable, Resolver
from .names import variables
from .scope import Scope
from .unseen import Unseen

__all__ = ["CompileContext"]


@dataclass
class CompileContext:
    src: FunctionSource
    resolver: Resolver
    scope: Scope
    calls: CallTable
    namer: Namer
    local: frozenset[str]  # every name the function binds, declared globals left out
    params: tuple[str, ...]
    runtime: str  # the runtime module's alias in the generated code
    immutable: frozenset[str] = frozenset()  # parameters annotated `str`, `int`, ...
    origins: Origins = field(default_factory=Origins)  # filled by the emitter
    unseen: Unseen = field(default_factory=Unseen)  # what the module does unseen
    _everywhere: Counter[str] = field(default_factory=Counter, repr=False)

    def __post_init__(self) -> None:
        self._everywhere = Counter(n.value for n in variables(self.src.func.body))

    @property
    def pinned(self) -> frozenset[str]:
        """Names that keep one identifier throughout: read or rebound by a nested function,
        bound by ``:=`` or unbound by ``del``, shown by name in ``f"{x=}"`` (like names
        bound inside blocks)."""
        s = self.scope
        return s.captured | s.closure_writes | s.rebound | s.shown

    def mentioned_elsewhere(self, node: cst.CSTNode) -> set[str]:
        """The names the function mentions outside ``node``."""
        inside = Counter(n.value for n in variables(node))
        return {name for name, k in self._everywhere.items() if k > inside[name]}
