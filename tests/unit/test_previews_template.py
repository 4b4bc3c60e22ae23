"""The preview templates on their own: English words, the reader's numbers, unique ids."""

from __future__ import annotations

from types import SimpleNamespace

from server import i18n
from server.files.previews import make_preview
from server.models import FileKind
from server.web.templating import environment
from tests.unit.test_previews import pdf


def render(preview: dict[str, object], file_id: int, language: str) -> str:
    token = i18n.current_language.set(language)
    try:
        return environment.get_template("files/_preview.html").render(
            preview=preview,
            preview_id=f"file-{file_id}",
            file=SimpleNamespace(id=file_id, title="Metingen"),
        )
    finally:
        i18n.current_language.reset(token)


def test_pdf_line_in_english_and_dutch() -> None:
    preview = make_preview(FileKind.PDF, pdf("Rapport <stikstof>", pages=12))
    assert preview is not None
    assert "PDF, 12 pages, title: Rapport &lt;stikstof&gt;" in render(preview, 1, "en")
    assert "PDF, 12 pagina's, titel: Rapport" in render(preview, 1, "nl")


def test_two_tables_on_one_page_have_their_own_ids_and_numbers_follow_the_language() -> None:
    preview = make_preview(
        FileKind.CSV, b"n;x\n" + b"".join(b"%d;1234,5\n" % n for n in range(120))
    )
    assert preview is not None
    first, second = render(preview, 7, "en"), render(preview, 8, "en")
    assert 'id="file-7-caption"' in first and 'id="file-8-caption"' in second
    assert "showing the first 100 of 120 rows" in first and "1,234.5" in first
    assert "je ziet de eerste 100 van 120 rijen" in render(preview, 7, "nl")
    assert "1.234,5" in render(preview, 7, "nl")
