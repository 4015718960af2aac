"""MinHash signatures of word sets in a few lines of numpy.

The same values as datasketch's `MinHash(scheme="affine32")` (SHA-1 of each term folded to
32 bits, the MurmurHash3 finalizer, then odd affine permutations mod 2**32, seeded by
numpy's RandomState), so band keys stored by earlier versions stay valid; datasketch itself
pulls scipy in at import, which a terminal command should not pay for.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

import numpy

_UINT32 = numpy.uint32


def permutations(count: int, seed: int) -> numpy.ndarray:
    """The (a, b) parameters of `count` affine permutations: a 2 x count array."""
    generator = numpy.random.RandomState(seed)
    a = generator.randint(0, 1 << 31, count, dtype=_UINT32) * _UINT32(2) + _UINT32(1)
    b = generator.randint(0, 1 << 32, count, dtype=_UINT32)
    return numpy.array([a, b])


def _mix(values: numpy.ndarray) -> numpy.ndarray:
    """The MurmurHash3 32-bit finalizer, element-wise (multiplication wraps mod 2**32)."""
    values = values ^ (values >> _UINT32(16))
    values = values * _UINT32(0x85EBCA6B)
    values = values ^ (values >> _UINT32(13))
    values = values * _UINT32(0xC2B2AE35)
    return values ^ (values >> _UINT32(16))


def signature(terms: Iterable[bytes], parameters: numpy.ndarray) -> numpy.ndarray:
    """The least permuted hash of the terms under each permutation (uint32, one per column
    of `parameters`); all 2**32 - 1 for no terms."""
    hashes = numpy.array(
        [int.from_bytes(hashlib.sha1(term).digest()[:4], "little") for term in terms],
        dtype=_UINT32,
    )
    if not hashes.size:
        return numpy.full(parameters.shape[1], numpy.iinfo(_UINT32).max, dtype=_UINT32)
    a, b = parameters
    with numpy.errstate(over="ignore"):
        permuted = _mix(hashes).reshape(-1, 1) * a + b
    return numpy.asarray(permuted.min(axis=0), dtype=_UINT32)
