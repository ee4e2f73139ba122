"""A block that fails (KeyError) is followed by a print; an earlier call succeeds."""

import autoform as af

CAUSE = "blocks"
ARGS = (True, {})


def main(flag: bool, d):
    a = af.lm_call([{"role": "user", "content": "a"}], model="m")
    if flag:  # noqa: SIM108
        b = af.lm_call([{"role": "user", "content": d["missing"]}], model="m")
    else:
        b = ""
    print("after block")
    return a + b
