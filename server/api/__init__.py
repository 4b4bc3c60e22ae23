"""The JSON API under /api/v1: token auth, one error shape, an OpenAPI description."""
