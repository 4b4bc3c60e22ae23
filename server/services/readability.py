"""How easy a text is to read, with concrete advice: a help while writing, never a gate.

Dutch text is scored with Flesch–Douma (Douma 1960, the Dutch adaptation of Flesch's reading
ease): 206.84 − 0.93 × words per sentence − 77 × syllables per word. English text gets Flesch's
own reading ease: 206.835 − 1.015 × words per sentence − 84.6 × syllables per word. On both
scales (cut to 0–100) 60 and up reads easily (about B1 for Dutch), below 30 is hard.

Syllables are counted as vowel sounds: in Dutch each spelling of one sound (`ij`, `ui`, `oe`,
`aai`, ...) counts once and a diaeresis (`ë`, `ï`) starts a new syllable; in English, groups
of vowels less a silent final e. Markdown, links and code are taken out first.
Pure: text in, numbers and advice out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MAX_SENTENCE_WORDS = 15  # B1 writing advice: one idea per sentence, at most ~15 words
LONG_WORD_LETTERS = 13
LONG_WORD_SYLLABLES = 5
MAX_EXAMPLES = 5
EASY, FAIR = 60.0, 30.0

_CODE = re.compile(r"```.*?```|`[^`]*`", re.S)
_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_URL = re.compile(r"\b(?:https?://|www\.)\S+|\S+@\S+\.\w+")
_MARKS = re.compile(r"^\s{0,3}(?:#{1,6}|>|[-*+]|\d+[.)])\s+", re.M)
_EMPHASIS = re.compile(r"[*_~]+")
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+|\n\s*\n")
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_VOWELS = "aeiouyàáâäèéêëìíîïòóôöùúûü"
_VOWEL_RUN = re.compile(f"[{_VOWELS}]+")
# Dutch spellings of one vowel sound, longest first. A vowel with a diaeresis (ë, ï) is in none
# of them: it is always spoken on its own (geëvalueerd, ruïne).
_DUTCH_UNITS = ("aai", "ooi", "oei", "eeu", "ieu", "aa", "ee", "oo", "uu", "ie", "oe", "eu",
                "ui", "ei", "ou", "au")  # fmt: skip


@dataclass(frozen=True)
class Readability:
    language: str
    score: float
    sentences: int
    words: int
    long_sentences: tuple[str, ...]  # the opening words of sentences that are too long
    long_words: tuple[str, ...]

    @property
    def level(self) -> str:
        """ "easy", "fair" or "hard"."""
        if self.score >= EASY:
            return "easy"
        return "fair" if self.score >= FAIR else "hard"


def plain_text(markdown: str) -> str:
    text = _CODE.sub(" ", markdown)
    text = _LINK.sub(r"\1", text)
    text = _URL.sub(" ", text)
    text = _MARKS.sub("\n\n", text)  # a list item or heading ends what came before it
    return _EMPHASIS.sub("", text)


def sentences_of(text: str) -> list[list[str]]:
    found = []
    for part in _SENTENCE_END.split(text):
        words = _WORD.findall(part)
        if words:
            found.append(words)
    return found


def syllables(word: str, language: str = "nl") -> int:
    lower = word.lower()
    if language == "en":
        count = len(_VOWEL_RUN.findall(lower))
        if lower.endswith("e") and not lower.endswith("le") and count > 1:
            count -= 1  # a silent final e: "make", "there"
        return max(count, 1)
    runs = _VOWEL_RUN.findall(lower.replace("ij", "i"))
    return max(sum(_dutch_vowels(run) for run in runs), 1)


def _dutch_vowels(run: str) -> int:
    """How many vowel sounds a run of vowel letters holds: `koeien` is koei-en, `ruïne` ru-ï-ne."""
    count, position = 0, 0
    while position < len(run):
        unit = next((u for u in _DUTCH_UNITS if run.startswith(u, position)), run[position])
        position += len(unit)
        count += 1
    return count


def assess(markdown: str, language: str = "nl") -> Readability | None:
    """The score and advice for a text, or None when there is nothing to read yet."""
    sentences = sentences_of(plain_text(markdown))
    words = [word for sentence in sentences for word in sentence]
    if not words:
        return None
    syllable_count = sum(syllables(word, language) for word in words)
    per_sentence = len(words) / len(sentences)
    per_word = syllable_count / len(words)
    if language == "en":
        score = 206.835 - 1.015 * per_sentence - 84.6 * per_word
    else:
        score = 206.84 - 0.93 * per_sentence - 77 * per_word
    return Readability(
        language=language,
        score=round(min(max(score, 0.0), 100.0), 1),
        sentences=len(sentences),
        words=len(words),
        long_sentences=_long_sentences(sentences),
        long_words=_long_words(words, language),
    )


def _long_sentences(sentences: list[list[str]]) -> tuple[str, ...]:
    long = [s for s in sentences if len(s) > MAX_SENTENCE_WORDS]
    return tuple(" ".join(sentence[:6]) + " …" for sentence in long[:MAX_EXAMPLES])


def _long_words(words: list[str], language: str) -> tuple[str, ...]:
    found: dict[str, None] = {}
    for word in words:
        long = len(word) > LONG_WORD_LETTERS or syllables(word, language) >= LONG_WORD_SYLLABLES
        if long and word.lower() not in found:
            found[word.lower()] = None
    return tuple(list(found)[:MAX_EXAMPLES])
