"""dealgraph's front ends over the ``graph`` library: the REST service and the command line."""
