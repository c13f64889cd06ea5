"""Starter Streamlit dashboard over the published snapshot (extra: wirecopy[dashboard])."""
