"""(The counter is a global int) main(topics: list) adds documents that number their renders; each item's second
prompt renders its topic and then quotes the render count."""

import autoform as af

CAUSE = "control"
ARGS = (["owls"],)
RENDERS = 0


class Doc:
    def __init__(self, t):
        self.t = t

    def __str__(self):
        global RENDERS
        RENDERS += 1
        return self.t


def main(topics: list):
    topics += [Doc("cats"), Doc("dogs"), Doc("bees")]
    out = []
    for t in topics:
        a = af.lm_call([{"role": "user", "content": "x"}], model="m")
        out.append(af.lm_call([{"role": "user", "content": f"{t} #{RENDERS}"}], model="m"))
    return out
