"""A chain flag read from a dict the loop's body changes: the test is not unchanged."""

import autoform as af

CAUSE = "loopalias"
ARGS = (["a", "b", "c"],)


def main(items: list[str]):
    opts = {"chain": False}
    out = []
    for x in items:
        prev = out[-1] if opts["chain"] and out else ""
        out.append(af.lm_call([{"role": "user", "content": prev + x}], model="m"))
        opts["chain"] = True
    return out
