"""Storing the first reply raises (sequential: that error, before the second call, which fails); a key of a mappingproxy."""

import autoform as af

CAUSE = 'store mappingproxy'
ARGS = ("owls", "cats")
FAIL = ['cats']


import types


def main(a: str, b: str):
    m = types.MappingProxyType({})
    m['k'] = af.lm_call([{"role": "user", "content": a}], model="m")
    rb = af.lm_call([{"role": "user", "content": b}], model="m")
    return rb
