"""traceback.TracebackException(capture_locals=True) via a kwargs dict."""

import traceback

import autoform as af

CAUSE = "capture_locals via kwargs"
ARGS = (["owls", "cats"],)
FAIL = ['cats']


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


KW = {"capture_locals": True}


def main(items):
    out = []
    for t in items:
        try:
            out.append(ask(t))
        except RuntimeError as e:
            te = traceback.TracebackException.from_exception(e, **KW)
            out.append(sorted(te.stack[0].locals or {}))
    return out
