"""FEDERATION.md is what other servers read: every `polder:` term the code writes is defined
there, under the namespace the code uses."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from federation import modlog
from federation.vocab.serialise import CONTEXT, POLDER_NS

FEDERATION_MD = Path(__file__).resolve().parents[2] / "FEDERATION.md"


def _polder_terms(context: list[Any]) -> set[str]:
    terms = set()
    for part in context:
        if not isinstance(part, dict):
            continue
        for term, definition in part.items():
            iri = definition["@id"] if isinstance(definition, dict) else definition
            if isinstance(iri, str) and iri.startswith("polder:"):
                terms.add(term)
    return terms


def test_every_polder_term_is_defined_in_federation_md() -> None:
    text = FEDERATION_MD.read_text()
    defined = set(re.findall(r"^\| `(\w+)`", text, flags=re.MULTILINE))
    written = _polder_terms(CONTEXT) | _polder_terms(modlog.LOG_CONTEXT)
    assert written >= {"moderationLog", "ModerationDecision", "decision"}
    assert written - defined == set()


def test_the_namespace_is_the_documented_one_and_no_instance_address() -> None:
    assert f"`{POLDER_NS}`" in FEDERATION_MD.read_text()
    assert CONTEXT[-1]["polder"] == POLDER_NS
    assert "example" not in POLDER_NS
