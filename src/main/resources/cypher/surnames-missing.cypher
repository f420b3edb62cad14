// People stored before surnames were recorded, with a name that may hold one (several words): the
// caller computes the surname (ActorDecisions.surname) and stores it with surnames-set.
MATCH (p:Person)
WHERE p.surname IS NULL AND p.name CONTAINS ' '
RETURN p.key AS key, p.name AS name
