"""A helper returns its argument; the caller appends a reply to what it returned, then a
call reads the original list."""

import autoform as af

CAUSE = "alias"
ARGS = (["seed"],)


def same(xs):
    return xs


def main(items: list[str]):
    base = list(items)
    view = same(base)
    view.append(af.lm_call([{"role": "user", "content": "a"}], model="m"))
    b = af.lm_call([{"role": "user", "content": ",".join(base)}], model="m")
    return [base, b]
