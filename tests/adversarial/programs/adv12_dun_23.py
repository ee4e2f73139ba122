"""__format__ records each use through a local alias of a list attribute (`seen += [...]`)."""

import autoform as af

CAUSE = "fan-out format alias augassign"
ARGS = (["owls", "cats", "dogs"],)


class Tracker:
    def __init__(self):
        self.seen = []

    def __format__(self, spec):
        seen = self.seen
        seen += [spec]
        return f"#{len(seen)}"


def main(topics: list):
    tr = Tracker()
    out = []
    for t in topics:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        out.append(af.lm_call([{"role": "user", "content": f"{r} {tr:x}"}], model="m"))
    return out
