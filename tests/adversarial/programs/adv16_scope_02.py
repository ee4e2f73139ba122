"""`del` of a reply after use, then a later conditional rebinding; f"{x=}" in the prompt
of the final call."""

import autoform as af

CAUSE = "del and fstring equals"
ARGS = ("owls", True)


def main(t: str, again: bool):
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    n = len(r)
    del r
    if again:
        r = af.lm_call([{"role": "user", "content": f"{n=} {t}"}], model="m")
    try:
        return r, n
    except NameError as exc:
        return str(exc)
