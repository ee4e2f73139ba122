"""range(len) loop writes items[i+1] from reply i (each prompt depends on the previous)."""

import autoform as af

CAUSE = "write next index"
ARGS = (["owls", "cats", "dogs"],)


def main(items: list):
    out = []
    for i in range(len(items)):
        r = af.lm_call([{"role": "user", "content": items[i]}], model="m")
        if i + 1 < len(items):
            items[i + 1] = items[i + 1] + r[:4]
        out.append(r)
    return out
