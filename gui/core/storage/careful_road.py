"""The careful road: a document built in Python from plain JSON values, unknown keys kept, every problem collected.

It runs when the fast road meets anything unexpected: an unknown key (which must be kept), a wrong
type or a missing field. Instead of stopping at the first problem, it reports each bad field in plain
words, at the bad item itself, and builds a stand-in from the good fields so that the semantic checks
can report the object's other problems in the same run.
"""

from __future__ import annotations

import re
from typing import Any

import msgspec

from gui.core.document.model import EXTRA_FIELD, FORMAT_NAME, Document, Event, Evidence, Lane, Source
from gui.core.document.problems import LoadError, Problem
from gui.core.document.validate import check_document, check_header, clip_text, describe_object
from gui.core.storage.fast_road import BATCH
from gui.core.storage.load_progress import Progress
from gui.core.storage.readable_text import MAX_DEPTH, syntax_problem

__all__ = ["decode_carefully"]

_RAW_DECODER = msgspec.json.Decoder()

_TYPE_WORDS = {
    "str": "a string",
    "int": "a whole number",
    "float": "a number",
    "bool": "true or false",
    "null": "null",
    "array": "a list",
    "object": "an object",
}


def _json_type_name(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true or false"
    if isinstance(value, int):
        return "a whole number"
    if isinstance(value, float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "a list"
    return "an object"


def _words_for_types(spec: str) -> str:
    return " or ".join(_TYPE_WORDS.get(part.strip(), part.strip()) for part in spec.split("|"))


def _parse_path(text: str) -> tuple:
    return tuple(int(index) if index else key for key, index in re.findall(r"\.([^.\[]+)|\[(\d+)\]", text))


class _CarefulBuilder:
    """Builds a Document from plain JSON values, keeping unknown keys and collecting problems."""

    def __init__(self, progress: Progress | None = None) -> None:
        self.problems: list[Problem] = []
        self.ok = True
        #: True once "format" and "version" were found and are fine.
        self.header_ok = False
        self.progress = progress

    def problem(self, message: str, where: str, path: tuple) -> None:
        self.problems.append(Problem(message, where, path))
        self.ok = False

    def build(self, raw: Any) -> Document | None:
        if not isinstance(raw, dict):
            self.problem(
                f'the file holds {_json_type_name(raw)}, not an object; an Inroads timeline is an object with "format": "{FORMAT_NAME}"',
                "",
                (),
            )
            return None
        if "format" not in raw:
            hint = " (it looks like a TimelineJS timeline)" if _looks_like_timelinejs(raw) else ""
            self.problem(f'missing "format": "{FORMAT_NAME}"; this is not an Inroads timeline{hint}', "", ())
            return None
        if "version" not in raw:
            self.problem('missing "version" (expected "version": 1)', "", ())
            return None
        header = check_header(raw["format"], raw["version"])
        if header:
            self.problems += header
            self.ok = False
            return None
        self.header_ok = True
        lanes = self.collection(raw, "lanes", Lane)
        sources = self.collection(raw, "sources", Source)
        events = self.collection(raw, "events", Event)
        top = {k: v for k, v in raw.items() if k not in ("lanes", "sources", "events")}
        document = self.make(top, Document, "", ())
        if document is None:
            return None
        document.lanes, document.sources, document.events = lanes, sources, events
        return document

    def collection(self, raw: dict, name: str, cls: type) -> list:
        items = raw.get(name, [])
        if not isinstance(items, list):
            self.problem(f"{name} must be a list, not {_json_type_name(items)}", "", (name,))
            return []
        built = []
        for index, item in enumerate(items):
            if self.progress is not None and index % BATCH == 0 and name == "events":
                self.progress("Decoding", index, len(items))
            where = describe_object(name, index, item.get("id") if isinstance(item, dict) else None)
            if cls is Event and isinstance(item, dict) and "evidence" in item:
                item = dict(item)
                item["evidence"] = self.evidence_list(item["evidence"], where, (name, index, "evidence"))
            obj = self.make(item, cls, where, (name, index))
            if obj is not None:
                built.append(obj)
        return built

    def evidence_list(self, items: Any, where: str, path: tuple) -> list:
        if not isinstance(items, list):
            self.problem(f"evidence must be a list, not {_json_type_name(items)}", where, path)
            return []
        built = []
        for number, item in enumerate(items):
            evidence = self.make(item, Evidence, where, path + (number,), label=f"evidence[{number}]")
            if evidence is not None:
                built.append(evidence)
        return built

    def make(self, item: Any, cls: type, where: str, path: tuple, label: str = "") -> Any:
        """Build one Struct from a dict, moving unknown keys into ``extra``."""
        if not isinstance(item, dict):
            self.problem(
                f"{label + ' ' if label else ''}must be an object, not {_json_type_name(item)}".strip(), where, path
            )
            return None
        known_names = _FIELD_NAMES[cls]
        known = {k: v for k, v in item.items() if k in known_names}
        extra = {k: v for k, v in item.items() if k not in known_names}
        try:
            obj = msgspec.convert(known, cls)
        except msgspec.ValidationError:
            # Report every bad field, then build a stand-in from the good ones so the
            # semantic checks can still report this object's other problems.
            bad = self.field_problems(known, cls, where, path, label)
            good = {k: v for k, v in known.items() if k not in bad}
            for info in msgspec.structs.fields(cls):
                if info.required and info.encode_name not in good:
                    good[info.encode_name] = ""
            obj = msgspec.convert(good, cls)
        if extra:
            allowed = MAX_DEPTH - len(path) - 1  # the containers around this object, the file itself included
            for key, value in extra.items():
                if _nests_deeper_than(value, allowed):
                    self.problem(
                        f"{label + '.' if label else ''}{clip_text(key)} is nested too deeply (a file may nest at"
                        f" most {MAX_DEPTH} levels of lists and objects)",
                        where,
                        path + (key,),
                    )
            setattr(obj, EXTRA_FIELD, extra)
        return obj

    def field_problems(self, known: dict, cls: type, where: str, path: tuple, label: str) -> set[str]:
        """Report every bad field of one object, not only the first msgspec meets; return their names."""
        lead = f"{label}." if label else ""
        bad = set()
        for info in msgspec.structs.fields(cls):
            if info.name == EXTRA_FIELD:
                continue
            if info.encode_name not in known:
                if info.required:
                    self.problem(
                        f'{lead}missing required field "{info.encode_name}"', where, path + (info.encode_name,)
                    )
                continue
            value = known[info.encode_name]
            try:
                msgspec.convert(value, info.type)
            except msgspec.ValidationError as error:
                bad.add(info.encode_name)
                message, inner_path = self.type_message(lead + info.encode_name, value, str(error))
                # At the bad item itself (``partners[1]``), not where its list opens.
                self.problem(message, where, path + (info.encode_name, *inner_path))
        return bad

    @staticmethod
    def type_message(field_name: str, value: Any, msgspec_message: str) -> tuple[str, tuple]:
        """The message for a value of the wrong type, and the path of the bad part inside the value."""
        match = re.match(r"Expected `(.+?)`, got `(.+?)`(?: - at `\$(.*)`)?", msgspec_message)
        if not match:
            return f"{field_name}: {msgspec_message}", ()
        expected, _, inner = match.groups()
        inner_path = _parse_path(inner or "")
        if inner_path:
            shown = field_name + "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in inner_path)
            got = value
            for part in inner_path:
                try:
                    got = got[part]
                except (KeyError, IndexError, TypeError):
                    break
            return f"{shown} must be {_words_for_types(expected)}, not {_json_type_name(got)}", inner_path
        return f"{field_name} must be {_words_for_types(expected)}, not {_json_type_name(value)}", ()


def _nests_deeper_than(value: Any, levels: int) -> bool:
    """True if ``value`` holds lists and objects more than ``levels`` deep (breadth first: no recursion)."""
    level = [value] if isinstance(value, (dict, list)) else []
    depth = 0
    while level:
        depth += 1
        if depth > levels:
            return True
        children = []
        for container in level:
            items = container.values() if isinstance(container, dict) else container
            children.extend(item for item in items if isinstance(item, (dict, list)))
        level = children
    return False


def _looks_like_timelinejs(raw: dict) -> bool:
    events = raw.get("events")
    return isinstance(events, list) and any(isinstance(e, dict) and "start_date" in e for e in events[:5])


_FIELD_NAMES: dict[type, frozenset[str]] = {
    cls: frozenset(f.encode_name for f in msgspec.structs.fields(cls) if f.name != EXTRA_FIELD)
    for cls in (Document, Lane, Source, Evidence, Event)
}


def decode_carefully(
    data: bytes, filename: str, progress: Progress | None = None
) -> tuple[Document | None, list[Problem], bool]:
    """The document (None if it has errors), every problem found, and whether its header was fine: a file
    that is not an Inroads timeline (or a newer one) is worth no more checks."""
    try:
        raw = _RAW_DECODER.decode(data)
    except msgspec.DecodeError as error:
        data.decode("utf-8")  # bytes that are not UTF-8 are unreadable, not a syntax error
        raise LoadError(filename, [syntax_problem(data, error)]) from None
    builder = _CarefulBuilder(progress)
    document = builder.build(raw)
    if not builder.ok:
        # Semantic checks on a partly built document still find real problems
        # (dates, references) worth reporting in the same run.
        reported = {p.path for p in builder.problems}
        if document is not None:
            builder.problems += [p for p in check_document(document) if p.is_error and p.path not in reported]
        return None, builder.problems, builder.header_ok
    return document, builder.problems, True  # built without a problem: the header was fine too
