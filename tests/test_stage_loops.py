"""Stage 6, loops (`analysis.loops.analyse_loops`): which `for` loops have independent
iterations and fan out, what the `FanOut` record holds (targets, per-item body, collection
operations, guard), and each reason a loop is kept in order."""

from __future__ import annotations

import pytest
from stagekit import LM, code, run

from autoform.analysis.loops import InOrder, Why, analyse_loops, judge_loops

CALL = LM.format("doc")
KEEP = "import json\nimport logging\nimport re\n\n\ndef keep(x):\n    pass\n\n\n"


def fanouts(tmp_path, body: str):
    return run(tmp_path, body, "loops", signature="docs: list", extra=KEEP).fanouts


def fans_out(tmp_path, body: str) -> bool:
    return bool(fanouts(tmp_path, body))


def test_which_loops_fan_out(tmp_path):
    assert fans_out(tmp_path, f"out = []\nfor doc in docs:\n    out.append({CALL})\nreturn out\n")
    assert fans_out(tmp_path, f"out = {{}}\nfor doc in docs:\n    out[doc] = {CALL}\nreturn out\n")
    # an effect, a carried value, a break, the container read or walked: kept in order
    assert not fans_out(
        tmp_path, f"out = []\nfor doc in docs:\n    keep(doc)\n    out.append({CALL})\n"
    )
    assert not fans_out(
        tmp_path,
        f"out = []\nprev = ''\nfor doc in docs:\n    prev = prev + {CALL}\n    out.append(prev)\n",
    )
    assert not fans_out(
        tmp_path,
        f"out = []\nfor doc in docs:\n    if not doc:\n        break\n    out.append({CALL})\n",
    )
    assert not fans_out(
        tmp_path,
        f"out = []\nfor doc in docs:\n    out.append(af.format('{{}}{{}}', {CALL}, len(out)))\n",
    )
    assert not fans_out(tmp_path, f"out = [1]\nfor doc in out:\n    out.append({CALL})\n")
    # a name the body binds, read after the loop (the last item's value): the items' calls
    # together, the rest of each item in order, in the function, which binds the name
    (fan,) = fanouts(
        tmp_path, f"out = []\nfor doc in docs:\n    x = {CALL}\n    out.append(x)\nreturn x\n"
    ).values()
    assert not fan.collects and fan.carried == ("x",) and len(fan.rest) == 1
    # a container the caller may hold
    assert not fans_out(tmp_path, f"for doc in docs:\n    docs.append({CALL})\n")


def test_known_pure_calls_and_output_fan_out(tmp_path):
    # re, json, str methods of a reply: pure; print and logging: output, in item order
    found = fanouts(
        tmp_path,
        f"out = []\nfor doc in docs:\n    r = {CALL}\n    m = re.search('<(.*)>', r)\n"
        "    print(doc)\n    logging.info('%s', r)\n"
        "    out.append(json.loads(m.group(1)) if m else r.strip().lower())\nreturn out\n",
    )
    assert [f.ordered for f in found.values()] == [True]
    found = fanouts(
        tmp_path,
        f"out = []\nfor doc in docs:\n    r = {CALL}\n    out.append(json.loads(r))\nreturn out\n",
    )
    assert [f.ordered for f in found.values()] == [False]


def test_the_fanout_record(tmp_path):
    found = fanouts(
        tmp_path,
        f"out = []\nlens = {{}}\nfor doc in docs:\n    g = {CALL}\n"
        "    out.append(g)\n    lens[doc] = len(g)\nreturn out, lens\n",
    )
    assert list(found) == [2]  # keyed by the loop's step index
    fan = found[2]
    assert fan.targets == ("doc",)
    assert [code(s).strip() for s in fan.body] == [f"g = {CALL}"]
    assert [(c.container, c.key and code(c.key), code(c.value)) for c in fan.collects] == [
        ("out", None, "g"),
        ("lens", "doc", "len(g)"),
    ]
    assert fan.guard is None


def test_a_guarded_collection_fans_out_with_its_guard(tmp_path):
    fan = fanouts(
        tmp_path,
        f"out = []\nfor doc in docs:\n    g = {CALL}\n    if g:\n        out.append(g)\n"
        "return out\n",
    )[1]
    assert code(fan.guard) == "g"
    assert [c.container for c in fan.collects] == ["out"]


def test_a_tuple_target_fans_out(tmp_path):
    body = f"out = []\nfor i, doc in enumerate(docs):\n    out.append({CALL})\nreturn out\n"
    assert fanouts(tmp_path, body)[1].targets == ("i", "doc")


