"""`.split()[2]` of a two-word reply raises IndexError after a print; a later independent
call and a print after it must not show."""

import autoform as af

CAUSE = "deferred"
ARGS = ("ada",)


def main(q: str):
    a = af.lm_call([{"role": "user", "content": "name " + q}], model="m")
    print("asked for a name")
    first = a.split()[2]
    b = af.lm_call([{"role": "user", "content": "other " + q}], model="m")
    print("asked other")
    c = af.lm_call([{"role": "user", "content": "greet " + first}], model="m")
    return [b, c]
