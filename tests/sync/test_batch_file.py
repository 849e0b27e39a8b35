"""Batch files survive the share: truncation, bit flips and wrong keys are named, never applied."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.models.events import Event, Hlc
from desktop.sync.batch_file import (
    BatchError,
    DamagedBatchError,
    ForeignBatchError,
    IncompleteBatchError,
    decode_batch,
    encode_batch,
)
from desktop.sync.office_key import JoinCodeError, OfficeKey

KEY = OfficeKey.generate()


def events(count: int = 5) -> list[Event]:
    return [
        Event(
            event_id=f"00000000-0000-4000-8000-{n:012d}",
            device_id="pc-1",
            device_seq=n,
            hlc=Hlc(1_790_000_000_000 + n).encode(),
            schema_version=1,
            author="u-1",
            case_id="c-1",
            kind="case.note-added",
            payload={"text": f"catatan ke-{n} — Sulastrí", "at": "2026-03-17T10:00:00"},
        )
        for n in range(1, count + 1)
    ]


def batch() -> bytes:
    return encode_batch(events(), KEY, device_id="pc-1", created="2026-03-17T10:00:00")


def test_round_trip_keeps_every_event_exactly() -> None:
    header, decoded = decode_batch(batch(), KEY)
    assert (header.seq_from, header.seq_to, header.count) == (1, 5, 5)
    assert [(e.event_id, e.payload) for e in decoded] == [(e.event_id, e.payload) for e in events()]
    assert b"Sulastr" not in batch()  # personal data is not readable on the share


def test_every_truncation_is_incomplete_never_a_crash() -> None:
    data = batch()
    for cut in range(len(data)):
        with pytest.raises(IncompleteBatchError):
            decode_batch(data[:cut], KEY)


@settings(max_examples=200)
@given(st.data())
def test_flipped_bits_are_refused(data: st.DataObject) -> None:
    original = batch()
    position = data.draw(st.integers(min_value=0, max_value=len(original) - 1))
    bit = data.draw(st.integers(min_value=0, max_value=7))
    damaged = bytearray(original)
    damaged[position] ^= 1 << bit
    with pytest.raises(BatchError) as caught:
        decode_batch(bytes(damaged), KEY)
    # Only a flip in the header's length field can make a complete file look unfinished.
    assert not isinstance(caught.value, IncompleteBatchError) or 8 <= position < 12


def test_wrong_key_and_other_office_are_foreign() -> None:
    other_key = OfficeKey(KEY.office_id, bytes(32))
    with pytest.raises(ForeignBatchError, match="kunci kantor lain"):
        decode_batch(batch(), other_key)
    with pytest.raises(ForeignBatchError, match="kantor lain"):
        decode_batch(batch(), OfficeKey.generate())


def test_not_a_batch_file() -> None:
    with pytest.raises(DamagedBatchError, match="bukan berkas batch"):
        decode_batch(b"conflicted copy of something else entirely", KEY)


def test_join_code_round_trip_and_typos() -> None:
    code = KEY.join_code()
    assert code.startswith("MP1-")
    assert OfficeKey.from_join_code(code) == KEY
    assert OfficeKey.from_join_code(code.lower().replace("-", " ")) == KEY
    groups = code.split("-")
    groups[3] = "AAAA" if groups[3] != "AAAA" else "BBBB"
    with pytest.raises(JoinCodeError, match="salah ketik"):
        OfficeKey.from_join_code("-".join(groups))
    with pytest.raises(JoinCodeError, match="terlewat"):
        OfficeKey.from_join_code("-".join(code.split("-")[:-2]))
    with pytest.raises(JoinCodeError, match="diawali MP1"):
        OfficeKey.from_join_code("XYZ-1234")
