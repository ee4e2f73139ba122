"""An assigned comprehension's variable shadows a local read after it."""

import autoform as af

CAUSE = "comprehension"
ARGS = (["owl", "bat"],)


def main(topics: list[str]):
    t = "outer"
    out = [af.lm_call([{"role": "user", "content": t}], model="m") for t in topics]
    return [out, t]
