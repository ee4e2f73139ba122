"""Loop with continue and else; else reads the last reply."""

import autoform as af

CAUSE = "continue then else reading last"
ARGS = (["owls", "cats", "dogs"],)


def main(items: list):
    out = []
    for t in items:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        if "cats" in r:
            continue
        out.append(r)
    else:
        out.append("last=" + r)
    return out
