"""max() over a lazy map of asks; the prompt counter is a global bumped per ask."""

import autoform as af

CAUSE = "sortkey"
ARGS = (["owls", "cats", "dogs"],)
N = 0


def ask(t):
    global N
    N += 1
    return af.lm_call([{"role": "user", "content": f"{N} {t}"}], model="m")


def main(topics: list):
    best = max(map(ask, topics))
    return best, N
