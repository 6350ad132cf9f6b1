"""The ``inroads`` command: open the app, or check and convert files headless.

This module imports no Qt at module level: ``inroads check`` and ``inroads
convert`` must start fast and run where there is no display. The app is
imported only when a window is wanted.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from gui import __version__
from gui.core.fileformat import read_document, write_document
from gui.core.problems import ErrorKind, LoadError

__all__ = ["main", "EXIT_OK", "EXIT_INVALID", "EXIT_UNREADABLE"]

EXIT_OK = 0
EXIT_INVALID = 1
EXIT_UNREADABLE = 2  # also wrong arguments, as argparse does

COMMANDS = ("check", "convert")

_DESCRIPTION = """\
Inroads follows how phone makers try to break into the US market: carrier
talks and deals, retail and online sales, launches, regulatory hits and
setbacks, each event tied to the source passage it rests on.

usage:
  inroads [FILE]              open FILE in the app (no FILE: the last file, or the sample)
  inroads check FILE...       validate timeline files and print every problem
  inroads convert IN OUT      read IN and write it as OUT (normalises an Inroads file)

Run "inroads COMMAND --help" for a command's options.
"""


def _app_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="inroads",
        description=_DESCRIPTION,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        usage="inroads [-h] [--version] [FILE] [--screenshot OUT.png [--size WxH] [--select ID] [--from D] [--to D]]\n"
        "       inroads {check,convert} ...",
    )
    parser.add_argument("--version", action="version", version=f"inroads {__version__}")
    parser.add_argument("file", nargs="?", metavar="FILE", help="the timeline file to open")
    parser.add_argument("--screenshot", metavar="OUT.png", help="render the window offscreen to OUT.png and exit")
    parser.add_argument("--size", default="1440x900", metavar="WxH", help="window size for --screenshot")
    parser.add_argument("--select", metavar="EVENT_ID", help="select this event (with --screenshot)")
    parser.add_argument("--from", dest="date_from", metavar="DATE", help="with --screenshot: show time from this EDTF date")
    parser.add_argument("--to", dest="date_to", metavar="DATE", help="with --screenshot: show time up to this EDTF date")
    return parser


def _check_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="inroads check",
        description="Validate Inroads timeline files. Prints every problem with its file, line and column."
        " Exit status: 0 all valid (warnings are printed), 1 some file is invalid, 2 some file"
        " could not be read.",
    )
    parser.add_argument("files", nargs="+", metavar="FILE")
    parser.add_argument("-q", "--quiet", action="store_true", help="print only problems, not the summary lines")
    return parser


def _convert_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="inroads convert",
        description="Read IN and write it as OUT. With an Inroads file on both sides this normalises it"
        " (key order, indentation). OUT is not created or touched if IN fails to load.",
    )
    parser.add_argument("source", metavar="IN")
    parser.add_argument("target", metavar="OUT")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        if args and args[0] == "check":
            return run_check(_check_parser().parse_args(args[1:]))
        if args and args[0] == "convert":
            return run_convert(_convert_parser().parse_args(args[1:]))
        return run_app(_app_parser().parse_args(args))
    except SystemExit as exit_:  # argparse: --help, --version, or bad arguments
        return exit_.code if isinstance(exit_.code, int) else EXIT_UNREADABLE
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (e.g. `inroads check ... | head`): stop quietly, and keep
        # the interpreter's final flush from failing again on the closed pipe.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_INVALID


def _exit_status(error: LoadError) -> int:
    return EXIT_UNREADABLE if error.kind is ErrorKind.UNREADABLE else EXIT_INVALID


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


def run_check(args: argparse.Namespace) -> int:
    status = EXIT_OK
    for name in args.files:
        try:
            result = read_document(name)
        except LoadError as error:
            print(error.report(), flush=True)
            if error.kind is ErrorKind.INVALID and not args.quiet:
                count = len(error.errors)
                print(f"{name}: invalid ({_plural(count, 'problem')})")
            status = max(status, _exit_status(error))
            continue
        for warning in result.warnings:
            print(warning.format(name))
        if not args.quiet:
            document = result.document
            counts = ", ".join(
                (
                    _plural(len(document.lanes), "lane"),
                    _plural(len(document.events), "event"),
                    _plural(len(document.sources), "source"),
                )
            )
            warned = f", {_plural(len(result.warnings), 'warning')}" if result.warnings else ""
            print(f"{name}: ok ({counts}{warned})")
    return status


def run_convert(args: argparse.Namespace) -> int:
    target = Path(args.target)
    if target.suffix.lower() != ".json":
        print(f"inroads convert: {args.target}: unsupported output format (supported: .json)", file=sys.stderr)
        return EXIT_UNREADABLE
    try:
        result = read_document(args.source)
    except LoadError as error:
        print(error.report(), file=sys.stderr)
        print(f"inroads convert: {args.target} was not written", file=sys.stderr)
        return _exit_status(error)
    for warning in result.warnings:
        print(warning.format(args.source), file=sys.stderr)
    try:
        write_document(result.document, target)
    except OSError as error:
        print(f"inroads convert: {args.target}: {error.strerror or error}", file=sys.stderr)
        return EXIT_UNREADABLE
    return EXIT_OK


def run_app(args: argparse.Namespace) -> int:
    from gui.app.main import run  # Qt is imported only when a window is wanted

    return run(args)
