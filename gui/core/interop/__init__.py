"""Other formats: TimelineJS, CSV, and telling formats apart by name and content."""
