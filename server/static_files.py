"""Where the static files are: the checkout's `static/`, or the installed package's copy.

Leaflet (the optional interactive map) is not part of the repository: the admin installs it
from the npm registry into `static/vendor/` (docs/deploy.md), and pages offer the map only
when it is there and a tile server is configured.
"""

from __future__ import annotations

import sys
from pathlib import Path


def _static_dir() -> Path:
    checkout = Path(__file__).parent.parent / "static"
    installed = Path(sys.prefix) / "share" / "polder" / "static"
    return checkout if checkout.is_dir() else installed


STATIC_DIR = _static_dir()
LEAFLET_VERSION = "1.9.4"
# `npm install --prefix static/vendor leaflet@1.9.4` puts it here.
LEAFLET_DIR = STATIC_DIR / "vendor" / "node_modules" / "leaflet" / "dist"
LEAFLET_URL = "/static/vendor/node_modules/leaflet/dist"


def leaflet_installed() -> bool:
    return (LEAFLET_DIR / "leaflet.js").is_file() and (LEAFLET_DIR / "leaflet.css").is_file()
