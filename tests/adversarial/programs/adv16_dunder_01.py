"""A topic object whose __format__ logs every time it is formatted; prompts format it in a
loop together with a per-iteration counter the log reads."""

import autoform as af

CAUSE = "format dunder logs"
LOG = []


class Topic:
    def __init__(self, name):
        self.name = name

    def __format__(self, spec):
        LOG.append(f"fmt {self.name} {spec}")
        return self.name.upper() if spec == "u" else self.name


ARGS = ([Topic("owls"), Topic("cats"), Topic("dogs")],)


def main(topics: list):
    out = []
    for t in topics:
        r = af.lm_call([{"role": "user", "content": f"About {t:u}"}], model="m")
        LOG.append(f"got {len(r)}")
        out.append(f"{t}: {r}")
    return out
