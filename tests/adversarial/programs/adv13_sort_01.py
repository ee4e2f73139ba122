"""sorted(key=...) with a key that calls the model and logs; then max(..., key=len) over
replies; then the winner's follow-up."""

import autoform as af

CAUSE = "sorted key calls"
ARGS = (["owls", "cats", "hippos", "bees"],)
LOG = []


def score(t):
    r = af.lm_call([{"role": "user", "content": f"rate {t}"}], model="m")
    LOG.append(t)
    return len(r), t


def main(items: list):
    ranked = sorted(items, key=score, reverse=True)
    replies = [af.lm_call([{"role": "user", "content": t}], model="m") for t in ranked]
    longest = max(replies, key=len)
    return ranked, af.lm_call([{"role": "user", "content": longest}], model="m")
