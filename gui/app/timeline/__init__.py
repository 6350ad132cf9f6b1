"""The timeline canvas: the view box, its layers and its axes."""
