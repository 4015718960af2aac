"""newsbot: conflict news from RSS/Atom feeds, understood and summarized."""

__version__ = "0.1.0"
