// The element id of the actor with this key, if any.
MATCH (a:Actor {key: $key})
RETURN elementId(a) AS id
