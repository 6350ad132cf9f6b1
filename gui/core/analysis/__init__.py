"""Analysis: how many independent sources back an event, where reports disagree, merge suggestions and the scoreboard."""
