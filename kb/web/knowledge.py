"""One :class:`~kb.core.KnowledgeBase` per application, opened on first use."""

from __future__ import annotations

import threading

from flask import Flask, current_app

from kb.config import load_settings
from kb.core import KnowledgeBase

_lock = threading.Lock()


def get_kb() -> KnowledgeBase:
    """The current application's knowledge base (created lazily, thread-safe)."""
    app = current_app._get_current_object()
    kb = app.extensions.get("kb")
    if kb is None:
        with _lock:
            kb = app.extensions.get("kb")
            if kb is None:
                settings = load_settings(app.config["KB_HOME"], app.config["DATABASE_URL"], app.config.get("SEARCH_ENGINE"))
                kb = KnowledgeBase(settings)
                kb.index  # open the index here too: its lazy opening is not locked
                app.extensions["kb"] = kb
    return kb


def close_kb(app: Flask) -> None:
    """Close the application's knowledge base, if it was opened."""
    kb = app.extensions.pop("kb", None)
    if kb is not None:
        kb.close()


def init_app(app: Flask) -> None:
    app.extensions.setdefault("kb", None)
