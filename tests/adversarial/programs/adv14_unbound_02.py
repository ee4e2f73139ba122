"""The same name read in a loop's rest (a count kept per item), caught and printed."""

import autoform as af

CAUSE = "9"
ARGS = (["owls", "cats"], False)


def main(items: list, prime: bool):
    if prime:
        seen = {}
    out = []
    try:
        for t in items:
            r = af.lm_call([{"role": "user", "content": t}], model="m")
            seen[t] = seen.get(t, 0) + 1
            print("got", t)
            out.append(r)
    except UnboundLocalError as exc:
        print("unbound:", exc)
    except NameError as exc:
        print("name:", exc)
    return out
