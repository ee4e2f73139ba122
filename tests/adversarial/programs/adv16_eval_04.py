"""Starred arguments from a generator that raises midway: the call after the star is never
made, and the calls the generator made before raising were made."""

import autoform as af

CAUSE = "starred generator raises"
ARGS = (["owls", "cats", "", "dogs"],)


def ask(t):
    if not t:
        raise ValueError("empty topic")
    return af.lm_call([{"role": "user", "content": t}], model="m")


def join(*parts):
    return " | ".join(parts)


def main(items: list):
    try:
        return join(*(ask(t) for t in items), ask("summary"))
    except ValueError as exc:
        return f"failed: {exc}", join(*(ask(t) for t in items if t))
