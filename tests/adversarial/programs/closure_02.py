"""A nonlocal counter bumped by an inner function numbers the prompts."""

import autoform as af

CAUSE = "closure"
ARGS = ("lark",)


def main(topic: str):
    n = 0

    def nxt():
        nonlocal n
        n += 1
        return n

    a = af.lm_call([{"role": "user", "content": f"{nxt()} {topic}"}], model="m")
    b = af.lm_call([{"role": "user", "content": f"{nxt()} {topic}"}], model="m")
    c = af.lm_call([{"role": "user", "content": f"{nxt()} {a}"}], model="m")
    return [a, b, c, n]
