"""Effects and aliasing: what each step may observe or change beyond its own names.

Needs: the context, the steps with their `Activity`, the loops that may fan out (`loops`),
the names bound on entry and which of them are immutable (parameters annotated ``str``,
``int``, ...). Produces: an `Effects` per step: its ``kind`` (PURE, CALL, EFFECT, RETURN or
BLOCK), the alias atoms whose contents it reads (``reads_objects``) and may change
(``writes_objects``), whether it ``exits`` the body, the fan-out kept (a loop collecting into
a container others may see does not fan out), why a loop does not (``in_order``) and
``notes``.

The model is deliberately conservative. Every value a local name holds belongs to an alias
class: a set of "atoms" (allocation sites). Atom 0 is the outside world: globals,
parameters that may be mutable, and whatever unknown code returns or keeps. A fresh
container (``[...]``, ``dict(...)``) is a new atom, joined with the classes of whatever it
contains. Values known to be immutable (strings from ``af.format`` or an LM call, numbers,
literals, f-strings) belong to no class at all. Passing a value to unknown code joins its
class to the world from then on: the code may keep a reference. Classes only ever grow, and
each step records the atoms as they were when it ran, so an effect that ran before a value
escaped is not taken to touch it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import libcst as cst

from ..ir import Effects, Facts, StepKind
from ..syntax.walk import walk
from . import knowledge
from .aliasing import (
    WORLD,
    AliasClasses,
    held_by_items,
    immutable_locals,
    returned_arguments,
)
from .ambient import changes_client, installs_any, uses_client
from .calls import CallInfo, CallKind, foreign_awaits
from .context import CompileContext
from .knowledge import CONTAINER_MUTATORS, LIST_RESULT_METHODS, STR_METHODS
from .loops import FanOut, InOrder, Why, has_rest, made_parts, rest_parts
from .names import bound_names, loads
from .output import hidden_calls, output_call, output_may_move
from .shapes import (
    awaited_call,
    base_name,
    calls_in,
    data_globals,
    exits,
    head,
    immutable_literal,
    inserting_names,
    mutated_targets,
    mutated_targets_of,
    read_items,
)
from .valuetypes import module_facts

__all__ = ["analyse_effects"]

# Methods that change a container the function built itself: a local mutation, not an effect.
# A known dict method returning one of the container's items.
_ITEM_OF = frozenset({"setdefault", "get"})


def _output(info: CallInfo) -> bool:
    """Output only (print, logging): reads its arguments, writes a stream nobody here reads."""
    known = knowledge.function(info.qualname)
    return known is not None and known.output


def _outputs_helper(info: CallInfo) -> bool:
    """A call of a helper whose only effect is output (`HelperSummary.outputs`)."""
    return info.helper is not None and info.helper.outputs


@dataclass
class _Found:
    """What the analysis finds of one step, made into its `Effects` at the end."""

    kind: StepKind = StepKind.PURE
    primitive: str = ""
    returns: bool = False
    effect: bool = False
    makes_calls: bool = False
    exits: bool = False
    reads_objects: frozenset[int] = frozenset()
    writes_objects: frozenset[int] = frozenset()
    fanout: FanOut | None = None
    in_order: InOrder | None = None
    notes: list[str] = field(default_factory=list)
    reads_state: bool = False
    reads_changing: bool = False
    returns_shared: bool = False
    returns_immutable: bool = False
    output: bool = False
    pinned: bool = False

    def record(self) -> Effects:
        return Effects(**{**vars(self), "notes": tuple(self.notes)})


class _Analysis:
    def __init__(
        self,
        calls: dict[cst.Call, CallInfo],
        immutable_params: set[str],
        params: Sequence[str],
        declared: frozenset[str] = frozenset(),
        rebound: frozenset[str] = frozenset(),
        constants: frozenset[str] = frozenset(),
    ) -> None:
        self.calls = calls
        self.constants = constants  # the module's str globals bound once: nothing changes them
        # Names only ever holding a str, a number, ...: `x += v` rebinds them, changes nothing.
        self.rebound = rebound
        self.declared = declared  # `global`/`nonlocal` names: binding one is an effect
        self.classes = AliasClasses()
        # The module's name bindings (which function `ask` names): unknown code may rebind
        # them, a call through a user's helper or primitive reads one. No value holds it.
        self.bindings = self.classes.new()
        # The LM client `af.lm_client` installed (`analysis.ambient`): a step that installs
        # one writes it, a step making LM calls reads it. Once the function has installed a
        # client of its own, its LM calls are the client's code: effects, kept in order.
        self.client = self.classes.new()
        self.own_client = False
        self.installs = installs_any(calls)
        # Names that may hold a container whose item read inserts a key (`shapes`).
        self.inserting: frozenset[str] = frozenset()
        # The function may set up output of its own after its entry was checked: what it
        # writes may then change state (`output.output_may_move`).
        self.output_moves = False
        # versioned name -> alias class; None: immutable, aliases nothing.
        self.cls: dict[str, int | None] = {
            p: (None if p in immutable_params else WORLD) for p in params
        }

    def class_of(self, version: str) -> int | None:
        return self.cls.get(version, WORLD)

    def _call_info(self, call: cst.Call) -> CallInfo:
        return self.calls.get(call, CallInfo(CallKind.UNKNOWN))

    def run(
        self, steps: Sequence[Facts], loops: Mapping[int, FanOut | InOrder]
    ) -> tuple[Effects, ...]:
        out: list[Effects] = []
        for step in steps:
            loop = loops.get(step.index)
            found = _Found(in_order=loop) if isinstance(loop, InOrder) else _Found(fanout=loop)
            self.step(step, found)
            out.append(found.record())
        return tuple(out)

    # -- one step --------------------------------------------------------------------------

    def block(self, step: Facts, out: _Found) -> None:
        """A compound statement, or a statement awaiting calls in place: judged as a whole,
        conservatively. Kept in order; what it binds may alias anything."""
        node = step.node
        load = step.load_names
        read_classes = {c for n in step.reads if (c := self.class_of(n)) is not None}
        observed = self._observe(node, load, read_classes, out) | self._client_reads(node)
        if out.fanout is not None and has_rest(out.fanout):
            changed = self._rest_apart(step, out)
            if changed is not None:
                self._rest_effects(step, out, observed, changed)
                return
            out.in_order, out.fanout = out.fanout.held, None
        elif out.fanout is not None and self._fanout(step, out, read_classes, observed):
            return
        unknown, container_writes = self._calls_in(node, load, step)
        if self.declared.intersection(bound_names(node)):
            unknown = True
        mutates = any(
            (
                isinstance(n, cst.AugAssign)
                and not (isinstance(n.target, cst.Name) and n.target.value in self.rebound)
            )
            or (
                isinstance(n, cst.AssignTarget | cst.AnnAssign | cst.Del)
                and mutated_targets_of([n.target])
            )
            for n in walk(node)
        ) or bool(read_items(node, self.inserting, self.calls))  # (`del xs[0]`, `d[k]` of one)
        writes: set[int] = set(container_writes) | self._client_writes(node)
        if unknown or mutates:
            writes.add(self.bindings)
        if unknown or mutates:
            writes |= read_classes | {WORLD}
            self.classes.union(WORLD, *read_classes)
            out.notes.append("may change state outside it")
        out.effect = unknown is not None or mutates or self._effectful_helpers(node)
        # Its only effect is output, each written where it is made (so in turn).
        out.output = (
            out.effect
            and not unknown
            and not mutates
            and self._plain_output(node)
            and all(
                _outputs_helper(info)
                for c in calls_in(node)
                if (info := self._call_info(c)).helper is not None and info.helper.effects
            )
        )
        out.makes_calls = any(self._call_info(c).kind is CallKind.AWAITABLE for c in calls_in(node))
        out.kind = StepKind.BLOCK
        out.exits = exits(node)
        out.reads_objects = self.classes.snapshot(observed)
        out.writes_objects = self.classes.snapshot(writes)
        for version in step.writes | step.updates:
            self.cls[version] = WORLD
        if isinstance(node, cst.Return):  # `return a and lm(x)`, awaited in place
            out.returns_shared = self._shared(node, load, read_classes)

    def function(self, step: Facts, out: _Found) -> None:
        """A nested function's definition only makes a value. The function holds on to what
        it closes over, so its name may alias anything."""
        out.kind = StepKind.PURE
        read_classes = {c for n in step.reads if (c := self.class_of(n)) is not None}
        out.reads_objects = self.classes.snapshot(read_classes)
        out.writes_objects = frozenset()
        for version in step.writes | step.updates:
            self.cls[version] = WORLD

    def _observe(
        self, node: cst.CSTNode, load: Mapping[str, str], read_classes: set[int], out: _Found
    ) -> set[int]:
        """The alias classes a step reads the contents of: its names' (``read_classes``,
        which gains the world when it reads a global's value: the value may be the global
        itself) and the world's when a helper or primitive it calls may read module state
        (what such a call returns is its own business: `CallInfo.fresh_result`). An unknown
        call is an effect, ordered with everything anyway."""
        if found := data_globals(node, load, self.calls):
            read_classes.add(WORLD)
            out.reads_state = True
            out.reads_changing = out.reads_changing or not self.constants.issuperset(found)
        calls = calls_in(node)
        infos = [self._call_info(c) for c in calls]
        if any(info.kind is not CallKind.UNKNOWN and info.reads_changing for info in infos):
            out.reads_changing = True
        if any(info.kind is not CallKind.UNKNOWN and info.reads_state for info in infos) or any(
            head(c.func) in self.declared for c in calls
        ):
            # (A call through a name the function rebinds, `global ask; ask = ...`, reads
            # that binding: it keeps its place after the rebinding.)
            out.reads_state = True
            out.reads_changing = out.reads_changing or any(
                head(c.func) in self.declared for c in calls
            )
            return read_classes | {WORLD}
        if any(self._rebindable(c, load) for c in calls):
            # A module-level name of the user's, which unknown code may rebind
            # (``globals()["ask"] = cached``, ``mock.patch``): the call reads that binding.
            return read_classes | {self.bindings}
        return read_classes

    def _client_reads(self, node: cst.CSTNode) -> set[int]:
        if not self.installs or not uses_client(node, self.calls):
            return set()  # (what nothing writes need not be read)
        return {self.client, WORLD} if self.own_client else {self.client}

    def _client_writes(self, node: cst.CSTNode) -> set[int]:
        """The client, for a step that installs one; the world, for LM calls sent through
        the function's own client (user code whose effects others may see: its calls keep
        their order)."""
        if changes_client(node, self.calls):
            self.own_client = True
            return {self.client}
        if self.own_client and uses_client(node, self.calls):
            return {WORLD}
        return set()

    def _rebindable(self, call: cst.Call, load: Mapping[str, str]) -> bool:
        """Is ``call`` made through a module-level name bound to a helper or primitive of
        the user's? autoform's own primitives are taken to stay as they are."""
        name = head(call.func)
        info = self._call_info(call)
        if name is None or name in load or info.kind is CallKind.UNKNOWN:
            return False
        own = info.spec is not None and info.spec.qualname.startswith("autoform.")
        return not own and (info.helper is not None or info.spec is not None)

    def _shared(self, ret: cst.Return, load: Mapping[str, str], read_classes: set[int]) -> bool:
        """Might what ``ret`` returns be module state or an argument? (Asked last, once
        the step's atoms are recorded: working out a value's class may join classes.)"""
        if ret.value is None:
            return False
        returned = self._expr_class(ret.value, load, read_classes)
        return returned is not None and self.classes.find(returned) == WORLD

    def _plain_output(self, node: cst.CSTNode) -> bool:
        """Is every output call in ``node`` plain (`output.output_call`) and made where it
        is written (so that it can be written in turn)?"""
        hidden = hidden_calls(node)
        return all(
            output_call(c, self.calls) and c not in hidden
            for c in calls_in(node)
            if _output(self._call_info(c))
        )

    def _effectful_helpers(self, node: cst.CSTNode) -> bool:
        return any(
            (info := self._call_info(c)).helper is not None and info.helper.effects
            for c in calls_in(node)
        )

    def _fanout(self, step: Facts, out: _Found, read_classes: set[int], observed: set[int]) -> bool:
        """A loop that fans out changes only the containers it collects into, which must be
        the function's own. False (and no fan-out) if one may be seen elsewhere."""
        assert out.fanout is not None
        containers = {step.load_names[c.container] for c in out.fanout.collects}
        classes = {self.class_of(v) for v in containers}
        if None in classes or any(self.classes.find(c) == WORLD for c in classes if c):
            seen = [
                c.container
                for c in out.fanout.collects
                if (k := self.class_of(step.load_names[c.container])) is None
                or self.classes.find(k) == WORLD
            ]
            out.in_order = InOrder(Why.ESCAPED, step.origin.line, step.code, seen[0])
            out.fanout = None
            return False
        written = {c for c in classes if c is not None}
        out.kind = StepKind.BLOCK
        if out.fanout.ordered:
            out.effect = True  # its items' output, in item order: kept among effects
            out.output = True
            out.notes.append("writes output")
        out.reads_objects = self.classes.snapshot(observed)
        out.writes_objects = self.classes.snapshot(written | self._items_changed(step, out))
        # The containers now hold what the items collect: what was read, or the part of it
        # the collected values may be (`aliasing.held_by_items`).
        fan = out.fanout
        values = [p for c in fan.collects for p in (c.value, c.key) if p is not None]
        assert isinstance(step.node, cst.For)
        held = held_by_items(step.node, fan.body, values, self.calls)
        if held is not None:
            load = step.load_names
            read_classes = {
                c for n in held if n in load and (c := self.class_of(load[n])) is not None
            }
            if any(n not in load for n in held):
                read_classes.add(WORLD)  # a global's object
        self.classes.union(*written, *read_classes)
        return True

    def _items_changed(self, step: Facts, out: _Found) -> set[int]:
        """The objects a loop's items change, each its own (`FanOut.distinct`): what the
        loop walks holds them (the world, for what is not the function's own)."""
        if out.fanout is None or not out.fanout.distinct:
            return set()
        assert isinstance(step.node, cst.For)
        load = step.load_names
        found = {self.class_of(load[n]) if n in load else WORLD for n in loads(step.node.iter)}
        out.effect = True  # (changes objects others may see: kept among effects)
        out.notes.append("its items change their own objects")
        return {c for c in found if c is not None} or {WORLD}

    def _rest_effects(
        self, step: Facts, out: _Found, observed: set[int], changed: set[int]
    ) -> None:
        """A loop whose items' rest runs in order (`FanOut.rest`): it changes the containers
        the rest stores into, which now hold what it stores, and writes output in order."""
        fan = out.fanout
        assert fan is not None
        load = step.load_names
        stores = rest_parts(fan)
        held = {
            k
            for stmt in stores
            for n in loads(stmt)
            if n in load and n not in fan.own and (k := self.class_of(load[n])) is not None
        }
        self.classes.union(*changed, *held)
        out.kind = StepKind.BLOCK
        writes_output = fan.ordered or any(
            _output(self._call_info(c)) for stmt in stores for c in calls_in(stmt)
        )
        if writes_output:
            out.effect = True  # in item order: kept among effects
            out.output = True
            out.notes.append("writes output")
        out.makes_calls = True
        out.reads_objects = self.classes.snapshot(observed)
        out.writes_objects = self.classes.snapshot(changed | self._items_changed(step, out))
        for version in step.writes | step.updates:
            self.cls[version] = WORLD  # (names the rest binds hold what it made them)

    def _rest_apart(self, step: Facts, out: _Found) -> set[int] | None:
        """Can a later item's calls be made before the rest of the body ran for the items
        before it (`FanOut.rest`)? Only if the rest calls nothing unknown, no helper with
        effects, and changes no object the items read: only containers of the function's
        own that they do not reach (an object others may see: the world, kept in order).
        The alias classes of the containers it changes; None if it may not."""
        fan = out.fanout
        assert fan is not None and isinstance(step.node, cst.For)
        load = step.load_names
        changed: set[int | None] = set()
        for stmt in rest_parts(fan):
            unknown, writes = self._calls_in(stmt, load, step)
            if unknown or self._effectful_helpers(stmt):
                out.notes.append("the rest of its body calls code that may change anything")
                return None
            if unknown is False and self.output_moves:
                out.notes.append("the rest of its body writes output the function redirects")
                return None
            changed |= set(writes)
            for n in walk(stmt):
                if isinstance(n, cst.AssignTarget | cst.AugAssign | cst.AnnAssign | cst.Del):
                    for t in mutated_targets_of([n.target]):
                        while isinstance(t, cst.Attribute | cst.Subscript):
                            if isinstance(t, cst.Attribute):
                                changed.add(None)  # an attribute: whose, is not tracked
                            t = t.value
                        changed.add(
                            self.class_of(load[t.value])
                            if isinstance(t, cst.Name) and t.value in load
                            else None
                        )
        if None in changed or any(self.classes.find(c) == WORLD for c in changed if c):
            out.notes.append("the rest of its body changes an object others may see")
            return None
        own = set(fan.own)
        read = {
            c
            for p in made_parts(fan, step.node)
            for n in loads(p)
            if n in load and n not in own and (c := self.class_of(load[n])) is not None
        }
        roots = {self.classes.find(c) for c in read}
        if data_globals(step.node, load, self.calls) or WORLD in roots:
            roots.add(WORLD)
        if any(self.classes.find(c) in roots for c in changed if c is not None):
            out.notes.append("the rest of its body changes an object its items read")
            return None
        return {c for c in changed if c is not None}

    def step(self, step: Facts, out: _Found) -> None:
        small = step.node
        if isinstance(small, cst.FunctionDef):
            self.function(step, out)
            return
        if step.inline or isinstance(small, cst.BaseCompoundStatement):
            self.block(step, out)
            return
        if isinstance(small, cst.Break | cst.Continue):
            out.kind = StepKind.EFFECT
            out.exits = True
            return
        load = step.load_names
        read_classes = {c for n in step.reads if (c := self.class_of(n)) is not None}
        observed = self._observe(small, load, read_classes, out) | self._client_reads(small)
        kind = StepKind.PURE
        writes: set[int] = set()
        escaping: set[int] = set()
        unknown, container_writes = self._calls_in(small, load, step)
        if self.declared.intersection(bound_names(small)):
            unknown = True  # binds a module global (or an enclosing function's name)
        if unknown:
            kind = StepKind.EFFECT
            touched = read_classes | {WORLD}
            writes |= touched | {self.bindings}
            escaping |= read_classes
        elif unknown is False:
            # Only output calls (print): read everything passed, write only the stream.
            kind = StepKind.EFFECT
        writes |= container_writes
        writes |= self._client_writes(small)

        # Reading an item of a container that inserts a missing key (a defaultdict's) changes it.
        for read in read_items(small, self.inserting, self.calls):
            base = base_name(read)
            c = WORLD if base is None or base not in load else self.class_of(load[base])
            if c is not None:
                writes.add(c)

        # Stores into attributes and items mutate the object stored into.
        for target in mutated_targets(small):
            base = base_name(target)
            c = WORLD if base is None or base not in load else self.class_of(load[base])
            if c is None:
                continue  # a str/number has no items to set: Python will raise, in order
            writes.add(c)
            value_classes = read_classes - {c}
            if self.classes.find(c) == WORLD:
                escaping |= value_classes
                # (The object may be a module: `sys.modules[__name__].ask = other`.)
                writes.add(self.bindings)
            else:
                self.classes.union(c, *value_classes)
        if isinstance(small, cst.AugAssign):
            name = small.target
            if isinstance(name, cst.Name) and name.value in load:
                c = self.class_of(load[name.value])
                if c is not None:
                    writes.add(c)  # `+=` on a list changes it in place
        if isinstance(small, cst.Raise | cst.Assert | cst.Import | cst.ImportFrom):
            kind = StepKind.EFFECT
        if isinstance(small, cst.Return):
            kind = StepKind.RETURN
            out.returns = True
        # Writes output and does nothing else anyone could see (its world writes: below).
        output = unknown is False and self._plain_output(small)
        if unknown is False and self.output_moves:
            writes.add(WORLD)  # (through a handler or a stream the function set up)
        if isinstance(small, cst.Raise | cst.Assert | cst.Import | cst.ImportFrom):
            output = False
        awaited = awaited_call(small, self.calls)
        if awaited is not None:
            # `return lm(x)` is a call like any other, that also ends the function.
            written = kind is StepKind.EFFECT  # output in its own arguments: in its place
            kind = StepKind.CALL
            info = self._call_info(awaited)
            out.primitive = info.qualname or ""
            if info.helper is not None and info.helper.in_place:
                out.pinned = True
                out.notes.append(
                    f"{info.qualname} writes a log record its values may not make, which "
                    "logging reports with the stack writing it: called where it stands"
                )
            if _outputs_helper(info) and unknown is None and self.output_moves:
                writes.add(WORLD)
                out.notes.append(f"{info.qualname} writes output, which the function redirects")
            elif _outputs_helper(info) and unknown is None:
                # Its output comes in its turn, where the call stood (`autoform.turns`):
                # no effect here, a call like an LM call.
                output = True
                out.notes.append(f"{info.qualname} writes output, in its turn")
            elif (receiver := self._own_object(awaited, info, load)) is not None:
                # A method changing only its own object: the receiver's (which now may
                # hold what it was given).
                writes.add(self.classes.union(receiver, *read_classes))
                out.notes.append(f"{info.qualname} changes its object")
            elif info.helper is not None and info.helper.effects:
                # The helper's effects are the call site's: it may touch what it is given
                # and anything shared.
                writes |= read_classes | {WORLD}
                escaping |= read_classes
                out.notes.append(f"{info.qualname} has effects")
            out.effect = written

        if kind is StepKind.EFFECT and any(self.classes.find(c) == WORLD for c in writes):
            out.notes.append("may change state outside the function")
        if any(self.classes.find(c) == WORLD for c in writes) and kind is StepKind.PURE:
            kind = StepKind.EFFECT
            out.notes.append("changes an object that code outside the function can see")

        out.kind = kind
        world = any(self.classes.find(c) == WORLD for c in writes)
        out.effect = out.effect or kind is StepKind.EFFECT or world
        out.output = output and not world
        out.reads_objects = self.classes.snapshot(observed)
        out.writes_objects = self.classes.snapshot(writes)
        if isinstance(small, cst.Return):
            out.returns_shared = self._shared(small, load, read_classes)
            out.returns_immutable = small.value is None or (
                self._expr_class(small.value, load, read_classes) is None
            )

        # Bind the classes of what this step defines, then let escaped values join the world.
        # (A name that keeps one identifier is rebound in place: it now holds the new value.)
        # One value, one class, whatever the number of names it is bound to (`x = y = []`).
        rebound = step.updates if isinstance(small, cst.Assign) else frozenset()
        if step.writes | rebound:
            value_class = self._class_of_value(small, step, read_classes)
            for version in step.writes | rebound:
                self.cls[version] = value_class
        if escaping:
            self.classes.union(WORLD, *escaping)

    def _calls_in(
        self, small: cst.CSTNode, load: Mapping[str, str], step: Facts
    ) -> tuple[bool | None, set[int]]:
        """(True: an unknown call; False: only output calls; None: no effects), mutated."""
        found: bool | None = True if foreign_awaits(small, self.calls) else None
        container_writes: set[int] = set()
        for call in calls_in(small):
            info = self._call_info(call)
            if info.kind is not CallKind.UNKNOWN:
                continue
            if _output(info):
                found = found or False
                continue
            receiver = call.func.value if isinstance(call.func, cst.Attribute) else None
            method = call.func.attr.value if isinstance(call.func, cst.Attribute) else ""
            if (
                receiver is not None
                and self._immutable_expr(receiver, load)
                and (method in STR_METHODS)
            ):
                continue  # "sep".join(parts), text.strip(): string methods, pure
            # `groups[k].append(v)`, `groups.setdefault(k, []).append(v)`: an item of a
            # container is of the container's class (what is stored into one joins it).
            while isinstance(receiver, cst.Subscript) or (
                isinstance(receiver, cst.Call)
                and isinstance(receiver.func, cst.Attribute)
                and isinstance(receiver.func.value, cst.Name)
                and receiver.func.attr.value in _ITEM_OF
            ):
                receiver = (
                    receiver.value if isinstance(receiver, cst.Subscript) else receiver.func.value  # type: ignore[attr-defined]
                )
            if (
                isinstance(receiver, cst.Name)
                and receiver.value in load
                and method in CONTAINER_MUTATORS
            ):
                c = self.class_of(load[receiver.value])
                if c is not None and self.classes.find(c) != WORLD:
                    # A container only this function holds: a local mutation, not an effect.
                    container_writes.add(c)
                    arg_classes = {
                        k
                        for a in call.args
                        for n in loads(a.value)
                        if n in load and (k := self.class_of(load[n])) is not None
                    }
                    self.classes.union(c, *arg_classes)
                    continue
            found = True
        return found, container_writes

    def _own_object(self, call: cst.Call, info: CallInfo, load: Mapping[str, str]) -> int | None:
        """The alias class of ``x`` in ``x.m(...)``, a method whose only effects are changes
        to its own object (`HelperSummary.changes_self`); None for any other call."""
        func = call.func
        if (
            info.helper is None
            or not info.helper.changes_self
            or not isinstance(func, cst.Attribute)
            or not isinstance(func.value, cst.Name)
            or func.value.value not in load
        ):
            return None
        return self.class_of(load[func.value.value])

    def _immutable_expr(self, expr: cst.BaseExpression, load: Mapping[str, str]) -> bool:
        if isinstance(expr, cst.SimpleString | cst.ConcatenatedString | cst.FormattedString):
            return True
        if isinstance(expr, cst.Name) and expr.value in load:
            return self.class_of(load[expr.value]) is None
        if isinstance(expr, cst.Call):
            # `extract(r).strip().lower()`: what a call makes immutable, a string method of
            # an immutable value (unless it makes a list).
            info = self._call_info(expr)
            if info.immutable_result or (info.helper is not None and info.helper.immutable_result):
                return True
            func = expr.func
            return (
                isinstance(func, cst.Attribute)
                and func.attr.value in STR_METHODS
                and func.attr.value not in LIST_RESULT_METHODS
                and self._immutable_expr(func.value, load)
            )
        return False

    def _class_of_value(
        self, small: cst.CSTNode, step: Facts, read_classes: set[int]
    ) -> int | None:
        value = getattr(small, "value", None)
        if isinstance(small, cst.Import | cst.ImportFrom):
            return WORLD
        if isinstance(small, cst.AugAssign):
            return self.class_of(next(iter(step.updates))) if step.updates else WORLD
        if not isinstance(value, cst.BaseExpression):
            return WORLD
        return self._expr_class(value, step.load_names, read_classes)

    def _expr_class(
        self, value: cst.BaseExpression, load: Mapping[str, str], read_classes: set[int]
    ) -> int | None:
        if isinstance(value, cst.Name):
            if value.value in load:
                return self.class_of(load[value.value])
            return None if value.value in ("None", "True", "False") else WORLD
        if immutable_literal(value):
            return None
        if isinstance(value, cst.IfExp):
            body = self._expr_class(value.body, load, read_classes)
            orelse = self._expr_class(value.orelse, load, read_classes)
            if body is None and orelse is None:
                return None  # `m.group(1) if m else ""`: immutable either way
        if isinstance(value, cst.Call):
            info = self._call_info(value)
            if info.immutable_result or (info.helper is not None and info.helper.immutable_result):
                return None
            if info.kind is not CallKind.UNKNOWN and not info.fresh_result:
                given = returned_arguments(value, info.helper) if info.helper else None
                if given is not None:
                    # A helper whose result may be what it was given for some parameters
                    # (`aliasing.returned_parameters`): what was passed for them.
                    return self._given_class(given, load)
                return self.classes.union(WORLD, *read_classes)  # may be module state
            func = value.func
            if isinstance(func, cst.Attribute) and self._immutable_expr(func.value, load):
                method = func.attr.value
                if method in STR_METHODS:
                    return None if method not in LIST_RESULT_METHODS else self.classes.new()
            receiver = func.value if isinstance(func, cst.Attribute) else None
            if (
                info.kind is CallKind.UNKNOWN
                and isinstance(receiver, cst.Name)
                and receiver.value in load
                and func.attr.value in CONTAINER_MUTATORS  # type: ignore[attr-defined]
                and (c := self.class_of(load[receiver.value])) is not None
            ):
                # `store.setdefault(k, v)`, `xs.pop()`: an item of a container of the
                # function's own (what it gave it, or held already): shares its class.
                return self.classes.union(c, *read_classes)
            if info.kind is CallKind.UNKNOWN:
                return WORLD
            # A pure builtin: a fresh value that may hold its arguments.
            return self.classes.union(self.classes.new(), *read_classes)
        if isinstance(
            value,
            cst.List | cst.Dict | cst.Set | cst.Tuple | cst.ListComp | cst.DictComp | cst.SetComp,
        ):
            return self.classes.union(self.classes.new(), *read_classes)
        if isinstance(value, cst.Comparison | cst.UnaryOperation) and not read_classes:
            return None
        if isinstance(value, cst.BinaryOperation) and not read_classes:
            return None  # arithmetic and concatenation of immutable values
        # Anything else (attribute and item reads, operators on objects) may alias its inputs.
        return self.classes.union(*read_classes) if read_classes else self.classes.new()

    def _given_class(self, given: list[cst.BaseExpression], load: Mapping[str, str]) -> int:
        classes: set[int] = set()
        for arg in given:
            names = loads(arg)
            reads = {c for n in names if n in load and (c := self.class_of(load[n])) is not None}
            if any(n not in load and n not in ("None", "True", "False") for n in names):
                reads.add(WORLD)  # a global's value
            if (c := self._expr_class(arg, load, reads)) is not None:
                classes.add(c)
        return self.classes.union(self.classes.new(), *classes)


def analyse_effects(
    ctx: CompileContext,
    steps: Sequence[Facts],
    fanouts: Mapping[int, FanOut | InOrder],
    params: Sequence[str],
    immutable_params: set[str],
    top: bool = True,
) -> tuple[Effects, ...]:
    """``fanouts``: the loops stage's verdicts (`loops.judge_loops`); ``params``: the names
    bound on entry; ``immutable_params``: those known immutable; ``top``: the function's own
    body (else a block's)."""
    rebound = immutable_locals(ctx.src.func, set(ctx.immutable), ctx.calls, ctx.scope.declared)
    constants = frozenset(n for n, kind in module_facts(ctx.src).types.items() if kind == "str")
    analysis = _Analysis(
        ctx.calls, immutable_params, params, ctx.scope.declared, rebound, constants - ctx.local
    )
    # A block's body may run after a client the function installs: taken so whenever the
    # function installs one anywhere.
    analysis.own_client = not top and changes_client(ctx.src.func.body, ctx.calls)
    analysis.output_moves = output_may_move(ctx)
    analysis.inserting = inserting_names(ctx.src.func, ctx.calls) | (
        module_facts(ctx.src).inserting - ctx.local
    )
    return analysis.run(steps, fanouts)
