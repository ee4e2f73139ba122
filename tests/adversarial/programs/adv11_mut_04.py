"""zip(strict=True) of topics and styles of unequal length: ValueError after the calls."""

import autoform as af

CAUSE = "flow"
ARGS = (["owls", "cats", "dogs"], ["short", "long"])
LOG = []


def main(topics: list, styles: list):
    out = []
    for t, s in zip(topics, styles, strict=True):
        out.append(af.lm_call([{"role": "user", "content": f"{s} {t}"}], model="m"))
        LOG.append(t)
    return out
