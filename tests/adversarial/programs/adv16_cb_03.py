"""re.sub with a function replacement: the callback appends to a module list that each item's prompt quotes the length of
(read into an int first)."""

import re

import autoform as af

CAUSE = "re sub callback effect"
ARGS = (["owls", "cats", "dogs"],)
SEEN = []


def track(x):
    SEEN.append(str(x)[:8])
    return str(x)


def main(items: list):
    out = []
    for t in items:
        n = len(SEEN)
        r = af.lm_call([{"role": "user", "content": f"{t} seen={n}"}], model="m")
        out.append(re.sub(r"\w+", lambda m: track(m.group(0)), r))
    return out
