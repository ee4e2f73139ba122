"""A `with` target whose __enter__ raised (caught): the loop reads the unbound name."""

import autoform as af

CAUSE = "9"
ARGS = (["owls", "cats"],)


class Session:
    def __enter__(self):
        raise OSError("no session")

    def __exit__(self, *a):
        return False


def main(items: list):
    try:
        with Session() as sess:
            pass
    except OSError as exc:
        print("offline:", exc)
    out = []
    for t in items:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        out.append((r, sess))
    return out
