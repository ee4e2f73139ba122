"""The compiler: one ordered pipeline from a function's source to its concurrent twin.

    compile_function:  check -> scope -> calls -> context -> compile_body -> function
    compile_body:      normalise -> activity -> loops -> effects -> raises -> graph
                       -> schedule -> emit   (the emitter calls back here for each block's body)

Each stage lives in its own module, says there what it needs and produces, and returns its
own record: the analyses a frozen record per step (`ir.Activity`, `ir.Effects`,
`ir.Safety`; loops a map of fan-outs), the graph builder a `Graph` whose edges are kinds, the
scheduler a `Plan`, the emitter the statements. `ir.Facts` puts a step's records side by side
for the stages after them. What every stage shares is one `CompileContext`.

The order matters: calls must be known before normalising (only primitive calls are lifted);
the activity analysis works on normalised steps so that every lifted temporary has a version;
loops need the versions to know which containers are fresh; effects need the fan-outs (a loop
collecting into a container others may see does not fan out) and the versions to follow
values between names; raises needs the effects (an effectful call keeps its place); the graph
needs all of it; the scheduler sees only the graph; the emitter reads the plan and the records
and changes nothing upstream. `load` (in api) turns the result into a function object.
"""

from __future__ import annotations

import functools
import time
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field

import libcst as cst

from .analysis.activity import analyse_activity, pinned_names, read_before_bound
from .analysis.aliasing import (
    immutable_annotation,
    immutable_parameters,
    returned_parameters,
    str_parameters,
)
from .analysis.ambient import changes_client
from .analysis.assumed import Assumed, assumed
from .analysis.calls import (
    CallInfo,
    CallKind,
    HelperSummary,
    Resolver,
    annotate_calls,
    local_names,
    names_context_writer,
    reads_caller,
    writes_context,
)
from .analysis.context import CompileContext
from .analysis.coroutines import (
    StopSite,
    check_stops,
    mark_loop_values,
    reaches_loop,
    refuse_escaping,
    stop_sites,
)
from .analysis.effects import analyse_effects
from .analysis.graph import build_graph
from .analysis.loops import items_own, judge_loops
from .analysis.names import variables
from .analysis.raises import analyse_raises, trusted_types
from .analysis.scope import function_scope
from .analysis.unseen import Site, Unseen, unseen
from .analysis.unsupported import (
    callers_read,
    check_callers,
    check_introspection,
    check_nested,
    check_rebinding,
    check_supported,
    check_unseen_frames,
)
from .analysis.valuetypes import module_facts
from .emit import Emitted, emit_function, emit_suite
from .errors import CompileError
from .ir import Entry, Facts, Graph, Origins
from .normalize import linearize
from .schedule import Plan, schedule
from .source import FunctionSource
from .syntax.naming import Namer

__all__ = ["Body", "Compiled", "compile_body", "compile_function", "parameters"]

RUNTIME_ALIAS = "_af"


@dataclass(frozen=True)
class Body:
    """One body compiled (the function's own, or a block's), with what each stage made of
    it, and the bodies compiled inside it (blocks' bodies, a fanned-out loop's item), in
    the order they were emitted."""

    entry: Entry
    steps: tuple[Facts, ...]
    graph: Graph
    plan: Plan
    statements: tuple[cst.BaseStatement, ...]
    blocks: tuple[Body, ...] = ()
    docstring: cst.BaseExpression | None = None


@dataclass
class Compiled:
    """Everything the pipeline learned about one function, and the code it made."""

    src: FunctionSource
    body: Body  # the function's own body, with the tree of its blocks
    emitted: Emitted
    runtime_name: str
    seconds: float
    summary: HelperSummary  # what a caller needs to know of it, as a helper
    call_sites: int = 0  # LM calls (and other awaited calls) written in it, at any depth
    stop_sites: tuple[StopSite, ...] = ()  # calls a StopIteration may leave it through
    awaited: frozenset[str] = frozenset()  # what its awaitable calls resolve to
    calls: Mapping[cst.Call, CallInfo] = field(default_factory=dict)  # every call, known as
    assumed: Assumed = field(default_factory=Assumed)  # checked on entry (`autoform.guards`)
    # What reads its caller's frames, refused in a target (`check_target`)
    callers_read: tuple[cst.CSTNode, str] | None = None
    # What its module does that no call shows (frames refused in a target: `check_target`)
    unseen: Unseen = field(default_factory=Unseen)
    # Why every step runs one after another though its calls were to overlap (a dunder that
    # may set a context variable: `Unseen.context_dunder`), said in a `KeptInOrderWarning`
    whole_in_order: Site | None = None

    @property
    def name(self) -> str:
        return self.src.name

    @property
    def steps(self) -> tuple[Facts, ...]:
        return self.body.steps

    @property
    def graph(self) -> Graph:
        return self.body.graph

    @property
    def plan(self) -> Plan:
        return self.body.plan

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


