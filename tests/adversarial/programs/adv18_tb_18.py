"""logging.exception after a failing call in a try/finally."""


import autoform as af

CAUSE = 'tb finally logging'
ARGS = ("owls", "cats")
FAIL = ['cats']


import logging


def main(a: str, b: str):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    try:
        try:
            rb = af.lm_call([{"role": "user", "content": b}], model="m")
        finally:
            print("finally")
    except RuntimeError:
        logging.exception("failed")
        rb = None
    return ra, rb
