"""A str-annotated parameter holding an object whose __format__ raises; an earlier ask fails."""
import autoform as af

CAUSE = "annotation trusted: f-string raising vs earlier failure"
ARGS = ("owls", 0)
FAIL = ["owls"]

class Bad:
    def __format__(self, spec):
        raise RuntimeError("no format")

    def __repr__(self):
        return "Bad()"

def fmt(n: str) -> str:
    return f"<{n}>"

def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")

def main(a, k):
    x = ask(a)
    y = ask(fmt(Bad()))
    return x, y
