"""Stage 5, activity (`analysis.activity.analyse_activity`): versioned reads and writes of
local names. Rebinding makes a fresh version, `x += ...` updates the current one in place,
names bound in blocks (or pinned by the caller) keep one identifier, globals are not
versioned, and a call that may run a nested function reads what it captures."""

from __future__ import annotations

from stagekit import LM, run

from autoform.analysis.activity import analyse_activity


def table(tmp_path, body: str, **kw) -> list[tuple[list[str], list[str], list[str]]]:
    """(reads, writes, updates) per step."""
    s = run(tmp_path, body, "activity", **kw)
    return [(sorted(a.reads), sorted(a.writes), sorted(a.updates)) for a in s.activity]


def test_rebinding_gets_a_fresh_version(tmp_path):
    s = run(
        tmp_path, f"x = {LM.format('topic')}\ny = x\nx = {LM.format('y')}\nreturn x\n", "activity"
    )
    assert [sorted(a.writes) for a in s.activity] == [["x"], ["y"], ["x_2"], []]
    assert s.activity[3].reads == {"x_2"}
    # The emitter's renaming maps: the user's name -> the version's identifier.
    assert s.activity[2].store_names == {"x": "x_2"}
    assert s.activity[3].load_names == {"x": "x_2"}


def test_parameters_are_the_first_version(tmp_path):
    assert table(tmp_path, "topic = topic + '!'\nreturn topic\n") == [
        (["topic"], ["topic_2"], []),
        (["topic_2"], [], []),
    ]


def test_a_fresh_version_avoids_the_users_names(tmp_path):
    s = run(tmp_path, "x_2 = 1\nx = 1\nx = 2\nreturn x, x_2\n", "activity")
    fresh = s.activity[2].store_names["x"]
    assert fresh not in {"x", "x_2"}
    assert s.activity[3].load_names == {"x": fresh, "x_2": "x_2"}


def test_augmented_assignment_updates_the_current_version(tmp_path):
    assert table(tmp_path, "x = topic\nx += 'a'\nx = 'b'\nreturn x\n") == [
        (["topic"], ["x"], []),
        (["x"], [], ["x"]),  # reads and updates `x`, binds no new version
        ([], ["x_2"], []),
        (["x_2"], [], []),
    ]


def test_names_bound_in_blocks_keep_one_identifier(tmp_path):
    s = run(tmp_path, "n = 0\nif topic:\n    n = 1\nreturn n\n", "activity")
    assert s.pinned == {"n"}
    assert table(tmp_path, "n = 0\nif topic:\n    n = 1\nreturn n\n") == [
        ([], [], ["n"]),  # a pinned name's binding updates the variable in place
        (["n", "topic"], [], ["n"]),
        (["n"], [], []),
    ]


def test_the_caller_may_pin_names(tmp_path):
    # Inside a block's body every local is pinned: no new versions at all.
    s = run(tmp_path, "x = topic\nx = x + '!'\nreturn x\n", "normalize")
    activity = analyse_activity(s.ctx, s.steps, s.ctx.params, {"x", "topic"})
    assert [a.store_names for a in activity] == [{"x": "x"}, {"x": "x"}, {}]
    assert [sorted(a.updates) for a in activity] == [["x"], ["x"], []]


def test_globals_and_builtins_are_not_versioned(tmp_path):
    assert table(tmp_path, "global G\nG = topic\nreturn G, len(topic)\n") == [
        (["topic"], [], []),
        (["topic"], [], []),
    ]


def test_unpacking_binds_every_name_and_a_subscript_store_reads_its_base(tmp_path):
    assert table(tmp_path, "a, (b, c) = topic\nd = [a]\nd[0] = b\nreturn d\n") == [
        (["topic"], ["a", "b", "c"], []),
        (["a"], ["d"], []),
        (["b", "d"], [], []),
        (["d"], [], []),
    ]


def test_a_call_that_may_run_a_closure_reads_what_it_captures(tmp_path):
    body = "tone = 'a'\ndef say(x):\n    return tone + x\nr = say(topic)\nreturn r\n"
    assert table(tmp_path, body)[2] == (["say", "tone", "topic"], ["r"], [])
    assert table(tmp_path, "tone = 'a'\nr = len(topic)\nreturn r\n")[1] == (["topic"], ["r"], [])


def test_a_call_that_may_run_a_nonlocal_writer_updates_the_name(tmp_path):
    body = "c = 0\ndef bump():\n    nonlocal c\n    c += 1\nbump()\nreturn c\n"
    assert table(tmp_path, body)[2] == (["bump", "c"], [], ["c"])


def test_a_walrus_binding_is_pinned(tmp_path):
    assert table(tmp_path, "if (n := len(topic)):\n    pass\nreturn n\n") == [
        (["topic"], [], ["n"]),
        (["n"], [], []),
    ]
