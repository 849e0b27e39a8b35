"""Qt-free domain: SOP schema and loader, durations, and (later) cases and events."""
