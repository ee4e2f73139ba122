"""sorted() with a key helper that prints, on replies, after an independent call that fails."""

import autoform as af

CAUSE = 7
ARGS = ()
FAIL = {"boom"}


def key(s):
    print("key", s)
    return len(s)


def main():
    a = af.lm_call([{"role": "user", "content": "a"}], model="m")
    c = af.lm_call([{"role": "user", "content": "ccc"}], model="m")
    b = af.lm_call([{"role": "user", "content": "boom"}], model="m")
    ranked = sorted([a, c], key=key)
    d = af.lm_call([{"role": "user", "content": ranked[0]}], model="m")
    return [b, d]
