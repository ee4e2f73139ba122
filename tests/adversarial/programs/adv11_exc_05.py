"""A context manager whose __exit__ logs and swallows; each turn uses it around a call."""

import autoform as af

CAUSE = "exceptions"
ARGS = (["owls", "bad", "cats"],)
FAIL = ["bad"]
LOG = []


class Guard:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        LOG.append("enter " + self.name)
        return self

    def __exit__(self, et, ev, tb):
        LOG.append(f"exit {self.name} {et.__name__ if et else None}")
        return True


def main(topics: list):
    out = []
    for t in topics:
        with Guard(t):
            r = af.lm_call([{"role": "user", "content": t}], model="m")
            out.append(r)
    return out
