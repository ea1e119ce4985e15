"""Personal data: how long mail is kept (``retention``), and a data subject's requests (``subject``:
what is held about an address, ``export`` it, ``erase`` it). Every request leaves an audit entry."""
