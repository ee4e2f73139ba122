"""Each item catches its own UnboundLocalError and prints it, then goes on."""

import autoform as af

CAUSE = "9"
ARGS = (["owls", "cats", "dogs"], False)


def main(items: list, verbose: bool):
    if verbose:
        note = "(v)"
    out = []
    for t in items:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        try:
            r = r + note
        except UnboundLocalError as exc:
            print("skip:", exc)
        except NameError as exc:
            print("name:", exc)
        out.append(r)
    return out
