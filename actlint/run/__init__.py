"""Running a check over paths: configurations per folder, cache, jobs, baseline."""
