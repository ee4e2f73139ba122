"""Function attributes of a nested def in a fanned loop: closure cell names, defaults, firstlineno."""
import autoform as af

CAUSE = "code attributes of nested def in loop"
ARGS = (["a", "b"],)

def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")

def main(xs):
    out = []
    for x in xs:
        r = ask(x)

        def inner(k=r):
            return k + x

        out.append((inner(), inner.__code__.co_freevars, inner.__code__.co_firstlineno,
                    inner.__defaults__, inner.__code__.co_varnames, inner.__globals__ is globals()))
    return out
