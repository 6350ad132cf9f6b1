"""Small widgets shared by panes and dialogs: the event form, date field, tag lists and text helpers."""
