"""Helper with a mutable default argument that accumulates history across calls."""

import autoform as af

CAUSE = "mutable default history"
ARGS = (["owls", "cats", "dogs"],)


def ask(t, history=[]):
    history.append(t)
    return af.lm_call([{"role": "user", "content": f"{t} ({len(history)})"}], model="m")


def main(items: list):
    return [ask(t) for t in items]
