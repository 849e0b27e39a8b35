"""Qt-free swimlane geometry: one layout, painted by the Qt view and by the PDF renderer."""
