"""Stage 7, effects (`analysis.effects.analyse_effects`): the kind of each step (pure, call,
effect, return, block), the alias atoms it reads and may change, values escaping to the
outside world (atom `WORLD`), a fresh container's mutation staying private, blocks that make
calls or may leave the body, and the fan-outs it keeps or drops."""

from __future__ import annotations

from stagekit import LM, run

from autoform.analysis.aliasing import WORLD
from autoform.analysis.effects import analyse_effects
from autoform.analysis.loops import Why
from autoform.ir import StepKind

KEEP = "def keep(x):\n    pass\n\n\n"


def effects(tmp_path, body: str, signature: str = "topic: str", extra: str = KEEP):
    """Runs the stages before effects, then effects itself on their records."""
    s = run(tmp_path, body, "loops", signature=signature, extra=extra)
    return analyse_effects(s.ctx, s.facts, s.fanouts, s.on_entry, s.immutable)


def kinds(found) -> list[str]:
    return [e.kind.value for e in found]


def test_kinds_of_steps(tmp_path):
    found = effects(
        tmp_path,
        """\
        msgs = [dict(role="user", content=topic)]
        msgs.append(dict(role="user", content="more"))
        print(topic)
        keep(msgs)
        a = af.lm_call(msgs, model="m")
        return a
        """,
    )
    assert kinds(found) == ["pure", "pure", "effect", "effect", "call", "return"]
    # After `keep(msgs)` the list may be held elsewhere: the call reads the outside world.
    assert 0 in found[4].reads_objects


def test_unannotated_parameters_may_be_shared(tmp_path):
    found = effects(
        tmp_path,
        "record(options)\nreturn options\n",
        signature="options",
        extra="def record(x):\n    pass\n\n\n",
    )
    assert 0 in found[0].writes_objects


def test_a_call_names_its_primitive_and_a_returned_call_is_a_call(tmp_path):
    found = effects(tmp_path, f"x = {LM.format('topic')}\nreturn {LM.format('x')}\n")
    assert [(e.kind, e.primitive, e.returns) for e in found] == [
        (StepKind.CALL, "autoform.lm_call", False),
        (StepKind.CALL, "autoform.lm_call", True),
    ]


def test_a_fresh_list_is_its_own_atom_and_changing_it_is_no_effect(tmp_path):
    found = effects(tmp_path, "a = []\nb = []\nc = a\nc.append(1)\nb.append(2)\nreturn a, b\n")
    assert kinds(found) == ["pure"] * 5 + ["return"]
    a, b = found[2].reads_objects, found[4].writes_objects  # `c = a` reads a's atom
    assert a and b and not a & b and WORLD not in a | b
    assert found[3].writes_objects == a  # through the alias `c`
    assert found[5].reads_objects == a | b


def test_a_value_handed_to_unknown_code_escapes_to_the_world(tmp_path):
    found = effects(tmp_path, "a = []\nkeep(a)\na.append(1)\nreturn a\n")
    assert found[1].kind is StepKind.EFFECT
    assert found[1].notes == ("may change state outside the function",)
    # From then on a's class holds the world: changing it is an effect.
    assert WORLD in found[2].writes_objects
    assert found[2].kind is StepKind.EFFECT


def test_before_it_escapes_a_value_is_private(tmp_path):
    found = effects(tmp_path, "a = []\na.append(1)\nkeep(a)\nreturn a\n")
    assert found[1].kind is StepKind.PURE
    assert WORLD not in found[1].writes_objects  # the snapshot as it was then


def test_globals_and_mutable_parameters_are_the_world(tmp_path):
    found = effects(tmp_path, "z = G\nz.append(1)\ndocs.append(1)\nreturn z\n", signature="docs")
    assert found[0].reads_objects == {WORLD}
    assert [(e.kind, WORLD in e.writes_objects) for e in found[1:3]] == [
        (StepKind.EFFECT, True),
        (StepKind.EFFECT, True),
    ]


def test_strings_and_results_of_str_methods_belong_to_no_class(tmp_path):
    found = effects(tmp_path, "x = topic.upper()\ny = x + '!'\nreturn y\n")
    assert all(not e.reads_objects and not e.writes_objects for e in found)
    # A list made by `str.split` is a fresh container of its own.
    found = effects(tmp_path, "y = topic.split()\ny.append('x')\nreturn y\n")
    assert found[1].kind is StepKind.PURE and WORLD not in found[1].writes_objects


def test_print_assert_and_raise_are_effects(tmp_path):
    found = effects(tmp_path, "print(topic)\nassert topic\nraise ValueError(topic)\n")
    assert kinds(found) == ["effect", "effect", "effect"]
    assert all(e.effect for e in found)


def test_blocks_say_whether_they_make_calls_and_whether_they_may_leave(tmp_path):
    found = effects(
        tmp_path,
        f"if topic:\n    x = {LM.format('topic')}\nelse:\n    x = 'n'\n"
        "for t in topic:\n    if t:\n        break\n"
        "while topic:\n    return 1\n"
        "return x\n",
    )
    assert kinds(found) == ["block", "block", "block", "return"]
    assert [e.makes_calls for e in found[:3]] == [True, False, False]
    # A loop's own `break` stays inside it; a `return` leaves the body.
    assert [e.exits for e in found[:3]] == [False, False, True]


def test_a_fanout_is_kept_for_a_private_container(tmp_path):
    body = f"out = []\nfor doc in docs:\n    out.append({LM.format('doc')})\nreturn out\n"
    found = effects(tmp_path, body, signature="docs: list")
    assert found[1].fanout is not None and found[1].kind is StepKind.BLOCK


def test_a_fanout_into_a_container_others_may_see_is_dropped(tmp_path):
    call = LM.format("doc")
    body = f"out = []\nkeep(out)\nfor doc in docs:\n    out.append({call})\nreturn out\n"
    s = run(tmp_path, body, "loops", signature="docs: list", extra=KEEP)
    assert list(s.fanouts) == [2]  # the loops stage alone cannot know the list escaped
    found = analyse_effects(s.ctx, s.facts, s.fanouts, s.on_entry, s.immutable)
    assert found[2].fanout is None
    assert found[2].in_order.why is Why.ESCAPED and found[2].in_order.name == "out"
