"""logging with stack_info passed via **kwargs dict."""


import autoform as af

CAUSE = "logging with stack_info passed via kwa"
ARGS = (["owls", "cats"],)


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


import logging

KW = {"stack_info": True}


def main(items):
    out = []
    for t in items:
        r = ask(t)
        logging.warning("got %s", r, **KW)
        out.append(r)
    return out
