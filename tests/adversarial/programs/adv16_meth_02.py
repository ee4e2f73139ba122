"""A module str constant is replaced at import time by globals().update with a user object
whose `replace` logs: main calls SEP.replace in the prompt loop."""

import autoform as af

CAUSE = "constant replaced at import"
ARGS = (["owls", "cats", "dogs"],)
LOG = []
SEP = " - "


class Sep:
    def replace(self, a, b):
        LOG.append(f"replace {a}->{b}")
        return f" {b} "

    def join(self, parts):
        LOG.append(f"join {len(parts)}")
        return " | ".join(parts)


globals().update(SEP=Sep())


def main(items: list):
    out = []
    for t in items:
        out.append(af.lm_call([{"role": "user", "content": t + SEP.replace("-", t[0])}], model="m"))
    return SEP.join(out)
