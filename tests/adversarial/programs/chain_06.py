"""A local list mutated after a call that waits for one reply, while another is pending."""

import autoform as af

CAUSE = "chain-order"
ARGS = ("q",)


def main(q: str):
    ctx = [q]
    slow = af.lm_call([{"role": "user", "content": "slow " + q}], model="m")
    fast = af.lm_call([{"role": "user", "content": "fast " + q}], model="m")
    after_slow = af.lm_call([{"role": "user", "content": slow}], model="m")
    after_fast = af.lm_call([{"role": "user", "content": fast + " ".join(ctx)}], model="m")
    ctx.append(after_slow)
    ctx[0] = "replaced"
    return [after_fast, ctx]