def compile_function(src: FunctionSource, resolver: Resolver, in_order: bool = False) -> Compiled:
    """Run the pipeline on one function. Raises `CompileError` for what it cannot compile,
    and for any failure of the compiler itself (a bug: it names the function, and says so).
    ``in_order``: every body runs one step after another (the twin a helper runs as where
    its failure may be caught: it must make no call the sequential run would not)."""
    try:
        return _compile_function(src, resolver, in_order)
    except CompileError:
        raise
    except Exception as exc:
        where = src.def_origin()
        raise CompileError(
            f"autoform failed while compiling `{src.name}` ({type(exc).__name__}: {exc}).",
            filename=where.filename,
            line=where.line,
            column=where.column,
            construct="internal error",
            hint="This is a bug in autoform, please report it; meanwhile call the function "
            "as written, without @af.concurrent.",
        ) from exc


def _compile_function(src: FunctionSource, resolver: Resolver, in_order: bool) -> Compiled:
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
    check_introspection(src, calls)
    check_rebinding(src, calls, resolver.bound_by)
    if func.asynchronous is None:
        # What reaches an event loop through a value: a helper's summary says it touches the
        # loop. (The code runs with the loop hidden: `autoform.hiding`.)
        mark_loop_values(src, calls, resolver)
    stops = stop_sites(func, calls, resolver.kind_of)
    check_stops(src, stops)
    originals = set(calls)  # later stages add entries for the nodes they rebuild
    # Fresh names avoid the function's names and those of functions nested in it; a name a
    # comprehension binds for itself may be reused (and reads better than a numbered one).
    namer = Namer({n.value for n in variables(func.body)} | local | set(params))
    runtime_name = namer.prefer(RUNTIME_ALIAS)
    ctx = CompileContext(
        src,
        resolver,
        scope,
        calls,
        namer,
        local,
        tuple(params),
        runtime_name,
        immutable=frozenset(immutable_parameters(func)),
        origins=Origins(exact=src.exact_origin, written=src.written_statement),
        # (the modules of the user's that the names it uses come from, too)
        unseen=unseen(src, resolver.sources({n.value for n in variables(func.body)} - local)),
    )
    # A dunder of the user's that may set a context variable where no call shows it would
    # set it, run by a call beside others, in that call's context only: every step of the
    # function then runs one after another, in its own context (`Compiled.whole_in_order`).
    whole_in_order = None if in_order else ctx.unseen.context_dunder
    in_order = in_order or whole_in_order is not None
    # What the analyses take on trust, read from the calls as written (later stages add
    # the calls they make), checked on entry; the in-order twin only what it calls.
    trusted = assumed(ctx, in_order)
    # 4-11, for the function's body and, from the emitter, for each block's.
    entry = Entry(frozenset(params), frozenset(str_parameters(func)), in_order, top=True)
    body = compile_body(ctx, _statements(func.body), entry)
    # 12. the `async def` around the body, which first checks what the analysis took on
    #     trust (annotations, plain output) and else runs as written: the in-order twin.
    emitted = emit_function(ctx, body.docstring, list(body.statements), trusted)
    every = [step.effects for b in _bodies(body) for step in b.steps]
    returns = [step for b in _bodies(body) for step in b.steps if step.returns or step.inline]
    ends_in_return = bool(body.steps) and (
        body.steps[-1].returns or _always_returns(func.body.body)
    )
    facts = module_facts(src)
    returns_params = returned_parameters(
        func, calls, lambda n: n not in local and facts.types.get(n) == "str"
    )
    effects = any(step.effect or step.output for step in body.steps)
    summary = HelperSummary(
        awaits=any(info.kind is CallKind.AWAITABLE for info in calls.values()),
        effects=effects,
        outputs=effects and all(s.output for s in body.steps if s.effect or s.output),
        is_async=func.asynchronous is not None,
        # A default that is not a literal is an object every call shares (`stop=STOP`).
        reads_state=any(e.reads_state for e in every) or _shared_defaults(func),
        reads_changing=any(e.reads_changing for e in every) or _shared_defaults(func),
        fresh_result=not any(e.returns_shared for e in every) or returns_params == frozenset(),
        # Every `return` gives a str, and the body cannot end without one.
        returns_str=ends_in_return
        and all(s.safety.returns_str for s in returns if isinstance(s.node, cst.Return)),
        returns_type=_returned_type(returns) if ends_in_return else None,
        immutable_result=ends_in_return
        and all(s.effects.returns_immutable for s in returns if isinstance(s.node, cst.Return)),
        returns_display=all(_display(s.node) for s in returns if isinstance(s.node, cst.Return)),
        stops=any(not s.caught for s in stops),
        touches_loop=any(reaches_loop(info) for info in calls.values()) or bool(calls.loop_reads),
        changes_client=changes_client(func.body, calls),
        reads_caller=any(reads_caller(c, info) for c, info in calls.items()),
        in_place=any(
            s.safety.log_misfit or s.effects.pinned for b in _bodies(body) for s in b.steps
        ),
        writes_context=any(writes_context(info) for info in calls.values())
        or names_context_writer(func.body, resolver, local),
        returns_params=returns_params,
        positional=tuple(p.name.value for p in (*func.params.posonly_params, *func.params.params)),
        quiet=_quiet(ctx, body),
        guards=_guards(body, params),
    )
    seconds = time.perf_counter() - started
    sites = sum(
        1 for c, info in calls.items() if info.kind is CallKind.AWAITABLE and c in originals
    )
    awaited = frozenset(
        info.qualname or "" for info in calls.values() if info.kind is CallKind.AWAITABLE
    )
    return Compiled(
        src,
        body,
        emitted,
        runtime_name,
        seconds,
        summary,
        sites,
        tuple(stops),
        awaited,
        calls,
        trusted,
        callers_read(src, calls),
        ctx.unseen,
        whole_in_order,
    )


