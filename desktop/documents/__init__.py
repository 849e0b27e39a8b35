"""Qt-free ReportLab renderers: data in, PDF bytes out, one module per document."""
