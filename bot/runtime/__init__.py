"""Running the bot: the parts of one process, the scheduler, the web extras, logs, the demo."""
