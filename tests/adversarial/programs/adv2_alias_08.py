"""A dict's .get returns the stored list, which is then extended with a reply; a call reads
the dict."""

import autoform as af

CAUSE = "alias"
ARGS = ("t",)


def main(t: str):
    store = {"hist": [t]}
    h = store.get("hist")
    h.extend([af.lm_call([{"role": "user", "content": "a"}], model="m")])
    b = af.lm_call([{"role": "user", "content": str(store)}], model="m")
    return b
