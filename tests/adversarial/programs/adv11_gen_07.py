"""A generator reads a module-level setting as it yields; the loop body changes the setting
after the first reply."""

import autoform as af

CAUSE = "generator"
ARGS = (["owls", "cats", "dogs"],)
STYLE = "brief"


def prompts(topics):
    for t in topics:
        yield f"{STYLE}: {t}"


def main(topics: list):
    global STYLE
    out = []
    for p in prompts(topics):
        r = af.lm_call([{"role": "user", "content": p}], model="m")
        STYLE = "detailed"
        out.append(r)
    return out
