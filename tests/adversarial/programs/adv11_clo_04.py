"""A nested function without LM calls bumps a nonlocal counter after each reply; each
prompt quotes the counter."""

import autoform as af

CAUSE = "closures"
ARGS = (["owls", "cats", "dogs"],)


def main(topics: list):
    count = 0

    def bump():
        nonlocal count
        count += 1

    out = []
    for t in topics:
        out.append(af.lm_call([{"role": "user", "content": f"{t} {count}"}], model="m"))
        bump()
    return out, count
