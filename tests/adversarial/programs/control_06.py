"""try/except/else/finally with prints around a call that fails."""

import autoform as af

CAUSE = "control"
ARGS = ()
FAIL = {"bad"}


def main():
    out = []
    try:
        print("try")
        out.append(af.lm_call([{"role": "user", "content": "bad"}], model="m"))
    except RuntimeError:
        print("except")
        out.append(af.lm_call([{"role": "user", "content": "recover"}], model="m"))
    else:
        print("else")
    finally:
        print("finally")
    return out
