"""try/finally: the first call fails, the second is never made; the failure is caught
outside and the run succeeds."""

import autoform as af

CAUSE = "try finally"
ARGS = ("bad", "cats")
FAIL = ["bad"]


def main(x: str, y: str):
    try:
        try:
            a = af.lm_call([{"role": "user", "content": x}], model="m")
            b = af.lm_call([{"role": "user", "content": y}], model="m")
        finally:
            print("cleanup")
    except Exception as exc:
        print("failed:", type(exc).__name__)
        return None
    return [a, b]
