"""%d of a huge int from a global, after a print."""


import autoform as af

CAUSE = "d of a huge int from a global after a"
ARGS = ("owls", "cats")


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


BIG = 7 ** 6000


def main(a, b):
    print("start")
    ra = ask(b)
    try:
        s = "%d" % BIG
    except ValueError as e:
        s = str(e)
    rb = ask(b + "!")
    return ra, s[:20], rb
