"""A name deleted before the loop (a cleanup step) and read by each item after its call."""

import autoform as af

CAUSE = "9"
ARGS = (["owls", "cats"],)


def main(items: list):
    header = "Q: "
    prompts = [header + t for t in items]
    del header
    out = []
    for p in prompts:
        r = af.lm_call([{"role": "user", "content": p}], model="m")
        out.append(header + r)
    return out
