"""A failing call inside a fanned-out loop item whose body first handles a KeyError; context printed."""


import autoform as af

CAUSE = 'context fanout handler'
ARGS = ("owls", "cats")
FAIL = ['cats']


def main(a: str, b: str):
    out = []
    for t in (a, b, "dogs"):
        try:
            {}[t]
        except KeyError:
            pass
        try:
            out.append(af.lm_call([{"role": "user", "content": t}], model="m"))
        except RuntimeError as e:
            out.append(repr(e.__context__))
    return out