def check_target(compiled: Compiled) -> None:
    """Refuse, in the function a user compiles (a helper's callers judge the helper), what
    only the sequential function could do: let a StopIteration reach its caller, read the
    frames of the code calling it."""
    if compiled.src.func.asynchronous is None:  # an `async def` turns it so as written
        refuse_escaping(compiled.src, list(compiled.stop_sites))
    check_callers(compiled.src, compiled.callers_read)
    check_unseen_frames(compiled.src, compiled.unseen)


# What a `return` of a display or a literal gives: a new object that is no dict.
_DISPLAYS = (
    cst.Tuple,
    cst.List,
    cst.Set,
    cst.SimpleString,
    cst.FormattedString,
    cst.ConcatenatedString,
    cst.Integer,
    cst.Float,
)


def _display(node: cst.CSTNode) -> bool:
    """Is ``node`` a `return` of a tuple, list or set display, a string or a number?"""
    return isinstance(node, cst.Return) and isinstance(node.value, _DISPLAYS)


def _quiet(ctx: CompileContext, body: Body) -> tuple[tuple[str, str], ...] | None:
    """`HelperSummary.quiet`: every step of every body quiet (no block, no call of anyone's,
    no effect, no module state), and no default shared between calls."""
    steps = [step for b in _bodies(body) for step in b.steps]
    if _shared_defaults(ctx.src.func) or not all(step.quiet for step in steps):
        return None
    return trusted_types(ctx.src.func)


def _guards(body: Body, params: Sequence[str]) -> frozenset[str] | None:
    """The parameters whose values the helper's calls look into (`Safety.guarded`); None
    when they look into anything else too."""
    looked = {n for b in _bodies(body) for s in b.steps for n in s.guarded}
    return frozenset(looked) if looked <= set(params) else None


def _returned_type(returns: Sequence[Facts]) -> str | None:
    """The type every `return` certainly gives, if they all give the same one (or None:
    ``pydantic?``, whose methods then raise AttributeError)."""
    found = {
        "None" if _is_none(s.node.value) else s.safety.returns_type
        for s in returns
        if isinstance(s.node, cst.Return)
    }
    if len(found) == 2 and "None" in found:
        found.discard("None")
        return f"{t}?" if (t := found.pop()) and not t.endswith("?") else None
    return found.pop() if len(found) == 1 and "None" not in found else None


def _is_none(value: cst.BaseExpression | None) -> bool:
    return value is None or (isinstance(value, cst.Name) and value.value == "None")


def _always_returns(statements: Sequence[cst.CSTNode]) -> bool:
    """Does every way through ``statements`` end in a ``return`` or a ``raise`` (a ``try``
    whose body and handlers all do, an ``if`` with an ``else`` whose branches all do)?"""
    if not statements:
        return False
    last = statements[-1]
    if isinstance(last, cst.SimpleStatementLine):
        return isinstance(last.body[-1], cst.Return | cst.Raise)
    if isinstance(last, cst.If):
        orelse = last.orelse
        rest = [orelse] if isinstance(orelse, cst.If) else orelse.body.body if orelse else []
        return _always_returns(last.body.body) and _always_returns(rest)
    if isinstance(last, cst.Try):
        ends = last.orelse.body.body if last.orelse else last.body.body
        return _always_returns(ends) and all(_always_returns(h.body.body) for h in last.handlers)
    if isinstance(last, cst.With):
        return _always_returns(last.body.body)
    return False


