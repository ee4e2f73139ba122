"""A reply parsed with str.split and unpacked into two names: ValueError on one reply."""

import autoform as af

CAUSE = "pipeline"
ARGS = (["owl", "bat:cat"],)
LOG = []


def main(topics: list[str]):
    pairs = []
    for t in topics:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        LOG.append("reply " + r)
        head, tail = r.strip("<>").split(":", 1)[0], r.rsplit(":", 1)[1]
        pairs.append((head, tail))
    left, right = pairs[1][1].split(":")
    return [pairs, left, right]
