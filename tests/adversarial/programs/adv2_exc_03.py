"""The LM raises asyncio.CancelledError (as a library might) for one call; the caller catches
BaseException and returns a fallback."""

import asyncio

import autoform as af

CAUSE = "errors"
ARGS = ()
FAIL = {"boom": asyncio.CancelledError}


def main():
    a = af.lm_call([{"role": "user", "content": "fine"}], model="m")
    try:
        b = af.lm_call([{"role": "user", "content": "boom"}], model="m")
    except BaseException as exc:
        b = "caught " + type(exc).__name__
    c = af.lm_call([{"role": "user", "content": "third"}], model="m")
    return [a, b, c]
