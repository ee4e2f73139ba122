"""A user context manager per item prints on enter/exit around the call."""

import autoform as af

CAUSE = "context manager per item"
ARGS = (["owls", "cats", "dogs"],)


class Span:
    depth = 0

    def __init__(self, name):
        self.name = name

    def __enter__(self):
        Span.depth += 1
        print("  " * Span.depth + "enter", self.name)
        return self

    def __exit__(self, *exc):
        print("  " * Span.depth + "exit", self.name)
        Span.depth -= 1
        return False


def main(items: list):
    out = []
    for t in items:
        with Span(t):
            r = af.lm_call([{"role": "user", "content": t}], model="m")
        out.append(r)
    return out
