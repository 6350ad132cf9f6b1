"""Imported by Draft Events' fork server (``draft_workers``), never by the app: it loads the evidence models and builds
the patterns built on first use, once, before the server forks the workers. The workers then share those pages
with the server instead of each holding its own copy (about 50 MB apiece)."""

from gui.core.evidence.draft_workers import warm_up

warm_up()
