"""traceback.print_exc() in a handler around a helper that fails on a reply (int() of
text): the printed traceback shows the helper's frame and the line in main."""

import traceback

import autoform as af

CAUSE = "print_exc helper failure"
ARGS = (["owls", "cats"],)


def score(reply):
    return int(reply.strip("<>").split(":")[0])


def main(items: list):
    out = []
    for t in items:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        try:
            out.append(score(r))
        except ValueError:
            traceback.print_exc()
            out.append(None)
    return out
