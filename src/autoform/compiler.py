"""The compiler: one ordered pipeline from a function's source to its concurrent twin.

    source -> check -> calls -> normalise -> activity -> effects -> raises -> graph
           -> schedule -> emit

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
from dataclasses import dataclass

import libcst as cst

from .analysis.activity import annotate_activity
from .analysis.calls import Resolver, annotate_calls, local_names
from .analysis.effects import annotate_effects, immutable_parameters, str_parameters
from .analysis.graph import build_graph
from .analysis.names import variables
from .analysis.raises import annotate_raises
from .analysis.unsupported import check_supported
from .emit import Emitted, emit
from .ir import Graph, Step
from .normalize import Namer, linearize
from .schedule import Plan, schedule
from .source import FunctionSource

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
    # 1. check: refuse unsupported constructs before any analysis looks at them.
    check_supported(src)
    # 2. calls: which calls are primitives, by what their names resolve to.
    calls = annotate_calls(func, resolver, local_names(func))
    namer = Namer({n.value for n in variables(func)} | set(parameters(func)))
    runtime_name = namer.prefer(RUNTIME_ALIAS)
    # 3. normalise: one awaited primitive call per step, temporaries for nested calls.
    docstring, steps = linearize(src, calls, namer)
    params = parameters(func)
    # 4. activity: versioned reads and writes of names.
    annotate_activity(steps, params, namer)
    # 5. effects: visible effects, and which objects each step reads or may change.
    immutable = immutable_parameters(func)
    annotate_effects(steps, calls, params, immutable)
    # 6. raises: which steps might raise, and so must not run ahead of earlier calls.
    annotate_raises(steps, calls, params, str_parameters(func))
    # 7. graph: what must finish before what, with reasons.
    graph = build_graph(steps)
    # 8. schedule: a pure function of the graph.
    plan = schedule(graph)
    # 9. emit: readable async code from the plan.
    emitted = emit(src, docstring, steps, plan, namer, runtime_name)
    return Compiled(src, steps, graph, plan, emitted, runtime_name, time.perf_counter() - started)
