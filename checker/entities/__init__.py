"""Who and where: people, places and cited sources, as keys that extraction and comparison share."""
