"""A chain flag that is a parameter rebound in the body after the first item."""

import autoform as af

CAUSE = "loopalias"
ARGS = (["a", "b", "c"], False)


def main(items: list[str], chain: bool):
    out = []
    for x in items:
        prev = out[-1] if chain and out else ""
        out.append(af.lm_call([{"role": "user", "content": prev + x}], model="m"))
        chain = True
    return out
