"""Previews of shared files: tables, maps and PDF facts, and the files refused as invalid."""

from __future__ import annotations

import pytest

from server.files import sniff
from server.models import FileKind


def test_windows_1252_and_ragged_csv_are_accepted_prose_and_binary_not() -> None:
    assert sniff.sniff("naam;plaats\nRené;Ede\nZoë;Epe\n".encode("cp1252")).kind is FileKind.CSV
    ragged = b"a;b;c\n1;2;3\n4;5\n6;7;8\n9;10;11\n"
    assert sniff.sniff(ragged).kind is FileKind.CSV
    unclosed = b'a;b;c\n1;"2;3\n4;5;6\n7;8;9\n'
    assert sniff.sniff(unclosed).kind is FileKind.CSV
    prose = (
        b"Dit is een verhaal, met komma's.\nHet gaat over water, land en lucht.\n"
        b"Zo, dat was het, dan.\n"
    )
    with pytest.raises(sniff.Unrecognised):
        sniff.sniff(prose)
    with pytest.raises(sniff.Unrecognised):
        sniff.sniff(bytes(range(1, 256)) * 40)
