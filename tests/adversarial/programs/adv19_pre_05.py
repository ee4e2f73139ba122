"""Two pre-call failures of different types in items 1 and 2; item 2's would come first
if computed first."""

import autoform as af

CAUSE = "two pre-call failures"
ARGS = (["owls", "", None],)


def main(items: list):
    out = []
    for t in items:
        r = af.lm_call([{"role": "user", "content": t[0] + t}], model="m")
        out.append(r)
    return out