def test_a_container_rebound_fresh_again_is_fresh(tmp_path):
    body = f"out = 1\nout = list(docs)\nfor doc in docs:\n    out.append({CALL})\nreturn out\n"
    assert list(fanouts(tmp_path, body)) == [2]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(f"for doc in docs:\n    {CALL}\n", id="collects nothing"),
        pytest.param(
            f"out = []\nfor doc in docs:\n    out.append({CALL})\nelse:\n    pass\nreturn out\n",
            id="an else",
        ),
        pytest.param(
            f"out = []\nfor doc.x in docs:\n    out.append({CALL})\nreturn out\n",
            id="an attribute target",
        ),
        pytest.param(
            f"out = keep(1)\nfor doc in docs:\n    out.append({CALL})\nreturn out\n",
            id="a container not built here",
        ),
        pytest.param(
            f"out = []\nfor doc in docs:\n    keep(doc)\n    out.append({CALL})\nreturn out\n",
            id="an unknown call",
        ),
        pytest.param(
            f"out = []\nfor doc in docs:\n    doc.x = 1\n    out.append({CALL})\nreturn out\n",
            id="a store into an attribute",
        ),
        pytest.param(
            f"out = []\nfor doc in docs:\n    if doc:\n        continue\n    out.append({CALL})\n"
            "return out\n",
            id="a continue",
        ),
        pytest.param(
            f"out = []\nfor doc in docs:\n    out.append({CALL})\n    out.append(out[0])\n"
            "return out\n",
            id="the container read in the body",
        ),
    ],
)
def test_reasons_a_loop_stays_in_order(tmp_path, body, request):
    assert fanouts(tmp_path, body) == {}
    # and the record says why, with the line of the statement that has the fact
    s = run(tmp_path, body, "activity", signature="docs: list", extra=KEEP)
    ((j, held),) = judge_loops(s.ctx, s.facts, True).items()
    why, below = _WHY[request.node.callspec.id]
    assert isinstance(held, InOrder)
    assert (held.why, held.line - s.facts[j].origin.line) == (why, below)


# The fact each loop above is kept in order for, and how many lines below the `for` the
# statement that has it stands.
_WHY = {
    "collects nothing": (Why.NO_COLLECTION, 1),
    "an else": (Why.ELSE, 2),
    "an attribute target": (Why.TARGET, 0),
    "a container not built here": (Why.NOT_FRESH, 1),
    "an unknown call": (Why.UNKNOWN_CALL, 1),
    "a store into an attribute": (Why.STORES, 1),
    "a continue": (Why.EXITS, 2),
    "the container read in the body": (Why.READS_COLLECTED, 2),
}


def test_inside_a_block_a_name_the_body_binds_must_appear_nowhere_else(tmp_path):
    body = f"g = 'x'\nout = []\nfor doc in docs:\n    g = {CALL}\n    out.append(g)\nreturn out\n"
    s = run(tmp_path, body, "activity", signature="docs: list")
    # In the function's own body, only the steps after the loop count ...
    assert [(j, f.collects != ()) for j, f in analyse_loops(s.ctx, s.facts, top=True).items()] == [
        (2, True)
    ]
    # ... in a block's body what follows is not all there: any other mention counts, and the
    # items only make their calls together, the rest of each runs in order in the function.
    (fan,) = analyse_loops(s.ctx, s.facts, top=False).values()
    assert not fan.collects and fan.carried == ("g",)


def test_extend_try_and_a_branch_not_taken(tmp_path):
    # `out.extend(vs)` collects; a name a `try` binds on every way through it is the item's
    found = fanouts(
        tmp_path,
        f"out = []\nfor doc in docs:\n    r = {CALL}\n    try:\n        v = json.loads(r)\n"
        "    except ValueError:\n        v = []\n    out.extend(v)\nreturn out\n",
    )
    (fan,) = found.values()
    assert fan.collects[0].method == "extend" and fan.unless is None
    assert fan.own == {"doc", "r", "v"}
    # bound in the try's body only: the handler may see the item before's, so the `try`
    # runs in order, in the function (the items make only their calls together)
    (fan,) = fanouts(
        tmp_path,
        f"out = []\nv = []\nfor doc in docs:\n    r = {CALL}\n    try:\n        v = json.loads(r)\n"
        "    except ValueError:\n        pass\n    out.append(v)\nreturn out\n",
    ).values()
    assert not fan.collects and len(fan.rest) == 2 and fan.carried == ("r",)
    # the container read on a branch an unchanged test keeps from running: decided at run time
    branch = (
        "out = []\nfor doc in docs:\n    if deep and out:\n        p = out[-1]\n    else:\n"
        f"        p = doc\n    out.append({LM.format('p')})\nreturn out\n"
    )
    found = run(tmp_path, branch, "loops", signature="docs: list, deep: bool", extra=KEEP).fanouts
    (fan,) = found.values()
    assert code(fan.unless) == "deep"
    # not so for a parameter of no immutable annotation, nor for one the function rebinds
    found = run(tmp_path, branch, "loops", signature="docs: list, deep", extra=KEEP).fanouts
    assert not found
    rebinds = branch.replace("return out", "deep = False\nreturn out")
    found = run(tmp_path, rebinds, "loops", signature="docs: list, deep: bool", extra=KEEP).fanouts
    assert not found
