"""Regression: PySide6 6.12.0 on CPython 3.11.7 aborts the whole process with
``Fatal Python error: bool_dealloc`` after many ``Signal(object)`` emits (``bool_dealloc`` runs
when ``True``/``False`` lose their last reference: emit releases a reference once too often).
pyproject.toml pins ``PySide6-Essentials<6.12``; this test emits far more than the app does in a
session, so an affected build crashes here (the test run dies, which is the point) instead of in
a user's hands mid-labeling. It takes a few seconds.
"""

from __future__ import annotations

import gc
import sys

import pytest
from PySide6.QtCore import QObject, Signal

N_OBJECT = 200_000
N_OTHER = 200_000


class Emitter(QObject):
    obj = Signal(object)
    num = Signal(int)
    pair = Signal(float, float)
    text = Signal(str)
    bare = Signal()


class Payload:
    """A plain Python object travelling through Signal(object)."""

    __slots__ = ("i",)

    def __init__(self, i: int) -> None:
        self.i = i


@pytest.mark.slow
def test_many_emits_to_python_lambdas_do_not_crash():
    em = Emitter()
    seen = {"obj": 0, "none": 0, "bool": 0, "num": 0, "pair": 0, "text": 0, "bare": 0}
    total = {"num": 0, "pair": 0.0}

    def on_obj(value):
        if value is None:
            seen["none"] += 1
        elif isinstance(value, bool):
            seen["bool"] += 1
        seen["obj"] += 1

    em.obj.connect(lambda v: on_obj(v))
    em.num.connect(lambda i: (seen.__setitem__("num", seen["num"] + 1),
                              total.__setitem__("num", total["num"] + i)))
    em.pair.connect(lambda a, b: (seen.__setitem__("pair", seen["pair"] + 1),
                                  total.__setitem__("pair", total["pair"] + a + b)))
    em.text.connect(lambda s: seen.__setitem__("text", seen["text"] + (s == "x")))
    em.bare.connect(lambda: seen.__setitem__("bare", seen["bare"] + 1))

    gc.collect()  # earlier tests' garbage must not move the counts measured below
    none_refs = sys.getrefcount(None)
    true_refs = sys.getrefcount(True)

    # Signal(object): None, bools, ints, plain objects, containers, in rotation.
    payloads = (None, True, False, 7, "s", (1, 2), {"k": 1}, [3])
    for i in range(N_OBJECT):
        k = i % 10
        if k < len(payloads):
            em.obj.emit(payloads[k])
        else:
            em.obj.emit(Payload(i))
    for i in range(N_OTHER):
        em.num.emit(i)
    for i in range(N_OTHER):
        em.pair.emit(float(i), 0.5)
    for _ in range(N_OTHER):
        em.text.emit("x")
    for _ in range(N_OTHER):
        em.bare.emit()
    gc.collect()

    assert seen["obj"] == N_OBJECT
    assert seen["none"] == N_OBJECT // 10
    assert seen["bool"] == 2 * N_OBJECT // 10
    assert seen["num"] == N_OTHER and total["num"] == N_OTHER * (N_OTHER - 1) // 2
    assert seen["pair"] == N_OTHER and total["pair"] == N_OTHER * (N_OTHER - 1) / 2 + 0.5 * N_OTHER
    assert seen["text"] == N_OTHER
    assert seen["bare"] == N_OTHER
    # A reference released once too often per emit shows up as a count falling by about the number
    # of emits (20,000 each of None and True here) long before the abort. Unrelated objects
    # come and go during the loop, so allow a drift well below that. (Immortal objects on 3.12+
    # report a constant.)
    per_value = N_OBJECT // 10
    assert abs(sys.getrefcount(None) - none_refs) < per_value // 2
    assert abs(sys.getrefcount(True) - true_refs) < per_value // 2
