"""A generator of prompts that reads a list the loop body appends to (lazy)."""

import autoform as af

CAUSE = "generator reads body's list"
ARGS = (["owls", "cats", "dogs"],)


def main(items: list):
    got = []

    def prompts():
        for t in items:
            yield f"{t} after {len(got)}"

    for p in prompts():
        got.append(af.lm_call([{"role": "user", "content": p}], model="m"))
    return got
