"""Defaults the package's signatures show, in a module of their own so that ``import resilient_smtp`` need not load
the option checks (``_client``) to define ``send()``."""

#: Seconds a connection whose transaction ended cleanly waits for the next ``send()`` with the same settings
#: (Postfix's ``smtp_connection_cache_time_limit``).
KEEP_ALIVE = 2.0
