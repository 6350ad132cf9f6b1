"""The open document in the app: its Qt model, undo commands, autosave, loading, selection and the view filter."""
