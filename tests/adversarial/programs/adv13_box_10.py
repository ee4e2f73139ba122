"""A generator defined in main numbers prompts by how many replies are in `out`; the loop
appends each reply to `out`."""

import autoform as af

CAUSE = "generator closure reads collection"
ARGS = (["owls", "cats", "dogs"],)


def main(items: list):
    out = []

    def prompts():
        for t in items:
            yield f"{t} after {len(out)}"

    for p in prompts():
        out.append(af.lm_call([{"role": "user", "content": p}], model="m"))
    return out
