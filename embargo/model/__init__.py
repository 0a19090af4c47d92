"""The domain model: pure values, no I/O.

Entities and their relationships (``entity``), legal acts, programmes, licences and court orders
(``legal``), designations and the events of their life (``designation``).
"""
