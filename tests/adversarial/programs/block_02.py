"""An `if` on a local list that a statement before it mutates (after a call)."""

import autoform as af

CAUSE = "blocks"
ARGS = ("owl",)


def main(topic: str):
    todo = []
    a = af.lm_call([{"role": "user", "content": topic}], model="m")
    todo.append(a)
    if todo:
        b = af.lm_call([{"role": "user", "content": "have " + todo[0]}], model="m")
    else:
        b = af.lm_call([{"role": "user", "content": "nothing"}], model="m")
    return b
