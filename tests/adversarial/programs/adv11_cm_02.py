"""A report object asks for a summary in __exit__; one report per topic."""

import autoform as af

CAUSE = "contextmanager"
ARGS = (["owls", "cats"],)
LOG = []


class Report:
    def __init__(self, t):
        self.t = t
        self.lines = []

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.summary = af.lm_call([{"role": "user", "content": " ".join(self.lines)}], model="m")
        LOG.append("summarised " + self.t)
        return False


def main(topics: list):
    out = []
    for t in topics:
        with Report(t) as rep:
            rep.lines.append(af.lm_call([{"role": "user", "content": t}], model="m"))
        out.append(rep.summary)
    return out
