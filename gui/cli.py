"""The ``inroads`` command: open the app, or check and convert files headless.

This module imports no Qt at module level: ``inroads check`` and ``inroads
convert`` must start fast and run where there is no display. The app is
imported only when a window is wanted.
"""

from __future__ import annotations

import argparse
from pathlib import Path
import os
import sys
from collections.abc import Sequence

from gui.core.storage.fileformat import LoadResult, read_document
from gui.core.interop.formats import FORMATS, FormatError, format_for_path, read_any, read_bytes, write_any
from gui.core.document.problems import ErrorKind, LoadError
from gui.core.storage.headroom import ensure_headroom

__all__ = ["main", "EXIT_OK", "EXIT_INVALID", "EXIT_UNREADABLE"]

EXIT_OK = 0
EXIT_INVALID = 1
EXIT_UNREADABLE = 2  # also wrong arguments, as argparse does

COMMANDS = ("check", "convert", "export-image", "export-html", "scoreboard")

_DESCRIPTION = """\
Inroads follows how phone makers try to break into the US market: carrier
talks and deals, retail and online sales, launches, regulatory hits and
setbacks, each event tied to the source passage it rests on.

usage:
  inroads [FILE]              open FILE in the app (no FILE: the last file, or the sample)
  inroads check FILE...       validate timeline files and print every problem
  inroads convert IN OUT      convert between Inroads, TimelineJS and CSV files
                              (formats by extension, or --from/--to); normalises
                              an Inroads file when both are Inroads files
  inroads export-image FILE OUT.{png,svg,pdf} [--from D] [--to D] [--width PX] [--dpi N] [--page P]
                              render the timeline to a picture, headless
  inroads export-html FILE OUT.html [--from D] [--to D] [--title TEXT]
                              write a self-contained interactive web page
  inroads scoreboard FILE [--by partner] [--format md|csv]
                              print where each maker stands, by stage or by partner

Run "inroads COMMAND --help" for a command's options.
"""


class _Version(argparse.Action):
    """``--version``: the version is looked up only when asked for (see ``gui.__getattr__``)."""

    def __call__(self, parser, namespace, values, option_string=None) -> None:
        import gui

        sys.stdout.write(f"inroads {gui.__version__}\n")
        parser.exit()


