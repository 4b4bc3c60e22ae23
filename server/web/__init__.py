"""HTML pages: thin routes that parse a form, call one service and render a template."""
