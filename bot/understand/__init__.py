"""Understanding articles: pure functions from text to facts."""
