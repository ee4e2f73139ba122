"""The loop variable is reused after the loop as a prompt; the loop breaks on a reply."""

import autoform as af

CAUSE = "loop var after break as prompt"
ARGS = (["owls", "cats", "dogs"],)


def main(items: list):
    out = []
    for t in items:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        out.append(r)
        if "cats" in r:
            break
    return out, af.lm_call([{"role": "user", "content": "last " + t}], model="m")
