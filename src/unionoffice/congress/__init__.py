"""Workers' congress (职代会): sessions, representatives, proposals; and honours recommendation."""
