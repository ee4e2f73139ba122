"""A property with a side effect read in the prompt of a chained call."""

import autoform as af

CAUSE = 16
ARGS = ()
READS = [0]


class Doc:
    @property
    def text(self):
        READS[0] += 1
        return "doc text"


def main():
    d = Doc()
    a = af.lm_call([{"role": "user", "content": "a"}], model="m")
    b = af.lm_call([{"role": "user", "content": "b"}], model="m")
    c = af.lm_call([{"role": "user", "content": f"{a} {d.text}"}], model="m")
    return [b, c, READS[0]]
