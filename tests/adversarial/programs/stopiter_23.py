"""map(next, ...) consumed by list(): a StopIteration ends the map quietly, as written."""

import autoform as af

CAUSE = "stop-iteration"
ARGS = ([["a", "b"], [], ["c"]],)


def main(groups: list):
    heads = list(map(next, map(iter, groups)))
    a = af.lm_call([{"role": "user", "content": repr(heads)}], model="m")
    return [a, heads]
