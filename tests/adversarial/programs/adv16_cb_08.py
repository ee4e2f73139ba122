"""str.translate over a dict made with a tracking call: the callback appends to a module list that each item's prompt quotes the length of
(read into an int first)."""

import autoform as af

CAUSE = "str translate mapping"
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
        out.append(r.translate({ord("o"): track("0")}))
    return out
