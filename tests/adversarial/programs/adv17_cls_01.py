"""A Summarizer class with a functools.cached_property for its system prompt (built once,
counting builds in a module dict) and a method per item."""

import functools

import autoform as af

CAUSE = "cached_property built once"
ARGS = (["owls", "cats", "dogs"],)
BUILDS = {"n": 0}


class Summarizer:
    def __init__(self, style):
        self.style = style

    @functools.cached_property
    def system(self):
        BUILDS["n"] += 1
        return f"You write {self.style} summaries."

    def run(self, t):
        return af.lm_call(
            [{"role": "system", "content": self.system}, {"role": "user", "content": t}],
            model="m",
        )


def main(items: list):
    s = Summarizer("short")
    return [s.run(t) for t in items]
