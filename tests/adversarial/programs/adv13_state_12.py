"""Dynamic attributes: results are stored with setattr under names built from the topic and
read back with getattr into the final prompt."""

import types

import autoform as af

CAUSE = "setattr getattr dynamic"
ARGS = (["owls", "cats"],)


def main(items: list):
    ns = types.SimpleNamespace()
    for t in items:
        setattr(ns, f"r_{t}", af.lm_call([{"role": "user", "content": t}], model="m"))
        setattr(ns, "last", t)
    body = ", ".join(f"{k}={v}" for k, v in sorted(vars(ns).items()))
    return af.lm_call([{"role": "user", "content": body}], model="m")
