"""Front ends' rendering: terminal (rich), JSON and CSV. They render; the engine decides."""
