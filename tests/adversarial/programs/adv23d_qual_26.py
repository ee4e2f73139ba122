"""Recursion of a nested function defined in main, beside LM calls."""
import autoform as af

CAUSE = "nested recursion"
ARGS = ("ab", "cd")

def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")

def main(a, b):
    def rev(s):
        return s if len(s) <= 1 else rev(s[1:]) + s[0]

    x = ask(a)
    y = ask(b)
    return rev(x), rev(y), rev.__qualname__, rev.__code__.co_qualname, repr(rev).split(" at ")[0]
