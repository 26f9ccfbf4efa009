"""Vocabulary the benchmark scripts build their synthetic news from (one list, so the benchmarks agree)."""
from __future__ import annotations

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]  # spelled out, not calendar.month_name: that follows the locale
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
PEOPLE = ["Anna Berg", "Kim Tanaka", "Luis Ortega", "Mira Patel", "Jonas Weber", "Sara Haddad"]
PLACES = ["Oslo", "Nairobi", "Lima", "Hanoi", "Geneva", "Seoul", "Brussels", "Cairo"]
