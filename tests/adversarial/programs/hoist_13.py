"""A global read of a name deleted earlier in the run, after a call and a print."""

import autoform as af

CAUSE = 7
ARGS = ()
GREETING = "hello"


def forget():
    global GREETING
    del GREETING


def main():
    a = af.lm_call([{"role": "user", "content": "x"}], model="m")
    forget()
    print("forgot")
    return af.lm_call([{"role": "user", "content": GREETING + a}], model="m")
