"""Helpers that read frames, in a module of their own."""

import sys
import warnings


def who_called_my_caller():
    return sys._getframe(2).f_code.co_name


def warn_caller_of_caller(msg):
    warnings.warn(msg, UserWarning, stacklevel=3)


def entry_point():
    """The function that called the caller of this function's caller."""
    return sys._getframe(3).f_code.co_name
