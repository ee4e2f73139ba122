"""Two independent calls in main, the second fails; no try in main: a helper wrapper catches the whole main's work by calling a helper that does both."""

import traceback

import autoform as af

CAUSE = 'tb helper concurrent 3'
ARGS = ("owls", "cats")
FAIL = ['cats']


def three(x, y, z):
    rx = af.lm_call([{"role": "user", "content": x}], model="m")
    ry = af.lm_call([{"role": "user", "content": y}], model="m")
    rz = af.lm_call([{"role": "user", "content": z}], model="m")
    return [rx, ry, rz]


def main(a: str, b: str):
    try:
        r = three(a, b, "dogs")
    except RuntimeError as exc:
        for fr in traceback.extract_tb(exc.__traceback__):
            print(fr.name, fr.lineno, fr.line, fr.colno, fr.end_colno)
        r = None
    return r
