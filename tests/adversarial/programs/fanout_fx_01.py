"""A helper that prints is called in the body of a loop that could fan out."""

import autoform as af

CAUSE = 3
ARGS = (["a", "b", "c", "d"],)


def ask_and_report(q):
    r = af.lm_call([{"role": "user", "content": q}], model="m")
    print("done", q)
    return r


def main(items: list):
    out = []
    for it in items:
        out.append(ask_and_report(it))
    return out
