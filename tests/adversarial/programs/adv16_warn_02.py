"""A helper warns with stacklevel=2 (blaming its caller's line) about a short reply;
main's calls are independent; a recorded list of warnings is printed with lines."""

import warnings

import autoform as af

CAUSE = "warning stacklevel lines"
ARGS = ("owls", "cats")


def check(r):
    if len(r) < 20:
        warnings.warn(f"short: {r}", stacklevel=2)
    return r


def main(a: str, b: str):
    with warnings.catch_warnings(record=True) as ws:
        warnings.simplefilter("always")
        ra = check(af.lm_call([{"role": "user", "content": a}], model="m"))
        rb = check(af.lm_call([{"role": "user", "content": b}], model="m"))
    print([(w.lineno, str(w.message)) for w in ws])
    return ra, rb
