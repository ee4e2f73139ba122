"""Augmented assignment on a missing dict key: `scores[t] += len(ask(t))` reads scores[t]
(KeyError) before asking."""

import autoform as af

CAUSE = "augassign subscript first"
ARGS = (["owls", "cats", "dogs"],)


def main(items: list):
    scores = {"owls": 1, "dogs": 2}
    out = []
    for t in items:
        try:
            scores[t] += len(af.lm_call([{"role": "user", "content": t}], model="m"))
        except KeyError as exc:
            out.append(f"missing {exc}")
    return scores, out
