"""`python -m bot ...` and the `newsbot` command: the command line, loaded with the cyclic
garbage collector paused.

Loading the command line creates over 100,000 objects that live as long as the process
(modules, classes, SQL constructs); the collector, seeing the heap grow, scanned them again
and again while they were made, about a third of a short command's CPU time. They are made
with it paused, then moved out of its sight (`gc.freeze`), as the gazetteer's are.
"""

import gc


def main() -> None:
    """Console-script entry point."""
    gc.disable()
    try:
        from bot.cli import main as run
    finally:
        gc.freeze()
        gc.enable()
    run()


if __name__ == "__main__":
    main()
