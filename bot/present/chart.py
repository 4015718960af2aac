"""The activity picture: a small two-panel PNG of a place's last 30 days (incidents per day
stacked by event type; killed per week), drawn with matplotlib's Agg canvas.

matplotlib is imported inside `activity_png`, so no other command pays its import.
"""

from __future__ import annotations

import io

from bot.answers import Activity

WIDTH, HEIGHT, DPI = 8.0, 4.0, 100
"""800 × 400 pixels."""
COLOURS = {
    "Battles": "#D55E00",
    "Explosions/Remote violence": "#E69F00",
    "Violence against civilians": "#CC79A7",
    "Protests": "#0072B2",
    "Riots": "#56B4E9",
    "Strategic developments": "#009E73",
}
"""ACLED event types in the Okabe-Ito palette (told apart with colour blindness too)."""
OTHER = "#999999"
KILLED = "#444444"


def activity_png(activity: Activity) -> bytes | None:
    """The picture as PNG bytes; None when the window holds no incident."""
    if activity.empty:
        return None
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    figure = Figure(figsize=(WIDTH, HEIGHT), dpi=DPI, layout="constrained")
    FigureCanvasAgg(figure)
    daily, weekly = figure.subplots(1, 2, width_ratios=[3, 1])
    figure.suptitle(activity.title, fontsize=11)
    positions = range(len(activity.days))
    bottom = [0] * len(activity.days)
    for event_type, counts in activity.incidents.items():
        colour = COLOURS.get(event_type, OTHER)
        daily.bar(positions, counts, bottom=bottom, color=colour, label=event_type, width=0.8)
        bottom = [b + c for b, c in zip(bottom, counts, strict=True)]
    ticks = list(positions)[::7]
    daily.set_xticks(ticks, [f"{activity.days[i].day} {activity.days[i]:%b}" for i in ticks])
    daily.set_title("Incidents per day", fontsize=9)
    daily.yaxis.get_major_locator().set_params(integer=True)
    daily.margins(y=0.35)
    daily.legend(fontsize=7, frameon=False, loc="upper left")
    labels = [week.split("-")[1] for week in activity.weeks]
    weekly.bar(labels, activity.killed, color=KILLED)
    weekly.set_title("Killed per week", fontsize=9)
    weekly.yaxis.get_major_locator().set_params(integer=True)
    for axes in (daily, weekly):
        axes.tick_params(labelsize=7)
        axes.spines[["top", "right"]].set_visible(False)
    out = io.BytesIO()
    figure.savefig(out, format="png", dpi=DPI)
    return out.getvalue()
