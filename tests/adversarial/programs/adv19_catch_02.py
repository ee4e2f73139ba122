"""Custom context manager whose __exit__ returns a truthy non-bool, swallowing the failure."""

import autoform as af

CAUSE = "truthy __exit__ around loop"
ARGS = (["owls", "cats", "dogs"],)
FAIL = ["cats"]


class Guard:
    def __enter__(self):
        return self

    def __exit__(self, et, ev, tb):
        if et is not None:
            print("swallowed", et.__name__)
        return "yes"


def main(items: list):
    out = []
    with Guard():
        for t in items:
            out.append(af.lm_call([{"role": "user", "content": t}], model="m"))
    return out
