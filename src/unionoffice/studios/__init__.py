"""Innovation studios, patents and five-small achievements, quarterly evaluation, honours."""
