"""Locals named like the generated code's: `tasks`, `a_task`, `_each_it`."""

import autoform as af

CAUSE = "names"
ARGS = (["x", "y"],)


def main(items: list):
    tasks = ["t1"]
    a_task = "mine"
    a = af.lm_call([{"role": "user", "content": "a"}], model="m")
    b = af.lm_call([{"role": "user", "content": "b"}], model="m")
    c = af.lm_call([{"role": "user", "content": a}], model="m")
    d = af.lm_call([{"role": "user", "content": b + a_task}], model="m")
    _each_it = "each"
    out = []
    for it in items:
        out.append(af.lm_call([{"role": "user", "content": it}], model="m"))
    return [c, d, tasks, a_task, _each_it, out]
