"""Nested loops: for each topic, each style; inner break."""

import autoform as af

CAUSE = "nested loop inner break"
ARGS = (["owls", "cats"], ["short", "stop", "long"])


def main(items: list, styles: list):
    out = []
    for t in items:
        for s in styles:
            r = af.lm_call([{"role": "user", "content": f"{t}/{s}"}], model="m")
            if "stop" in r:
                break
            out.append(r)
    return out