def _app_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="inroads",
        description=_DESCRIPTION,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        usage="inroads [-h] [--version] [FILE] [--screenshot OUT.png [--size WxH] [--select ID] [--from D] [--to D]]\n"
        "       inroads {check,convert} ...",
    )
    parser.add_argument("--version", action=_Version, nargs=0, help="show the program's version number and exit")
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
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description="""\
Read IN and write it as OUT, converting between formats:

  inroads     an Inroads timeline (.json); with Inroads on both sides this
              normalises the file (key order, indentation)
  timelinejs  a TimelineJS3 JSON file (.json)
  csv         one row per event (.csv), UTF-8 with a byte-order mark

The formats are told by extension: a .json file is read as whichever of
Inroads or TimelineJS it is, and written as Inroads unless --to timelinejs.
What a format cannot hold is printed as warnings (and kept where it can be:
see docs/import-export.md). OUT is not created or touched if IN fails to load.

Exit status: 0 converted (warnings are printed), 1 IN is invalid (every
problem is printed as FILE:LINE[:COL]: message), 2 IN could not be read, an
unknown format, or bad arguments.""",
        epilog="""\
examples:
  inroads convert story.json story.inroads.json                 TimelineJS -> Inroads
  inroads convert timeline.json story.json --to timelinejs      Inroads -> TimelineJS
  inroads convert timeline.json events.csv                      Inroads -> CSV
  inroads convert events.csv updated.json --into timeline.json  CSV rows -> into a copy of timeline.json""",
    )
    parser.add_argument("source", metavar="IN")
    parser.add_argument("target", metavar="OUT")
    parser.add_argument("--from", dest="from_format", choices=FORMATS, help="the format of IN (default: by extension)")
    parser.add_argument("--to", dest="to_format", choices=FORMATS, help="the format of OUT (default: by extension)")
    parser.add_argument(
        "--into",
        metavar="BASE",
        help="with CSV input: import the rows into a copy of BASE (updating events by id, adding new ones)"
        " instead of into a new empty timeline",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    # In a frozen bundle, a Draft Events worker process (or its fork server) is this executable run again with
    # multiprocessing's own arguments: run that and exit, before reading them as ours. Elsewhere it does nothing.
    import multiprocessing

    multiprocessing.freeze_support()
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        if args and args[0] == "check":
            return run_check(_check_parser().parse_args(args[1:]))
        if args and args[0] == "convert":
            return run_convert(_convert_parser().parse_args(args[1:]))
        if args and args[0] == "export-image":
            return run_export_image(_export_image_parser().parse_args(args[1:]))
        if args and args[0] == "scoreboard":
            return run_scoreboard(_scoreboard_parser().parse_args(args[1:]))
        if args and args[0] == "export-html":
            return run_export_html(_export_html_parser().parse_args(args[1:]))
        return run_app(_app_parser().parse_args(args))
    except SystemExit as exit_:  # argparse: --help, --version, or bad arguments
        return exit_.code if isinstance(exit_.code, int) else EXIT_UNREADABLE
    except KeyboardInterrupt:
        return 130
    except MemoryError:
        # Commands say which file was too big; this is the last word for anything else.
        print("inroads: not enough memory", file=sys.stderr)
        return EXIT_UNREADABLE
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
        except MemoryError:
            print(f"{name}: not enough memory to read this file", flush=True)
            status = EXIT_UNREADABLE
            continue
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
    """Convert IN to OUT; when memory runs out, one line, exit 2, and OUT is not created (the write is atomic)."""
    try:
        return _convert(args)
    except MemoryError:
        print(
            f"inroads convert: {args.source}: not enough memory; {args.target} was not written",
            file=sys.stderr,
        )
        return EXIT_UNREADABLE


def _convert(args: argparse.Namespace) -> int:
    try:
        to_format = args.to_format or format_for_path(args.target, writing=True)
    except FormatError:
        print(
            f"inroads convert: {args.target}: unsupported output format (supported: .json, .csv, or --to"
            f" {'|'.join(FORMATS)})",
            file=sys.stderr,
        )
        return EXIT_UNREADABLE
    try:
        result = _read_for_convert(args)
    except FormatError as error:
        print(f"inroads convert: {error}", file=sys.stderr)
        print(f"inroads convert: {args.target} was not written", file=sys.stderr)
        return EXIT_UNREADABLE
    except LoadError as error:
        print(error.report(), file=sys.stderr)
        print(f"inroads convert: {args.target} was not written", file=sys.stderr)
        return _exit_status(error)
    for warning in result.warnings:
        print(warning.format(args.source), file=sys.stderr)
    # Encoding needs about twice what it writes; ask before starting (see gui/core/storage/headroom.py).
    ensure_headroom(2 * _size_of(args.source))
    try:
        warnings = write_any(result.document, args.target, to_format)
    except OSError as error:
        print(f"inroads convert: {args.target}: {error.strerror or error}", file=sys.stderr)
        return EXIT_UNREADABLE
    for warning in warnings:
        print(warning.format(args.target), file=sys.stderr)
    return EXIT_OK


def _size_of(path: str) -> int:
    try:
        return os.stat(path).st_size
    except OSError:
        return 0


def _read_for_convert(args: argparse.Namespace) -> LoadResult:
    """Read IN (into a copy of BASE for CSV rows with --into); raise FormatError or LoadError."""
    if args.into is None:
        return read_any(args.source, args.from_format)
    data = read_bytes(args.source)
    from_format = args.from_format or format_for_path(args.source, data=data)
    if from_format != "csv":
        raise FormatError(f"--into works with CSV input only ({args.source} is {from_format})")
    base = read_any(args.into)
    for warning in base.warnings:
        print(warning.format(args.into), file=sys.stderr)
    from gui.core.interop.csv_format import decode_csv

    return decode_csv(data, args.source, base=base.document)


def _export_image_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="inroads export-image",
        description="Render a timeline to a picture, headless: PNG at a width, SVG with text as text, or a"
        " landscape PDF with the title and the legend.",
    )
    parser.add_argument("source", metavar="FILE")
    parser.add_argument("target", metavar="OUT", help="OUT.png, OUT.svg or OUT.pdf")
    parser.add_argument("--from", dest="date_from", metavar="DATE", help="first date shown (EDTF)")
    parser.add_argument("--to", dest="date_to", metavar="DATE", help="last date shown (EDTF)")
    parser.add_argument("--title", metavar="TEXT", help="the picture's title (default: the timeline's)")
    parser.add_argument("--width", type=int, default=1600, metavar="PX",
                        help="PNG and SVG: width in pixels (default 1600); PDF with --page fit: the page's width")
    parser.add_argument("--dpi", type=float, default=96.0, metavar="N",
                        help="PNG: dots per inch it is drawn at, 96 = screen size, 300 for print (default 96)")
    parser.add_argument("--page", choices=("a4", "letter", "a3", "fit"), default="a4",
                        help="PDF: page size, or fit to the content (default a4)")
    parser.add_argument("--orientation", choices=("landscape", "portrait"), default="landscape",
                        help="PDF: page orientation (default landscape)")
    return parser


