"""sorted() with a key function that asks the LM and logs each score."""

import autoform as af

CAUSE = "sortkey"
ARGS = (["owls", "cats", "dogs"],)
LOG = []


def score(t):
    r = af.lm_call([{"role": "user", "content": "score " + t}], model="m")
    LOG.append("scored " + t)
    return len(r) * 0 + ord(t[1])


def main(topics: list):
    return sorted(topics, key=score)
