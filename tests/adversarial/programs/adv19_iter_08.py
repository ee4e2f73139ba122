"""Loop over a set the body adds to: RuntimeError set changed size."""

import autoform as af

CAUSE = "set changed size"
ARGS = (["owls"],)


def main(items: list):
    s = set(items)
    out = []
    try:
        for t in s:
            r = af.lm_call([{"role": "user", "content": t}], model="m")
            s.add(r)
            out.append(r)
    except RuntimeError as e:
        print(type(e).__name__, e)
    return out
