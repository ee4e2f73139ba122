"""format_map with a dict subclass whose __missing__ prints and fills in; after an
independent call that fails."""

import autoform as af

CAUSE = 7
ARGS = ()
FAIL = {"boom"}


class Fill(dict):
    def __missing__(self, k):
        print("missing", k)
        return "?"


def main():
    a = af.lm_call([{"role": "user", "content": "boom"}], model="m")
    b = af.lm_call([{"role": "user", "content": "{x} and {y}".format_map(Fill(x="1"))}], model="m")
    return [a, b]
