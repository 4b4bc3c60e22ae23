from __future__ import annotations

from server import catalogue_check
from server.i18n import gettext, merged_catalog


def test_dutch_catalogue_has_every_string() -> None:
    missing = catalogue_check.missing("nl")
    listing = "\n".join(f"{where}: {msgid!r}" for msgid, where in sorted(missing.items()))
    assert not missing, f"missing in server/locale/nl/*.po:\n{listing}"


def test_dutch_translations_keep_their_placeholders() -> None:
    import re

    placeholder = re.compile(r"%\((\w+)\)s")
    for message in merged_catalog("nl"):
        if not message.id or not isinstance(message.id, str):
            continue
        assert set(placeholder.findall(message.id)) == set(
            placeholder.findall(str(message.string))
        ), message.id


def test_english_is_the_source_and_dutch_translates() -> None:
    assert gettext("Area groups", "en") == "Area groups"
    assert gettext("Area groups", "nl") == "Gebiedsgroepen"


def test_a_msgid_has_one_translation_across_files() -> None:
    # The catalogues are merged at start: a second, different translation would silently
    # win over the first, depending only on the file names' order.
    from babel.messages.pofile import read_po

    from server.i18n import LOCALE_DIR

    seen: dict[str, tuple[str, str]] = {}
    clashes = []
    for po in sorted((LOCALE_DIR / "nl").glob("*.po")):
        with po.open("rb") as fh:
            for message in read_po(fh, locale="nl"):
                if not message.id or not message.string:
                    continue
                key, text = str(message.id), str(message.string)
                if key in seen and seen[key][1] != text:
                    clashes.append(f"{key!r}: {seen[key][0]} and {po.name}")
                seen.setdefault(key, (po.name, text))
    assert not clashes, "\n".join(clashes)
