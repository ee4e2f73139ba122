"""A str-annotated parameter holding an object whose __format__ prints, formatted between asks."""
import autoform as af

CAUSE = "annotation trusted: f-string of annotated param"
ARGS = ("owls", None)

class Loud:
    def __format__(self, spec):
        print("format called")
        return "loud"

    def __repr__(self):
        return "Loud()"

def ask(t):
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    print("ask", t)
    return r

def main(a, n: str):
    n = Loud() if n is None else n
    x = ask(a)
    s = f"<{n}>"
    y = ask(s)
    return x, y
