"""An assertion about a reply fails; the message names the reply."""

import autoform as af

CAUSE = "errors"
ARGS = ("zz",)


def main(q: str):
    a = af.lm_call([{"role": "user", "content": q}], model="m")
    b = af.lm_call([{"role": "user", "content": q + "!"}], model="m")
    assert a.endswith("!"), f"unexpected: {a}"
    return b
