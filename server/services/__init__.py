"""Use cases. Each public function is one transaction; none renders or routes."""
