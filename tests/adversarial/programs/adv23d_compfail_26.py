"""Comprehension element prints then fails mid-way, earlier ask fails too."""
import autoform as af

CAUSE = "comprehension failure order"
ARGS = (["a", "b", "c"],)
FAIL = ["b", "early"]

def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")

def main(xs):
    e = ask("early")
    ys = [print("el", x) or ask(x) for x in xs]
    return e, ys
