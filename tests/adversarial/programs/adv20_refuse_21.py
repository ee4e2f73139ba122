"""log message built from a variable format string that mismatches."""


import autoform as af

CAUSE = "log call format not checked"
ARGS = (["owls", "cats"],)


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


import logging

FMT = "%s %s"


def main(items):
    out = []
    for t in items:
        r = ask(t)
        logging.warning(FMT, r)
        out.append(r)
    return out
