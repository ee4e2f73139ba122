"""A loop whose pre-call part skips some items with continue, then collects."""

import autoform as af

CAUSE = "continue before call"
ARGS = (["owls", "", "cats", "dogs"],)


def main(items: list):
    out = []
    for t in items:
        if not t:
            continue
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        out.append(r)
    else:
        out.append("end")
    return out
