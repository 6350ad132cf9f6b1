"""The main window: start-up, the window that assembles the parts, its actions, menus and prompts."""
