"""Iterating over a reply string: one call per character."""

import autoform as af

CAUSE = "fanout"
ARGS = ()


def main():
    word = af.lm_call([{"role": "user", "content": "abc"}], model="m")
    out = []
    for ch in word[:4]:
        out.append(af.lm_call([{"role": "user", "content": ch}], model="m"))
    return out
