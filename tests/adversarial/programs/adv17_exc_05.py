"""SystemExit raised from inside the loop when a reply matches; caught in main."""

import sys

import autoform as af

CAUSE = "SystemExit in loop"
ARGS = (["owls", "cats", "dogs"],)
LOG = []


def main(items: list):
    try:
        for t in items:
            r = af.lm_call([{"role": "user", "content": t}], model="m")
            LOG.append(r)
            if "cats" in r:
                sys.exit(f"stop at {t}")
    except SystemExit as e:
        print("exit:", e.code)
    return LOG[:]
