"""A module dict updated with dict.update from a parsed reply; a helper reads it for the
next prompt."""

import json

import autoform as af

CAUSE = "dict.update on module dict"
ARGS = (["owls", "cats"],)
PROFILE = {"level": "1"}


def ctx():
    return ",".join(f"{k}={v}" for k, v in sorted(PROFILE.items()))


def main(items: list):
    out = []
    for t in items:
        r = af.lm_call([{"role": "user", "content": f"{t} [{ctx()}]"}], model="m")
        PROFILE.update(json.loads(json.dumps({"last": r[-6:], "level": str(len(out))})))
        out.append(r)
    return out, dict(PROFILE)
