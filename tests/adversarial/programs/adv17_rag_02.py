"""Map-reduce summary: each section summarized, then pairs of summaries merged until one is
left; progress printed per merge."""

import autoform as af

CAUSE = "map reduce tree"
ARGS = (["intro", "methods", "results", "discussion", "appendix"],)


def summarize(text):
    return af.lm_call([{"role": "user", "content": f"summarize {text}"}], model="m")


def main(sections: list):
    layer = [summarize(s) for s in sections]
    level = 0
    while len(layer) > 1:
        level += 1
        nxt = []
        for a, b in zip(layer[::2], layer[1::2]):
            print(f"level {level}: merging {len(a)}+{len(b)}")
            nxt.append(summarize(a[-10:] + b[-10:]))
        if len(layer) % 2:
            nxt.append(layer[-1])
        layer = nxt
    return layer[0], level
