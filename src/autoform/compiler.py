"""The compiler: one ordered pipeline from a function's source to its concurrent twin.

    source -> check -> scope -> calls -> normalise -> activity -> loops -> effects
           -> raises -> graph -> schedule -> emit   (a block's bodies go through the same stages)

Each stage lives in its own module and says there what it needs and produces. The order
matters: calls must be known before normalising (only primitive calls are lifted); the
activity analysis works on normalised steps so that every lifted temporary has a version;
effects need the versions to follow values between names; the graph needs all of it; the
scheduler sees only the graph; the emitter reads the plan and the annotations and changes
nothing upstream. `load` (in api) turns the result into a function object.
"""

from __future__ import annotations

import functools
import time
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import libcst as cst

from .analysis.activity import annotate_activity, pinned_names
from .analysis.calls import CallKind, HelperSummary, Resolver, annotate_calls, local_names
from .analysis.effects import annotate_effects, immutable_parameters, str_parameters
from .analysis.graph import build_graph
from .analysis.loops import annotate_loops
from .analysis.names import variables
from .analysis.raises import annotate_raises
from .analysis.scope import function_scope
from .analysis.unsupported import check_nested, check_supported
from .emit import Emitted, Origins, emit_function, emit_suite
from .ir import Graph, Step
from .normalize import linearize
from .schedule import Plan, schedule
from .source import FunctionSource
from .syntax.naming import Namer

__all__ = ["Compiled", "compile_function", "parameters"]

RUNTIME_ALIAS = "_af"


@dataclass
class Compiled:
    """Everything the pipeline learned about one function, and the code it made."""

    src: FunctionSource
    steps: list[Step]
    graph: Graph
    plan: Plan
    emitted: Emitted
    runtime_name: str
    seconds: float
    summary: HelperSummary  # what a caller needs to know of it, as a helper
    call_sites: int = 0  # LM calls (and other awaited calls) written in it, at any depth

    @property
    def name(self) -> str:
        return self.src.name

    @functools.cached_property
    def source(self) -> str:
        """The generated ``async def``, as text."""
        return cst.Module(body=[self.emitted.func]).code


def parameters(func: cst.FunctionDef) -> list[str]:
    p = func.params
    names = [x.name.value for x in (*p.posonly_params, *p.params, *p.kwonly_params)]
    for star in (p.star_arg, p.star_kwarg):
        if isinstance(star, cst.Param):
            names.append(star.name.value)
    return names


def compile_function(src: FunctionSource, resolver: Resolver) -> Compiled:
    """Run the pipeline on one function. Raises `CompileError` for what it cannot compile."""
    started = time.perf_counter()
    func = src.func
    params = parameters(func)
    # 1. check: refuse unsupported constructs before any analysis looks at them.
    check_supported(src)
    # 2. scope: global/nonlocal declarations, what nested functions close over.
    scope = function_scope(func)
    # 3. calls: which calls are primitives, by what their names resolve to; none may hide
    #    in a nested function, which runs as plain code.
    local = local_names(func) - scope.declared
    calls = annotate_calls(src, resolver, local)
    check_nested(src, calls)
    originals = set(calls)  # later stages add entries for the nodes they rebuild
    # Fresh names avoid the function's names and those of functions nested in it; a name a
    # comprehension binds for itself may be reused (and reads better than a numbered one).
    namer = Namer({n.value for n in variables(func.body)} | local | set(params))
    runtime_name = namer.prefer(RUNTIME_ALIAS)
    origins = Origins()
    # Names a nested function reads or rebinds, `:=` targets and `del`eted names keep one
    # identifier throughout, like names bound inside blocks.
    always_pinned = scope.captured | scope.closure_writes | scope.rebound

    everywhere = Counter(n.value for n in variables(func.body))

    def mentioned_elsewhere(node: cst.CSTNode) -> set[str]:
        inside = Counter(n.value for n in variables(node))
        return {name for name, k in everywhere.items() if k > inside[name]}

    def compile_body(
        statements: Sequence[cst.BaseStatement],
        top: bool,
        bound: Iterable[str],
        strs: Iterable[str],
        sequential: bool = False,
    ) -> tuple[cst.BaseExpression | None, list[Step], Graph, Plan, list[cst.BaseStatement]]:
        # 4. normalise: one awaited primitive call per step, temporaries for nested calls
        #    (in an `async def`, `await lm.acall(...)` is the plain call); a compound
        #    statement is one step, its bodies compiled by this same function.
        bound = list(bound)
        docstring, steps = linearize(
            src,
            statements,
            calls,
            namer,
            docstring_allowed=top,
            local=local,
            bound=bound,
            declared=scope.declared,
        )
        # 5. activity: versioned reads and writes of names. Inside a block every local
        #    keeps its name (a branch may or may not rebind it).
        entry = params if top else sorted(local | set(params))
        pinned = pinned_names(steps) | always_pinned if top else frozenset(entry)
        annotate_activity(steps, entry, namer, pinned, scope, calls)
        # 6. loops: which `for` loops have independent iterations, to fan out. (Inside a
        #    block, what follows the loop is not all here: its names must appear nowhere
        #    else in the function.)
        if top:
            annotate_loops(steps, calls)
        elif not sequential:  # a failure caught in a `try` would show a half-filled list
            annotate_loops(steps, calls, mentioned_elsewhere)
        # 7. effects: visible effects, and which objects each step reads or may change.
        immutable = immutable_parameters(func) - (pinned if top else set(entry))
        annotate_effects(steps, calls, entry, immutable, scope.declared)
        # 8. raises: which steps might raise, and so must not run ahead of earlier calls.
        annotate_raises(steps, calls, bound, strs)
        # 9. graph: what must finish before what, with reasons.
        graph = build_graph(steps, sequential, top)
        # 10. schedule: a pure function of the graph.
        plan = schedule(graph)
        # 11. emit: readable async code from the plan.
        body = emit_suite(
            steps, plan, namer, runtime_name, origins, calls, compile_suite, sequential
        )
        return docstring, steps, graph, plan, body

    def compile_suite(
        statements: Sequence[cst.BaseStatement],
        bound: frozenset[str],
        strs: frozenset[str],
        sequential: bool,
    ) -> list[cst.BaseStatement]:
        return compile_body(statements, False, bound, strs, sequential)[4]

    assert isinstance(func.body, cst.IndentedBlock)
    docstring, steps, graph, plan, body = compile_body(
        func.body.body, True, params, str_parameters(func)
    )
    emitted = emit_function(src, docstring, body, origins, scope.declarations)
    summary = HelperSummary(
        awaits=any(info.kind is CallKind.AWAITABLE for info in calls.values()),
        effects=any(step.effect for step in steps),
        is_async=func.asynchronous is not None,
    )
    seconds = time.perf_counter() - started
    sites = sum(
        1 for c, info in calls.items() if info.kind is CallKind.AWAITABLE and c in originals
    )
    return Compiled(src, steps, graph, plan, emitted, runtime_name, seconds, summary, sites)
