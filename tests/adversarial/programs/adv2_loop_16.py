"""A loop with a try/except/else/finally per item and a counter in the finally."""

import autoform as af

CAUSE = "loop"
ARGS = (["a", "boom", "c"],)
FAIL = {"boom"}


def main(items: list[str]):
    done = 0
    out = []
    for x in items:
        try:
            r = af.lm_call([{"role": "user", "content": x}], model="m")
        except RuntimeError:
            out.append("failed " + x)
        else:
            out.append(r)
        finally:
            done += 1
            print("done", done)
    return [out, done]
