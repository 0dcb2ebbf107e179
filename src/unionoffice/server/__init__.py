"""``unionoffice-server``: the union's application server.

It alone holds the database credentials and the data key. Office PCs send it one request per user
action (``foundation.protocol``); it resolves who is asking from the session token on every
request and runs the same dispatcher as the in-process backend (``core.services.call``), so roles
and branch scope are enforced here, never trusted from a client. Processes keep nothing between
requests (sessions and stored replies are rows), so any number of them can run behind a load
balancer. Deployment: ``docs/server.md``.
"""
