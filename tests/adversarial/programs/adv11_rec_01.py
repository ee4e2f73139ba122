"""A recursive summariser over a nested outline, numbering calls in a global."""

import autoform as af

CAUSE = "recursion"
ARGS = (["intro", ["owls", "cats"], ["dogs", ["bees", "ants"]]],)
N = 0


def summarise(node):
    global N
    if isinstance(node, str):
        N += 1
        return af.lm_call([{"role": "user", "content": f"{N} {node}"}], model="m")
    parts = [summarise(c) for c in node]
    N += 1
    return af.lm_call(
        [{"role": "user", "content": f"{N} " + " ".join(p[-8:] for p in parts)}], model="m"
    )


def main(outline):
    return summarise(outline), N
