"""Prompt is encoded to ascii and decoded back; one topic has a non-ascii letter."""

import autoform as af

CAUSE = "encode ascii in pre-call"
ARGS = (["owls", "caf\u00e9", "dogs"],)


def main(items: list):
    out = []
    try:
        for t in items:
            out.append(
                af.lm_call([{"role": "user", "content": t.encode("ascii").decode()}], model="m")
            )
    except UnicodeEncodeError as e:
        print("bad:", e.reason)
    return out
