"""inspect.trace() inside the handler: frames with their code context."""


import autoform as af

CAUSE = 'inspect.trace'
ARGS = ("owls", "cats")
FAIL = ['cats']


import inspect


def main(a: str, b: str):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    try:
        rb = af.lm_call([{"role": "user", "content": b}], model="m")
    except RuntimeError:
        print([(fi.function, fi.lineno) for fi in inspect.trace()][:3])
        rb = None
    return ra, rb
