"""A helper pushes onto a module heap with heapq; the call before it fails."""

import heapq

import autoform as af

CAUSE = "pure-helper"
ARGS = ("q",)
FAIL = {"first"}

HEAP = []


def push(x):
    heapq.heappush(HEAP, x)
    return len(HEAP)


def main(q: str):
    a = af.lm_call([{"role": "user", "content": "first " + q}], model="m")
    n = push(q)
    return a + str(n)
