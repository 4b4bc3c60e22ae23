"""ActivityPub: signatures, actors, inbox handlers, outbox and delivery."""
