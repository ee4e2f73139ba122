"""Three levels of loops, the innermost calling."""

import autoform as af

CAUSE = "nesting"
ARGS = (["a", "b", "c"], ["x", "y"])


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main(cs: list[str], qs: list[str]):
    out = []
    for c in cs:
        for q in qs:
            for k in range(2):
                out.append(ask(f"{c}{q}{k}"))
    return out
