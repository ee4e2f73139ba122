"""A module object whose __str__ logs, in af.format for a chained call, twice used."""

import autoform as af

CAUSE = 16
ARGS = ()
LOG = []


class Persona:
    def __str__(self):
        LOG.append("str")
        return "a pirate"


PERSONA = Persona()


def main():
    a = af.lm_call([{"role": "user", "content": "a"}], model="m")
    b = af.lm_call([{"role": "user", "content": "b"}], model="m")
    x = af.lm_call([{"role": "user", "content": a}], model="m")
    y = af.lm_call([{"role": "user", "content": af.format("{} as {}", b, PERSONA)}], model="m")
    return [x, y]
