"""A mutable default argument keeps a helper's history across calls."""

import autoform as af

CAUSE = "ordering"
ARGS = (["owls", "cats", "dogs"],)


def ask(q, history=[]):
    history.append(q)
    return af.lm_call([{"role": "user", "content": " | ".join(history)}], model="m")


def main(topics: list):
    return [ask(t) for t in topics]