def _shared_defaults(func: cst.FunctionDef) -> bool:
    p = func.params
    # (A default of a parameter annotated immutable, `model: str = MODEL`, holds nothing.)
    defaults = [
        x.default
        for x in (*p.posonly_params, *p.params, *p.kwonly_params)
        if x.annotation is None or not immutable_annotation(x.annotation.annotation)
    ]
    literal = cst.SimpleString | cst.Integer | cst.Float | cst.Imaginary | cst.ConcatenatedString
    return any(
        d is not None
        and not isinstance(d, literal)
        and not (isinstance(d, cst.Name) and d.value in ("None", "True", "False"))
        for d in defaults
    )


def _bodies(body: Body) -> Iterator[Body]:
    """``body`` and every body compiled inside it."""
    yield body
    for inner in body.blocks:
        yield from _bodies(inner)


def _statements(suite: cst.BaseSuite) -> Sequence[cst.BaseStatement]:
    if isinstance(suite, cst.IndentedBlock):
        return suite.body
    assert isinstance(suite, cst.SimpleStatementSuite)  # `def f(x): return g(x)`
    return [cst.SimpleStatementLine(body=list(suite.body))]


def compile_body(
    ctx: CompileContext, statements: Sequence[cst.BaseStatement], entry: Entry
) -> Body:
    """Stages 4 to 11 on one body; the emitter calls back here for the bodies of blocks."""
    # 4. normalise: one awaited primitive call per step, temporaries for nested calls
    #    (in an `async def`, `await lm.acall(...)` is the plain call); a compound
    #    statement is one step, its bodies compiled by this same function.
    # (in a body run one step after another, a comprehension stays one: nothing to fan out;
    # nor in a module whose code runs as objects are freed: a comprehension's list and names
    # are freed as its value is taken, a loop's would live on)
    lowered = not entry.sequential and ctx.unseen.finalizer is None
    docstring, steps = linearize(
        ctx, statements, docstring_allowed=entry.top, bound=entry.bound, loops=lowered
    )
    # 5. activity: versioned reads and writes of names. Inside a block every local keeps
    #    its name (a branch may or may not rebind it).
    if entry.top:
        on_entry: Sequence[str] = ctx.params
        # (and a local read before it is bound: `v, v = pair(v)`)
        early = read_before_bound(steps, ctx.params) & (ctx.local - set(ctx.params))
        pinned = frozenset(pinned_names(steps) | ctx.pinned | early)
    else:
        on_entry = sorted(ctx.local | set(ctx.params))
        pinned = frozenset(on_entry)
    activity = analyse_activity(ctx, steps, on_entry, pinned)
    facts = [Facts(s, a) for s, a in zip(steps, activity, strict=True)]
    # 6. loops: which `for` loops have independent iterations, to fan out. Not in the body
    #    of a `try`: a failure caught there would show a half-filled list.
    loops = judge_loops(ctx, facts, entry.top, entry.sequential, entry.bound)
    # 7. effects: visible effects, and which objects each step reads or may change.
    immutable = ctx.immutable - pinned
    effects = analyse_effects(ctx, facts, loops, on_entry, set(immutable), entry.top)
    activity = items_own(activity, effects)  # (a loop's items bind their names themselves)
    facts = [Facts(s, a, e) for s, a, e in zip(steps, activity, effects, strict=True)]
    # 8. raises: which steps might raise, and so must not run ahead of earlier calls.
    safety = analyse_raises(ctx, facts, entry.bound, entry.strs)
    done = tuple(Facts(*r) for r in zip(steps, activity, effects, safety, strict=True))
    # 9. graph: what must finish before what, and why (edge kinds).
    site = ctx.unseen.formatter
    formats = site.said(ctx.src.filename) if site is not None else ""
    graph = build_graph(done, entry.sequential, entry.top, entry.observed, formats)
    # 10. schedule: a pure function of the graph.
    plan = schedule(graph)
    # 11. emit: readable async code from the plan; blocks' bodies come back here.
    emitted = emit_suite(ctx, done, graph, plan, entry, compile_body)
    return Body(entry, done, graph, plan, emitted.statements, emitted.blocks, docstring)
