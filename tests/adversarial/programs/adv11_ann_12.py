"""main(topics: list) extends with in-body documents (extend, not +=) adds documents that number their renders; each item's second
prompt renders its topic and then quotes the render count."""

import autoform as af

CAUSE = "subscript drops when_plain"
ARGS = (["owls"],)
RENDERS = [0]


class Doc:
    def __init__(self, t):
        self.t = t

    def __str__(self):
        RENDERS[0] += 1
        return self.t


def main(topics: list):
    topics.extend([Doc("cats"), Doc("dogs"), Doc("bees")])
    out = []
    for t in topics:
        a = af.lm_call([{"role": "user", "content": "x"}], model="m")
        out.append(af.lm_call([{"role": "user", "content": f"{t} #{RENDERS[0]}"}], model="m"))
    return out
