"""Benchmarks: ``python -m bench`` prints one table row per figure the issues ask for."""
