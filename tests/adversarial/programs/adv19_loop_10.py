"""sorted(key=) where the key function prints; body calls the LM."""

import autoform as af

CAUSE = "sorted key prints"
ARGS = (["owls", "cat", "dogs!"],)


def k(t):
    print("key", t)
    return len(t)


def main(items: list):
    out = []
    for t in sorted(items, key=k, reverse=True):
        out.append(af.lm_call([{"role": "user", "content": t}], model="m"))
    return out
