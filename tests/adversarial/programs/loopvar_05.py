"""The second loop's target is a tuple that includes the first loop's variable."""

import autoform as af

CAUSE = "loop-variable"
ARGS = (["owl", "bat"], [])


def main(topics: list[str], pairs: list):
    out = []
    for t in topics:
        out.append(af.lm_call([{"role": "user", "content": t}], model="m"))
    labels = []
    for t, n in pairs:
        labels.append(f"{n}:{t}")
    return [out, labels, t]
