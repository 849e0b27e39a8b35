"""Qt-free exchange of events between the PCs of an office through a shared folder."""
