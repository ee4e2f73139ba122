"""Look-ahead: each turn appends a hint from its reply to the next topic in the list it
iterates by index."""

import autoform as af

CAUSE = "mutation"
ARGS = (["owls", "cats", "dogs"],)


def main(topics: list):
    out = []
    for i, t in enumerate(topics):
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        if i + 1 < len(topics):
            topics[i + 1] = topics[i + 1] + " after " + r[3:7]
        out.append(r)
    return out
