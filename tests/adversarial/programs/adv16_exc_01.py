"""A user context manager that prints on enter/exit and suppresses ValueError, wrapping a
per-item parse of the reply; later items still run."""

import json

import autoform as af

CAUSE = "suppressing context manager prints"
ARGS = (["owls", "cats", "dogs"],)


class Soft:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None)
        return et is not None and issubclass(et, ValueError)


def main(items: list):
    out = []
    for t in items:
        with Soft(t):
            r = af.lm_call([{"role": "user", "content": t}], model="m")
            out.append(json.loads(r))
        out.append(len(r))
    return out
