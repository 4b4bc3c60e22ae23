"""A CSV file as a table preview: the first rows, the row count and a summary per column."""

from __future__ import annotations

import csv
import io
import re
from typing import Any

from server.files import sniff
from server.services.errors import N_

MAX_ROWS = 100
MAX_COLUMNS = 50
MAX_CELL = 200

_NUMBER = re.compile(r"[-+]?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?")
# With `;` as delimiter the file is Dutch (or German): "1.234,56" and "12,5".
_DUTCH_THOUSANDS = re.compile(r"[-+]?\d{1,3}(?:\.\d{3})+(?:,\d+)?")
_DUTCH_DECIMAL = re.compile(r"[-+]?\d+(?:,\d+)?")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+Z?)?|\d{1,2}[-/]\d{1,2}[-/]\d{4}")


def preview(data: bytes) -> dict[str, Any]:
    decoded = sniff.decode_text(data)
    if decoded is None:  # sniff said it was text; be safe anyway
        return {"type": "csv", "error": N_("No preview could be made of this file.")}
    text, encoding = decoded
    messages: list[str] = []
    if encoding != sniff.UTF8:
        messages.append(
            N_("This file is not in UTF-8. We guessed its letters; some may look wrong.")
        )
    first_line = next((line for line in text.splitlines() if line.strip()), "")
    delimiter = sniff.guess_delimiter(first_line)
    rows = _read(text, delimiter, messages)
    header, body = (rows[0], rows[1:]) if rows else ([], [])
    if any(len(row) != len(header) for row in body):
        messages.append(
            N_("Some rows have a different number of columns; they are shown as they are.")
        )
    if len(header) > MAX_COLUMNS:
        messages.append(N_("This file has many columns; only the first 50 are shown."))
    width = min(len(header), MAX_COLUMNS)
    return {
        "type": "csv",
        "encoding": encoding,
        "encoding_guessed": encoding != sniff.UTF8,
        "delimiter": delimiter,
        "headers": [_cut(cell) for cell in header[:width]],
        "rows": [[_cut(cell) for cell in row[:width]] for row in body[:MAX_ROWS]],
        "total_rows": len(body),
        "columns": [_summary(header[n], [row[n] if n < len(row) else "" for row in body],
                             delimiter) for n in range(width)],
        "messages": messages,
    }  # fmt: skip


def _read(text: str, delimiter: str, messages: list[str]) -> list[list[str]]:
    try:
        reader = csv.reader(io.StringIO(text), delimiter=delimiter, strict=True)
        return [row for row in reader if any(cell.strip() for cell in row)]
    except csv.Error:
        pass
    # A quotation mark left open (or a stray one) makes the strict reader give up; reading
    # every line on its own shows what can be read and keeps the damage to that line.
    messages.append(
        N_("Some quotation marks in this file do not match; the rows are shown line by line.")
    )
    rows = []
    for line in text.splitlines():
        try:
            row = next(csv.reader([line], delimiter=delimiter), [])
        except csv.Error:  # a cell over the csv module's size limit
            row = line.split(delimiter)
        if any(cell.strip() for cell in row):
            rows.append(row)
    return rows


def _cut(cell: str) -> str:
    return cell if len(cell) <= MAX_CELL else cell[: MAX_CELL - 1] + "…"


def parse_number(cell: str, delimiter: str) -> float | None:
    value = cell.strip().replace("\u00a0", "").replace(" ", "")
    if delimiter == ";":
        if _DUTCH_THOUSANDS.fullmatch(value):
            return float(value.replace(".", "").replace(",", "."))
        if _DUTCH_DECIMAL.fullmatch(value):
            return float(value.replace(",", "."))
    if _NUMBER.fullmatch(value):
        return float(value)
    return None


def _summary(name: str, cells: list[str], delimiter: str) -> dict[str, Any]:
    filled = [cell for cell in cells if cell.strip()]
    summary: dict[str, Any] = {"name": _cut(name), "empty": len(cells) - len(filled)}
    numbers = [parse_number(cell, delimiter) for cell in filled]
    if filled and all(number is not None for number in numbers):
        values = [number for number in numbers if number is not None]
        summary.update(type="number", min=min(values), max=max(values),
                       mean=sum(values) / len(values))  # fmt: skip
    elif filled and all(_DATE.fullmatch(cell.strip()) for cell in filled):
        summary["type"] = "date"
    else:
        summary["type"] = "text" if filled else "empty"
    return summary
