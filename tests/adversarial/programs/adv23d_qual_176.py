"""repr and qualname of a nested def defined in a branch run beside calls, and its recursion."""
import autoform as af

CAUSE = "qualname of nested def in branch"
ARGS = ("owls", "cats")

def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")

def main(a, b):
    x = ask(a)
    if x:
        def fact(k):
            return 1 if k <= 1 else k * fact(k - 1)
    else:
        def fact(k):
            return 0
    y = ask(b)
    return x, y, fact(len(y)), fact.__qualname__, fact.__code__.co_qualname, fact.__code__.co_name
