"""The local demo site: static pages shaped like Vietnamese provincial portals and newspapers."""
