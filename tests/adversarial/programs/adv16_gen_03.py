"""next(gen) raising StopIteration inside a helper called in a loop: the loop's prompts
come from a shared iterator of ids that runs out."""

import autoform as af

CAUSE = "stopiteration from shared iterator"
ARGS = (["owls", "cats", "dogs", "bees"],)
IDS = iter([101, 102, 103])


def label(t):
    return f"{t}#{next(IDS)}"


def main(items: list):
    out = []
    try:
        for t in items:
            out.append(af.lm_call([{"role": "user", "content": label(t)}], model="m"))
    except StopIteration:
        out.append("ids exhausted")
    return out
