"""A reply used as a format template: its braces make `.format` fail, after a print."""

import autoform as af

CAUSE = 7
ARGS = ()


def main():
    t = af.lm_call([{"role": "user", "content": "give {name}"}], model="m")
    print("template", t)
    filled = t.format()
    return af.lm_call([{"role": "user", "content": filled}], model="m")
