"""The output formats: each module is one format, named by its module, defining ``REPORTER``."""
