"""pyqtgraph's scene, spared the hover it sends after a click that did not move.

After every release the scene sends a hover event at the release's point "to let items prepare for the next
click or drag": it looks for the items near the point again (a few tenths of a ms of the click to Details,
#22) and sends each a hover. When the pointer is released where it last hovered and no button is held, the
items near it and their hover states are those of that last hover, which the scene keeps: nothing to send.
A release after a drag is elsewhere (the scene records no hover while a button is held) and is sent as before.
"""

from __future__ import annotations

__all__ = ["skip_hover_on_still_release"]


def skip_hover_on_still_release(scene) -> None:
    """Make ``scene`` (a pyqtgraph GraphicsScene) skip the hover it sends after a release where it last hovered."""
    send = scene.sendHoverEvents

    def send_hover_events(ev, exitOnly=False):  # pyqtgraph's argument name
        last = scene.lastHoverEvent
        if (
            not exitOnly
            and last is not None
            and ev.type() == ev.Type.GraphicsSceneMouseRelease
            and not ev.buttons()
            and ev.scenePos() == last.scenePos()
        ):
            return
        send(ev, exitOnly)

    scene.sendHoverEvents = send_hover_events
