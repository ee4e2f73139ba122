"""A dict lookup with a key built from the first reply, a second independent call fails."""

import autoform as af

CAUSE = "deferred"
ARGS = ("owls",)
FAIL = {"boom"}
ROUTES = {"owls": "birds"}


def main(topic: str):
    a = af.lm_call([{"role": "user", "content": topic}], model="m")
    b = af.lm_call([{"role": "user", "content": "boom"}], model="m")
    route = ROUTES[a]
    c = af.lm_call([{"role": "user", "content": route}], model="m")
    return [b, c]
