"""Inroads: follow how phone makers try to break into the US market, event by event, source by source."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("inroads")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0+unknown"

APP_NAME = "Inroads"
