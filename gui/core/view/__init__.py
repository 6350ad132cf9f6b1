"""What a view shows: the lane layout, axis ticks, search and filters."""
