"""__bool__ spends by extending a default-argument list in place (no store, no call)."""

import autoform as af

CAUSE = "fan-out dunder augassign default"
ARGS = (["owls", "cats", "dogs", "bees"],)
SPENT = []


class Budget:
    def __bool__(self, _spent=SPENT):
        _spent += [1]
        return len(_spent) <= 2


def main(topics: list):
    budget = Budget()
    out = []
    for t in topics:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        if budget:
            r = af.lm_call([{"role": "user", "content": "refine " + r}], model="m")
        out.append(r)
    return out
