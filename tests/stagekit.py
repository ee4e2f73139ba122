"""Running the compiler's stages one at a time, for the per-stage tests.

`parse` writes a small module to a temporary directory and returns the function's source
and a static resolver (the CLI's: nothing of the module runs). `run` takes it through the
stages up to the one named, exactly as `compiler.compile_function` and `compile_body` chain
them, and returns what each stage produced, so that a test can call the next stage itself
on those records. `compile_source` runs the whole pipeline (for the emitter's before/after
pairs).
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import libcst as cst

from autoform.analysis.activity import analyse_activity, pinned_names
from autoform.analysis.aliasing import immutable_parameters, str_parameters
from autoform.analysis.calls import annotate_calls, local_names
from autoform.analysis.context import CompileContext
from autoform.analysis.effects import analyse_effects
from autoform.analysis.graph import build_graph
from autoform.analysis.loops import FanOut, analyse_loops
from autoform.analysis.names import variables
from autoform.analysis.raises import analyse_raises
from autoform.analysis.resolvers import StaticResolver
from autoform.analysis.scope import function_scope
from autoform.analysis.unsupported import check_nested, check_supported
from autoform.compiler import RUNTIME_ALIAS, Compiled, compile_function, parameters
from autoform.ir import Activity, Effects, Entry, Facts, Graph, Origins, Safety, Step
from autoform.normalize import linearize
from autoform.schedule import Plan, schedule
from autoform.source import FunctionSource, from_file, iter_functions
from autoform.syntax.naming import Namer

__all__ = [
    "HEADER",
    "LM",
    "STAGES",
    "Staged",
    "code",
    "compile_def",
    "compile_source",
    "context",
    "module_text",
    "parse",
    "run",
]

HEADER = "import autoform as af\n\n\n"
# An LM call on one prompt: ``LM.format("topic")``.
LM = 'af.lm_call([{{"role": "user", "content": {}}}], model="m")'

STAGES = ("normalize", "activity", "loops", "effects", "raises", "graph", "schedule")


def module_text(body: str, signature: str = "topic: str", extra: str = "") -> str:
    """A module importing autoform, ``extra`` (helpers), then ``def pipeline(signature):``
    with ``body`` (dedented) as its body."""
    return (
        HEADER
        + extra
        + f"def pipeline({signature}):\n"
        + textwrap.indent(textwrap.dedent(body), "    ")
    )


def parse(
    tmp_path: Path, body: str, signature: str = "topic: str", extra: str = ""
) -> tuple[FunctionSource, StaticResolver]:
    """The function ``pipeline`` from a module written to ``tmp_path``, and its resolver."""
    text = module_text(body, signature, extra)
    path = tmp_path / "mod.py"
    path.write_text(text)
    module = cst.parse_module(text)
    return from_file(path, "pipeline", module), StaticResolver(module, "mod")


def context(src: FunctionSource, resolver: StaticResolver) -> CompileContext:
    """Stages 1-3 (check, scope, calls) and the context, as `compile_function` makes them."""
    func = src.func
    params = parameters(func)
    check_supported(src)
    scope = function_scope(func)
    local = local_names(func) - scope.declared
    calls = annotate_calls(src, resolver, local)
    check_nested(src, calls)
    namer = Namer({n.value for n in variables(func.body)} | local | set(params))
    return CompileContext(
        src,
        resolver,
        scope,
        calls,
        namer,
        local,
        tuple(params),
        namer.prefer(RUNTIME_ALIAS),
        immutable=frozenset(immutable_parameters(func)),
        origins=Origins(),
    )


@dataclass
class Staged:
    """What the stages made of the function's own body, up to the last one run."""

    ctx: CompileContext
    entry: Entry
    on_entry: Sequence[str] = ()
    pinned: frozenset[str] = frozenset()
    docstring: cst.BaseExpression | None = None
    steps: list[Step] = field(default_factory=list)
    activity: tuple[Activity, ...] = ()
    fanouts: dict[int, FanOut] = field(default_factory=dict)
    effects: tuple[Effects, ...] = ()
    safety: tuple[Safety, ...] = ()
    graph: Graph | None = None
    plan: Plan | None = None

    @property
    def immutable(self) -> set[str]:
        return set(self.ctx.immutable - self.pinned)

    @property
    def facts(self) -> tuple[Facts, ...]:
        """Each step with the records made so far (later ones at their defaults)."""
        n = len(self.steps)
        act = self.activity or (Activity(),) * n
        eff = self.effects or (Effects(),) * n
        saf = self.safety or (Safety(),) * n
        return tuple(Facts(*r) for r in zip(self.steps, act, eff, saf, strict=True))

    @property
    def codes(self) -> list[str]:
        return [code(s.node) for s in self.steps]


def run(
    tmp_path: Path,
    body: str,
    until: str,
    signature: str = "topic: str",
    extra: str = "",
) -> Staged:
    """The function's own body through the stages up to ``until`` (one of `STAGES`),
    included; ``compile_body``'s order, one stage at a time."""
    last = STAGES.index(until)
    ctx = context(*parse(tmp_path, body, signature, extra))
    entry = Entry(
        frozenset(ctx.params), frozenset(str_parameters(ctx.src.func)), sequential=False, top=True
    )
    s = Staged(ctx, entry)
    assert isinstance(ctx.src.func.body, cst.IndentedBlock)
    s.docstring, s.steps = linearize(
        ctx, ctx.src.func.body.body, docstring_allowed=True, bound=entry.bound
    )
    if last < 1:
        return s
    s.on_entry = ctx.params
    s.pinned = frozenset(pinned_names(s.steps) | ctx.pinned)
    s.activity = analyse_activity(ctx, s.steps, s.on_entry, s.pinned)
    if last < 2:
        return s
    s.fanouts = analyse_loops(ctx, s.facts, True)
    if last < 3:
        return s
    s.effects = analyse_effects(ctx, s.facts, s.fanouts, s.on_entry, s.immutable)
    if last < 4:
        return s
    s.safety = analyse_raises(ctx, s.facts, entry.bound, entry.strs)
    if last < 5:
        return s
    s.graph = build_graph(s.facts, entry.sequential, entry.top)
    if last < 6:
        return s
    s.plan = schedule(s.graph)
    return s


def compile_source(
    tmp_path: Path, body: str, signature: str = "topic: str", extra: str = ""
) -> Compiled:
    """The whole pipeline on ``pipeline``."""
    return compile_function(*parse(tmp_path, body, signature, extra))


def compile_def(tmp_path: Path, function: str, extra: str = "") -> Compiled:
    """The whole pipeline on a whole ``def`` (dedented), written after the import of
    autoform and ``extra``; with no ``extra``, the ``def`` is line 4 of the file."""
    text = HEADER + extra + textwrap.dedent(function)
    path = tmp_path / "mod.py"
    path.write_text(text)
    module = cst.parse_module(text)
    name = [f.name.value for f in iter_functions(module)][-1]  # the last: after ``extra``
    return compile_function(from_file(path, name, module), StaticResolver(module, "mod"))


def code(node: cst.CSTNode) -> str:
    return cst.Module([]).code_for_node(node)
