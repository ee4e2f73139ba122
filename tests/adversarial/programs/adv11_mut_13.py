"""Each item is an object; each turn sets a hint on the next item (a linked chain)."""

import autoform as af

CAUSE = "mutation"
ARGS = (["owls", "cats", "dogs"],)


class Node:
    def __init__(self, t):
        self.t = t
        self.hint = ""
        self.next = None


def main(topics: list):
    nodes = [Node(t) for t in topics]
    for a, b in zip(nodes, nodes[1:]):
        a.next = b
    out = []
    for n in nodes:
        r = af.lm_call([{"role": "user", "content": n.t + n.hint}], model="m")
        if n.next is not None:
            n.next.hint = " after " + r[3:7]
        out.append(r)
    return out
