"""Inroads: follow how phone makers try to break into the US market, event by event, source by source."""

APP_NAME = "Inroads"


def __getattr__(name: str) -> str:
    """``__version__``, looked up when first asked for: importing ``importlib.metadata`` (and the email
    parser it reads package metadata with) took 20-40 ms of every start-up, for a string only
    ``--version``, the About box and crash reports show."""
    if name != "__version__":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    try:
        found = version("inroads")
    except PackageNotFoundError:  # running from a source tree that was never installed
        found = "0+unknown"
    globals()["__version__"] = found
    return found
