"""A helper reading a module global is called in a loop whose body then changes
that global: each item sees the change of the one before."""

import autoform as af

CAUSE = "alias"
ARGS = (["a", "b", "c"],)
STYLE = {"tone": "plain"}


def styled(q):
    return af.lm_call([{"role": "user", "content": STYLE["tone"] + ": " + q}], model="m")


def main(items: list[str]):
    out = []
    for it in items:
        out.append(styled(it))
        STYLE["tone"] = it
    return out
