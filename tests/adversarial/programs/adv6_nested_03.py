"""A helper compiled with af.concurrent in this module, and its sched's synchronous
`.call`, used from the function."""

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def _pair(t: str):
    return [ask("one " + t), ask("two " + t)]


pair_sched = af.sched(af.trace(_pair)("x"))


def main(topic: str):
    a = ask(topic)
    p = pair_sched.call(a[:6])
    b = ask(p[1])
    return [a, p, b]
