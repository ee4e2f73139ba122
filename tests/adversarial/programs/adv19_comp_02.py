"""A comprehension's variable shares its name with a local read afterwards."""

import autoform as af

CAUSE = "comprehension var shadows local"
ARGS = (["owls", "cats"],)


def main(items: list):
    t = "keep"
    rs = [af.lm_call([{"role": "user", "content": t}], model="m") for t in items]
    return rs, t
