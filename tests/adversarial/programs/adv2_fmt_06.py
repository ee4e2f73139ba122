"""'%s' % obj whose __str__ raises inside try/except that prints; after an independent call
that fails."""

import autoform as af

CAUSE = 7
ARGS = ()
FAIL = {"boom"}


class Bad:
    def __str__(self):
        raise ValueError("no")


def main():
    obj = Bad()
    a = af.lm_call([{"role": "user", "content": "boom"}], model="m")
    try:
        prompt = "about %s" % obj  # noqa: UP031
    except ValueError:
        print("could not format")
        prompt = "about nothing"
    b = af.lm_call([{"role": "user", "content": prompt}], model="m")
    return [a, b]
