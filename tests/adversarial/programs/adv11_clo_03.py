"""A nested helper asks and then bumps a nonlocal counter; the next item's prompt reads it."""

import autoform as af

CAUSE = "closures"
ARGS = (["owls", "cats", "dogs"],)


def main(topics: list):
    done = 0

    def ask(q):
        nonlocal done
        r = af.lm_call([{"role": "user", "content": f"{q} after {done}"}], model="m")
        done += 1
        return r

    out = []
    for t in topics:
        out.append(ask(t))
    return out, done
