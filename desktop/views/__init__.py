"""Qt views: the main window, dialogs and the swimlane scene.

Nothing here holds business rules; views show what :mod:`desktop.models` and
:mod:`desktop.flowchart` compute.
"""
