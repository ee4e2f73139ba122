"""A string annotation on main calls a function that prints when evaluated."""

import autoform as af

CAUSE = "compile evaluates string annotation"
ARGS = (["owls", "cats"],)


def noted():
    print("annotation evaluated")
    return list


def main(topics: "noted()") -> "noted()":
    print("start")
    out: "noted()" = []
    for t in topics:
        out.append(af.lm_call([{"role": "user", "content": t}], model="m"))
    return out
