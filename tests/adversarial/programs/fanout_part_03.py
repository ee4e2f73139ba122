"""A loop fills a list passed in by the caller (module state): partial on failure."""

import autoform as af

CAUSE = "fanout-partial"
SINK = []
ARGS = (["a", "b", "c-FAIL"], SINK)
FAIL = {"FAIL"}


def main(items: list, out):
    for it in items:
        out.append(af.lm_call([{"role": "user", "content": it}], model="m"))
    return out
