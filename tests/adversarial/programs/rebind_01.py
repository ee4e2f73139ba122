"""A pure post-processing helper is rebound (global statement) to one that prints."""

import autoform as af

CAUSE = "rebind"
ARGS = ("owl",)


def polish(s):
    return s.strip()


def loud_polish(s):
    print("polishing", s)
    return s.strip().upper()


def ask(q):
    r = af.lm_call([{"role": "user", "content": q}], model="m")
    return polish(r)


def main(topic: str):
    global polish
    polish = loud_polish
    b = ask(topic)
    print("asked")
    return b
