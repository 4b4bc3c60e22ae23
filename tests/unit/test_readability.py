"""The reading help: Flesch–Douma for Dutch, Flesch for English, and concrete advice."""

from __future__ import annotations

import pytest

from server.services.readability import assess, plain_text, sentences_of, syllables

EASY_NL = "We houden een avond over water. Je bent welkom. We drinken koffie en praten samen."
HARD_NL = (
    "Het betreft hier een integrale gebiedsgerichte benadering waarbij de "
    "stikstofdepositiereductiedoelstellingen in samenhang met de waterkwaliteitsopgave "
    "worden geoperationaliseerd door middel van een participatietraject met belanghebbenden."
)


@pytest.mark.parametrize(
    ("word", "count"),
    [("boerderij", 3), ("stikstof", 2), ("gebiedsprocessen", 5), ("natuur", 2), ("ruimte", 2),
     ("geëvalueerd", 5), ("de", 1), ("ruïne", 3), ("koeien", 2)],
)  # fmt: skip
def test_dutch_syllables(word: str, count: int) -> None:
    assert syllables(word) == count


def test_english_silent_e() -> None:
    assert syllables("make", "en") == 1 and syllables("table", "en") == 2


def test_plain_language_scores_easy_and_officialese_hard() -> None:
    easy, hard = assess(EASY_NL), assess(HARD_NL)
    assert easy is not None and hard is not None
    assert easy.level == "easy" and hard.level == "hard"
    assert easy.score > 60 > 30 > hard.score
    assert (easy.sentences, easy.words) == (3, 15)


def test_advice_names_long_sentences_and_long_words() -> None:
    result = assess(HARD_NL)
    assert result is not None
    assert result.long_sentences == ("Het betreft hier een integrale gebiedsgerichte …",)
    assert "stikstofdepositiereductiedoelstellingen" in result.long_words
    assert "de" not in result.long_words
    assert assess(EASY_NL).long_sentences == ()  # type: ignore[union-attr]


def test_markdown_links_and_code_do_not_count() -> None:
    text = "Lees [het rapport](https://example.nl/a-very-long-address-indeed) op `www.x.nl`."
    assert "https" not in plain_text(text) and "rapport" in plain_text(text)
    assert sentences_of(plain_text("- een\n- twee\n\nKlaar.")) == [["een"], ["twee"], ["Klaar"]]


def test_nothing_to_read_gives_no_score() -> None:
    assert assess("") is None and assess("  **  ** ") is None


def test_english_text_uses_the_english_formula() -> None:
    short = assess("We meet on Tuesday. Bring your boots. The walk is short.", "en")
    assert short is not None and short.language == "en" and short.level == "easy"
    text = "The provincial government presents the results of the nitrogen measurements."
    english, dutch = assess(text, "en"), assess(text, "nl")
    assert english is not None and dutch is not None
    assert english.score != dutch.score
