"""main's str-annotated parameter is an object whose __str__ prints; str() of it between asks."""
import autoform as af

CAUSE = "annotation trusted: str() of annotated param"
ARGS = ("owls", "cats")

class Loud:
    def __str__(self):
        print("str called")
        return "loud"

    def __repr__(self):
        return "Loud()"

def ask(t):
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    print("ask", t)
    return r

def inner(a, n: str):
    x = ask(a)
    s = str(n) + "!"
    y = ask(s)
    return x, y

def main(a, b):
    return inner(a, Loud()), ask(b)
