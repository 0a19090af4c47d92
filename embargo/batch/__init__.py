"""Batch screening of customer files: partitions, a process pool, resumable output."""

from embargo.batch.run import BatchSettings, screen_file

__all__ = ["BatchSettings", "screen_file"]
