"""Each item prints a per-item dict of stats that is later mutated by the next step."""

import autoform as af

CAUSE = "print then mutate"
ARGS = (["owls", "cats", "dogs"],)


def main(items: list):
    out = []
    for t in items:
        stats = {"topic": t}
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        print("stats", stats)
        stats["len"] = len(r)
        out.append(stats)
    return out
