"""SOP templates bundled with the app: one YAML file per flow."""
