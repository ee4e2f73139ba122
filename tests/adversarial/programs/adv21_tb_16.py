"""match class pattern raising in __match_args__ lookup? a mapping pattern on a reply-derived dict failing in guard."""

import sys
import traceback

import autoform as af

CAUSE = "match guard failure"
ARGS = ("owls", "cats")


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


def main(a, b):
    ra = ask(a)
    try:
        match {"k": ask(b)}:
            case {"k": v} if int(v):
                rb = v
            case _:
                rb = 2
    except ValueError:
        traceback.print_exc(file=sys.stdout)
        rb = None
    rc = ask(b + "!")
    return ra, rb, rc
