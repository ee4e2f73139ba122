"""os.environ is set per item (a 'current item' variable) and read by a helper that builds
the prompt."""

import os

import autoform as af

CAUSE = "environ per item"
ARGS = (["owls", "cats", "dogs"],)


def build():
    return f"topic={os.environ.get('ADV17_TOPIC', '?')}"


def main(items: list):
    out = []
    try:
        for t in items:
            os.environ["ADV17_TOPIC"] = t
            out.append(af.lm_call([{"role": "user", "content": build()}], model="m"))
        return out
    finally:
        os.environ.pop("ADV17_TOPIC", None)
