"""A loop chains each prompt to the last reply only when a module flag is set; a helper in
the body sets the flag after the first item."""

import autoform as af

CAUSE = 3
ARGS = (["a", "b", "c"],)
CHAIN = False


def mark():
    global CHAIN
    CHAIN = True


def main(items: list[str]):
    out = []
    for x in items:
        prev = out[-1] if CHAIN and out else ""
        out.append(af.lm_call([{"role": "user", "content": prev + x}], model="m"))
        mark()
    return out