def run_export_image(args: argparse.Namespace) -> int:
    from gui.core.document.dates import DateError, parse_date
    from gui.core.interop.formats import FormatError, read_any

    if Path(args.target).suffix.lower() not in (".png", ".svg", ".pdf"):
        print(f"inroads export-image: {args.target}: pictures are .png, .svg or .pdf", file=sys.stderr)
        return EXIT_UNREADABLE
    try:
        days = None
        if args.date_from or args.date_to:
            first = parse_date(args.date_from).first_day() if args.date_from else None
            last = parse_date(args.date_to).end_day() if args.date_to else None
            days = (first, last)
    except DateError as error:
        print(f"inroads export-image: --from/--to: {error}", file=sys.stderr)
        return EXIT_UNREADABLE
    try:
        result = read_any(args.source)
    except LoadError as error:
        print(error.report(), file=sys.stderr)
        return _exit_status(error)
    except FormatError as error:
        print(f"inroads export-image: {error}", file=sys.stderr)
        return EXIT_UNREADABLE
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from gui.app.document.document_model import DocumentModel
    from gui.app.window.main import create_application
    from gui.app.export.picture_export import export_picture

    create_application()
    model = DocumentModel()
    model.set_document(result.document, Path(args.source))
    if days is not None:
        extent = model.layout.extent() or (0.0, 1.0)
        days = (days[0] if days[0] is not None else extent[0], days[1] if days[1] is not None else extent[1])
    try:
        export_picture(model, args.target, args.width, days, args.title, page=args.page,
                       orientation=args.orientation, dpi=args.dpi)
    except (OSError, ValueError) as error:
        print(f"inroads export-image: {error}", file=sys.stderr)
        return EXIT_UNREADABLE
    return EXIT_OK


def _scoreboard_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="inroads scoreboard",
        description="Print where each maker stands: one row per lane, one column per stage (the most recent event"
        " of that kind, its status, partners and independent sources), or per partner (the furthest stage reached"
        " and when). Exit status: 0 printed, 1 FILE is invalid, 2 FILE could not be read.",
    )
    parser.add_argument("source", metavar="FILE")
    parser.add_argument("--by", choices=("stage", "partner"), default="stage", help="columns (default: stage)")
    parser.add_argument("--format", choices=("md", "csv"), default="md", help="Markdown or CSV (default: md)")
    return parser


def _read_reporting(command: str, source: str) -> LoadResult | int:
    """Read a timeline in any format for a subcommand, printing its problems and warnings to stderr;
    the result, or the exit status when it could not be read."""
    try:
        result = read_any(source)
    except LoadError as error:
        print(error.report(), file=sys.stderr)
        return _exit_status(error)
    except FormatError as error:
        print(f"inroads {command}: {error}", file=sys.stderr)
        return EXIT_UNREADABLE
    for warning in result.warnings:
        print(warning.format(source), file=sys.stderr)
    return result


def run_scoreboard(args: argparse.Namespace) -> int:
    from gui.core.analysis.scoreboard import by_partner, by_stage
    from gui.core.analysis.scoreboard_text import to_csv, to_markdown

    result = _read_reporting("scoreboard", args.source)
    if isinstance(result, int):
        return result
    board = (by_partner if args.by == "partner" else by_stage)(result.document)
    sys.stdout.write((to_csv if args.format == "csv" else to_markdown)(board))
    return EXIT_OK


def _export_html_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="inroads export-html",
        description="Write the timeline as one self-contained web page: the events, the viewer's script and"
        " style in one HTML file that loads nothing from the network and works opened from disk. Only the"
        " sources the exported events cite go into the page, with their text.",
    )
    parser.add_argument("source", metavar="FILE")
    parser.add_argument("target", metavar="OUT.html")
    parser.add_argument("--from", dest="date_from", metavar="DATE", help="keep events that end on or after DATE (EDTF)")
    parser.add_argument("--to", dest="date_to", metavar="DATE", help="keep events that begin on or before DATE (EDTF)")
    parser.add_argument("--title", help="the page's title (default: the timeline's title)")
    return parser


def run_export_html(args: argparse.Namespace) -> int:
    from gui.core.document.dates import DateError, parse_date
    from gui.core.interop.web_page import write_web_page

    try:
        shown = (
            parse_date(args.date_from).first_day() if args.date_from else None,
            parse_date(args.date_to).end_day() if args.date_to else None,
        )
    except DateError as error:
        print(f"inroads export-html: --from/--to: {error}", file=sys.stderr)
        return EXIT_UNREADABLE
    if None not in shown and shown[0] >= shown[1]:
        print(f"inroads export-html: --from {args.date_from} is after --to {args.date_to}", file=sys.stderr)
        return EXIT_UNREADABLE
    result = _read_reporting("export-html", args.source)
    if isinstance(result, int):
        return result
    try:
        write_web_page(result.document, args.target, title=args.title, shown=shown)
    except OSError as error:
        print(f"inroads export-html: {args.target}: {error.strerror or error}", file=sys.stderr)
        return EXIT_UNREADABLE
    return EXIT_OK


def run_app(args: argparse.Namespace) -> int:
    if not args.screenshot:
        # Qt aborts with a core dump when its platform plugin can't start: ask first, in plain words.
        from gui.app.window.preflight import preflight

        problem = preflight()
        if problem:
            print(problem, file=sys.stderr)
            return 1
    from gui.app.window.main import run  # Qt is imported only when a window is wanted

    return run(args)
