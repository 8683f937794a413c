"""Views over the store: JSON API, web UI, briefing reports and exports."""
