"""A helper is swapped for a version with LM calls after the first reply, in a loop."""

import autoform as af

CAUSE = "rebind"
ARGS = (["owl", "bat", "cat"],)


def label(t):
    return "plain:" + t


def smart_label(t):
    return af.lm_call([{"role": "user", "content": "label " + t}], model="m")


def main(topics: list[str]):
    global label
    out = []
    for i, t in enumerate(topics):
        if i == 1:
            label = smart_label
        out.append(label(t))
    return out
