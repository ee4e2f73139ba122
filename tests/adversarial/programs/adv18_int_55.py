"""The first call fails; the second call's prompt formats a long int made before it, inline in the call's argument: an int from bytes made by the bytes type's method (bytes.fromhex)."""

import autoform as af

CAUSE = 'from_bytes via int method'
ARGS = ("owls", "cats")
FAIL = ['owls']


def main(a: str, b: str):
    x = int.from_bytes(bytes(2000) + b"\x01", "little")
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    rb = af.lm_call([{"role": "user", "content": f"{b} {x}"}], model="m")
    return ra, rb
