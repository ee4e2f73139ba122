"""dict.get with a default built by a helper that prints (evaluated always), after a call
that fails."""

import autoform as af

CAUSE = 7
ARGS = ({"k": "v"},)
FAIL = {"boom"}


def fallback():
    print("fallback built")
    return "none"


def main(cfg: dict):
    a = af.lm_call([{"role": "user", "content": "boom"}], model="m")
    b = af.lm_call([{"role": "user", "content": cfg.get("k", fallback())}], model="m")
    return [a, b]
